"""The child page's "Child details" button: correct, move, archive or bring back.

A button with a menu, so the page's row of work buttons stays within a
1366×768 screen at 150 %. It only asks (`requested`); the shell opens the
dialogues and confirmations.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


class ChildDetailsButton(QPushButton):
    """Emits `requested(action)`: "edit", "move", "archive" or "unarchive"."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Child &details"), parent)
        self.setAccessibleName(self.tr("Child details: correct, move to another group, archive"))
        menu = QMenu(self)
        self.actions_by_key: dict[str, QAction] = {}
        for key, text in (
            ("edit", self.tr("&Correct name, birth date or group…")),
            ("move", self.tr("&Move to another group…")),
            ("archive", self.tr("&Archive: the child has left…")),
            ("unarchive", self.tr("&Bring back from the archive…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=key: self.requested.emit(k))
            self.actions_by_key[key] = action
        self.setMenu(menu)
        self.show_child(None)

    def show_child(self, child: dict | None) -> None:
        """Offer Archive for a child here, Bring back for an archived one."""
        archived = bool(child and child.get("archived"))
        self.actions_by_key["archive"].setVisible(not archived)
        self.actions_by_key["unarchive"].setVisible(archived)
