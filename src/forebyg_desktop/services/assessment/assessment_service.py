"""Use cases for concern assessments."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from forebyg_desktop.core.guidance import Guidance, guidance_for
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import (
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    ParentsInformed,
    ReportDecision,
)
from forebyg_desktop.core.validation import validate_assessment
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import assessment_repo
from forebyg_desktop.store.errors import ImmutableRecord
from forebyg_desktop.store.operation import Change

CTX = "Flow"  # refusals shown in the assessment dialogue
# Completeness rules a quick entry (CLI) records as outstanding instead of refusing:
# the joint dialogue (its individual assessments and agreed reason) and the report decision.
_OUTSTANDING_IN_QUICK_ENTRY = frozenset({"based_on", "report_decision", "agreed_reason"})


@dataclass(frozen=True)
class AssessmentResult:
    """What a saved assessment means: its id, the signpost guidance, warnings."""

    id: str
    guidance: Guidance
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        g = self.guidance
        return {
            "id": self.id,
            "position": g.position.key,
            "reporting_duty": g.reporting_duty,
            "consider_report": g.consider_report,
            "abuse_path": g.abuse_path,
            "inform_parents_first": g.inform_parents_first,
            "plan_required": g.plan_required,
            "follow_up_weeks": g.signpost.follow_up_weeks,
            "warnings": self.warnings,
        }


def load_child(session: Session, child_id: str) -> Child:
    """The child as a record; RecordNotFound ("No child with id ...") if none."""
    return Child.from_fields(child_id, session.store.get("child", child_id))


def individual_since_last_joint(session: Session, child_id: str) -> list[Assessment]:
    """Finalised individual assessments after the child's last joint one, not superseded
    (a correction counts instead of what it corrects), oldest first."""
    rows = assessment_repo.finalised_of_child(session.store, child_id)
    superseded = {r["supersedes"] for r in rows if r.get("supersedes")}
    found: list[Assessment] = []
    for r in rows:
        if r["id"] in superseded:
            continue
        if r.get("kind") == AssessmentKind.JOINT:
            found = []
        else:
            found.append(Assessment.from_fields(r["id"], r))
    return found


def quick_assessment(
    session: Session,
    *,
    child_id: str,
    position: str,
    signs: list[str],
    protective: list[str],
    note: str = "",
    joint: bool = False,
) -> AssessmentResult:
    """Record a finalised assessment in one step (the CLI's `assess add`).

    The position and signs are validated strictly; what only the full dialogue
    can settle (the individual assessments behind a joint one, the report
    decision) is recorded as outstanding and returned as warnings.
    """
    profile = session.profile
    child = load_child(session, child_id)
    a = Assessment(
        id=new_id(),
        child_id=child_id,
        date=session.today(),
        profile_id=profile.id,
        profile_version=profile.version,
        kind=AssessmentKind.JOINT if joint else AssessmentKind.INDIVIDUAL,
        assessors=(session.user,),
        position=position,
        signs=tuple(signs),
        protective=tuple(protective),
        observations=note,
        based_on=tuple(x.id for x in individual_since_last_joint(session, child_id))
        if joint
        else (),
        agreed_reason=note if joint else "",
        parents_informed=ParentsInformed.NOT_YET,
        report_decision=ReportDecision.NOT_APPLICABLE,
        status=AssessmentStatus.FINAL,
    )
    if profile.scale.position(position) is not None:
        g = guidance_for(profile, position, signs)
        if g.reporting_duty or g.consider_report:
            a = replace(a, report_decision=ReportDecision.PENDING)
        if g.abuse_path:
            a = replace(a, parents_informed=ParentsInformed.WITHHELD)
    errors = validate_assessment(a, profile, child=child, today=session.today(), finalising=True)
    hard = [e for e in errors if e.where not in _OUTSTANDING_IN_QUICK_ENTRY]
    if hard:
        raise ValidationFailed(hard)
    guidance = guidance_for(profile, position, signs)
    warnings = [e.message.english() for e in errors if e.where in _OUTSTANDING_IN_QUICK_ENTRY]
    if guidance.reporting_duty:
        warnings += [m.english() for m in guidance.reasons]
    save_assessment(session, a)
    return AssessmentResult(a.id, guidance, warnings)


def save_assessment(session: Session, a: Assessment) -> None:
    """Write an assessment; a finalised one can never be changed afterwards."""
    existing = session.store.lookup("assessment", a.id)
    if existing and existing.get("status") == AssessmentStatus.FINAL:
        raise ImmutableRecord(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "This assessment is finalised and read-only; record a correction instead.",
                ),
            )
        )
    session.store.write([Change("assessment", a.id, a.to_fields())])


def refuse_if_not_correctable(session: Session, original: Assessment) -> None:
    """ImmutableRecord unless `original` is finalised and not corrected yet."""
    if original.status != AssessmentStatus.FINAL:
        raise ImmutableRecord(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Flow", "Only a finalised assessment is corrected; edit the draft instead."
                ),
            )
        )
    if assessment_repo.corrections_of(session.store, original.id):
        raise ImmutableRecord(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "This assessment has already been corrected; correct the newest version.",
                ),
            )
        )


def correct_assessment(session: Session, original_id: str, **changes: object) -> str:
    """Correct a finalised assessment: a new final version that supersedes it.

    The original stays unchanged and visible in the chronology; returns the
    new version's id.
    """
    store = session.store
    original = Assessment.from_fields(original_id, store.get("assessment", original_id))
    refuse_if_not_correctable(session, original)
    corrected = replace(original, **changes, id=new_id(), supersedes=original_id)
    child = load_child(session, original.child_id)
    errors = validate_assessment(
        corrected, session.profile, child=child, today=session.today(), finalising=True
    )
    if errors:
        raise ValidationFailed(errors)
    save_assessment(session, corrected)
    return corrected.id
