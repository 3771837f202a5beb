"""The action plan dialogue: start a plan from a template, follow it up, close it.

`start_plan` gives what the dialogue needs when it opens (the child's
position, to offer the templates that suit it, and a draft to resume);
`template_prefill` what a chosen template fills in (pure, no store);
`plan_from_template` gives the fields of a new plan prefilled from the
profile's template (in Danish, for the user to edit); `create_plan` validates
and writes it; `evaluate_plan` records a follow-up (PlanEvaluation) and moves
the plan's follow-up date, or closes the plan, in one write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.profile import EvaluationDecision, PlanTemplate, Profile
from forebyg_desktop.core.records import (
    ActionPlan,
    Assessment,
    Goal,
    IndicatorProgress,
    Measure,
    PlanEvaluation,
    PlanStatus,
)
from forebyg_desktop.core.validation import validate_evaluation, validate_plan
from forebyg_desktop.services.assessment.assessment_service import load_child
from forebyg_desktop.services.drafts.draft_service import Draft, build_record, resume_draft
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.overview.overview_service import position_any_kind
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import draft_repo, overview_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.errors import RecordNotFound
from forebyg_desktop.store.operation import Change
from forebyg_desktop.store.overview_repo import ChildLatest


def _validation_problem(where: str, text: str, **params: object) -> Problem:
    # Source texts shared with core.validation, so they are translated once.
    return Problem(where, Message("Validation", text, params))


def template_prefill(
    profile: Profile, template_key: str, *, today: date, user: str
) -> dict[str, Any]:
    """What a template puts into a new plan; pure (reads only the profile).

    Goals as {"goal", "indicator"} and measures as {"text", "responsible",
    "deadline"} dicts in Danish, deadlines and the follow-up counted from
    `today` by the template's weeks, `user` as coordinator. The dialogue calls
    this on the GUI thread when the user picks a template, so picking one
    never waits for the store. ValidationFailed for an unknown template.
    """
    tpl = profile.plan_template(template_key)
    if tpl is None:
        raise ValidationFailed(
            [
                _validation_problem(
                    "template",
                    QT_TRANSLATE_NOOP("Validation", 'Unknown plan template "{key}".'),
                    key=template_key,
                )
            ]
        )
    return {
        "template": tpl.key,
        "goals": [{"goal": g.goal.da, "indicator": g.indicator.da} for g in tpl.goals],
        "measures": [
            {
                "text": m.text.da,
                "responsible": m.responsible.da,
                "deadline": today + timedelta(weeks=m.deadline_weeks),
            }
            for m in tpl.measures
        ],
        "coordinator": user,
        "follow_up": today + timedelta(weeks=tpl.follow_up_weeks),
    }


def suits_position(template: PlanTemplate, position: str | None) -> bool:
    """Whether to offer `template` for a child at `position`.

    A template that names no positions suits any; with no position known yet
    there is nothing to go by, so every template is offered.
    """
    return not template.for_positions or position is None or position in template.for_positions


def _latest(session: Session, child_id: str) -> ChildLatest | None:
    return overview_repo.latest_assessments(
        session.store, position_any_kind=position_any_kind(session.profile), child_id=child_id
    ).get(child_id)


def plan_from_template(session: Session, child_id: str, template_key: str) -> dict[str, Any]:
    """The fields of a new plan for the child, prefilled from a plan template.

    The keys are `create_plan`'s keyword arguments: `template_prefill`'s,
    empty views, and the child's current position assessment (if any) as
    `assessment_id`. Raises RecordNotFound for an unknown child,
    ValidationFailed for an unknown template.
    """
    load_child(session, child_id)
    prefill = template_prefill(
        session.profile, template_key, today=session.today(), user=session.user
    )
    latest = _latest(session, child_id)
    return {
        "child_id": child_id,
        **prefill,
        "child_view": "",
        "parents_view": "",
        "family_resources": "",
        "assessment_id": latest.position_assessment_id if latest else None,
    }


@dataclass(frozen=True)
class PlanStart:
    """What the plan dialogue needs when it opens (loaded off the GUI thread)."""

    position: str | None  # the child's current position (filters the templates)
    assessment_id: str | None  # the assessment that set it (the plan refers to it)
    draft: Draft | None  # the draft to resume, if any
    draft_missing: bool  # a draft id was given but that draft is gone


def start_plan(session: Session, child_id: str, draft_id: str | None = None) -> PlanStart:
    """The child's position and the plan draft to resume (`draft_id`, else the newest).

    Raises RecordNotFound for an unknown child.
    """
    load_child(session, child_id)
    latest = _latest(session, child_id)
    draft = resume_draft(session, "plan", child_id, draft_id)
    return PlanStart(
        position=latest.position if latest else None,
        assessment_id=latest.position_assessment_id if latest else None,
        draft=draft,
        draft_missing=bool(draft_id) and draft is None,
    )


def _assessment_problems(session: Session, child_id: str, assessment_id: str) -> list[Problem]:
    try:
        fields = session.store.get("assessment", assessment_id)
    except RecordNotFound:
        return [
            _validation_problem(
                "assessment_id",
                QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" was not found.'),
                key=assessment_id,
            )
        ]
    if Assessment.from_fields(assessment_id, fields).child_id != child_id:
        return [
            _validation_problem(
                "assessment_id",
                QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" is for another child.'),
                key=assessment_id,
            )
        ]
    return []


def create_plan(
    session: Session,
    *,
    child_id: str,
    template: str,
    goals: Sequence[Goal | dict],
    measures: Sequence[Measure | dict],
    child_view: str,
    parents_view: str,
    family_resources: str,
    coordinator: str,
    follow_up: date,
    assessment_id: str | None = None,
    draft_id: str | None = None,
) -> str:
    """Validate and write a new open action plan (created today); returns its id.

    Goals and measures may be records or their dicts (as `plan_from_template`
    gives them). `assessment_id` must be one of the child's assessments. If
    `draft_id` is given, that draft is deleted in the same transaction.
    Raises RecordNotFound for an unknown child, ValidationFailed with every
    problem otherwise; nothing is written then.
    """
    profile, today = session.profile, session.today()
    load_child(session, child_id)
    base = {
        "id": new_id(),
        "child_id": child_id,
        "profile_id": profile.id,
        "profile_version": profile.version,
        "status": PlanStatus.OPEN,
        "created": today,
    }
    fields = {
        "template": template,
        "follow_up": follow_up,
        "goals": list(goals),
        "measures": list(measures),
        "child_view": child_view,
        "parents_view": parents_view,
        "family_resources": family_resources,
        "coordinator": coordinator,
        "assessment_id": assessment_id,
    }
    plan, problems = build_record(ActionPlan, base, fields, fallback={"follow_up": today})
    if plan is not None:
        problems += validate_plan(plan, profile, today=today, created=today)
        if plan.assessment_id:
            problems += _assessment_problems(session, child_id, plan.assessment_id)
    if problems or plan is None:
        raise ValidationFailed(problems)
    with session.store.transaction():
        session.store.write([Change("plan", plan.id, plan.to_fields())])
        if draft_id:
            draft_repo.delete(session.store, draft_id)
    return plan.id


def _load_plan(session: Session, plan_id: str) -> ActionPlan:
    try:
        return ActionPlan.from_fields(plan_id, session.store.get("plan", plan_id))
    except RecordNotFound:
        raise RecordNotFound(
            Message(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "No action plan with id {id}."),
                {"id": plan_id},
            )
        ) from None


def evaluate_plan(
    session: Session,
    *,
    plan_id: str,
    progress: Sequence[IndicatorProgress | dict],
    new_position: str | None,
    decision: EvaluationDecision | str,
    note: str,
    next_follow_up: date | None,
    draft_id: str | None = None,
) -> str:
    """Record a follow-up of an open plan; returns the evaluation's id.

    Closing sets the plan's status to closed (no next follow-up); any other
    decision moves the plan's follow-up to `next_follow_up`. The evaluation
    and the plan change are one write, so one transaction (with the draft's
    deletion if `draft_id` is given). Raises ValidationFailed with every
    problem (a closed plan is not followed up), RecordNotFound for an
    unknown plan.
    """
    plan = _load_plan(session, plan_id)
    today = session.today()
    base = {
        "id": new_id(),
        "plan_id": plan.id,
        "child_id": plan.child_id,
        "date": today,
        "by": session.user,
    }
    fields = {
        "decision": decision,
        "progress": list(progress),
        "new_position": new_position or None,
        "note": note,
        "next_follow_up": next_follow_up,
    }
    ev, problems = build_record(PlanEvaluation, base, fields)
    if plan.status is PlanStatus.CLOSED:
        problems.append(
            Problem(
                "plan_id",
                Message(
                    "Flow",
                    QT_TRANSLATE_NOOP(
                        "Flow", "The plan is closed; start a new plan if more is needed."
                    ),
                ),
            )
        )
    if ev is not None:
        problems += validate_evaluation(ev, session.profile, plan, today=today)
    if problems or ev is None:
        raise ValidationFailed(problems)
    if ev.decision is EvaluationDecision.CLOSE:
        plan_change = {"status": PlanStatus.CLOSED.value}
    else:
        assert ev.next_follow_up is not None  # validated above
        plan_change = {"follow_up": ev.next_follow_up.isoformat()}
    with session.store.transaction():
        session.store.write(
            [Change("evaluation", ev.id, ev.to_fields()), Change("plan", plan.id, plan_change)]
        )
        if draft_id:
            draft_repo.delete(session.store, draft_id)
    return ev.id


def open_plan(session: Session, child_id: str) -> ActionPlan | None:
    """The child's open plan (the latest by follow-up if several), or None; audited."""
    plan_id = overview_repo.open_plan_id(session.store, child_id)
    if plan_id is None:
        return None
    plan = _load_plan(session, plan_id)
    session.store.record_reads([AuditEvent("read", "plan", plan_id, child_id, "open plan")])
    return plan
