"""Check records against the rules and the municipality's profile before saving.

Every validator returns *all* problems as FieldErrors, each naming the field
and saying what is wrong in a translatable Message. `FieldError.field` is the
record's field name; parts of structured lists are addressed as
"goals[0].indicator", answers as "answers.<key>". Lists of plain keys (signs,
assessors, covers) report on the list's own name with the key as a parameter.

Some message parameters are themselves Messages (field labels, context
"Field") or ProfileTexts (profile labels in Danish and English): the UI should
translate or localise them before formatting; `Message.english()` already
formats them in English for the CLI.

Assessments: a draft is checked only for known keys and impossible values; a
finalised one (or one being finalised) must also be complete.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .guidance import ProfileText, answer_keys, guidance_for, known_signs, sign_applies
from .guidance import age_in_months as _age_in_months
from .i18n import QT_TRANSLATE_NOOP, Message
from .profile import EvaluationDecision, Profile
from .records import (
    CONSENT_COVERS,
    ActionPlan,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    Consent,
    ParentsInformed,
    PlanEvaluation,
    ReportDecision,
)

CONTEXT = "Validation"
NAME_MAX = 200  # names of children, staff, groups, recipients
TEXT_MAX = 20_000  # free text; far beyond any real note, it stops accidental pastes
MAX_AGE_YEARS = 25  # children and young people, with room for after-care up to 23

# DDMMYY-XXXX, DDMMYYXXXX or DDMMYY XXXX, not part of a longer number. The day
# and month must make a date; the modulus-11 check is not used since 2007.
_CPR = re.compile(r"(?<!\d)(\d\d)(\d\d)\d\d[ \u00a0\-\u2010-\u2015]?\d{4}(?!\d)")


def contains_cpr(text: str) -> bool:
    """Whether `text` seems to contain a Danish CPR number."""
    for match in _CPR.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        # 2000 is a leap year, so 29 February counts whatever the century.
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:
            return True
    return False


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a record."""

    field: str
    message: Message

    def __str__(self) -> str:
        return self.message.english()


def _label(text: str, **params: object) -> Message:
    return Message("Field", text, params)


LABELS: dict[str, Message] = {
    "name": _label(QT_TRANSLATE_NOOP("Field", "Name")),
    "group": _label(QT_TRANSLATE_NOOP("Field", "Group")),
    "birth_date": _label(QT_TRANSLATE_NOOP("Field", "Birth date")),
    "date": _label(QT_TRANSLATE_NOOP("Field", "Date")),
    "assessors": _label(QT_TRANSLATE_NOOP("Field", "Assessor")),
    "observations": _label(QT_TRANSLATE_NOOP("Field", "Observations")),
    "child_view": _label(QT_TRANSLATE_NOOP("Field", "The child's view")),
    "parents_view": _label(QT_TRANSLATE_NOOP("Field", "The parents' view")),
    "family_resources": _label(QT_TRANSLATE_NOOP("Field", "The family's resources")),
    "agreed_reason": _label(QT_TRANSLATE_NOOP("Field", "Reason for the agreed position")),
    "parents_informed_how": _label(QT_TRANSLATE_NOOP("Field", "How the parents were informed")),
    "report_date": _label(QT_TRANSLATE_NOOP("Field", "Report date")),
    "report_by": _label(QT_TRANSLATE_NOOP("Field", "Reported by")),
    "report_reason": _label(QT_TRANSLATE_NOOP("Field", "Report decision reason")),
    "coordinator": _label(QT_TRANSLATE_NOOP("Field", "Coordinator")),
    "follow_up": _label(QT_TRANSLATE_NOOP("Field", "Follow-up date")),
    "note": _label(QT_TRANSLATE_NOOP("Field", "Note")),
    "by": _label(QT_TRANSLATE_NOOP("Field", "Evaluated by")),
    "next_follow_up": _label(QT_TRANSLATE_NOOP("Field", "Next follow-up date")),
    "given_by": _label(QT_TRANSLATE_NOOP("Field", "Consent given by")),
    "recipient": _label(QT_TRANSLATE_NOOP("Field", "Recipient")),
    "purpose": _label(QT_TRANSLATE_NOOP("Field", "Purpose")),
    "given_date": _label(QT_TRANSLATE_NOOP("Field", "Date given")),
    "expires": _label(QT_TRANSLATE_NOOP("Field", "Expiry date")),
    "withdrawn": _label(QT_TRANSLATE_NOOP("Field", "Date withdrawn")),
}


