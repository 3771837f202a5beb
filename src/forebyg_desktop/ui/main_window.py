"""The main window: the group overview, follow-ups, the child page, and the lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from forebyg_desktop.services.chronology_service import chronology
from forebyg_desktop.services.draft_service import list_drafts
from forebyg_desktop.services.overview_service import follow_ups, overview_rows
from forebyg_desktop.services.plan_flow_service import open_plan
from forebyg_desktop.services.report_content import Report
from forebyg_desktop.services.report_service import (
    load_assessment_report,
    load_plan_report,
    record_report_export,
)
from forebyg_desktop.services.session import Session, verify_passphrase
from forebyg_desktop.ui.assessment_dialog import AssessmentDialog
from forebyg_desktop.ui.child_view import ChildView
from forebyg_desktop.ui.evaluation_dialog import EvaluationDialog
from forebyg_desktop.ui.follow_up_view import FollowUpView
from forebyg_desktop.ui.i18n import current_language
from forebyg_desktop.ui.lock_controller import LockController
from forebyg_desktop.ui.lock_screen import LockScreen
from forebyg_desktop.ui.overview_view import OverviewView
from forebyg_desktop.ui.plan_dialog import PlanDialog
from forebyg_desktop.ui.report_pdf import print_document, write_pdf
from forebyg_desktop.ui.settings_dialog import SettingsDialog, saved_lock_minutes
from forebyg_desktop.ui.store_worker import StoreWorker


class MainWindow(QMainWindow):
    """Everything a user works in, behind the lock screen."""

    def __init__(self, session: Session, *, lock_minutes: float | None = None) -> None:
        super().__init__()
        self.session = session
        self.worker = StoreWorker(self)
        self.setWindowTitle(self.tr("Forebyg Desktop"))
        self.resize(1280, 720)

        self.tabs = QTabWidget(self)
        self.overview = OverviewView(self.tabs)
        self.follow_up = FollowUpView(self.tabs)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.follow_up, self.tr("&Follow-ups"))
        self.child_page = ChildView(session.profile, self)
        self.lock_screen = LockScreen(lambda text: verify_passphrase(session, text), self)

        self.pages = QStackedWidget(self)
        for page in (self.tabs, self.child_page, self.lock_screen):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self._page_before_lock = self.tabs

        self.overview.child_activated.connect(self.open_child)
        self.follow_up.plan_activated.connect(self._open_plan_child)
        self.child_page.back_requested.connect(self.show_overview)
        self.child_page.report_requested.connect(self.export_report)
        self.child_page.assessment_requested.connect(self.new_assessment)
        self.child_page.plan_requested.connect(self.new_plan)
        self.child_page.evaluation_requested.connect(self.evaluate_plan)
        minutes = saved_lock_minutes() if lock_minutes is None else lock_minutes
        self.lock = LockController(self, minutes=minutes)
        self.lock.lock_requested.connect(self._lock)
        self.lock_screen.unlocked.connect(self._unlock)
        self._build_menu()
        profile = session.profile.name.get(current_language())
        self.status = QLabel(
            self.tr("{user} — {profile}").format(user=session.user, profile=profile), self
        )
        self.statusBar().addPermanentWidget(self.status)
        self._follow_up_children: dict[str, str] = {}
        self.refresh()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        blank = QAction(self.tr("&Lock and blank the screen"), self)
        blank.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence(Qt.Key.Key_Pause)])
        blank.triggered.connect(self.lock.lock_now)
        menu.addAction(blank)
        prefs = QAction(self.tr("&Settings…"), self)
        prefs.triggered.connect(self.open_settings)
        menu.addAction(prefs)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec():
            self.lock.set_minutes(saved_lock_minutes())

    # -- data --------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the overview and the follow-ups off the GUI thread."""
        s = self.session
        today = date.today()
        self.statusBar().showMessage(self.tr("Loading…"))

        def load() -> tuple:
            return overview_rows(s, today=today), follow_ups(s, today=today)

        self.worker.submit(load, lambda result: self._show_rows(result, today), self._error)

    def _show_rows(self, result: tuple, today: date) -> None:
        rows, due = result
        self.overview.set_rows(rows, self.session.profile, today)
        self.follow_up.set_rows(due, self.session.profile, today)
        self._follow_up_children = {r.plan_id: r.child_id for r in due}
        self.statusBar().clearMessage()

    def open_child(self, child_id: str) -> None:
        """Show the child's page (the opening is audited by the service)."""
        s = self.session
        self.worker.submit(lambda: chronology(s, child_id), self._show_child, self._error)

    def _open_plan_child(self, plan_id: str) -> None:
        child_id = self._follow_up_children.get(plan_id)
        if child_id:
            self.open_child(child_id)

    def _show_child(self, result: tuple) -> None:
        child, entries = result
        self.child_page.show_child(child, entries)
        self.pages.setCurrentWidget(self.child_page)

    # -- writing (modal dialogs; the worker is idle while they are open) ------------

    def new_assessment(self, kind: str) -> None:
        child = self.child_page.child
        if child is None:
            return
        drafts = [d for d in list_drafts(self.session, child["id"]) if d.kind == "assessment"]
        draft_id = drafts[0].id if drafts else None  # resume an unfinished draft
        dialog = AssessmentDialog(self.session, child, kind=kind, draft_id=draft_id, parent=self)
        dialog.exec()
        self._after_dialog(child["id"])

    def new_plan(self) -> None:
        child = self.child_page.child
        if child is None:
            return
        PlanDialog(self.session, child, parent=self).exec()
        self._after_dialog(child["id"])

    def evaluate_plan(self) -> None:
        child = self.child_page.child
        if child is None:
            return
        plan = open_plan(self.session, child["id"])
        if plan is None:
            QMessageBox.information(
                self, self.tr("No open plan"), self.tr("The child has no open action plan.")
            )
            return
        EvaluationDialog(self.session, plan, parent=self).exec()
        self._after_dialog(child["id"])

    def _after_dialog(self, child_id: str) -> None:
        self.open_child(child_id)
        self.refresh()

    def export_report(self, entity: str, record_id: str, how: str) -> None:
        """Build the parents' document off the GUI thread, then save or print it."""
        s, lang = self.session, current_language()
        load = load_assessment_report if entity == "assessment" else load_plan_report

        def build() -> Report:
            return load(s, record_id, lang=lang, tr=QCoreApplication.translate)

        self.worker.submit(build, lambda report: self._deliver(report, how), self._report_error)

    def _deliver(self, report: Report, how: str) -> None:
        if how == "print":
            done = print_document(report.html, self, title=report.title)
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(Path.home() / report.filename), "PDF (*.pdf)"
            )
            done = bool(name)
            if done:
                write_pdf(report.html, Path(name), title=report.title)
                self.statusBar().showMessage(self.tr("Saved {file}").format(file=name), 8000)
        if done:
            s = self.session
            self.worker.submit(lambda: record_report_export(s, report, how), lambda _: None)

    def _report_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not printed"), message)

    def show_overview(self) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.overview.focus_search()

    def _error(self, message: str) -> None:
        self.statusBar().showMessage(message)

    # -- lock ----------------------------------------------------------------------

    def _lock(self) -> None:
        current = self.pages.currentWidget()
        if current is not self.lock_screen:
            self._page_before_lock = current
        self.pages.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()

    def _unlock(self) -> None:
        self.pages.setCurrentWidget(self._page_before_lock)
        self.menuBar().setEnabled(True)
        self.lock.unlocked()

    @property
    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.worker.stop()
        super().closeEvent(event)
