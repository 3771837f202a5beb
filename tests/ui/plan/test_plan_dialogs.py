"""The action plan and evaluation dialogs against a real encrypted store (offscreen)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QRadioButton,
)

from forebyg_desktop.core.profile import EvaluationDecision
from forebyg_desktop.core.records import ActionPlan, PlanEvaluation, PlanStatus
from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import list_drafts, load_draft
from forebyg_desktop.services.plan.plan_flow_service import (
    create_plan,
    open_plan,
    plan_from_template,
)
from forebyg_desktop.services.session import Session, open_session
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.plan.evaluation_dialog import EvaluationDialog
from forebyg_desktop.ui.plan.plan_dialog import PlanDialog
from tests.ui.dialog_checks import (
    INPUTS,
    assert_layout_fits,
    focusable_inputs,
    mnemonics,
    sql_threads,
    tab_chain,
)

pytestmark = pytest.mark.usefixtures("english")

PASSPHRASE = "korrekt hest batteri"


@pytest.fixture
def profile_id() -> str:
    """The Horsens profile (of `session`): its templates and report wording."""
    return "horsens"


@pytest.fixture
def child(session: Session) -> dict:
    child_id = add_child(session, "Ida Sørensen", "2020-03-14", "Sommerfuglene")
    return {
        "id": child_id,
        "name": "Ida Sørensen",
        "birth_date": "2020-03-14",
        "group": "Sommerfuglene",
    }


def plans(session: Session) -> list[ActionPlan]:
    return [ActionPlan.from_fields(r["id"], r) for r in session.store.find("plan")]


def cell(table, row: int, col: int) -> str:
    return table.item(row, col).text()


def open_plan_dialog(qtbot, session: Session, child: dict, worker, **kw) -> PlanDialog:
    d = PlanDialog(session, child, worker, **kw)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    assert not d.body.isEnabled()  # until the opening job has come back
    qtbot.waitUntil(lambda: d.ready, timeout=5000)
    assert d.body.isEnabled()
    return d


@pytest.fixture
def dialog(qtbot, session: Session, child: dict, worker) -> PlanDialog:
    return open_plan_dialog(qtbot, session, child, worker)


def click_and_wait(qtbot, dialog: QDialog, button) -> None:
    """Press a button that submits a job; wait until the dialog is idle again or closed."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The job runs on the store thread; until it reports back nothing can submit again.
    assert not button.isEnabled() and not dialog.body.isEnabled()
    assert dialog.status.text() == "Saving…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def click_radio(qtbot, button) -> None:
    """Click on the radio's text, where a user clicks (not the middle of a wide row)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose_template(d: PlanDialog, key: str = "daycare_school") -> None:
    d.template.setCurrentIndex(d.template.findData(key))


def test_dialog_fits_a_small_screen_and_offers_the_templates_in_english(dialog, session):
    assert dialog.width() <= 1366 and dialog.height() <= 720
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert "Daycare and school: attendance and belonging" in labels
    assert len(labels) == len(session.profile.plan_templates) + 1  # and "Choose a template…"
    assert not dialog.create_button.isEnabled()  # nothing to create before a template


def test_choosing_a_template_prefills_goals_measures_prompts_and_follow_up(dialog, session):
    choose_template(dialog)
    tpl = session.profile.plan_template("daycare_school")
    assert dialog.description.text() == tpl.description.en
    assert dialog.goals.rowCount() == len(tpl.goals)
    assert cell(dialog.goals, 0, 0) == tpl.goals[0].goal.da
    assert cell(dialog.goals, 0, 1) == tpl.goals[0].indicator.da
    assert dialog.measures.rowCount() == len(tpl.measures)
    assert cell(dialog.measures, 0, 1) == tpl.measures[0].responsible.da
    assert dialog.child_view.placeholderText() == tpl.child_view_prompt.en
    assert dialog.parents_view.placeholderText() == tpl.parents_view_prompt.en
    assert dialog.family_resources.placeholderText() == tpl.family_resources_prompt.en
    assert dialog.coordinator.text() == "Mette Hansen"
    follow_up = session.today() + timedelta(weeks=tpl.follow_up_weeks)
    assert dialog.follow_up.date() == QDate(follow_up.year, follow_up.month, follow_up.day)
    assert dialog.create_button.isEnabled()


def test_create_a_plan_with_an_edited_goal(qtbot, dialog, session, child):
    choose_template(dialog)
    # Type over the first goal as a user would: select the cell, type, Enter.
    dialog.goals.setFocus()
    dialog.goals.setCurrentCell(0, 0)
    dialog.goals.editItem(dialog.goals.item(0, 0))
    editor = dialog.goals.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ida deltager i samlingen hver dag")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(dialog.goals, 0, 0) == "Ida deltager i samlingen hver dag")
    qtbot.keyClicks(dialog.child_view, "Ida siger, hun godt kan lide at lege med Noah.")

    click_and_wait(qtbot, dialog, dialog.create_button)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    stored = plans(session)
    assert [p.id for p in stored] == [dialog.plan_id]
    plan = stored[0]
    assert plan.child_id == child["id"] and plan.template == "daycare_school"
    assert plan.goals[0].goal == "Ida deltager i samlingen hver dag"
    assert plan.child_view == "Ida siger, hun godt kan lide at lege med Noah."
    assert plan.coordinator == "Mette Hansen"


def test_removing_every_goal_shows_the_problem_and_writes_nothing(qtbot, dialog, session):
    choose_template(dialog)
    while dialog.goals.rowCount():
        qtbot.mouseClick(dialog.remove_goal, Qt.MouseButton.LeftButton)
    assert dialog.goals.rowCount() == 0

    click_and_wait(qtbot, dialog, dialog.create_button)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.plan_id is None
    assert dialog.problems.isVisible()
    assert dialog.problems.texts() == ["Goals: Add at least one goal with a measurable indicator."]
    assert plans(session) == []
    # Enter on the problem takes the user to the goals table.
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)
    assert dialog.goals.hasFocus()


def test_every_problem_is_listed_with_its_field(qtbot, dialog, session):
    choose_template(dialog)
    qtbot.mouseClick(dialog.add_goal, Qt.MouseButton.LeftButton)  # an empty third goal
    dialog.goals.closePersistentEditor(dialog.goals.item(2, 0))
    dialog.coordinator.clear()
    click_and_wait(qtbot, dialog, dialog.create_button)
    texts = dialog.problems.texts()
    assert "Goal 3: Goal 3 is required." in texts
    assert "Goal 3: Indicator of goal 3 is required." in texts
    assert "Coordinator: Coordinator is required." in texts
    assert plans(session) == []


def test_tables_are_keyboard_friendly_and_fields_are_named(dialog):
    assert dialog.goals.tabKeyNavigation() is False
    assert dialog.goals.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
    for widget in (
        dialog.template,
        dialog.goals,
        dialog.measures,
        dialog.child_view,
        dialog.parents_view,
        dialog.family_resources,
        dialog.coordinator,
        dialog.follow_up,
    ):
        assert widget.accessibleName()


# --- evaluation -----------------------------------------------------------------


@pytest.fixture
def plan(session: Session, child: dict) -> ActionPlan:
    fields = plan_from_template(session, child["id"], "daycare_school")
    create_plan(session, **fields)
    found = open_plan(session, child["id"])
    assert found is not None
    return found


def open_evaluation(qtbot, session: Session, plan: ActionPlan, worker, **kw) -> EvaluationDialog:
    d = EvaluationDialog(session, plan, worker, **kw)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    qtbot.waitUntil(lambda: d.ready, timeout=5000)
    return d


@pytest.fixture
def evaluation(qtbot, session: Session, plan: ActionPlan, worker) -> EvaluationDialog:
    return open_evaluation(qtbot, session, plan, worker)


def test_evaluation_shows_one_row_per_indicator_and_the_template_decisions(evaluation, plan):
    assert len(evaluation.progress_edits) == len(plan.goals)
    met = evaluation.met_combos[0]
    assert [met.itemText(i) for i in range(met.count())] == ["Not judged", "Yes", "No"]
    positions = [evaluation.position.itemText(i) for i in range(evaluation.position.count())]
    assert positions[0] == "Unchanged" and len(positions) == 4
    shown = [b.text() for b in evaluation.decision_buttons.values()]
    assert shown == ["C&ontinue the plan", "Step &up", "Step &down", "&Close the plan"]
    assert evaluation.decision_buttons[EvaluationDecision.CONTINUE].isChecked()
    assert evaluation.next_follow_up.isEnabled()
    assert evaluation.width() <= 1366 and evaluation.height() <= 720


def test_continue_moves_the_follow_up(qtbot, evaluation, session, plan):
    qtbot.keyClicks(evaluation.progress_edits[0], "Ida kommer nu fire dage om ugen.")
    evaluation.met_combos[0].setCurrentIndex(evaluation.met_combos[0].findText("Yes"))
    new = session.today() + timedelta(weeks=4)
    evaluation.next_follow_up.setDate(QDate(new.year, new.month, new.day))

    click_and_wait(qtbot, evaluation, evaluation.save_button)

    assert evaluation.result() == QDialog.DialogCode.Accepted
    stored = ActionPlan.from_fields(plan.id, session.store.get("plan", plan.id))
    assert stored.follow_up == new and stored.status is PlanStatus.OPEN
    ev = PlanEvaluation.from_fields(
        evaluation.evaluation_id, session.store.get("evaluation", evaluation.evaluation_id)
    )
    assert ev.decision is EvaluationDecision.CONTINUE
    assert ev.progress[0].progress == "Ida kommer nu fire dage om ugen."
    assert ev.progress[0].met is True and ev.progress[1].met is None
    assert ev.new_position is None and ev.by == "Mette Hansen"


def test_close_disables_the_next_follow_up_and_closes_the_plan(qtbot, evaluation, session, plan):
    click_radio(qtbot, evaluation.decision_buttons[EvaluationDecision.CLOSE])
    assert not evaluation.next_follow_up.isEnabled()
    assert evaluation.next_follow_up.text() == "No follow-up"
    qtbot.keyClicks(evaluation.note, "Ida trives; planen afsluttes.")

    click_and_wait(qtbot, evaluation, evaluation.save_button)

    assert evaluation.result() == QDialog.DialogCode.Accepted
    stored = ActionPlan.from_fields(plan.id, session.store.get("plan", plan.id))
    assert stored.status is PlanStatus.CLOSED
    assert open_plan(session, plan.child_id) is None


def test_switching_back_from_close_restores_the_date(qtbot, evaluation):
    before = evaluation.next_follow_up.date()
    evaluation.choose(EvaluationDecision.CLOSE)
    evaluation.choose(EvaluationDecision.STEP_UP)
    assert evaluation.next_follow_up.isEnabled()
    assert evaluation.next_follow_up.date() == before


def test_evaluation_without_next_follow_up_shows_the_problem(qtbot, evaluation, session, plan):
    edit = evaluation.next_follow_up
    edit.setDate(edit.minimumDate())  # "No follow-up" while continuing
    click_and_wait(qtbot, evaluation, evaluation.save_button)
    assert evaluation.evaluation_id is None and evaluation.isVisible()
    assert evaluation.problems.texts() == [
        "Next follow-up date: Set the next follow-up date (only closing the plan needs none)."
    ]
    assert session.store.find("evaluation") == []


def test_evaluation_by_keyboard_alone(qtbot, evaluation, session, plan):
    """Arrow keys choose the decision, Return saves; no mouse needed."""
    first = evaluation.decision_buttons[EvaluationDecision.CONTINUE]
    first.setFocus()
    for _ in range(3):  # continue -> step up -> step down -> close
        qtbot.keyClick(first.group().checkedButton(), Qt.Key.Key_Down)
    assert evaluation.decision_buttons[EvaluationDecision.CLOSE].isChecked()
    assert not evaluation.next_follow_up.isEnabled()
    evaluation.progress_edits[0].setFocus()
    qtbot.keyClicks(evaluation.progress_edits[0], "Ida kommer hver dag.")
    qtbot.keyClick(evaluation.progress_edits[0], Qt.Key.Key_Return)  # the default button
    qtbot.waitUntil(lambda: not evaluation.isVisible(), timeout=5000)
    assert evaluation.result() == QDialog.DialogCode.Accepted
    stored = ActionPlan.from_fields(plan.id, session.store.get("plan", plan.id))
    assert stored.status is PlanStatus.CLOSED


def test_mnemonics_are_unique(dialog, evaluation):
    for widget in (dialog, evaluation):
        keys = mnemonics(widget)
        assert len(keys) >= 8
        assert len(keys) == len(set(keys)), keys


def test_add_goal_opens_an_editor_on_the_new_row(qtbot, dialog):
    choose_template(dialog)
    rows = dialog.goals.rowCount()
    dialog.add_goal.setFocus()
    qtbot.keyClick(dialog.add_goal, Qt.Key.Key_Space)
    assert dialog.goals.rowCount() == rows + 1
    assert dialog.goals.currentRow() == rows
    editor = dialog.goals.viewport().findChild(QLineEdit)
    assert editor is not None  # typing goes straight into the new goal


# --- drafts, templates, keyboard ------------------------------------------------------


def answer_question(qtbot, button_text: str | None) -> list[str]:
    """Answer the next question box by clicking `button_text` (None: Escape); what was asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        asked.append(box.text())
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, answer)
    return asked