class _Errors:
    """Collects FieldErrors with the checks shared by all record types."""

    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, where: str, text: str, /, **params: object) -> None:
        self.items.append(FieldError(where, Message(CONTEXT, text, params)))

    def text(
        self,
        field: str,
        value: str,
        *,
        label: Message | None = None,
        required: bool = False,
        max_len: int = TEXT_MAX,
    ) -> None:
        """Required (not blank), not too long, no CPR number."""
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
        if contains_cpr(value):
            self.add(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{field} seems to contain a CPR number. Do not enter CPR numbers.",
                ),
                field=label,
            )

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


def _years_before(day: date, years: int) -> date:
    # 29 February minus whole years lands on 28 February in common years.
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def validate_child(child: Child, *, today: date) -> list[FieldError]:
    """Name and group, and a birth date of a child or young person."""
    e = _Errors()
    e.text("name", child.name, required=True, max_len=NAME_MAX)
    e.text("group", child.group, max_len=NAME_MAX)
    e.not_future("birth_date", child.birth_date, today)
    if child.birth_date < _years_before(today, MAX_AGE_YEARS):
        e.add(
            "birth_date",
            QT_TRANSLATE_NOOP("Validation", "Birth date {value} is more than {years} years ago."),
            value=child.birth_date.isoformat(),
            years=MAX_AGE_YEARS,
        )
    return e.items


def validate_assessment(
    a: Assessment,
    profile: Profile,
    *,
    child: Child,
    today: date,
    finalising: bool = False,
    known: Mapping[str, Assessment] | None = None,
) -> list[FieldError]:
    """Check an assessment against the profile and the child.

    `finalising`: check completeness too (implied when `a.status` is final).
    `known`: the assessments `a.based_on` and `a.supersedes` refer to, by id,
    if the caller looked them up; their kind, child and status are then checked.
    """
    e = _Errors()
    complete = finalising or a.status is AssessmentStatus.FINAL
    joint = a.kind is AssessmentKind.JOINT
    e.profile(a.profile_id, profile)
    if a.child_id != child.id:
        e.add("child_id", QT_TRANSLATE_NOOP("Validation", "The record is for another child."))

    e.not_future("date", a.date, today)
    months = None
    if a.date < child.birth_date:
        e.add(
            "date",
            QT_TRANSLATE_NOOP(
                "Validation", "Date {value} is before the child's birth date {birth}."
            ),
            value=a.date.isoformat(),
            birth=child.birth_date.isoformat(),
        )
    else:
        months = _age_in_months(child.birth_date, a.date)

    for name in a.assessors:
        e.text("assessors", name, required=True, max_len=NAME_MAX)
    e.repeats(
        "assessors",
        a.assessors,
        QT_TRANSLATE_NOOP("Validation", 'Assessor "{key}" is listed twice.'),
    )

    if a.position:
        e.position("position", a.position, profile)
    _check_signs(e, a, profile, months)
    for key in a.protective:
        if profile.protective_factor(key) is None:
            e.add(
                "protective",
                QT_TRANSLATE_NOOP("Validation", 'Unknown protective factor "{key}".'),
                key=key,
            )
    e.repeats(
        "protective",
        a.protective,
        QT_TRANSLATE_NOOP("Validation", 'Protective factor "{key}" is ticked twice.'),
    )
    questions = answer_keys(profile)
    for key, answer in a.answers.items():
        if key not in questions:
            e.add("answers", QT_TRANSLATE_NOOP("Validation", 'Unknown question "{key}".'), key=key)
        label = _label(QT_TRANSLATE_NOOP("Field", "Answer to question {key}"), key=key)
        e.text(f"answers.{key}", answer, label=label)

    for name in ("observations", "child_view", "parents_view", "family_resources"):
        e.text(name, getattr(a, name))
    e.text("agreed_reason", a.agreed_reason, required=complete and joint)
    e.text(
        "parents_informed_how",
        a.parents_informed_how,
        required=complete and a.parents_informed is ParentsInformed.YES,
    )
    e.text("report_by", a.report_by, max_len=NAME_MAX)
    e.text("report_reason", a.report_reason)
    e.not_future("report_date", a.report_date, today)

    abuse = any(s.indicates_abuse for s in known_signs(profile, a.signs))
    if a.parents_informed is ParentsInformed.WITHHELD and not abuse:
        e.add(
            "parents_informed",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Parents may only be kept uninformed when a sign of violence or abuse is ticked.",
            ),
        )

    _check_references(e, a, known, complete)
    if complete:
        _check_complete(e, a, profile)
    return e.items


