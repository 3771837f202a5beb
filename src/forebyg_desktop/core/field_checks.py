"""Checks of single received values: text, ids, keys, dates, lists, structured entries.

The building blocks of `validation_import`: each check takes the field's name
(or path), the value and a Context, and adds ImportProblems for what is wrong,
using the same predicates and limits as typed input (`validation_rules`,
`text_safety`). Problems never hold the value. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .guidance import answer_keys
from .i18n import QT_TRANSLATE_NOOP, Message
from .profile import Profile
from .records import ENTITY_TYPES
from .text_safety import code_point, first_unsafe, is_bidi_control, line_break_in
from .validation import MAX_AGE_YEARS
from .validation_rules import NAME_MAX, TEXT_MAX, contains_cpr

# A field the store keeps beside the record's own: the tombstone (a conflict's
# resolution may restore a deleted record with "_deleted": false).
DELETED_FIELD = "_deleted"
# Record ids are UUIDs in practice; anything else short and plain is accepted.
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # profile keys and ids (profile_schema)
TOKEN = re.compile(r"[A-Za-z0-9+/=:._-]{0,200}")  # fingerprints, keys, digests
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
class Context:
    """What the checks of one operation need besides the value."""

    day: date  # the day the operation was stamped with
    keys: ProfileKeys | None  # the profile's keys, when it can judge this record
    problems: list[ImportProblem]

    def add(self, where: str, code: str, **params: object) -> None:
        self.problems.append(ImportProblem(where, code, params))


Check = Callable[[str, Any, Context], None]


# --- the profile's keys -------------------------------------------------------------


@dataclass(frozen=True)
class ProfileKeys:
    """A profile's keys by kind ("position", "sign", "abuse", ...), for quick lookups."""

    profile_id: str
    version: int
    of: dict[str, frozenset[str]]


_KEYS_CACHE: dict[int, tuple[Profile, ProfileKeys]] = {}


def profile_keys(profile: Profile) -> ProfileKeys:
    """The keys of `profile` (kept for the few profile objects in use)."""
    cached = _KEYS_CACHE.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    keys = ProfileKeys(
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


_CACHE_SIZE = 4096


def _text(*, one_line: bool, max_len: int, required: bool = False) -> Check:
    # Names, groups and template texts recur in thousands of records: the verdict
    # on a text is kept for the next time (a bounded cache per kind of field).
    verdicts: dict[str, tuple[tuple[str, dict[str, object]], ...]] = {}

    def judge(value: str) -> tuple[tuple[str, dict[str, object]], ...]:
        found: list[tuple[str, dict[str, object]]] = []
        if not value or value.isspace():  # most optional fields are empty
            return (("required", {}),) if required else ()
        if len(value) > max_len:
            found.append(("too_long", {"length": len(value), "max": max_len}))
        # One search finds the first character the field refuses; a one-line
        # field's pattern includes the line breaks.
        char = first_unsafe(value, multi_line=not one_line)
        if char is None:
            pass
        elif one_line and line_break_in(value):
            found.append(("line_break", {}))
        else:
            code = "direction" if is_bidi_control(char) else "control"
            found.append((code, {"char": code_point(char)}))
        if contains_cpr(value):
            found.append(("cpr", {}))
        return tuple(found)

    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
            return
        verdict = verdicts.get(value)
        if verdict is None:
            verdict = judge(value)
            if len(verdicts) >= _CACHE_SIZE:
                verdicts.clear()
            verdicts[value] = verdict
        for code, params in verdict:
            ctx.add(where, code, **params)

    return check


EMPTY_IS_FINE: set[Check] = set()  # text checks of optional fields


def _optional_text(check: Check, required: bool) -> Check:
    if not required:
        EMPTY_IS_FINE.add(check)
    return check


def name_text(required: bool = False) -> Check:
    return _optional_text(_text(one_line=True, max_len=NAME_MAX, required=required), required)


def line_text(required: bool = False) -> Check:
    return _optional_text(_text(one_line=True, max_len=TEXT_MAX, required=required), required)


def note_text(required: bool = False) -> Check:
    return _optional_text(_text(one_line=False, max_len=TEXT_MAX, required=required), required)


def optional(check: Check) -> Check:
    def optional(where: str, value: Any, ctx: Context) -> None:
        if value is not None:
            check(where, value, ctx)

    return optional


def pattern(regex: re.Pattern[str], code: str) -> Check:
    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif not regex.fullmatch(value):
            ctx.add(where, code)

    return check


record_id = pattern(ID, "bad_id")
token = pattern(TOKEN, "not_allowed")


def list_of(item: Check, *, unique: bool = False) -> Check:
    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, list | tuple):
            ctx.add(where, "wrong_type")
            return
        for i, entry in enumerate(value):
            item(f"{where}[{i}]", entry, ctx)
        if unique and all(isinstance(v, str) for v in value) and len(set(value)) < len(value):
            ctx.add(where, "repeated")

    return check


