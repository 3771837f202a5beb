"""The team dialogue on real encrypted stores, a real hub folder and the real store worker.

Run as a module it is the layout probe of the dialogue (see tests/ui/layout_probe.py):
    python -m tests.ui.team_sync.test_team_dialog OUT_DIR SCALE LANG
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QPushButton, QWidget

from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.services.team_sync import team_overview_service, team_service
from forebyg_desktop.services.team_sync.sync_service import run_sync
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.team_sync.team_dialog import TeamDialog
from tests.ui.dialog_checks import assert_layout_fits

pytestmark = pytest.mark.usefixtures("english")

PASSPHRASE = "korrekt hest batteri"  # as tests/conftest.py (this file also runs on its own)
CODE = re.compile(r"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")


def _session(root: Path, name: str, role: str) -> Session:
    return create_session(root / name, PASSPHRASE, profile_id="topi", user=name, role=role)


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    path = tmp_path / "hub"
    path.mkdir()
    return path


@pytest.fixture
def leader(tmp_path: Path) -> Iterator[Session]:
    session = _session(tmp_path, "Mette Hansen", "leader")
    yield session
    session.close()


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Session]:
    session = _session(tmp_path, "Jonas Berg", "staff")
    yield session
    session.close()


def open_dialog(qtbot, session: Session, worker) -> TeamDialog:
    dialog = TeamDialog(session, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready and not dialog.busy, timeout=5000)
    return dialog


def press(qtbot, dialog: TeamDialog, button: QAbstractButton) -> None:
    """Press a button that submits a job; nothing can submit again until it reports back."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if dialog.busy:
        assert not dialog.body.isEnabled()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def choose_button(field: QWidget) -> QPushButton:
    return field.parentWidget().findChild(QPushButton)


def pick(monkeypatch, name: str, value) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: value))


def roster_rows(dialog: TeamDialog) -> list[list[str]]:
    tree = dialog.roster
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def create_team(qtbot, monkeypatch, dialog: TeamDialog, hub: Path) -> None:
    form = dialog.create_form
    qtbot.keyClicks(form.name, "Børnehuset Solsikken")
    pick(monkeypatch, "getExistingDirectory", str(hub))
    qtbot.mouseClick(choose_button(form.hub), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.team_changed, timeout=15000):
        press(qtbot, dialog, form.button)


def invite(
    qtbot, monkeypatch, dialog: TeamDialog, out: Path, name: str = "Jonas Berg", role: int = 0
) -> str:
    form = dialog.invite_form
    form.name.setText(name)
    form.role.setCurrentIndex(role)
    pick(monkeypatch, "getSaveFileName", (str(out), ""))
    press(qtbot, dialog, dialog.invite_button)
    return dialog.invitation.code.text()


def join(qtbot, monkeypatch, dialog: TeamDialog, file: Path, code: str, hub: Path) -> None:
    form = dialog.join_form
    pick(monkeypatch, "getOpenFileName", (str(file), ""))
    qtbot.mouseClick(choose_button(form.file), Qt.MouseButton.LeftButton)
    form.code.setText(code)
    pick(monkeypatch, "getExistingDirectory", str(hub))
    qtbot.mouseClick(choose_button(form.hub), Qt.MouseButton.LeftButton)
    press(qtbot, dialog, form.button)


def test_a_leader_creates_a_team_and_sees_this_laptop(qtbot, monkeypatch, hub, leader, worker):
    dialog = open_dialog(qtbot, leader, worker)
    assert "not in a team" in dialog.state.text()
    assert dialog.create_form.isVisible() and dialog.join_form.isVisible()
    assert not dialog.team_box.isVisible()

    create_team(qtbot, monkeypatch, dialog, hub)

    assert dialog.team_box.isVisible() and not dialog.create_form.isVisible()
    assert dialog.team_name.text() == "Børnehuset Solsikken"
    assert dialog.hub_folder.text() == str(hub.resolve())
    assert "you are its leader" in dialog.state.text()
    [row] = roster_rows(dialog)
    assert row[0] == "Mette Hansen" and row[1] == "Leader" and row[4] == "This laptop"
    assert row[2] == date.today().isoformat()  # joined: the day the team was created
    assert row[3] == dialog.fingerprint.text()  # the leader's own key
    assert team_service.team_summary(leader).name == "Børnehuset Solsikken"


def test_a_colleague_sees_no_create_form_and_empty_fields_are_named(qtbot, member, worker):
    dialog = open_dialog(qtbot, member, worker)
    assert dialog.join_form.isVisible() and not dialog.create_form.isVisible()
    press(qtbot, dialog, dialog.join_form.button)
    shown = dialog.join_form.errors.shown()
    assert set(shown) == {"file", "code", "hub"}
    assert dialog.focusWidget() is dialog.join_form.file  # the first thing to fix
    assert team_service.team_summary(member) is None


