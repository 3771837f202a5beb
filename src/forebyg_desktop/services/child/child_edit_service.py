"""Correcting, moving and archiving a registered child.

Every change is a normal write (`Store.write`): it lands in the change log,
syncs to the team, and an edit of the same field made on another device
without seeing this one becomes a conflict for a person to resolve. Only the
fields that change are written, so moving a child never touches its name.
The rules are those of typed input (`build_child`: names, no CPR number, no
control characters, a birth date not in the future, a group).

Archiving records the day the child left (`archived`): the child leaves the
overview and the follow-ups, stays readable, can be brought back, and is what
the retention rules act on.
"""

from __future__ import annotations

from collections.abc import Sequence

from forebyg_desktop.core.date_input import parse_day
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.child.child_service import build_child
from forebyg_desktop.services.errors import Problem, ServiceError, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.operation import Change

CTX = "ChildEdit"


def _refused(text: str, **params: object) -> ServiceError:
    return ServiceError(Message(CTX, text, params))


def edit_child(
    session: Session,
    child_id: str,
    *,
    name: str | None = None,
    birth_date: str | None = None,
    group: str | None = None,
) -> list[str]:
    """Correct the child's name, birth date or group; returns the fields written.

    Fields left None keep their value; nothing is written when nothing changes.
    Raises ValidationFailed (every problem, by field) or RecordNotFound.
    """
    held = session.store.get("child", child_id)
    wanted = {
        "name": held.get("name", "") if name is None else name,
        "birth_date": held.get("birth_date", "") if birth_date is None else birth_date,
        "group": held.get("group", "") if group is None else group,
    }
    given = {
        k
        for k, v in (("name", name), ("birth_date", birth_date), ("group", group))
        if v is not None
    }
    built = build_child(
        wanted["name"], wanted["birth_date"], wanted["group"], today=session.today()
    )
    if isinstance(built, list):
        # Problems of fields this edit leaves alone (an old record under older
        # rules, e.g. without a group) do not stop a correction of the others.
        problems = [p for p in built if p.where in given]
        if problems:
            raise ValidationFailed(problems)
    born = parse_day(wanted["birth_date"])
    new = {
        "name": wanted["name"].strip(),
        "birth_date": born.isoformat() if born else wanted["birth_date"],
        "group": " ".join(wanted["group"].split()),
    }
    return _write_child(session, held, {k: new[k] for k in given})


def _write_child(session: Session, held: dict, fields: dict[str, str]) -> list[str]:
    changed = {k: v for k, v in fields.items() if held.get(k) != v}
    if changed:
        session.store.write([Change("child", held["id"], changed)])
    return sorted(changed)


def move_children(session: Session, child_ids: Sequence[str], group: str) -> int:
    """Move children to `group` in one write; returns how many moved.

    Children already in the group are left alone; an unknown id refuses the
    whole move (RecordNotFound), as does an empty or invalid group name.
    """
    group = " ".join(group.split())
    problems = _group_problems(session, group)
    if problems:
        raise ValidationFailed(problems)
    changes = []
    for child_id in dict.fromkeys(child_ids):
        held = session.store.get("child", child_id)
        if held.get("group") != group:
            changes.append(Change("child", child_id, {"group": group}))
    if changes:
        session.store.write(changes)
    return len(changes)


def move_group(session: Session, old: str, new: str) -> int:
    """Move every child here in group `old` to `new` (e.g. every August); how many moved."""
    return move_children(session, child_repo.group_members(session.store, old), new)


def _group_problems(session: Session, group: str) -> list[Problem]:
    # The group rules of typed input, on a stand-in child that passes the rest.
    built = build_child("x", session.today().isoformat(), group, today=session.today())
    return [p for p in built if p.where == "group"] if isinstance(built, list) else []


def archive_child(session: Session, child_id: str) -> str:
    """Archive a child who has left, as of today; returns the day (ISO).

    Refused when the child is archived already.
    """
    held = session.store.get("child", child_id)
    if held.get("archived"):
        raise _refused(
            QT_TRANSLATE_NOOP("ChildEdit", "{name} was archived already on {day}."),
            name=held.get("name", ""),
            day=held["archived"],
        )
    day = session.today().isoformat()
    session.store.write([Change("child", child_id, {"archived": day})])
    return day


def unarchive_child(session: Session, child_id: str) -> None:
    """Bring an archived child back to the overview. Refused when not archived."""
    held = session.store.get("child", child_id)
    if not held.get("archived"):
        raise _refused(
            QT_TRANSLATE_NOOP("ChildEdit", "{name} is not archived."), name=held.get("name", "")
        )
    session.store.write([Change("child", child_id, {"archived": None})])
