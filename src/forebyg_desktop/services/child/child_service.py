"""Use cases for children: register, list, and the registered children an import meets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from forebyg_desktop.core.date_input import parse_day
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Child
from forebyg_desktop.core.validation import LABELS, validate_child
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change

CTX = "ChildService"


def parse_date(value: str, field: str) -> date | Problem:
    """A date as typed (31.12.2021, 31-12-2021, 31/12/2021 or 2021-12-31), or a Problem
    naming `field`."""
    if not value.strip():
        label = LABELS.get(field)
        if label is not None:
            return Problem(
                field,
                Message(
                    "Validation",
                    QT_TRANSLATE_NOOP("Validation", "{field} is required."),
                    {"field": label},
                ),
            )
    day = parse_day(value)
    if day is not None:
        return day
    return Problem(
        field,
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "ChildService", '"{value}" is not a date; write it as dd.mm.yyyy (e.g. 31.01.2021)'
            ),
            {"value": value.strip()},
        ),
    )


def group_problems(group: str) -> list[Problem]:
    """An empty group is refused: every child belongs to a room, class or group."""
    if group.strip():
        return []
    return [
        Problem(
            "group",
            Message(
                CTX,
                QT_TRANSLATE_NOOP("ChildService", "Write the group or class the child is in."),
            ),
        )
    ]


def build_child(name: str, birth_date: str, group: str, *, today: date) -> Child | list[Problem]:
    """A valid new Child, or every problem with the input (in the form's order)."""
    born = parse_date(birth_date, "birth_date")
    child = Child(
        id=new_id(),
        name=name.strip(),
        birth_date=today if isinstance(born, Problem) else born,
        group=" ".join(group.split()),
    )
    errors = validate_child(child, today=today) + group_problems(group)
    if isinstance(born, Problem):
        errors = [e for e in errors if e.where != "birth_date"] + [born]
    if errors:
        order = {"name": 0, "birth_date": 1, "group": 2}
        return sorted(errors, key=lambda p: order.get(p.where, 3))
    return child


def add_child(session: Session, name: str, birth_date: str, group: str) -> str:
    """Register a child; returns its id."""
    built = build_child(name, birth_date, group, today=session.today())
    if isinstance(built, list):
        raise ValidationFailed(built)
    add_children(session, [built])
    return built.id


def add_children(session: Session, children: list[Child]) -> None:
    """Write already validated children in one transaction."""
    session.store.write([Change("child", c.id, _fields(c)) for c in children])


def _fields(child: Child) -> dict:
    fields = child.to_fields()
    fields.pop("id", None)
    if fields.get("archived") is None:
        fields.pop("archived", None)  # a new child is here: nothing to record
    return fields


def list_children(
    session: Session, group: str | None = None, *, archived: bool = False
) -> list[dict]:
    """Children here (or archived ones) of one group or all, by group then name;
    the read is audited."""
    rows = child_repo.children(session.store, group, archived=archived)
    what = "archived children" if archived else "children"
    session.store.record_reads(
        [AuditEvent("read", "child", "*", None, f"list of {len(rows)} {what}")]
    )
    return rows


@dataclass(frozen=True)
class Registered:
    """A child already registered, as an import of a class list meets it."""

    id: str
    name: str
    group: str
    archived: bool


def registered_children(session: Session) -> dict[tuple[str, str], Registered]:
    """(case-folded name, ISO birth date) -> the registered child, here or archived."""
    return {
        (name.casefold(), born): Registered(cid, name, group, archived is not None)
        for cid, name, born, group, archived in child_repo.registered(session.store)
    }


def count_children(session: Session) -> int:
    """How many children are registered (no record content is read)."""
    return child_repo.count(session.store)
