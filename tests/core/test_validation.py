"""Validation tells staff exactly which field is wrong and why, and refuses CPR numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forebyg_desktop.core.profile import EvaluationDecision, Profile
from forebyg_desktop.core.records import (
    ActionPlan,
    Assessment,
    Child,
    Consent,
    Goal,
    IndicatorProgress,
    Measure,
    PlanEvaluation,
)
from forebyg_desktop.core.validation import (
    Problem,
    contains_cpr,
    validate_assessment,
    validate_child,
    validate_consent,
    validate_evaluation,
    validate_plan,
)

from .conftest import TODAY

IDA = Child(id="c1", name="Ida Jensen", birth_date=date(2019, 3, 2), group="Bierne")  # 5 years
BABY = Child(id="c2", name="Noah", birth_date=date(2022, 11, 20))  # 17 months


def by_field(errors: list[Problem]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in errors:
        out.setdefault(e.where, []).append(e.message.english())
    return out


# --- CPR numbers -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "010203-1234",
        "0102031234",
        "010203 1234",
        "Ida (311299-4321) was sad",
        "290200-1234",  # 29 February exists in some century
        "cpr:150519–1234",  # en dash, as word processors write it
    ],
)
def test_cpr_numbers_are_detected(text: str) -> None:
    assert contains_cpr(text)


@pytest.mark.parametrize(
    "text",
    [
        "320103-1234",  # no 32nd day
        "011303-1234",  # no 13th month
        "300203-1234",  # no 30 February
        "Ring 12345678 eller +45 87654321",
        "Mødet er 2024-05-01 kl. 10",
        "sagsnr. 01020312345",  # eleven digits: not a CPR number
        "",
    ],
)
def test_other_numbers_are_not_taken_for_cpr_numbers(text: str) -> None:
    assert not contains_cpr(text)


@given(
    st.dates(min_value=date(1930, 1, 1), max_value=date(2029, 12, 31)),
    st.integers(0, 9999),
    st.sampled_from(["", "-", " "]),
    st.text("abc ,.", max_size=10),
)
def test_every_real_birth_date_with_a_serial_is_detected(
    born: date, serial: int, sep: str, around: str
) -> None:
    assert contains_cpr(f"{around}{born:%d%m%y}{sep}{serial:04d}{around}")


# --- children --------------------------------------------------------------


def test_a_valid_child_passes() -> None:
    assert validate_child(IDA, today=TODAY) == []


def test_child_problems_are_all_reported_with_their_fields() -> None:
    child = Child(id="c9", name="  ", birth_date=date(2025, 1, 1), group="x" * 201)
    errors = by_field(validate_child(child, today=TODAY))
    assert errors == {
        "name": ["Name is required."],
        "group": ["Group is too long: 201 characters, at most 200."],
        "birth_date": ["Birth date 2025-01-01 is in the future."],
    }


def test_a_birth_date_more_than_25_years_ago_is_refused() -> None:
    old = replace(IDA, birth_date=date(1999, 5, 14))
    assert by_field(validate_child(old, today=TODAY)) == {
        "birth_date": ["Birth date 1999-05-14 is more than 25 years ago."]
    }
    assert validate_child(replace(IDA, birth_date=date(1999, 5, 15)), today=TODAY) == []


def test_a_cpr_number_in_a_childs_name_is_refused() -> None:
    errors = by_field(validate_child(replace(IDA, name="Ida 020319-1234"), today=TODAY))
    assert errors == {"name": ["Name seems to contain a CPR number. Do not enter CPR numbers."]}


# --- assessments -----------------------------------------------------------


def draft(**changes) -> Assessment:
    base = Assessment(
        id="a1",
        child_id="c1",
        date=date(2024, 5, 10),
        profile_id="small",
        profile_version=3,
        assessors=("Mette",),
    )
    return replace(base, **changes)


def check(a: Assessment, profile: Profile, child: Child = IDA, **kw) -> dict[str, list[str]]:
    return by_field(validate_assessment(a, profile, child=child, today=TODAY, **kw))


def test_an_empty_draft_is_fine(small_profile: Profile) -> None:
    assert check(draft(assessors=()), small_profile) == {}


def test_an_unknown_position_lists_the_scale(small_profile: Profile) -> None:
    assert check(draft(position="orange"), small_profile) == {
        "position": ['Unknown position "orange" — the Traffic light scale has: green, yellow, red.']
    }


def test_unknown_and_wrong_age_signs_are_named(small_profile: Profile) -> None:
    errors = check(
        draft(signs=("withdrawn", "sad", "nail_biting"), child_id="c2"), small_profile, BABY
    )
    assert errors == {
        "signs": [
            'Sign "Withdrawn" does not apply to the child\'s age band (17 months).',
            'Unknown sign "nail_biting".',
        ]
    }


def test_a_cpr_number_in_observations_is_refused_naming_the_field(small_profile: Profile) -> None:
    a = draft(observations="Mor oplyste cpr 020319-1234 ved aflevering")
    (error,) = validate_assessment(a, small_profile, child=IDA, today=TODAY)
    assert error.where == "observations"
    assert str(error) == "Observations seems to contain a CPR number. Do not enter CPR numbers."


def test_cpr_numbers_are_refused_in_answers_and_assessor_names(small_profile: Profile) -> None:
    a = draft(assessors=("Mette 0102031234",), answers={"q1": "se 010203 1234"})
    assert set(check(a, small_profile)) == {"assessors", "answers.q1"}


def test_an_answer_to_an_unknown_question_is_refused(small_profile: Profile) -> None:
    assert check(draft(answers={"q3": "?"}), small_profile) == {
        "answers": ['Unknown question "q3".']
    }


def test_future_date_and_date_before_birth(small_profile: Profile) -> None:
    assert check(draft(date=TODAY + timedelta(days=1)), small_profile) == {
        "date": ["Date 2024-05-16 is in the future."]
    }
    assert check(draft(date=date(2019, 3, 1)), small_profile) == {
        "date": ["Date 2019-03-01 is before the child's birth date 2019-03-02."]
    }


def test_parents_may_be_kept_uninformed_only_on_the_abuse_path(small_profile: Profile) -> None:
    withheld = draft(position="red", signs=("sad",), parents_informed="withheld")
    assert "parents_informed" in check(withheld, small_profile)
    assert check(replace(withheld, signs=("sad", "bruises")), small_profile) == {}


def test_a_draft_joint_assessment_may_still_lack_individual_ones(small_profile: Profile) -> None:
    joint = draft(kind="joint", assessors=("Mette", "Ali"), based_on=("i1",))
    assert check(joint, small_profile) == {}


def final(**changes) -> Assessment:
    return draft(**{"status": "final", "position": "green", **changes})


def test_a_complete_green_assessment_can_be_finalised(small_profile: Profile) -> None:
    assert check(final(), small_profile) == {}


def test_finalising_an_incomplete_assessment_lists_everything_missing(
    small_profile: Profile,
) -> None:
    a = draft(kind="joint", assessors=(), based_on=("i1",), parents_informed="yes")
    assert check(a, small_profile, finalising=True) == {
        "position": ["Choose a position on the scale."],
        "assessors": ["Name at least one assessor."],
        "based_on": [
            "A joint assessment needs at least 2 individual assessments (profile practice)."
        ],
        "agreed_reason": ["Reason for the agreed position is required."],
        "parents_informed_how": ["How the parents were informed is required."],
    }


def test_pending_report_decision_is_only_for_drafts(small_profile: Profile) -> None:
    assert check(draft(report_decision="pending"), small_profile) == {}
    assert check(final(report_decision="pending"), small_profile) == {
        "report_decision": ['Decide on the report before finalising: "pending" is only for drafts.']
    }


def test_an_abuse_sign_at_green_requires_a_report_decision(small_profile: Profile) -> None:
    a = final(signs=("bruises",), parents_informed="withheld")
    assert check(a, small_profile) == {
        "report_decision": [
            "The reporting duty applies: record whether a report was made, or why not."
        ]
    }
    reported = replace(a, report_decision="reported", report_date=TODAY, report_by="Mette")
    assert check(reported, small_profile) == {}


def test_yellow_requires_recording_the_consideration(small_profile: Profile) -> None:
    a = final(position="yellow")
    assert "report_decision" in check(a, small_profile)
    not_reported = replace(a, report_decision="not_reported", report_reason="Parents accept help")
    assert check(not_reported, small_profile) == {}


def test_a_report_needs_a_date_and_who_made_it(small_profile: Profile) -> None:
    a = final(position="red", report_decision="reported")
    assert check(a, small_profile) == {
        "report_date": ["Report date is required."],
        "report_by": ["Reported by is required."],
    }


def test_not_reporting_needs_a_reason(small_profile: Profile) -> None:
    a = final(position="red", report_decision="not_reported")
    assert check(a, small_profile) == {"report_reason": ["Explain why no report was made."]}


def test_references_to_other_assessments_are_checked(small_profile: Profile) -> None:
    mine = draft(id="i1")
    other_child = draft(id="i2", child_id="c2")
    joint = final(id="j1", kind="joint", based_on=("i1", "i2", "i3"), agreed_reason="Agreed")
    known = {"i1": mine, "i2": other_child}
    assert check(joint, small_profile, known=known) == {
        "based_on": [
            'Assessment "i1" is still a draft.',
            'Assessment "i2" is for another child.',
            'Assessment "i3" was not found.',
        ]
    }
    assert check(final(id="x", supersedes="x"), small_profile) == {
        "supersedes": ["An assessment cannot correct itself."]
    }


def test_an_assessment_made_with_another_profile_is_flagged(small_profile: Profile) -> None:
    assert set(check(draft(profile_id="topi"), small_profile)) == {"profile_id"}


# --- plans -----------------------------------------------------------------


def plan(**changes) -> ActionPlan:
    base = ActionPlan(
        id="p1",
        child_id="c1",
        template="basic",
        follow_up=date(2024, 7, 1),
        profile_id="small",
        profile_version=3,
        goals=(Goal("Joins play", "Plays with others 3 times a week"),),
        measures=(Measure("Talk with parents", "Mette", date(2024, 6, 1)),),
        coordinator="Mette",
    )
    return replace(base, **changes)


def check_plan(p: ActionPlan, profile: Profile, **kw) -> dict[str, list[str]]:
    return by_field(validate_plan(p, profile, today=TODAY, **kw))


def test_a_complete_plan_passes(small_profile: Profile) -> None:
    assert check_plan(plan(), small_profile) == {}


def test_plan_problems_name_the_goal_and_measure(small_profile: Profile) -> None:
    p = plan(
        template="fancy",
        goals=(Goal("Joins play", ""),),
        measures=(Measure("Talk with parents", "", date(2024, 5, 1)),),
        coordinator="",
        follow_up=TODAY,
    )
    assert check_plan(p, small_profile) == {
        "template": ['Unknown plan template "fancy".'],
        "goals[0].indicator": ["Indicator of goal 1 is required."],
        "measures[0].responsible": ["Responsible for measure 1 is required."],
        "measures[0].deadline": ["The deadline 2024-05-01 of measure 1 is before 2024-05-15."],
        "coordinator": ["Coordinator is required."],
        "follow_up": ["Follow-up date 2024-05-15 must be after 2024-05-15."],
    }


def test_a_plan_needs_a_goal(small_profile: Profile) -> None:
    assert check_plan(plan(goals=()), small_profile) == {
        "goals": ["Add at least one goal with a measurable indicator."]
    }


def test_an_old_plan_is_checked_against_its_creation_date(small_profile: Profile) -> None:
    old = plan(follow_up=date(2024, 3, 1), measures=(Measure("Talk", "Mette", date(2024, 2, 1)),))
    assert set(check_plan(old, small_profile)) == {"follow_up", "measures[0].deadline"}
    assert check_plan(old, small_profile, created=date(2024, 1, 15)) == {}


# --- evaluations -----------------------------------------------------------


def evaluation(**changes) -> PlanEvaluation:
    base = PlanEvaluation(
        id="e1",
        plan_id="p1",
        child_id="c1",
        date=date(2024, 7, 1),
        decision=EvaluationDecision.CONTINUE,
        progress=(IndicatorProgress("Plays with others 3 times a week", "Twice a week", False),),
        by="Mette",
        next_follow_up=date(2024, 9, 1),
    )
    return replace(base, **changes)


def check_eval(e: PlanEvaluation, profile: Profile) -> dict[str, list[str]]:
    return by_field(validate_evaluation(e, profile, plan()))


def test_a_complete_evaluation_passes(small_profile: Profile) -> None:
    assert check_eval(evaluation(), small_profile) == {}


def test_a_decision_the_template_does_not_offer_is_refused(small_profile: Profile) -> None:
    errors = check_eval(evaluation(decision=EvaluationDecision.STEP_DOWN), small_profile)
    assert errors == {
        "decision": [
            'The plan template does not offer the decision "step_down". '
            "Choose one of: continue, step_up, close."
        ]
    }


def test_evaluation_needs_a_next_follow_up_unless_closing(small_profile: Profile) -> None:
    assert "next_follow_up" in check_eval(evaluation(next_follow_up=None), small_profile)
    closing = evaluation(decision=EvaluationDecision.CLOSE, next_follow_up=None)
    assert check_eval(closing, small_profile) == {}
    assert check_eval(evaluation(next_follow_up=date(2024, 6, 1)), small_profile) == {
        "next_follow_up": ["Next follow-up date 2024-06-01 must be after 2024-07-01."]
    }


def test_evaluation_position_progress_and_plan_are_checked(small_profile: Profile) -> None:
    e = evaluation(new_position="blue", progress=(), plan_id="p9", by="")
    assert set(check_eval(e, small_profile)) == {"new_position", "progress", "plan_id", "by"}


# --- consents --------------------------------------------------------------


def consent(**changes) -> Consent:
    base = Consent(
        id="k1",
        child_id="c1",
        given_by="Anne Jensen (mother)",
        covers=("assessments", "plans"),
        recipient="Hedeskolen, 0. klasse",
        purpose="Handover to school",
        given_date=date(2024, 5, 1),
        expires=date(2024, 9, 1),
    )
    return replace(base, **changes)


def test_a_complete_consent_passes() -> None:
    assert validate_consent(consent(), today=TODAY) == []


def test_consent_problems_are_all_reported() -> None:
    c = consent(
        given_by="",
        recipient="",
        purpose="  ",
        covers=("plans", "diagnoses"),
        expires=date(2024, 5, 1),
        withdrawn=date(2024, 4, 1),
    )
    assert by_field(validate_consent(c, today=TODAY)) == {
        "given_by": ["Consent given by is required."],
        "recipient": ["Recipient is required."],
        "purpose": ["Purpose is required."],
        "covers": [
            'A consent cannot cover "diagnoses"; it can cover: assessments, plans, evaluations.'
        ],
        "expires": ["Expiry date 2024-05-01 must be after 2024-05-01."],
        "withdrawn": ["Date withdrawn 2024-04-01 is before the consent was given (2024-05-01)."],
    }


def test_a_consent_must_cover_something() -> None:
    assert by_field(validate_consent(consent(covers=()), today=TODAY)) == {
        "covers": ["Choose what the consent covers."]
    }