def _check_signs(e: _Errors, a: Assessment, profile: Profile, months: int | None) -> None:
    for key in a.signs:
        sign = profile.sign(key)
        if sign is None:
            e.add("signs", QT_TRANSLATE_NOOP("Validation", 'Unknown sign "{key}".'), key=key)
        elif months is not None and not sign_applies(profile, sign, months):
            e.add(
                "signs",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    'Sign "{sign}" does not apply to the child\'s age band ({months} months).',
                ),
                key=key,
                sign=ProfileText(sign.label),
                months=months,
            )
    e.repeats("signs", a.signs, QT_TRANSLATE_NOOP("Validation", 'Sign "{key}" is ticked twice.'))


def _check_references(
    e: _Errors, a: Assessment, known: Mapping[str, Assessment] | None, complete: bool
) -> None:
    if a.based_on and a.kind is not AssessmentKind.JOINT:
        e.add(
            "based_on",
            QT_TRANSLATE_NOOP(
                "Validation", "Only a joint assessment is based on individual assessments."
            ),
        )
    e.repeats(
        "based_on",
        a.based_on,
        QT_TRANSLATE_NOOP("Validation", 'Individual assessment "{key}" is listed twice.'),
    )
    if a.supersedes == a.id:
        e.add("supersedes", QT_TRANSLATE_NOOP("Validation", "An assessment cannot correct itself."))
    if known is None:
        return
    refs = [("based_on", key) for key in dict.fromkeys(a.based_on)]
    if a.supersedes and a.supersedes != a.id:
        refs.append(("supersedes", a.supersedes))
    for field, key in refs:
        other = known.get(key)
        if other is None:
            e.add(
                field, QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" was not found.'), key=key
            )
        elif other.child_id != a.child_id:
            e.add(
                field,
                QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" is for another child.'),
                key=key,
            )
        elif field == "based_on" and other.kind is not AssessmentKind.INDIVIDUAL:
            e.add(
                field,
                QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" is not an individual one.'),
                key=key,
            )
        elif other.status is not AssessmentStatus.FINAL and (complete or field == "supersedes"):
            # Only a finalised assessment is corrected by a new version; drafts are edited.
            e.add(
                field,
                QT_TRANSLATE_NOOP("Validation", 'Assessment "{key}" is still a draft.'),
                key=key,
            )


