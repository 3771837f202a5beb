"""Check records against the rules and the municipality's profile before saving.

Every validator returns *all* problems as Problems (core.problem), each naming the field
and saying what is wrong in a translatable Message. `Problem.where` is the
record's field name; parts of structured lists are addressed as
"goals[0].indicator", answers as "answers.<key>". Lists of plain keys (signs,
assessors, covers) report on the list's own name with the key as a parameter.

Some message parameters are themselves Messages (field labels, context
"Field") or ProfileTexts (profile labels in Danish and English): the UI should
translate or localise them before formatting; `Message.english()` already
formats them in English for the CLI.

Assessments: a draft is checked only for known keys and impossible values; a
finalised one (or one being finalised) must also be complete.

The shared checks are in `validation_rules`, assessments in
`validation_assessment`; everything is importable from here.
"""

from __future__ import annotations

from datetime import date

from .i18n import QT_TRANSLATE_NOOP, Message
from .problem import Problem
from .profile import EvaluationDecision, Profile
from .records import CONSENT_COVERS, ActionPlan, Child, Consent, PlanEvaluation
from .validation_assessment import validate_assessment
from .validation_rules import (
    CONTEXT,
    LABELS,
    NAME_MAX,
    TEXT_MAX,
    Errors,
    contains_cpr,
    field_label,
)

__all__ = [
    "CONTEXT",
    "LABELS",
    "MAX_AGE_YEARS",
    "NAME_MAX",
    "TEXT_MAX",
    "Problem",
    "contains_cpr",
    "validate_assessment",
    "validate_child",
    "validate_consent",
    "validate_evaluation",
    "validate_name",
    "validate_plan",
]

MAX_AGE_YEARS = 25  # children and young people, with room for after-care up to 23


def _years_before(day: date, years: int) -> date:
    # 29 February minus whole years lands on 28 February in common years.
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def validate_name(
    field: str, value: str, *, label: Message, required: bool = True
) -> list[Problem]:
    """A name or other one-line text (institution, team, user, person): the name rules.

    Required unless told otherwise, at most NAME_MAX characters, on one line,
    no control or text-direction characters, no CPR number. For names outside
    the records (institutions, teams, people), so every name obeys one rule.
    """
    e = Errors()
    e.text(field, value, label=label, required=required, max_len=NAME_MAX, one_line=True)
    return e.items


def validate_child(child: Child, *, today: date) -> list[Problem]:
    """Name and group, and a birth date of a child or young person."""
    e = Errors()
    e.text("name", child.name, required=True, max_len=NAME_MAX, one_line=True)
    e.text("group", child.group, max_len=NAME_MAX, one_line=True)
    e.not_future("birth_date", child.birth_date, today)
    e.not_future("archived", child.archived, today)
    if child.birth_date < _years_before(today, MAX_AGE_YEARS):
        e.add(
            "birth_date",
            QT_TRANSLATE_NOOP("Validation", "Birth date {value} is more than {years} years ago."),
            value=child.birth_date.isoformat(),
            years=MAX_AGE_YEARS,
        )
    return e.items


def validate_plan(
    p: ActionPlan, profile: Profile, *, today: date, created: date | None = None
) -> list[Problem]:
    """Check an action plan: goals with indicators, measures, coordinator, follow-up.

    Dates are checked against `created` (when the plan was first saved), or
    `today` for a new plan: the follow-up must come after it, deadlines not before.
    """
    e = Errors()
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
            label=field_label(QT_TRANSLATE_NOOP("Field", "Goal {n}"), n=n),
            required=True,
            one_line=True,
        )
        e.text(
            f"goals[{i}].indicator",
            goal.indicator,
            label=field_label(QT_TRANSLATE_NOOP("Field", "Indicator of goal {n}"), n=n),
            required=True,
            one_line=True,
        )
    for i, measure in enumerate(p.measures):
        n = i + 1
        e.text(
            f"measures[{i}].text",
            measure.text,
            label=field_label(QT_TRANSLATE_NOOP("Field", "Measure {n}"), n=n),
            required=True,
            one_line=True,
        )
        e.text(
            f"measures[{i}].responsible",
            measure.responsible,
            label=field_label(QT_TRANSLATE_NOOP("Field", "Responsible for measure {n}"), n=n),
            required=True,
            max_len=NAME_MAX,
            one_line=True,
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
    e.text("coordinator", p.coordinator, required=True, max_len=NAME_MAX, one_line=True)
    e.after("follow_up", p.follow_up, start)
    return e.items


def validate_evaluation(
    ev: PlanEvaluation, profile: Profile, plan: ActionPlan, *, today: date | None = None
) -> list[Problem]:
    """Check a plan evaluation: decision offered by the template, positions, follow-up."""
    e = Errors()
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
            label=field_label(QT_TRANSLATE_NOOP("Field", "Indicator {n}"), n=n),
            required=True,
            one_line=True,
        )
        e.text(
            f"progress[{i}].progress",
            line.progress,
            label=field_label(QT_TRANSLATE_NOOP("Field", "Progress on indicator {n}"), n=n),
            one_line=True,
        )
    e.text("by", ev.by, required=True, max_len=NAME_MAX, one_line=True)
    e.text("note", ev.note)
    return e.items


def validate_consent(c: Consent, *, today: date) -> list[Problem]:
    """Check a written consent: who, to whom, why, what, and for how long."""
    e = Errors()
    e.text("given_by", c.given_by, required=True, max_len=NAME_MAX, one_line=True)
    e.text("recipient", c.recipient, required=True, max_len=NAME_MAX, one_line=True)
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
