"""Build the one-folder app with PyInstaller and run `--selftest` on the result.

About a minute on two cores, and PyInstaller must be installed, so it runs only
when asked:

    scripts/setup-venv test,build
    FOREBYG_BUILD_TESTS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m build tests/packaging
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = [
    pytest.mark.build,
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("FOREBYG_BUILD_TESTS") != "1",
        reason="builds the packaged app (about a minute): set FOREBYG_BUILD_TESTS=1",
    ),
]


def test_the_built_app_passes_its_selftest(build_installer, tmp_path) -> None:
    pytest.importorskip("PyInstaller")
    build = subprocess.run(
        [
            sys.executable,
            str(build_installer.ROOT / "build_installer.py"),
            "--no-selftest",
            "--no-package",
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app = build_installer.executable()
    assert app.is_file()
    internal = build_installer.APP_DIR / "_internal"
    assert (internal / "resources" / "profiles" / "topi.json").is_file()
    assert {p.name for p in (internal / "translations").glob("*.qm")} >= {
        "forebyg_da.qm",
        "forebyg_en.qm",
    }
    # Qt modules the app does not use are left out.
    assert not list(build_installer.APP_DIR.rglob("*Qt6Quick*"))
    assert not list(build_installer.APP_DIR.rglob("*Qt6Network*"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FOREBYG_DATA_DIR": str(tmp_path / "untouched"),
        "FOREBYG_SITE_CONFIG": "",
    }
    result = subprocess.run(
        [str(app), "--selftest"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "packaged" in result.stdout and "SQLCipher 4." in result.stdout
    assert result.stdout.splitlines()[-1].startswith("selftest passed")
    assert not (tmp_path / "untouched").exists()
