"""The rules a record change made elsewhere must obey: sync imports and handovers.

`problems_in_operation` checks one operation's fields against the rules local
input obeys (the same predicates and limits as `validation_rules`): types and
known fields, names on one line without control or text-direction characters,
notes without control characters, lengths, no CPR number, ids and keys well
formed, keys known to the profile the record was made with (when this device
has that profile, at that version or newer), enum values, dates not after the
day the change was made, and the few rules that tie one record's fields
together (a consent expires after it was given, ...).

What it deliberately does not check, because honest data from another device
would fail it: references to other records (an evaluation may arrive before
its plan), completeness (a change may set a few fields of a record whose
creation is still on its way from a third device), and "today" (the other
device's day may differ; dates are judged against the day the operation was
stamped with, with a day's tolerance for time zones). Only the fields the
operation sets are checked one by one, so an old record written under older,
looser rules can still be edited; the rules tying fields together are checked
on the merged record whenever the operation sets one of the fields involved.

Problems name the field and what is wrong, never the content (no names, notes
or dates): they are shown as the reason a file was refused. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .guidance import answer_keys
from .i18n import QT_TRANSLATE_NOOP, Message
from .profile import EvaluationDecision, Profile
from .records import (
    CONSENT_COVERS,
    AssessmentKind,
    AssessmentStatus,
    HandoverDirection,
    ParentsInformed,
    PlanStatus,
    ReportDecision,
)
from .text_safety import code_point, first_unsafe, is_bidi_control, line_break_in
from .validation import MAX_AGE_YEARS
from .validation_rules import NAME_MAX, TEXT_MAX, contains_cpr

# A field the store keeps beside the record's own: the tombstone (a conflict's
# resolution may restore a deleted record with "_deleted": false).
DELETED_FIELD = "_deleted"
# Record ids are UUIDs in practice; anything else short and plain is accepted.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # profile keys and ids (profile_schema)
_TOKEN = re.compile(r"[A-Za-z0-9+/=:._-]{0,200}")  # fingerprints, keys, digests
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# Dates may be a day after the day the change was stamped with: the stamp is UTC,
# the date the writer's local day.
TOLERANCE = timedelta(days=1)
MAX_PROFILE_VERSION = 1_000_000

PROBLEMS: dict[str, str] = {
    "unknown_field": QT_TRANSLATE_NOOP("Validation", 'The record has no field "{field}".'),
    "wrong_type": QT_TRANSLATE_NOOP("Validation", "{field} holds a value of the wrong type."),
    "not_allowed": QT_TRANSLATE_NOOP("Validation", "{field} holds a value that is not allowed."),
    "bad_id": QT_TRANSLATE_NOOP("Validation", "{field} is not a valid record id."),
    "bad_key": QT_TRANSLATE_NOOP("Validation", "{field} is not a valid key."),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Validation", '{field} names a key that profile "{profile}" does not have.'
    ),
    "repeated": QT_TRANSLATE_NOOP("Validation", "{field} lists the same entry twice."),
    "required": QT_TRANSLATE_NOOP("Validation", "{field} is empty but required."),
    "too_long": QT_TRANSLATE_NOOP(
        "Validation", "{field} is too long: {length} characters, at most {max}."
    ),
    "line_break": QT_TRANSLATE_NOOP("Validation", "{field} must be on one line."),
    "control": QT_TRANSLATE_NOOP("Validation", "{field} contains a control character ({char})."),
    "direction": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} contains an invisible character that changes the text direction ({char}).",
    ),
    "cpr": QT_TRANSLATE_NOOP("Validation", "{field} seems to contain a CPR number."),
    "future": QT_TRANSLATE_NOOP(
        "Validation", "{field} is a date after the day the change was made."
    ),
    "too_old": QT_TRANSLATE_NOOP(
        "Validation", "{field} is more than {years} years before the day the change was made."
    ),
    "inconsistent": QT_TRANSLATE_NOOP("Validation", "{field} does not fit with {other}."),
}


@dataclass(frozen=True)
class ImportProblem:
    """One problem with one field of a received change: `code` says what (see PROBLEMS).

    `field` is the field's name or path ("goals[0].goal"); params are plain
    values (lengths, code points, keys of the program), never record content.
    """

    field: str
    code: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        """The problem as a translatable sentence (context "Validation")."""
        return Message("Validation", PROBLEMS[self.code], {"field": self.field, **self.params})

    def __str__(self) -> str:
        return self.message.english()


@dataclass
class _Context:
    """What the checks of one operation need besides the value."""

    day: date  # the day the operation was stamped with
    keys: _ProfileKeys | None  # the profile's keys, when it can judge this record
    problems: list[ImportProblem]

    def add(self, where: str, code: str, **params: object) -> None:
        self.problems.append(ImportProblem(where, code, params))


Check = Callable[[str, Any, _Context], None]


# --- checks of single values ----------------------------------------------------


def _text(*, one_line: bool, max_len: int, required: bool = False) -> Check:
    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
            return
        if not value or value.isspace():  # most optional fields are empty
            if required:
                ctx.add(where, "required")
            return
        if len(value) > max_len:
            ctx.add(where, "too_long", length=len(value), max=max_len)
        # One search finds the first character the field refuses; a one-line
        # field's pattern includes the line breaks.
        char = first_unsafe(value, multi_line=not one_line)
        if char is None:
            pass
        elif one_line and line_break_in(value):
            ctx.add(where, "line_break")
        else:
            code = "direction" if is_bidi_control(char) else "control"
            ctx.add(where, code, char=code_point(char))
        if contains_cpr(value):
            ctx.add(where, "cpr")

    return check


_EMPTY_IS_FINE: set[Check] = set()  # text checks of optional fields


def _optional_text(check: Check, required: bool) -> Check:
    if not required:
        _EMPTY_IS_FINE.add(check)
    return check


def _name(required: bool = False) -> Check:
    return _optional_text(_text(one_line=True, max_len=NAME_MAX, required=required), required)


def _line(required: bool = False) -> Check:
    return _optional_text(_text(one_line=True, max_len=TEXT_MAX, required=required), required)


def _note(required: bool = False) -> Check:
    return _optional_text(_text(one_line=False, max_len=TEXT_MAX, required=required), required)


def _optional(check: Check) -> Check:
    def optional(where: str, value: Any, ctx: _Context) -> None:
        if value is not None:
            check(where, value, ctx)

    return optional


def _pattern(regex: re.Pattern[str], code: str) -> Check:
    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif not regex.fullmatch(value):
            ctx.add(where, code)

    return check


_id = _pattern(_ID, "bad_id")
_token = _pattern(_TOKEN, "not_allowed")


def _list_of(item: Check, *, unique: bool = False) -> Check:
    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, list | tuple):
            ctx.add(where, "wrong_type")
            return
        for i, entry in enumerate(value):
            item(f"{where}[{i}]", entry, ctx)
        if unique and all(isinstance(v, str) for v in value) and len(set(value)) < len(value):
            ctx.add(where, "repeated")

    return check


def _enum(values: Collection[str]) -> Check:
    allowed = frozenset(values)

    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif value not in allowed:
            ctx.add(where, "not_allowed")

    return check


def _parse_date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _date(*, past: bool = False) -> Check:
    def check(where: str, value: Any, ctx: _Context) -> None:
        day = _parse_date(value)
        if day is None:
            ctx.add(where, "wrong_type")
        elif past and day > ctx.day + TOLERANCE:
            ctx.add(where, "future")

    return check


def _birth_date(where: str, value: Any, ctx: _Context) -> None:
    _date(past=True)(where, value, ctx)
    day = _parse_date(value)
    if day is not None and day < _years_before(ctx.day, MAX_AGE_YEARS) - TOLERANCE:
        ctx.add(where, "too_old", years=MAX_AGE_YEARS)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _version(where: str, value: Any, ctx: _Context) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        ctx.add(where, "wrong_type")
    elif not 0 <= value <= MAX_PROFILE_VERSION:
        ctx.add(where, "not_allowed")


def _boolean(where: str, value: Any, ctx: _Context) -> None:
    if not isinstance(value, bool):
        ctx.add(where, "wrong_type")


def _key(kind: str) -> Check:
    """A profile key of `kind` ("position", "sign", ...); "" for an empty position."""

    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif value == "" and kind == "position":
            return
        elif not _KEY.fullmatch(value):
            ctx.add(where, "bad_key")
        elif ctx.keys is not None and value not in ctx.keys.of[kind]:
            ctx.add(where, "unknown_key", profile=ctx.keys.profile_id)

    return check


def _object(parts: Mapping[str, Check], required: Collection[str]) -> Check:
    """A structured list entry (goal, measure, progress line) with its own fields."""

    def check(where: str, value: Any, ctx: _Context) -> None:
        if not isinstance(value, dict):
            ctx.add(where, "wrong_type")
            return
        for name in required:
            if name not in value:
                ctx.add(f"{where}.{name}", "required")
        for name, part in value.items():
            rule = parts.get(name)
            if rule is None:
                ctx.add(f"{where}.{name}" if _safe_name(name) else where, "unknown_field")
            else:
                rule(f"{where}.{name}", part, ctx)

    return check


def _answers(where: str, value: Any, ctx: _Context) -> None:
    if not isinstance(value, dict):
        ctx.add(where, "wrong_type")
        return
    for key, answer in value.items():
        _key("question")(where, key, ctx)
        if isinstance(key, str) and _KEY.fullmatch(key):
            _note()(f"{where}.{key}", answer, ctx)


def _records_list(where: str, value: Any, ctx: _Context) -> None:
    """A handover's "entity:id" list."""

    def entry(at: str, item: Any, ctx: _Context) -> None:
        if not isinstance(item, str):
            ctx.add(at, "wrong_type")
            return
        entity, _, record_id = item.partition(":")
        if entity not in RULES or not _ID.fullmatch(record_id):
            ctx.add(at, "not_allowed")

    _list_of(entry)(where, value, ctx)