def type_in_goal(qtbot, d: PlanDialog, row: int, text: str) -> None:
    d.goals.setFocus()
    d.goals.setCurrentCell(row, 0)
    d.goals.editItem(d.goals.item(row, 0))
    editor = d.goals.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(d.goals, row, 0) == text)  # the editor commits late


def draft_fields(session: Session, child_id: str, kind: str) -> dict | None:
    drafts = [d for d in list_drafts(session, child_id) if d.kind == kind]
    return load_draft(session, drafts[0].id).fields if drafts else None


# Typed in a separate process that is then killed without any clean-up (a power cut).
_CRASH = """
import os, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from forebyg_desktop.services.session import open_session
from forebyg_desktop.ui.plan.plan_dialog import PlanDialog
from forebyg_desktop.ui.kit.store_worker import StoreWorker

data_dir, passphrase, child_id, goal, view = sys.argv[1:]
app = QApplication([])
session = open_session(Path(data_dir), passphrase)
worker = StoreWorker()
d = PlanDialog(session, {"id": child_id, "name": "Ida"}, worker)
d.show()
while not d.ready:
    app.processEvents()
d.template.setCurrentIndex(d.template.findData("daycare_school"))
d.goals.setFocus()
d.goals.setCurrentCell(0, 0)
d.goals.editItem(d.goals.item(0, 0))
editor = d.goals.viewport().findChild(QLineEdit)
editor.selectAll()
QTest.keyClicks(editor, goal)
QTest.keyClick(editor, Qt.Key.Key_Return)
QTest.keyClicks(d.child_view, view)
while d.autosaver.has_unsaved or d.status.text() != "Draft saved":
    app.processEvents()
os._exit(9)
"""


