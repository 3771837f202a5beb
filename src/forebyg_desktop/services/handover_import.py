"""Importing handover files (receiver) and their receipts (sender).

Everything is checked before anything is written: the file is ours and not
newer than this program, sealed to this institution, decrypts (so it was not
altered), the signature holds, and every record is well-formed, about the one
child, and of a kind the carried consent covers. Then the child, the records
and the received handover are written in one transaction with an "import"
audit entry, and the receipt is written inside it too.

A handover whose consent has expired by the time it is imported is refused.
Records keep their ids, so a second import of the same file is a no-op (the
store is left untouched; the receipt is written again in case it was lost).
Records already held with the same content are not written again, and a child
already held keeps the receiver's own fields (e.g. its class).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import (
    AssessmentStatus,
    Child,
    Handover,
    HandoverDirection,
    RecordError,
    record_from_fields,
)
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.handover_content import COVERED_ENTITY
from forebyg_desktop.services.institution_service import (
    Institution,
    read_public_key,
    require_institution,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.errors import RecordNotFound
from forebyg_desktop.store.operation import Change
from forebyg_desktop.sync import crypto, handover_file
from forebyg_desktop.sync.institution_key import (
    KeyFileError,
    b64,
    institution_fingerprint,
    unb64,
)
from forebyg_desktop.sync.problems import SyncProblem

RECEIPT_SUFFIX = ".receipt"
# One child's record is kilobytes; a wrongly chosen large file is refused unread.
MAX_FILE_SIZE = 64 * 1024 * 1024
_CTX = "HandoverService"


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

    def as_json(self) -> dict:
        return {**self.__dict__, "kind": "handover", "receipt": str(self.receipt)}


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


def _refused(path: Path, text: str, where: str = "file", **params: object) -> ServiceError:
    """A refusal naming `path` as `{file}`; `text` marked in the "HandoverService" context."""
    return ServiceError(Message(_CTX, text, {"file": str(path), **params}), where)


class _Bad(SyncProblem):
    """A content problem; turned into a ServiceError naming the file."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(Message(_CTX, text, params))


def import_file(
    session: Session,
    path: Path,
    *,
    receipt_out: Path | None = None,
    group: str = "",
    sender_key: Path | None = None,
) -> ImportResult | ReceiptResult:
    """Import a handover or a receipt, whichever `path` is.

    `sender_key`, the sending institution's public key file, makes a handover
    from anyone else be refused before anything is written (instead of only
    showing the sender's fingerprint afterwards for comparison by phone).
    """
    sealed, opened = _open(session, Path(path))
    if opened.kind == "receipt":
        return _import_receipt(session, Path(path), opened.body, opened.signer)
    return _import_handover(session, Path(path), sealed, opened, receipt_out, group, sender_key)


def import_handover(
    session: Session,
    path: Path,
    *,
    receipt_out: Path | None = None,
    group: str = "",
    sender_key: Path | None = None,
) -> ImportResult:
    """Import a handover file; refuses a receipt. See `import_file`."""
    sealed, opened = _open(session, Path(path))
    if opened.kind != "handover":
        raise _refused(
            path, QT_TRANSLATE_NOOP("HandoverService", "{file} is a receipt, not a handover.")
        )
    return _import_handover(session, Path(path), sealed, opened, receipt_out, group, sender_key)


def import_receipt(session: Session, path: Path) -> ReceiptResult:
    """Import a receipt for a handover this store sent; refuses a handover file."""
    _, opened = _open(session, Path(path))
    if opened.kind != "receipt":
        raise _refused(
            path, QT_TRANSLATE_NOOP("HandoverService", "{file} is a handover, not a receipt.")
        )
    return _import_receipt(session, Path(path), opened.body, opened.signer)


def default_receipt_path(path: Path) -> Path:
    receipt = path.with_suffix(RECEIPT_SUFFIX)
    return receipt if receipt != path else path.with_name(path.name + RECEIPT_SUFFIX)


def _open(session: Session, path: Path) -> tuple[handover_file.SealedFile, handover_file.Opened]:
    try:
        if path.stat().st_size > MAX_FILE_SIZE:
            raise _refused(
                path,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file} is too large to be a handover or receipt; nothing was imported.",
                ),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: cannot read the file ({reason})."),
            reason=exc.strerror,
        ) from None
    try:
        me = require_institution(session)
    except ServiceError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}"),
            "",
            reason=exc.message or str(exc),
        ) from None
    try:
        sealed = handover_file.parse(data)
        if sealed.recipient != me.fingerprint:
            raise handover_file.HandoverFileError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        "it is sealed to another institution (key {recipient}), "
                        "not to this one ({own})",
                    ),
                    {"recipient": sealed.recipient, "own": me.fingerprint},
                )
            )
        opened = handover_file.open_sealed(sealed, me.exchange_private)
    except handover_file.HandoverFileError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}; nothing was imported."),
            reason=exc.message,
        ) from None
    return sealed, opened


