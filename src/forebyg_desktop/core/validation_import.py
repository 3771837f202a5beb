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
or dates): they are shown as the reason a file was refused. The checks of
single values are in `field_checks`. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import date
from typing import Any

from . import field_checks as fc
from .field_checks import DELETED_FIELD, PROBLEMS, ImportProblem
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

__all__ = [
    "DELETED_FIELD",
    "PROBLEMS",
    "RULES",
    "ImportProblem",
    "name_problems",
    "problems_in_operation",
]


# --- the rules per record type ----------------------------------------------------

_GOAL = fc.object_of(
    {"goal": fc.line_text(required=True), "indicator": fc.line_text(required=True)},
    ("goal", "indicator"),
)
_MEASURE = fc.object_of(
    {
        "text": fc.line_text(required=True),
        "responsible": fc.name_text(required=True),
        "deadline": fc.a_date(),
    },
    ("text", "responsible", "deadline"),
)
_PROGRESS = fc.object_of(
    {
        "indicator": fc.line_text(required=True),
        "progress": fc.line_text(),
        "met": fc.optional(fc.boolean),
    },
    ("indicator", "progress"),
)

RULES: dict[str, dict[str, fc.Check]] = {
    "child": {
        "name": fc.name_text(required=True),
        "birth_date": fc.birth_date,
        "group": fc.name_text(),
        "archived": fc.optional(fc.a_date(past=True)),
    },
    "assessment": {
        "child_id": fc.record_id,
        "date": fc.a_date(past=True),
        "profile_id": fc.pattern(fc.KEY, "bad_key"),
        "profile_version": fc.version,
        "kind": fc.enum([k.value for k in AssessmentKind]),
        "assessors": fc.list_of(fc.name_text(required=True), unique=True),
        "position": fc.profile_key("position"),
        "signs": fc.list_of(fc.profile_key("sign"), unique=True),
        "protective": fc.list_of(fc.profile_key("protective"), unique=True),
        "observations": fc.note_text(),
        "child_view": fc.note_text(),
        "parents_view": fc.note_text(),
        "family_resources": fc.note_text(),
        "answers": fc.answers,
        "based_on": fc.list_of(fc.record_id, unique=True),
        "agreed_reason": fc.note_text(),
        "parents_informed": fc.enum([p.value for p in ParentsInformed]),
        "parents_informed_how": fc.line_text(),
        "report_decision": fc.enum([r.value for r in ReportDecision]),
        "report_date": fc.optional(fc.a_date(past=True)),
        "report_by": fc.name_text(),
        "report_reason": fc.line_text(),
        "status": fc.enum([s.value for s in AssessmentStatus]),
        "supersedes": fc.optional(fc.record_id),
    },
    "plan": {
        "child_id": fc.record_id,
        "template": fc.profile_key("template"),
        "follow_up": fc.a_date(),
        "profile_id": fc.pattern(fc.KEY, "bad_key"),
        "profile_version": fc.version,
        "assessment_id": fc.optional(fc.record_id),
        "goals": fc.list_of(_GOAL),
        "measures": fc.list_of(_MEASURE),
        "child_view": fc.note_text(),
        "parents_view": fc.note_text(),
        "family_resources": fc.note_text(),
        "coordinator": fc.name_text(required=True),
        "status": fc.enum([s.value for s in PlanStatus]),
        "created": fc.optional(fc.a_date(past=True)),
    },
    "evaluation": {
        "plan_id": fc.record_id,
        "child_id": fc.record_id,
        "date": fc.a_date(past=True),
        "decision": fc.enum([d.value for d in EvaluationDecision]),
        "progress": fc.list_of(_PROGRESS),
        # The scale of the plan's profile, which may be another institution's:
        # only the key's form is checked here.
        "new_position": fc.optional(fc.pattern(fc.KEY, "bad_key")),
        "note": fc.note_text(),
        "by": fc.name_text(required=True),
        "next_follow_up": fc.optional(fc.a_date()),
    },
    "consent": {
        "child_id": fc.record_id,
        "given_date": fc.a_date(past=True),
        "expires": fc.a_date(),
        "given_by": fc.name_text(required=True),
        "covers": fc.list_of(fc.enum(CONSENT_COVERS), unique=True),
        "recipient": fc.name_text(required=True),
        "purpose": fc.note_text(required=True),
        "withdrawn": fc.optional(fc.a_date(past=True)),
    },
    "handover": {
        "child_id": fc.record_id,
        "direction": fc.enum([d.value for d in HandoverDirection]),
        "date": fc.a_date(past=True),
        "counterpart": fc.name_text(required=True),
        "counterpart_fingerprint": fc.token,
        "counterpart_signing_key": fc.token,
        "consent_id": fc.pattern(re.compile(f"|{fc.ID.pattern}"), "bad_id"),
        "given_by": fc.name_text(),
        "covers": fc.list_of(fc.enum(CONSENT_COVERS), unique=True),
        "purpose": fc.note_text(),
        "consent_expires": fc.optional(fc.a_date()),
        "records": fc.records_list,
        "withheld": fc.records_list,
        "bundle_digest": fc.token,
        "by": fc.name_text(),
        "receipt_date": fc.optional(fc.a_date(past=True)),
    },
}


