"""Write an example assessment PDF and action plan PDF for a visual check.

    .venv/bin/python scripts/render_report_example.py OUT_DIR [--lang da|en] [--profile ID]

The records are made up in memory (nothing is stored). Headings are translated
with the compiled Qt translations, as in the app.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from forebyg_desktop.core.ids import new_id  # noqa: E402
from forebyg_desktop.core.profile import EvaluationDecision, Profile  # noqa: E402
from forebyg_desktop.core.records import (  # noqa: E402
    ActionPlan,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    Goal,
    IndicatorProgress,
    Measure,
    PlanEvaluation,
)
from forebyg_desktop.services.reports.report_content import assessment_report, plan_report  # noqa: E402
from forebyg_desktop.store.profile_repo import load_bundled_profile  # noqa: E402
from forebyg_desktop.ui.kit.i18n import install_translator  # noqa: E402
from forebyg_desktop.ui.kit.report_pdf import write_pdf  # noqa: E402


def example_records(
    profile: Profile, today: date
) -> tuple[Child, Assessment, ActionPlan, PlanEvaluation]:
    """A child with a mid-scale joint assessment, a plan and one follow-up."""
    child = Child(
        id=new_id(), name="Ida Sørensen", birth_date=date(2021, 4, 12), group="Sommerfuglene"
    )
    position = profile.scale.positions[len(profile.scale.positions) // 2]
    signs = [
        s.key for s in profile.all_signs() if not (s.indicates_abuse or s.triggers_reporting_duty)
    ]
    assessed = today - timedelta(weeks=6)
    assessment = Assessment(
        id=new_id(),
        child_id=child.id,
        date=assessed,
        profile_id=profile.id,
        profile_version=profile.version,
        kind=AssessmentKind.JOINT,
        assessors=("Mette Hansen", "Jonas Holm"),
        position=position.key,
        signs=(signs[0], signs[3], signs[-1]),
        protective=tuple(f.key for f in profile.protective_factors[:3]),
        observations="Ida har i de sidste uger ofte siddet for sig selv i garderoben om morgenen.\n"
        "Hun leger gerne med én bestemt veninde, men trækker sig, når gruppen er stor.",
        child_view="Ida siger, at hun godt kan lide at tegne med Sofie, og at det er larmende i salen.",
        parents_view="Forældrene oplever, at Ida sover uroligt, og at hun er træt om morgenen.",
        family_resources="Mormor henter to dage om ugen. Familien går til svømning om lørdagen.",
        status=AssessmentStatus.FINAL,
    )
    template = next((t for t in profile.plan_templates if t.goals), profile.plan_templates[0])
    lang = "da"
    plan = ActionPlan(
        id=new_id(),
        child_id=child.id,
        template=template.key,
        follow_up=today + timedelta(weeks=2),
        profile_id=profile.id,
        profile_version=profile.version,
        assessment_id=assessment.id,
        goals=tuple(Goal(g.goal.get(lang), g.indicator.get(lang)) for g in template.goals),
        measures=tuple(
            Measure(
                m.text.get(lang),
                m.responsible.get(lang),
                assessed + timedelta(weeks=m.deadline_weeks),
            )
            for m in template.measures
        ),
        child_view="Ida vil gerne have en fast plads ved siden af Sofie ved frokosten.",
        parents_view="Forældrene vil gerne have en kort besked, når Ida har haft en god dag.",
        family_resources="Mormor og morfar bor tæt på og hjælper gerne.",
        coordinator="Mette Hansen",
        created=assessed,
    )
    evaluation = PlanEvaluation(
        id=new_id(),
        plan_id=plan.id,
        child_id=child.id,
        date=today - timedelta(weeks=1),
        decision=EvaluationDecision.CONTINUE,
        progress=tuple(
            IndicatorProgress(g.indicator, "Sker nu tre af fem dage.", met)
            for g, met in zip(plan.goals, (False, None), strict=False)
        ),
        next_follow_up=plan.follow_up,
    )
    return child, assessment, plan, evaluation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    parser.add_argument("--profile", default="horsens")
    args = parser.parse_args(argv)

    app = QGuiApplication(sys.argv[:1])
    install_translator(app, args.lang)
    profile = load_bundled_profile(args.profile)
    today = date.today()
    child, assessment, plan, evaluation = example_records(profile, today)
    common = {"lang": args.lang, "tr": QCoreApplication.translate, "today": today}
    reports = {
        "assessment": assessment_report(assessment, child, profile, **common),
        "plan": plan_report(
            plan, child, profile, evaluations=[evaluation], assessments=[assessment], **common
        ),
    }
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, report in reports.items():
        path = args.out_dir / f"{name}-{args.profile}-{args.lang}.pdf"
        write_pdf(report.html, path, title=report.title)
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
