"""Write screenshots of the main screens into docs/screenshots/ (offscreen, 1366×768).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a throwaway store filled with synthetic demo data (no real children).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from forebyg_desktop.services.demo_service import run_demo  # noqa: E402
from forebyg_desktop.services.overview_service import overview_rows  # noqa: E402
from forebyg_desktop.services.session import create_session  # noqa: E402
from forebyg_desktop.ui.first_run_dialog import FirstRunDialog  # noqa: E402
from forebyg_desktop.ui.i18n import install_translator  # noqa: E402
from forebyg_desktop.ui.main_window import MainWindow  # noqa: E402

SIZE = (1366, 768)


def _settle(app: QApplication, until=lambda: True, rounds: int = 2000) -> None:
    for _ in range(rounds):
        app.processEvents()
        if until():
            break


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


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
            Path(tmp), "skærmbilleder", profile_id="topi", user="Mette Hansen"
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
            window.lock.lock_now()
            _settle(app, rounds=20)
            _save(window, out / "locked.png")
            window.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
