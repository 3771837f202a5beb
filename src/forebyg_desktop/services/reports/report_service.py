"""Reading what a parents' report needs from the store (audited), and auditing its export."""

from __future__ import annotations

from forebyg_desktop.core.records import ActionPlan, Assessment, PlanEvaluation
from forebyg_desktop.services.assessment.assessment_service import load_child
from forebyg_desktop.services.reports.report_content import (
    Report,
    ReportRefused,
    assessment_report,
    plan_report,
)
from forebyg_desktop.services.reports.report_strings import S, Translate, no_translation
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import assessment_repo, plan_repo
from forebyg_desktop.store.audit_repo import AuditEvent


def load_assessment_report(
    session: Session, assessment_id: str, *, lang: str = "da", tr: Translate = no_translation
) -> Report:
    """Read the assessment and its child (audited) and build the document."""
    store = session.store
    a = Assessment.from_fields(assessment_id, store.get("assessment", assessment_id))
    child = load_child(session, a.child_id)
    store.record_reads([AuditEvent("read", "assessment", a.id, a.child_id, "parents' report")])
    if assessment_repo.corrections_of(store, assessment_id):
        raise ReportRefused(S.CORRECTED)
    return assessment_report(a, child, session.profile, lang=lang, tr=tr, today=session.today())


def load_plan_report(
    session: Session, plan_id: str, *, lang: str = "da", tr: Translate = no_translation
) -> Report:
    """Read the plan, its follow-ups and its child (audited) and build the document.

    Refused when the plan's assessment or the child's newest one is on the abuse path.
    """
    store = session.store
    plan = ActionPlan.from_fields(plan_id, store.get("plan", plan_id))
    child = load_child(session, plan.child_id)
    store.record_reads([AuditEvent("read", "plan", plan.id, plan.child_id, "parents' report")])
    found = plan_repo.evaluations_of_plan(store, plan_id)
    evaluations = [PlanEvaluation.from_fields(r["id"], r) for r in found]
    rows = assessment_repo.finalised_of_child(store, plan.child_id, newest_first=True)
    current = [r for r in rows if r["id"] == plan.assessment_id] + rows[:1]
    assessments = [Assessment.from_fields(r["id"], r) for r in current]
    return plan_report(
        plan,
        child,
        session.profile,
        evaluations=evaluations,
        assessments=assessments,
        lang=lang,
        tr=tr,
        today=session.today(),
    )


def record_report_export(session: Session, report: Report, how: str) -> None:
    """Audit that `report` left the program (`how`: "pdf" or "print")."""
    event = AuditEvent("export", report.entity, report.record_id, report.child_id, how)
    session.store.record_reads([event])