def _checked(body: dict) -> tuple[Child, dict, list[tuple[str, dict]], dict]:
    """The child, sender, records and consent of a handover body, or _Bad."""
    try:
        sender, consent = body["sender"], body["consent"]
        for where, key in (
            (body, "handover_id"),
            (sender, "institution"),
            (consent, "given_by"),
            (consent, "purpose"),
        ):
            if not isinstance(where.get(key), str) or not where[key]:
                raise _Bad(QT_TRANSLATE_NOOP("HandoverService", '"{key}" is missing'), key=key)
        date.fromisoformat(body["created"])
        date.fromisoformat(consent["expires"])
        child = Child.from_fields(body["child"]["id"], {**body["child"], "group": ""})
        allowed = {COVERED_ENTITY[c] for c in consent["covers"] if c in COVERED_ENTITY}
        records: list[tuple[str, dict]] = []
        for entity, rows in body["records"].items():
            if entity not in allowed:
                raise _Bad(
                    QT_TRANSLATE_NOOP(
                        "HandoverService", "it carries {entity} records the consent does not cover"
                    ),
                    entity=entity,
                )
            for row in rows:
                record = record_from_fields(entity, row["id"], row)
                if getattr(record, "child_id", None) != child.id:
                    raise _Bad(
                        QT_TRANSLATE_NOOP(
                            "HandoverService", "{entity} {id} is about another child"
                        ),
                        entity=entity,
                        id=row["id"],
                    )
                if entity == "assessment" and record.status != AssessmentStatus.FINAL:
                    raise _Bad(
                        QT_TRANSLATE_NOOP("HandoverService", "assessment {id} is not finalised"),
                        id=row["id"],
                    )
                records.append((entity, {"id": row["id"], **record.to_fields()}))
    except RecordError as exc:
        raise _Bad(
            QT_TRANSLATE_NOOP("HandoverService", "a record is malformed ({reason})"),
            reason=str(exc),
        ) from None
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise _Bad(
            QT_TRANSLATE_NOOP(
                "HandoverService", "the content is incomplete or malformed ({reason})"
            ),
            reason=type(exc).__name__,
        ) from None
    return child, sender, records, consent


def _import_handover(
    session: Session,
    path: Path,
    sealed: handover_file.SealedFile,
    opened: handover_file.Opened,
    receipt_out: Path | None,
    group: str,
    sender_key: Path | None,
) -> ImportResult:
    me = require_institution(session)
    body = opened.body
    try:
        child, sender, records, consent = _checked(body)
        sender_exchange = unb64(
            sender.get("exchange_key"),
            Message(_CTX, QT_TRANSLATE_NOOP("HandoverService", "the sender's receiving key")),
        )
        sender_signing = unb64(
            sender.get("signing_key"),
            Message(_CTX, QT_TRANSLATE_NOOP("HandoverService", "the sender's signing key")),
        )
    except (_Bad, KeyFileError) as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP("HandoverService", "{file}: {reason}; nothing was imported."),
            reason=exc.message,
        ) from None
    fingerprint = institution_fingerprint(sender_exchange, sender_signing)
    if sender_signing != opened.signer or sender.get("fingerprint") != fingerprint:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the sender's keys do not match the signature; nothing was imported.",
            ),
        )
    if sender_key is not None:
        expected = read_public_key(sender_key)
        if expected.fingerprint != fingerprint:
            raise _refused(
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
    handover_id = body["handover_id"]
    store = session.store
    digest = crypto.digest(sealed.header + sealed.sealed)
    receipt_path = Path(receipt_out) if receipt_out else default_receipt_path(path)

    existing = store.find("handover", "id = ?", [handover_id])
    if existing and existing[0].get("direction") == HandoverDirection.SENT:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} was sent from this store; it cannot be imported here.",
            ),
        )
    already = bool(existing)
    received = date.fromisoformat(existing[0]["date"]) if already else session.today()
    receipt = _receipt_bytes(me, handover_id, digest, received, sender_exchange, fingerprint)

    same_name = store.db.execute(
        "SELECT id FROM children WHERE deleted = 0 AND id != ? AND lower(name) = lower(?) "
        "AND birth_date = ?",
        [child.id, child.name, child.birth_date.isoformat()],
    ).fetchone()
    written = 0
    expires = date.fromisoformat(consent["expires"])
    if not already and expires <= session.today():
        # The consent bounds the sharing in time: a file that arrives after it has
        # lapsed is not taken in; the sender can hand over again under a new consent.
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: the consent this handover was made under expired on {date}; "
                "ask the sender for a new handover. Nothing was imported.",
            ),
            date=expires,
        )
    if already:
        _write_receipt(receipt_path, receipt)
    else:
        try:
            handover = Handover(
                id=handover_id,
                child_id=child.id,
                direction=HandoverDirection.RECEIVED,
                date=received,
                counterpart=sender["institution"],
                counterpart_fingerprint=fingerprint,
                counterpart_signing_key=b64(sender_signing),
                consent_id=str(consent.get("id", "")),
                given_by=consent["given_by"],
                covers=tuple(consent["covers"]),
                purpose=consent["purpose"],
                consent_expires=consent["expires"],
                records=(f"child:{child.id}", *(f"{e}:{row['id']}" for e, row in records)),
                bundle_digest=digest,
                by=session.user,
                receipt_date=received,
            )
        except RecordError as exc:
            raise _refused(
                path,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file}: the consent is malformed ({reason}); nothing was imported.",
                ),
                reason=str(exc),
            ) from None
        changes = _changes(session, child, records, group)
        written = len(changes)
        with store.transaction():
            store.write([*changes, Change("handover", handover_id, handover.to_fields())])
            detail = (
                f"handover from {handover.counterpart} ({fingerprint}), purpose: "
                f"{handover.purpose}; {len(records)} records besides the child, {written} written"
            )
            store.audit.record(
                session.user, [AuditEvent("import", "handover", handover_id, child.id, detail)]
            )
            _write_receipt(receipt_path, receipt)
    return ImportResult(
        handover_id=handover_id,
        child_id=child.id,
        sender=sender["institution"],
        sender_fingerprint=fingerprint,
        purpose=consent["purpose"],
        written=written,
        already_imported=already,
        receipt=receipt_path,
        same_name_child=same_name[0] if same_name else None,
    )


