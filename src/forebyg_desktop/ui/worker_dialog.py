"""The frame of a dialog that is not a draft but still does its store work on the StoreWorker.

One job at a time (see the dialog contract): `run(job, on_done, busy_text)`
disables what would submit again (the subclass's `_set_enabled`, reading
`idle`), says what is going on in `status`, and shows a failure as one line in
`problems`; with `refused=` a ValidationFailed comes back whole
(`refusal_or_result`) so each problem can point at its field. A close asked
for while a job runs waits for it, so the main window's quit-with-a-dialog-open
still gets `finished`. Callbacks that arrive after the dialog was deleted are
dropped (the job's work is in the store either way).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.dialog_parts import ProblemList, fit_to_screen
from forebyg_desktop.ui.draft_autosave import refusal_or_result
from forebyg_desktop.ui.plain_text import keep_plain, plain_label
from forebyg_desktop.ui.store_worker import StoreWorker


class WorkerDialog(QDialog):
    """Base of the consent, handover, key and import dialogs; subclasses build the form."""

    def __init__(self, session: Session, worker: StoreWorker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.ready = True  # False while an opening job loads what the form shows
        self.busy = False  # a job is in flight
        self._close_when_idle = False
        self._then: Callable[[], None] | None = None
        self._focus: QWidget | None = None  # where the keyboard was when the job started
        self._submit_button: QAbstractButton | None = None
        self._dismiss_button: QAbstractButton | None = None
        self.problems = ProblemList(self)
        self.status = plain_label("", self, wrap=True)  # messages may quote entered text

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        # Every label still left to Qt's rich-text guess shows its text literally
        # (see ui/plain_text.py), whoever built it.
        keep_plain(self)
        super().showEvent(event)

    def _scrolling_body(self, outer: QBoxLayout) -> QVBoxLayout:
        """`self.body` in a vertical scroll area added to `outer` (a small or scaled screen)."""
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.scroll)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        return QVBoxLayout(self.body)

    def _finish_layout(self, width: int, height: int | None = None) -> None:
        """Name every button for screen readers (its text, without the mnemonic) and size.

        The dialog is `width` wide and as tall as the body wants (or `height`),
        within the screen.
        """
        for button in self.findChildren(QAbstractButton):
            if not button.accessibleName():
                button.setAccessibleName(button.text().replace("&", ""))
        if height is None:
            chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
            self.body.adjustSize()
            height = self.body.heightForWidth(width) if self.body.hasHeightForWidth() else -1
            height = max(height, self.body.sizeHint().height()) + chrome
        fit_to_screen(self, width, height)

    @property
    def idle(self) -> bool:
        """The form may be used and a job submitted."""
        return self.ready and not self.busy

    def _controls(self, submit: QAbstractButton, dismiss: QAbstractButton) -> None:
        """The button that submits the dialog's job, and the one that closes it."""
        self._submit_button, self._dismiss_button = submit, dismiss

    def _set_enabled(self) -> None:
        """Enable what may be used now: the form and the submit button when `idle`,
        closing unless a job runs. Dialogs with more buttons override this."""
        if self._submit_button is None or self._dismiss_button is None:
            return
        self.body.setEnabled(self.idle)
        self._submit_button.setEnabled(self.idle)
        self._dismiss_button.setEnabled(not self.busy)

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        busy_text: str,
        *,
        refused: Callable[[ValidationFailed], None] | None = None,
    ) -> bool:
        """Submit `job`; False (nothing submitted) while another job runs."""
        if self.busy:
            return False
        focus = QApplication.focusWidget()
        if self._focus is None and focus is not None and self.isAncestorOf(focus):
            self._focus = focus  # kept across a job that on_done chains (export, then reload)
        self.busy = True
        self.status.setText(busy_text)
        self._set_enabled()

        def done(result: object) -> None:
            if not self._finish_job():
                return
            if isinstance(result, ValidationFailed) and refused is not None:
                refused(result)
            else:
                on_done(result)
            self._after_job()

        def failed(message: str) -> None:
            if not self._finish_job():
                return
            self.problems.show_problems([(message, None)])
            self._after_job()

        fn = (lambda: refusal_or_result(job)) if refused is not None else job
        self.worker.submit(fn, done, failed)
        return True

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call `fn` now, or right after the running job (the latest such call wins)."""
        if self.busy:
            self._then = fn
        else:
            fn()

    def _finish_job(self) -> bool:
        if not shiboken6.isValid(self):
            return False  # the dialog is gone
        self.busy = False
        self.status.clear()
        return True

    def _after_job(self) -> None:
        if self.busy:
            return  # on_done started the next job
        keep_plain(self)  # labels on_done made or filled
        if self._close_when_idle:
            self._close_when_idle = False
            if self.isVisible():  # not already accepted by on_done
                self.reject()
            return
        self._set_enabled()
        # A disabled button loses focus; give it back unless the job moved it on purpose.
        focus, self._focus = self._focus, None
        if (
            focus is not None
            and shiboken6.isValid(focus)
            and focus.isEnabled()
            and focus.isVisible()
            and not self.problems.hasFocus()
        ):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        then, self._then = self._then, None
        if then is not None:
            then()

    def reject(self) -> None:
        """Close (also Escape and the window's close button); waits for a running job."""
        if self.busy:
            self._close_when_idle = True
            return
        super().reject()
