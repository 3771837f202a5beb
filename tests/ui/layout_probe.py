"""Open the plan and evaluation dialogues on a 1366×768 laptop screen and report cut-offs.

(`start_app`, `settle` and `probe` serve other dialogues' probes too, e.g. handover_layout_probe.)

    python -m tests.ui.layout_probe OUT_DIR SCALE LANG

Run in its own process (QT_SCALE_FACTOR must be set before Qt starts) on the
offscreen platform with one screen of 1366×728 available pixels (768 less a
taskbar). Prints one JSON object: per dialogue the problems found (empty when
everything fits) and the screenshots written to OUT_DIR.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "dpi": 96, "dpr": 1}


def _problems(dialog, scroll, body) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

    found = []
    area = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        found.append(
            f"dialog {frame.width()}x{frame.height()} > screen {area.width()}x{area.height()}"
        )
    hint = dialog.minimumSizeHint()
    if hint.width() > area.width() or hint.height() > area.height():
        found.append(f"minimum size {hint.width()}x{hint.height()} does not fit the screen")
    viewport = scroll.viewport().width()
    if body.width() > viewport or body.minimumSizeHint().width() > viewport:
        found.append(f"form {body.minimumSizeHint().width()} wider than its view {viewport}")
    for cls in (QLabel, QAbstractButton, QComboBox, QLineEdit):
        for w in dialog.findChildren(cls):
            if not w.isVisibleTo(dialog) or w.window() is not dialog:
                continue
            name = f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            if w.width() < w.minimumSizeHint().width():
                found.append(f"{name} squeezed: {w.width()} < {w.minimumSizeHint().width()}")
            # Inside the dialogue horizontally (the form scrolls only vertically).
            left = w.mapTo(dialog, w.rect().topLeft()).x()
            if left < 0 or left + w.width() > dialog.width():
                found.append(f"{name} cut off at the side")
            label_cut = isinstance(w, QLabel) and not w.wordWrap() and w.text()
            if label_cut and w.width() < w.sizeHint().width():
                found.append(f"{name} text cut: {w.width()} < {w.sizeHint().width()}")
    return found


def start_app(out: Path, scale: str, lang: str):  # noqa: ANN201 - a QApplication
    """The application on the laptop screen at `scale`, in `lang` (before any Qt import)."""
    out.mkdir(parents=True, exist_ok=True)
    config = out / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QApplication

    from forebyg_desktop.ui.kit.i18n import install_translator

    app = QApplication([])
    install_translator(app, lang)
    return app


def settle(app, until=lambda: True) -> None:  # noqa: ANN001
    """Process events until `until()` holds (or a few thousand rounds)."""
    for _ in range(5000):
        app.processEvents()
        if until():
            break


def probe(app, dialog, shot: Path) -> dict:  # noqa: ANN001
    """Screenshots of `dialog`'s top and bottom (`shot`-top.png, -bottom.png) and its problems.

    `dialog` is shown, with `scroll` around its `body`.
    """
    settle(app)
    shots = []
    path = shot.with_name(f"{shot.name}-top.png")
    dialog.grab().save(str(path))
    shots.append(str(path))
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app)
    path = shot.with_name(f"{shot.name}-bottom.png")
    dialog.grab().save(str(path))
    shots.append(str(path))
    return {
        "size": [dialog.width(), dialog.height()],
        "problems": _problems(dialog, dialog.scroll, dialog.body),
        "shots": shots,
    }


def main() -> None:
    out, scale, lang = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = start_app(out, scale, lang)

    from forebyg_desktop.services.assessment.assessment_service import quick_assessment
    from forebyg_desktop.services.child.child_service import add_child
    from forebyg_desktop.services.plan.plan_flow_service import (
        create_plan,
        open_plan,
        plan_from_template,
    )
    from forebyg_desktop.services.session import create_session
    from forebyg_desktop.ui.kit.store_worker import StoreWorker
    from forebyg_desktop.ui.plan.evaluation_dialog import EvaluationDialog
    from forebyg_desktop.ui.plan.plan_dialog import PlanDialog

    report: dict[str, dict] = {}
    tag = f"{lang}-{scale.replace('.', '_')}"

    with tempfile.TemporaryDirectory(prefix="wt-plan-probe-") as tmp:
        session = create_session(
            Path(tmp), "layout probe lilla kaffekande", profile_id="horsens", user="Mette Hansen"
        )
        worker = StoreWorker()
        child_id = add_child(
            session, "Ida Marie Sørensen-Kristiansen", "2019-03-14", "Sommerfuglene"
        )
        child = {"id": child_id, "name": "Ida Marie Sørensen-Kristiansen"}
        # Green: only some templates suit, so the position note and "show all" are shown.
        quick_assessment(session, child_id=child_id, position="green", signs=[], protective=[])
        fields = plan_from_template(session, child_id, "daycare_school")
        create_plan(session, **fields)
        plan = open_plan(session, child_id)

        plan_dialog = PlanDialog(session, child, worker)
        evaluation = EvaluationDialog(session, plan, worker)
        for key, dialog in (("plan", plan_dialog), ("evaluation", evaluation)):
            dialog.show()
            settle(app, lambda d=dialog: d.ready)
            if key == "plan":
                dialog.show_all.setChecked(True)
                dialog.template.setCurrentIndex(dialog.template.findData("daycare_school"))
            report[key] = probe(app, dialog, out / f"{key}-{tag}")
            dialog.hide()
        worker.stop()
        session.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