def test_plan_draft_is_back_after_a_crash(qtbot, tmp_path, session, child, worker):
    goal, view = "Ida leger med to andre børn hver dag", "Ida vil gerne have en ven."
    worker.stop()
    session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CRASH, str(tmp_path), PASSPHRASE, child["id"], goal, view],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 9, done.stderr

    reopened = open_session(tmp_path, PASSPHRASE)
    worker2 = StoreWorker()
    try:
        again = open_plan_dialog(qtbot, reopened, child, worker2)  # finds the draft itself
        assert again.template.currentData() == "daycare_school"
        assert cell(again.goals, 0, 0) == goal
        assert again.child_view.toPlainText() == view
        assert again.status.text() == "Draft restored"
        click_and_wait(qtbot, again, again.create_button)
        assert again.result() == QDialog.DialogCode.Accepted
        assert list_drafts(reopened, child["id"]) == []  # the plan took the draft's place
        assert plans(reopened)[0].goals[0].goal == goal
    finally:
        worker2.stop()
        reopened.close()


def test_close_waits_for_the_last_keystrokes_and_keeps_the_draft(qtbot, session, child, dialog):
    choose_template(dialog)
    qtbot.keyClicks(dialog.parents_view, "Forældrene er enige.")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # before the 400 ms
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert draft_fields(session, child["id"], "plan")["parents_view"] == "Forældrene er enige."


