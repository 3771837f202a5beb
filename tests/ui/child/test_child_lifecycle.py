"""A child is registered, corrected, moved and archived through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from forebyg_desktop.services.child.child_service import add_child, list_children
from forebyg_desktop.ui.child.archived_dialog import ArchivedChildrenDialog
from forebyg_desktop.ui.child.child_dialog import ChildDialog
from forebyg_desktop.ui.child.move_dialog import MoveChildrenDialog
from forebyg_desktop.ui.overview.overview_selection import selected_children
from tests.ui.conftest import open_window
from tests.ui.dialog_checks import assert_layout_fits


def _dialog(qtbot, window, kind: type):
    qtbot.waitUntil(lambda: isinstance(window.launcher.active_dialog, kind), timeout=10000)
    dialog = window.launcher.active_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and not window.worker.busy, timeout=10000)
    return dialog


def _closed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)


def _open_child(qtbot, window, child_id: str) -> None:
    window.open_child(child_id)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)


def test_add_a_child_refuses_a_future_date_and_an_empty_group_at_their_fields(
    qtbot, session
) -> None:
    window = open_window(qtbot, session)
    window.launcher.add_child()
    dialog = _dialog(qtbot, window, ChildDialog)
    assert dialog.birth_date.text() == ""  # no date filled in that nobody checked
    qtbot.keyClicks(dialog.name, "Ida Sørensen")
    qtbot.keyClicks(dialog.birth_date, "01.01.2999")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problems.isVisible, timeout=5000)
    texts = dialog.problems.texts()
    assert any(t.startswith("Fødselsdato:") and "fremtiden" in t for t in texts), texts
    assert any(t.startswith("Gruppe eller klasse:") for t in texts), texts
    assert dialog.birth_date.hasFocus()  # the first wrong field
    assert dialog.birth_date.text() == "01.01.2999"  # refused, not changed
    # The problems take room above the form; the form is not squeezed into a scroll.
    assert not dialog.scroll.verticalScrollBar().isVisible()
    assert dialog.scroll.viewport().height() >= dialog.body.minimumSizeHint().height()
    assert list_children(session) == []
    dialog.birth_date.setText("12.4.2021")
    qtbot.keyClicks(dialog.group.lineEdit(), "Sommerfuglene")
    qtbot.keyClick(dialog.group.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
    (child,) = list_children(session)
    assert child["birth_date"] == "2021-04-12"
    window.close()


def test_correct_a_child_from_the_child_page(qtbot, session) -> None:
    ida = add_child(session, "Ida Sörensen", "2021-04-12", "Sommerfuglene")
    window = open_window(qtbot, session)
    _open_child(qtbot, window, ida)
    window.child_page.details.actions_by_key["edit"].trigger()
    dialog = _dialog(qtbot, window, ChildDialog)
    assert dialog.windowTitle() == "Ret barnets oplysninger"
    assert (dialog.name.text(), dialog.birth_date.text()) == ("Ida Sörensen", "12.04.2021")
    dialog.name.setText("Ida 120421-1234")
    dialog.add_button.click()
    qtbot.waitUntil(dialog.problems.isVisible, timeout=5000)
    assert "CPR" in dialog.problems.text() and dialog.name.hasFocus()
    dialog.name.setText("Ida Sørensen")
    dialog.add_button.click()
    _closed(qtbot, window)
    qtbot.waitUntil(lambda: "Ida Sørensen" in window.child_page.heading.text(), timeout=10000)
    qtbot.waitUntil(lambda: window.child_names.get(ida) == "Ida Sørensen", timeout=10000)
    window.close()


def test_archive_from_the_child_page_says_what_it_means_and_can_be_undone(
    qtbot, session, monkeypatch
) -> None:
    ida = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    noah = add_child(session, "Noah Ali", "2021-05-12", "Sommerfuglene")
    asked: list[tuple] = []
    monkeypatch.setattr(
        "forebyg_desktop.ui.shell.child_launcher.ask", lambda *a: asked.append(a) or True
    )
    window = open_window(qtbot, session)
    _open_child(qtbot, window, ida)
    assert window.child_page.details.actions_by_key["archive"].isVisible()
    window.child_page.details.actions_by_key["archive"].trigger()
    qtbot.waitUntil(lambda: "arkiveret" in window.child_page.heading.text(), timeout=10000)
    ((_, title, question, detail, yes, _no),) = asked
    assert "Ida Sørensen" in question and "overblikket" in detail and "tilbage" in detail
    qtbot.waitUntil(lambda: window.overview.shown_child_ids() == [noah], timeout=10000)
    assert window.child_page.details.actions_by_key["unarchive"].isVisible()

    window.show_overview()
    window.launcher.children.archived_children()
    dialog = _dialog(qtbot, window, ArchivedChildrenDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.table.item(0, 0).text() == "Ida Sørensen"
    dialog.back_button.click()
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=10000)
    dialog.reject()
    _closed(qtbot, window)
    qtbot.waitUntil(lambda: set(window.overview.shown_child_ids()) == {ida, noah}, timeout=10000)
    window.close()


def test_move_several_children_from_the_overview(qtbot, session) -> None:
    ida = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    noah = add_child(session, "Noah Ali", "2021-05-12", "Sommerfuglene")
    mads = add_child(session, "Mads Holm", "2020-01-02", "Bjørnene")
    window = open_window(qtbot, session)
    qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 3, timeout=10000)
    table = window.overview.table
    table.setFocus()
    table.selectAll()  # Ctrl+A: every child shown (one group, with its filter set)
    rows = table.selectionModel()
    mads_row = window.overview.shown_child_ids().index(mads)
    rows.select(
        table.model().index(mads_row, 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert set(selected_children(window.overview)) == {ida, noah}
    window.launcher.children.selection.move_requested.emit()
    dialog = _dialog(qtbot, window, MoveChildrenDialog)
    assert "Ida Sørensen" in dialog.who.text() and "Noah Ali" in dialog.who.text()
    qtbot.keyClicks(dialog.group.lineEdit(), "Store Bjørne")
    qtbot.keyClick(dialog.group.lineEdit(), Qt.Key.Key_Return)
    _closed(qtbot, window)
    groups = {c["id"]: c["group"] for c in list_children(session)}
    assert groups == {ida: "Store Bjørne", noah: "Store Bjørne", mads: "Bjørnene"}
    qtbot.waitUntil(lambda: "Store Bjørne" in window.groups, timeout=10000)
    window.close()


def test_class_list_from_danish_excel_previews_then_imports(qtbot, session, tmp_path: Path):
    from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog

    add_child(session, "Søren Ærø", "2017-01-03", "0.A")
    listed = tmp_path / "klasse 1A.csv"
    listed.write_bytes(
        "Navn;Fødselsdato;Klasse\r\nSøren Ærø;03-01-2017;1.A\r\nÅse Øberg;4.2.2017;1.A\r\n".encode(
            "cp1252"
        )
    )
    window = open_window(qtbot, session)
    window.launcher.import_class_list(str(listed))
    dialog = _dialog(qtbot, window, ClassListDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.new_table.item(0, 1).text() == "Åse Øberg"  # never garbled
    assert dialog.new_table.item(0, 2).text() == "04.02.2017"
    assert [dialog.known_table.item(0, c).text() for c in (1, 3, 4)] == ["Søren Ærø", "0.A", "1.A"]
    assert "1 barn bliver tilføjet" in dialog.summary.text()
    assert dialog.move_groups.isVisible() and not dialog.move_groups.isChecked()
    assert list_children(session)[0]["name"] == "Søren Ærø"  # nothing written yet
    dialog.move_groups.setChecked(True)
    dialog.import_button.click()
    _closed(qtbot, window)
    groups = {c["name"]: c["group"] for c in list_children(session)}
    assert groups == {"Søren Ærø": "1.A", "Åse Øberg": "1.A"}
    window.close()


def test_class_list_with_bad_lines_or_not_text_imports_nothing(qtbot, session, tmp_path: Path):
    from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog

    bad = tmp_path / "liste.csv"
    bad.write_text("Navn;Fødselsdato;Gruppe\nIda;12.04.2021;A\nNoah;12.04.2099;A\n;1.1.2020;A\n")
    window = open_window(qtbot, session)
    window.launcher.import_class_list(str(bad))
    dialog = _dialog(qtbot, window, ClassListDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.tabs.currentWidget() is dialog.bad_table
    lines = [dialog.bad_table.item(r, 0).text() for r in range(dialog.bad_table.rowCount())]
    assert lines == ["3", "4"]
    assert "fremtiden" in dialog.bad_table.item(0, 1).text()
    assert "Navn" in dialog.bad_table.item(1, 1).text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    _closed(qtbot, window)

    picture = tmp_path / "foto.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    window.launcher.import_class_list(str(picture))
    dialog = _dialog(qtbot, window, ClassListDialog)
    qtbot.waitUntil(dialog.problems.isVisible, timeout=10000)
    assert "ikke en tekstfil" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    _closed(qtbot, window)
    assert list_children(session) == []
    window.close()


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_register_dialogues_fit_a_laptop_screen(tmp_path: Path, scale: str) -> None:
    assert_layout_fits(
        "tests.ui.child.child_layout_probe",
        tmp_path,
        scale,
        ("child_refused", "class_list_bad", "class_list_ok", "move", "archived"),
    )
