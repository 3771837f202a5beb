"""Reading a class list file as Danish Excel (and other programs) save it.

A class list is hostile input like any file: it is read bounded in size,
decoded strictly (UTF-8 with or without a byte-order mark, UTF-16 with one,
or Windows-1252, what Excel's "CSV (semikolonsepareret)" writes), and a file
that is not text (a workbook, a picture, anything with NUL or control bytes)
is refused with a message saying what to do. A name is never shown garbled:
text that is not valid UTF-8 is read as Windows-1252 only if every byte means
a character there.

The header names the columns in Danish or English, in any order and case:
Navn / Name (or Fornavn + Efternavn), Fødselsdato / Birth date, and Gruppe /
Klasse / Stue / Group / Class. The separator is sniffed from the header line
(semicolon, comma or tab). Other columns are ignored and named in the preview,
so a CPR column in a school's export is never read into the store.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.problem import Problem
from forebyg_desktop.services.errors import ValidationFailed

CTX = "ChildImport"
MAX_BYTES = 5 * 1024 * 1024  # a list of 20,000 children is about 1 MB
MAX_ROWS = 20_000

# Header names per column, compared case-folded with inner spaces and "_" as one space.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "navn", "barnets navn", "elevens navn", "fulde navn"),
    "first": ("fornavn", "first name"),
    "last": ("efternavn", "last name"),
    "birth_date": ("birth date", "fødselsdato", "født", "date of birth"),
    "group": ("group", "gruppe", "klasse", "stue", "class", "hold"),
}
_CONTROL_OK = "\t\r\n"


@dataclass(frozen=True)
class ListedRow:
    """One line of the list: its number in the file and the three values as written."""

    line: int
    name: str
    birth_date: str
    group: str


@dataclass(frozen=True)
class ClassListFile:
    """What the file holds: its rows, the columns it ignored, and lines that are wrong."""

    rows: list[ListedRow]
    ignored_columns: list[str]
    bad: list[Problem]  # where: "file:line"


def _problem(where: str, text: str, **params: object) -> Problem:
    return Problem(where, Message(CTX, text, params))


def _refuse(where: str, text: str, **params: object) -> ValidationFailed:
    return ValidationFailed([_problem(where, text, **params)])


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused when unreadable or larger than a class list can be."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _refuse(
            path.name,
            QT_TRANSLATE_NOOP("ChildImport", "cannot be read: {reason}"),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    if len(raw) > MAX_BYTES:
        raise _refuse(
            path.name,
            QT_TRANSLATE_NOOP(
                "ChildImport", "is too large for a class list (at most {megabytes} MB)"
            ),
            megabytes=MAX_BYTES // (1024 * 1024),
        )
    return raw


def decode(raw: bytes, name: str) -> str:
    """The text of a class list file, decoded strictly; refuses what is not text."""
    if raw.startswith(b"PK\x03\x04"):
        raise _refuse(
            name,
            QT_TRANSLATE_NOOP(
                "ChildImport",
                "is an Excel workbook; in Excel choose Save as and the type "
                '"CSV (semicolon separated)", then import that file',
            ),
        )
    text = _decode_text(raw)
    if text is None or any(ord(c) < 32 and c not in _CONTROL_OK for c in text):
        raise _refuse(
            name,
            QT_TRANSLATE_NOOP(
                "ChildImport",
                "is not a text file; import a class list saved as CSV from Excel "
                "or another spreadsheet",
            ),
        )
    return text


def _decode_text(raw: bytes) -> str | None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # strict: bytes with no meaning there refuse
    except UnicodeDecodeError:
        return None


def _header_key(cell: str) -> str:
    return " ".join(cell.replace("_", " ").replace("\ufeff", "").split()).casefold()


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    found: dict[str, int] = {}
    ignored = []
    for i, cell in enumerate(header):
        key = _header_key(cell)
        role = next((r for r, names in COLUMNS.items() if key in names), None)
        if role is None or role in found:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        found[role] = i
    return found, ignored


def parse(text: str, name: str) -> ClassListFile:
    """The rows of the class list in `text`; refuses a file without the columns needed."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first.strip():
        raise _refuse(
            name,
            QT_TRANSLATE_NOOP(
                "ChildImport", "is empty; the first line must name the columns {columns}"
            ),
            columns="Navn;Fødselsdato;Gruppe",
        )
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)
    while not any(c.strip() for c in header):
        header = next(reader)
    header_line = reader.line_num
    columns, ignored = _columns(header)
    has_name = "name" in columns or "first" in columns
    if not has_name or "birth_date" not in columns or "group" not in columns:
        raise _refuse(
            f"{name}:{header_line}",
            QT_TRANSLATE_NOOP(
                "ChildImport",
                'the first line is "{found}"; it must name the columns {columns} '
                "(also Klasse or Stue for the group, or the English names)",
            ),
            found=delimiter.join(c.strip() for c in header)[:200],
            columns="Navn;Fødselsdato;Gruppe",
        )
    rows: list[ListedRow] = []
    bad: list[Problem] = []
    width = max(columns.values()) + 1
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue  # blank lines are harmless
        where = f"{name}:{reader.line_num}"
        if len(rows) + len(bad) >= MAX_ROWS:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP("ChildImport", "has more than {count} lines"),
                count=MAX_ROWS,
            )
        if len(row) < width:
            bad.append(
                _problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "ChildImport",
                        "has {count} columns; the first line has {expected} (is a separator "
                        "missing?)",
                    ),
                    count=len(row),
                    expected=len(header),
                )
            )
            continue
        rows.append(ListedRow(reader.line_num, _name(row, columns), *_values(row, columns)))
    return ClassListFile(rows, ignored, bad)


def _name(row: list[str], columns: dict[str, int]) -> str:
    if "name" in columns:
        return row[columns["name"]].strip()
    parts = (row[columns[k]].strip() for k in ("first", "last") if k in columns)
    return " ".join(p for p in parts if p)


def _values(row: list[str], columns: dict[str, int]) -> tuple[str, str]:
    return row[columns["birth_date"]].strip(), row[columns["group"]].strip()


def read_class_list(path: Path) -> ClassListFile:
    """Read, decode and parse the class list at `path` (refusals name the file)."""
    return parse(decode(read_bytes(path), path.name), path.name)
