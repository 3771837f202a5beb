"""The child page shows the chronology, corrections and the progression chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forebyg_desktop.services.assessment.assessment_service import (
    correct_assessment,
    quick_assessment,
)
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.child.chronology_service import chronology
from forebyg_desktop.services.session import create_session
from forebyg_desktop.ui.child.child_view import ChildView
from forebyg_desktop.ui.kit.i18n import install_translator
from tests.conftest import PASSPHRASE


def test_child_page_shows_assessments_corrections_and_chart(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "en")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        cid = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        first = quick_assessment(s, child_id=cid, position="green", signs=[], protective=[]).id
        quick_assessment(s, child_id=cid, position="yellow", signs=[], protective=[], joint=True)
        correct_assessment(
            s, first, position="yellow", report_decision="not_reported", report_reason="Samtale"
        )
        child, entries = chronology(s, cid)
        view = ChildView(s.profile)
        qtbot.addWidget(view)
        view.show_child(child, entries)
        view.resize(1000, 600)
        assert "Ida Sørensen" in view.heading.text()
        texts = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
        assert any("superseded" in t for t in texts)
        assert any("correction" in t and "superseded" not in t for t in texts)
        assert any(t.startswith("Joint assessment") for t in texts)
        # The chart holds the live assessments: the joint one and the correction.
        assert view.chart.describe().count("(joint)") == 1
        assert view.chart.describe().count("(individual)") == 1
        view.grab()  # paints without error
    install_translator(QCoreApplication.instance(), "da")
