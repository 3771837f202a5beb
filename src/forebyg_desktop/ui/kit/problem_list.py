"""The one way a dialogue shows what is wrong: a list of problems, each leading to its field.

A refused save (a service's ValidationFailed, a check before a job starts, a
job that failed) is shown here, one problem a line, each naming its field;
Enter, a click or a double-click on a line puts the keyboard in that field,
scrolled into view. See the dialog contract in docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QWidget

from forebyg_desktop.ui.kit.plain_text import plain_tooltip

# One problem: its text, and the field it is about (None: no one field).
ProblemLine = tuple[str, QWidget | None]


def go_to(field: QWidget) -> None:
    """Put the keyboard in `field`, scrolled into view in every scroll area around it."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(field)
        parent = parent.parentWidget()


class ProblemList(QListWidget):
    """The problems of a refused save, one a line; Enter or a click on a line goes to its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems to fix"))
        self.setMaximumHeight(110)
        self.setWordWrap(True)
        self.hide()
        self.itemClicked.connect(self._go_to)
        self.itemDoubleClicked.connect(self._go_to)
        self.targets: dict[int, QWidget | None] = {}

    def show_problems(self, lines: Sequence[ProblemLine], *, focus_field: bool = False) -> None:
        """Show `lines` (none: hide the list).

        The keyboard goes to the list, where Enter leads on to each field; with
        `focus_field` it goes straight to the first problem's field instead (a
        long form, or forms that show their problems beside their fields).
        """
        self.clear()
        self.targets = {}
        for i, (text, target) in enumerate(lines):
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(text))  # a long problem is read in full there
            self.addItem(item)
            self.targets[i] = target
        self.setVisible(bool(lines))
        if not lines:
            return
        self.setCurrentRow(0)
        first = next((t for _, t in lines if t is not None), None) if focus_field else None
        if first is not None and first.isVisible():
            go_to(first)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[str]:
        """The problems shown, top to bottom."""
        return [self.item(i).text() for i in range(self.count())]

    def text(self) -> str:
        """The problems shown, one a line."""
        return "\n".join(self.texts())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter goes to the field; it must not also press the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._go_to(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _go_to(self, item: QListWidgetItem) -> None:
        target = self.targets.get(self.row(item))
        if target is not None:
            go_to(target)
