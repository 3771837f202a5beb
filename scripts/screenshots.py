"""Write screenshots of the main screens into docs/screenshots/ (offscreen, 1366×768).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a throwaway store filled with synthetic demo data (no real children).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from forebyg_desktop.services.overview.overview_service import overview_rows  # noqa: E402
from forebyg_desktop.services.session import create_session  # noqa: E402
from forebyg_desktop.services.setup.demo_service import run_demo  # noqa: E402
from forebyg_desktop.ui.kit.i18n import install_translator  # noqa: E402
from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog  # noqa: E402
from forebyg_desktop.ui.shell.main_window import MainWindow  # noqa: E402

# A 1366×768 screen; with QT_SCALE_FACTOR=1.5 (150 %) that is 910×512 logical pixels.
_SCALE = float(os.environ.get("QT_SCALE_FACTOR", "1"))
SIZE = (round(1366 / _SCALE), round(768 / _SCALE))


def _settle(app: QApplication, until=lambda: True, rounds: int = 2000) -> None:
    for _ in range(rounds):
        app.processEvents()
        if until():
            break
        time.sleep(0.005)  # the store thread is working


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def _assessment(app: QApplication, window: MainWindow, out: Path) -> None:
    """The assessment dialog with a sign of abuse ticked: the § 133 box shows."""
    window.launcher.new_assessment("individual")
    _settle(app, lambda: window.launcher.active_dialog is not None)
    dialog = window.launcher.active_dialog
    dialog.resize(SIZE[0] - 20, SIZE[1] - round(80 / _SCALE))  # the screen less a taskbar
    dialog.position_buttons["yellow"].click()
    abuse = [s.key for s in window.session.profile.all_signs() if s.indicates_abuse]
    offered = dialog.signs.keys()  # the signs for the child's age
    shown = [key for key in abuse if key in offered]
    if shown:
        dialog.signs.checkbox(shown[0]).click()
    dialog.texts["observations"].setPlainText(
        "Har et blåt mærke på overarmen og vil ikke fortælle, hvordan det skete."
    )
    _settle(app, rounds=50)
    _save(dialog, out / "assessment.png")
    dialog.reject()
    _settle(app, lambda: window.launcher.active_dialog is None)


def _plan(app: QApplication, window: MainWindow, out: Path) -> None:
    """The action plan dialog with the first suitable template chosen."""
    window.launcher.new_plan()
    _settle(app, lambda: window.launcher.active_dialog is not None)
    dialog = window.launcher.active_dialog
    _settle(app, lambda: dialog.ready)
    dialog.resize(min(dialog.width(), SIZE[0] - 20), min(dialog.height(), SIZE[1] - 60))
    dialog.template.setCurrentIndex(1)
    _settle(app, rounds=50)
    _save(dialog, out / "plan.png")
    dialog.autosaver.finish()  # leave no draft behind in the throwaway store
    dialog.reject()
    _settle(app, lambda: window.launcher.active_dialog is None)


def _task(app: QApplication, window: MainWindow, open_it, path: Path) -> None:
    """A dialogue that loads what it shows on the store thread first."""
    open_it()
    _settle(app, lambda: window.launcher.active_dialog is not None)
    dialog = window.launcher.active_dialog
    _settle(app, lambda: getattr(dialog, "ready", True) and not window.worker.busy)
    _settle(app, rounds=30)
    _save(dialog, path)
    dialog.reject()
    _settle(app, lambda: window.launcher.active_dialog is None)


def _class_list(folder: Path, registered) -> Path:  # noqa: ANN001 - an OverviewRow
    """A class list as Danish Excel saves it: one child registered already, one bad line."""
    born = registered.birth_date.strftime("%d-%m-%Y")
    lines = [
        "Navn;Fødselsdato;Klasse",
        f"{registered.name};{born};0.A",
        "Åse Øberg;04-02-2019;0.A",
        "Ali Hassan;9/11/2018;0.A",
        "Frida Kjær;31.02.2019;0.A",
    ]
    path = folder / "klasseliste 0A.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    install_translator(app, "da")
    with tempfile.TemporaryDirectory() as tmp:
        first = FirstRunDialog(Path(tmp) / "unused")
        first.show()
        _settle(app, rounds=20)
        _save(first, out / "first-run.png")
        with create_session(
            Path(tmp), "skærmbilleder af lilla kaffekander", profile_id="topi", user="Mette Hansen"
        ) as s:
            run_demo(s, 60, 6, seed=7)
            window = MainWindow(s)
            window.resize(*SIZE)
            window.show()
            _settle(app, lambda: len(window.overview.shown_child_ids()) == 60)
            _save(window, out / "overview.png")
            window.tabs.setCurrentWidget(window.follow_up)
            _settle(app, rounds=20)
            _save(window, out / "follow-ups.png")
            window.tabs.setCurrentWidget(window.overview)
            worried = [r for r in overview_rows(s) if r.position not in (None, "green")]
            child = (worried or overview_rows(s))[0].child_id
            window.open_child(child)
            _settle(app, lambda: window.pages.currentWidget() is window.child_page)
            _save(window, out / "child.png")
            _assessment(app, window, out)
            _plan(app, window, out)
            _task(app, window, window.child_page.handover_requested.emit, out / "handover.png")
            _task(app, window, window.launcher.team, out / "team.png")
            listed = _class_list(Path(tmp), overview_rows(s)[0])
            _task(
                app,
                window,
                lambda: window.launcher.import_class_list(str(listed)),
                out / "class-list.png",
            )
            window.launcher.add_child()
            _settle(app, lambda: window.launcher.active_dialog is not None)
            _save(window.launcher.active_dialog, out / "add-child.png")
            window.launcher.active_dialog.reject()
            _settle(app, lambda: window.launcher.active_dialog is None)
            window.lock.lock_now()
            _settle(app, rounds=20)
            _save(window, out / "locked.png")
            window.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
