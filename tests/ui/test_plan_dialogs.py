"""The action plan and evaluation dialogs against a real encrypted store (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialog, QLabel, QLineEdit

from forebyg_desktop.core.profile import EvaluationDecision
from forebyg_desktop.core.records import ActionPlan, PlanEvaluation, PlanStatus
from forebyg_desktop.services.child_service import add_child
from forebyg_desktop.services.plan_flow_service import create_plan, open_plan, plan_from_template
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.ui.evaluation_dialog import EvaluationDialog
from forebyg_desktop.ui.i18n import install_translator
from forebyg_desktop.ui.plan_dialog import PlanDialog

PASSPHRASE = "korrekt hest batteri"


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """The texts checked below are the English source texts."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "da")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = create_session(tmp_path, PASSPHRASE, profile_id="horsens", user="Mette Hansen")
    yield s
    s.close()


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


@pytest.fixture
def dialog(qtbot, session: Session, child: dict) -> PlanDialog:
    d = PlanDialog(session, child)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    return d


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

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

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

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

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
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
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


@pytest.fixture
def evaluation(qtbot, session: Session, plan: ActionPlan) -> EvaluationDialog:
    d = EvaluationDialog(session, plan)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    return d


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

    qtbot.mouseClick(evaluation.save_button, Qt.MouseButton.LeftButton)

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

    qtbot.mouseClick(evaluation.save_button, Qt.MouseButton.LeftButton)

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
    qtbot.mouseClick(evaluation.save_button, Qt.MouseButton.LeftButton)
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
    assert evaluation.result() == QDialog.DialogCode.Accepted
    stored = ActionPlan.from_fields(plan.id, session.store.get("plan", plan.id))
    assert stored.status is PlanStatus.CLOSED


def mnemonics(widget) -> list[str]:
    texts = [w.text() for cls in (QAbstractButton, QLabel) for w in widget.findChildren(cls)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if t]
    return [k for k in keys if k]


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