# --- the rules per record type ----------------------------------------------------

_GOAL = _object(
    {"goal": _line(required=True), "indicator": _line(required=True)}, ("goal", "indicator")
)
_MEASURE = _object(
    {"text": _line(required=True), "responsible": _name(required=True), "deadline": _date()},
    ("text", "responsible", "deadline"),
)
_PROGRESS = _object(
    {"indicator": _line(required=True), "progress": _line(), "met": _optional(_boolean)},
    ("indicator", "progress"),
)

RULES: dict[str, dict[str, Check]] = {
    "child": {"name": _name(required=True), "birth_date": _birth_date, "group": _name()},
    "assessment": {
        "child_id": _id,
        "date": _date(past=True),
        "profile_id": _pattern(_KEY, "bad_key"),
        "profile_version": _version,
        "kind": _enum([k.value for k in AssessmentKind]),
        "assessors": _list_of(_name(required=True), unique=True),
        "position": _key("position"),
        "signs": _list_of(_key("sign"), unique=True),
        "protective": _list_of(_key("protective"), unique=True),
        "observations": _note(),
        "child_view": _note(),
        "parents_view": _note(),
        "family_resources": _note(),
        "answers": _answers,
        "based_on": _list_of(_id, unique=True),
        "agreed_reason": _note(),
        "parents_informed": _enum([p.value for p in ParentsInformed]),
        "parents_informed_how": _line(),
        "report_decision": _enum([r.value for r in ReportDecision]),
        "report_date": _optional(_date(past=True)),
        "report_by": _name(),
        "report_reason": _line(),
        "status": _enum([s.value for s in AssessmentStatus]),
        "supersedes": _optional(_id),
    },
    "plan": {
        "child_id": _id,
        "template": _key("template"),
        "follow_up": _date(),
        "profile_id": _pattern(_KEY, "bad_key"),
        "profile_version": _version,
        "assessment_id": _optional(_id),
        "goals": _list_of(_GOAL),
        "measures": _list_of(_MEASURE),
        "child_view": _note(),
        "parents_view": _note(),
        "family_resources": _note(),
        "coordinator": _name(required=True),
        "status": _enum([s.value for s in PlanStatus]),
        "created": _optional(_date(past=True)),
    },
    "evaluation": {
        "plan_id": _id,
        "child_id": _id,
        "date": _date(past=True),
        "decision": _enum([d.value for d in EvaluationDecision]),
        "progress": _list_of(_PROGRESS),
        # The scale of the plan's profile, which may be another institution's:
        # only the key's form is checked here.
        "new_position": _optional(_pattern(_KEY, "bad_key")),
        "note": _note(),
        "by": _name(required=True),
        "next_follow_up": _optional(_date()),
    },
    "consent": {
        "child_id": _id,
        "given_date": _date(past=True),
        "expires": _date(),
        "given_by": _name(required=True),
        "covers": _list_of(_enum(CONSENT_COVERS), unique=True),
        "recipient": _name(required=True),
        "purpose": _note(required=True),
        "withdrawn": _optional(_date(past=True)),
    },
    "handover": {
        "child_id": _id,
        "direction": _enum([d.value for d in HandoverDirection]),
        "date": _date(past=True),
        "counterpart": _name(required=True),
        "counterpart_fingerprint": _token,
        "counterpart_signing_key": _token,
        "consent_id": _pattern(re.compile(f"|{_ID.pattern}"), "bad_id"),
        "given_by": _name(),
        "covers": _list_of(_enum(CONSENT_COVERS), unique=True),
        "purpose": _note(),
        "consent_expires": _optional(_date()),
        "records": _records_list,
        "withheld": _records_list,
        "bundle_digest": _token,
        "by": _name(),
        "receipt_date": _optional(_date(past=True)),
    },
}


