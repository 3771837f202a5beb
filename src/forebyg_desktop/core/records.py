"""The records staff write: children, assessments, action plans, evaluations, consents;
and the handovers of a child's record between institutions.

Records are frozen dataclasses. Their field names are the field names of the
operations in the change log, so renaming one is a data migration.
`to_fields()` gives a JSON-able dict (dates as ISO strings, tuples as lists,
enums as their values, the id left out); `from_fields(id, fields)` reverses it.

Construction checks and normalises types (ISO strings become dates, lists
become tuples, strings become enums) and raises RecordError on a wrong type, so
a record in memory always has the declared types; `validation` then checks the
content against the profile. Unknown keys in `from_fields` are ignored (a newer
version may add fields) and missing ones take the defaults below.

There is deliberately no CPR-number field anywhere.
"""

from __future__ import annotations

import types
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, Self, Union, get_args, get_origin, get_type_hints

from .i18n import TranslatableError
from .profile import EvaluationDecision

__all__ = [
    "CONSENT_COVERS",
    "ENTITY_TYPES",
    "ActionPlan",
    "Assessment",
    "AssessmentKind",
    "AssessmentStatus",
    "Child",
    "Consent",
    "EvaluationDecision",
    "Goal",
    "Handover",
    "HandoverDirection",
    "IndicatorProgress",
    "Measure",
    "ParentsInformed",
    "PlanEvaluation",
    "PlanStatus",
    "Record",
    "RecordError",
    "ReportDecision",
    "entity_of",
    "record_from_fields",
]


class RecordError(TranslatableError, ValueError):
    """A record field has the wrong type or an impossible value."""


class AssessmentKind(StrEnum):
    INDIVIDUAL = "individual"  # one staff member's own view
    JOINT = "joint"  # the position agreed from the individual ones


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"  # immutable; corrected only by a new version that supersedes it


