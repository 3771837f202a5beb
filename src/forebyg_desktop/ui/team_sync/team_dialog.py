"""The sync team of this laptop: create or join one, invite a colleague, remove a lost laptop.

A WorkerDialog (the dialog contract: docs/architecture.md): it opens with one
job (`team_overview`); every action is another job, with the form disabled
until it reports back. A refusal that names an input (a wrong code, a hub
folder that cannot be written) is shown in the problems of the form with that
field, the keyboard in the field; anything else in the dialogue's problems.
After a team was created, joined or changed, `team_changed` lets the main
window sync at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.session import Session
from forebyg_desktop.services.team_sync import (
    team_leader_service,
    team_overview_service,
    team_service,
)
from forebyg_desktop.services.team_sync.team_overview_service import TeamDevice, TeamOverview
from forebyg_desktop.services.team_sync.team_service import TeamRefused
from forebyg_desktop.site_config import site_config
from forebyg_desktop.ui.kit.dialog_parts import ask, fit_to_screen
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_label, plain_tooltip
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog
from forebyg_desktop.ui.team_sync.team_forms import (
    INVITATION_SUFFIX,
    CreateTeamForm,
    InvitationShown,
    InviteForm,
    JoinTeamForm,
    note,
)


class TeamDialog(WorkerDialog):
    """This laptop's sync team and what the user may do with it."""

    team_changed = Signal()  # a team was created or joined, or a laptop removed: sync now

    def __init__(self, session: Session, worker: StoreWorker, parent: QWidget | None = None):
        super().__init__(session, worker, parent)
        self.overview: TeamOverview | None = None
        self.ready = False  # the opening job reported back
        config = site_config()
        hub, hub_locked = config.hub_folder, config.is_locked("hub_folder")
        self.setWindowTitle(self.tr("Sync team"))

        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        body = self.body

        # The team's state, and what is going on while a job runs (the frame's status).
        self.state = self.status
        self.state.setText(self.tr("Reading the team…"))
        self.state.setAccessibleName(self.tr("Team state"))
        layout.addWidget(self.state)

        self.team_box = QGroupBox(self.tr("Team"), body)
        team_layout = QVBoxLayout(self.team_box)
        facts = QFormLayout()
        self.team_name = self._fact(facts, self.tr("Name:"), self.tr("Team name"))
        self.hub_folder = self._fact(facts, self.tr("Hub folder:"), self.tr("Hub folder"))
        self.fingerprint = self._fact(
            facts, self.tr("Leader's key:"), self.tr("Fingerprint of the leader's key")
        )
        team_layout.addLayout(facts)
        team_layout.addWidget(
            note(
                self.tr(
                    "Sync runs by itself whenever this laptop can reach the hub folder. "
                    "Changes made without it go out at the next sync."
                ),
                self.team_box,
            )
        )
        roster_label = QLabel(self.tr("&Laptops in the team:"), self.team_box)
        team_layout.addWidget(roster_label)
        self.roster = QTreeWidget(self.team_box)
        self.roster.setAccessibleName(self.tr("Laptops in the team"))
        self.roster.setHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Joined"),
                self.tr("Device key"),
                self.tr("Status"),
            ]
        )
        self.roster.setRootIsDecorated(False)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roster.setMinimumHeight(110)
        self.roster.itemSelectionChanged.connect(self._update_buttons)
        roster_label.setBuddy(self.roster)
        team_layout.addWidget(self.roster)
        actions = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove a lost laptop…"), self.team_box)
        self.remove_button.setAccessibleName(self.tr("Remove the selected laptop"))
        self.remove_button.clicked.connect(self.remove)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        team_layout.addLayout(actions)
        self.invite_form = InviteForm(self.team_box, team_service.invitation_days())
        self.invite_button = self.invite_form.button
        self.invite_button.clicked.connect(self.invite)
        self.invite_form.name.returnPressed.connect(self.invite)
        team_layout.addWidget(self.invite_form)
        self.invitation = InvitationShown(self.team_box)
        team_layout.addWidget(self.invitation)
        layout.addWidget(self.team_box)

        self.create_form = CreateTeamForm(body, hub, hub_locked)
        self.create_form.button.clicked.connect(self.create)
        self.create_form.name.returnPressed.connect(self.create)
        layout.addWidget(self.create_form)
        self.join_form = JoinTeamForm(body, hub, hub_locked)
        self.join_form.button.clicked.connect(self.join)
        self.join_form.code.returnPressed.connect(self.join)
        layout.addWidget(self.join_form)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never removes or invites by accident
        self._controls(None, self.close_button)  # each form has its own button

        for widget in (self.team_box, self.create_form, self.join_form):
            widget.hide()
        self._set_enabled()
        fit_to_screen(self, 760, 640)
        self._submit(lambda s=session: team_overview_service.team_overview(s), self._opened)

    def _fact(self, facts: QFormLayout, caption: str, name: str) -> QLabel:
        label = plain_label("", self.team_box, wrap=True)  # team name, hub: received text
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        facts.addRow(caption, label)
        return label

    # --- jobs ------------------------------------------------------------------------

    def _submit(self, job: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run `job`; a TeamRefused goes beside the field it names."""
        self.problems.show_problems([])
        for form in (self.create_form, self.join_form, self.invite_form):
            form.errors.clear_problems()

        def done(result: Any) -> None:
            on_done(result)
            self.state.setText(self._state_text())

        self.run(
            job,
            done,
            self.tr("Working…") if self.ready else self.tr("Reading the team…"),
            refused=lambda refusal: self._refused(refusal.where, tr_message(refusal.message)),
            refusal=TeamRefused,
            failed=lambda message: self._refused("", message),
        )

    def _refused(self, where: str, text: str) -> None:
        self._show_overview()
        for form in (self.join_form, self.create_form, self.invite_form):
            if not form.isHidden() and form.errors.show_named([(where, text)]):
                return
        self.problems.show_problems([(text, None)])

    # --- showing the team ------------------------------------------------------------

    def _opened(self, overview: TeamOverview) -> None:
        self.ready = True
        self._show(overview)

    def _show(self, overview: TeamOverview) -> None:
        self.overview = overview
        self._show_overview()

    def _show_overview(self) -> None:
        overview = self.overview
        self.state.setText(self._state_text())
        if overview is None:
            return
        summary = overview.summary
        self.team_box.setVisible(summary is not None)
        self.create_form.setVisible(summary is None and overview.leader_store)
        self.join_form.setVisible(summary is None)
        if summary is not None:
            self.team_name.setText(summary.name)
            self.hub_folder.setText(summary.hub)
            self.fingerprint.setText(summary.fingerprint)
            self._fill_roster(overview.devices)
        self._update_buttons()

    def _state_text(self) -> str:
        overview = self.overview
        if overview is None:
            return self.tr("The team could not be read.")
        if overview.summary is None:
            return self.tr(
                "This laptop is not in a team. Its records stay on this laptop only until "
                "it joins one."
            )
        if overview.removed:
            return self.tr("This laptop was removed from the team; it can no longer sync.")
        if not overview.admitted:
            return self.tr(
                "This laptop has joined the team and waits for the leader to admit it "
                "(at the leader's next sync)."
            )
        if overview.summary.leader:
            return self.tr("This laptop is in the team; you are its leader.")
        return self.tr("This laptop is in the team.")

    def _fill_roster(self, devices: list[TeamDevice]) -> None:
        self.roster.clear()
        for device in devices:
            status = [self.tr("This laptop")] if device.this_device else []
            if device.removed:
                status.append(self.tr("Removed"))
            # The person's role from the roster; a roster from before names has
            # none, and then the team leader's laptop is the one leader known.
            leader = device.role == "leader" or (not device.role and device.leader)
            item = QTreeWidgetItem(
                [
                    device.person or self.tr("(not known yet)"),
                    self.tr("Leader") if leader else self.tr("Colleague"),
                    device.joined,  # ISO date: the same in both languages, sorts as it reads
                    device.fingerprint,
                    ", ".join(status),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, device.device)
            item.setToolTip(
                3, plain_tooltip(self.tr("Device {device}").format(device=device.device))
            )
            self.roster.addTopLevelItem(item)

    def _selected(self) -> TeamDevice | None:
        items = self.roster.selectedItems()
        if not items or self.overview is None:
            return None
        device = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.overview.devices if d.device == device), None)

    def _update_buttons(self) -> None:
        overview = self.overview
        leader = bool(overview and overview.summary and overview.summary.leader)
        self.invite_form.setVisible(leader)
        self.remove_button.setVisible(leader)
        chosen = self._selected()
        self.remove_button.setEnabled(
            chosen is not None and not chosen.this_device and not chosen.removed
        )

    # --- actions ---------------------------------------------------------------------

    def _changed(self, overview: TeamOverview) -> None:
        self._show(overview)
        self.team_changed.emit()

    def _missing(self, form: CreateTeamForm | JoinTeamForm | InviteForm) -> bool:
        missing = form.missing()
        form.errors.show_named(missing)  # the keyboard goes to the first one
        return bool(missing)

    def create(self) -> None:
        form = self.create_form
        if self.busy or self._missing(form):
            return
        name, hub = form.name.text(), Path(form.hub.text().strip())
        session = self.session

        def job() -> TeamOverview:
            team_service.create_team(session, name, hub)
            return team_overview_service.team_overview(session)

        self._submit(job, self._changed)

    def join(self) -> None:
        form = self.join_form
        if self.busy or self._missing(form):
            return
        file, code = Path(form.file.text().strip()), form.code.text()
        hub, session = Path(form.hub.text().strip()), self.session

        def job() -> TeamOverview:
            team_service.join_team(session, file, code, hub)
            return team_overview_service.team_overview(session)

        self._submit(job, self._joined)

    def _joined(self, overview: TeamOverview) -> None:
        self.join_form.code.clear()  # used once
        self._changed(overview)

    def invite(self) -> None:
        form = self.invite_form
        if self.busy or self._missing(form):
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation as"),
            self.tr("invitation") + INVITATION_SUFFIX,
            self.tr("Forebyg invitations (*{suffix})").format(suffix=INVITATION_SUFFIX),
        )
        if not path:
            return
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(INVITATION_SUFFIX)
        self.invitation.hide()
        name, role = form.name.text(), form.role.currentData()

        def written(code: str) -> None:
            form.name.clear()  # the next invitation is for someone else
            self.invitation.show_code(code, str(out))

        session = self.session
        self._submit(lambda: team_service.invite(session, out, name, role), written)

    def remove(self) -> None:
        chosen = self._selected()
        if self.busy or chosen is None:
            return
        who = chosen.person or self.tr("(not known yet)")
        if not ask(
            self,
            self.tr("Remove a lost laptop"),
            self.tr("Remove the laptop of {person} (key {key}) from the team?").format(
                person=who, key=chosen.fingerprint
            ),
            self.tr(
                "The team gets a new key: the removed laptop can read nothing new from the "
                "team, and what it writes from now on is refused. What it synced before stays. "
                "This cannot be undone."
            ),
            self.tr("Remove the laptop"),
            self.tr("Keep it"),
        ):
            return
        session, device = self.session, chosen.device

        def job() -> TeamOverview:
            team_leader_service.remove_device(session, device)
            return team_overview_service.team_overview(session)

        self._submit(job, self._changed)
