"""Importing a class list: first a preview, then all of it or nothing.

`preview_class_list` reads the file (services/child/class_list_file.py) and
sorts every line into what would be added, what is registered already (the
same name, case aside, and birth date: skipped, or moved to the listed group
if the user says so) and what is wrong, each with its line. Nothing is written
until `apply_class_list`, which writes the new children (and the group moves
asked for) in one transaction, and refuses while any line is wrong.
Re-importing an updated list therefore adds only the new children.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.problem import Problem
from forebyg_desktop.core.records import Child
from forebyg_desktop.services.child.child_service import build_child, registered_children
from forebyg_desktop.services.child.class_list_file import read_class_list
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.operation import Change

CTX = "ChildImport"


@dataclass(frozen=True)
class NewChild:
    """A listed child who is not registered yet."""

    line: int
    child: Child


@dataclass(frozen=True)
class KnownChild:
    """A listed child who is registered already (the same name and birth date)."""

    line: int
    child_id: str
    name: str
    birth_date: str
    group: str  # the group registered now
    listed_group: str  # the group in the list
    archived: bool

    @property
    def moves(self) -> bool:
        """Whether the list puts the child (here, not archived) in another group."""
        return not self.archived and bool(self.listed_group) and self.group != self.listed_group


@dataclass
class ClassListPreview:
    """What importing the file would do; nothing is written yet."""

    file: str
    new: list[NewChild] = field(default_factory=list)
    known: list[KnownChild] = field(default_factory=list)
    bad: list[Problem] = field(default_factory=list)  # where: "file:line"
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def moves(self) -> list[KnownChild]:
        return [k for k in self.known if k.moves]


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: the new children's ids, and how many were skipped or moved."""

    added: list[str]
    skipped: int
    moved: int


def _problem(where: str, text: str, **params: object) -> Problem:
    return Problem(where, Message(CTX, text, params))


def preview_class_list(session: Session, path: Path) -> ClassListPreview:
    """Read the class list at `path` and sort its lines; raises ValidationFailed when
    the file as a whole cannot be read. Matching against the registered children
    is audited as a read of the list of children."""
    listed = read_class_list(path)
    preview = ClassListPreview(path.name, bad=list(listed.bad))
    preview.ignored_columns = listed.ignored_columns
    registered = registered_children(session)
    session.store.record_reads(
        [AuditEvent("read", "child", "*", None, f"class list check of {len(registered)} children")]
    )
    today = session.today()
    lines_of: dict[tuple[str, str], int] = {}
    for row in listed.rows:
        where = f"{path.name}:{row.line}"
        built = build_child(row.name, row.birth_date, row.group, today=today)
        if isinstance(built, list):
            preview.bad += [Problem(where, p.message) for p in built]
            continue
        key = (built.name.casefold(), built.birth_date.isoformat())
        if key in lines_of:
            preview.bad.append(
                _problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "ChildImport", "{child} born {born} is listed already on line {line}"
                    ),
                    child=built.name,
                    born=built.birth_date.strftime("%d.%m.%Y"),
                    line=lines_of[key],
                )
            )
            continue
        lines_of[key] = row.line
        held = registered.get(key)
        if held is None:
            preview.new.append(NewChild(row.line, built))
        else:
            preview.known.append(
                KnownChild(
                    row.line,
                    held.id,
                    held.name,
                    key[1],
                    held.group,
                    built.group,
                    held.archived,
                )
            )
    preview.bad.sort(key=lambda p: _line_of(p.where))
    if not preview.bad and not preview.new and not preview.known:
        raise ValidationFailed(
            [_problem(path.name, QT_TRANSLATE_NOOP("ChildImport", "holds no children"))]
        )
    return preview


def _line_of(where: str) -> int:
    tail = where.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def apply_class_list(
    session: Session, preview: ClassListPreview, *, move_groups: bool = False
) -> ImportResult:
    """Write the new children (and, with `move_groups`, the group moves) at once.

    Refused while any line is wrong. A child registered meanwhile (by a sync)
    is skipped rather than added twice.
    """
    if preview.bad:
        raise ValidationFailed(preview.bad)
    registered = registered_children(session)
    added = [
        n.child
        for n in preview.new
        if (n.child.name.casefold(), n.child.birth_date.isoformat()) not in registered
    ]
    moves = preview.moves if move_groups else []
    changes = [Change("child", c.id, _new_fields(c)) for c in added]
    changes += [Change("child", k.child_id, {"group": k.listed_group}) for k in moves]
    if changes:
        session.store.write(changes)
    skipped = len(preview.known) - len(moves) + len(preview.new) - len(added)
    return ImportResult([c.id for c in added], skipped, len(moves))


def _new_fields(child: Child) -> dict:
    fields = child.to_fields()
    fields.pop("id", None)
    fields.pop("archived", None)
    return fields


def import_class_list(session: Session, path: Path, *, move_groups: bool = False) -> ImportResult:
    """Import the file in one go (the command line): every line or none.

    Children registered already are skipped and counted (or, with
    `move_groups`, moved to the listed group).
    """
    return apply_class_list(session, preview_class_list(session, path), move_groups=move_groups)