# --- the profile's keys -------------------------------------------------------------


@dataclass(frozen=True)
class _ProfileKeys:
    profile_id: str
    version: int
    of: dict[str, frozenset[str]]


_KEYS_CACHE: dict[int, tuple[Profile, _ProfileKeys]] = {}


def _profile_keys(profile: Profile) -> _ProfileKeys:
    cached = _KEYS_CACHE.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    keys = _ProfileKeys(
        profile.id,
        profile.version,
        {
            "position": frozenset(profile.scale.keys),
            "sign": frozenset(s.key for s in profile.all_signs()),
            "abuse": frozenset(s.key for s in profile.all_signs() if s.indicates_abuse),
            "protective": frozenset(f.key for f in profile.protective_factors),
            "template": frozenset(t.key for t in profile.plan_templates),
            "question": frozenset(answer_keys(profile)),
        },
    )
    if len(_KEYS_CACHE) > 8:
        _KEYS_CACHE.clear()
    _KEYS_CACHE[id(profile)] = (profile, keys)
    return keys


def _judging_keys(
    entity: str, merged: Mapping[str, Any], profile: Profile | None
) -> _ProfileKeys | None:
    """The profile's keys if it can judge this record: made with it, at its version or older.

    A record made with another profile (a handover from another municipality)
    or a newer version (a profile pack not adopted here yet) has only its
    keys' form checked.
    """
    if profile is None or entity not in ("assessment", "plan"):
        return None
    version = merged.get("profile_version")
    if merged.get("profile_id") != profile.id or not isinstance(version, int):
        return None
    return _profile_keys(profile) if version <= profile.version else None


