"""The main window (a minimal overview; the full screens follow in later work)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.i18n import current_language


class MainWindow(QMainWindow):
    """Shows the municipality's profile and how many children are registered."""

    def __init__(self, session: Session | None, *, children: int = 0) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Forebyg Desktop"))
        self.setMinimumSize(800, 500)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Forebyg Desktop"), body)
        title.setObjectName("title")
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout.addWidget(title)
        if session is None:
            info = self.tr(
                "No store has been created on this computer yet. "
                "Create one with: forebyg init --profile ID --user NAME"
            )
        else:
            info = self.tr("Profile: {profile}\nUser: {user}\nChildren registered: {count}").format(
                profile=session.profile.name.get(current_language()),
                user=session.user,
                count=children,
            )
        self.info = QLabel(info, body)
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Store summary"))
        layout.addWidget(self.info)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setCentralWidget(body)
