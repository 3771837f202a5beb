"""Use cases for action plans."""

from __future__ import annotations

from datetime import timedelta

from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import ActionPlan, Goal, PlanStatus
from forebyg_desktop.core.validation import validate_plan
from forebyg_desktop.services.assessment.assessment_service import load_child
from forebyg_desktop.services.child.child_service import parse_date
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import assessment_repo
from forebyg_desktop.store.operation import Change


def _latest_assessment_id(session: Session, child_id: str) -> str | None:
    rows = assessment_repo.finalised_of_child(session.store, child_id, newest_first=True)
    return rows[0]["id"] if rows else None


def quick_plan(session: Session, *, child_id: str, template: str, goal: str, follow_up: str) -> str:
    """Start an action plan from a template with one goal (the CLI's `plan add`).

    The template's first goal lends its measurable indicator and its measures
    are laid out with deadlines from today; the user is coordinator.
    """
    profile = session.profile
    load_child(session, child_id)
    when = parse_date(follow_up, "follow_up")
    if isinstance(when, Problem):
        raise ValidationFailed([when])
    tpl = profile.plan_template(template)
    today = session.today()
    goals: tuple[Goal, ...] = ()
    measures: tuple = ()
    if tpl is not None:
        indicator = tpl.goals[0].indicator.da if tpl.goals else ""
        goals = (Goal(goal=goal.strip(), indicator=indicator),)
        measures = tuple(
            {
                "text": m.text.da,
                "responsible": m.responsible.da,
                "deadline": today + timedelta(weeks=m.deadline_weeks),
            }
            for m in tpl.measures
        )
    plan = ActionPlan(
        id=new_id(),
        child_id=child_id,
        template=template,
        follow_up=when,
        profile_id=profile.id,
        profile_version=profile.version,
        assessment_id=_latest_assessment_id(session, child_id),
        goals=goals or (Goal(goal=goal.strip(), indicator=""),),
        measures=measures,
        coordinator=session.user,
        status=PlanStatus.OPEN,
        created=today,
    )
    errors = validate_plan(plan, profile, today=today, created=today)
    if errors:
        raise ValidationFailed(errors)
    session.store.write([Change("plan", plan.id, plan.to_fields())])
    return plan.id
