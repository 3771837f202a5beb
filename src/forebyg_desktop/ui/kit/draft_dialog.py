"""The dialog frame for a form kept as a draft and finalised once (assessment, plan, evaluation).

It is a WorkerDialog (see the dialog contract in docs/architecture.md) that
adds the draft: edits go to `DraftAutosaver`; the accept button runs one
finalise job (`_finalise`), which writes the record and deletes the draft
together; closing saves the last edits first and keeps the draft; "Discard
draft" deletes it after asking. A dialogue that loads what it opens with runs
that through `_load` and calls `_opened` when it is back.
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
from forebyg_desktop.services.drafts.draft_service import discard_draft
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import ask
from forebyg_desktop.ui.kit.draft_autosave import DraftAutosaver
from forebyg_desktop.ui.kit.plain_text import keep_plain, plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


class DraftDialog(WorkerDialog):
    """Base of a dialogue autosaved as a draft of `kind`; subclasses build `body`.

    Its texts use literal `QCoreApplication.translate("DraftDialog", ...)`, not
    `self.tr` (see WorkerDialog): lupdate files them under one context that every
    subclass finds.
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
        super().__init__(session, worker, parent)
        self.ready = False  # the opening job has come back
        self.draft_id = draft_id or new_id()
        self.autosaver = DraftAutosaver(
            worker, session, kind, child_id, self.draft_id, self.fields, self
        )
        self.autosaver.status.connect(self.status.setText)

    # --- for subclasses ---------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The form as the draft's fields."""
        raise NotImplementedError

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
        self._controls(self.accept_button, self.close_button, self.discard_button)
        bar.addWidget(self.buttons)
        return bar

    # --- opening ----------------------------------------------------------------------

    def _load(self, job: Callable[[], Any], on_loaded: Callable[[Any], None]) -> None:
        """Load what the dialogue opens with (the form stays disabled until `_opened`)."""
        self.run(job, on_loaded, QCoreApplication.translate("DraftDialog", "Loading…"))

    def _use_draft(self, draft_id: str) -> None:
        """Continue the draft found when opening (autosave then replaces it)."""
        self.draft_id = self.autosaver.draft_id = draft_id

    def _opened(self, *, restored: bool, missing: bool) -> None:
        """What it opens with is loaded: enable the form and say what was found."""
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

    # --- finalise ---------------------------------------------------------------------

    def _finalise(self, job: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """Run the finalise `job`; `on_result(result)` then accept, or show why not.

        Autosave pauses meanwhile: the job already has the fields, and a save
        after it would bring back the draft the job deleted.
        """
        if not self.idle:
            return
        self.autosaver.pause()

        def done(result: object) -> None:
            self.autosaver.finish()
            on_result(result)
            self.accept()

        def refused(refusal: ValidationFailed) -> None:
            self.autosaver.resume()
            self._show_refusal(refusal)

        def failed(message: str) -> None:
            self.autosaver.resume()
            self._show_failure(message)

        self.run(
            job,
            done,
            QCoreApplication.translate("DraftDialog", "Saving…"),
            refused=refused,
            failed=failed,
        )

    # --- close and discard ------------------------------------------------------------

    def reject(self) -> None:
        """Close (also Escape and the window's close button): the draft is saved first."""
        if self.busy or not self.autosaver.has_unsaved:
            super().reject()  # waits for a running job, which calls here again
            return
        self._begin(QCoreApplication.translate("DraftDialog", "Saving…"))
        self.autosaver.flush(
            lambda: self._end(self._closed),
            lambda message: self._end(lambda: self._close_failed(message)),
        )

    def _closed(self) -> None:
        QDialog.reject(self)

    def _close_failed(self, message: str) -> None:
        text = QCoreApplication.translate(
            "DraftDialog", "The draft could not be saved: {reason}"
        ).format(reason=message)
        self.problems.show_problems([(text, None)])

    def _discard(self) -> None:
        if not self.idle or not ask(
            self,
            QCoreApplication.translate("DraftDialog", "Discard the draft?"),
            QCoreApplication.translate("DraftDialog", "Discard this draft?"),
            QCoreApplication.translate("DraftDialog", "What you have written is deleted."),
            QCoreApplication.translate("DraftDialog", "&Discard"),
            QCoreApplication.translate("DraftDialog", "&Keep"),
        ):
            return
        self.autosaver.finish()
        s, draft_id = self.session, self.draft_id
        self.run(
            lambda: discard_draft(s, draft_id),
            lambda _: self._closed(),
            QCoreApplication.translate("DraftDialog", "Discarding…"),
        )
