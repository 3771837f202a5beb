"""Reading files that come from outside: a size cap before reading, and strict JSON.

A handover, a receipt or a key file may be crafted. `read_bounded` reads a
regular file only when it is at most a given size (checked before and while
reading, so a huge or growing file is never loaded), and `strict_json` parses
JSON the way our files are written and refuses the rest: NaN and Infinity,
fractions and exponents (our formats have none), integers of more than 15
digits, a key given twice in one object (which copy would count?), and deep
nesting. Each refusal is a translatable reason without any of the content.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.sync.problems import SyncProblem, message

MAX_DEPTH = 24  # a handover body nests 5 deep; far more is a crafted file
_MAX_INT_DIGITS = 15  # versions and counts; beyond that a number is crafted


class TooLarge(OSError):
    """The file is larger than the caller's cap (it was not read)."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The content of the regular file `path`, read only if it holds at most `limit` bytes.

    TooLarge if it is bigger (checked before reading and again while reading,
    in case it grows); OSError if it cannot be read or is not a regular file
    (a pipe or device could block or be endless).
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size > limit:
            raise TooLarge(errno.EFBIG, "too large", str(path))
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(errno.EFBIG, "too large", str(path))
    return data


class JsonRefused(SyncProblem, ValueError):
    """JSON that is malformed or uses what our files never do; `message` says which."""


def _refuse(text: str) -> JsonRefused:
    return JsonRefused(message(text))


def _no_constant(name: str) -> Any:
    raise _refuse(
        QT_TRANSLATE_NOOP("Sync", "it holds a number that is not a number (NaN or Infinity)")
    )


def _no_fraction(text: str) -> Any:
    raise _refuse(QT_TRANSLATE_NOOP("Sync", "it holds a fractional or exponent number"))


def _small_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _refuse(QT_TRANSLATE_NOOP("Sync", "it holds a number that is far too large"))
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _refuse(QT_TRANSLATE_NOOP("Sync", "it gives a field twice in one object"))
        obj[key] = value
    return obj


def strict_json(data: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse UTF-8 JSON the way our files are written, or JsonRefused saying what is wrong.

    Refused: invalid UTF-8 or JSON, NaN/Infinity, fractions and exponents,
    integers of more than 15 digits, a key twice in one object, and nesting
    deeper than `max_depth`.
    """
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        doc = json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_no_fraction,
            parse_int=_small_int,
            object_pairs_hook=_unique_keys,
        )
    except UnicodeDecodeError:
        raise _refuse(QT_TRANSLATE_NOOP("Sync", "it is not UTF-8 text")) from None
    except RecursionError:
        raise _refuse(QT_TRANSLATE_NOOP("Sync", "it is nested far too deeply")) from None
    except json.JSONDecodeError:
        raise _refuse(QT_TRANSLATE_NOOP("Sync", "it is not valid JSON")) from None
    # Depth, without recursion: (value, depth) pairs still to look at.
    todo: list[tuple[Any, int]] = [(doc, 1)]
    while todo:
        value, depth = todo.pop()
        if isinstance(value, dict | list):
            if depth > max_depth:
                raise _refuse(QT_TRANSLATE_NOOP("Sync", "it is nested far too deeply"))
            items = value.values() if isinstance(value, dict) else value
            todo.extend((v, depth + 1) for v in items)
    return doc
