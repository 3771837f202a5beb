"""The one dialog frame: every dialogue with store work is built on it; one problem display."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox

import forebyg_desktop.ui as ui_package
from forebyg_desktop.services.assessment.assessment_flow_service import start_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import list_drafts
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("english")

# Dialogues that do no store work at all: plain QDialogs by the contract.
NO_STORE_WORK = {"SettingsDialog"}


def _ui_modules() -> Iterator[object]:
    root = Path(ui_package.__file__).parent
    for info in pkgutil.walk_packages([str(root)], prefix="forebyg_desktop.ui."):
        if not info.name.endswith("selftest"):
            yield importlib.import_module(info.name)


def test_every_dialogue_with_store_work_is_built_on_the_frame() -> None:
    dialogs = {
        cls
        for module in _ui_modules()
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, QDialog)
        and not issubclass(cls, QMessageBox)  # a question, never store work
        and cls.__module__.startswith("forebyg_desktop.ui")
    }
    names = {cls.__name__ for cls in dialogs}
    assert {"AssessmentDialog", "TeamDialog", "FirstRunDialog", "PlanDialog"} <= names
    off_frame = sorted(
        cls.__name__
        for cls in dialogs
        if not issubclass(cls, WorkerDialog) and cls.__name__ not in NO_STORE_WORK
    )
    assert off_frame == []


def test_a_click_on_a_problem_goes_to_its_field_scrolled_into_view(qtbot, session, worker):
    from forebyg_desktop.ui.handover.consent_dialog import ConsentDialog

    child = {"id": add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")}
    dialog = ConsentDialog(session, child, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()  # nothing filled in: refused
    qtbot.waitUntil(lambda: dialog.problems.isVisible() and not dialog.busy, timeout=5000)
    texts = dialog.problems.texts()
    row = next(i for i, t in enumerate(texts) if t.startswith("The consent covers"))
    target = dialog.covers["assessments"]
    assert dialog.problems.targets[row] is target

    def in_view() -> bool:
        viewport = dialog.scroll.viewport()
        top = target.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + target.height() <= viewport.height()

    dialog.resize(dialog.width(), 240)  # a small screen: the form scrolls
    qtbot.waitUntil(lambda: dialog.height() == 240, timeout=3000)
    dialog.scroll.verticalScrollBar().setValue(0)
    assert not in_view()
    rect = dialog.problems.visualItemRect(dialog.problems.item(row))
    qtbot.mouseClick(dialog.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert target.hasFocus() and in_view()


def test_the_team_forms_show_their_problems_in_the_problem_list(qtbot, tmp_path, worker):
    from forebyg_desktop.ui.team_sync.team_dialog import TeamDialog

    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Jonas Berg") as s:
        dialog = TeamDialog(s, worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ready and not dialog.busy, timeout=5000)
        dialog.join_form.button.click()  # nothing filled in
        shown = dialog.join_form.errors
        assert isinstance(shown, QListWidget) and shown.isVisible()
        assert shown.count() == 3
        code_row = next(i for i in range(shown.count()) if "code" in shown.item(i).text())
        shown.setCurrentRow(code_row)
        qtbot.keyClick(shown, Qt.Key.Key_Return)  # Enter on the problem: to its field
        assert dialog.join_form.code.hasFocus()
        dialog.close()


def test_closing_an_assessment_while_it_finalises_waits_and_keeps_the_draft(
    qtbot, session, worker
) -> None:
    from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog

    child_id = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    child = {"id": child_id, "name": "Ida Sørensen", "birth_date": "2021-04-12"}
    start = start_assessment(session, child_id, "individual")
    dialog = AssessmentDialog(session, child, worker, start=start)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.texts["observations"].setPlainText("Græder ved aflevering")
    dialog.finalise_button.click()  # no position: it will be refused
    dialog.reject()  # at once, while the finalise job is on the store thread
    assert dialog.isVisible() and dialog.busy and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.finalised_id is None
    assert len(list_drafts(session, child_id)) == 1
    assert start_assessment(session, child_id, "individual").fields["observations"] == (
        "Græder ved aflevering"
    )
