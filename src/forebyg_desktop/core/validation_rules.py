"""The shared parts of record validation: Problem, field labels and common checks.

`Errors` collects Problems for one record and holds the checks every record
type uses: free text (required, length, no CPR number), dates, scale positions
and the profile a record was made with. The validators themselves are in
`validation` (children, plans, evaluations, consents) and
`validation_assessment`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date

from .i18n import QT_TRANSLATE_NOOP, Message, ProfileText
from .problem import Problem
from .profile import Profile
from .text_safety import code_point, first_unsafe, for_matching, is_bidi_control, line_break_in

CONTEXT = "Validation"
NAME_MAX = 200  # names of children, staff, groups, recipients
TEXT_MAX = 20_000  # free text; far beyond any real note, it stops accidental pastes

# DD MM YY XXXX with any short run of separators between the groups (spaces,
# dots, slashes, hyphens, dashes, the minus sign), not part of a longer number.
# It is matched on `for_matching(text)`, so full-width digits and dashes count and
# invisible characters between the digits do not hide the number. The day and
# month must make a date; the modulus-11 check is not used since 2007.
_SEP = r"[\s.\-/_\u2010-\u2015\u2043\u2044\u2212\u2215]{0,3}"
_CPR = re.compile(rf"(?<!\d)(\d\d){_SEP}(\d\d){_SEP}\d\d{_SEP}\d{{4}}(?!\d)")


def contains_cpr(text: str) -> bool:
    """Whether `text` seems to contain a Danish CPR number, however it is written."""
    text = for_matching(text)
    if _CPR.search(text) is None:  # the common case: one scan, no match
        return False
    for match in _CPR.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        # 2000 is a leap year, so 29 February counts whatever the century.
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:
            return True
    return False


def field_label(text: str, **params: object) -> Message:
    """A field's name for messages, translated in context "Field"."""
    return Message("Field", text, params)


LABELS: dict[str, Message] = {
    "name": field_label(QT_TRANSLATE_NOOP("Field", "Name")),
    "group": field_label(QT_TRANSLATE_NOOP("Field", "Group")),
    "birth_date": field_label(QT_TRANSLATE_NOOP("Field", "Birth date")),
    "date": field_label(QT_TRANSLATE_NOOP("Field", "Date")),
    "archived": field_label(QT_TRANSLATE_NOOP("Field", "Date archived")),
    "assessors": field_label(QT_TRANSLATE_NOOP("Field", "Assessor")),
    "observations": field_label(QT_TRANSLATE_NOOP("Field", "Observations")),
    "child_view": field_label(QT_TRANSLATE_NOOP("Field", "The child's view")),
    "parents_view": field_label(QT_TRANSLATE_NOOP("Field", "The parents' view")),
    "family_resources": field_label(QT_TRANSLATE_NOOP("Field", "The family's resources")),
    "agreed_reason": field_label(QT_TRANSLATE_NOOP("Field", "Reason for the agreed position")),
    "parents_informed_how": field_label(
        QT_TRANSLATE_NOOP("Field", "How the parents were informed")
    ),
    "report_date": field_label(QT_TRANSLATE_NOOP("Field", "Report date")),
    "report_by": field_label(QT_TRANSLATE_NOOP("Field", "Reported by")),
    "report_reason": field_label(QT_TRANSLATE_NOOP("Field", "Report decision reason")),
    "coordinator": field_label(QT_TRANSLATE_NOOP("Field", "Coordinator")),
    "follow_up": field_label(QT_TRANSLATE_NOOP("Field", "Follow-up date")),
    "note": field_label(QT_TRANSLATE_NOOP("Field", "Note")),
    "by": field_label(QT_TRANSLATE_NOOP("Field", "Evaluated by")),
    "next_follow_up": field_label(QT_TRANSLATE_NOOP("Field", "Next follow-up date")),
    "given_by": field_label(QT_TRANSLATE_NOOP("Field", "Consent given by")),
    "recipient": field_label(QT_TRANSLATE_NOOP("Field", "Recipient")),
    "purpose": field_label(QT_TRANSLATE_NOOP("Field", "Purpose")),
    "given_date": field_label(QT_TRANSLATE_NOOP("Field", "Date given")),
    "expires": field_label(QT_TRANSLATE_NOOP("Field", "Expiry date")),
    "withdrawn": field_label(QT_TRANSLATE_NOOP("Field", "Date withdrawn")),
}


class Errors:
    """Collects Problems with the checks shared by all record types."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, where: str, text: str, /, **params: object) -> None:
        self.items.append(Problem(where, Message(CONTEXT, text, params)))

    def text(
        self,
        field: str,
        value: str,
        *,
        label: Message | None = None,
        required: bool = False,
        max_len: int = TEXT_MAX,
        one_line: bool = False,
    ) -> None:
        """Required (not blank), not too long, no CPR number, no unsafe characters.

        `one_line` (names, titles, short answers): no line breaks, control or
        text-direction characters at all; otherwise (notes) line feeds and tabs
        are fine.
        """
        label = label or LABELS[field]
        if required and not value.strip():
            self.add(field, QT_TRANSLATE_NOOP("Validation", "{field} is required."), field=label)
        if len(value) > max_len:
            self.add(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "{field} is too long: {length} characters, at most {max}."
                ),
                field=label,
                length=len(value),
                max=max_len,
            )
        self.characters(field, value, label=label, one_line=one_line)
        if contains_cpr(value):
            self.add(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{field} seems to contain a CPR number. Do not enter CPR numbers.",
                ),
                field=label,
            )

    def characters(
        self, field: str, value: str, *, label: Message | None = None, one_line: bool = True
    ) -> None:
        """No control or text-direction characters (and no line break in a one-line field).

        The message names the character by its code point, never the text.
        """
        label = label or LABELS[field]
        if one_line and line_break_in(value):
            self.add(
                field,
                QT_TRANSLATE_NOOP("Validation", "{field} must be on one line."),
                field=label,
            )
            return
        char = first_unsafe(value, multi_line=not one_line)
        if char is None:
            return
        if is_bidi_control(char):
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "{field} contains an invisible character that changes the text direction "
                "({char}); remove it.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Validation", "{field} contains a control character ({char}); remove it."
            )
        self.add(field, text, field=label, char=code_point(char))

    def not_future(self, field: str, value: date | None, today: date | None) -> None:
        if value is not None and today is not None and value > today:
            self.add(
                field,
                QT_TRANSLATE_NOOP("Validation", "{field} {value} is in the future."),
                field=LABELS[field],
                value=value.isoformat(),
            )

    def after(self, field: str, value: date, start: date) -> None:
        if value <= start:
            self.add(
                field,
                QT_TRANSLATE_NOOP("Validation", "{field} {value} must be after {start}."),
                field=LABELS[field],
                value=value.isoformat(),
                start=start.isoformat(),
            )

    def position(self, field: str, key: str, profile: Profile) -> None:
        if profile.scale.position(key) is None:
            self.add(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", 'Unknown position "{key}" — the {scale} scale has: {keys}.'
                ),
                key=key,
                scale=ProfileText(profile.scale.name),
                keys=", ".join(profile.scale.keys),
            )

    def profile(self, made_with: str, profile: Profile) -> None:
        if made_with != profile.id:
            self.add(
                "profile_id",
                QT_TRANSLATE_NOOP(
                    "Validation", 'The record was made with profile "{made}", not "{profile}".'
                ),
                made=made_with,
                profile=profile.id,
            )

    def repeats(self, field: str, keys: Iterable[str], text: str) -> None:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                self.add(field, text, key=key)
            seen.add(key)