def test_resume_by_draft_id_and_a_missing_draft_starts_afresh(qtbot, session, child, worker):
    first = open_plan_dialog(qtbot, session, child, worker)
    choose_template(first, "community_network")
    qtbot.keyClicks(first.family_resources, "Mormor henter to dage om ugen.")
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=5000)

    again = open_plan_dialog(qtbot, session, child, worker, draft_id=first.draft_id)
    assert again.family_resources.toPlainText() == "Mormor henter to dage om ugen."
    assert again.template.currentData() == "community_network"

    gone = open_plan_dialog(qtbot, session, child, worker, draft_id="no-such-draft")
    assert gone.problems.texts() == [
        "The draft was not found: it was finalised or discarded. A new draft is started."
    ]
    assert gone.template.currentData() is None and gone.goals.rowCount() == 0


def test_discard_deletes_the_draft(qtbot, session, child, dialog):
    choose_template(dialog)
    qtbot.keyClicks(dialog.child_view, "Skal slettes.")
    qtbot.waitUntil(lambda: draft_fields(session, child["id"], "plan") is not None, timeout=5000)
    answer_question(qtbot, "&Discard")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert list_drafts(session, child["id"]) == []


def test_another_template_after_edits_asks_and_no_keeps_everything(qtbot, dialog, session):
    asked = answer_question(qtbot, None)
    choose_template(dialog, "community_network")
    choose_template(dialog, "daycare_school")  # nothing edited yet: no question
    qtbot.wait(200)
    assert asked == []
    type_in_goal(qtbot, dialog, 0, "Mit eget mål")

    asked = answer_question(qtbot, "&No, keep what I wrote")
    choose_template(dialog, "community_network")
    assert asked == ["Replace what you have written with the template?"]
    assert dialog.template.currentData() == "daycare_school"  # the previous choice is back
    assert cell(dialog.goals, 0, 0) == "Mit eget mål"

    asked = answer_question(qtbot, "&Yes, replace")
    choose_template(dialog, "community_network")
    assert asked == ["Replace what you have written with the template?"]
    tpl = session.profile.plan_template("community_network")
    assert dialog.template.currentData() == "community_network"
    assert cell(dialog.goals, 0, 0) == tpl.goals[0].goal.da


