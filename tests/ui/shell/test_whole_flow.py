"""The whole flow through the main window, as a pedagogue works it, on a real store.

Add a child, two individual assessments by two staff, the joint one with the
signpost and the reporting-duty (§ 133) path, finalise, correct, an action plan
from a template, its evaluation (closing it), and a PDF for the parents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from forebyg_desktop.core.records import EvaluationDecision
from forebyg_desktop.services.reports.audit_service import audit_entries
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog
from forebyg_desktop.ui.child.child_dialog import ChildDialog
from forebyg_desktop.ui.child.chronology_table_model import ENTRY_ROLE
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.plan.evaluation_dialog import EvaluationDialog
from forebyg_desktop.ui.plan.plan_dialog import PlanDialog
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

ABUSE_SIGN = "bruises_unexplained"


def _wait_dialog(qtbot, window: MainWindow, kind: type):
    qtbot.waitUntil(lambda: isinstance(window.launcher.active_dialog, kind), timeout=10000)
    dialog = window.launcher.active_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _wait_closed(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)


def _select(qtbot, window: MainWindow, record_id: str) -> None:
    """Select the record's row in the child's chronology (once the page shows it)."""
    view = window.child_page

    def row() -> int | None:
        ids = [view.model.index(r, 0).data(ENTRY_ROLE).id for r in range(view.model.rowCount())]
        return ids.index(record_id) if record_id in ids else None

    qtbot.waitUntil(lambda: row() is not None, timeout=10000)
    view.table.setCurrentIndex(view.model.index(row(), 0))


def _individual(qtbot, window: MainWindow, who: str, position: str) -> str:
    window.child_page.assessment_requested.emit("individual")
    dialog = _wait_dialog(qtbot, window, AssessmentDialog)
    dialog.assessors.setText(who)
    dialog.position_buttons[position].click()
    dialog.signs.checkbox("withdrawn").click()
    dialog.texts["observations"].setPlainText(f"{who}: trækker sig i leg")
    if dialog.report_box.isVisible():
        dialog.report_not.click()
        dialog.report_reason.setText("Vi taler med forældrene først")
    dialog.finalise_button.click()
    qtbot.waitUntil(lambda: dialog.finalised_id is not None, timeout=10000)
    finalised = dialog.finalised_id
    _wait_closed(qtbot, window)
    return finalised


def test_whole_flow(qtbot, tmp_path: Path, monkeypatch) -> None:
    install_translator(QCoreApplication.instance(), "da")
    pdf = tmp_path / "til-forældrene.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF"))
    with create_session(tmp_path / "data", PASSPHRASE, profile_id="topi", user="Mette") as s:
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()

        # Add the child.
        window.launcher.add_child()
        dialog = _wait_dialog(qtbot, window, ChildDialog)
        qtbot.keyClicks(dialog.name, "Ida Sørensen")
        dialog.birth_date.setText("12.04.2021")
        dialog.group.setCurrentText("Sommerfuglene")
        dialog.submit()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        child_id = window.child_page.child["id"]

        # Two individual assessments by two members of staff.
        first = _individual(qtbot, window, "Mette", "green")
        second = _individual(qtbot, window, "Lars Holm", "yellow")

        # The joint assessment: both side by side, then an abuse sign is seen.
        window.child_page.assessment_requested.emit("joint")
        joint = _wait_dialog(qtbot, window, AssessmentDialog)
        assert [a.id for a in joint.individuals] == [first, second]
        joint.position_buttons["yellow"].click()
        assert "Gør nu:" in joint.signpost.visible_text()
        joint.signs.checkbox(ABUSE_SIGN).click()
        assert joint.signpost.duty_box.isVisible() and joint.signpost.abuse_text.isVisible()
        joint.agreed_reason.setPlainText("Vi ser begge tilbagetrækning og nu et blåt mærke")
        # Finalising without the report decision is refused, naming the field.
        joint.finalise_button.click()
        qtbot.waitUntil(joint.problems.isVisible, timeout=10000)
        assert "Beslutning om underretning" in joint.problems.text()
        joint.report_reported.click()
        combo = joint.parents_informed
        combo.setCurrentIndex(combo.findData("withheld"))
        joint.finalise_button.click()
        qtbot.waitUntil(lambda: joint.finalised_id is not None, timeout=10000)
        joint_id = joint.finalised_id
        _wait_closed(qtbot, window)
        stored = s.store.get("assessment", joint_id)
        assert stored["report_decision"] == "reported" and stored["report_by"] == "Mette"
        assert stored["parents_informed"] == "withheld"
        assert sorted(stored["based_on"]) == sorted([first, second])

        # Correct the first individual assessment: a new version, the original stays.
        _select(qtbot, window, first)
        assert window.child_page.correct_button.isEnabled()
        window.child_page.correct_button.click()
        correction = _wait_dialog(qtbot, window, AssessmentDialog)
        assert correction.corrects == first
        assert correction.texts["observations"].toPlainText() == "Mette: trækker sig i leg"
        correction.texts["observations"].setPlainText("Mette: trækker sig i leg, græder")
        correction.finalise_button.click()
        qtbot.waitUntil(lambda: correction.finalised_id is not None, timeout=10000)
        corrected = correction.finalised_id
        _wait_closed(qtbot, window)
        assert s.store.get("assessment", corrected)["supersedes"] == first
        _select(qtbot, window, first)
        assert not window.child_page.correct_button.isEnabled()  # corrected already
        texts = [
            window.child_page.model.index(r, 1).data()
            for r in range(window.child_page.model.rowCount())
        ]
        assert any("(rettelse)" in t for t in texts)
        assert any("(erstattet af en rettelse)" in t for t in texts)

        # An action plan from a template that suits the agreed (yellow) position.
        window.child_page.plan_requested.emit()
        plan_dialog = _wait_dialog(qtbot, window, PlanDialog)
        qtbot.waitUntil(lambda: plan_dialog.ready, timeout=10000)
        templates = [plan_dialog.template.itemData(i) for i in range(plan_dialog.template.count())]
        assert "everyday_adjustment" in templates and "close_cooperation" not in templates
        plan_dialog.template.setCurrentIndex(plan_dialog.template.findData("everyday_adjustment"))
        qtbot.keyClicks(plan_dialog.child_view, "Ida vil gerne lege med Noah")
        plan_dialog.create_button.click()
        qtbot.waitUntil(lambda: plan_dialog.plan_id is not None, timeout=10000)
        plan_id = plan_dialog.plan_id
        _wait_closed(qtbot, window)
        assert s.store.get("plan", plan_id)["status"] == "open"

        # The evaluation at follow-up: things went well; the plan is closed at green.
        window.child_page.evaluation_requested.emit()
        evaluation = _wait_dialog(qtbot, window, EvaluationDialog)
        qtbot.waitUntil(lambda: evaluation.ready, timeout=10000)
        qtbot.keyClicks(evaluation.progress_edits[0], "Leger nu med andre hver dag")
        evaluation.position.setCurrentIndex(evaluation.position.findData("green"))
        evaluation.decision_buttons[EvaluationDecision.CLOSE].click()
        evaluation.save_button.click()
        qtbot.waitUntil(lambda: evaluation.evaluation_id is not None, timeout=10000)
        _wait_closed(qtbot, window)
        assert s.store.get("plan", plan_id)["status"] == "closed"
        _select(qtbot, window, plan_id)  # a closed plan stays in the chronology
        _select(qtbot, window, evaluation.evaluation_id)

        # The corrected individual assessment for the parents, as PDF.
        _select(qtbot, window, corrected)
        window.child_page.save_pdf.click()
        qtbot.waitUntil(pdf.exists, timeout=15000)
        assert pdf.read_bytes().startswith(b"%PDF")
        qtbot.waitUntil(
            lambda: any(e["action"] == "export" for e in audit_entries(s, child_id)), timeout=10000
        )
        window.close()
