"""A Danish user sees the store's and the record flows' refusals in Danish.

The refusals come from the real services on real encrypted stores, through
the StoreWorker the GUI runs every service call on; the CLI keeps English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from forebyg_desktop.cli import main
from forebyg_desktop.services.assessment.assessment_flow_service import finalise_individual
from forebyg_desktop.services.assessment.assessment_service import (
    correct_assessment,
    quick_assessment,
)
from forebyg_desktop.services.assessment.correction_flow_service import start_correction
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import discard_draft, save_draft
from forebyg_desktop.services.session import Session, create_session, open_session
from forebyg_desktop.store.schema import SCHEMA_VERSION
from tests.conftest import PASSPHRASE
from tests.ui.dialog_checks import refusal

pytestmark = pytest.mark.usefixtures("danish")


def _final_assessment(session: Session) -> str:
    child = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    return quick_assessment(session, child_id=child, position="green", signs=[], protective=[]).id


def test_correcting_an_assessment_that_was_already_corrected(qtbot, session, worker) -> None:
    original = _final_assessment(session)
    correct_assessment(session, original, assessors=("Mette Hansen", "Ole Berg"))
    shown = refusal(qtbot, worker, lambda: start_correction(session, original))
    assert shown == "Denne vurdering er allerede rettet; ret den nyeste version."


def test_finalising_a_draft_that_was_discarded(qtbot, session, worker) -> None:
    child = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    save_draft(session, "assessment", "d-gone", child, {"position": "green"})
    discard_draft(session, "d-gone")
    shown = refusal(qtbot, worker, lambda: finalise_individual(session, "d-gone"))
    assert shown == "Der er ingen kladde med id d-gone; den er afsluttet eller kasseret."


def test_a_missing_child(qtbot, session, worker) -> None:
    shown = refusal(qtbot, worker, lambda: session.store.get("child", "c-404"))
    assert shown == "Der er intet barn med id c-404."


@pytest.fixture
def too_new(tmp_path: Path) -> Path:
    """A user's store written by a newer program (its schema is one ahead)."""
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return tmp_path


def test_a_store_written_by_a_newer_program(qtbot, too_new, worker) -> None:
    shown = refusal(qtbot, worker, lambda: open_session(too_new, PASSPHRASE).close())
    assert shown == (
        f"Dette datalager er skrevet af en nyere version af Forebyg (skema {SCHEMA_VERSION + 1}; "
        f"dette program kender op til {SCHEMA_VERSION}). Opdatér programmet."
    )


def test_a_wrong_passphrase(qtbot, session, worker) -> None:
    path = session.store.path
    shown = refusal(qtbot, worker, lambda: open_session(path.parent, "forkert adgangskode"))
    assert shown == (
        f"Adgangskoden kan ikke åbne {path} (eller filen er ikke et Forebyg-datalager). "
        "Intet blev ændret."
    )


def test_the_cli_says_it_in_english(too_new, capsys, monkeypatch) -> None:
    monkeypatch.setenv("FOREBYG_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(too_new), "child", "list"]) == 1
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            f"This store was written by a newer version of Forebyg (schema {SCHEMA_VERSION + 1}; "
            f"this program knows up to {SCHEMA_VERSION}). Update the program."
        )
    )
