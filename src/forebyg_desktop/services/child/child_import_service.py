"""Import a class list (CSV) of children: all rows or none.

The file is UTF-8 with or without a byte-order mark, comma- or
semicolon-separated (Excel in Danish saves with semicolons), with the header
`name,birth_date,group`. Every bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.records import Child
from forebyg_desktop.services.child.child_service import add_children, build_child, existing_keys
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.session import Session

CTX = "ChildImport"
HEADER = ("name", "birth_date", "group")
MAX_BYTES = 20 * 1024 * 1024


def _problem(where: str, text: str, **params: object) -> Problem:
    return Problem(where, Message(CTX, text, params))


def _read_text(path: Path) -> str:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(
            [
                _problem(
                    name,
                    QT_TRANSLATE_NOOP("ChildImport", "cannot be read: {reason}"),
                    reason=exc.strerror,
                )
            ]
        ) from exc
    if len(raw) > MAX_BYTES:
        raise ValidationFailed(
            [_problem(name, QT_TRANSLATE_NOOP("ChildImport", "is too large for a class list"))]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValidationFailed(
            [
                _problem(
                    f"{name}:{line}",
                    QT_TRANSLATE_NOOP(
                        "ChildImport", "is not UTF-8 text; save the file as CSV UTF-8"
                    ),
                )
            ]
        ) from exc


def parse_class_list(path: Path, *, today, known: set[tuple[str, str]]) -> list[Child]:
    """Children from the CSV at `path`; raises ValidationFailed listing every bad row."""
    name = path.name
    text = _read_text(path)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ValidationFailed(
            [
                _problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "ChildImport", "is empty; expected the header name,birth_date,group"
                    ),
                )
            ]
        )
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = tuple(h.strip().lower() for h in next(reader))
    if header != HEADER:
        raise ValidationFailed(
            [
                _problem(
                    f"{name}:1",
                    QT_TRANSLATE_NOOP("ChildImport", 'header is "{found}"; expected "{expected}"'),
                    found=delimiter.join(header),
                    expected=",".join(HEADER),
                )
            ]
        )
    problems: list[Problem] = []
    children: list[Child] = []
    seen = set(known)
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines are harmless
        where = f"{name}:{line}"
        if len(row) != len(HEADER):
            problems.append(
                _problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "ChildImport", "has {count} fields; expected 3 (name, birth_date, group)"
                    ),
                    count=len(row),
                )
            )
            continue
        built = build_child(row[0], row[1], row[2], today=today)
        if isinstance(built, list):
            problems += [Problem(f"{where}: {p.where}", p.message) for p in built]
            continue
        key = (built.name.casefold(), built.birth_date.isoformat())
        if key in seen:
            problems.append(
                _problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "ChildImport", "{child} born {born} is already registered or listed twice"
                    ),
                    child=built.name,
                    born=built.birth_date.isoformat(),
                )
            )
            continue
        seen.add(key)
        children.append(built)
    if problems:
        raise ValidationFailed(problems)
    if not children:
        raise ValidationFailed(
            [_problem(name, QT_TRANSLATE_NOOP("ChildImport", "holds no children"))]
        )
    return children


def import_class_list(session: Session, path: Path) -> list[str]:
    """Import every child in the file, or none; returns the new ids."""
    children = parse_class_list(path, today=session.today(), known=existing_keys(session))
    add_children(session, children)
    return [c.id for c in children]
