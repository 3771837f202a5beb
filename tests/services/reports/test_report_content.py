"""The printable assessment and action plan for a meeting with the parents (no Qt)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.profile import EvaluationDecision, Profile
from forebyg_desktop.core.records import (
    ActionPlan,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    Goal,
    IndicatorProgress,
    Measure,
    ParentsInformed,
    PlanEvaluation,
    ReportDecision,
)
from forebyg_desktop.services.assessment.assessment_service import (
    correct_assessment,
    quick_assessment,
)
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.plan.plan_service import quick_plan
from forebyg_desktop.services.reports import report_content, report_html, report_strings
from forebyg_desktop.services.reports.report_content import (
    ReportRefused,
    assessment_report,
    plan_report,
)
from forebyg_desktop.services.reports.report_service import (
    load_assessment_report,
    load_plan_report,
    record_report_export,
)
from forebyg_desktop.services.reports.report_strings import S
from forebyg_desktop.services.session import create_session
from forebyg_desktop.store.profile_repo import load_bundled_profile
from tests.conftest import PASSPHRASE

# The Danish translations proposed for the "Report" context.
DANISH = {
    S.FOR_MEETING: "Til mødet med forældrene",
    S.PRINTED: "Udskrevet {date}",
    S.CONFIDENTIAL: "Fortroligt: Dokumentet indeholder personoplysninger om et barn. "
    "Opbevar det sikkert, og del det kun, som reglerne om tavshedspligt tillader.",
    S.NOT_FILLED: "Ikke udfyldt",
    S.NONE_RECORDED: "Ingen registreret.",
    S.CHILD: "Barn",
    S.BIRTH_DATE: "Fødselsdato",
    S.GROUP: "Gruppe",
    S.STATUS: "Status",
    S.CHILD_VIEW: "Barnets perspektiv",
    S.PARENTS_VIEW: "Forældrenes perspektiv",
    S.FAMILY_RESOURCES: "Familiens ressourcer",
    S.ASSESSMENT: "Trivselsvurdering",
    S.ASSESSMENT_DATE: "Dato for vurderingen",
    S.KIND: "Type",
    S.JOINT: "Fælles vurdering",
    S.INDIVIDUAL: "Individuel vurdering",
    S.ASSESSORS: "Vurderet af",
    S.DRAFT: "Kladde – ikke afsluttet",
    S.POSITION: "Position på bekymringsskalaen",
    S.SIGNS: "Tegn, vi har set",
    S.NO_SIGNS: "Der er ikke markeret nogen tegn.",
    S.PROTECTIVE: "Beskyttende faktorer",
    S.OBSERVATIONS: "Observationer",
    S.QUESTIONS: "Vores spørgsmål",
    S.DO_NOW: "Det gør vi nu",
    S.INVOLVE: "Hvem inddrages",
    S.FOLLOW_UP: "Opfølgning",
    S.FOLLOW_UP_BY: "Vi følger op senest {date}.",
    S.PLAN: "Handleplan",
    S.TEMPLATE: "Plan",
    S.CREATED: "Oprettet",
    S.COORDINATOR: "Koordinator",
    S.NEXT_FOLLOW_UP: "Næste opfølgning",
    S.OPEN: "Åben",
    S.CLOSED: "Afsluttet",
    S.GOALS: "Mål",
    S.GOAL: "Mål",
    S.INDICATOR: "Sådan ser vi, at målet er nået",
    S.INDICATOR_SHORT: "Indikator",
    S.MEASURES: "Indsatser",
    S.MEASURE: "Indsats",
    S.RESPONSIBLE: "Ansvarlig",
    S.DEADLINE: "Frist",
    S.EVALUATIONS: "Tidligere opfølgninger",
    S.PROGRESS: "Udvikling",
    S.MET: "Nået?",
    S.MET_YES: "Nået",
    S.MET_NO: "Ikke nået endnu",
    S.MET_UNKNOWN: "Ikke vurderet",
    S.NEXT_FOLLOW_UP_ON: "Næste opfølgning: {date}",
    S.CONTINUE: "Planen fortsætter",
    S.STEP_UP: "Indsatsen øges",
    S.STEP_DOWN: "Indsatsen trappes ned",
    S.CLOSE: "Planen afsluttes",
    S.ABUSE_PATH: "Vurderingen er på sporet for vold og overgreb: Den udskrives ikke til et "
    "møde med forældrene, fordi forældrene ikke må orienteres, før kommunen er underrettet.",
    S.NO_POSITION: "Vurderingen har endnu ingen position på skalaen.",
    S.CORRECTED: "Vurderingen er rettet; udskriv den nyeste version.",
    QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"): "Side {page} af {pages}",
}


def danish(context: str, text: str) -> str:
    assert context == "Report"
    return DANISH.get(text, text)


TODAY = date(2026, 3, 2)
SECRET = "INTERN-BEGRUNDELSE-FOR-UNDERRETNING"


@pytest.fixture(scope="module")
def horsens() -> Profile:
    return load_bundled_profile("horsens")


@pytest.fixture
def child() -> Child:
    return Child(
        id="0190c0de-0000-7000-8000-00000000c41d",
        name="Ida Sørensen",
        birth_date=date(2021, 4, 12),
        group="Sommerfuglene",
    )


@pytest.fixture
def assessment(horsens: Profile, child: Child) -> Assessment:
    return Assessment(
        id="0190c0de-0000-7000-8000-00000000a55e",
        child_id=child.id,
        date=date(2026, 2, 23),
        profile_id="horsens",
        profile_version=horsens.version,
        kind=AssessmentKind.JOINT,
        assessors=("Mette Hansen", "Jonas Holm"),
        position="yellow",
        signs=("withdrawn", "sleep_problems", "sad_crying"),
        protective=("trusted_adult",),
        observations="Sidder ofte alene i garderoben.\nLeger godt med Sofie.",
        child_view="Det er larmende i salen.",
        parents_view="Hun sover uroligt.",
        family_resources="Mormor henter om tirsdagen.",
        agreed_reason=SECRET,
        report_decision=ReportDecision.NOT_REPORTED,
        report_by="Leder Lise",
        report_reason=SECRET,
        parents_informed=ParentsInformed.YES,
        parents_informed_how=SECRET,
        status=AssessmentStatus.FINAL,
    )


@pytest.fixture
def plan(horsens: Profile, child: Child, assessment: Assessment) -> ActionPlan:
    return ActionPlan(
        id="0190c0de-0000-7000-8000-0000000091a9",
        child_id=child.id,
        template="life_skills",
        follow_up=date(2026, 4, 20),
        profile_id="horsens",
        profile_version=horsens.version,
        assessment_id=assessment.id,
        goals=(Goal("Ida søger hjælp hos en voksen", "Mindst én gang om dagen"),),
        measures=(Measure("Fast voksen tager imod", "Kontaktpædagog", date(2026, 3, 9)),),
        child_view="Vil sidde ved Sofie.",
        parents_view="Vil have en besked om gode dage.",
        family_resources="Morfar hjælper.",
        coordinator="Mette Hansen",
        created=date(2026, 2, 23),
    )


def _text(html: str) -> str:
    """The visible text: tags dropped, entities kept."""
    return re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[1])


def test_assessment_in_danish_has_everything_for_the_meeting(
    horsens: Profile, child: Child, assessment: Assessment
) -> None:
    report = assessment_report(assessment, child, horsens, tr=danish, today=TODAY)
    html = report.html
    for expected in (
        "Horsens Kommune",
        "Horsens Kommune – Sammen om børnene og de unge",
        "Trivselsvurdering",
        "Til mødet med forældrene",
        "Udskrevet 02.03.2026",
        "Ida Sørensen",
        "12.04.2021",
        "Sommerfuglene",
        "23.02.2026",
        "Fælles vurdering",
        "Mette Hansen, Jonas Holm",
        "▲ Gul",  # readable without colour: symbol and label in text
        "Der er tegn på mistrivsel",
        "#FBC02D",
        "Sidder ofte alene i garderoben.",
        "Det er larmende i salen.",
        "Hun sover uroligt.",
        "Mormor henter om tirsdagen.",
        "Drøft tegnene med en kollega",
        "Din leder og forældrene.",
        "Vi følger op senest 20.04.2026.",  # yellow: follow up after 8 weeks
        "Fortroligt",
    ):
        assert expected in html, expected
    # Signs grouped by domain, in the profile's order, with their labels.
    text = _text(html)
    assert (
        text.index("Livsduelighed")
        < text.index("Virker ked af det")
        < text.index("Sundhed, sygdom og handicap")
    )
    assert horsens.protective_factor("trusted_adult").label.da in html
    assert report.title == "Trivselsvurdering – Ida Sørensen"
    assert report.filename == "Trivselsvurdering Ida Sørensen 2026-02-23.pdf"


def test_nothing_internal_is_printed(
    horsens: Profile, child: Child, assessment: Assessment, plan: ActionPlan
) -> None:
    docs = [
        assessment_report(assessment, child, horsens, tr=danish, today=TODAY),
        plan_report(plan, child, horsens, assessments=[assessment], tr=danish, today=TODAY),
    ]
    for report in docs:
        printed = report.html + report.title + report.filename
        for internal in (assessment.id, child.id, plan.id, SECRET, "Leder Lise", "§ 133"):
            assert internal not in printed
        assert "audit" not in printed.lower()
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", printed)


def test_user_text_is_escaped(horsens: Profile, child: Child, assessment: Assessment) -> None:
    evil = replace(child, name='<script>alert("x")</script> & Co')
    a = replace(assessment, observations="<img src=x onerror=alert(1)>", assessors=("<b>Bo</b>",))
    html = assessment_report(a, evil, horsens, today=TODAY).html
    assert "<script>" not in html and "<img" not in html and "<b>Bo</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.parametrize(
    "change",
    [
        {"signs": ("withdrawn", "tells_violence")},
        {"position": "green", "signs": ("bruises_unexplained",)},
        {"parents_informed": ParentsInformed.WITHHELD},
    ],
)
def test_abuse_path_is_refused(
    horsens: Profile, child: Child, assessment: Assessment, plan: ActionPlan, change: dict
) -> None:
    abuse = replace(assessment, **change)
    with pytest.raises(ReportRefused, match="abuse path: it is not printed for a meeting"):
        assessment_report(abuse, child, horsens)
    with pytest.raises(ReportRefused) as refused:
        plan_report(plan, child, horsens, assessments=[assessment, abuse])
    assert danish(refused.value.message.context, refused.value.message.text).startswith(
        "Vurderingen er på sporet for vold og overgreb"
    )


def test_reporting_duty_without_abuse_is_printed_without_the_decision(
    horsens: Profile, child: Child, assessment: Assessment
) -> None:
    red = replace(assessment, position="red", signs=("school_absence",))
    html = assessment_report(red, child, horsens, tr=danish, today=TODAY).html
    assert "■ Rød" in html
    assert SECRET not in html and "underretningspligt" not in html.lower()


def test_english_ui_gets_english_document(
    horsens: Profile, child: Child, assessment: Assessment
) -> None:
    html = assessment_report(assessment, child, horsens, lang="en", today=TODAY).html
    for expected in (
        "Wellbeing assessment",
        "Horsens Kommune",
        "Horsens Municipality – Together for children and young people",
        "▲ Yellow",
        "Joint assessment",
        "2021-04-12",
        "We follow up no later than 2026-04-20.",
        "Signs we have seen",
    ):
        assert expected in html, expected


def test_empty_fields_say_so_and_draft_is_marked(
    horsens: Profile, child: Child, assessment: Assessment
) -> None:
    bare = replace(
        assessment,
        signs=(),
        protective=(),
        child_view="",
        kind=AssessmentKind.INDIVIDUAL,
        status=AssessmentStatus.DRAFT,
    )
    html = assessment_report(bare, child, horsens, tr=danish, today=TODAY).html
    for expected in (
        "Der er ikke markeret nogen tegn.",
        "Ingen registreret.",
        "Ikke udfyldt",
        "Individuel vurdering",
        "Kladde",
    ):
        assert expected in html, expected


def test_without_a_position_or_under_another_profile_it_is_refused(
    horsens: Profile, child: Child, assessment: Assessment
) -> None:
    with pytest.raises(ReportRefused, match="no position"):
        assessment_report(replace(assessment, position=""), child, horsens)
    with pytest.raises(ValueError, match="profile"):
        assessment_report(assessment, child, load_bundled_profile("topi"))


def test_plan_has_goals_measures_views_and_evaluations(
    horsens: Profile, child: Child, plan: ActionPlan
) -> None:
    evaluations = [
        PlanEvaluation(
            id="e2",
            plan_id=plan.id,
            child_id=child.id,
            date=date(2026, 3, 30),
            decision=EvaluationDecision.STEP_UP,
            progress=(IndicatorProgress("Mindst én gang om dagen", "To af fem dage", False),),
            note=SECRET,
            next_follow_up=date(2026, 4, 20),
        ),
        PlanEvaluation(
            id="e1",
            plan_id=plan.id,
            child_id=child.id,
            date=date(2026, 3, 9),
            decision=EvaluationDecision.CONTINUE,
            progress=(IndicatorProgress("Mindst én gang om dagen", "Én af fem dage", None),),
            next_follow_up=date(2026, 3, 30),
        ),
    ]
    report = plan_report(plan, child, horsens, evaluations=evaluations, tr=danish, today=TODAY)
    html = report.html
    for expected in (
        "Handleplan",
        "Horsens Kommune",
        "Livsduelighed: trivsel og kompetencer",
        "Ida søger hjælp hos en voksen",
        "Mindst én gang om dagen",
        "Fast voksen tager imod",
        "Kontaktpædagog",
        "09.03.2026",
        "Vil sidde ved Sofie.",
        "Vil have en besked om gode dage.",
        "Morfar hjælper.",
        "Koordinator",
        "Mette Hansen",
        "20.04.2026",
        "Åben",
        "Tidligere opfølgninger",
        "Ikke nået endnu",
        "Ikke vurderet",
    ):
        assert expected in html, expected
    text = _text(html)
    assert text.index("09.03.2026 – Planen fortsætter") < text.index("30.03.2026 – Indsatsen øges")
    assert SECRET not in html
    assert report.filename == "Handleplan Ida Sørensen 2026-02-23.pdf"


def test_every_source_string_has_a_danish_translation_with_its_placeholders() -> None:
    sources = [v for k, v in vars(S).items() if k.isupper()]
    assert set(sources) <= set(DANISH)
    for source in sources:
        assert re.findall(r"\{\w+\}", source) == re.findall(r"\{\w+\}", DANISH[source])


def test_loading_from_the_store_is_audited_and_refuses_a_corrected_assessment(
    tmp_path: Path,
) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="horsens", user="Mette Hansen") as s:
        cid = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        aid = quick_assessment(
            s, child_id=cid, position="yellow", signs=["withdrawn"], protective=[]
        ).id
        follow_up = (s.today() + timedelta(weeks=4)).isoformat()
        pid = quick_plan(
            s, child_id=cid, template="life_skills", goal="Tryg start", follow_up=follow_up
        )

        report = load_assessment_report(s, aid, tr=danish)
        assert "▲ Gul" in report.html and aid not in report.html
        plan_doc = load_plan_report(s, pid, tr=danish)
        assert "Tryg start" in plan_doc.html
        record_report_export(s, report, "pdf")
        actions = [(e["action"], e["entity"], e["entity_id"]) for e in s.store.audit.entries(cid)]
        assert ("read", "assessment", aid) in actions
        assert ("read", "plan", pid) in actions
        assert ("export", "assessment", aid) in actions

        new = correct_assessment(
            s,
            aid,
            position="green",
            report_decision=ReportDecision.NOT_REPORTED,
            report_reason=SECRET,
        )
        with pytest.raises(ReportRefused, match="corrected"):
            load_assessment_report(s, aid)
        corrected = load_assessment_report(s, new).html
        assert "● Grøn" in corrected and SECRET not in corrected

        abuse = quick_assessment(
            s, child_id=cid, position="yellow", signs=["tells_violence"], protective=[]
        ).id
        with pytest.raises(ReportRefused, match="abuse path"):
            load_assessment_report(s, abuse)
        with pytest.raises(ReportRefused, match="abuse path"):
            load_plan_report(s, pid)


def test_module_does_not_import_qt() -> None:
    for module in (report_content, report_html, report_strings):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "PySide6" not in source
