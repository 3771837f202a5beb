"""Handing a child's record over to another institution (overlevering), with consent.

Export (`export_handover`) needs an active consent for the child naming the
receiving institution (the name in its key file); it seals what the consent
covers (see `handover_content`) to that institution's key, signs it with this
institution's key, writes the file atomically, and records the handover and
an "export" audit entry in one transaction. The receiver imports it
(`handover_import.import_handover`) and sends back a receipt, which the sender
imports (`import_file` recognises both) to see the handover as received.

The recipient's key is checked twice before anything is sealed to it. The
consent is bound to the key its first handover went to (the handovers made
under it record that key), so a later key file that merely carries the same
name, in any spelling, is refused; and the key pinned for the institution's
name (`institution_pins`) must match too. A new key passes only when a person
confirms its fingerprint after comparing it with the recipient by phone
(`accept_new_key`). The summary says whether the key was new, so the
fingerprint can be compared before the file is sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Consent, Handover, HandoverDirection
from forebyg_desktop.services.assessment.assessment_service import load_child
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.consent_service import consent_for_recipient, list_consents
from forebyg_desktop.services.handover.handover_content import (
    CTX,
    ENTITY_ORDER,
    select_for_handover,
)
from forebyg_desktop.services.handover.institution_pins import (
    Pin,
    check_confirmation,
    pin_for,
    record_pin,
    refuse_unconfirmed,
)
from forebyg_desktop.services.handover.institution_service import (
    institution_name,
    read_public_key,
    require_institution,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import handover_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import crypto, handover_file
from forebyg_desktop.sync.institution_key import PublicKeyFile, b64


@dataclass(frozen=True)
class HandoverSummary:
    """What an export wrote: counts of what travelled, and notes on what did not."""

    handover_id: str
    child_id: str
    file: Path
    recipient: str
    recipient_fingerprint: str
    consent_id: str
    covers: tuple[str, ...]
    included: dict[str, int]  # "assessment"/"plan"/"evaluation" -> count (the child always)
    withheld: int  # covered records held back (abuse path)
    notes: list[Message] = field(default_factory=list)
    first_use: bool = False  # the recipient's key was not used here before: compare by phone
    key_changed_from: str | None = None  # the key used before, when a change was confirmed

    def as_json(self) -> dict:
        return {
            "handover_id": self.handover_id,
            "child_id": self.child_id,
            "file": str(self.file),
            "recipient": self.recipient,
            "recipient_fingerprint": self.recipient_fingerprint,
            "consent_id": self.consent_id,
            "covers": list(self.covers),
            "included": self.included,
            "withheld": self.withheld,
            "notes": [n.english() for n in self.notes],
            "first_use": self.first_use,
            "key_changed_from": self.key_changed_from,
        }


@dataclass(frozen=True)
class HandoverInfo:
    """One handover of a child, for lists: direction, counterpart and where it stands."""

    id: str
    child_id: str
    direction: str  # "sent" | "received"
    status: str  # "sent" (no receipt yet) | "receipt_received" | "received"
    date: str
    counterpart: str
    counterpart_fingerprint: str
    purpose: str
    covers: tuple[str, ...]
    records: int
    receipt_date: str | None
    record_refs: tuple[str, ...] = ()  # "entity:id" of what travelled, the child first

    def as_json(self) -> dict:
        return {**self.__dict__, "covers": list(self.covers), "record_refs": list(self.record_refs)}


@dataclass(frozen=True)
class RecipientKey:
    """A receiving institution's key file, and the key its name is known by here."""

    public: PublicKeyFile
    known: Pin | None  # None: no handover to or from this institution yet

    @property
    def status(self) -> str:
        """ "new" (compare by phone first), "known" or "changed" (refused unless confirmed)."""
        if self.known is None:
            return "new"
        return "known" if self.known.fingerprint == self.public.fingerprint else "changed"


def recipient_key(session: Session, key_file: Path) -> RecipientKey:
    """What a key file says and whether its key is the one known for that institution."""
    public = read_public_key(key_file)
    return RecipientKey(public, pin_for(session, public.institution))