def _check_complete(e: _Errors, a: Assessment, profile: Profile) -> None:
    if not a.position:
        e.add("position", QT_TRANSLATE_NOOP("Validation", "Choose a position on the scale."))
    if not a.assessors:
        e.add("assessors", QT_TRANSLATE_NOOP("Validation", "Name at least one assessor."))
    if a.kind is AssessmentKind.JOINT:
        need = max(1, profile.practice.min_individual_assessors)
        if len(set(a.based_on)) < need:
            e.add(
                "based_on",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A joint assessment needs at least {n} individual assessments "
                    "(profile practice).",
                ),
                n=need,
            )

    if profile.scale.position(a.position) is not None:
        g = guidance_for(profile, a.position, a.signs)
        duty, consider = g.reporting_duty, g.consider_report
    else:  # the position error is reported above; signs alone can still bring the duty
        signs = known_signs(profile, a.signs)
        duty = any(s.indicates_abuse or s.triggers_reporting_duty for s in signs)
        consider = False
    decision = a.report_decision
    if decision is ReportDecision.PENDING:
        e.add(
            "report_decision",
            QT_TRANSLATE_NOOP(
                "Validation",
                'Decide on the report before finalising: "pending" is only for drafts.',
            ),
        )
    elif decision is ReportDecision.NOT_APPLICABLE and duty:
        e.add(
            "report_decision",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The reporting duty applies: record whether a report was made, or why not.",
            ),
        )
    elif decision is ReportDecision.NOT_APPLICABLE and consider:
        e.add(
            "report_decision",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The signpost asks you to consider a report: record whether a report was "
                "made, or why not.",
            ),
        )
    elif decision is ReportDecision.REPORTED:
        if a.report_date is None:
            e.add(
                "report_date",
                QT_TRANSLATE_NOOP("Validation", "{field} is required."),
                field=LABELS["report_date"],
            )
        e.text("report_by", a.report_by, required=True, max_len=NAME_MAX)
    elif decision is ReportDecision.NOT_REPORTED and not a.report_reason.strip():
        e.add(
            "report_reason",
            QT_TRANSLATE_NOOP("Validation", "Explain why no report was made."),
        )


def validate_plan(
    p: ActionPlan, profile: Profile, *, today: date, created: date | None = None
) -> list[FieldError]:
    """Check an action plan: goals with indicators, measures, coordinator, follow-up.

    Dates are checked against `created` (when the plan was first saved), or
    `today` for a new plan: the follow-up must come after it, deadlines not before.
    """
    e = _Errors()
    start = created or today
    e.profile(p.profile_id, profile)
    if profile.plan_template(p.template) is None:
        e.add(
            "template",
            QT_TRANSLATE_NOOP("Validation", 'Unknown plan template "{key}".'),
            key=p.template,
        )
    if not p.goals:
        e.add(
            "goals",
            QT_TRANSLATE_NOOP("Validation", "Add at least one goal with a measurable indicator."),
        )
    for i, goal in enumerate(p.goals):
        n = i + 1
        e.text(
            f"goals[{i}].goal",
            goal.goal,
            label=_label(QT_TRANSLATE_NOOP("Field", "Goal {n}"), n=n),
            required=True,
        )
        e.text(
            f"goals[{i}].indicator",
            goal.indicator,
            label=_label(QT_TRANSLATE_NOOP("Field", "Indicator of goal {n}"), n=n),
            required=True,
        )
    for i, measure in enumerate(p.measures):
        n = i + 1
        e.text(
            f"measures[{i}].text",
            measure.text,
            label=_label(QT_TRANSLATE_NOOP("Field", "Measure {n}"), n=n),
            required=True,
        )
        e.text(
            f"measures[{i}].responsible",
            measure.responsible,
            label=_label(QT_TRANSLATE_NOOP("Field", "Responsible for measure {n}"), n=n),
            required=True,
            max_len=NAME_MAX,
        )
        if measure.deadline < start:
            e.add(
                f"measures[{i}].deadline",
                QT_TRANSLATE_NOOP(
                    "Validation", "The deadline {value} of measure {n} is before {start}."
                ),
                value=measure.deadline.isoformat(),
                n=n,
                start=start.isoformat(),
            )
    for name in ("child_view", "parents_view", "family_resources"):
        e.text(name, getattr(p, name))
    e.text("coordinator", p.coordinator, required=True, max_len=NAME_MAX)
    e.after("follow_up", p.follow_up, start)
    return e.items


