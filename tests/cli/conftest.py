"""Running `forebyg` in-process against a real store in a temporary folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from forebyg_desktop.cli import main
from tests.conftest import PASSPHRASE


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class Forebyg:
    """`forebyg --data-dir <tmp> ...` with the passphrase in the environment."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> str:
        r = self(*args)
        assert r.code == 0, r.err
        return r.out.strip()


@pytest.fixture
def forebyg(tmp_path: Path, capsys, monkeypatch) -> Forebyg:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FOREBYG_DATA_DIR", raising=False)
    return Forebyg(tmp_path / "data", capsys)


@pytest.fixture
def topi(forebyg: Forebyg) -> Forebyg:
    forebyg.ok("init", "--profile", "topi", "--user", "Mette Hansen")
    return forebyg