class ParentsInformed(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_YET = "not_yet"
    WITHHELD = "withheld"  # only on the abuse path: parents must not be told first


class ReportDecision(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"  # drafts only
    REPORTED = "reported"
    NOT_REPORTED = "not_reported"


class PlanStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# What a consent to share can cover; the handover bundle is limited to these.
CONSENT_COVERS: tuple[str, ...] = ("assessments", "plans", "evaluations")


class _Typed:
    """Checks and normalises dataclass field values against their type hints."""

    def __post_init__(self) -> None:
        hints = _hints(type(self))
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            where = f"{type(self).__name__}.{f.name}"
            new = _coerce(hints[f.name], value, where)
            if new is not value:
                object.__setattr__(self, f.name, new)


class _Record(_Typed):
    """Base of the top-level records (they have an id)."""

    id: str

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.id:
            raise RecordError(f"{type(self).__name__}.id must not be empty")

    def to_fields(self) -> dict[str, Any]:
        """The fields (without the id) as JSON-able values."""
        return {f.name: _encode(getattr(self, f.name)) for f in fields(self) if f.name != "id"}  # type: ignore[arg-type]

    @classmethod
    def from_fields(cls, id: str, data: dict[str, Any]) -> Self:  # noqa: A002 - the field's name
        """Build from `to_fields` output; unknown keys are ignored."""
        own = [f for f in fields(cls) if f.name != "id"]  # type: ignore[arg-type]
        names = {f.name for f in own}
        missing = [
            f.name
            for f in own
            if f.name not in data and f.default is MISSING and f.default_factory is MISSING
        ]
        if missing:
            raise RecordError(f"{cls.__name__} {id}: missing field(s) {', '.join(missing)}")
        return cls(id=id, **{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, kw_only=True)
class Child(_Record):
    id: str
    name: str
    birth_date: date
    group: str = ""  # the room, class or group at the institution
    # The day the child left and was archived (None: still here). Archived
    # children leave the overview and follow-ups, stay readable, and are what
    # the retention rules act on.
    archived: date | None = None


@dataclass(frozen=True)
class Goal(_Typed):
    goal: str
    indicator: str  # how we will see that the goal is reached


@dataclass(frozen=True)
class Measure(_Typed):
    text: str
    responsible: str
    deadline: date


@dataclass(frozen=True)
class IndicatorProgress(_Typed):
    indicator: str
    progress: str
    met: bool | None = None  # None: not judged yet


@dataclass(frozen=True, kw_only=True)
class Assessment(_Record):
    """A position on the worry scale with the signs seen, for one child."""

    id: str
    child_id: str
    date: date
    profile_id: str
    profile_version: int
    kind: AssessmentKind = AssessmentKind.INDIVIDUAL
    assessors: tuple[str, ...] = ()
    position: str = ""  # a scale key; "" while a draft has none yet
    signs: tuple[str, ...] = ()
    protective: tuple[str, ...] = ()
    observations: str = ""
    child_view: str = ""
    parents_view: str = ""
    family_resources: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # question key -> answer
    based_on: tuple[str, ...] = ()  # ids of the individual assessments (joint only)
    agreed_reason: str = ""
    parents_informed: ParentsInformed = ParentsInformed.NOT_YET
    parents_informed_how: str = ""
    report_decision: ReportDecision = ReportDecision.NOT_APPLICABLE
    report_date: date | None = None
    report_by: str = ""
    report_reason: str = ""  # why not reported, or how it was reported
    status: AssessmentStatus = AssessmentStatus.DRAFT
    supersedes: str | None = None  # the finalised assessment this one corrects


@dataclass(frozen=True, kw_only=True)
class ActionPlan(_Record):
    """An action plan (handleplan / stafetlog)."""

    id: str
    child_id: str
    template: str
    follow_up: date
    profile_id: str
    profile_version: int
    assessment_id: str | None = None
    goals: tuple[Goal, ...] = ()
    measures: tuple[Measure, ...] = ()
    child_view: str = ""
    parents_view: str = ""
    family_resources: str = ""
    coordinator: str = ""
    status: PlanStatus = PlanStatus.OPEN
    created: date | None = None  # the day the plan was first saved


@dataclass(frozen=True, kw_only=True)
class PlanEvaluation(_Record):
    """A follow-up of a plan: progress per indicator and what happens next."""

    id: str
    plan_id: str
    child_id: str
    date: date
    decision: EvaluationDecision
    progress: tuple[IndicatorProgress, ...] = ()
    new_position: str | None = None
    note: str = ""
    by: str = ""
    next_follow_up: date | None = None  # required unless the decision is close


@dataclass(frozen=True, kw_only=True)
class Consent(_Record):
    """Written parental consent to share information (type, recipient, purpose)."""

    id: str
    child_id: str
    given_date: date
    expires: date
    given_by: str = ""
    covers: tuple[str, ...] = ()  # from CONSENT_COVERS
    recipient: str = ""
    purpose: str = ""
    withdrawn: date | None = None

    def is_active(self, on: date) -> bool:
        """In force on `on`: from given_date up to (not including) expires, not withdrawn."""
        if self.withdrawn is not None and self.withdrawn <= on:
            return False
        return self.given_date <= on < self.expires


class HandoverDirection(StrEnum):
    SENT = "sent"  # this institution handed the record over
    RECEIVED = "received"  # this institution received it


@dataclass(frozen=True, kw_only=True)
class Handover(_Record):
    """A child's record handed over to, or received from, another institution.

    Both sides keep one: the sender's says what travelled under which consent
    and when the receipt came back; the receiver's says where the records came
    from and why (the consent's purpose). Ids of the records that travelled are
    kept as "entity:id", so a record can always be traced to its handover.
    """

    id: str  # the handover id, the same on both sides
    child_id: str
    direction: HandoverDirection
    date: date  # sent (exported) or received (imported)
    counterpart: str  # the other institution's name
    counterpart_fingerprint: str
    counterpart_signing_key: str = ""  # base64; the sender checks the receipt against it
    consent_id: str = ""
    given_by: str = ""
    covers: tuple[str, ...] = ()
    purpose: str = ""
    consent_expires: date | None = None
    records: tuple[str, ...] = ()  # "entity:id" of what travelled
    withheld: tuple[str, ...] = ()  # "entity:id" covered but held back (sender only)
    bundle_digest: str = ""  # SHA-256 of the handover file
    by: str = ""  # who exported or imported it
    receipt_date: date | None = None  # sent: receipt imported; received: receipt issued


Record = Child | Assessment | ActionPlan | PlanEvaluation | Consent | Handover

ENTITY_TYPES: dict[str, type[Record]] = {
    "child": Child,
    "assessment": Assessment,
    "plan": ActionPlan,
    "evaluation": PlanEvaluation,
    "consent": Consent,
    "handover": Handover,
}
_ENTITY_NAMES: dict[type, str] = {cls: name for name, cls in ENTITY_TYPES.items()}


def record_from_fields(entity: str, id: str, data: dict[str, Any]) -> Record:  # noqa: A002
    """Build the record of entity type `entity` ("child", "assessment", ...)."""
    try:
        cls = ENTITY_TYPES[entity]
    except KeyError:
        raise RecordError(
            f"Unknown entity type {entity!r} (known: {', '.join(ENTITY_TYPES)})"
        ) from None
    return cls.from_fields(id, data)


def entity_of(record: Record) -> str:
    """The entity type name of `record` ("child", "assessment", ...)."""
    return _ENTITY_NAMES[type(record)]


# --- type checking and JSON conversion -------------------------------------

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # get_type_hints is slow; records are built in bulk when materialising.
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    return value


def _coerce(hint: Any, value: Any, where: str) -> Any:
    """`value` as type `hint`, converting JSON forms; RecordError if impossible."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in get_args(hint):
            return None
        (hint,) = [a for a in get_args(hint) if a is not type(None)]
        origin = get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise RecordError(f"{where}: expected a list, got {type(value).__name__}")
        item = get_args(hint)[0]
        items = tuple(_coerce(item, v, f"{where}[{i}]") for i, v in enumerate(value))
        return value if items == value and isinstance(value, tuple) else items
    if origin is dict:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise RecordError(f"{where}: expected a mapping of text to text")
        return dict(value)  # a private copy: the record is meant to be frozen
    if hint is date:
        return _coerce_date(value, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return value if type(value) is hint else hint(value)
        except ValueError:
            allowed = ", ".join(m.value for m in hint)
            raise RecordError(f"{where}: {value!r} is not one of {allowed}") from None
    if isinstance(hint, type) and is_dataclass(hint):
        if isinstance(value, hint):
            return value
        if not isinstance(value, dict):
            raise RecordError(f"{where}: expected an object, got {type(value).__name__}")
        names = {f.name for f in fields(hint)}
        try:
            return hint(**{k: v for k, v in value.items() if k in names})
        except TypeError as exc:
            raise RecordError(f"{where}: {exc}") from None
    if hint in (str, int, bool):
        # bool is an int subclass: refuse True as a version number.
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise RecordError(f"{where}: expected {hint.__name__}, got {type(value).__name__}")
        return value
    raise TypeError(f"{where}: unsupported field type {hint!r}")  # a bug in this module


def _coerce_date(value: Any, where: str) -> date:
    if isinstance(value, datetime):
        raise RecordError(f"{where}: expected a date, got a date and time")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise RecordError(f"{where}: expected an ISO date (YYYY-MM-DD), got {value!r}")