def _changes(
    session: Session, child: Child, records: list[tuple[str, dict]], group: str
) -> list[Change]:
    """What to write: the child if new here, and records absent or held differently."""
    store = session.store
    changes = []
    try:
        store.get("child", child.id, include_deleted=True)
    except RecordNotFound:
        fields = child.to_fields()
        fields["group"] = " ".join(group.split())
        changes.append(Change("child", child.id, fields))
    for entity, row in records:
        fields = {k: v for k, v in row.items() if k != "id"}
        try:
            held = store.get(entity, row["id"], include_deleted=True)
        except RecordNotFound:
            held = None
        if held is None or {k: held.get(k) for k in fields} != fields:
            changes.append(Change(entity, row["id"], fields))
    return changes


def _receipt_bytes(
    me: Institution,
    handover_id: str,
    digest: str,
    received: date,
    sender_exchange: bytes,
    sender_fingerprint: str,
) -> bytes:
    """A signed receipt sealed to the sender: ids, hash and date only, nothing about the child."""
    body = {
        "handover_id": handover_id,
        "bundle_digest": digest,
        "received": received.isoformat(),
        "recipient": sender_fingerprint,
        "receiver": {"institution": me.name, "fingerprint": me.fingerprint},
    }
    return handover_file.pack(
        "receipt",
        body,
        recipient_fingerprint=sender_fingerprint,
        recipient_exchange_key=sender_exchange,
        signing_private_key=me.signing_private,
    )


def _write_receipt(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file}: cannot write the receipt ({reason}); nothing was imported.",
            ),
            "receipt",
            reason=exc.strerror,
        ) from None


def _import_receipt(session: Session, path: Path, body: dict, signer: bytes) -> ReceiptResult:
    store = session.store
    handover_id = body.get("handover_id")
    rows = store.find("handover", "id = ?", [handover_id]) if isinstance(handover_id, str) else []
    if not rows or rows[0].get("direction") != HandoverDirection.SENT:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is a receipt for a handover this store did not send.",
            ),
        )
    sent = Handover.from_fields(rows[0]["id"], rows[0])
    if b64(signer) != sent.counterpart_signing_key:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} is not signed by {institution}, the institution the handover was "
                "sent to; nothing was imported.",
            ),
            institution=sent.counterpart,
        )
    if body.get("bundle_digest") != sent.bundle_digest:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "HandoverService",
                "{file} confirms a different handover file than the one sent; nothing was imported.",
            ),
        )
    try:
        received = date.fromisoformat(body["received"])
    except (KeyError, TypeError, ValueError):
        raise _refused(
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