def test_invite_join_admit_and_remove_a_lost_laptop(
    qtbot, monkeypatch, tmp_path, hub, leader, member, worker
):
    lead = open_dialog(qtbot, leader, worker)
    create_team(qtbot, monkeypatch, lead, hub)
    invitation = tmp_path / "jonas"  # no suffix typed: the dialogue adds it
    code = invite(qtbot, monkeypatch, lead, invitation)
    assert CODE.match(code)
    assert (tmp_path / "jonas.fbinvite").is_file()
    assert lead.invitation.code.isReadOnly() and lead.invitation.code.hasFocus()
    assert "in person" in lead.invitation.instruction.text()
    assert "jonas.fbinvite" in lead.invitation.instruction.text()

    # A wrong code is named beside the code field; nothing is joined.
    colleague = open_dialog(qtbot, member, worker)
    wrong = "AAAA-BBBB-CCCC" if code != "AAAA-BBBB-CCCC" else "CCCC-BBBB-AAAA"
    join(qtbot, monkeypatch, colleague, tmp_path / "jonas.fbinvite", wrong, hub)
    errors = colleague.join_form.errors.shown()
    assert list(errors) == ["code"] and "code does not match" in errors["code"]
    assert colleague.focusWidget() is colleague.join_form.code
    assert not colleague.problems.isVisible()
    assert team_service.team_summary(member) is None and colleague.join_form.isVisible()

    # The right code: in the team, waiting for the leader to admit this laptop.
    colleague.join_form.code.clear()
    with qtbot.waitSignal(colleague.team_changed, timeout=15000):
        join(qtbot, monkeypatch, colleague, tmp_path / "jonas.fbinvite", code, hub)
    assert colleague.join_form.errors.shown() == {}
    assert colleague.team_box.isVisible() and "waits for the leader" in colleague.state.text()
    assert not colleague.invite_button.isVisible() and not colleague.remove_button.isVisible()
    assert colleague.join_form.code.text() == ""

    run_sync(leader)  # the leader's next sync admits it
    lead.close()
    lead = open_dialog(qtbot, leader, worker)
    rows = {r[0]: r for r in roster_rows(lead)}
    # Nothing written from Jonas's laptop yet: his name came with the leader's invitation.
    assert set(rows) == {"Mette Hansen", "Jonas Berg"}
    assert rows["Jonas Berg"][1:3] == ["Colleague", date.today().isoformat()]
    assert rows["Jonas Berg"][4] == ""
    # Jonas's laptop reads everyone's name from the roster, before anyone wrote anything.
    run_sync(member)
    colleague.close()
    colleague = open_dialog(qtbot, member, worker)
    assert colleague.state.text() == "This laptop is in the team."
    rows = {r[0]: r for r in roster_rows(colleague)}
    assert set(rows) == {"Mette Hansen", "Jonas Berg"}
    assert rows["Mette Hansen"][1] == "Leader" and rows["Jonas Berg"][4] == "This laptop"

    # Remove: the leader's own laptop cannot be chosen, the colleague's can.
    own = next(i for i in range(2) if lead.roster.topLevelItem(i).text(4) == "This laptop")
    lead.roster.setCurrentItem(lead.roster.topLevelItem(own))
    assert not lead.remove_button.isEnabled()
    lead.roster.setCurrentItem(lead.roster.topLevelItem(1 - own))
    assert lead.remove_button.isEnabled()
    asked = []
    monkeypatch.setattr(
        "forebyg_desktop.ui.team_sync.team_dialog.ask", lambda *a: asked.append(a) or False
    )
    press(qtbot, lead, lead.remove_button)
    assert "new key" in asked[0][3] and "read nothing new" in asked[0][3]
    assert all(r[4] != "Removed" for r in roster_rows(lead))  # "Keep it": nothing changed
    monkeypatch.setattr("forebyg_desktop.ui.team_sync.team_dialog.ask", lambda *a: True)
    with qtbot.waitSignal(lead.team_changed, timeout=15000):
        press(qtbot, lead, lead.remove_button)
    statuses = sorted(r[4] for r in roster_rows(lead))
    assert statuses == ["Removed", "This laptop"]
    assert not lead.remove_button.isEnabled()

    # The removed laptop learns it at its next sync.
    with pytest.raises(ServiceError, match="removed"):
        run_sync(member)
    colleague.close()
    colleague = open_dialog(qtbot, member, worker)
    assert "was removed from the team" in colleague.state.text()


def test_the_hub_folder_set_by_it_is_the_default_and_locked(qtbot, it_config, hub, leader, worker):
    it_config(f'hub_folder = "{hub.as_posix()}"\n')
    dialog = open_dialog(qtbot, leader, worker)
    for form in (dialog.create_form, dialog.join_form):
        assert form.hub.text() == str(hub) and not form.hub.isEnabled()
        assert not choose_button(form.hub).isEnabled()
        assert form.hub.parentWidget().toolTip() == "Set by your IT department"


def test_refusal_without_a_field_goes_to_the_problem_list(
    qtbot, monkeypatch, tmp_path, hub, leader, worker
):
    dialog = open_dialog(qtbot, leader, worker)
    create_team(qtbot, monkeypatch, dialog, hub)
    taken = tmp_path / "taken.fbinvite"
    taken.write_text("mine")
    invite(qtbot, monkeypatch, dialog, taken)
    assert dialog.problems.isVisible() and "already exists" in dialog.problems.texts()[0]
    assert not dialog.invitation.isVisible() and taken.read_text() == "mine"
    assert dialog.invite_button.isEnabled()


