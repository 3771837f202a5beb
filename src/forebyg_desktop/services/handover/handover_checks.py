"""Checking what a received handover carries, before anything of it is written.

A handover comes from outside and is checked like typed input, and more:

- its shape: every part is of the type our own export writes (explicit
  checks, so a crafted file is refused with a reason, never a traceback);
- every text in it: no control characters (terminal escapes) or bidi
  overrides anywhere, no line breaks in names and ids (`unsafe_characters`);
- ids and keys: the form our ids and profile keys have;
- the child, the sender's and the consent's names and every record: the same
  validators the services use for typed input (`validate_child`,
  `validate_consent` here; `validate_assessment`, `validate_plan`,
  `validate_evaluation` in `handover_validation`: CPR numbers, lengths, known
  signs, positions, templates and decisions of the profile the record was
  made with).

A problem refuses the whole handover (`Bad`, in `handover_problems`); its
message names the record kind and the field, never the content, since it is
shown and may be logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.records import ENTITY_TYPES, Child, Consent, RecordError
from forebyg_desktop.core.validation import NAME_MAX, contains_cpr, validate_child, validate_consent
from forebyg_desktop.core.validation_rules import Errors, field_label
from forebyg_desktop.services.handover.handover_content import COVERED_ENTITY
from forebyg_desktop.services.handover.handover_problems import Bad, bad_field, kind, refuse_errors
from forebyg_desktop.services.handover.handover_validation import validate
from forebyg_desktop.services.session import Session
from forebyg_desktop.sync.institution_key import (
    KeyFileError,
    name_key,
    unb64,
    unsafe_characters,
)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # profile ids, sign and question keys
# Fields holding free text (line breaks allowed); every other text is one line.
_MULTI_LINE = frozenset(
    {
        "observations",
        "child_view",
        "parents_view",
        "family_resources",
        "agreed_reason",
        "parents_informed_how",
        "report_reason",
        "answers",
        "note",
        "goal",
        "indicator",
        "text",
        "progress",
        "purpose",
    }
)
_ID_FIELDS = {"id", "child_id", "plan_id", "assessment_id", "supersedes", "based_on"}
_KEY_FIELDS = {"profile_id", "signs", "protective", "template", "position", "new_position"}


@dataclass(frozen=True)
class Received:
    """A handover's content, checked."""

    handover_id: str
    child: Child
    sender_name: str
    sender_fingerprint: str  # as the file states it; the caller checks it against the keys
    sender_exchange: bytes
    sender_signing: bytes
    consent: Consent
    records: list[tuple[str, dict]]  # (entity, fields with "id"), in the file's order


