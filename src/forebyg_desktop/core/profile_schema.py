"""The shape of a strategy profile's JSON: typed checkers and the schema built from them.

Each checker takes a Collector, a value and its path, and adds a problem for
every way the value is wrong; `_object` also reports unknown fields (with a
"did you mean" hint) and missing required ones. `PROFILE` checks a whole
profile. Checks across fields (unique keys, references, ordering) are in
`profile_validator`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from forebyg_desktop.core.profile import EvaluationDecision, ReportingDuty

FRAMEWORK_KINDS = ("principle", "theme", "track", "value", "level", "question")
MAX_WEEKS = 52

_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class ProfileProblem:
    """One problem in a profile file: where it is and what is wrong."""

    file: str
    path: str  # e.g. "scale.positions[2].signpost.follow_up_weeks"; "" for the whole file
    message: str
    line: int | None = None  # set for JSON syntax errors
    column: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column or 0}: {self.message}"
        if not self.path:
            return f"{self.file}: {self.message}"
        return f"{self.file}: {self.path}: {self.message}"


class Collector:
    """Collects problems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[ProfileProblem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(ProfileProblem(self.file, path, message))


Check = Callable[[Collector, Any, str], None]


@dataclass(frozen=True)
class _Field:
    check: Check
    required: bool = True


def join(path: str, name: str) -> str:
    """`path.name`, or `name` at the top level."""
    return f"{path}.{name}" if path else name


def describe(value: Any) -> str:
    """A JSON value as a problem message names it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{value}"' if len(value) <= 40 else "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _wrong_type(c: Collector, path: str, expected: str, value: Any) -> None:
    c.add(path, f"expected {expected}, got {describe(value)}")


# --- checkers for single values -------------------------------------------------


def _string(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, str):
        _wrong_type(c, path, "text", v)


def _nonempty_string(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, str):
        _wrong_type(c, path, "text", v)
    elif not v.strip():
        c.add(path, "must not be empty")


def _slug(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, str):
        _wrong_type(c, path, "a key (text)", v)
    elif not _SLUG_RE.match(v):
        c.add(
            path, f'key must be lowercase ASCII letters, digits, "_" or "-" (at most 64), got "{v}"'
        )


def _boolean(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, bool):
        _wrong_type(c, path, "true or false", v)


def _integer(lo: int, hi: int) -> Check:
    def check(c: Collector, v: Any, path: str) -> None:
        if isinstance(v, bool) or not isinstance(v, int):
            _wrong_type(c, path, "a whole number", v)
        elif not lo <= v <= hi:
            c.add(path, f"must be between {lo} and {hi}, got {v}")

    return check


def _colour(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, str):
        _wrong_type(c, path, 'a colour like "#1A7F37"', v)
    elif not _COLOUR_RE.match(v):
        c.add(path, f'colour must look like "#RRGGBB" (six hex digits), got "{v}"')


def _symbol(c: Collector, v: Any, path: str) -> None:
    if not isinstance(v, str):
        _wrong_type(c, path, "text", v)
    elif len(v) > 4:
        c.add(path, f'symbol must be at most 4 characters, got "{v}"')


def _enum(values: tuple[str, ...]) -> Check:
    def check(c: Collector, v: Any, path: str) -> None:
        if not isinstance(v, str):
            _wrong_type(c, path, "text", v)
        elif v not in values:
            allowed = ", ".join(f'"{x}"' for x in values)
            c.add(path, f'"{v}" is not one of {allowed}')

    return check


def _list_of(item: Check, min_items: int = 0, unique: bool = False) -> Check:
    def check(c: Collector, v: Any, path: str) -> None:
        if not isinstance(v, list):
            _wrong_type(c, path, "a list", v)
            return
        if len(v) < min_items:
            c.add(path, f"needs at least {min_items} item{'s' if min_items > 1 else ''}")
        seen: set[Any] = set()
        for i, x in enumerate(v):
            item(c, x, f"{path}[{i}]")
            if unique and isinstance(x, str):
                if x in seen:
                    c.add(f"{path}[{i}]", f'"{x}" is listed twice')
                seen.add(x)

    return check


def _object(fields: dict[str, _Field]) -> Check:
    def check(c: Collector, v: Any, path: str) -> None:
        if not isinstance(v, dict):
            _wrong_type(c, path, "an object", v)
            return
        for name in v:
            if name not in fields:
                hint = difflib.get_close_matches(str(name), list(fields), n=1)
                tip = f' (did you mean "{hint[0]}"?)' if hint else ""
                c.add(join(path, str(name)), f'unknown field "{name}"{tip}')
        for name, f in fields.items():
            if name in v:
                f.check(c, v[name], join(path, name))
            elif f.required:
                c.add(join(path, name), "required field is missing")

    return check


def _req(check: Check) -> _Field:
    return _Field(check, True)


def _opt(check: Check) -> _Field:
    return _Field(check, False)


# --- the schema -----------------------------------------------------------------

_TEXT = _object({"da": _req(_nonempty_string), "en": _req(_nonempty_string)})
_WEEKS = _integer(1, MAX_WEEKS)

_SIGNPOST = _object(
    {
        "do_now": _req(_TEXT),
        "involve": _req(_TEXT),
        "follow_up_weeks": _req(_WEEKS),
        "reporting_duty": _req(_enum(tuple(d.value for d in ReportingDuty))),
        "plan_required": _opt(_boolean),
    }
)
_POSITION = _object(
    {
        "key": _req(_slug),
        "colour": _req(_colour),
        "symbol": _opt(_symbol),
        "label": _req(_TEXT),
        "description": _req(_TEXT),
        "signpost": _req(_SIGNPOST),
    }
)
_SCALE = _object({"name": _req(_TEXT), "positions": _req(_list_of(_POSITION, 2))})
_AGE_BAND = _object(
    {
        "key": _req(_slug),
        "label": _req(_TEXT),
        "min_months": _req(_integer(0, 12 * 30)),
        "max_months": _req(_integer(1, 12 * 30)),
    }
)
_SIGN = _object(
    {
        "key": _req(_slug),
        "label": _req(_TEXT),
        "age_bands": _req(_list_of(_slug, 1, unique=True)),
        "indicates_abuse": _opt(_boolean),
        "triggers_reporting_duty": _opt(_boolean),
    }
)
_DOMAIN = _object({"key": _req(_slug), "label": _req(_TEXT), "signs": _req(_list_of(_SIGN, 1))})
_FACTOR = _object({"key": _req(_slug), "label": _req(_TEXT)})
_GOAL = _object({"key": _req(_slug), "goal": _req(_TEXT), "indicator": _req(_TEXT)})
_MEASURE = _object(
    {
        "key": _req(_slug),
        "text": _req(_TEXT),
        "responsible": _req(_TEXT),
        "deadline_weeks": _req(_WEEKS),
    }
)
_PLAN = _object(
    {
        "key": _req(_slug),
        "label": _req(_TEXT),
        "description": _req(_TEXT),
        "goals": _req(_list_of(_GOAL, 1)),
        "measures": _req(_list_of(_MEASURE, 1)),
        "follow_up_weeks": _req(_WEEKS),
        "child_view_prompt": _req(_TEXT),
        "parents_view_prompt": _req(_TEXT),
        "family_resources_prompt": _req(_TEXT),
        "decisions": _opt(
            _list_of(_enum(tuple(d.value for d in EvaluationDecision)), 1, unique=True)
        ),
        "for_positions": _opt(_list_of(_slug, 0, unique=True)),
    }
)
_FRAMEWORK = _object(
    {
        "key": _req(_slug),
        "kind": _req(_enum(FRAMEWORK_KINDS)),
        "label": _req(_TEXT),
        "description": _req(_TEXT),
        "points": _opt(_list_of(_TEXT)),
    }
)
_REPORTING = _object(
    {"duty_text": _req(_TEXT), "how_to_report": _req(_TEXT), "abuse_path": _req(_TEXT)}
)
_PRACTICE = _object(
    {
        "min_individual_assessors": _opt(_integer(1, 10)),
        "reassess_per_year": _opt(_integer(1, 12)),
        "questions": _opt(_list_of(_TEXT)),
    }
)
PROFILE = _object(
    {
        "format": _req(_integer(1, 1_000_000)),
        "id": _req(_slug),
        "version": _req(_integer(1, 1_000_000_000)),
        "name": _req(_TEXT),
        "municipality": _req(_string),
        "source": _req(_TEXT),
        "description": _req(_TEXT),
        "scale": _req(_SCALE),
        "age_bands": _req(_list_of(_AGE_BAND, 1)),
        "sign_domains": _req(_list_of(_DOMAIN, 1)),
        "protective_factors": _req(_list_of(_FACTOR)),
        "plan_templates": _req(_list_of(_PLAN)),
        "framework": _req(_list_of(_FRAMEWORK)),
        "reporting": _req(_REPORTING),
        "practice": _opt(_PRACTICE),
    }
)
