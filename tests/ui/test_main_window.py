"""The main window: overview loaded off the GUI thread, child page, lock, Danish by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from forebyg_desktop.services.assessment_service import quick_assessment
from forebyg_desktop.services.audit_service import audit_entries
from forebyg_desktop.services.child_service import add_child
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.i18n import install_translator
from forebyg_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


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
        assert not window.is_locked
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
