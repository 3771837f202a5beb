"""The one frame of every dialogue that saves, finalises or does other store work.

Every such dialogue is a WorkerDialog, or a DraftDialog (ui/kit/draft_dialog.py),
which builds on it and adds the draft. The dialog contract (store work on the
window's StoreWorker through `run`, one job at a time, `ready` after the opening
job, refusals shown whole in the `problems` list leading to their fields,
closing waits for a running job, the keyboard goes back where it was, text shown
literally) is written out in docs/architecture.md, "The dialog frame".

A dialogue without store work (the settings) is a plain QDialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
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
from forebyg_desktop.ui.kit.dialog_parts import fit_to_screen
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import keep_plain, plain_label
from forebyg_desktop.ui.kit.problem_list import ProblemLine, ProblemList
from forebyg_desktop.ui.kit.store_worker import StoreWorker


def refusal_or_result(fn: Callable[[], Any], refusal: type[Exception] = ValidationFailed) -> Any:
    """Run on the worker: `fn()`'s result, or the `refusal` it raised, returned whole.

    The worker reports other errors as one translated line; a refusal comes
    back whole so the dialogue can point at each field it names (or ask).
    """
    try:
        return fn()
    except refusal as exc:
        return exc


class WorkerDialog(QDialog):
    """The frame: subclasses build the form into `body` and name their buttons (`_controls`).

    Its own texts use `QCoreApplication.translate("WorkerDialog", ...)`, not
    `self.tr`: at run time `self.tr` looks under the subclass's name, where
    lupdate never files them.
    """

    # Where the keyboard goes when a refusal is shown: the problems list (Enter
    # goes on to the field), or with True the first problem's field.
    problems_go_to_field = False

    def __init__(
        self, session: Session | None, worker: StoreWorker | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        # A dialogue opened before any store exists (first run) has a worker of its own.
        self.worker = worker if worker is not None else StoreWorker(self)
        self.ready = True  # False while an opening job loads what the form shows
        self.busy = False  # a job is in flight
        self._close_when_idle = False
        self._then: Callable[[], None] | None = None
        self._focus: QWidget | None = None  # where the keyboard was when the job started
        self._submit_button: QAbstractButton | None = None
        self._dismiss_button: QAbstractButton | None = None
        self._idle_buttons: tuple[QAbstractButton, ...] = ()
        self.problems = ProblemList(self)
        self.status = plain_label("", self, wrap=True)  # messages may quote entered text

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        # Every label still left to Qt's rich-text guess shows its text literally
        # (see ui/kit/plain_text.py), whoever built it.
        keep_plain(self)
        super().showEvent(event)

    # --- layout -----------------------------------------------------------------------

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

        The dialogue is `width` wide and as tall as the body wants (or `height`),
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

    def _controls(
        self,
        submit: QAbstractButton | None,
        dismiss: QAbstractButton,
        *idle_only: QAbstractButton,
    ) -> None:
        """The button that submits the dialogue's job (None: the form has its own), the one
        that closes it, and others that may only be used while no job runs."""
        self._submit_button, self._dismiss_button = submit, dismiss
        self._idle_buttons = idle_only

    # --- state ------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """The form may be used and a job submitted."""
        return self.ready and not self.busy

    def _can_submit(self) -> bool:
        """Whether the form is complete enough to submit (e.g. a template chosen)."""
        return True

    def _set_enabled(self) -> None:
        """Enable what may be used now: the form and the submit button when `idle`,
        closing unless a job runs. A dialogue with other needs overrides this."""
        if self._dismiss_button is None:
            return
        self.body.setEnabled(self.idle)
        if self._submit_button is not None:
            self._submit_button.setEnabled(self.idle and self._can_submit())
        for button in self._idle_buttons:
            button.setEnabled(self.idle)
        self._dismiss_button.setEnabled(not self.busy)

    # --- jobs -------------------------------------------------------------------------

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        busy_text: str,
        *,
        refused: Callable[[Any], None] | None = None,
        refusal: type[Exception] = ValidationFailed,
        failed: Callable[[str], None] | None = None,
    ) -> bool:
        """Submit `job`; False (nothing submitted) while another job runs.

        `on_done(result)` gets its result; with `refused`, a `refusal` the job
        raised goes there whole; any other error goes to `failed(message)`, by
        default one line in `problems`.
        """
        if not self._begin(busy_text):
            return False

        def done(result: object) -> None:
            if refused is not None and isinstance(result, refusal):
                self._end(lambda: refused(result))
            else:
                self._end(lambda: on_done(result))

        def fail(message: str) -> None:
            self._end(lambda: (failed or self._show_failure)(message))

        fn = (lambda: refusal_or_result(job, refusal)) if refused is not None else job
        self.worker.submit(fn, done, fail)
        return True

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call `fn` now, or right after the running job (the latest such call wins)."""
        if self.busy:
            self._then = fn
        else:
            fn()

    def _begin(self, busy_text: str) -> bool:
        """A job starts (False, and nothing changes, while another one runs)."""
        if self.busy:
            return False
        focus = QApplication.focusWidget()
        if self._focus is None and focus is not None and self.isAncestorOf(focus):
            self._focus = focus  # kept across a job that on_done chains (export, then reload)
        self.busy = True
        self.status.setText(busy_text)
        self._set_enabled()
        return True

    def _end(self, answer: Callable[[], None]) -> None:
        """The job is back: the form is usable again, then `answer()` shows what came back."""
        if not shiboken6.isValid(self):
            return  # the dialogue is gone
        self.busy = False
        self.status.clear()
        self._set_enabled()  # first: the answer may put the keyboard in a field
        before = QApplication.focusWidget()
        answer()
        self._after_job(moved=QApplication.focusWidget() is not before)

    def _after_job(self, *, moved: bool) -> None:
        if self.busy:
            return  # the answer started the next job
        keep_plain(self)  # labels the answer made or filled
        if self._close_when_idle:
            self._close_when_idle = False
            if self.isVisible():  # not already accepted by the answer
                self.reject()
            return
        self._set_enabled()
        # A disabled button loses the focus; give it back unless the answer moved it.
        focus, self._focus = self._focus, None
        if (
            not moved
            and focus is not None
            and shiboken6.isValid(focus)
            and focus.isEnabled()
            and focus.isVisible()
            and not self.problems.hasFocus()
        ):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        then, self._then = self._then, None
        if then is not None:
            then()

    # --- problems ---------------------------------------------------------------------

    def _field(self, where: str) -> tuple[str, QWidget | None]:
        """The name of the field a problem is about (`where`), and the widget to go to."""
        return where, None

    def _problem_lines(self, refusal: ValidationFailed) -> list[ProblemLine]:
        """Each problem of `refusal` as "Field: what is wrong", with its field."""
        lines: list[ProblemLine] = []
        for problem in refusal.problems:
            label, target = self._field(problem.where)
            text = tr_message(problem.message)
            if label:
                text = QCoreApplication.translate("WorkerDialog", "{field}: {problem}").format(
                    field=label, problem=text
                )
            lines.append((text, target))
        return lines or [(str(refusal), None)]

    def _show_refusal(self, refusal: ValidationFailed) -> None:
        """Every problem of a refused save, each leading to its field."""
        self.problems.show_problems(
            self._problem_lines(refusal), focus_field=self.problems_go_to_field
        )

    def _show_failure(self, message: str) -> None:
        """A job that failed for another reason: its one translated line."""
        self.problems.show_problems([(message, None)])

    # --- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close (also Escape and the window's close button); waits for a running job."""
        if self.busy:
            self._close_when_idle = True
            return
        super().reject()
