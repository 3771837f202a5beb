"""One strict JSON reader for everything read from the hub, and the type checks after it.

Anything in the hub may be crafted, so JSON from it is read one way only:
bounded in size and nesting depth, NaN/Infinity and numbers that overflow to
infinity (1e400) refused, duplicate keys refused (two readers could otherwise
see two different documents in one file), then every value checked for its
type and range before use: an int is an int (never a bool, never a float or a
string of digits) within its bounds, text is a str of bounded length, an
object is a dict. Every failure raises `Malformed` naming the part of the
document (never its content), which callers turn into a quarantine reason.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

MAX_DEPTH = 16
HEX64 = re.compile(r"[0-9a-f]{64}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Malformed(ValueError):
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


# One decoder for every read (json.loads with options would build a new one each call).
_DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_float, object_pairs_hook=_pairs)


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
