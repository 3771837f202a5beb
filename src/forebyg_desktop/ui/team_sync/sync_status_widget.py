"""The sync state in the status bar: last sync, changes waiting, problems, progress.

A view only: the window feeds it `SyncStatus` values, progress and errors
(from the sync runner, through signals) and listens for `sync_requested` and
`problems_requested`. Problems are said in words with a warning sign, never
by colour alone. It shows counts and reasons only, never a child's name.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from forebyg_desktop.services.team_sync.sync_service import SyncStatus
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_label, plain_tooltip

WARNING = "⚠"
OK = "✓"


class SyncStatusWidget(QWidget):
    """A label, a progress bar while importing, and buttons to sync and see problems."""

    sync_requested = Signal()
    problems_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label("", self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.problems_button = QToolButton(self)
        self.problems_button.setText(self.tr("Problems…"))
        self.problems_button.setAccessibleName(self.tr("Show sync problems"))
        self.problems_button.clicked.connect(self.problems_requested)
        self.problems_button.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.progress, self.problems_button, self.sync_button):
            layout.addWidget(widget)
        self._status: SyncStatus | None = None
        self.set_status(SyncStatus(in_team=False))

    def set_status(self, status: SyncStatus) -> None:
        """Show the state after a sync (or at start)."""
        self._status = status
        self.progress.hide()
        self.sync_button.setEnabled(status.in_team)
        if not status.in_team:
            self.label.setText(self.tr("Not syncing: this device is not in a team"))
            self.label.setToolTip("")
            self.problems_button.hide()
            return
        parts = []
        if not status.reachable:
            parts.append(f"{WARNING} " + self.tr("Hub not reachable"))
        if status.last_sync:
            parts.append(
                (f"{OK} " if status.reachable else "")
                + self.tr("Synced {time}").format(time=_when(status.last_sync))
            )
        else:
            parts.append(self.tr("Not synced yet"))
        if status.outgoing:
            parts.append(self.tr("%n change(s) waiting to go out", "", status.outgoing))
        if status.conflicts:
            parts.append(f"{WARNING} " + self.tr("%n conflict(s)", "", status.conflicts))
        if status.quarantined:
            parts.append(f"{WARNING} " + self.tr("%n file(s) refused", "", status.quarantined))
        self.label.setText(" · ".join(parts))
        # Problems quote hub file names: shown literally.
        self.label.setToolTip(plain_tooltip("\n".join(tr_message(m) for m in status.problems)))
        self.problems_button.setVisible(
            bool(status.conflicts or status.quarantined or status.problems)
        )

    def set_progress(self, done: int, total: int) -> None:
        """Progress of a long import (from the runner's progress callback)."""
        # Shown in thousandths: a progress bar holds 32-bit numbers, counts may not fit.
        self.progress.setRange(0, 1000)
        self.progress.setValue(min(1000, done * 1000 // max(total, 1)))
        self.progress.show()
        self.label.setText(
            self.tr("Importing changes: {done} of {total}").format(
                done=QLocale().toString(done), total=QLocale().toString(total)
            )
        )

    def set_error(self, text: str) -> None:
        """A sync that could not run (the message comes translated from the services)."""
        self.progress.hide()
        self.label.setText(f"{WARNING} " + self.tr("Sync failed"))
        self.label.setToolTip(plain_tooltip(text))


def _when(iso: str) -> str:
    """A UTC ISO time as local date and time in the UI's locale."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
