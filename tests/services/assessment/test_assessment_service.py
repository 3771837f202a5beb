"""Finalised assessments are immutable; a correction supersedes and both stay visible."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.core.records import Assessment, ReportDecision
from forebyg_desktop.services.assessment.assessment_service import (
    correct_assessment,
    quick_assessment,
    save_assessment,
)
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.store.errors import ImmutableRecord
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        yield s


def _individual_green(session: Session) -> tuple[str, str]:
    cid = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    return cid, quick_assessment(
        session, child_id=cid, position="green", signs=[], protective=[]
    ).id


def test_finalised_assessment_cannot_be_changed(session: Session) -> None:
    _, aid = _individual_green(session)
    stored = Assessment.from_fields(aid, session.store.get("assessment", aid))
    with pytest.raises(ImmutableRecord, match="read-only"):
        save_assessment(session, replace(stored, position="red"))
    assert session.store.get("assessment", aid)["position"] == "green"


def test_correction_supersedes_and_both_stay_in_the_chronology(session: Session) -> None:
    cid, aid = _individual_green(session)
    new_id = correct_assessment(
        session,
        aid,
        position="yellow",
        report_decision=ReportDecision.NOT_REPORTED,
        report_reason="Forældrene samarbejder; vi følger op om 4 uger.",
    )
    _, entries = chronology(session, cid)
    by_id = {e.id: e for e in entries}
    assert by_id[aid].superseded_by == new_id
    assert by_id[aid].record["position"] == "green"
    assert by_id[new_id].record["supersedes"] == aid
    assert [e.id for e in entries].index(new_id) < [e.id for e in entries].index(aid)
    with pytest.raises(ImmutableRecord, match="already been corrected"):
        correct_assessment(session, aid, position="red")


def test_correction_is_validated(session: Session) -> None:
    _, aid = _individual_green(session)
    with pytest.raises(ValidationFailed, match="position"):
        correct_assessment(session, aid, position="purple")
    with pytest.raises(ValidationFailed, match="date"):
        correct_assessment(session, aid, date=date(2999, 1, 1))
    assert len(session.store.find("assessment")) == 1
