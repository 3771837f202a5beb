"""A received handover's records through the validators typed input passes.

Each record is checked with the validator its service uses (`validate_assessment`,
`validate_plan`, `validate_evaluation`) under the profile it was made with:
this store's, or a bundled one.

A finalised assessment is checked as the validators check any assessment for
known keys and impossible values; completeness is the sender's rule, not
ours (its quick entry finalises with the report decision still open).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.records import (
    ActionPlan,
    Assessment,
    AssessmentStatus,
    Child,
    PlanEvaluation,
    RecordError,
)
from forebyg_desktop.core.validation import validate_assessment, validate_evaluation, validate_plan
from forebyg_desktop.services.handover.handover_problems import Bad, bad_field, kind, refuse_errors
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.errors import RecordNotFound
from forebyg_desktop.store.profile_repo import load_bundled_profile


class _Profiles:
    """The profile a record was made with: this store's, or a bundled one."""

    def __init__(self, session: Session) -> None:
        self.cache: dict[str, Profile] = {session.profile.id: session.profile}

    def get(self, entity: str, profile_id: str) -> Profile:
        if profile_id not in self.cache:
            try:
                self.cache[profile_id] = load_bundled_profile(profile_id)
            except Exception:  # noqa: BLE001 - a profile we do not have: say so
                raise Bad(
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        '{kind} was made with the profile "{profile}", which this program '
                        "does not have",
                    ),
                    kind=kind(entity),
                    profile=profile_id,
                ) from None
        return self.cache[profile_id]


def validate(session: Session, child: Child, built: dict[str, dict[str, Any]], today: date) -> None:
    """Every record through the validator its service uses for typed input."""
    profiles = _Profiles(session)
    assessments: dict[str, Assessment] = built.get("assessment", {})
    plans: dict[str, ActionPlan] = built.get("plan", {})
    for a in assessments.values():
        if a.status is not AssessmentStatus.FINAL:
            raise Bad(QT_TRANSLATE_NOOP("HandoverService", "an assessment is not finalised"))
        errors = validate_assessment(
            replace(a, status=AssessmentStatus.DRAFT),  # keys and values, see the module doc
            profiles.get("assessment", a.profile_id),
            child=child,
            today=today,
            known=assessments,
        )
        refuse_errors("assessment", errors)
    for p in plans.values():
        if p.assessment_id is not None and p.assessment_id not in assessments:
            raise bad_field("plan", "assessment_id")
        profile = profiles.get("plan", p.profile_id)
        refuse_errors("plan", validate_plan(p, profile, today=today, created=p.created or date.min))
    evaluation: PlanEvaluation
    for evaluation in built.get("evaluation", {}).values():
        plan = plans.get(evaluation.plan_id) or _held_plan(session, evaluation)
        profile = profiles.get("evaluation", plan.profile_id)
        refuse_errors("evaluation", validate_evaluation(evaluation, profile, plan, today=today))


def _held_plan(session: Session, evaluation: PlanEvaluation) -> ActionPlan:
    """The plan an evaluation is of, when it did not travel (the consent covers
    evaluations, not plans): held here, or a stand-in offering every decision."""
    try:
        return ActionPlan.from_fields(
            evaluation.plan_id, session.store.get("plan", evaluation.plan_id)
        )
    except (RecordNotFound, RecordError):
        profile = session.profile
        return ActionPlan(
            id=evaluation.plan_id,
            child_id=evaluation.child_id,
            template="",
            follow_up=evaluation.date,
            profile_id=profile.id,
            profile_version=profile.version,
        )
