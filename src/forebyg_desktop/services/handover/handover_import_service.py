"""Importing handover files (receiver) and their receipts (sender).

Everything is checked before anything is written: the file is not too large
and ours, not newer than this program, sealed to this institution, decrypts
(so it was not altered), its JSON is strict and its signature holds
(`handover_open`); its content passes the checks typed input passes
(`handover_checks`); the sender's key is the one pinned for its name, or a
new key a person confirmed (`institution_pins`); and nothing it carries is
already held here from another sender or made here (`handover_writes`).
Then the child, the records and the received handover are written in one
transaction with an "import" audit entry, and the receipt is written inside
it too.

A handover never overwrites what is held from elsewhere: records are only
added. Only a later handover from the same institution may update a plan or
an evaluation it sent before; a finalised assessment never changes. A second
import of the same file is a no-op (the store is left untouched; the receipt
is written again in case it was lost). A child already held keeps the
receiver's own fields (e.g. its class). A handover whose consent has expired
by the time it is imported is refused.

Receipts are made and recorded in `handover_receipt`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import Handover, HandoverDirection, RecordError
from forebyg_desktop.services.handover import handover_writes
from forebyg_desktop.services.handover.handover_checks import Received, check_body
from forebyg_desktop.services.handover.handover_open import open_file
from forebyg_desktop.services.handover.handover_problems import Bad
from forebyg_desktop.services.handover.handover_receipt import (
    ReceiptResult,
    import_receipt_body,
    receipt_bytes,
    refused,
    write_receipt,
)
from forebyg_desktop.services.handover.institution_pins import (
    check_confirmation,
    pin_for,
    record_pin,
    refuse_unconfirmed,
)
from forebyg_desktop.services.handover.institution_service import (
    read_public_key,
    require_institution,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import crypto, handover_file
from forebyg_desktop.sync.institution_key import b64, institution_fingerprint

RECEIPT_SUFFIX = ".receipt"
_CTX = "HandoverService"
__all__ = ["ImportResult", "ReceiptResult", "import_file", "import_handover", "import_receipt"]


@dataclass(frozen=True)
class ImportResult:
    """A handover imported (or found already imported) on the receiving side."""

    handover_id: str
    child_id: str
    sender: str
    sender_fingerprint: str
    purpose: str
    written: int  # records written now (0 on a re-import)
    already_imported: bool
    receipt: Path
    same_name_child: str | None = None  # a different child already held with name + birth date
    first_from_sender: bool = False  # no handover from this institution before: compare by phone
    key_changed_from: str | None = None  # the sender's earlier key, when a change was confirmed

    def as_json(self) -> dict:
        return {**self.__dict__, "kind": "handover", "receipt": str(self.receipt)}


def import_file(
    session: Session,
    path: Path,
    *,
    receipt_out: Path | None = None,
    group: str = "",
    sender_key: Path | None = None,
    accept_new_key: str | None = None,
) -> ImportResult | ReceiptResult:
    """Import a handover or a receipt, whichever `path` is.

    `sender_key`, the sending institution's public key file, makes a handover
    from anyone else be refused before anything is written (instead of only
    showing the sender's fingerprint afterwards for comparison by phone).
    A handover from an institution known here by another key is refused
    (`institution_pins.KeyChanged`) unless `accept_new_key` is the new key's
    fingerprint, confirmed by a person who compared it with the sender.
    """
    sealed, opened = open_file(session, Path(path))
    if opened.kind == "receipt":
        return import_receipt_body(session, Path(path), opened.body, opened.signer)
    return _import_handover(
        session, Path(path), sealed, opened, receipt_out, group, sender_key, accept_new_key
    )


def import_handover(
    session: Session,
    path: Path,
    *,
    receipt_out: Path | None = None,
    group: str = "",
    sender_key: Path | None = None,
    accept_new_key: str | None = None,
) -> ImportResult:
    """Import a handover file; refuses a receipt. See `import_file`."""
    sealed, opened = open_file(session, Path(path))
    if opened.kind != "handover":
        raise refused(
            path, QT_TRANSLATE_NOOP("HandoverService", "{file} is a receipt, not a handover.")
        )
    return _import_handover(
        session, Path(path), sealed, opened, receipt_out, group, sender_key, accept_new_key
    )


def import_receipt(session: Session, path: Path) -> ReceiptResult:
    """Import a receipt for a handover this store sent; refuses a handover file."""
    _, opened = open_file(session, Path(path))
    if opened.kind != "receipt":
        raise refused(
            path, QT_TRANSLATE_NOOP("HandoverService", "{file} is a handover, not a receipt.")
        )
    return import_receipt_body(session, Path(path), opened.body, opened.signer)


def default_receipt_path(path: Path) -> Path:
    receipt = path.with_suffix(RECEIPT_SUFFIX)
    return receipt if receipt != path else path.with_name(path.name + RECEIPT_SUFFIX)


def _import_handover(
    session: Session,
    path: Path,
    sealed: handover_file.SealedFile,
    opened: handover_file.Opened,
    receipt_out: Path | None,
    group: str,
    sender_key: Path | None,
    accept_new_key: str | None,
) -> ImportResult:
    me = require_institution(session)
    try:
        got = check_body(session, opened.body)
    except Bad as exc:
        raise refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}; nothing was imported."),
            reason=exc.message,
        ) from None
    fingerprint = institution_fingerprint(got.sender_exchange, got.sender_signing)
    if got.sender_signing != opened.signer or got.sender_fingerprint != fingerprint:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the sender's keys do not match the signature; nothing was imported.",
            ),
        )
    if sender_key is not None:
        expected = read_public_key(sender_key)
        if expected.fingerprint != fingerprint:
            raise refused(
                path,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file} was not sent by {institution} (it is signed by key "
                    "{fingerprint}, not {expected}); nothing was imported.",
                ),
                institution=expected.institution,
                fingerprint=fingerprint,
                expected=expected.fingerprint,
            )
    check_confirmation(path, fingerprint, accept_new_key)
    store = session.store
    digest = crypto.digest(sealed.header + sealed.sealed)
    receipt_path = Path(receipt_out) if receipt_out else default_receipt_path(path)
    existing = store.lookup("handover", got.handover_id)
    if existing is not None:
        return _again(session, path, got, existing, digest, fingerprint, receipt_path)

    expires = got.consent.expires
    if expires <= session.today():
        # The consent bounds the sharing in time: a file that arrives after it has
        # lapsed is not taken in; the sender can hand over again under a new consent.
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the consent this handover was made under expired on {date}; "
                "ask the sender for a new handover. Nothing was imported.",
            ),
            date=expires,
        )
    pin = pin_for(session, got.sender_name)
    changed = pin is not None and refuse_unconfirmed(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} says it comes from {institution}, known here by the key {known}, but "
                "it is signed with another key, {fingerprint}. Nothing was imported. Call "
                "{institution} and compare fingerprints; accept the new key only if they "
                "read you exactly this one.",
            ),
            {
                "file": str(path),
                "institution": pin.name,
                "known": pin.fingerprint,
                "fingerprint": fingerprint,
            },
        ),
        institution=pin.name,
        known=pin.fingerprint,
        fingerprint=fingerprint,
        accept_new_key=accept_new_key,
    )
    same_sender = {fingerprint, *((pin.fingerprint, *pin.previous) if pin else ())}
    changes = handover_writes.changes(session, path, got, same_sender, group)

    same_name = child_repo.namesake(
        store,
        name=got.child.name,
        birth_date=got.child.birth_date.isoformat(),
        other_than=got.child.id,
    )
    received = session.today()
    handover = _received_handover(session, path, got, fingerprint, digest, received)
    receipt = receipt_bytes(me, got, digest, received, fingerprint)
    written = [*changes, Change("handover", handover.id, handover.to_fields())]
    handover_writes.obeys_team_rules(session, path, written)
    with store.transaction():
        store.write(written)
        detail = (
            f"handover from {handover.counterpart} ({fingerprint}), purpose: "
            f"{handover.purpose}; {len(got.records)} records besides the child, "
            f"{len(changes)} written"
        )
        store.audit.record(
            session.user, [AuditEvent("import", "handover", handover.id, got.child.id, detail)]
        )
        record_pin(session, got.sender_name, fingerprint)
        write_receipt(receipt_path, receipt)
    return _result(
        got,
        fingerprint,
        len(changes),
        False,
        receipt_path,
        same_name_child=same_name,
        first_from_sender=pin is None,
        key_changed_from=pin.fingerprint if changed and pin else None,
    )


def _again(
    session: Session,
    path: Path,
    got: Received,
    row: dict,
    digest: str,
    fingerprint: str,
    receipt_path: Path,
) -> ImportResult:
    """A handover id held already: the same file again is a no-op, anything else refused."""
    held = Handover.from_fields(row["id"], row)
    if held.direction == HandoverDirection.SENT:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService", "{file} was sent from this store; it cannot be imported here."
            ),
        )
    if held.bundle_digest != digest or held.counterpart_fingerprint != fingerprint:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} reuses the id of another handover imported here before; "
                "nothing was imported.",
            ),
        )
    # The same file again: nothing changes; the receipt may have been lost.
    me = require_institution(session)
    write_receipt(receipt_path, receipt_bytes(me, got, digest, held.date, fingerprint))
    return _result(got, fingerprint, 0, True, receipt_path)


def _received_handover(
    session: Session, path: Path, got: Received, fingerprint: str, digest: str, received: date
) -> Handover:
    consent = got.consent
    try:
        return Handover(
            id=got.handover_id,
            child_id=got.child.id,
            direction=HandoverDirection.RECEIVED,
            date=received,
            counterpart=got.sender_name,
            counterpart_fingerprint=fingerprint,
            counterpart_signing_key=b64(got.sender_signing),
            consent_id=consent.id if consent.id != "-" else "",
            given_by=consent.given_by,
            covers=consent.covers,
            purpose=consent.purpose,
            consent_expires=consent.expires,
            records=(f"child:{got.child.id}", *(f"{e}:{row['id']}" for e, row in got.records)),
            bundle_digest=digest,
            by=session.user,
            receipt_date=received,
        )
    except RecordError:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService", "{file}: the consent is malformed; nothing was imported."
            ),
        ) from None


def _result(
    got: Received, fingerprint: str, written: int, already: bool, receipt: Path, **more: object
) -> ImportResult:
    return ImportResult(
        handover_id=got.handover_id,
        child_id=got.child.id,
        sender=got.sender_name,
        sender_fingerprint=fingerprint,
        purpose=got.consent.purpose,
        written=written,
        already_imported=already,
        receipt=receipt,
        **more,  # type: ignore[arg-type]
    )
