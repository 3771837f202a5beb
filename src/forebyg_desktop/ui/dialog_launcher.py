"""What the main window's menus and the child page open: dialogues and exports.

A mixin of `MainWindow` (it uses the window's `session`, `worker`,
`child_page`, status bar and `refresh`). Every dialogue runs its store work on
the window's StoreWorker; what a dialogue opens with is loaded there first.
Dialogue modules are imported when first used, so they cost nothing at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from forebyg_desktop.ui.i18n import current_language
from forebyg_desktop.ui.plain_text import message_box

if TYPE_CHECKING:
    from forebyg_desktop.services.report_content import Report
    from forebyg_desktop.services.session import Session


class WindowActions:
    """Opening dialogues about the child on screen, or tasks for the whole store.

    Texts use `QCoreApplication.translate("MainWindow", ...)`: they belong to the
    window (lupdate needs the literal context; `self.tr` in a mixin would not
    name it).
    """

    def add_child(self) -> None:
        """Register a child by hand, then open the child's page."""
        from forebyg_desktop.ui.child_dialog import ChildDialog

        if self.session is None:
            return
        dialog = ChildDialog(self.session, self.worker, groups=self._groups, parent=self)
        dialog.child_added.connect(self.open_child)
        self._open_task(dialog)

    def import_class_list(self, path: str | None = None) -> None:
        """Import a CSV class list (name, birth_date, group): every row or none."""
        if self.session is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Import a class list"),
                str(Path.home()),
                QCoreApplication.translate("MainWindow", "Class list (*.csv)"),
            )
        if not path:
            return
        s, source = self.session, Path(path)

        def job() -> int:
            from forebyg_desktop.services.child_import_service import import_class_list

            return len(import_class_list(s, source))

        def done(count: int) -> None:
            self.refresh()
            self._changed_here()
            self.statusBar().showMessage(
                self.imported_message(count, source.name),
                10000,
            )

        def failed(message: str) -> None:
            box = message_box(
                self,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Nothing was imported"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The class list {file} was not imported. Correct these rows and try again:",
                ).format(file=source.name),
            )
            box.setDetailedText(message)
            box.setInformativeText(message if message.count("\n") < 8 else "")
            box.open()

        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Importing…"))
        self.worker.submit(job, done, failed)

    def new_assessment(self, kind: str) -> None:
        """Open the assessment dialogue, resuming an unfinished draft of that kind."""

        def load(s: Session, child_id: str):
            from forebyg_desktop.services.assessment_flow_service import start_assessment

            return start_assessment(s, child_id, kind)

        self._open_assessment(load)

    def correct_assessment(self, assessment_id: str) -> None:
        """Open a correction of a finalised assessment (a new version supersedes it)."""

        def load(s: Session, _child_id: str):
            from forebyg_desktop.services.correction_flow_service import start_correction

            return start_correction(s, assessment_id)

        self._open_assessment(load)

    def _open_assessment(self, load) -> None:  # noqa: ANN001 - load(session, child_id)
        child, s = self.child_page.child, self.session
        if child is None:
            return

        def show(start) -> None:  # noqa: ANN001 - an AssessmentStart
            from forebyg_desktop.ui.assessment_dialog import AssessmentDialog

            self._show_dialog(AssessmentDialog(s, child, self.worker, start=start, parent=self))

        self.worker.submit(lambda: load(s, child["id"]), show, self._error)

    def handover(self) -> None:
        """Consents for the child and handing the record over to another institution."""
        from forebyg_desktop.ui.handover_dialog import HandoverDialog

        child = self.child_page.child
        if child is None:
            return
        self._show_dialog(HandoverDialog(self.session, child, self.worker, parent=self))

    def import_handover(self) -> None:
        """Receive a handover file (a child from another institution) or a receipt."""
        from forebyg_desktop.ui.handover_import_dialog import HandoverImportDialog

        if self.session is None:
            return
        dialog = HandoverImportDialog(self.session, self.worker, parent=self)
        dialog.imported.connect(self._handover_imported)
        self._open_task(dialog)

    def _handover_imported(self, result: object) -> None:
        child_id = getattr(result, "child_id", None)  # a received child; a receipt has none
        if child_id:
            self.open_child(child_id)

    def team(self) -> None:
        """The sync team: create or join one, invite a colleague, remove a lost laptop."""
        from forebyg_desktop.ui.team_dialog import TeamDialog

        if self.session is None:
            return
        dialog = TeamDialog(self.session, self.worker, parent=self)
        if self.sync is not None:
            dialog.team_changed.connect(self.sync.sync_now)  # admit, fetch the key, at once
        self._open_task(dialog)

    def institution_key(self) -> None:
        """Write the institution's public key file, for a sender to hand over to us."""
        from forebyg_desktop.ui.handover_import_dialog import InstitutionKeyDialog

        if self.session is None:
            return
        self._open_task(InstitutionKeyDialog(self.session, self.worker, parent=self))

    def _open_task(self, dialog: QDialog) -> None:
        """A dialogue not about the child on screen; the overview is reloaded after it."""
        dialog.finished.connect(lambda _: self._after_task())
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """Open `dialog` window-modal; if the lock came first, it waits hidden behind it."""
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if self.is_locked:  # its data was loaded while the screen locked
            dialog.hide()
            self._hidden_windows.append(dialog)

    def _after_task(self) -> None:
        self.active_dialog = None
        self.refresh()
        self._changed_here()

    def new_plan(self) -> None:
        from forebyg_desktop.ui.plan_dialog import PlanDialog

        child = self.child_page.child
        if child is None:
            return
        self._show_dialog(PlanDialog(self.session, child, self.worker, parent=self))

    def evaluate_plan(self) -> None:
        child, s = self.child_page.child, self.session
        if child is None:
            return

        def load():
            from forebyg_desktop.services.plan_flow_service import open_plan

            return open_plan(s, child["id"])

        def show(plan) -> None:
            from forebyg_desktop.ui.evaluation_dialog import EvaluationDialog

            if plan is None:
                message_box(
                    self,
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate("MainWindow", "No open plan"),
                    QCoreApplication.translate("MainWindow", "The child has no open action plan."),
                ).exec()
                return
            self._show_dialog(EvaluationDialog(s, plan, self.worker, parent=self))

        self.worker.submit(load, show, self._error)

    def _show_dialog(self, dialog: QDialog) -> None:
        """Show a window-modal dialogue without a nested event loop.

        The child page is reloaded when it closes. `open()` rather than `exec()`
        lets the lock hide the dialogue and show it again, untouched.
        """
        child_id = self.child_page.child["id"]
        dialog.finished.connect(lambda _: self._after_dialog(child_id))
        self._open(dialog)

    def _after_dialog(self, child_id: str) -> None:
        self.active_dialog = None
        self._changed_here()
        self.open_child(child_id)
        self.refresh()

    def export_report(self, entity: str, record_id: str, how: str) -> None:
        """Build the parents' document off the GUI thread, then save or print it."""
        s, lang = self.session, current_language()

        def build() -> Report:
            from forebyg_desktop.services import report_service

            load = (
                report_service.load_assessment_report
                if entity == "assessment"
                else report_service.load_plan_report
            )
            return load(s, record_id, lang=lang, tr=QCoreApplication.translate)

        self.worker.submit(build, lambda report: self._deliver(report, how), self._report_error)

    def _deliver(self, report: Report, how: str) -> None:
        from forebyg_desktop.ui.report_pdf import print_document, write_pdf

        if how == "print":
            done = print_document(report.html, self, title=report.title)
        else:
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("MainWindow", "Save as PDF"),
                str(Path.home() / report.filename),
                "PDF (*.pdf)",
            )
            done = bool(name)
            if done:
                try:
                    write_pdf(report.html, Path(name), title=report.title)
                except OSError as exc:  # a full disk, a folder without write access
                    message_box(
                        self,
                        QMessageBox.Icon.Warning,
                        QCoreApplication.translate("MainWindow", "The PDF was not saved"),
                        QCoreApplication.translate(
                            "MainWindow", "{file} could not be written: {reason}"
                        ).format(file=name, reason=exc.strerror or type(exc).__name__),
                    ).exec()
                    return
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Saved {file}").format(file=name), 8000
                )
        if done:
            s = self.session

            def record() -> None:
                from forebyg_desktop.services.report_service import record_report_export

                record_report_export(s, report, how)

            self.worker.submit(record, lambda _: None)

    def _report_error(self, message: str) -> None:
        message_box(
            self,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "The document could not be made"),
            message,
        ).exec()
