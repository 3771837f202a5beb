"""The signpost's advice: reporting duty, the abuse path, follow-up, signs by age."""

from __future__ import annotations

from datetime import date

import pytest

from forebyg_desktop.core.guidance import (
    age_in_months,
    answer_keys,
    guidance_for,
    signs_for_age,
)
from forebyg_desktop.core.profile import Profile


def test_green_without_signs_needs_no_report_and_no_plan(small_profile: Profile) -> None:
    g = guidance_for(small_profile, "green", [])
    assert not g.reporting_duty
    assert not g.consider_report
    assert not g.abuse_path
    assert g.inform_parents_first
    assert not g.plan_required
    assert g.reasons == ()


def test_yellow_asks_to_consider_a_report(small_profile: Profile) -> None:
    g = guidance_for(small_profile, "yellow", ["sad"])
    assert g.consider_report
    assert not g.reporting_duty
    assert g.plan_required
    assert g.inform_parents_first


def test_red_position_alone_gives_the_duty_with_the_position_as_reason(
    small_profile: Profile,
) -> None:
    g = guidance_for(small_profile, "red", [])
    assert g.reporting_duty
    assert not g.consider_report  # the duty supersedes "consider"
    assert not g.abuse_path  # parents are still involved first
    assert g.inform_parents_first
    assert [m.english() for m in g.reasons] == [
        'The position "Red" means there is reason to assume the child needs special support.'
    ]


def test_an_abuse_sign_at_green_gives_the_duty_and_the_abuse_path(small_profile: Profile) -> None:
    g = guidance_for(small_profile, "green", ["sad", "bruises"])
    assert g.reporting_duty
    assert g.abuse_path
    assert not g.inform_parents_first
    assert [s.key for s in g.abuse_signs] == ["bruises"]
    (reason,) = g.reasons
    assert "Unexplained bruises" in reason.english()
    assert "do not inform the parents first" in reason.english()


def test_a_duty_sign_at_yellow_gives_the_duty_but_parents_are_told_first(
    small_profile: Profile,
) -> None:
    g = guidance_for(small_profile, "yellow", ["absence"])
    assert g.reporting_duty
    assert not g.consider_report
    assert not g.abuse_path
    assert g.inform_parents_first
    assert "Unlawful school absence" in g.reasons[0].english()


def test_reasons_list_the_position_and_every_sign(small_profile: Profile) -> None:
    g = guidance_for(small_profile, "red", ["bruises", "absence", "sad"])
    texts = [m.english() for m in g.reasons]
    assert len(texts) == 3
    assert "Red" in texts[0]
    assert "Unexplained bruises" in texts[1]
    assert "Unlawful school absence" in texts[2]


def test_reason_parameters_carry_both_languages(small_profile: Profile) -> None:
    (reason,) = guidance_for(small_profile, "green", ["bruises"]).reasons
    assert reason.params["sign"].text.da == "Unexplained bruises (da)"


def test_unknown_position_raises_but_unknown_signs_are_skipped(small_profile: Profile) -> None:
    with pytest.raises(KeyError):
        guidance_for(small_profile, "purple", [])
    assert not guidance_for(small_profile, "green", ["no-such-sign"]).reporting_duty


def test_follow_up_date_comes_from_the_signpost(small_profile: Profile) -> None:
    assert guidance_for(small_profile, "red", []).follow_up_date(date(2024, 5, 1)) == date(
        2024, 5, 29
    )
    assert guidance_for(small_profile, "yellow", []).follow_up_date(date(2024, 5, 1)) == date(
        2024, 6, 26
    )


@pytest.mark.parametrize(
    ("born", "on", "months"),
    [
        (date(2020, 5, 15), date(2020, 5, 15), 0),
        (date(2020, 5, 15), date(2020, 6, 14), 0),
        (date(2020, 5, 15), date(2020, 6, 15), 1),
        (date(2020, 5, 15), date(2023, 5, 14), 35),
        (date(2020, 5, 15), date(2023, 5, 15), 36),
        (date(2021, 1, 31), date(2021, 2, 28), 1),  # short month: last day completes it
        (date(2020, 2, 29), date(2021, 2, 28), 12),
        (date(2020, 3, 31), date(2020, 4, 29), 0),
    ],
)
def test_age_in_completed_months(born: date, on: date, months: int) -> None:
    assert age_in_months(born, on) == months


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_in_months(date(2024, 1, 1), date(2023, 12, 31))


def _keys(domains) -> dict[str, list[str]]:
    return {d.key: [s.key for s in d.signs] for d in domains}


def test_checklist_for_a_toddler_has_only_toddler_signs(small_profile: Profile) -> None:
    assert _keys(signs_for_age(small_profile, 20)) == {
        "emotional": ["sad"],
        "infant": ["inconsolable"],
        "physical": ["bruises"],
    }


def test_checklist_for_a_school_child_leaves_out_the_infant_domain(
    small_profile: Profile,
) -> None:
    assert _keys(signs_for_age(small_profile, 36)) == {
        "emotional": ["sad", "withdrawn"],
        "physical": ["bruises", "absence"],
    }


def test_answer_keys_follow_the_profile_questions(small_profile: Profile) -> None:
    assert answer_keys(small_profile) == ("q1", "q2")
