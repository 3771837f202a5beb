"""Use cases for parents' written consent to share a child's record.

A consent says who gave it, what it covers (CONSENT_COVERS), to whom, why and
until when. A handover is only made under an active consent naming the
receiving institution (see `consent_for_recipient`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Consent
from forebyg_desktop.core.validation import validate_consent
from forebyg_desktop.services.assessment.assessment_service import load_child
from forebyg_desktop.services.child.child_service import parse_date
from forebyg_desktop.services.errors import Problem, ServiceError, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import handover_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync.institution_key import same_institution_name

_CTX = "Consent"


def _date(value: str | date, field: str) -> date:
    if isinstance(value, date):
        return value
    parsed = parse_date(value, field)
    if isinstance(parsed, Problem):
        raise ValidationFailed([parsed])
    return parsed


def record_consent(
    session: Session,
    *,
    child_id: str,
    given_by: str,
    covers: Sequence[str],
    recipient: str,
    purpose: str,
    expires: str | date,
    given_date: str | date | None = None,
) -> str:
    """Record a written consent (given today unless `given_date`); returns its id."""
    load_child(session, child_id)
    consent = Consent(
        id=new_id(),
        child_id=child_id,
        given_date=_date(given_date, "given_date") if given_date else session.today(),
        expires=_date(expires, "expires"),
        given_by=given_by.strip(),
        covers=tuple(c.strip() for c in covers if c.strip()),
        recipient=" ".join(recipient.split()),
        purpose=purpose.strip(),
    )
    errors = validate_consent(consent, today=session.today())
    if errors:
        raise ValidationFailed(errors)
    session.store.write([Change("consent", consent.id, consent.to_fields())])
    return consent.id


def load_consent(session: Session, consent_id: str) -> Consent:
    # The store's RecordNotFound already says "No consent with id …" (translatable).
    return Consent.from_fields(consent_id, session.store.get("consent", consent_id))


def withdraw_consent(session: Session, consent_id: str, on: str | date | None = None) -> None:
    """Record that the parents withdrew the consent (today unless `on`)."""
    consent = load_consent(session, consent_id)
    if consent.withdrawn is not None:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Consent", "Consent {consent} was already withdrawn on {date}."),
                {"consent": consent_id, "date": consent.withdrawn},
            )
        )
    withdrawn = replace(consent, withdrawn=_date(on, "withdrawn") if on else session.today())
    errors = validate_consent(withdrawn, today=session.today())
    if errors:
        raise ValidationFailed(errors)
    assert withdrawn.withdrawn is not None
    session.store.write(
        [Change("consent", consent_id, {"withdrawn": withdrawn.withdrawn.isoformat()})]
    )


def list_consents(session: Session, child_id: str) -> list[Consent]:
    """The child's consents, newest first (audited as a read of the child's record)."""
    load_child(session, child_id)
    rows = handover_repo.consents_of_child(session.store, child_id)
    session.store.record_reads(
        [AuditEvent("read", "consent", "*", child_id, f"list of {len(rows)} consents")]
    )
    consents = [Consent.from_fields(r["id"], r) for r in rows]
    return sorted(consents, key=lambda c: (c.given_date, c.id), reverse=True)


def consent_for_recipient(
    consents: Sequence[Consent], recipient: str, *, today: date, child_id: str
) -> Consent:
    """The active consent naming `recipient` (newest if several), or why there is none.

    Refused (ServiceError, one sentence): no consent at all, none naming the
    recipient, or the one naming it is expired, withdrawn or covers nothing.
    """
    if not consents:
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Consent",
                    "No consent is recorded for child {child}; record the parents' written "
                    "consent first (`forebyg consent add`).",
                ),
                {"child": child_id},
            )
        )
    named = [c for c in consents if same_institution_name(c.recipient, recipient)]
    if not named:
        others = ", ".join(sorted({f'"{c.recipient}"' for c in consents}))
        raise ServiceError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Consent",
                    'No consent for child {child} names "{recipient}" as recipient '
                    "(the consents name {others}).",
                ),
                {"child": child_id, "recipient": recipient, "others": others},
            )
        )
    active = [c for c in named if c.is_active(today) and c.covers]
    if active:
        return max(active, key=lambda c: (c.given_date, c.id))
    newest = max(named, key=lambda c: (c.given_date, c.id))
    if newest.withdrawn is not None and newest.withdrawn <= today:
        why = Message(
            _CTX,
            QT_TRANSLATE_NOOP("Consent", "was withdrawn on {date}"),
            {"date": newest.withdrawn},
        )
    elif newest.expires <= today:
        why = Message(
            _CTX, QT_TRANSLATE_NOOP("Consent", "expired on {date}"), {"date": newest.expires}
        )
    elif newest.given_date > today:
        why = Message(
            _CTX,
            QT_TRANSLATE_NOOP("Consent", "only applies from {date}"),
            {"date": newest.given_date},
        )
    else:
        why = Message(_CTX, QT_TRANSLATE_NOOP("Consent", "covers nothing"))
    raise ServiceError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Consent",
                'The consent for child {child} to share with "{recipient}" {why}; '
                "nothing was exported.",
            ),
            {"child": child_id, "recipient": newest.recipient, "why": why},
        )
    )
