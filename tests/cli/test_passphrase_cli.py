"""`forebyg init` refuses weak passphrases; `forebyg passphrase change` re-encrypts the store."""

from __future__ import annotations

import sys

from tests.cli.conftest import Forebyg
from tests.conftest import PASSPHRASE

NEW = "blå hest spiser kage om natten"


def test_init_refuses_common_and_guessable_passphrases(forebyg: Forebyg, monkeypatch) -> None:
    for weak in ("12345678", "password", "sommerfugl2024", "Mette Hansen"):
        monkeypatch.setenv("FOREBYG_PASSPHRASE", weak)
        r = forebyg("init", "--profile", "topi", "--user", "Mette Hansen")
        assert r.code == 1 and "passphrase" in r.err and "Traceback" not in r.err
        assert not (forebyg.data_dir / "store.db").exists()


def test_change_from_the_environment(topi: Forebyg, monkeypatch) -> None:
    ida = topi.ok("child", "add", "--name", "Ida", "--birth-date", "2021-04-12", "--group", "G")
    monkeypatch.setenv("FOREBYG_NEW_PASSPHRASE", NEW)
    out = topi.ok("passphrase", "change")
    assert "Changed the passphrase" in out
    # The old passphrase no longer opens the store; the new one does, with everything in it.
    assert topi("child", "list").code == 2
    monkeypatch.setenv("FOREBYG_PASSPHRASE", NEW)
    assert ida in topi.ok("--json", "child", "list")
    assert "sound" in topi.ok("check")


def test_change_refuses_a_weak_new_passphrase(topi: Forebyg, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_NEW_PASSPHRASE", "sommerfugl2024")
    r = topi("passphrase", "change")
    assert r.code == 1 and "too easy to guess" in r.err
    assert topi("child", "list").code == 0  # unchanged


def test_change_asks_on_the_terminal(topi: Forebyg, monkeypatch) -> None:
    monkeypatch.delenv("FOREBYG_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([PASSPHRASE, NEW, NEW + " tastefejl"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    r = topi("passphrase", "change")
    assert r.code == 2 and "differ" in r.err  # the repeat did not match: nothing changed
    answers = iter([PASSPHRASE, NEW, NEW])
    assert "Changed" in topi.ok("passphrase", "change")
    monkeypatch.setenv("FOREBYG_PASSPHRASE", NEW)
    assert topi("child", "list").code == 0


def test_change_without_a_terminal_or_the_variable(topi: Forebyg, monkeypatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    r = topi("passphrase", "change")
    assert r.code == 2 and "FOREBYG_NEW_PASSPHRASE" in r.err
