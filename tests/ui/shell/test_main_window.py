"""The main window: overview loaded off the GUI thread, child page, lock, Danish by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.reports.audit_service import audit_entries
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_window


def test_overview_child_page_and_lock(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        add_child(s, "Noah Hansen", "2020-01-02", "Bjørnene")
        quick_assessment(s, child_id=ida, position="yellow", signs=[], protective=[], joint=True)
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 2, timeout=10000)
        assert "Lone Madsen" in window.status.text()
        assert window.tabs.tabText(0).replace("&", "") == "Oversigt"  # Danish by default

        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        assert "Ida Sørensen" in window.child_page.heading.text()
        reads = [e for e in audit_entries(s, ida) if e["action"] == "read"]
        assert reads and reads[-1]["detail"] == "chronology"

        window.lock.lock_now()
        assert window.is_locked and not window.menuBar().isEnabled()
        qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
        assert window.pages.currentWidget() is window.child_page
        window.close()


def test_save_assessment_for_parents_as_pdf(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "vurdering.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    with create_session(tmp_path / "d", PASSPHRASE, profile_id="horsens", user="Lone") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        aid = quick_assessment(s, child_id=ida, position="yellow", signs=[], protective=[]).id
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.show()
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        assert window.child_page.selected_entry().id == aid
        assert window.child_page.save_pdf.isEnabled()
        qtbot.mouseClick(window.child_page.save_pdf, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=10000)
        assert target.read_bytes().startswith(b"%PDF")
        qtbot.waitUntil(
            lambda: any(e["action"] == "export" for e in audit_entries(s, ida)), timeout=10000
        )
        window.close()


def test_start_shows_the_window_locked_and_the_passphrase_opens_the_store(
    qtbot, tmp_path: Path
) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.is_locked and window.session is None
    assert window.lock_screen.title.text() == "Velkommen til Forebyg"
    assert not window.menuBar().isEnabled()
    qtbot.keyClicks(window.lock_screen.passphrase, "forkert kodeord")
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_screen.busy, timeout=10000)
    assert window.lock_screen.error.text() == "Adgangskoden er forkert. Prøv igen."
    assert window.is_locked and window.session is None
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.session is not None and window.overview.shown_child_ids() != [],
        timeout=10000,
    )
    assert not window.is_locked and window.menuBar().isEnabled()
    assert "Lone Madsen" in window.status.text()
    # Locked again later, the same passphrase is asked for, with the usual words.
    window.lock.lock_now()
    assert window.lock_screen.title.text() == "Forebyg er låst"
    window.close()
    window.session.close()


def test_lock_hides_an_open_assessment_and_keeps_what_was_typed(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.show()
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        window.child_page.assessment_requested.emit("individual")
        qtbot.waitUntil(
            lambda: isinstance(window.launcher.active_dialog, AssessmentDialog), timeout=10000
        )
        dialog = window.launcher.active_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        dialog.texts["observations"].setFocus()
        qtbot.keyClicks(dialog.texts["observations"], "Halvskrevet observation")

        window.lock.lock_now()
        assert window.is_locked and not dialog.isVisible()  # no record shows behind the lock
        qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
        assert dialog.isVisible()
        assert dialog.texts["observations"].toPlainText() == "Halvskrevet observation"
        dialog.close_button.click()
        qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
        window.close()


def test_add_a_child_by_keyboard_opens_the_child_page(qtbot, tmp_path: Path) -> None:
    from forebyg_desktop.ui.child.child_dialog import ChildDialog

    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        add_child(s, "Noah Hansen", "2020-01-02", "Bjørnene")
        window = open_window(qtbot, s)
        assert window.menuBar().actions()[1].text().replace("&", "") == "Børn"
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: isinstance(window.launcher.active_dialog, ChildDialog), timeout=5000
        )
        dialog = window.launcher.active_dialog
        assert dialog.group.findText("Bjørnene") >= 0  # the groups already known
        # Nothing typed: the name is required; nothing is stored.
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.problems.isVisible, timeout=5000)
        assert dialog.problems.texts()[0].startswith("Navn:")
        assert dialog.isVisible()
        qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)  # Enter on the problem: to the field
        assert dialog.name.hasFocus()
        qtbot.keyClicks(dialog.name, "Freja Mølgaard")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        assert dialog.birth_date.hasFocus()
        assert dialog.birth_date.text() == ""  # nothing filled in for the user
        qtbot.keyClicks(dialog.birth_date, "09.03.2021")
        qtbot.keyClick(dialog.birth_date, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.group.lineEdit(), "Sommerfuglene")
        qtbot.keyClick(dialog.group.lineEdit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        assert "Freja Mølgaard" in window.child_page.heading.text()
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 2, timeout=10000)
        window.close()


def test_import_a_class_list_all_or_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:
    from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog

    install_translator(QCoreApplication.instance(), "da")
    good = tmp_path / "2b.csv"
    good.write_text(
        "name;birth_date;group\nAlma Juhl;2018-05-01;2.B\nOskar Lund;2018-09-30;2.B\n",
        encoding="utf-8",
    )
    bad = tmp_path / "3a.csv"
    bad.write_text(
        "name,birth_date,group\nEmil Berg,2017-02-01,3.A\nLiva Krogh,31-13-2017,3.A\n",
        encoding="utf-8",
    )
    with create_session(tmp_path / "d", PASSPHRASE, profile_id="topi", user="Lone") as s:
        window = open_window(qtbot, s)
        window.launcher.import_class_list(str(bad))
        qtbot.waitUntil(
            lambda: isinstance(window.launcher.active_dialog, ClassListDialog), timeout=5000
        )
        dialog = window.launcher.active_dialog
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        assert "3a.csv" in dialog.windowTitle()
        assert dialog.bad_table.item(0, 0).text() == "3"  # the line of the bad row
        assert not dialog.import_button.isEnabled()
        dialog.reject()
        qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
        assert window.overview.shown_child_ids() == []

        window.launcher.import_class_list(str(good))
        qtbot.waitUntil(
            lambda: isinstance(window.launcher.active_dialog, ClassListDialog), timeout=5000
        )
        dialog = window.launcher.active_dialog
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 2, timeout=10000)
        assert "2 børn importeret fra 2b.csv" in window.statusBar().currentMessage()
        window.close()


def test_qt_standard_buttons_are_danish(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    install_translator(QCoreApplication.instance(), "da")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuller"


def test_a_pdf_that_cannot_be_written_says_so_and_records_no_export(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    install_translator(QCoreApplication.instance(), "da")
    target = tmp_path / "no-such-folder" / "vurdering.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    warnings: list[str] = []

    def shown(box: QMessageBox) -> int:
        # The path is the user's own text: it must not render as markup.
        assert box.textFormat() == Qt.TextFormat.PlainText
        warnings.append(f"{box.windowTitle()}|{box.text()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    with create_session(tmp_path / "d", PASSPHRASE, profile_id="horsens", user="Lone") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        quick_assessment(s, child_id=ida, position="yellow", signs=[], protective=[])
        window = open_window(qtbot, s)
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        window.child_page.save_pdf.click()
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
        assert warnings[0].startswith("PDF'en blev ikke gemt|")
        assert "vurdering.pdf" in warnings[0]
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
        assert not any(e["action"] == "export" for e in audit_entries(s, ida))
        window.close()


def test_quitting_with_an_assessment_open_saves_what_was_typed(qtbot, tmp_path: Path) -> None:
    from forebyg_desktop.services.assessment.assessment_flow_service import start_assessment
    from forebyg_desktop.services.session import open_session

    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        window.launcher.new_assessment("individual")
        qtbot.waitUntil(
            lambda: isinstance(window.launcher.active_dialog, AssessmentDialog), timeout=10000
        )
        dialog = window.launcher.active_dialog
        dialog.texts["observations"].setPlainText("Skrevet lige før lukning")
        window.close()  # at once: before the autosave timer
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    with open_session(tmp_path, PASSPHRASE) as s:
        start = start_assessment(s, ida, "individual")
        assert start.fields["observations"] == "Skrevet lige før lukning"


def test_team_consent_handover_and_receiving_open_from_the_window(qtbot, tmp_path: Path) -> None:
    from forebyg_desktop.ui.handover.handover_dialog import HandoverDialog
    from forebyg_desktop.ui.handover.handover_import_dialog import HandoverImportDialog
    from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog
    from forebyg_desktop.ui.team_sync.team_dialog import TeamDialog

    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        for open_it, kind in (
            (window.launcher.team, TeamDialog),
            (window.child_page.handover_requested.emit, HandoverDialog),
            (window.launcher.import_handover, HandoverImportDialog),
            (window.launcher.institution_key, InstitutionKeyDialog),
        ):
            open_it()
            qtbot.waitUntil(
                lambda kind=kind: isinstance(window.launcher.active_dialog, kind), timeout=5000
            )
            dialog = window.launcher.active_dialog
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
            dialog.reject()
            qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
        window.close()


def test_a_child_page_arriving_after_the_lock_stays_behind_it(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        window.worker.submit(lambda: __import__("time").sleep(0.3), lambda _: None)
        window.open_child(ida)  # queued behind a slow job: it comes back after the lock
        window.lock.lock_now()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
        assert window.is_locked and window.pages.currentWidget() is window.lock_screen
        qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
        assert window.pages.currentWidget() is window.child_page
        window.close()


def test_a_dialog_loaded_after_the_lock_waits_hidden(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        window.worker.submit(lambda: __import__("time").sleep(0.3), lambda _: None)
        window.launcher.new_assessment("individual")  # its draft loads after the lock
        window.lock.lock_now()
        qtbot.waitUntil(lambda: window.launcher.active_dialog is not None, timeout=10000)
        assert not window.launcher.active_dialog.isVisible()  # nothing of the child over the lock
        qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
        assert window.launcher.active_dialog.isVisible()
        window.launcher.active_dialog.reject()
        qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
        window.close()


def test_a_window_closed_before_its_overview_arrives_starts_no_sync(qtbot, tmp_path: Path) -> None:
    from forebyg_desktop.ui.shell.sync_panel import sync_session_opener

    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = MainWindow(s, sync_opener=sync_session_opener(tmp_path, PASSPHRASE))
        qtbot.addWidget(window)
        window.show()
        window.close()  # before the overview's rows come back from the store thread
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 1, timeout=10000)
        assert window.sync_panel.controller is None  # no sync thread outlives the window
