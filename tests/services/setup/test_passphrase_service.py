"""Passphrases: weak ones refused with a reason, and changing the store's passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from forebyg_desktop.services.child.child_service import add_child, list_children
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import create_session, open_session, verify_passphrase
from forebyg_desktop.services.setup.passphrase_service import (
    MIN_LENGTH,
    assess,
    change_passphrase,
    check_new_passphrase,
    context_words,
)
from forebyg_desktop.store.connection import unlocks
from forebyg_desktop.store.errors import WrongPassphrase
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.schema import backup_path
from tests.conftest import PASSPHRASE

NEW = "blå hest spiser kage om natten"
ME = context_words("Mette Hansen", "Topi", "Aarhus Kommune")


@pytest.mark.parametrize(
    "weak",
    [
        "12345678",
        "password",
        "passwordpassword",
        "sommerfugl2024",
        "Sommerfugl2024!",
        "qwertyuiopasdf",
        "Kodeord123456",
        "Mette Hansen",
        "mettehansen123",
        "Mette Hansen 2024",
        "Aarhus Kommune 1",
        "forebyg2024!!",
        "aaaaaaaaaaaaaaaa",
    ],
)
def test_common_and_guessable_passphrases_are_refused(weak: str) -> None:
    strength = assess(weak, context=ME)
    assert not strength.acceptable and strength.score < 4
    with pytest.raises(ServiceError) as refused:
        check_new_passphrase(weak, context=ME)
    assert refused.value.where == "passphrase"


@pytest.mark.parametrize("good", [PASSPHRASE, NEW, "kaffe cykel regnvejr tavle"])
def test_a_few_unrelated_words_are_accepted(good: str) -> None:
    assert assess(good, context=ME).acceptable
    check_new_passphrase(good, context=ME)


def test_the_refusal_says_why_in_words_a_user_understands() -> None:
    assert "at least 12 characters" in str(assess("kort", context=ME).problem)
    assert "most common passwords" in str(assess("qwertyuiopasdf", context=ME).problem)
    assert "your own name" in str(assess("Mette Hansen 2024", context=ME).problem)
    assert "common words or names" in str(assess("sommerfugl2024", context=ME).problem)
    assert "repeated" in str(assess("aaaaaaaaaaaaaaaa", context=ME).problem)
    # zxcvbn's own English feedback never reaches the user.
    assert "top-10" not in str(assess("passwordpassword", context=ME).problem)
    assert assess("12345678", context=ME).level.english() == "Very weak"
    assert assess(NEW, context=ME).level.english() == "Strong"


def test_a_store_is_never_created_with_a_weak_passphrase(tmp_path: Path) -> None:
    for weak in ("12345678", "Mette Hansen 2024", "sommerfugl2024"):
        with pytest.raises(ServiceError):
            create_session(tmp_path, weak, profile_id="topi", user="Mette Hansen")
    assert not (tmp_path / "store.db").exists()
    assert MIN_LENGTH >= 12


def test_change_passphrase_keeps_everything_and_the_session_works_on(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        done = change_passphrase(s, PASSPHRASE, NEW)
        assert done.backups == 0 and done.removed == ()
        # The same session goes on, now under the new passphrase.
        assert [c["id"] for c in list_children(s)] == [ida]
        add_child(s, "Noah Hansen", "2020-01-02", "Bjørnene")
        assert verify_passphrase(s, NEW) and not verify_passphrase(s, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_session(tmp_path, PASSPHRASE)
    with open_session(tmp_path, NEW) as s:
        assert len(list_children(s)) == 2
        assert check_store(s.store) == []


def test_change_refuses_a_wrong_current_or_a_weak_new_passphrase(tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        with pytest.raises(ServiceError) as wrong:
            change_passphrase(s, "not the passphrase at all", NEW)
        assert wrong.value.where == "old" and "current passphrase is not correct" in str(
            wrong.value
        )
        with pytest.raises(ServiceError):
            change_passphrase(s, PASSPHRASE, "Mette Hansen 2024")
        with pytest.raises(ServiceError):
            change_passphrase(s, PASSPHRASE, PASSPHRASE)
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")  # still open, unchanged
    assert unlocks(tmp_path / "store.db", PASSPHRASE)


def test_upgrade_backups_follow_the_new_passphrase(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        good, damaged = backup_path(store, 5), backup_path(store, 4)
        good.write_bytes(store.read_bytes())
        damaged.write_bytes(b"\0" * 4096)
        done = change_passphrase(s, PASSPHRASE, NEW)
    assert done.backups == 1 and done.removed == (damaged.name,)
    assert unlocks(good, NEW) and not unlocks(good, PASSPHRASE)
    assert not damaged.exists()


def test_a_store_another_program_has_open_is_not_changed(tmp_path: Path) -> None:
    """Another connection would keep the old key: the change waits until it is closed."""
    from forebyg_desktop.store.connection import open_database, rekey_database
    from forebyg_desktop.store.errors import StoreError

    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    path = tmp_path / "store.db"
    other = open_database(path, PASSPHRASE)  # idle, as another program's would be
    try:
        with pytest.raises(StoreError, match="another program"):
            rekey_database(path, PASSPHRASE, NEW)
        other.conn.execute("BEGIN IMMEDIATE")  # writing meanwhile: refused the same way
        with pytest.raises(StoreError, match="another program"):
            rekey_database(path, PASSPHRASE, NEW)
        other.conn.execute("ROLLBACK")
        # The other program goes on working under the old passphrase.
        assert other.execute("SELECT count(*) FROM children").fetchone()[0] == 1
    finally:
        other.conn.close()
    assert unlocks(path, PASSPHRASE) and not unlocks(path, NEW)
    with open_session(tmp_path, PASSPHRASE) as s:
        assert check_store(s.store) == [] and len(list_children(s)) == 1
    rekey_database(path, PASSPHRASE, NEW)  # once it is closed
    assert unlocks(path, NEW)