def _obj(value: object, entity: str, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_field(entity, field)
    return value


def _text(obj: dict[str, Any], key: str, entity: str, *, required: bool = True) -> str:
    value = obj.get(key, "" if not required else None)
    if not isinstance(value, str) or (required and not value.strip()):
        raise bad_field(entity, key)
    return value


def _strings(value: object, key: str) -> Iterator[tuple[str, str]]:
    """(innermost field name, text) for every text in `value`, keys included."""
    todo: list[tuple[object, str]] = [(value, key)]
    while todo:
        item, name = todo.pop()
        if isinstance(item, str):
            yield name, item
        elif isinstance(item, list):
            todo.extend((v, name) for v in item)
        elif isinstance(item, dict):
            for k, v in item.items():
                yield "", k  # a field name or question key: one line
                todo.append((v, name if name == "answers" else k))


def _check_characters(entity: str, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        for name, text in _strings(value, key):
            if unsafe_characters(text, one_line=name not in _MULTI_LINE):
                raise Bad(
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        "{kind} holds control characters or bidi overrides in the field {field}",
                    ),
                    kind=kind(entity),
                    field=key if _KEY.fullmatch(key) else "?",
                )


def _is_id(value: object, pattern: re.Pattern[str] = _ID) -> bool:
    """An id or key of ours: a UUID, or of its form with no CPR number posing as one.

    (A UUID's hex digits can by chance read like a CPR number across a dash.)
    """
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    return bool(_UUID.fullmatch(value)) or not contains_cpr(value)


def _check_ids(entity: str, fields: dict[str, Any]) -> None:
    for key in _ID_FIELDS | _KEY_FIELDS:
        value = fields.get(key)
        pattern = _ID if key in _ID_FIELDS else _KEY
        values = value if isinstance(value, list) else [value]
        if any(v is not None and not _is_id(v, pattern) for v in values):
            raise bad_field(entity, key)


def _field_of(exc: Exception) -> str:
    """The field a RecordError is about ("Assessment.position: ..." or "missing
    field(s) a, b"); the rest of its text may quote the content."""
    found = re.match(r"\w+\.(\w+)", str(exc)) or re.search(
        r"missing field\(s\) ([\w, ]+)", str(exc)
    )
    return found.group(1) if found else "?"


def _build(cls: type, entity: str, record_id: str, fields: dict[str, Any]) -> Any:
    try:
        return cls.from_fields(record_id, fields)
    except (RecordError, TypeError, ValueError) as exc:
        raise bad_field(entity, _field_of(exc)) from None


def _record(entity: str, row: dict[str, Any]) -> Any:
    record_id = row.get("id")
    if not _is_id(record_id):
        raise bad_field(entity, "id")
    _check_characters(entity, row)
    _check_ids(entity, row)
    return _build(ENTITY_TYPES[entity], entity, record_id, row)


def check_body(session: Session, body: dict[str, Any]) -> Received:
    """The checked content of a handover body, or Bad saying what is wrong."""
    today = session.today()
    handover_id = _text(body, "handover_id", "handover")
    if not _is_id(handover_id):
        raise bad_field("handover", "handover_id")
    sender = _obj(body.get("sender"), "sender", "sender")
    _check_characters("sender", sender)
    sender_name = " ".join(_text(sender, "institution", "sender").split())
    if not name_key(sender_name):  # only invisible characters
        raise bad_field("sender", "institution")
    e = Errors()
    e.text(
        "institution",
        sender_name,
        label=field_label(QT_TRANSLATE_NOOP("Field", "Institution name")),
        required=True,
        max_len=NAME_MAX,
    )
    refuse_errors("sender", e.items)
    try:
        exchange = unb64(sender.get("exchange_key"), kind("sender"))
        signing = unb64(sender.get("signing_key"), kind("sender"))
    except KeyFileError:
        raise bad_field("sender", "exchange_key / signing_key") from None

    top = {k: v for k, v in body.items() if k not in ("sender", "child", "consent", "records")}
    _check_characters("handover", top)
    created = body.get("created")
    if not isinstance(created, str) or not _is_date(created) or created > today.isoformat():
        raise bad_field("handover", "created")
    raw_child = _obj(body.get("child"), "child", "child")
    child = _record("child", {**raw_child, "group": ""})
    refuse_errors("child", validate_child(child, today=today))

    consent = _consent(body, child, today)
    allowed = {COVERED_ENTITY[c] for c in consent.covers}
    raw_records = _obj(body.get("records"), "handover", "records")
    records: list[tuple[str, dict]] = []
    built: dict[str, dict[str, Any]] = {}
    for entity, rows in raw_records.items():
        if entity not in ENTITY_TYPES or entity not in COVERED_ENTITY.values():
            raise bad_field("handover", "records")
        if entity not in allowed:
            raise Bad(
                QT_TRANSLATE_NOOP(
                    "HandoverService", "it carries {entity} records the consent does not cover"
                ),
                entity=entity,
            )
        if not isinstance(rows, list):
            raise bad_field("handover", "records")
        for row in rows:
            record = _record(entity, _obj(row, entity, "id"))
            if record.child_id != child.id:
                raise Bad(
                    QT_TRANSLATE_NOOP("HandoverService", "{kind} is about another child"),
                    kind=kind(entity),
                )
            if record.id in built.setdefault(entity, {}):
                raise bad_field(entity, "id")
            built[entity][record.id] = record
            records.append((entity, {"id": record.id, **record.to_fields()}))
    validate(session, child, built, today)
    return Received(
        handover_id=handover_id,
        child=child,
        sender_name=sender_name,
        sender_fingerprint=_text(sender, "fingerprint", "sender"),
        sender_exchange=exchange,
        sender_signing=signing,
        consent=consent,
        records=records,
    )


def _consent(body: dict[str, Any], child: Child, today: date) -> Consent:
    raw = _obj(body.get("consent"), "consent", "consent")
    _check_characters("consent", raw)
    covers = raw.get("covers")
    if not isinstance(covers, list) or not all(
        isinstance(c, str) and c in COVERED_ENTITY for c in covers
    ):
        raise bad_field("consent", "covers")
    consent_id = raw.get("id", "")
    if not isinstance(consent_id, str) or (consent_id and not _is_id(consent_id)):
        raise bad_field("consent", "id")
    fields = {
        k: raw[k] for k in ("given_by", "given_date", "expires", "recipient", "purpose") if k in raw
    }
    consent = _build(
        Consent, "consent", consent_id or "-", {**fields, "child_id": child.id, "covers": covers}
    )
    refuse_errors("consent", validate_consent(consent, today=today))
    return consent


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
