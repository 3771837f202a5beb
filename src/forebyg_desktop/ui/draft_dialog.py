"""The frame the plan and evaluation dialogues share: a form kept as a draft, finalised once.

Every store call goes through the StoreWorker (see the dialog contract):
the subclass loads what it needs to open with one job and calls `_opened`
(the form stays disabled until then); edits go to `DraftAutosaver`; the
accept button runs one finalise job (`_finalise`), which writes the record and
deletes the draft together; "Close" waits for the last autosave and keeps the
draft; "Discard draft" deletes it after asking. While a job is in flight the
buttons that would submit again are disabled and the status says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from forebyg_desktop.core.ids import new_id
from forebyg_desktop.services.draft_service import discard_draft
from forebyg_desktop.services.errors import Problem, ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.dialog_parts import ProblemList, ask
from forebyg_desktop.ui.draft_autosave import DraftAutosaver, refusal_or_result
from forebyg_desktop.ui.i18n import tr_message
from forebyg_desktop.ui.plain_text import keep_plain, plain_label
from forebyg_desktop.ui.store_worker import StoreWorker


class DraftDialog(QDialog):
    """Base of a dialogue autosaved as a draft of `kind`; subclasses build `body`.

    Its texts use literal `QCoreApplication.translate("DraftDialog", ...)`, not
    `self.tr`: lupdate files them under one context that every subclass finds.
    """

    body: QWidget

    def __init__(
        self,
        session: Session,
        worker: StoreWorker,
        kind: str,
        child_id: str,
        draft_id: str | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.ready = False  # the opening job has come back
        self._busy = False  # a finalise, close or discard job is in flight
        self.draft_id = draft_id or new_id()
        self.autosaver = DraftAutosaver(
            worker, session, kind, child_id, self.draft_id, self.fields, self
        )
        self.problems = ProblemList(self)
        self.status = plain_label("", self, wrap=True)  # messages may quote entered text
        self.autosaver.status.connect(self.status.setText)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        # Every label still left to Qt's rich-text guess shows its text literally
        # (see ui/plain_text.py), whoever built it.
        keep_plain(self)
        super().showEvent(event)

    # --- for subclasses ---------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The form as the draft's fields."""
        raise NotImplementedError

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        """The name of the field a problem is about, and the widget to go to."""
        raise NotImplementedError

    def _can_accept(self) -> bool:
        return True

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        """A form row whose label is the field's buddy (its Alt mnemonic focuses the field)."""
        label = plain_label(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)

    def _button_bar(self, accept_text: str, accept_name: str) -> QHBoxLayout:
        """The status line and the accept, "Discard draft" and "Close" buttons."""
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(self)
        self.accept_button: QPushButton = self.buttons.addButton(
            accept_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(accept_name)
        self.accept_button.setDefault(True)
        self.discard_button = self.buttons.addButton(
            QCoreApplication.translate("DraftDialog", "D&iscard draft"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.discard_button.setAccessibleName(
            QCoreApplication.translate("DraftDialog", "Discard draft")
        )
        self.discard_button.setAutoDefault(False)
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("DraftDialog", "Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.close_button.setAccessibleName(
            QCoreApplication.translate("DraftDialog", "Close (the draft is kept)")
        )
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self._discard)
        bar.addWidget(self.buttons)
        self.status.setText(QCoreApplication.translate("DraftDialog", "Loading…"))
        return bar

    def _use_draft(self, draft_id: str) -> None:
        """Continue the draft found when opening (autosave then replaces it)."""
        self.draft_id = self.autosaver.draft_id = draft_id

    def _opened(self, *, restored: bool, missing: bool) -> None:
        """The opening job is done: enable the form and say what was found."""
        self.ready = True
        keep_plain(self)  # labels filled from what was loaded
        self.status.setText(
            QCoreApplication.translate("DraftDialog", "Draft restored") if restored else ""
        )
        if missing:
            text = QCoreApplication.translate(
                "DraftDialog",
                "The draft was not found: it was finalised or discarded. A new draft is started.",
            )
            self.problems.show_problems([(text, None)])
        self._set_enabled()

    def _open_failed(self, message: str) -> None:
        self.status.setText("")
        self.problems.show_problems([(message, None)])
        self._set_enabled()

    def _set_enabled(self) -> None:
        idle = self.ready and not self._busy
        self.body.setEnabled(idle)
        self.accept_button.setEnabled(idle and self._can_accept())
        self.discard_button.setEnabled(idle)
        self.close_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.setText(text)
        self._set_enabled()

    # --- finalise ---------------------------------------------------------------------

    def _finalise(self, job: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """Run the finalise `job` on the worker; `on_result(result)` then accept, or show why not.

        Autosave pauses meanwhile: the job already has the fields, and a save
        after it would bring back the draft the job deleted.
        """
        if self._busy or not self.ready:
            return
        self.autosaver.pause()
        self._set_busy(True, QCoreApplication.translate("DraftDialog", "Saving…"))

        def done(result: object) -> None:
            if isinstance(result, ValidationFailed):
                self._refused(result)
                return
            self.autosaver.finish()
            self._set_busy(False)
            on_result(result)
            self.accept()

        self.worker.submit(lambda: refusal_or_result(job), done, self._refused)

    def _refused(self, error: ValidationFailed | str) -> None:
        self._set_busy(False)
        self.autosaver.resume()
        if isinstance(error, ValidationFailed):
            self.problems.show_problems([self._problem_line(p) for p in error.problems])
        else:
            self.problems.show_problems([(error, None)])

    def _problem_line(self, problem: Problem) -> tuple[str, QWidget | None]:
        label, target = self._field(problem.where)
        text = tr_message(problem.message)
        return (
            QCoreApplication.translate("DraftDialog", "{field}: {problem}").format(
                field=label, problem=text
            ),
            target,
        )

    # --- close and discard ------------------------------------------------------------

    def reject(self) -> None:
        """Close (also Escape and the window's close button): the draft is saved first."""
        if self._busy:
            return
        if not self.autosaver.has_unsaved:
            super().reject()
            return
        self._set_busy(True, QCoreApplication.translate("DraftDialog", "Saving…"))
        self.autosaver.flush(self._closed, self._close_failed)

    def _closed(self, *_: object) -> None:
        self._set_busy(False)
        super().reject()

    def _close_failed(self, message: str) -> None:
        self._set_busy(False)
        text = QCoreApplication.translate(
            "DraftDialog", "The draft could not be saved: {reason}"
        ).format(reason=message)
        self.problems.show_problems([(text, None)])

    def _discard(self) -> None:
        if not ask(
            self,
            QCoreApplication.translate("DraftDialog", "Discard the draft?"),
            QCoreApplication.translate("DraftDialog", "Discard this draft?"),
            QCoreApplication.translate("DraftDialog", "What you have written is deleted."),
            QCoreApplication.translate("DraftDialog", "&Discard"),
            QCoreApplication.translate("DraftDialog", "&Keep"),
        ):
            return
        self.autosaver.finish()
        self._set_busy(True, QCoreApplication.translate("DraftDialog", "Discarding…"))
        s, draft_id = self.session, self.draft_id
        self.worker.submit(lambda: discard_draft(s, draft_id), self._closed, self._discard_failed)

    def _discard_failed(self, message: str) -> None:
        self._set_busy(False)
        self.problems.show_problems([(message, None)])