def enum(values: Collection[str]) -> Check:
    allowed = frozenset(values)

    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif value not in allowed:
            ctx.add(where, "not_allowed")

    return check


def parse_date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def a_date(*, past: bool = False) -> Check:
    def check(where: str, value: Any, ctx: Context) -> None:
        day = parse_date(value)
        if day is None:
            ctx.add(where, "wrong_type")
        elif past and day > ctx.day + TOLERANCE:
            ctx.add(where, "future")

    return check


def birth_date(where: str, value: Any, ctx: Context) -> None:
    a_date(past=True)(where, value, ctx)
    day = parse_date(value)
    if day is not None and day < _years_before(ctx.day, MAX_AGE_YEARS) - TOLERANCE:
        ctx.add(where, "too_old", years=MAX_AGE_YEARS)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def version(where: str, value: Any, ctx: Context) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        ctx.add(where, "wrong_type")
    elif not 0 <= value <= MAX_PROFILE_VERSION:
        ctx.add(where, "not_allowed")


def boolean(where: str, value: Any, ctx: Context) -> None:
    if not isinstance(value, bool):
        ctx.add(where, "wrong_type")


def profile_key(kind: str) -> Check:
    """A profile key of `kind` ("position", "sign", ...); "" for an empty position."""

    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.add(where, "wrong_type")
        elif value == "" and kind == "position":
            return
        elif not KEY.fullmatch(value):
            ctx.add(where, "bad_key")
        elif ctx.keys is not None and value not in ctx.keys.of[kind]:
            ctx.add(where, "unknown_key", profile=ctx.keys.profile_id)

    return check


def object_of(parts: Mapping[str, Check], required: Collection[str]) -> Check:
    """A structured list entry (goal, measure, progress line) with its own fields."""

    def check(where: str, value: Any, ctx: Context) -> None:
        if not isinstance(value, dict):
            ctx.add(where, "wrong_type")
            return
        for name in required:
            if name not in value:
                ctx.add(f"{where}.{name}", "required")
        for name, part in value.items():
            rule = parts.get(name)
            if rule is None:
                ctx.add(f"{where}.{name}" if safe_name(name) else where, "unknown_field")
            else:
                rule(f"{where}.{name}", part, ctx)

    return check


def answers(where: str, value: Any, ctx: Context) -> None:
    """Answers to the profile's questions: question key -> note."""
    if not isinstance(value, dict):
        ctx.add(where, "wrong_type")
        return
    for key, answer in value.items():
        _QUESTION(where, key, ctx)
        if isinstance(key, str) and KEY.fullmatch(key):
            _ANSWER(f"{where}.{key}", answer, ctx)


# Made once: each check keeps its own cache of verdicts.
_QUESTION = profile_key("question")
_ANSWER = note_text()
PERSON_NAME = name_text(required=True)


def records_list(where: str, value: Any, ctx: Context) -> None:
    """A handover's "entity:id" list."""

    def entry(at: str, item: Any, ctx: Context) -> None:
        if not isinstance(item, str):
            ctx.add(at, "wrong_type")
            return
        entity, _, record_id = item.partition(":")
        if entity not in ENTITY_TYPES or not ID.fullmatch(record_id):
            ctx.add(at, "not_allowed")

    list_of(entry)(where, value, ctx)


def safe_name(name: object) -> bool:
    return isinstance(name, str) and bool(_FIELD_NAME.fullmatch(name))
