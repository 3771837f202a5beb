"""Drafts: device-local, encrypted, audited when read, never synced or dumped."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.core.records import Goal
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import (
    DraftNotFound,
    discard_draft,
    list_drafts,
    load_draft,
    save_draft,
)
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.reports.dump_service import dump_records
from forebyg_desktop.services.session import Session, create_session, open_session
from forebyg_desktop.store.integrity import check_store
from forebyg_desktop.store.profile_repo import load_bundled_profile
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.store.schema import SCHEMA_VERSION
from tests.conftest import PASSPHRASE

SECRET = "Fortæller om slag derhjemme, Zebulon-7"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        yield s


@pytest.fixture
def child_id(session: Session) -> str:
    return add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")


def test_save_load_and_discard(session: Session, child_id: str) -> None:
    fields = {
        "position": "yellow",
        "signs": ("withdrawn",),
        "observations": SECRET,
        "report_date": date(2026, 1, 5),
        "goals": [Goal(goal="Leger med andre", indicator="Tre gange om ugen")],
    }
    save_draft(session, "assessment", "d1", child_id, fields)
    draft = load_draft(session, "d1")
    assert (draft.id, draft.kind, draft.child_id) == ("d1", "assessment", child_id)
    # JSON forms: dates as ISO text, tuples as lists, record parts as dicts.
    assert draft.fields == {
        "position": "yellow",
        "signs": ["withdrawn"],
        "observations": SECRET,
        "report_date": "2026-01-05",
        "goals": [{"goal": "Leger med andre", "indicator": "Tre gange om ugen"}],
    }
    save_draft(session, "assessment", "d1", child_id, {**draft.fields, "position": "red"})
    assert load_draft(session, "d1").fields["position"] == "red"
    assert load_draft(session, "d1").updated >= draft.updated

    assert discard_draft(session, "d1") is True
    assert discard_draft(session, "d1") is False
    with pytest.raises(DraftNotFound):
        load_draft(session, "d1")


def test_list_drafts_all_or_per_child(session: Session, child_id: str) -> None:
    other = add_child(session, "Noah Jensen", "2019-02-01", "Bjørnene")
    save_draft(session, "assessment", "d1", child_id, {"position": "green"})
    save_draft(session, "plan", "d2", other, {"template": "everyday_adjustment"})
    save_draft(session, "child", "d3", None, {"name": "Ny"})
    assert {d.id for d in list_drafts(session)} == {"d1", "d2", "d3"}
    assert [(d.id, d.kind) for d in list_drafts(session, other)] == [("d2", "plan")]
    assert list_drafts(session, "no-such-child") == []


def test_bad_drafts_are_refused(session: Session, child_id: str) -> None:
    with pytest.raises(ServiceError, match="Unknown draft kind"):
        save_draft(session, "note", "d1", child_id, {})
    with pytest.raises(ServiceError, match="cannot be saved"):
        save_draft(session, "assessment", "d1", child_id, {"x": object()})
    assert list_drafts(session) == []


def test_drafts_are_not_in_the_change_log_or_the_dump(session: Session, child_id: str) -> None:
    ops_before = list(session.store.operations())
    save_draft(session, "assessment", "d1", child_id, {"observations": SECRET})
    save_draft(session, "assessment", "d1", child_id, {"observations": SECRET + "!"})
    assert list(session.store.operations()) == ops_before
    assert all(op.entity != "draft" for op in ops_before)
    dump = dump_records(session)
    assert "drafts" not in dump
    assert SECRET not in json.dumps(dump, ensure_ascii=False)
    assert check_store(session.store) == []


def test_reading_a_draft_is_audited_and_autosave_is_not_per_keystroke(
    session: Session, child_id: str
) -> None:
    audit = session.store.audit
    before = len(audit.entries(child_id))
    for n in range(5):  # autosave on every change
        save_draft(session, "assessment", "d1", child_id, {"observations": SECRET[:n]})
    load_draft(session, "d1")
    discard_draft(session, "d1")
    entries = audit.entries(child_id)[before:]
    assert [(e["action"], e["entity"], e["entity_id"], e["detail"]) for e in entries] == [
        ("write", "draft", "d1", "assessment draft started"),
        ("read", "draft", "d1", "assessment draft"),
        ("write", "draft", "d1", "assessment draft discarded"),
    ]
    assert audit.verify() == []


def test_draft_is_encrypted_on_disk(session: Session, child_id: str, tmp_path: Path) -> None:
    save_draft(session, "assessment", "d1", child_id, {"observations": SECRET})
    files = [p for p in tmp_path.iterdir() if p.name.startswith("store.db")]
    assert files
    for f in files:
        assert SECRET.encode() not in f.read_bytes()


_CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from forebyg_desktop.services.session import open_session
    from forebyg_desktop.services.drafts.draft_service import save_draft
    session = open_session(Path(sys.argv[1]), sys.argv[2])
    save_draft(session, "assessment", "d1", sys.argv[3], {"observations": sys.argv[4]})
    os._exit(0)  # no close, no checkpoint: like a crash right after the autosave
    """
)


def test_draft_survives_a_crash(session: Session, child_id: str, tmp_path: Path) -> None:
    session.close()
    done = subprocess.run(
        [sys.executable, "-c", _CRASH, str(tmp_path), PASSPHRASE, child_id, SECRET],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with open_session(tmp_path, PASSPHRASE) as reopened:
        draft = load_draft(reopened, "d1")
        assert (draft.child_id, draft.fields) == (child_id, {"observations": SECRET})
        assert check_store(reopened.store) == []


def test_a_version_1_store_gets_drafts(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    shutil.copy(FIXTURES / "store_v1.db", path)
    with Store.open(path, "fixture-passphrase") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        session = Session(store, load_bundled_profile("topi"))
        save_draft(session, "assessment", "d1", None, {"position": "green"})
        assert load_draft(session, "d1").fields == {"position": "green"}
        assert check_store(store) == []
