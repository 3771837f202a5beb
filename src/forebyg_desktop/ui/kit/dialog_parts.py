"""Small parts many dialogues share: dates, sizing to the screen, text fields, file rows, questions.

The problems list is ui/kit/problem_list.py; the dialog frame ui/kit/worker_dialog.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from forebyg_desktop.ui.kit.plain_text import message_box

# Room left for the window frame and title bar inside the screen's available area.
FRAME_ALLOWANCE = (16, 48)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def iso_date(value: object) -> date | None:
    """A date from a draft's ISO text (None when empty or not a date)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Resize to `width`×`height`, or less on a small or scaled screen (the body scrolls)."""
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_ALLOWANCE[0])
        height = min(height, area.height() - FRAME_ALLOWANCE[1])
    dialog.resize(width, height)


def text_edit(parent: QWidget, name: str, *, max_height: int = 90) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (keyboard users are not trapped)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setMinimumHeight(56)
    edit.setMaximumHeight(max_height)
    return edit


def file_row(
    parent: QWidget, edit: QLineEdit, pick: Callable[[], None], button_text: str
) -> QWidget:
    """`edit` with a button beside it that opens a file chooser (`pick`)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    button = QPushButton(button_text, box)
    button.setAccessibleName(f"{button_text} {edit.accessibleName()}")
    button.clicked.connect(pick)
    row.addWidget(button)
    return box


def ask(parent: QWidget, title: str, question: str, detail: str, yes: str, no: str) -> bool:
    """A yes/no question with our own (translated) button texts; Enter and Escape say no."""
    box = message_box(parent, QMessageBox.Icon.Question, title, question, detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)  # Enter never overwrites or deletes by accident
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
