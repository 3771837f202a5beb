"""The HTML building blocks of the documents for the parents (Qt's rich-text subset).

The style sheet, escaping, and `Writer`: translation, dates and escaped HTML
pieces (sections, lists, tables, the title block, the whole document) in one
language. Every text that goes in is escaped here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.reports.report_strings import CONTEXT, S, Translate

STYLE = """
h1 { font-size: 18pt; font-weight: bold; color: #1F3A5F; margin-top: 14px; margin-bottom: 8px; }
h2 { font-size: 12.5pt; font-weight: bold; color: #1F3A5F; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul { margin-top: 2px; margin-bottom: 4px; }
li { margin-bottom: 2px; }
.municipality { font-size: 15pt; font-weight: bold; color: #1F3A5F; margin-bottom: 2px; }
.muted { color: #505050; }
.empty { color: #6B6B6B; font-style: italic; }
.key { font-weight: bold; color: #333333; }
.label { font-size: 15pt; font-weight: bold; margin-bottom: 4px; }
.notice { color: #505050; font-size: 8.5pt; }
th { background-color: #E6ECF3; font-weight: bold; }
"""


def esc(text: str) -> str:
    """`text` escaped for HTML text and attribute values."""
    return html.escape(text, quote=True)


def lines(text: str) -> list[str]:
    """The non-empty lines of `text`, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class Writer:
    """Translation, dates and escaped HTML pieces in one language."""

    def __init__(self, tr: Translate, lang: str) -> None:
        self.tr = tr
        self.lang = "en" if lang == "en" else "da"

    def t(self, source: str) -> str:
        return self.tr(CONTEXT, source)

    def date(self, d: date | None) -> str:
        if d is None:
            return "—"
        return f"{d.day:02d}.{d.month:02d}.{d.year}" if self.lang == "da" else d.isoformat()

    def text(self, value: str) -> str:
        """A user text as paragraphs; an empty one says so."""
        if not value.strip():
            return f'<p class="empty">{esc(self.t(S.NOT_FILLED))}</p>'
        return "".join(f"<p>{esc(line)}</p>" for line in lines(value))

    def section(self, heading: str, body: str) -> str:
        return f"<h2>{esc(self.t(heading))}</h2>{body}"

    def sub(self, heading: str, body: str) -> str:
        return f"<h3>{esc(heading)}</h3>{body}"

    def bullets(self, items: Iterable[str], none: str = "") -> str:
        lis = "".join(f"<li>{esc(i)}</li>" for i in items)
        if lis:
            return f"<ul>{lis}</ul>"
        return f'<p class="empty">{esc(self.t(none))}</p>' if none else ""

    def facts(self, rows: Sequence[tuple[str, str]]) -> str:
        cells = "".join(
            f'<tr><td class="key" width="28%">{esc(self.t(k))}</td><td>{esc(v)}</td></tr>'
            for k, v in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>'

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: str) -> str:
        """A bordered table; `widths` like "50% 30% 20%"."""
        if not rows:
            return self.bullets((), S.NONE_RECORDED)
        head = "".join(
            f'<th align="left" width="{w}">{esc(self.t(h) if h else "")}</th>'
            for h, w in zip(headers, widths.split(), strict=True)
        )
        body = "".join(
            "<tr>" + "".join(f'<td valign="top">{esc(c)}</td>' for c in r) + "</tr>" for r in rows
        )
        return (
            '<table width="100%" border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-color: #9AA7B4;">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )

    def header(self, profile: Profile, heading: str, today: date) -> str:
        """The title block: municipality, profile, what the document is for, print date."""
        muni = profile.municipality or profile.name.get(self.lang)
        profile_name = profile.name.get(self.lang) if profile.municipality else ""
        printed = self.t(S.PRINTED).format(date=self.date(today))
        return (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top"><p class="municipality">{esc(muni)}</p>'
            f'<p class="muted">{esc(profile_name)}</p></td>'
            f'<td valign="top" align="right"><p class="muted">{esc(self.t(S.FOR_MEETING))}</p>'
            f'<p class="muted">{esc(printed)}</p></td></tr></table>'
            f"<hr><h1>{esc(self.t(heading))}</h1>"
        )

    def document(self, title: str, parts: Iterable[str]) -> str:
        notice = f'<hr><p class="notice">{esc(self.t(S.CONFIDENTIAL))}</p>'
        return (
            '<html><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}{notice}</body></html>"
        )
