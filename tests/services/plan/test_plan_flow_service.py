"""Action plans from a template, evaluated, continued and closed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from forebyg_desktop.core.records import (
    ActionPlan,
    EvaluationDecision,
    Goal,
    IndicatorProgress,
    PlanStatus,
)
from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.drafts.draft_service import list_drafts, save_draft
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows
from forebyg_desktop.services.plan.plan_flow_service import (
    create_plan,
    evaluate_plan,
    open_plan,
    plan_from_template,
)
from forebyg_desktop.services.session import Session, create_session
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 2)


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        s.today = lambda: TODAY  # type: ignore[method-assign]
        yield s


@pytest.fixture
def child_id(session: Session) -> str:
    return add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")


def _progress(met: bool | None) -> list[IndicatorProgress]:
    return [IndicatorProgress("Deltager i fælles leg fire af fem dage", "Tre af fem dage", met)]


def test_plan_from_template_is_prefilled_in_danish(session: Session, child_id: str) -> None:
    tpl = session.profile.plan_template("everyday_adjustment")
    assert tpl is not None
    fields = plan_from_template(session, child_id, "everyday_adjustment")
    assert fields["goals"] == [{"goal": g.goal.da, "indicator": g.indicator.da} for g in tpl.goals]
    assert fields["goals"][0]["goal"] == "Barnet deltager i fællesskabet i løbet af dagen"
    assert [m["deadline"] for m in fields["measures"]] == [
        TODAY + timedelta(weeks=w) for w in (1, 2, 2)
    ]
    assert fields["measures"][0]["responsible"] == "Kontaktpædagog/klasselærer"
    assert fields["follow_up"] == TODAY + timedelta(weeks=8)
    assert (fields["coordinator"], fields["assessment_id"]) == ("Mette Hansen", None)
    with pytest.raises(ValidationFailed, match="Unknown plan template"):
        plan_from_template(session, child_id, "no_such_template")


def test_create_plan_from_the_template_and_open_it(session: Session, child_id: str) -> None:
    fields = plan_from_template(session, child_id, "everyday_adjustment")
    fields["child_view"] = "Ida siger, at hun gerne vil lege med Alma."
    save_draft(session, "plan", "draft-plan", child_id, fields)
    plan_id = create_plan(session, **fields, draft_id="draft-plan")
    assert list_drafts(session) == []  # the draft went with the write
    plan = open_plan(session, child_id)
    assert plan is not None and plan.id == plan_id
    assert (plan.status, plan.created, plan.follow_up) == (
        PlanStatus.OPEN,
        TODAY,
        TODAY + timedelta(weeks=8),
    )
    assert plan.goals[0] == Goal(
        goal="Barnet deltager i fællesskabet i løbet af dagen",
        indicator=fields["goals"][0]["indicator"],
    )
    assert plan.child_view == "Ida siger, at hun gerne vil lege med Alma."
    assert session.store.audit.entries(child_id)[-1]["detail"] == "open plan"


def test_create_plan_reports_every_problem(session: Session, child_id: str) -> None:
    other = add_child(session, "Noah Jensen", "2019-02-01", "Bjørnene")
    assessment = quick_assessment(
        session, child_id=other, position="green", signs=[], protective=[]
    ).id
    with pytest.raises(ValidationFailed) as refused:
        create_plan(
            session,
            child_id=child_id,
            template="everyday_adjustment",
            goals=[Goal(goal="Leger med andre", indicator="")],
            measures=[],
            child_view="",
            parents_view="",
            family_resources="",
            coordinator="",
            follow_up=TODAY,
            assessment_id=assessment,
        )
    assert {p.where for p in refused.value.problems} == {
        "goals[0].indicator",
        "coordinator",
        "follow_up",
        "assessment_id",
    }
    assert session.store.find("plan") == []


def test_evaluate_continue_then_close(session: Session, child_id: str) -> None:
    fields = plan_from_template(session, child_id, "everyday_adjustment")
    plan_id = create_plan(session, **fields)

    later = TODAY + timedelta(weeks=6)
    ev1 = evaluate_plan(
        session,
        plan_id=plan_id,
        progress=_progress(None),
        new_position=None,
        decision=EvaluationDecision.CONTINUE,
        note="Fortsætter; små fremskridt.",
        next_follow_up=later,
    )
    plan = ActionPlan.from_fields(plan_id, session.store.get("plan", plan_id))
    assert (plan.status, plan.follow_up) == (PlanStatus.OPEN, later)
    # The evaluation and the plan's new follow-up are one logical change.
    last = session.store.audit.entries(child_id)[-1]
    assert (last["action"], last["entity"]) == ("write", "records")
    assert last["detail"] == f"put evaluation {ev1}; put plan {plan_id}"
    row = next(r for r in overview_rows(session) if r.child_id == child_id)
    assert (row.open_plan_id, row.next_follow_up) == (plan_id, later)
    assert [r.plan_id for r in follow_ups(session, within_days=60)] == [plan_id]

    with pytest.raises(ValidationFailed, match="has no next follow-up"):
        evaluate_plan(
            session,
            plan_id=plan_id,
            progress=_progress(True),
            new_position="green",
            decision="close",
            note="",
            next_follow_up=later,
        )
    ev2 = evaluate_plan(
        session,
        plan_id=plan_id,
        progress=_progress(True),
        new_position="green",
        decision="close",
        note="Målet er nået.",
        next_follow_up=None,
    )
    plan = ActionPlan.from_fields(plan_id, session.store.get("plan", plan_id))
    assert plan.status is PlanStatus.CLOSED
    assert open_plan(session, child_id) is None
    assert follow_ups(session, within_days=365) == []
    row = next(r for r in overview_rows(session) if r.child_id == child_id)
    assert (row.open_plan_id, row.next_follow_up) == (None, None)

    # Closed, but still in the child's chronology with both evaluations.
    _, entries = chronology(session, child_id)
    by_id = {e.id: e for e in entries}
    assert by_id[plan_id].record["status"] == "closed"
    assert by_id[ev2].record["decision"] == "close"
    assert by_id[ev2].record["next_follow_up"] is None
    assert by_id[ev1].record["next_follow_up"] == later.isoformat()

    with pytest.raises(ValidationFailed, match="plan is closed"):
        evaluate_plan(
            session,
            plan_id=plan_id,
            progress=_progress(True),
            new_position=None,
            decision="continue",
            note="",
            next_follow_up=later,
        )


def test_evaluation_is_validated(session: Session, child_id: str) -> None:
    plan_id = create_plan(session, **plan_from_template(session, child_id, "everyday_adjustment"))
    with pytest.raises(ValidationFailed) as refused:
        evaluate_plan(
            session,
            plan_id=plan_id,
            progress=[],
            new_position="purple",
            decision="continue",
            note="",
            next_follow_up=None,
        )
    assert {p.where for p in refused.value.problems} == {
        "progress",
        "new_position",
        "next_follow_up",
    }
    assert session.store.find("evaluation") == []