# --- checking an operation -----------------------------------------------------------


def problems_in_operation(
    entity: str,
    record_id: str,
    merged: Mapping[str, Any],
    profile: Profile | None,
    *,
    made_on: date,
    changed: Collection[str] | None = None,
) -> list[ImportProblem]:
    """Every problem with a received put of `entity` `record_id` (empty: acceptable).

    `merged` is the record as it would be: the fields held (if any) with the
    operation's fields over them. `changed` names the fields the operation
    sets (None: all of `merged`); those are checked one by one. `made_on` is
    the day the operation was made (its clock stamp's date): dates may not be
    after it (a day's tolerance). `profile`: this device's profile, used for
    the keys of records made with it. A delete needs no check beyond the
    record type and id.
    """
    ctx = _Context(made_on, None, [])
    rules = RULES.get(entity)
    if rules is None:
        ctx.add("entity", "not_allowed")
        return ctx.problems
    _id("id", record_id, ctx)
    ctx.keys = _judging_keys(entity, merged, profile)
    names = list(merged) if changed is None else list(changed)
    for name in names:
        value = merged.get(name)
        rule = rules.get(name)
        if rule is not None:
            if value == "" and rule in _EMPTY_IS_FINE:
                continue  # most optional text fields are empty: nothing to check
            rule(name, value, ctx)
        elif name == DELETED_FIELD:
            _boolean(name, value, ctx)
        else:
            ctx.add(name if _safe_name(name) else "?", "unknown_field")
    for check in _RECORD_RULES.get(entity, ()):
        check(merged, frozenset(names), record_id, ctx)
    return ctx.problems


