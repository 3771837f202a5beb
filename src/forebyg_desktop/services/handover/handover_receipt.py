"""Receipts: what the receiver of a handover sends back, and what the sender makes of it.

The receiver's receipt names the handover, the hash of the file received and
the date, signed by the receiving institution and sealed to the sender;
nothing about the child is in it. The sender records it only when it is
signed by the key the handover was sealed to, confirms that very file, and
that key is (or was) the pinned key of the receiving institution here
(`institution_pins`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import Handover, HandoverDirection
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover.handover_checks import Received
from forebyg_desktop.services.handover.institution_pins import pin_for
from forebyg_desktop.services.handover.institution_service import Institution
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import handover_file
from forebyg_desktop.sync.institution_key import b64

_CTX = "HandoverService"
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ReceiptResult:
    """A receipt imported on the sending side."""

    handover_id: str
    child_id: str
    receiver: str
    received: str
    already_imported: bool

    def as_json(self) -> dict:
        return {**self.__dict__, "kind": "receipt"}


def refused(path: Path, text: str, where: str = "file", **params: object) -> ServiceError:
    """A refusal naming `path` as `{file}`; `text` marked in the "HandoverService" context."""
    return ServiceError(Message(_CTX, text, {"file": str(path), **params}), where)


def receipt_bytes(
    me: Institution, got: Received, digest: str, received: date, sender_fingerprint: str
) -> bytes:
    """A signed receipt sealed to the sender: ids, hash and date only, nothing about the child."""
    body = {
        "handover_id": got.handover_id,
        "bundle_digest": digest,
        "received": received.isoformat(),
        "recipient": sender_fingerprint,
        "receiver": {"institution": me.name, "fingerprint": me.fingerprint},
    }
    return handover_file.pack(
        "receipt",
        body,
        recipient_fingerprint=sender_fingerprint,
        recipient_exchange_key=got.sender_exchange,
        signing_private_key=me.signing_private,
    )


def write_receipt(path: Path, data: bytes) -> None:
    """Write the receipt atomically; a ServiceError naming the file if that fails."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: cannot write the receipt ({reason}); nothing was imported.",
            ),
            "receipt",
            reason=exc.strerror,
        ) from None


def import_receipt_body(session: Session, path: Path, body: dict, signer: bytes) -> ReceiptResult:
    """Record the receipt (opened from `path`, signed by `signer`) on the sent handover."""
    store = session.store
    handover_id = body.get("handover_id")
    row = store.lookup("handover", handover_id) if isinstance(handover_id, str) else None
    if row is None or row.get("direction") != HandoverDirection.SENT:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is a receipt for a handover this store did not send.",
            ),
        )
    sent = Handover.from_fields(row["id"], row)
    if b64(signer) != sent.counterpart_signing_key:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is not signed by {institution}, the institution the handover was "
                "sent to; nothing was imported.",
            ),
            institution=sent.counterpart,
        )
    receiver = body.get("receiver")
    if (
        not isinstance(receiver, dict)
        or receiver.get("fingerprint") != sent.counterpart_fingerprint
    ):
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is not signed by {institution}, the institution the handover was "
                "sent to; nothing was imported.",
            ),
            institution=sent.counterpart,
        )
    pin = pin_for(session, sent.counterpart)
    if pin is not None and not pin.knows(sent.counterpart_fingerprint):
        # E.g. a colleague's device handed over to a key file this laptop never
        # confirmed for the institution: say so rather than count the receipt.
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the handover was sent to the key {fingerprint}, but {institution} "
                "is known here by the key {known}; the receipt was not recorded. Call "
                "{institution} and compare fingerprints.",
            ),
            institution=sent.counterpart,
            fingerprint=sent.counterpart_fingerprint,
            known=pin.fingerprint,
        )
    if body.get("bundle_digest") != sent.bundle_digest:
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} confirms a different handover file than the one sent; nothing was imported.",
            ),
        )
    try:
        received = date.fromisoformat(body["received"])
        # Between the day it was sent and today (a day's leeway for clocks).
        if not sent.date - _DAY <= received <= session.today() + _DAY:
            raise ValueError(received)
    except (KeyError, TypeError, ValueError):
        raise refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the receipt has no valid date; nothing was imported.",
            ),
        ) from None
    already = sent.receipt_date is not None
    if not already:
        with store.transaction():
            store.write([Change("handover", sent.id, {"receipt_date": received.isoformat()})])
            store.audit.record(
                session.user,
                [
                    AuditEvent(
                        "receipt",
                        "handover",
                        sent.id,
                        sent.child_id,
                        f"{sent.counterpart} received the handover on {received}",
                    )
                ],
            )
    return ReceiptResult(
        handover_id=sent.id,
        child_id=sent.child_id,
        receiver=sent.counterpart,
        received=received.isoformat(),
        already_imported=already,
    )