def validate_evaluation(
    ev: PlanEvaluation, profile: Profile, plan: ActionPlan, *, today: date | None = None
) -> list[FieldError]:
    """Check a plan evaluation: decision offered by the template, positions, follow-up."""
    e = _Errors()
    if ev.plan_id != plan.id:
        e.add("plan_id", QT_TRANSLATE_NOOP("Validation", "The evaluation is for another plan."))
    if ev.child_id != plan.child_id:
        e.add("child_id", QT_TRANSLATE_NOOP("Validation", "The record is for another child."))
    e.not_future("date", ev.date, today)

    template = profile.plan_template(plan.template)
    allowed = template.decisions if template is not None else tuple(EvaluationDecision)
    if ev.decision not in allowed:
        e.add(
            "decision",
            QT_TRANSLATE_NOOP(
                "Validation",
                'The plan template does not offer the decision "{key}". Choose one of: {keys}.',
            ),
            key=ev.decision.value,
            keys=", ".join(d.value for d in allowed),
        )
    if ev.new_position is not None:
        e.position("new_position", ev.new_position, profile)

    closing = ev.decision is EvaluationDecision.CLOSE
    if ev.next_follow_up is None and not closing:
        e.add(
            "next_follow_up",
            QT_TRANSLATE_NOOP(
                "Validation", "Set the next follow-up date (only closing the plan needs none)."
            ),
        )
    elif ev.next_follow_up is not None and closing:
        e.add(
            "next_follow_up",
            QT_TRANSLATE_NOOP("Validation", "A plan that is closed has no next follow-up."),
        )
    elif ev.next_follow_up is not None:
        e.after("next_follow_up", ev.next_follow_up, ev.date)

    if not ev.progress:
        e.add(
            "progress",
            QT_TRANSLATE_NOOP("Validation", "Record progress on at least one indicator."),
        )
    for i, line in enumerate(ev.progress):
        n = i + 1
        e.text(
            f"progress[{i}].indicator",
            line.indicator,
            label=_label(QT_TRANSLATE_NOOP("Field", "Indicator {n}"), n=n),
            required=True,
        )
        e.text(
            f"progress[{i}].progress",
            line.progress,
            label=_label(QT_TRANSLATE_NOOP("Field", "Progress on indicator {n}"), n=n),
        )
    e.text("by", ev.by, required=True, max_len=NAME_MAX)
    e.text("note", ev.note)
    return e.items


def validate_consent(c: Consent, *, today: date) -> list[FieldError]:
    """Check a written consent: who, to whom, why, what, and for how long."""
    e = _Errors()
    e.text("given_by", c.given_by, required=True, max_len=NAME_MAX)
    e.text("recipient", c.recipient, required=True, max_len=NAME_MAX)
    e.text("purpose", c.purpose, required=True)
    if not c.covers:
        e.add("covers", QT_TRANSLATE_NOOP("Validation", "Choose what the consent covers."))
    for key in c.covers:
        if key not in CONSENT_COVERS:
            e.add(
                "covers",
                QT_TRANSLATE_NOOP(
                    "Validation", 'A consent cannot cover "{key}"; it can cover: {keys}.'
                ),
                key=key,
                keys=", ".join(CONSENT_COVERS),
            )
    e.repeats("covers", c.covers, QT_TRANSLATE_NOOP("Validation", '"{key}" is listed twice.'))
    e.not_future("given_date", c.given_date, today)
    e.after("expires", c.expires, c.given_date)
    e.not_future("withdrawn", c.withdrawn, today)
    if c.withdrawn is not None and c.withdrawn < c.given_date:
        e.add(
            "withdrawn",
            QT_TRANSLATE_NOOP(
                "Validation", "Date withdrawn {value} is before the consent was given ({start})."
            ),
            value=c.withdrawn.isoformat(),
            start=c.given_date.isoformat(),
        )
    return e.items
