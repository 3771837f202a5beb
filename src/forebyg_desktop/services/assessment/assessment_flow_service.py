"""The full TOPI dialogue: individual assessments, then the joint position.

Each staff member's assessment is written as a draft (`draft_service`, kind
"assessment") while the dialogue is open and finalised here. Under TOPI at
least `practice.min_individual_assessors` staff assess the child separately;
the joint assessment is then agreed from the individual ones made since the
last joint one, with the reason for the agreed position and, where the
signpost says so, the decision on a report (Barnets Lov § 133).

Finalising validates completely (core `validate_assessment` with
`finalising=True`) and reports every problem at once in ValidationFailed; on
success the assessment is written and the draft deleted in one transaction.
The reporting duty is personal, so an individual assessment that brings the
duty (or asks to consider a report) needs its report decision too.
Corrections of finalised assessments are not drafts: use
`assessment_service.correct_assessment`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from forebyg_desktop.core.guidance import Guidance, guidance_for
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Assessment, AssessmentKind, AssessmentStatus, RecordError
from forebyg_desktop.core.validation import validate_assessment
from forebyg_desktop.services.assessment.assessment_service import (
    individual_since_last_joint,
    load_child,
    save_assessment,
)
from forebyg_desktop.services.drafts.draft_service import (
    Draft,
    build_record,
    list_drafts,
    load_draft,
)
from forebyg_desktop.services.errors import Problem, ServiceError, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import draft_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.errors import RecordNotFound

CTX = "Flow"


def _refused(text: str, **params: object) -> ServiceError:
    """A refusal with `text` marked in the "Flow" context."""
    return ServiceError(Message(CTX, text, params))


def _assessment_draft(session: Session, draft_id: str, kind: AssessmentKind) -> Draft:
    draft = load_draft(session, draft_id)
    if draft.kind != "assessment":
        raise _refused(
            QT_TRANSLATE_NOOP("Flow", "Draft {draft} is a {kind} draft, not an assessment."),
            draft=draft_id,
            kind=draft.kind,
        )
    if not (draft.child_id or draft.fields.get("child_id")):
        raise _refused(
            QT_TRANSLATE_NOOP("Flow", "Draft {draft} does not name the child."), draft=draft_id
        )
    wanted = draft.fields.get("kind")
    if wanted not in (None, "", kind.value):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Flow", "Draft {draft} is for a {wanted} assessment, not a {kind} one."
            ),
            draft=draft_id,
            wanted=wanted,
            kind=kind,
        )
    if draft.fields.get("supersedes"):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Flow", "A correction is made with correct_assessment, not from a draft."
            )
        )
    return draft


def assessment_from_draft(
    session: Session, draft: Draft, kind: AssessmentKind, **defaults: Any
) -> tuple[Assessment | None, list[Problem]]:
    """The finalised assessment the draft describes, and its fields of the wrong type.

    Id, child, profile, kind and status are set here, never taken from the
    draft; `defaults` (and today, and the session's user as assessor) fill
    fields the draft leaves empty.
    """
    profile = session.profile
    fields = dict(draft.fields)
    for name, value in {
        "date": session.today(),
        "assessors": (session.user,),
        **defaults,
    }.items():
        if not fields.get(name):
            fields[name] = value
    base = {
        "id": new_id(),
        "child_id": draft.child_id or draft.fields["child_id"],
        "profile_id": profile.id,
        "profile_version": profile.version,
        "kind": kind,
        "status": AssessmentStatus.FINAL,
    }
    return build_record(Assessment, base, fields, fallback={"date": session.today()})


def _validated(
    session: Session,
    a: Assessment | None,
    problems: list[Problem],
    known: Mapping[str, Assessment] | None = None,
) -> Assessment:
    """`a` if it is complete and valid; else ValidationFailed with every problem."""
    if a is not None:
        child = load_child(session, a.child_id)
        errors = validate_assessment(
            a, session.profile, child=child, today=session.today(), finalising=True, known=known
        )
        problems = problems + errors
    if problems or a is None:
        raise ValidationFailed(problems)
    return a


def _finalise(session: Session, draft_id: str, a: Assessment) -> str:
    with session.store.transaction():
        save_assessment(session, a)
        draft_repo.delete(session.store, draft_id)
    return a.id


def finalise_individual(session: Session, draft_id: str) -> str:
    """Finalise a draft as one staff member's individual assessment; returns its id.

    The assessors default to the session's user and the date to today.
    Raises ValidationFailed with every problem (nothing is written then).
    """
    draft = _assessment_draft(session, draft_id, AssessmentKind.INDIVIDUAL)
    a, problems = assessment_from_draft(session, draft, AssessmentKind.INDIVIDUAL)
    return _finalise(session, draft_id, _validated(session, a, problems))


def individual_assessments_for_joint(session: Session, child_id: str) -> list[Assessment]:
    """The individual assessments a joint one is agreed from (audited read).

    Finalised individual assessments made since the child's last joint one
    (by date, then the order they were saved), leaving out superseded ones
    (their corrections count instead), oldest first.
    """
    load_child(session, child_id)
    found = individual_since_last_joint(session, child_id)
    session.store.record_reads(
        [
            AuditEvent(
                "read",
                "assessment",
                "*",
                child_id,
                f"{len(found)} individual assessments for a joint one",
            )
        ]
    )
    return found


def _referenced(
    session: Session, keys: tuple[str, ...], eligible: Mapping[str, Assessment]
) -> dict[str, Assessment]:
    """`eligible` plus the other assessments `keys` name that exist, for validation."""
    known = dict(eligible)
    for key in keys:
        if key not in known and isinstance(key, str):
            # One that does not exist (or cannot be read) is reported as not found.
            with contextlib.suppress(RecordNotFound, RecordError):
                known[key] = Assessment.from_fields(key, session.store.get("assessment", key))
    return known


def _joint_problems(
    session: Session,
    a: Assessment,
    known: Mapping[str, Assessment],
    eligible: Mapping[str, Assessment],
) -> list[Problem]:
    """What core validation cannot know: the round and the number of staff."""
    problems = []
    for key in dict.fromkeys(a.based_on):
        other = known.get(key)
        if (
            key not in eligible
            and other is not None
            and other.child_id == a.child_id
            and other.kind is AssessmentKind.INDIVIDUAL
            and other.status is AssessmentStatus.FINAL
        ):
            problems.append(
                Problem(
                    "based_on",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Flow",
                            'Assessment "{key}" is not one of the individual assessments '
                            "since the last joint one.",
                        ),
                        {"key": key},
                    ),
                )
            )
    need = session.profile.practice.min_individual_assessors
    chosen = [eligible[k] for k in dict.fromkeys(a.based_on) if k in eligible]
    people = {name.strip().casefold() for x in chosen for name in x.assessors}
    if need > 1 and len(chosen) >= need and len(people) < need:
        problems.append(
            Problem(
                "based_on",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "The individual assessments must be made by at least {n} different "
                        "staff members (profile practice).",
                    ),
                    {"n": need},
                ),
            )
        )
    return problems


def finalise_joint(session: Session, draft_id: str) -> str:
    """Finalise a draft as the joint assessment; returns its id.

    It is based on the draft's `based_on` if set, else on every individual
    assessment since the last joint one; the assessors default to theirs.
    Required: enough individual assessments by different staff (profile
    practice), the reason for the agreed position, and where the duty applies
    or a report is to be considered the decision: reported (with date and by
    whom) or not reported (with the reason). Parents may be kept uninformed
    (withheld) only on the abuse path. Raises ValidationFailed with every
    problem; nothing is written then.
    """
    draft = _assessment_draft(session, draft_id, AssessmentKind.JOINT)
    child_id = draft.child_id or draft.fields["child_id"]
    load_child(session, child_id)
    eligible = {x.id: x for x in individual_since_last_joint(session, child_id)}
    wanted = draft.fields.get("based_on") or list(eligible)
    assessors = [n for k in wanted if k in eligible for n in eligible[k].assessors]
    a, problems = assessment_from_draft(
        session,
        draft,
        AssessmentKind.JOINT,
        based_on=wanted,
        assessors=list(dict.fromkeys(assessors)) or [session.user],
    )
    known = None
    if a is not None:
        known = _referenced(session, a.based_on, eligible)
        problems = problems + _joint_problems(session, a, known, eligible)
    return _finalise(session, draft_id, _validated(session, a, problems, known))


@dataclass(frozen=True)
class AssessmentStart:
    """What the assessment dialogue opens with."""

    kind: str  # "individual" or "joint"
    draft_id: str | None = None  # an unfinished draft of that kind to resume
    fields: dict[str, Any] = field(default_factory=dict)
    individuals: list[Assessment] = field(default_factory=list)  # for a joint one
    corrects: str | None = None  # the finalised assessment a correction supersedes


def start_assessment(session: Session, child_id: str, kind: str) -> AssessmentStart:
    """Open an assessment of `kind` for the child: resume its newest unfinished draft.

    A draft of the other kind is left alone (a joint assessment never silently
    continues someone's individual one). For a joint assessment, the individual
    ones made since the last joint one come along (an audited read).
    """
    if kind not in (AssessmentKind.INDIVIDUAL.value, AssessmentKind.JOINT.value):
        raise ValueError(f'kind must be "individual" or "joint", not {kind!r}')
    draft_id, fields = None, {}
    for info in list_drafts(session, child_id):
        if info.kind != "assessment":
            continue
        draft = load_draft(session, info.id)
        if draft.fields.get("supersedes"):
            continue  # a correction is resumed from the assessment it corrects
        if draft.fields.get("kind", AssessmentKind.INDIVIDUAL.value) == kind:
            draft_id, fields = draft.id, dict(draft.fields)
            break
    individuals = (
        individual_assessments_for_joint(session, child_id)
        if kind == AssessmentKind.JOINT.value
        else []
    )
    return AssessmentStart(kind, draft_id, fields, individuals)


def guidance_for_draft(session: Session, draft: Draft | Mapping[str, Any]) -> Guidance | None:
    """The signpost's guidance for a draft's position and signs.

    `draft` is a Draft or its fields. None while the draft has no position on
    the profile's scale yet (whether signs alone put the case on the abuse
    path is `core.guidance.is_abuse_path`). No record is read.
    """
    fields = draft.fields if isinstance(draft, Draft) else draft
    position = fields.get("position") or ""
    if session.profile.scale.position(position) is None:
        return None
    signs = fields.get("signs") or ()
    return guidance_for(session.profile, position, [s for s in signs if isinstance(s, str)])
