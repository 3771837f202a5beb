"""What the main window's menus and the child page open: dialogues and exports.

A helper object the main window holds (`window.launcher`). Every dialogue runs
its store work on the window's StoreWorker (the dialog contract:
docs/architecture.md); what a dialogue opens with is loaded there first.
Dialogue modules are imported when first used, so they cost nothing at start.
A dialogue is opened window-modal without a nested event loop (`open()`), so
the lock can hide it and show it again, untouched; when it closes, the window
refreshes only what its writes changed (`MainWindow.refresh_changed`) and the
sync is nudged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import message_box
from forebyg_desktop.ui.shell.child_launcher import ChildLauncher

if TYPE_CHECKING:
    from collections.abc import Callable

    from forebyg_desktop.services.reports.report_content import Report
    from forebyg_desktop.services.session import Session
    from forebyg_desktop.ui.shell.main_window import MainWindow


class DialogLauncher(QObject):
    """Opens dialogues about the child on screen, or tasks for the whole store."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active_dialog: QDialog | None = None  # the dialogue open over the window
        self.children = ChildLauncher(self)  # correcting, moving, archiving, class lists

    # --- the whole store --------------------------------------------------------------

    def add_child(self) -> None:
        """Register a child by hand, then open the child's page."""
        from forebyg_desktop.ui.child.child_dialog import ChildDialog

        w = self.window
        if w.session is None:
            return
        dialog = ChildDialog(w.session, w.worker, groups=w.groups, parent=w)
        dialog.child_added.connect(w.open_child)
        self._open(dialog)

    def import_class_list(self, path: str | None = None) -> None:
        """Preview a class list, then import it (every line or none)."""
        self.children.import_class_list(path)

    def import_handover(self) -> None:
        """Receive a handover file (a child from another institution) or a receipt."""
        from forebyg_desktop.ui.handover.handover_import_dialog import HandoverImportDialog

        w = self.window
        if w.session is None:
            return
        dialog = HandoverImportDialog(w.session, w.worker, parent=w)
        dialog.imported.connect(self._handover_imported)
        self._open(dialog)

    def _handover_imported(self, result: object) -> None:
        child_id = getattr(result, "child_id", None)  # a received child; a receipt has none
        if child_id:
            self.window.open_child(child_id)

    def team(self) -> None:
        """The sync team: create or join one, invite a colleague, remove a lost laptop."""
        from forebyg_desktop.ui.team_sync.team_dialog import TeamDialog

        w = self.window
        if w.session is None:
            return
        dialog = TeamDialog(w.session, w.worker, parent=w)
        dialog.team_changed.connect(w.sync_panel.sync_now)  # admit, fetch the key, at once
        self._open(dialog)

    def institution_key(self) -> None:
        """Write the institution's public key file, for a sender to hand over to us."""
        from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog

        w = self.window
        if w.session is None:
            return
        self._open(InstitutionKeyDialog(w.session, w.worker, parent=w))

    def open_settings(self) -> None:
        """Language and auto-lock; the passphrase change once a store is open."""
        from forebyg_desktop.ui.settings.settings_dialog import SettingsDialog, saved_lock_minutes

        w = self.window
        opened = self.change_passphrase if w.session is not None else None
        dialog = SettingsDialog(w, change_passphrase=opened)
        if dialog.exec():
            w.lock.set_minutes(saved_lock_minutes())

    def change_passphrase(self, parent: QWidget | None = None) -> QDialog:
        """Open the dialogue that re-encrypts the store under a new passphrase."""
        from forebyg_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog

        w = self.window
        assert w.session is not None
        dialog = ChangePassphraseDialog(
            w.session,
            w.worker,
            parent or w,
            pause_sync=w.sync_panel.pause,
            resume_sync=w.sync_panel.resume,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the child on screen ----------------------------------------------------------

    def new_assessment(self, kind: str) -> None:
        """Open the assessment dialogue, resuming an unfinished draft of that kind."""

        def load(s: Session, child_id: str) -> Any:
            from forebyg_desktop.services.assessment.assessment_flow_service import start_assessment

            return start_assessment(s, child_id, kind)

        self._open_assessment(load)

    def correct_assessment(self, assessment_id: str) -> None:
        """Open a correction of a finalised assessment (a new version supersedes it)."""

        def load(s: Session, _child_id: str) -> Any:
            from forebyg_desktop.services.assessment.correction_flow_service import start_correction

            return start_correction(s, assessment_id)

        self._open_assessment(load)

    def _open_assessment(self, load: Callable[[Session, str], Any]) -> None:
        w = self.window
        child, s = w.child_page.child, w.session
        if child is None or s is None:
            return

        def show(start: Any) -> None:  # an AssessmentStart
            from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog

            self._open(AssessmentDialog(s, child, w.worker, start=start, parent=w))

        w.worker.submit(lambda: load(s, child["id"]), show, w.show_error)

    def new_plan(self) -> None:
        from forebyg_desktop.ui.plan.plan_dialog import PlanDialog

        w = self.window
        child = w.child_page.child
        if child is None or w.session is None:
            return
        self._open(PlanDialog(w.session, child, w.worker, parent=w))

    def evaluate_plan(self) -> None:
        w = self.window
        child, s = w.child_page.child, w.session
        if child is None or s is None:
            return

        def load() -> Any:
            from forebyg_desktop.services.plan.plan_flow_service import open_plan

            return open_plan(s, child["id"])

        def show(plan: Any) -> None:  # an ActionPlan, or None
            from forebyg_desktop.ui.plan.evaluation_dialog import EvaluationDialog

            if plan is None:
                message_box(
                    w,
                    QMessageBox.Icon.Information,
                    self.tr("No open plan"),
                    self.tr("The child has no open action plan."),
                ).exec()
                return
            self._open(EvaluationDialog(s, plan, w.worker, parent=w))

        w.worker.submit(load, show, w.show_error)

    def handover(self) -> None:
        """Consents for the child and handing the record over to another institution."""
        from forebyg_desktop.ui.handover.handover_dialog import HandoverDialog

        w = self.window
        child = w.child_page.child
        if child is None or w.session is None:
            return
        self._open(HandoverDialog(w.session, child, w.worker, parent=w))

    def export_report(self, entity: str, record_id: str, how: str) -> None:
        """Build the parents' document off the GUI thread, then save or print it."""
        w = self.window
        s, lang = w.session, current_language()

        def build() -> Report:
            from forebyg_desktop.services.reports import report_service

            load = (
                report_service.load_assessment_report
                if entity == "assessment"
                else report_service.load_plan_report
            )
            return load(s, record_id, lang=lang, tr=QCoreApplication.translate)

        w.worker.submit(build, lambda report: self._deliver(report, how), self._report_error)

    def _deliver(self, report: Report, how: str) -> None:
        from forebyg_desktop.ui.kit.report_pdf import print_document, write_pdf

        w = self.window
        if how == "print":
            done = print_document(report.html, w, title=report.title)
        else:
            name, _ = QFileDialog.getSaveFileName(
                w, self.tr("Save as PDF"), str(Path.home() / report.filename), "PDF (*.pdf)"
            )
            done = bool(name)
            if done:
                try:
                    write_pdf(report.html, Path(name), title=report.title)
                except OSError as exc:  # a full disk, a folder without write access
                    message_box(
                        w,
                        QMessageBox.Icon.Warning,
                        self.tr("The PDF was not saved"),
                        self.tr("{file} could not be written: {reason}").format(
                            file=name, reason=exc.strerror or type(exc).__name__
                        ),
                    ).exec()
                    return
                w.statusBar().showMessage(self.tr("Saved {file}").format(file=name), 8000)
        if done:
            s = w.session

            def record() -> None:
                from forebyg_desktop.services.reports.report_service import record_report_export

                record_report_export(s, report, how)

            w.worker.submit(record, lambda _: None)

    def _report_error(self, message: str) -> None:
        message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("The document could not be made"),
            message,
        ).exec()

    # --- opening and closing ----------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Open `dialog` window-modal; if the lock came first, it waits hidden behind it.

        When it closes, what its writes changed is refreshed (only that).
        """
        dialog.finished.connect(lambda _: self._closed())
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if self.window.is_locked:  # its data was loaded while the screen locked
            self.window.keep_behind_lock(dialog)

    def _closed(self) -> None:
        self.active_dialog = None
        self.window.refresh_changed()
        self.window.sync_panel.nudge()
