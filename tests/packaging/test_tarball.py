"""The Linux tarball holds the one-folder app under forebyg-<version>/ with a menu entry."""

from __future__ import annotations

import os
import tarfile
from pathlib import Path


def test_the_tarball_holds_the_app_folder_and_a_menu_entry(build_installer, tmp_path) -> None:
    app = tmp_path / "forebyg"
    (app / "_internal").mkdir(parents=True)
    (app / "forebyg").write_text("#!/bin/sh\n", encoding="utf-8")
    os.chmod(app / "forebyg", 0o755)
    (app / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    target = build_installer.build_tarball(app, out)
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left
    version = build_installer.__version__
    with tarfile.open(target) as tar:
        members = {m.name: m for m in tar.getmembers()}
        desktop = tar.extractfile(f"forebyg-{version}/forebyg.desktop").read().decode()
    assert members[f"forebyg-{version}/forebyg"].mode & 0o111
    assert f"forebyg-{version}/_internal/data.txt" in members
    assert "Exec=forebyg" in desktop and "Name=Forebyg Desktop" in desktop


def test_the_menu_entry_is_a_valid_desktop_file() -> None:
    root = Path(__file__).resolve().parents[2]
    lines = (root / "packaging" / "forebyg.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in lines[1:] if line)
    assert keys["Type"] == "Application" and keys["Terminal"] == "false"