def name_problems(where: str, value: object) -> list[ImportProblem]:
    """Problems with a received person's name (e.g. the author of a change)."""
    ctx = _Context(date.min, None, [])
    _name(required=True)(where, value, ctx)
    return ctx.problems


def _safe_name(name: object) -> bool:
    return isinstance(name, str) and bool(_FIELD_NAME.fullmatch(name))


# --- rules tying one record's fields together -------------------------------------------

RecordCheck = Callable[[Mapping[str, Any], frozenset, str, _Context], None]


def _dates(merged: Mapping[str, Any], *names: str) -> Iterator[date | None]:
    return (_parse_date(merged.get(n)) for n in names)


def _order(later: str, earlier: str, *, strict: bool) -> RecordCheck:
    """`later` is after (or, not strict, on or after) `earlier` when both are set."""

    def check(merged: Mapping[str, Any], changed: frozenset, _id: str, ctx: _Context) -> None:
        if later not in changed and earlier not in changed:
            return
        after, before = _dates(merged, later, earlier)
        if (
            after is not None
            and before is not None
            and (after < before or (strict and after == before))
        ):
            ctx.add(later, "inconsistent", other=earlier)

    return check


def _assessment_rules(
    merged: Mapping[str, Any], changed: frozenset, rid: str, ctx: _Context
) -> None:
    if "supersedes" in changed and merged.get("supersedes") == rid:
        ctx.add("supersedes", "inconsistent", other="id")
    if (
        {"based_on", "kind"} & changed
        and merged.get("based_on")
        and (merged.get("kind", AssessmentKind.INDIVIDUAL.value) != AssessmentKind.JOINT.value)
    ):
        ctx.add("based_on", "inconsistent", other="kind")
    withheld = merged.get("parents_informed") == ParentsInformed.WITHHELD.value
    if withheld and {"parents_informed", "signs"} & changed and ctx.keys is not None:
        signs = merged.get("signs")
        abuse = ctx.keys.of["abuse"]
        if isinstance(signs, list | tuple) and not any(
            s in abuse for s in signs if isinstance(s, str)
        ):
            ctx.add("parents_informed", "inconsistent", other="signs")


def _plan_rules(merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: _Context) -> None:
    if "goals" in changed and merged.get("goals") == []:
        ctx.add("goals", "required")
    created = _parse_date(merged.get("created"))
    measures = merged.get("measures")
    if created is None or not {"measures", "created"} & changed or not isinstance(measures, list):
        return
    for i, measure in enumerate(measures):
        deadline = _parse_date(measure.get("deadline")) if isinstance(measure, dict) else None
        if deadline is not None and deadline < created:
            ctx.add(f"measures[{i}].deadline", "inconsistent", other="created")


def _evaluation_rules(
    merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: _Context
) -> None:
    if "progress" in changed and merged.get("progress") == []:
        ctx.add("progress", "required")
    if {"decision", "next_follow_up"} & changed and {"decision", "next_follow_up"} <= merged.keys():
        closing = merged.get("decision") == EvaluationDecision.CLOSE.value
        if closing == (merged.get("next_follow_up") is not None):
            ctx.add("next_follow_up", "inconsistent", other="decision")


def _consent_rules(merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: _Context) -> None:
    if "covers" in changed and merged.get("covers") == []:
        ctx.add("covers", "required")


_RECORD_RULES: dict[str, tuple[RecordCheck, ...]] = {
    "assessment": (_assessment_rules,),
    "plan": (_plan_rules, _order("follow_up", "created", strict=True)),
    "evaluation": (_evaluation_rules, _order("next_follow_up", "date", strict=True)),
    "consent": (
        _consent_rules,
        _order("expires", "given_date", strict=True),
        _order("withdrawn", "given_date", strict=False),
    ),
}
