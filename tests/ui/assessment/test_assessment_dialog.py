"""The assessment dialogue: checklist, signpost, autosave, finalising, joint position."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from forebyg_desktop.services.assessment.assessment_flow_service import (
    finalise_individual,
    start_assessment,
)
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.drafts.draft_service import list_drafts, save_draft
from forebyg_desktop.services.session import create_session, open_session
from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog
from forebyg_desktop.ui.kit.i18n import install_translator
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("english")


def _child(s) -> dict:
    cid = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    return {"id": cid, "name": "Ida Sørensen", "birth_date": "2021-04-12", "group": "Sommerfuglene"}


def _open(qtbot, s, child, worker, kind: str) -> AssessmentDialog:
    # As the main window does: what the dialog opens with comes from the service.
    dlg = AssessmentDialog(s, child, worker, start=start_assessment(s, child["id"], kind))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _finalise(qtbot, dlg: AssessmentDialog) -> None:
    """Press Finalise and wait for the store thread to answer (accepted or problems)."""
    dlg.problems.hide()
    dlg.finalise_button.click()
    qtbot.waitUntil(lambda: dlg.finalised_id is not None or dlg.problems.isVisible(), timeout=10000)


def test_individual_assessment_finalised_into_the_store(qtbot, session, worker) -> None:
    child = _child(session)
    dlg = _open(qtbot, session, child, worker, "individual")
    assert dlg.width() <= 1366 and dlg.height() <= 768
    assert dlg.assessors.text() == "Mette Hansen"
    # Signs grouped by domain, labels in the UI language.
    titles = [g.title() for g in dlg.signs.groups]
    assert titles and all(titles)
    assert dlg.signs.label("sad_crying").text() == dlg.signs.checkbox("sad_crying").accessibleName()
    assert dlg.signs.label("sad_crying").text()
    # Radio buttons show symbol and label, and the description beside them.
    green = dlg.position_buttons["green"]
    assert "●" in green.text()
    assert green.accessibleDescription()
    # By keyboard: focus and Space.
    green.setFocus()
    qtbot.keyClick(green, Qt.Key.Key_Space)
    assert green.isChecked()
    box = dlg.signs.checkbox("sad_crying")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    dlg.texts["observations"].setFocus()
    qtbot.keyClicks(dlg.texts["observations"], "Græder ved aflevering")
    # The signpost shows what to do now and when to follow up.
    text = dlg.signpost.visible_text()
    assert "Do now:" in text and "Follow up by" in text
    assert not dlg.signpost.duty_box.isVisible()
    assert not dlg.report_box.isVisible()
    dlg.finalise_button.setFocus()
    qtbot.keyClick(dlg.finalise_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dlg.result() == AssessmentDialog.DialogCode.Accepted, timeout=10000)
    stored = session.store.get("assessment", dlg.finalised_id)
    assert stored["position"] == "green"
    assert stored["signs"] == ["sad_crying"]
    assert stored["observations"] == "Græder ved aflevering"
    assert stored["assessors"] == ["Mette Hansen"]
    assert list_drafts(session, child["id"]) == []


def test_finalise_without_position_shows_the_problem(qtbot, session, worker) -> None:
    dlg = _open(qtbot, session, _child(session), worker, "individual")
    _finalise(qtbot, dlg)
    assert dlg.isVisible() and dlg.finalised_id is None
    assert dlg.problems.isVisible()
    assert "Position on the scale: Choose a position on the scale." in dlg.problems.text()


def test_draft_autosaved_and_restored_after_a_crash(qtbot, tmp_path: Path, worker) -> None:
    install_translator(QCoreApplication.instance(), "en")
    data = tmp_path / "data"
    first = create_session(data, PASSPHRASE, profile_id="topi", user="Mette Hansen")
    child = _child(first)
    dlg = _open(qtbot, first, child, worker, "individual")
    draft_id = dlg.draft_id
    dlg.position_buttons["yellow"].click()
    dlg.signs.checkbox("withdrawn").click()
    dlg.protective.checkbox(dlg.protective.keys()[0]).click()
    dlg.texts["child_view"].setPlainText("Vil gerne lege")
    dlg.texts["parents_view"].setPlainText("Bekymrede")
    dlg.report_not.click()
    dlg.report_reason.setText("Samtale med forældrene først")
    dlg.assessors.setText("Mette Hansen, Lars Holm")
    qtbot.waitUntil(lambda: not dlg.has_unsaved_changes(), timeout=5000)
    assert dlg.status.text() == "Draft saved"
    # Power cut: nothing more is saved, the connection is dropped as it is.
    dlg.hide()
    dlg.blockSignals(True)
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    first.store.db.conn.close()

    with open_session(data, PASSPHRASE) as s:
        again = _open(qtbot, s, child, worker, "individual")
        assert again.draft_id == draft_id
        assert again.position_buttons["yellow"].isChecked()
        assert again.signs.checkbox("withdrawn").isChecked()
        assert again.protective.checkbox(again.protective.keys()[0]).isChecked()
        assert again.texts["child_view"].toPlainText() == "Vil gerne lege"
        assert again.texts["parents_view"].toPlainText() == "Bekymrede"
        assert again.assessors.text() == "Mette Hansen, Lars Holm"
        # Yellow: consider a report; the decision is restored.
        assert again.signpost.consider_box.isVisible()
        assert again.report_box.isVisible()
        assert again.report_not.isChecked()
        assert again.report_reason.text() == "Samtale med forældrene først"
        # A joint assessment does not pick up the individual draft.
        joint = start_assessment(s, child["id"], "joint")
        assert joint.draft_id is None
        # Close keeps the draft, with what was typed last.
        again.texts["observations"].setPlainText("Mere")
        again.close_button.click()
        qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
        assert list_drafts(s, child["id"])[0].id == draft_id
        assert start_assessment(s, child["id"], "individual").fields["observations"] == "Mere"
    install_translator(QCoreApplication.instance(), "da")


def test_abuse_sign_at_green_shows_duty_and_needs_a_report_decision(qtbot, session, worker) -> None:
    child = _child(session)
    dlg = _open(qtbot, session, child, worker, "individual")
    dlg.position_buttons["green"].click()
    dlg.signs.checkbox("bruises_unexplained").click()
    panel = dlg.signpost
    assert panel.duty_box.isVisible()
    assert "§ 133" in panel.duty_heading.text()
    assert panel.duty_text.text() == session.profile.reporting.duty_text.get("en")
    assert panel.how_to_report.isVisible()
    assert panel.abuse_text.isVisible()
    assert panel.abuse_text.text() == session.profile.reporting.abuse_path.get("en")
    assert "NOT inform the parents first" in panel.abuse_heading.text()
    # "Withheld" is selectable on the abuse path.
    combo = dlg.parents_informed
    assert combo.model().item(combo.findData("withheld")).isEnabled()

    _finalise(qtbot, dlg)
    assert dlg.finalised_id is None and dlg.isVisible()
    assert "Report decision:" in dlg.problems.text()

    dlg.report_reported.setFocus()
    qtbot.keyClick(dlg.report_reported, Qt.Key.Key_Space)
    assert dlg.report_date.isVisible() and dlg.report_by.isVisible()
    assert dlg.report_by.text() == "Mette Hansen"
    combo.setCurrentIndex(combo.findData("withheld"))
    _finalise(qtbot, dlg)
    assert dlg.finalised_id is not None, dlg.problems.text()
    stored = session.store.get("assessment", dlg.finalised_id)
    assert stored["report_decision"] == "reported"
    assert stored["report_by"] == "Mette Hansen"
    assert stored["report_date"] == session.today().isoformat()
    assert stored["parents_informed"] == "withheld"


def test_withheld_not_selectable_without_abuse(qtbot, session, worker) -> None:
    dlg = _open(qtbot, session, _child(session), worker, "individual")
    dlg.position_buttons["red"].click()
    assert dlg.signpost.duty_box.isVisible()
    assert not dlg.signpost.abuse_text.isVisible()
    combo = dlg.parents_informed
    assert not combo.model().item(combo.findData("withheld")).isEnabled()


def _individual(s, child_id: str, position: str, who: str) -> str:
    draft = f"d-{who}"
    save_draft(
        s,
        "assessment",
        draft,
        child_id,
        {
            "kind": "individual",
            "position": position,
            "assessors": [who],
            "report_decision": "not_reported",
            "report_reason": "Samtale med forældrene",
        },
    )
    return finalise_individual(s, draft)


def test_joint_lists_individual_ones_and_finalises_with_reason(qtbot, session, worker) -> None:
    child = _child(session)
    first = _individual(session, child["id"], "green", "Mette Hansen")
    second = _individual(session, child["id"], "yellow", "Lars Holm")
    dlg = _open(qtbot, session, child, worker, "joint")
    assert [a.id for a in dlg.individuals] == [first, second]
    cards = [c.accessibleName() for c in dlg.individual_cards]
    assert "Mette Hansen" in cards[0] and "Green" in cards[0]
    assert "Lars Holm" in cards[1] and "Yellow" in cards[1]
    # Side by side.
    assert dlg.individual_cards[0].y() == dlg.individual_cards[1].y()
    assert dlg.individual_cards[0].x() < dlg.individual_cards[1].x()

    dlg.position_buttons["yellow"].click()
    dlg.report_not.click()
    dlg.report_reason.setText("Samtale med forældrene")
    dlg.assessors.setText("Mette Hansen, Lars Holm")
    _finalise(qtbot, dlg)
    assert dlg.finalised_id is None
    assert "Why this agreed position" in dlg.problems.text()

    dlg.agreed_reason.setPlainText("Vi ser begge tilbagetrækning")
    _finalise(qtbot, dlg)
    assert dlg.finalised_id is not None, dlg.problems.text()
    stored = session.store.get("assessment", dlg.finalised_id)
    assert stored["kind"] == "joint"
    assert sorted(stored["based_on"]) == sorted([first, second])
    assert stored["agreed_reason"] == "Vi ser begge tilbagetrækning"
    assert stored["assessors"] == ["Mette Hansen", "Lars Holm"]


def test_joint_can_leave_out_an_individual_assessment(qtbot, session, worker) -> None:
    child = _child(session)
    first = _individual(session, child["id"], "green", "Mette Hansen")
    second = _individual(session, child["id"], "yellow", "Lars Holm")
    third = _individual(session, child["id"], "yellow", "Sara Berg")
    dlg = _open(qtbot, session, child, worker, "joint")
    assert all(c.isChecked() for c in dlg.individual_checks)
    assert "Mette Hansen" in dlg.individual_checks[0].accessibleName()
    dlg.individual_checks[0].setFocus()
    qtbot.keyClick(dlg.individual_checks[0], Qt.Key.Key_Space)  # leave the first out
    dlg.position_buttons["yellow"].click()
    dlg.report_not.click()
    dlg.report_reason.setText("Samtale med forældrene")
    dlg.agreed_reason.setPlainText("Enige om gul")
    _finalise(qtbot, dlg)
    assert dlg.finalised_id is not None, dlg.problems.text()
    stored = session.store.get("assessment", dlg.finalised_id)
    assert sorted(stored["based_on"]) == sorted([second, third])
    assert first not in stored["based_on"]


@pytest.mark.parametrize(
    ("profile_id", "logical_screen"),
    [("topi", (1366, 768)), ("horsens", (1366, 768)), ("topi", (910, 512))],  # 910×512: 150 %
)
def test_nothing_is_cut_off_on_a_small_screen(qtbot, tmp_path, worker, profile_id, logical_screen):
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id=profile_id, user="Mette Hansen") as s:
        child = _child(s)
        dlg = _open(qtbot, s, child, worker, "joint")
        width, height = logical_screen[0] - 20, logical_screen[1] - 60  # less a taskbar
        dlg.resize(width, height)
        qtbot.waitUntil(lambda: dlg.width() == width, timeout=3000)
        assert dlg.minimumSizeHint().width() <= width
        for scroll in (dlg.form_scroll, dlg.side_scroll):
            # The content is as wide as the visible part: text wraps, nothing is cut.
            assert scroll.widget().width() <= scroll.viewport().width()
            assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        dlg.reject()


def test_tab_reaches_every_field_and_every_field_has_a_name(qtbot, session, worker) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    dlg = _open(qtbot, session, _child(session), worker, "individual")
    dlg.position_buttons["red"].click()  # shows the report decision too
    dlg.assessors.setFocus()
    qtbot.waitUntil(dlg.assessors.hasFocus, timeout=3000)
    reached: list[QWidget] = []
    for _ in range(400):
        widget = QApplication.focusWidget()
        if widget in reached:
            break
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    focusable = [
        w
        for w in dlg.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.inherits("QScrollBar")
        and not w.inherits("QScrollArea")
    ]
    missed = [w for w in focusable if w not in reached and not w.inherits("QRadioButton")]
    assert not missed, [f"{type(w).__name__} {w.accessibleName()!r}" for w in missed]
    unnamed = [w for w in reached if w is not None and not w.accessibleName()]
    assert not unnamed, [type(w).__name__ for w in unnamed]
    assert dlg.finalise_button in reached and dlg.signs.checkbox("sad_crying") in reached
