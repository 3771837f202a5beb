"""A small profile built in code, so core tests do not depend on the profile files."""

from __future__ import annotations

from datetime import date

import pytest

from forebyg_desktop.core.profile import (
    AgeBand,
    AssessmentPractice,
    EvaluationDecision,
    GoalTemplate,
    LocalText,
    MeasureTemplate,
    PlanTemplate,
    Position,
    Profile,
    ProtectiveFactor,
    ReportingDuty,
    ReportingGuidance,
    Sign,
    SignDomain,
    Signpost,
    WorryScale,
)


def t(text: str) -> LocalText:
    return LocalText(da=f"{text} (da)", en=text)


def _position(key: str, colour: str, duty: ReportingDuty, weeks: int, plan: bool) -> Position:
    return Position(
        key=key,
        colour=colour,
        label=t(key.capitalize()),
        description=t(f"{key} description"),
        signpost=Signpost(
            do_now=t(f"do now at {key}"),
            involve=t(f"involve at {key}"),
            follow_up_weeks=weeks,
            reporting_duty=duty,
            plan_required=plan,
        ),
        symbol=key[0].upper(),
    )


def make_profile(**practice: object) -> Profile:
    """green/yellow/red (duty no/consider/yes), two age bands, one template."""
    return Profile(
        id="small",
        version=3,
        name=t("Small"),
        municipality="Testrup Kommune",
        source=t("test strategy"),
        description=t("a profile for tests"),
        scale=WorryScale(
            name=t("Traffic light"),
            positions=(
                _position("green", "#2e7d32", ReportingDuty.NO, 26, False),
                _position("yellow", "#f9a825", ReportingDuty.CONSIDER, 8, True),
                _position("red", "#c62828", ReportingDuty.YES, 4, True),
            ),
        ),
        age_bands=(
            AgeBand("under3", t("0-2 years"), 0, 36),
            AgeBand("over3", t("3-18 years"), 36, 216),
        ),
        sign_domains=(
            SignDomain(
                "emotional",
                t("Emotional"),
                (
                    Sign("sad", t("Sad or crying"), ("under3", "over3")),
                    Sign("withdrawn", t("Withdrawn"), ("over3",)),
                ),
            ),
            SignDomain(
                "infant",
                t("Under two years"),
                (Sign("inconsolable", t("Inconsolable"), ("under3",)),),
            ),
            SignDomain(
                "physical",
                t("Physical"),
                (
                    Sign("bruises", t("Unexplained bruises"), ("under3", "over3"), True),
                    Sign(
                        "absence",
                        t("Unlawful school absence"),
                        ("over3",),
                        triggers_reporting_duty=True,
                    ),
                ),
            ),
        ),
        protective_factors=(
            ProtectiveFactor("friend", t("A good friend")),
            ProtectiveFactor("adult", t("A trusted adult")),
        ),
        plan_templates=(
            PlanTemplate(
                key="basic",
                label=t("Basic plan"),
                description=t("goal, indicator, measures"),
                goals=(
                    GoalTemplate("play", t("Joins play"), t("Plays with others 3 times a week")),
                ),
                measures=(MeasureTemplate("talk", t("Talk with parents"), t("Pedagogue"), 2),),
                follow_up_weeks=6,
                child_view_prompt=t("What does the child say?"),
                parents_view_prompt=t("What do the parents say?"),
                family_resources_prompt=t("What works well?"),
                decisions=(
                    EvaluationDecision.CONTINUE,
                    EvaluationDecision.STEP_UP,
                    EvaluationDecision.CLOSE,
                ),
            ),
        ),
        framework=(),
        reporting=ReportingGuidance(
            duty_text=t("The duty is personal"),
            how_to_report=t("Report to the municipality"),
            abuse_path=t("Do not inform the parents first"),
        ),
        practice=AssessmentPractice(
            **{
                "min_individual_assessors": 2,
                "questions": (t("What are we worried about?"), t("What works well?")),
                **practice,
            }
        ),
    )


@pytest.fixture
def small_profile() -> Profile:
    return make_profile()


TODAY = date(2024, 5, 15)  # "today" in the core tests
