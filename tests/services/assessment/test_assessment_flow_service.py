"""The TOPI dialogue: individual drafts by two staff, the joint position, the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forebyg_desktop.core.records import (
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    ParentsInformed,
    ReportDecision,
)
from forebyg_desktop.services.assessment.assessment_flow_service import (
    finalise_individual,
    finalise_joint,
    guidance_for_draft,
    individual_assessments_for_joint,
)
from forebyg_desktop.services.assessment.assessment_service import correct_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import (
    DraftNotFound,
    list_drafts,
    load_draft,
    save_draft,
)
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.overview.overview_service import overview_rows
from forebyg_desktop.services.session import Session, create_session
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 2)
NOT_REPORTED = {
    "report_decision": "not_reported",
    "report_reason": "Forældrene samarbejder; vi følger op om fire uger.",
}


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.today = lambda: TODAY  # type: ignore[method-assign]
        yield s


@pytest.fixture
def child_id(session: Session) -> str:
    return add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")


def _individual(session: Session, child_id: str, draft_id: str, assessor: str, **fields) -> str:
    save_draft(session, "assessment", draft_id, child_id, {"assessors": [assessor], **fields})
    return finalise_individual(session, draft_id)


def _two_individual(session: Session, child_id: str) -> tuple[str, str]:
    a = _individual(
        session,
        child_id,
        "d-mette",
        "Mette Hansen",
        position="yellow",
        signs=["withdrawn"],
        **NOT_REPORTED,
    )
    b = _individual(session, child_id, "d-lars", "Lars Jensen", position="green")
    return a, b


def _problem_fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {p.where for p in exc.value.problems}


def test_individual_drafts_by_two_staff_then_the_joint_position(
    session: Session, child_id: str
) -> None:
    a, b = _two_individual(session, child_id)
    stored = Assessment.from_fields(a, session.store.get("assessment", a))
    assert stored.kind is AssessmentKind.INDIVIDUAL
    assert stored.status is AssessmentStatus.FINAL
    assert (stored.assessors, stored.position, stored.date) == (("Mette Hansen",), "yellow", TODAY)
    assert list_drafts(session) == []  # finalising deleted the drafts
    assert [x.id for x in individual_assessments_for_joint(session, child_id)] == [a, b]

    save_draft(
        session,
        "assessment",
        "d-joint",
        child_id,
        {"position": "yellow", "signs": ["withdrawn"], "agreed_reason": "Trækker sig i leg."},
    )
    with pytest.raises(ValidationFailed) as refused:
        finalise_joint(session, "d-joint")
    assert _problem_fields(refused) == {"report_decision"}  # yellow: consider a report
    assert load_draft(session, "d-joint")  # a refused draft stays

    draft = load_draft(session, "d-joint")
    save_draft(session, "assessment", "d-joint", child_id, {**draft.fields, **NOT_REPORTED})
    joint_id = finalise_joint(session, "d-joint")
    joint = Assessment.from_fields(joint_id, session.store.get("assessment", joint_id))
    assert joint.kind is AssessmentKind.JOINT
    assert joint.based_on == (a, b)
    assert joint.assessors == ("Mette Hansen", "Lars Jensen")
    assert joint.report_decision is ReportDecision.NOT_REPORTED
    with pytest.raises(DraftNotFound):
        load_draft(session, "d-joint")
    # A new round starts: nothing left to agree from, and the position is the joint one.
    assert individual_assessments_for_joint(session, child_id) == []
    row = next(r for r in overview_rows(session) if r.child_id == child_id)
    assert (row.position, row.position_date) == ("yellow", TODAY)


def test_joint_needs_reason_and_individual_assessments_by_two_staff(
    session: Session, child_id: str
) -> None:
    save_draft(session, "assessment", "d-joint", child_id, {"position": "green"})
    with pytest.raises(ValidationFailed) as refused:
        finalise_joint(session, "d-joint")
    # Every problem at once: no individual assessments, no agreed reason.
    assert _problem_fields(refused) == {"based_on", "agreed_reason"}

    _individual(session, child_id, "d1", "Mette Hansen", position="green")
    _individual(session, child_id, "d2", "mette hansen ", position="green")
    save_draft(
        session,
        "assessment",
        "d-joint",
        child_id,
        {"position": "green", "agreed_reason": "Trives."},
    )
    with pytest.raises(ValidationFailed, match="at least 2 different staff"):
        finalise_joint(session, "d-joint")
    _individual(session, child_id, "d3", "Lars Jensen", position="green")
    joint_id = finalise_joint(session, "d-joint")
    assert len(session.store.get("assessment", joint_id)["based_on"]) == 3


def test_red_abuse_path_requires_the_report_decision(session: Session, child_id: str) -> None:
    reported = {"report_decision": "reported", "report_date": "2026-03-02", "report_by": "Mette"}
    for draft_id, who in (("d1", "Mette Hansen"), ("d2", "Lars Jensen")):
        _individual(
            session,
            child_id,
            draft_id,
            who,
            position="red",
            signs=["bruises_unexplained"],
            parents_informed="withheld",
            **reported,
        )
    fields = {
        "position": "red",
        "signs": ["bruises_unexplained"],
        "agreed_reason": "Blå mærker på ryggen, som barnet ikke vil tale om.",
        "parents_informed": "withheld",
    }
    g = guidance_for_draft(session, fields)
    assert g is not None and g.reporting_duty and g.abuse_path
    assert not g.inform_parents_first

    save_draft(session, "assessment", "d-joint", child_id, fields)
    with pytest.raises(ValidationFailed) as refused:
        finalise_joint(session, "d-joint")
    assert _problem_fields(refused) == {"report_decision"}
    assert "reporting duty applies" in str(refused.value)

    save_draft(
        session, "assessment", "d-joint", child_id, {**fields, "report_decision": "reported"}
    )
    with pytest.raises(ValidationFailed) as refused:
        finalise_joint(session, "d-joint")
    assert _problem_fields(refused) == {"report_date", "report_by"}

    save_draft(session, "assessment", "d-joint", child_id, {**fields, **reported})
    joint_id = finalise_joint(session, "d-joint")
    joint = Assessment.from_fields(joint_id, session.store.get("assessment", joint_id))
    assert joint.report_decision is ReportDecision.REPORTED
    assert joint.report_date == date(2026, 3, 2)
    assert joint.parents_informed is ParentsInformed.WITHHELD


def test_parents_withheld_only_on_the_abuse_path(session: Session, child_id: str) -> None:
    save_draft(
        session,
        "assessment",
        "d1",
        child_id,
        {"position": "red", "signs": ["withdrawn"], "parents_informed": "withheld"},
    )
    with pytest.raises(ValidationFailed) as refused:
        finalise_individual(session, "d1")
    assert _problem_fields(refused) == {"parents_informed", "report_decision"}
    assert session.store.find("assessment") == []


def test_wrong_values_in_a_draft_are_all_reported(session: Session, child_id: str) -> None:
    save_draft(
        session,
        "assessment",
        "d1",
        child_id,
        {"position": "purple", "signs": "withdrawn", "report_date": "last week", "ui_step": 3},
    )
    with pytest.raises(ValidationFailed) as refused:
        finalise_individual(session, "d1")
    assert _problem_fields(refused) == {"position", "signs", "report_date"}
    assert load_draft(session, "d1")


def test_a_correction_replaces_the_superseded_individual_assessment(
    session: Session, child_id: str
) -> None:
    a, b = _two_individual(session, child_id)
    corrected = correct_assessment(session, b, observations="Rettet: leger godt med andre.")
    assert [x.id for x in individual_assessments_for_joint(session, child_id)] == [a, corrected]
    save_draft(
        session,
        "assessment",
        "d-joint",
        child_id,
        {"position": "green", "agreed_reason": "Trives.", "based_on": [a, b]},
    )
    with pytest.raises(ValidationFailed, match="not one of the individual assessments"):
        finalise_joint(session, "d-joint")


def test_guidance_for_a_draft(session: Session, child_id: str) -> None:
    save_draft(session, "assessment", "d1", child_id, {"signs": ["withdrawn"]})
    assert guidance_for_draft(session, load_draft(session, "d1")) is None  # no position yet
    g = guidance_for_draft(session, {"position": "yellow", "signs": ["withdrawn"]})
    assert g is not None
    assert (g.reporting_duty, g.consider_report, g.abuse_path) == (False, True, False)
    assert g.plan_required
