"""What the municipality's signpost says to do for a position and the signs ticked.

The rules follow Barnets Lov § 133 (skærpet underretningspligt) as the profile
encodes it: the reporting duty applies when the position's signpost says so or
when any ticked sign indicates abuse or on its own gives reason to assume a need
for special support, whatever the position. Signs of violence or abuse by people
close to the child put the case on the abuse path: parents must not be told
before the report.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .i18n import QT_TRANSLATE_NOOP, Message, ProfileText
from .profile import Position, Profile, ReportingDuty, Sign, SignDomain, Signpost

CONTEXT = "Guidance"


@dataclass(frozen=True)
class Guidance:
    """The signpost's advice for one position and set of signs."""

    position: Position
    signpost: Signpost
    # The reporting duty applies: report to the municipality (it is personal).
    reporting_duty: bool
    # The signpost asks staff to consider a report (False when the duty applies).
    consider_report: bool
    # Signs of violence or abuse: report, and do NOT inform the parents first.
    abuse_path: bool
    # Why the duty applies: the position and/or the signs, one message each.
    reasons: tuple[Message, ...]
    abuse_signs: tuple[Sign, ...] = ()
    duty_signs: tuple[Sign, ...] = ()  # signs that trigger the duty (abuse ones included)

    @property
    def inform_parents_first(self) -> bool:
        """Normally parents are involved before a report, except on the abuse path."""
        return not self.abuse_path

    @property
    def plan_required(self) -> bool:
        """Whether the position calls for an action plan."""
        return self.signpost.plan_required

    def follow_up_date(self, from_date: date) -> date:
        """When to follow up, counted from `from_date` (the assessment date)."""
        return from_date + timedelta(weeks=self.signpost.follow_up_weeks)


def known_signs(profile: Profile, sign_keys: Iterable[str]) -> tuple[Sign, ...]:
    """The profile's signs for `sign_keys`, in order, skipping unknown keys and repeats."""
    seen: set[str] = set()
    signs = []
    for key in sign_keys:
        sign = profile.sign(key)
        if sign is not None and key not in seen:
            seen.add(key)
            signs.append(sign)
    return tuple(signs)


def is_abuse_path(profile: Profile, sign_keys: Iterable[str]) -> bool:
    """True if any ticked sign indicates violence or abuse (no position needed)."""
    return any(s.indicates_abuse for s in known_signs(profile, sign_keys))


def guidance_for(profile: Profile, position_key: str, sign_keys: Iterable[str]) -> Guidance:
    """The guidance for `position_key` with the signs `sign_keys` ticked.

    Raises KeyError for a position not on the profile's scale. Unknown sign keys
    are skipped here; `validation` reports them.
    """
    position = profile.scale.position(position_key)
    if position is None:
        raise KeyError(position_key)
    signpost = position.signpost
    signs = known_signs(profile, sign_keys)
    abuse = tuple(s for s in signs if s.indicates_abuse)
    duty_signs = tuple(s for s in signs if s.indicates_abuse or s.triggers_reporting_duty)

    reasons: list[Message] = []
    if signpost.reporting_duty is ReportingDuty.YES:
        reasons.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Guidance",
                    'The position "{position}" means there is reason to assume the child '
                    "needs special support.",
                ),
                {"position": ProfileText(position.label)},
            )
        )
    for sign in abuse:
        reasons.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Guidance",
                    'The sign "{sign}" may indicate violence or abuse. Report it, and do not '
                    "inform the parents first.",
                ),
                {"sign": ProfileText(sign.label)},
            )
        )
    for sign in duty_signs:
        if not sign.indicates_abuse:
            reasons.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Guidance",
                        'The sign "{sign}" on its own gives reason to assume the child needs '
                        "special support.",
                    ),
                    {"sign": ProfileText(sign.label)},
                )
            )

    duty = bool(reasons)
    return Guidance(
        position=position,
        signpost=signpost,
        reporting_duty=duty,
        consider_report=signpost.reporting_duty is ReportingDuty.CONSIDER and not duty,
        abuse_path=bool(abuse),
        reasons=tuple(reasons),
        abuse_signs=abuse,
        duty_signs=duty_signs,
    )


def age_in_months(birth_date: date, on_date: date) -> int:
    """Completed months of age on `on_date`.

    A month is completed on the same day of a later month, or on that month's
    last day when it is shorter (born 31 January: one month old on 28/29 February).
    """
    if on_date < birth_date:
        raise ValueError(f"{on_date.isoformat()} is before the birth date {birth_date.isoformat()}")
    months = (on_date.year - birth_date.year) * 12 + on_date.month - birth_date.month
    last_day = calendar.monthrange(on_date.year, on_date.month)[1]
    if on_date.day < min(birth_date.day, last_day):
        months -= 1
    return months


def sign_applies(profile: Profile, sign: Sign, age_months: int) -> bool:
    """Whether `sign` applies at `age_months`. A sign without age bands applies at any age."""
    if not sign.age_bands:
        return True
    return any(b.key in sign.age_bands and b.contains(age_months) for b in profile.age_bands)


def signs_for_age(profile: Profile, age_months: int) -> tuple[SignDomain, ...]:
    """The sign domains with only the signs for `age_months`; empty domains are left out."""
    domains = []
    for domain in profile.sign_domains:
        signs = tuple(s for s in domain.signs if sign_applies(profile, s, age_months))
        if signs:
            domains.append(replace(domain, signs=signs))
    return tuple(domains)


def answer_keys(profile: Profile) -> tuple[str, ...]:
    """The keys under which `Assessment.answers` stores answers to the profile's questions.

    "q1", "q2", ... for `practice.questions` in order, plus the keys of framework
    items of kind "question" (a profile may describe its questions there).
    """
    keys = [f"q{i}" for i in range(1, len(profile.practice.questions) + 1)]
    keys += [item.key for item in profile.framework if item.kind == "question"]
    return tuple(dict.fromkeys(keys))