def test_templates_follow_the_latest_position(qtbot, session, child, worker):
    quick_assessment(session, child_id=child["id"], position="green", signs=[], protective=[])
    d = open_plan_dialog(qtbot, session, child, worker)
    offered = [d.template.itemData(i) for i in range(1, d.template.count())]
    all_keys = [t.key for t in session.profile.plan_templates]
    green = [t.key for t in session.profile.plan_templates if not t.for_positions]
    assert offered == green and len(green) < len(all_keys)
    assert d.show_all.isVisible() and not d.show_all.isChecked()
    assert "Only templates for the child's latest position" in d.position_note.text()
    assert "Green" in d.position_note.text()
    assert d.template.accessibleDescription() == d.position_note.text()
    d.show_all.setFocus()
    qtbot.keyClick(d.show_all, Qt.Key.Key_Space)
    assert [d.template.itemData(i) for i in range(1, d.template.count())] == all_keys


def test_no_template_suits_so_all_are_offered(qtbot, session, child, worker):
    quick_assessment(session, child_id=child["id"], position="green", signs=[], protective=[])
    narrowed = dataclasses.replace(
        session.profile,
        plan_templates=tuple(
            dataclasses.replace(t, for_positions=("red",)) for t in session.profile.plan_templates
        ),
    )
    session.profile = narrowed
    d = open_plan_dialog(qtbot, session, child, worker)
    assert d.show_all.isChecked()
    assert d.template.count() == len(narrowed.plan_templates) + 1


def test_plan_dialog_by_tab_alone_with_named_fields(qtbot, dialog):
    choose_template(dialog)
    chain = tab_chain(qtbot, dialog, dialog.template)
    missing = [w for w in focusable_inputs(dialog) if w not in chain]
    assert missing == []
    unnamed = [type(w).__name__ for w in chain if isinstance(w, INPUTS) and not w.accessibleName()]
    assert unnamed == []
    # The order follows the form: template, goals, measures, views, then the buttons.
    order = [dialog.template, dialog.goals, dialog.measures, dialog.child_view, dialog.follow_up]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    assert chain.index(dialog.follow_up) < chain.index(dialog.create_button)


def test_evaluation_by_tab_alone_with_named_fields(qtbot, evaluation):
    chain = tab_chain(qtbot, evaluation, evaluation.progress_edits[0])
    missing = [w for w in focusable_inputs(evaluation) if w not in chain]
    # Radio buttons of one group share one tab stop (arrows move between them).
    radios = [w for w in missing if isinstance(w, QRadioButton)]
    assert [w for w in missing if w not in radios] == []
    assert any(isinstance(w, QRadioButton) for w in chain)
    unnamed = [type(w).__name__ for w in chain if isinstance(w, INPUTS) and not w.accessibleName()]
    assert unnamed == []
    e = evaluation
    decision = next(w for w in chain if isinstance(w, QRadioButton))
    order = [e.progress_edits[0], e.met_combos[0], e.progress_edits[1], e.position, decision]
    order += [e.note, e.next_follow_up, e.save_button]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)


