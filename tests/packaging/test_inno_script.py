"""The generated Inno Setup script: per-machine, silent-capable, keeps users' data.

It cannot be compiled here (Inno Setup runs on Windows); this checks the text.
"""

from __future__ import annotations

import re
from pathlib import Path


def _sections(script: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in script.splitlines():
        if re.fullmatch(r"\[\w+\]", line.strip()):
            current = line.strip()[1:-1]
            sections[current] = []
        elif line.strip() and not line.startswith(";"):
            sections.setdefault(current, []).append(line)
    return sections


def test_the_installer_is_per_machine_with_a_start_menu_entry(build_installer) -> None:
    script = build_installer.inno_script("1.2.3", Path("C:/b/dist/forebyg"), Path("C:/b/dist"))
    setup = _sections(script)["Setup"]
    assert "PrivilegesRequired=admin" in setup
    assert "DefaultDirName={autopf}\\Forebyg" in setup
    assert "AppVersion=1.2.3" in setup
    assert "OutputBaseFilename=Forebyg-1.2.3-setup" in setup
    # Inno Setup reads "{{" as a literal brace: the AppId must stay fixed across versions.
    assert any(re.fullmatch(r"AppId=\{\{[0-9A-F-]{36}\}", line) for line in setup)
    icons = _sections(script)["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\Forebyg Desktop"') for line in icons)
    assert any("Forebyg.exe" in line for line in icons)


def test_uninstall_never_touches_users_data(build_installer) -> None:
    script = build_installer.inno_script("1.0", Path("dist/forebyg"), Path("dist"))
    deletes = _sections(script)["UninstallDelete"]
    assert deletes == ['Type: filesandordirs; Name: "{app}"']
    for data_root in ("{localappdata}", "{userappdata}", "{commonappdata}"):
        assert not any(data_root in line for line in deletes)
    # IT's configuration file is installed only on request and never uninstalled.
    files = " ".join(_sections(script)["Files"])
    assert "{param:CONFIG|}" in files and "uninsneveruninstall" in files


def test_every_entry_is_on_one_line(build_installer) -> None:
    # Inno Setup has no line continuation: each entry of a section is one line.
    script = build_installer.inno_script("1.0", Path("dist/forebyg"), Path("dist"))
    assert not [line for line in script.splitlines() if line.rstrip().endswith("\\")]


def test_the_whole_one_folder_build_is_installed(build_installer) -> None:
    app_dir = Path("C:/b/dist/forebyg")
    files = _sections(build_installer.inno_script("1.0", app_dir, Path("C:/b/dist")))["Files"]
    assert files[0].startswith(f'Source: "{app_dir}\\*"; DestDir: "{{app}}"')
    assert "recursesubdirs" in files[0]
