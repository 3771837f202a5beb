"""The team dialogue's forms: create a team, join one, and the invitation code shown.

Each form only collects input and says what is missing; the dialogue runs
the service call on the store worker and shows a refusal in the problems of
the form whose field it names (`errors.show_named`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.ui.kit.dialog_parts import file_row
from forebyg_desktop.ui.kit.locked_field import with_lock
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.problem_list import ProblemList

INVITATION_SUFFIX = ".fbinvite"


def note(text: str, parent: QWidget) -> QLabel:
    return plain_label(text, parent, wrap=True)


class FormProblems(ProblemList):
    """A form's problems, each about a field of the form it names (a refusal's `where`).

    The problems list of ui/kit/problem_list.py, shown inside the form; the keyboard
    goes straight to the first field to fix.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._shown: dict[str, str] = {}

    def add(self, where: str, field: QWidget) -> None:
        self.fields[where] = field

    def show_named(self, named: list[tuple[str, str]]) -> bool:
        """Show each (where, text) that names a field of this form; False when none does."""
        known = [(where, text) for where, text in named if where in self.fields]
        self._shown = dict(known)
        self.show_problems([(text, self.fields[where]) for where, text in known], focus_field=True)
        return bool(known)

    def clear_problems(self) -> None:
        self.show_named([])

    def shown(self) -> dict[str, str]:
        """The problems shown, by the field they are about."""
        return dict(self._shown)


def hub_field(
    parent: QWidget, default: Path | None, locked: bool, name: str, choose: str
) -> tuple[QLineEdit, QWidget]:
    """The hub folder field with its chooser; shown locked when IT set the folder."""
    edit = QLineEdit(str(default) if default else "", parent)
    edit.setAccessibleName(name)

    def pick() -> None:
        path = QFileDialog.getExistingDirectory(parent, name, edit.text())
        if path:
            edit.setText(path)

    return edit, with_lock(file_row(parent, edit, pick, choose), locked, parent)


class CreateTeamForm(QGroupBox):
    """Leader, not in a team: the team's name and its hub folder."""

    def __init__(self, parent: QWidget, hub: Path | None, hub_locked: bool) -> None:
        super().__init__(self.tr("Create a team"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "As leader you create the team once. The hub folder is a folder every "
                    "colleague's laptop can reach, for example a shared network folder."
                ),
                self,
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.errors = FormProblems(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Team name"))
        form.addRow(self.tr("Team &name:"), self.name)
        self.errors.add("name", self.name)
        self.hub, row = hub_field(self, hub, hub_locked, self.tr("Hub folder"), self.tr("Choose…"))
        form.addRow(self.tr("&Hub folder:"), row)
        self.errors.add("hub", self.hub)
        layout.addWidget(self.errors)
        self.button = QPushButton(self.tr("&Create team"), self)
        self.button.setAccessibleName(self.tr("Create team"))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def missing(self) -> list[tuple[str, str]]:
        found = []
        if not self.name.text().strip():
            found.append(("name", self.tr("Give the team a name.")))
        if not self.hub.text().strip():
            found.append(("hub", self.tr("Choose the hub folder.")))
        return found


class JoinTeamForm(QGroupBox):
    """Not in a team: the leader's invitation file, the one-time code, the hub folder."""

    def __init__(self, parent: QWidget, hub: Path | None, hub_locked: bool) -> None:
        super().__init__(self.tr("Join a team"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Your leader gives you an invitation file and a one-time code. The code is "
                    "always given in person, never by e-mail or in the same message as the file."
                ),
                self,
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.errors = FormProblems(self)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Invitation file"))
        form.addRow(
            self.tr("&Invitation file:"),
            file_row(self, self.file, self._pick, self.tr("Choose…")),
        )
        self.errors.add("file", self.file)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        form.addRow(self.tr("One-time c&ode:"), self.code)
        self.errors.add("code", self.code)
        self.hub, row = hub_field(self, hub, hub_locked, self.tr("Hub folder"), self.tr("Choose…"))
        form.addRow(self.tr("H&ub folder:"), row)
        self.errors.add("hub", self.hub)
        layout.addWidget(self.errors)
        self.button = QPushButton(self.tr("&Join team"), self)
        self.button.setAccessibleName(self.tr("Join team"))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Invitation file"),
            self.file.text(),
            self.tr("Forebyg invitations (*{suffix});;All files (*)").format(
                suffix=INVITATION_SUFFIX
            ),
        )
        if path:
            self.file.setText(path)

    def missing(self) -> list[tuple[str, str]]:
        found = []
        if not self.file.text().strip():
            found.append(("file", self.tr("Choose the invitation file.")))
        if not self.code.text().strip():
            found.append(("code", self.tr("Type the code your leader gave you.")))
        if not self.hub.text().strip():
            found.append(("hub", self.tr("Choose the hub folder.")))
        return found


class InviteForm(QGroupBox):
    """Leader: whom an invitation is for; the team sees the name and role given here."""

    def __init__(self, parent: QWidget, days: int) -> None:
        super().__init__(self.tr("Invite a colleague"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "An invitation is for one person and works once, within {days} days. "
                    "The team sees the name and role you give here."
                ).format(days=days),
                self,
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.errors = FormProblems(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Colleague's name"))
        form.addRow(self.tr("Colleague's na&me:"), self.name)
        self.errors.add("person", self.name)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Colleague"), "staff")
        self.role.addItem(self.tr("Leader"), "leader")
        self.role.setAccessibleName(self.tr("Role"))
        form.addRow(self.tr("Rol&e:"), self.role)
        self.errors.add("role", self.role)
        layout.addWidget(self.errors)
        self.button = QPushButton(self.tr("Write in&vitation…"), self)
        self.button.setAccessibleName(self.tr("Write the invitation"))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def missing(self) -> list[tuple[str, str]]:
        if not self.name.text().strip():
            return [("person", self.tr("Write the name of the colleague you invite."))]
        return []


class InvitationShown(QGroupBox):
    """The one-time code of the invitation just written, large and selectable."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Invitation written"), parent)
        layout = QVBoxLayout(self)
        self.code = QLineEdit(self)
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("One-time code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        self.instruction = note("", self)
        layout.addWidget(self.instruction)
        self.hide()

    def show_code(self, code: str, file: str) -> None:
        self.code.setText(code)
        self.instruction.setText(
            self.tr(
                "Give your colleague the file {file} (for example on a USB stick or by "
                "e-mail) and tell them this code in person. Never send the code together "
                "with the file. The code works once."
            ).format(file=file)
        )
        self.show()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()
