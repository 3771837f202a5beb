"""Reading what comes from outside: files bounded in size, and one strict JSON reader.

Anything in the hub, a handover, a receipt or a key file may be crafted, so it
is read one way only. `read_bounded` reads a regular file only when it is at
most a given size (checked before and while reading, so a huge or growing
file is never loaded). `loads` parses JSON bounded in size and nesting depth,
refusing NaN/Infinity and numbers that overflow to infinity (1e400) and
duplicate keys (two readers could otherwise see two different documents in
one file); then every value is checked for its type and range before use: an
int is an int (never a bool, a float or a string of digits) within its
bounds, text is a str of bounded length, an object is a dict. Every failure
raises `Malformed` naming the part of the document (never its content),
which callers turn into a quarantine reason; `strict_json` is the same reader
for files a person imports, refusing with a translatable reason.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, TranslatableError
from forebyg_desktop.sync.problems import SyncProblem, message

MAX_DEPTH = 16
HEX64 = re.compile(r"[0-9a-f]{64}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# -- bounded reads ------------------------------------------------------------------------


class TooLarge(OSError):
    """The file is larger than the caller's cap (it was not read)."""

    def __init__(self, size: int, limit: int, path: Path) -> None:
        self.size, self.limit = size, limit
        super().__init__(errno.EFBIG, f"{size} bytes, at most {limit}", str(path))


def read_bounded(path: Path, limit: int) -> bytes:
    """The content of the regular file `path`, read only if it holds at most `limit` bytes.

    TooLarge if it is bigger (checked before reading and again while reading,
    in case it grows); OSError if it cannot be read or is not a regular file
    (a pipe or device could block or be endless).
    """
    with open(path, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit, path)
        data = f.read(info.st_size + 1)  # read(n) sets n bytes aside: ask for what fstat said
        if len(data) > info.st_size:  # it grew since
            data += f.read(limit + 1 - len(data))
    if len(data) > limit:
        raise TooLarge(len(data), limit, path)
    return data


# -- strict JSON ----------------------------------------------------------------------------


class Malformed(TranslatableError, ValueError):
    """The JSON is not what was expected; `where` names the part (no content)."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(where)


def _constant(name: str) -> object:
    raise Malformed(f"number {name}")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Malformed("number out of range")
    return value


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise Malformed("duplicate key")
    return found


def _int(text: str) -> int:
    # Counts, versions and sequence numbers have at most 15 digits; a longer
    # number is crafted (and thousands of digits would cost quadratic time).
    if len(text.lstrip("-")) > 18:
        raise Malformed("number out of range")
    return int(text)


# One decoder for every read (json.loads with options would build a new one each call).
_DECODER = json.JSONDecoder(
    parse_constant=_constant, parse_float=_float, parse_int=_int, object_pairs_hook=_pairs
)


def loads(data: bytes | str, *, max_size: int, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in `data`, refused (Malformed) when anything about it is off."""
    if len(data) > max_size:
        raise Malformed("too large")
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = _DECODER.decode(text)
    except Malformed:
        raise
    except RecursionError as exc:
        raise Malformed("nested too deeply") from exc
    except ValueError as exc:  # bad UTF-8, bad JSON, an integer of thousands of digits
        raise Malformed("not valid JSON") from exc
    # Only text with more brackets than the depth allowed can nest too deeply.
    if text.count("[") + text.count("{") > max_depth:
        _check_depth(value, max_depth)
    return value


def _check_depth(value: Any, max_depth: int) -> None:
    level: list[Any] = [value]
    for _ in range(max_depth + 1):
        deeper: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                deeper.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                deeper.extend(v for v in item if isinstance(v, dict | list))
        if not deeper:
            return
        level = deeper
    raise Malformed("nested too deeply")


# -- type checks ------------------------------------------------------------------------


def obj(value: Any, where: str, *, required: Iterable[str] = (), optional: Iterable[str] = ()):
    """`value` as a dict holding every `required` key and no key but those and `optional`."""
    if not isinstance(value, dict):
        raise Malformed(where)
    required = set(required)
    allowed = required | set(optional)
    if not required <= value.keys() or (allowed and not value.keys() <= allowed):
        raise Malformed(where)
    return value


def integer(value: Any, where: str, low: int, high: int) -> int:
    """An int (not a bool) from `low` to `high`."""
    if type(value) is not int or not low <= value <= high:
        raise Malformed(where)
    return value


def text(value: Any, where: str, max_len: int, pattern: re.Pattern[str] | None = None) -> str:
    """A str of at most `max_len` characters, matching `pattern` whole if given."""
    if not isinstance(value, str) or len(value) > max_len:
        raise Malformed(where)
    if pattern is not None and not pattern.fullmatch(value):
        raise Malformed(where)
    return value


def array(value: Any, where: str, max_len: int) -> list:
    if not isinstance(value, list) or len(value) > max_len:
        raise Malformed(where)
    return value


# -- files a person imports: the same reader, refusals as translatable reasons -------------

_REASONS = {
    "not valid JSON": QT_TRANSLATE_NOOP("Sync", "it is not valid JSON"),
    "nested too deeply": QT_TRANSLATE_NOOP("Sync", "it is nested far too deeply"),
    "duplicate key": QT_TRANSLATE_NOOP("Sync", "it gives a field twice in one object"),
    "number NaN": QT_TRANSLATE_NOOP(
        "Sync", "it holds a number that is not a number (NaN or Infinity)"
    ),
    "number Infinity": QT_TRANSLATE_NOOP(
        "Sync", "it holds a number that is not a number (NaN or Infinity)"
    ),
    "number -Infinity": QT_TRANSLATE_NOOP(
        "Sync", "it holds a number that is not a number (NaN or Infinity)"
    ),
    "number out of range": QT_TRANSLATE_NOOP("Sync", "it holds a number that is far too large"),
}


class JsonRefused(SyncProblem, ValueError):
    """JSON that is malformed or uses what our files never do; `message` says which."""


def strict_json(data: bytes | str, *, max_size: int, max_depth: int = 24) -> Any:
    """`loads` for an imported file, refused with JsonRefused saying what is wrong."""
    try:
        return loads(data, max_size=max_size, max_depth=max_depth)
    except Malformed as exc:
        text = _REASONS.get(exc.where, QT_TRANSLATE_NOOP("Sync", "it is not valid JSON"))
        raise JsonRefused(message(text)) from None
