"""Correcting a finalised assessment in the assessment dialogue.

A finalised assessment never changes. A correction starts as a draft holding
the original's content and `supersedes` (so it autosaves and survives a crash
like any draft); finalising it writes a new final version that supersedes the
original (`assessment_service.correct_assessment`) and deletes the draft, in
one transaction. Both versions stay in the chronology.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import Assessment
from forebyg_desktop.services.assessment.assessment_flow_service import (
    AssessmentStart,
    assessment_from_draft,
)
from forebyg_desktop.services.assessment.assessment_service import (
    correct_assessment,
    refuse_if_not_correctable,
)
from forebyg_desktop.services.drafts.draft_service import list_drafts, load_draft
from forebyg_desktop.services.errors import ServiceError, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import draft_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.errors import RecordNotFound

# What a correction may change; who the record is about and what it is stay.
_FIXED = {"id", "child_id", "profile_id", "profile_version", "kind", "status", "supersedes"}


def _original(session: Session, assessment_id: str) -> Assessment:
    a = Assessment.from_fields(assessment_id, session.store.get("assessment", assessment_id))
    refuse_if_not_correctable(session, a)
    return a


def start_correction(session: Session, assessment_id: str) -> AssessmentStart:
    """Open a correction of a finalised assessment (resuming an unfinished one).

    The draft starts with the original's content; a joint assessment comes
    with the individual ones it was based on. The read is audited.
    """
    original = _original(session, assessment_id)
    stored = session.store.get("assessment", assessment_id)
    draft_id, fields = None, {}
    for info in list_drafts(session, original.child_id):
        if info.kind == "assessment":
            draft = load_draft(session, info.id)
            if draft.fields.get("supersedes") == assessment_id:
                draft_id, fields = draft.id, dict(draft.fields)
                break
    if draft_id is None:
        fields = {k: v for k, v in stored.items() if k not in _FIXED or k == "kind"}
        fields["supersedes"] = assessment_id
    individuals = []
    for key in original.based_on:
        try:
            individuals.append(Assessment.from_fields(key, session.store.get("assessment", key)))
        except RecordNotFound:
            continue  # shown as missing by validation when finalising
    session.store.record_reads(
        [AuditEvent("read", "assessment", assessment_id, original.child_id, "for a correction")]
    )
    return AssessmentStart(original.kind.value, draft_id, fields, individuals, assessment_id)


def finalise_correction(session: Session, draft_id: str) -> str:
    """Write the correction the draft holds; returns the new version's id.

    Raises ValidationFailed with every problem (nothing is written then).
    """
    draft = load_draft(session, draft_id)
    original_id = draft.fields.get("supersedes")
    if draft.kind != "assessment" or not isinstance(original_id, str):
        raise ServiceError(
            Message(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "Draft {draft} is not a correction of an assessment."),
                {"draft": draft_id},
            )
        )
    original = _original(session, original_id)
    content = {k: v for k, v in draft.fields.items() if k != "supersedes"}
    built, problems = assessment_from_draft(
        session, replace(draft, child_id=original.child_id, fields=content), original.kind
    )
    if built is None or problems:
        raise ValidationFailed(problems)
    changes: dict[str, Any] = {
        name: getattr(built, name)
        for name in content
        if name not in _FIXED and hasattr(built, name)
    }
    with session.store.transaction():
        new_id = correct_assessment(session, original_id, **changes)
        draft_repo.delete(session.store, draft_id)
    return new_id
