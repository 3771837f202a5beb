"""`forebyg --selftest` from source, and the CLI under IT's configuration file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _selftest(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forebyg_desktop", "--selftest"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_selftest_from_source_passes(tmp_path: Path) -> None:
    # A data folder that must stay untouched: the selftest uses a throwaway store.
    data = tmp_path / "data"
    result = _selftest({"FOREBYG_DATA_DIR": str(data), "QT_QPA_PLATFORM": "xcb"})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("sqlcipher", "profiles", "translations", "main window", "pdf"):
        assert any(line.startswith("ok") and check in line for line in lines), result.stdout
    assert "SQLCipher 4." in result.stdout and "Qt offscreen" in result.stdout
    assert lines[-1].startswith("selftest passed")
    assert not data.exists()


def test_selftest_reports_a_broken_config_but_passes(tmp_path: Path) -> None:
    config = tmp_path / "forebyg.toml"
    config.write_text("language = \n", encoding="utf-8")
    result = _selftest({"FOREBYG_SITE_CONFIG": str(config)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"site config  {config}, 1 problem " in result.stdout
    assert f"        {config}:1: not valid TOML" in result.stdout


def test_a_broken_config_is_one_stderr_line_and_the_command_still_works(forebyg, it_config) -> None:
    path = it_config("language = 'da'\nauto_lock_minutes = 0\n")
    result = forebyg("profiles")
    assert result.code == 0 and "topi" in result.out
    assert result.err == (
        f"forebyg: site config: {path}:2: auto_lock_minutes must be a whole number "
        "from 1 to 60; this value is ignored.\n"
    )


def test_init_takes_the_profile_it_set(forebyg, it_config) -> None:
    it_config('profile = "skanderborg"\n')
    assert "(profile skanderborg)" in forebyg.ok("init", "--user", "Mette Hansen")


def test_init_refuses_another_profile_than_it_set(forebyg, it_config) -> None:
    path = it_config('profile = "skanderborg"\n')
    result = forebyg("init", "--profile", "topi", "--user", "Mette Hansen")
    assert result.code == 1
    assert f'set to "skanderborg" by your IT department in {path}' in result.err
    assert not (forebyg.data_dir / "store.db").exists()


def test_init_without_a_profile_anywhere_is_a_usage_error(forebyg) -> None:
    result = forebyg("init", "--user", "Mette Hansen")
    assert result.code == 2 and "--profile" in result.err