# --- the profile that judges keys -------------------------------------------------


def _judging_keys(
    entity: str, merged: Mapping[str, Any], profile: Profile | None
) -> fc.ProfileKeys | None:
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
    return fc.profile_keys(profile) if version <= profile.version else None


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
    ctx = fc.Context(made_on, None, [])
    rules = RULES.get(entity)
    if rules is None:
        ctx.add("entity", "not_allowed")
        return ctx.problems
    fc.record_id("id", record_id, ctx)
    ctx.keys = _judging_keys(entity, merged, profile)
    names = list(merged) if changed is None else list(changed)
    for name in names:
        value = merged.get(name)
        rule = rules.get(name)
        if rule is not None:
            if value == "" and rule in fc.EMPTY_IS_FINE:
                continue  # most optional text fields are empty: nothing to check
            rule(name, value, ctx)
        elif name == DELETED_FIELD:
            fc.boolean(name, value, ctx)
        else:
            ctx.add(name if fc.safe_name(name) else "?", "unknown_field")
    for check in _RECORD_RULES.get(entity, ()):
        check(merged, frozenset(names), record_id, ctx)
    return ctx.problems


def name_problems(where: str, value: object) -> list[ImportProblem]:
    """Problems with a received person's name (e.g. the author of a change)."""
    ctx = fc.Context(date.min, None, [])
    fc.PERSON_NAME(where, value, ctx)
    return ctx.problems


# --- rules tying one record's fields together -------------------------------------------

RecordCheck = Callable[[Mapping[str, Any], frozenset, str, fc.Context], None]


def _dates(merged: Mapping[str, Any], *names: str) -> Iterator[date | None]:
    return (fc.parse_date(merged.get(n)) for n in names)


def _order(later: str, earlier: str, *, strict: bool) -> RecordCheck:
    """`later` is after (or, not strict, on or after) `earlier` when both are set."""

    def check(
        merged: Mapping[str, Any], changed: frozenset, record_id: str, ctx: fc.Context
    ) -> None:
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
    merged: Mapping[str, Any], changed: frozenset, rid: str, ctx: fc.Context
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


def _plan_rules(merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: fc.Context) -> None:
    if "goals" in changed and merged.get("goals") == []:
        ctx.add("goals", "required")
    created = fc.parse_date(merged.get("created"))
    measures = merged.get("measures")
    if created is None or not {"measures", "created"} & changed or not isinstance(measures, list):
        return
    for i, measure in enumerate(measures):
        deadline = fc.parse_date(measure.get("deadline")) if isinstance(measure, dict) else None
        if deadline is not None and deadline < created:
            ctx.add(f"measures[{i}].deadline", "inconsistent", other="created")


def _evaluation_rules(
    merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: fc.Context
) -> None:
    if "progress" in changed and merged.get("progress") == []:
        ctx.add("progress", "required")
    if {"decision", "next_follow_up"} & changed and {"decision", "next_follow_up"} <= merged.keys():
        closing = merged.get("decision") == EvaluationDecision.CLOSE.value
        if closing == (merged.get("next_follow_up") is not None):
            ctx.add("next_follow_up", "inconsistent", other="decision")


def _consent_rules(
    merged: Mapping[str, Any], changed: frozenset, _rid: str, ctx: fc.Context
) -> None:
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