# --- evaluation drafts ----------------------------------------------------------------


def test_evaluation_draft_is_back_after_a_crash(qtbot, tmp_path, session, plan, worker):
    d = open_evaluation(qtbot, session, plan, worker)
    qtbot.keyClicks(d.progress_edits[0], "Tre af fem dage.")
    d.met_combos[0].setCurrentIndex(2)  # "No"
    d.choose(EvaluationDecision.STEP_UP)
    qtbot.keyClicks(d.note, "Vi trapper op.")
    qtbot.waitUntil(
        lambda: (
            (draft_fields(session, plan.child_id, "evaluation") or {}).get("note")
            == "Vi trapper op."
        ),
        timeout=5000,
    )
    # Dropped without closing (no final save); the store is closed as at a crash.
    d.autosaver.blockSignals(True)
    d.hide()
    worker.stop()
    session.close()

    reopened = open_session(tmp_path, PASSPHRASE)
    worker2 = StoreWorker()
    try:
        again = open_evaluation(qtbot, reopened, plan, worker2)
        assert again.progress_edits[0].text() == "Tre af fem dage."
        assert again.met_combos[0].currentText() == "No"
        assert again.met_combos[1].currentText() == "Not judged"
        assert again.decision() is EvaluationDecision.STEP_UP
        assert again.note.toPlainText() == "Vi trapper op."
        click_and_wait(qtbot, again, again.save_button)
        assert again.result() == QDialog.DialogCode.Accepted
        assert list_drafts(reopened, plan.child_id) == []
        ev = PlanEvaluation.from_fields(
            again.evaluation_id, reopened.store.get("evaluation", again.evaluation_id)
        )
        assert ev.progress[0].met is False and ev.decision is EvaluationDecision.STEP_UP
    finally:
        worker2.stop()
        reopened.close()


def test_a_refused_evaluation_keeps_the_dialog_usable(qtbot, evaluation, session, plan):
    edit = evaluation.next_follow_up
    edit.setDate(edit.minimumDate())
    click_and_wait(qtbot, evaluation, evaluation.save_button)
    assert evaluation.problems.isVisible()
    assert evaluation.save_button.isEnabled() and evaluation.body.isEnabled()
    evaluation.choose(EvaluationDecision.CLOSE)
    click_and_wait(qtbot, evaluation, evaluation.save_button)
    assert evaluation.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_nothing_is_cut_off_on_a_1366x768_laptop(tmp_path, scale):
    """Both dialogues in Danish on 1366×728 available pixels, at 100 % and 150 % scaling."""
    assert_layout_fits("tests.ui.layout_probe", tmp_path, scale, ("plan", "evaluation"))


def test_mnemonics_are_unique_in_danish_too(qtbot, qapp, session, child, plan, worker):
    install_translator(qapp, "da")
    d = open_plan_dialog(qtbot, session, child, worker)
    e = open_evaluation(qtbot, session, plan, worker)
    assert d.close_button.text() == "Luk"
    for widget in (d, e):
        keys = mnemonics(widget)
        assert len(keys) >= 8
        assert len(keys) == len(set(keys)), keys


def test_no_sql_runs_on_the_gui_thread(qtbot, session, child, plan, worker):
    """Open, fill, autosave and finalise both dialogues: every statement runs on the worker."""
    with sql_threads(session) as threads:
        d = open_plan_dialog(qtbot, session, child, worker)
        choose_template(d)
        qtbot.keyClicks(d.child_view, "Ida er glad for at komme.")
        qtbot.waitUntil(lambda: d.status.text() == "Draft saved", timeout=5000)
        click_and_wait(qtbot, d, d.create_button)
        assert d.plan_id is not None
        e = open_evaluation(qtbot, session, plan, worker)
        qtbot.keyClicks(e.note, "Godt i gang.")
        qtbot.waitUntil(lambda: e.status.text() == "Draft saved", timeout=5000)
        click_and_wait(qtbot, e, e.save_button)
        assert e.evaluation_id is not None
    assert threads and threading.get_ident() not in threads
