"""Use cases for children: register, import a class list, list."""

from __future__ import annotations

from datetime import date

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.records import Child
from forebyg_desktop.core.validation import validate_child
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change

CTX = "ChildService"


def parse_date(value: str, field: str) -> date | Problem:
    """An ISO date, or a Problem naming `field`."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return Problem(
            field,
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "ChildService", 'Date "{value}" is not a date in the form YYYY-MM-DD'
                ),
                {"value": value},
            ),
        )


def build_child(name: str, birth_date: str, group: str, *, today: date) -> Child | list[Problem]:
    """A valid new Child, or the problems with the input."""
    born = parse_date(birth_date, "birth_date")
    if isinstance(born, Problem):
        return [born]
    child = Child(id=new_id(), name=name.strip(), birth_date=born, group=group.strip())
    errors = validate_child(child, today=today)
    if errors:
        return errors
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
    return fields


def list_children(session: Session, group: str | None = None) -> list[dict]:
    """Children (optionally of one group) ordered by group then name; the read is audited."""
    rows = child_repo.children(session.store, group)
    session.store.record_reads(
        [AuditEvent("read", "child", "*", None, f"list of {len(rows)} children")]
    )
    return rows


def existing_keys(session: Session) -> set[tuple[str, str]]:
    """(lower-cased name, birth date) of registered children, to catch re-imports."""
    return {
        (name.casefold(), born) for name, born in child_repo.name_and_birth_dates(session.store)
    }


def count_children(session: Session) -> int:
    """How many children are registered (no record content is read)."""
    return child_repo.count(session.store)
