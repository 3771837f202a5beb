"""Check an assessment against the profile, the child and the assessments it refers to.

A draft is checked only for known keys and impossible values; a finalised one
(or one being finalised) must also be complete: position, assessors, the
individual assessments a joint one is based on, and the report decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from .guidance import age_in_months, answer_keys, guidance_for, known_signs, sign_applies
from .i18n import QT_TRANSLATE_NOOP, ProfileText
from .problem import Problem
from .profile import Profile
from .records import (
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    ParentsInformed,
    ReportDecision,
)
from .validation_rules import LABELS, NAME_MAX, Errors, field_label


def validate_assessment(
    a: Assessment,
    profile: Profile,
    *,
    child: Child,
    today: date,
    finalising: bool = False,
    known: Mapping[str, Assessment] | None = None,
) -> list[Problem]:
    """Check an assessment against the profile and the child.

    `finalising`: check completeness too (implied when `a.status` is final).
    `known`: the assessments `a.based_on` and `a.supersedes` refer to, by id,
    if the caller looked them up; their kind, child and status are then checked.
    """
    e = Errors()
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
        months = age_in_months(child.birth_date, a.date)

    for name in a.assessors:
        e.text("assessors", name, required=True, max_len=NAME_MAX, one_line=True)
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
        label = field_label(QT_TRANSLATE_NOOP("Field", "Answer to question {key}"), key=key)
        e.text(f"answers.{key}", answer, label=label)

    for name in ("observations", "child_view", "parents_view", "family_resources"):
        e.text(name, getattr(a, name))
    e.text("agreed_reason", a.agreed_reason, required=complete and joint)
    e.text(
        "parents_informed_how",
        a.parents_informed_how,
        required=complete and a.parents_informed is ParentsInformed.YES,
        one_line=True,
    )
    e.text("report_by", a.report_by, max_len=NAME_MAX, one_line=True)
    e.text("report_reason", a.report_reason, one_line=True)
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


def _check_signs(e: Errors, a: Assessment, profile: Profile, months: int | None) -> None:
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
    e: Errors, a: Assessment, known: Mapping[str, Assessment] | None, complete: bool
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


def _check_complete(e: Errors, a: Assessment, profile: Profile) -> None:
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
        e.text("report_by", a.report_by, required=True, max_len=NAME_MAX, one_line=True)
    elif decision is ReportDecision.NOT_REPORTED and not a.report_reason.strip():
        e.add(
            "report_reason",
            QT_TRANSLATE_NOOP("Validation", "Explain why no report was made."),
        )