def focusable(dialog: QWidget) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
    ]


def test_the_leader_names_whom_an_invitation_is_for(
    qtbot, monkeypatch, tmp_path, hub, leader, member, worker
):
    dialog = open_dialog(qtbot, leader, worker)
    create_team(qtbot, monkeypatch, dialog, hub)
    assert "works once, within 14 days" in dialog.invite_form.findChild(QLabel).text()
    out = tmp_path / "nobody.fbinvite"
    assert invite(qtbot, monkeypatch, dialog, out, name="  ") == ""  # no name: nothing written
    assert dialog.invite_form.errors.shown() == {
        "person": "Write the name of the colleague you invite."
    }
    assert dialog.focusWidget() is dialog.invite_form.name and not out.exists()

    code = invite(qtbot, monkeypatch, dialog, tmp_path / "jonas.fbinvite", "Jonas Leth", role=1)
    assert CODE.match(code) and dialog.invite_form.name.text() == ""
    team_service.join_team(member, tmp_path / "jonas.fbinvite", code, hub)
    run_sync(leader)
    people = {d.person: d.role for d in team_overview_service.team_overview(leader).devices}
    assert people == {"Mette Hansen": "leader", "Jonas Leth": "leader"}  # not "Jonas Berg"


def test_every_focusable_widget_has_an_accessible_name(
    qtbot, monkeypatch, tmp_path, hub, leader, worker
):
    dialog = open_dialog(qtbot, leader, worker)
    create_form_state = focusable(dialog)
    create_team(qtbot, monkeypatch, dialog, hub)
    invite(qtbot, monkeypatch, dialog, tmp_path / "a.fbinvite")
    for widget in create_form_state + focusable(dialog):
        if widget is dialog.scroll or widget is dialog.roster.viewport():
            continue
        assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), (
            widget
        )


def test_keyboard_only_create_with_unique_mnemonics(qtbot, qapp, hub, leader, worker):
    install_translator(qapp, "da")
    dialog = open_dialog(qtbot, leader, worker)
    assert dialog.close_button.text() == "Luk"
    texts = [w.text() for cls in (QAbstractButton, QLabel) for w in dialog.findChildren(cls)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if t]
    keys = [k for k in keys if k]
    assert len(keys) >= 6 and len(keys) == len(set(keys)), keys
    # Tab goes from the name to the hub folder and on to the create button.
    form = dialog.create_form
    form.name.setFocus()
    qtbot.keyClicks(form.name, "Solsikken")
    chain, widget = [], form.name
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert form.hub in chain and form.button in chain
    form.hub.setText(str(hub))
    with qtbot.waitSignal(dialog.team_changed, timeout=15000):
        qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert dialog.team_name.text() == "Solsikken"


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_nothing_is_cut_off_on_a_1366x768_laptop(tmp_path, scale):
    """Both states (the forms; the team with an invitation) in Danish, 100 % and 150 %."""
    assert_layout_fits("tests.ui.team_sync.test_team_dialog", tmp_path, scale, ("forms", "team"))


def probe() -> None:
    """The layout probe: the dialogue on one 1366×728 screen, before and after a team."""
    from tests.ui.layout_probe import SCREEN, _problems

    out, scale, lang = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    config = out / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["FOREBYG_SITE_CONFIG"] = ""

    from PySide6.QtWidgets import QApplication

    from forebyg_desktop.ui.kit.store_worker import StoreWorker

    app = QApplication([])
    install_translator(app, lang)
    report: dict[str, dict] = {}
    tag = f"{lang}-{scale.replace('.', '_')}"

    def settle(until=lambda: True) -> None:  # noqa: ANN001
        for _ in range(20000):
            app.processEvents()
            if until():
                break

    with tempfile.TemporaryDirectory(prefix="wt-team-probe-") as tmp:
        session = _session(Path(tmp), "Mette Hansen", "leader")
        (Path(tmp) / "hub").mkdir()
        worker = StoreWorker()
        for key in ("forms", "team"):
            dialog = TeamDialog(session, worker)
            dialog.show()
            settle(lambda d=dialog: d.ready and not d.busy)
            if key == "team":
                dialog.invitation.show_code("K7QM-2XHD-9TPA", str(Path(tmp) / "jonas.fbinvite"))
            settle()
            shots = []
            bar = dialog.scroll.verticalScrollBar()
            for end, value in (("top", 0), ("bottom", bar.maximum())):
                bar.setValue(value)
                settle()
                path = out / f"team-{key}-{tag}-{end}.png"
                dialog.grab().save(str(path))
                shots.append(str(path))
            report[key] = {
                "size": [dialog.width(), dialog.height()],
                "problems": _problems(dialog, dialog.scroll, dialog.body),
                "shots": shots,
            }
            dialog.hide()
            if key == "forms":
                team_service.create_team(session, "Børnehuset Solsikken", Path(tmp) / "hub")
        worker.stop()
        session.close()
    print(json.dumps(report))


if __name__ == "__main__":
    probe()