def export_handover(
    session: Session,
    child_id: str,
    key_file: Path,
    out: Path,
    *,
    consent_id: str | None = None,
    accept_new_key: str | None = None,
) -> HandoverSummary:
    """Write the handover file for `child_id` to `out`, sealed to the key in `key_file`.

    Refused (ServiceError, nothing written) without an active consent naming
    the institution in the key file, or naming it but expired, withdrawn or
    covering nothing. `consent_id` picks one consent when several apply.
    Refused (`institution_pins.KeyChanged`) when the consent was used with
    another key, or the institution is known here by another key, unless
    `accept_new_key` is the key file's fingerprint, confirmed by phone.
    """
    me = require_institution(session)
    recipient = read_public_key(key_file)
    check_confirmation(key_file, recipient.fingerprint, accept_new_key)
    if recipient.fingerprint == me.fingerprint:
        raise ServiceError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "HandoverService", "{file} is this institution's own key; nothing was exported."
                ),
                {"file": str(key_file)},
            ),
            "key",
        )
    load_child(session, child_id)
    consents = list_consents(session, child_id)
    if consent_id is not None:
        consents = [c for c in consents if c.id == consent_id]
        if not consents:
            raise ServiceError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService", "Child {child} has no consent with id {consent}."
                    ),
                    {"child": child_id, "consent": consent_id},
                )
            )
    today = session.today()
    consent = consent_for_recipient(consents, recipient.institution, today=today, child_id=child_id)
    used = _consent_keys(session, child_id, consent.id)
    pin = pin_for(session, recipient.institution)
    changed_from = _refuse_new_key(key_file, recipient, consent, used, pin, accept_new_key)
    selection = select_for_handover(session, child_id, consent.covers)
    handover_id = new_id()
    own = me.public
    body = {
        "handover_id": handover_id,
        "created": today.isoformat(),
        "recipient": recipient.fingerprint,
        "recipient_name": recipient.institution,
        "sender": {
            "institution": own.institution,
            "fingerprint": own.fingerprint,
            "exchange_key": b64(own.exchange_key),
            "signing_key": b64(own.signing_key),
        },
        "consent": {
            "id": consent.id,
            "given_by": consent.given_by,
            "given_date": consent.given_date.isoformat(),
            "expires": consent.expires.isoformat(),
            "covers": list(consent.covers),
            "recipient": consent.recipient,
            "purpose": consent.purpose,
        },
        "child": selection.child,
        "records": selection.records,
    }
    data = handover_file.pack(
        "handover",
        body,
        recipient_fingerprint=recipient.fingerprint,
        recipient_exchange_key=recipient.exchange_key,
        signing_private_key=me.signing_private,
    )
    record = Handover(
        id=handover_id,
        child_id=child_id,
        direction=HandoverDirection.SENT,
        date=today,
        counterpart=recipient.institution,
        counterpart_fingerprint=recipient.fingerprint,
        counterpart_signing_key=b64(recipient.signing_key),
        consent_id=consent.id,
        given_by=consent.given_by,
        covers=consent.covers,
        purpose=consent.purpose,
        consent_expires=consent.expires,
        records=tuple(selection.record_refs()),
        withheld=tuple(selection.withheld),
        bundle_digest=crypto.digest(data),
        by=session.user,
    )
    counts = selection.counts()
    store = session.store
    # The file is written inside the transaction: if writing fails, no handover
    # is recorded; if recording fails, the file is removed again.
    try:
        with store.transaction():
            store.write([Change("handover", handover_id, record.to_fields())])
            detail = (
                f"handover to {recipient.institution} ({recipient.fingerprint}) under consent "
                f"{consent.id}: " + ", ".join(f"{counts[e]} {e}" for e in ENTITY_ORDER)
            )
            store.audit.record(
                session.user, [AuditEvent("export", "handover", handover_id, child_id, detail)]
            )
            record_pin(session, recipient.institution, recipient.fingerprint)
            try:
                write_atomic(Path(out), data)
            except OSError as exc:
                raise ServiceError(
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "HandoverService",
                            "{file}: cannot write the handover file ({reason}); "
                            "nothing was exported.",
                        ),
                        {"file": str(out), "reason": exc.strerror},
                    ),
                    "out",
                ) from None
    except BaseException:
        if Path(out).exists() and crypto.digest(Path(out).read_bytes()) == record.bundle_digest:
            Path(out).unlink()
        raise
    return HandoverSummary(
        handover_id=handover_id,
        child_id=child_id,
        file=Path(out),
        recipient=recipient.institution,
        recipient_fingerprint=recipient.fingerprint,
        consent_id=consent.id,
        covers=consent.covers,
        included=counts,
        withheld=len(selection.withheld),
        notes=selection.notes(),
        first_use=pin is None and not used,
        key_changed_from=changed_from,
    )


