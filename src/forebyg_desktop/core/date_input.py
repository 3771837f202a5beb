"""Dates as people type them and as Danish Excel writes them.

Staff type birth dates the Danish way (31.12.2021, 31-12-2021, 31/12/2021,
1/9/2021) and spreadsheets saved as CSV carry whatever the cell showed;
ISO (2021-12-31) is what the program itself writes. Day comes before month
in every non-ISO form, as in Denmark. Two-digit years are refused: a
birth date "01-02-03" could be 1903, 2003 or day and year swapped.
Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["parse_day"]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DANISH = re.compile(r"(\d{1,2})([.\-/])(\d{1,2})\2(\d{4})")


def parse_day(text: str) -> date | None:
    """The date `text` names (ISO or day-month-year with . - or /), or None."""
    text = text.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        danish = _DANISH.fullmatch(text)
        if danish is None:
            return None
        day, month, year = int(danish.group(1)), int(danish.group(3)), int(danish.group(4))
    try:
        return date(year, month, day)
    except ValueError:
        return None
