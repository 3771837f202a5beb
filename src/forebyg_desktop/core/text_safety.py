"""Which characters entered text may hold, and how to show the others harmlessly.

Names and other one-line fields refuse every control character (C0, DEL, C1),
line and paragraph separators and the invisible characters that change the
direction text is shown in (bidi embeddings, overrides, isolates and marks): a
name with U+202E can show its letters in another order than they are stored,
and an ESC in a name printed to a terminal is a command to that terminal.
Multi-line notes may also hold line feeds and tabs, and the direction marks
(U+200E, U+200F, U+061C) that right-to-left text may need.

`for_matching` gives the form of a text that CPR detection reads: NFKC
normalised (full-width digits and dashes become ASCII) with the invisible
format characters (Unicode category Cf, e.g. soft hyphen, zero-width space)
removed, so hiding a character between digits does not hide the number.
`escape_unsafe` shows unsafe characters as visible escapes for terminal output.

Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls, DEL and C1 controls.
_CONTROLS = "\x00-\x1f\x7f-\x9f"
# Embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069): they reorder
# the display of everything after them.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Direction marks: invisible, harmless inside right-to-left prose, never needed in a name.
_BIDI_MARKS = "\u061c\u200e\u200f"
_LINE_SEPARATORS = "\u2028\u2029"

_UNSAFE_ONE_LINE = re.compile(f"[{_CONTROLS}{_BIDI_CONTROLS}{_BIDI_MARKS}{_LINE_SEPARATORS}]")
_UNSAFE_MULTI_LINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
# What terminal output escapes: everything a one-line field refuses but the line
# feeds and tabs the output itself is laid out with.
_UNSAFE_OUTPUT = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}{_BIDI_MARKS}{_LINE_SEPARATORS}]"
)

# Every code point of Unicode category Cf (format characters), as of Unicode 15
# (tests/core/test_text_safety.py compares it with unicodedata). Listed rather
# than computed so importing the module stays instant.
_FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def line_break_in(text: str) -> bool:
    """Whether `text` holds a line break (what a one-line field cannot show)."""
    return _LINE_BREAK.search(text) is not None


def is_line_break(char: str) -> bool:
    """Whether `char` breaks a line."""
    return _LINE_BREAK.fullmatch(char) is not None


def first_unsafe(text: str, *, multi_line: bool = False) -> str | None:
    """The first character a field of this kind refuses, or None."""
    found = (_UNSAFE_MULTI_LINE if multi_line else _UNSAFE_ONE_LINE).search(text)
    return found.group() if found else None


def is_bidi_control(char: str) -> bool:
    """Whether `char` changes the direction text is shown in."""
    return bool(re.fullmatch(f"[{_BIDI_CONTROLS}{_BIDI_MARKS}]", char))


def code_point(char: str) -> str:
    """ "U+001B": how messages name a character without showing it."""
    return f"U+{ord(char):04X}"


def for_matching(text: str) -> str:
    """`text` NFKC-normalised with its format characters (category Cf) removed."""
    if text.isascii():
        return text  # NFKC leaves ASCII as it is, and ASCII has no format characters
    if not unicodedata.is_normalized("NFKC", text):  # Danish letters mostly are
        text = unicodedata.normalize("NFKC", text)
    return _FORMAT_CHARACTERS.sub("", text)


def _escape(match: re.Match[str]) -> str:
    value = ord(match.group())
    return f"\\x{value:02x}" if value <= 0xFF else f"\\u{value:04x}"


def escape_unsafe(text: str) -> str:
    """`text` with control and direction characters shown as escapes (\\x1b, \\u202e).

    Line feeds and tabs stay: callers that print a one-line value escape
    those first (`escape_line`).
    """
    return _UNSAFE_OUTPUT.sub(_escape, text)


def escape_line(text: str) -> str:
    """A value for one line of terminal output: every unsafe character and line break escaped."""
    return escape_unsafe(text).replace("\n", "\\n").replace("\t", "\\t")


_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI_CONTROLS}{_BIDI_MARKS}{_LINE_SEPARATORS}]")


def json_safe(encoded: str) -> str:
    """JSON text (as json.dumps writes it with ensure_ascii=False) safe for a terminal.

    json.dumps escapes C0 controls itself; DEL, C1 controls and the direction
    and line-separator characters it leaves raw become \\uXXXX escapes. They
    can only stand inside strings, where the escape means the same character.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)