def _consent_keys(session: Session, child_id: str, consent_id: str) -> list[str]:
    """The recipient keys handovers were made to under the consent, newest last."""
    rows = handover_repo.handovers(session.store, child_id)
    return [
        r.get("counterpart_fingerprint", "")
        for r in rows
        if r.get("consent_id") == consent_id and r.get("direction") == HandoverDirection.SENT
    ]


def _refuse_new_key(
    key_file: Path,
    recipient: PublicKeyFile,
    consent: Consent,
    used: list[str],
    pin: Pin | None,
    accept_new_key: str | None,
) -> str | None:
    """KeyChanged unless the key is the one the consent and the name are bound to,
    or a person confirmed it; the key it replaces when confirmed, else None."""
    # Named as the consent and the pin know it, not as the key file spells it.
    fingerprint = recipient.fingerprint
    params = {"file": str(key_file), "fingerprint": fingerprint}
    changed_from = None
    if used and fingerprint not in used:
        known = used[-1]
        params["institution"] = consent.recipient
        text = QT_TRANSLATE_NOOP(
            "HandoverService",
            "The consent for {institution} was used to hand over to the key {known}, but "
            "{file} holds another key, {fingerprint}. Nothing was exported. Call "
            "{institution} and compare fingerprints; accept the new key only if they read "
            "you exactly this one.",
        )
        if refuse_unconfirmed(
            Message(CTX, text, {**params, "known": known}),
            institution=consent.recipient,
            known=known,
            fingerprint=fingerprint,
            accept_new_key=accept_new_key,
        ):
            changed_from = known
    if pin is not None and pin.fingerprint != fingerprint:
        text = QT_TRANSLATE_NOOP(
            "HandoverService",
            "{institution} is known here by the key {known}, but {file} holds another key, "
            "{fingerprint}. Nothing was exported. Call {institution} and compare "
            "fingerprints; accept the new key only if they read you exactly this one.",
        )
        if refuse_unconfirmed(
            Message(CTX, text, {**params, "institution": pin.name, "known": pin.fingerprint}),
            institution=pin.name,
            known=pin.fingerprint,
            fingerprint=fingerprint,
            accept_new_key=accept_new_key,
        ):
            changed_from = changed_from or pin.fingerprint
    return changed_from


def list_handovers(session: Session, child_id: str | None = None) -> list[HandoverInfo]:
    """Handovers (of one child, or all), newest first; audited as a read."""
    store = session.store
    if child_id is not None:
        load_child(session, child_id)
    rows = handover_repo.handovers(store, child_id, newest_first=True)
    store.record_reads(
        [AuditEvent("read", "handover", "*", child_id, f"list of {len(rows)} handovers")]
    )
    out = []
    for r in rows:
        h = Handover.from_fields(r["id"], r)
        if h.direction == HandoverDirection.RECEIVED:
            status = "received"
        else:
            status = "receipt_received" if h.receipt_date else "sent"
        out.append(
            HandoverInfo(
                id=h.id,
                child_id=h.child_id,
                direction=h.direction.value,
                status=status,
                date=h.date.isoformat(),
                counterpart=h.counterpart,
                counterpart_fingerprint=h.counterpart_fingerprint,
                purpose=h.purpose,
                covers=h.covers,
                records=len(h.records),
                receipt_date=h.receipt_date.isoformat() if h.receipt_date else None,
                record_refs=h.records,
            )
        )
    return out


@dataclass(frozen=True)
class HandoverPage:
    """What a screen about one child's handovers shows: key or not, consents, handovers."""

    has_key: bool  # this institution has its handover key (it can hand over)
    consents: list[Consent]
    handovers: list[HandoverInfo]


def handover_page(session: Session, child_id: str) -> HandoverPage:
    """The child's consents and handovers (both audited as reads) and whether a key exists."""
    return HandoverPage(
        has_key=bool(institution_name(session)),
        consents=list_consents(session, child_id),
        handovers=list_handovers(session, child_id),
    )


def received_by_handover(session: Session, child_id: str) -> dict[str, HandoverInfo]:
    """Record id -> the handover it was received by, for the child's records that came so.

    Screens use it to mark a record "received by handover from X (date, purpose)".
    """
    found: dict[str, HandoverInfo] = {}
    for info in list_handovers(session, child_id):
        if info.direction == HandoverDirection.RECEIVED:
            for ref in info.record_refs:
                found.setdefault(ref.split(":", 1)[1], info)  # newest handover first
    return found
