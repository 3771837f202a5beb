"""The follow-up list: overdue and due within a week, opening a plan (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from forebyg_desktop.services.overview.overview_rows import FollowUpRow
from forebyg_desktop.store.profile_repo import load_bundled_profile
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.overview.follow_up_table_model import FollowUpColumn, Status
from forebyg_desktop.ui.overview.follow_up_view import FollowUpView

pytestmark = pytest.mark.usefixtures("english")

TODAY = date(2025, 6, 11)  # due soon: up to 18 June, as overview_service.follow_ups


def fu(plan_id: str, name: str, follow_up: date, *, overdue: bool = False) -> FollowUpRow:
    return FollowUpRow(
        plan_id=plan_id,
        child_id=f"child-{plan_id}",
        name=name,
        group="Sommerfuglene",
        template="handleplan",
        follow_up=follow_up,
        coordinator="Mette Holm",
        overdue=overdue,
    )


ROWS = [
    fu("p1", "Ida Sørensen", date(2025, 6, 13)),
    fu("p2", "Emil Hansen", date(2025, 6, 2), overdue=True),
    fu("p3", "Åse Østergaard", date(2025, 7, 1)),
    fu("p4", "Noah Jensen", date(2025, 6, 18)),
    fu("p5", "Freja Holm", date(2025, 5, 20), overdue=True),
]


@pytest.fixture
def view(qtbot) -> FollowUpView:
    v = FollowUpView()
    qtbot.addWidget(v)
    v.resize(1366, 700)
    v.set_rows(ROWS, None, TODAY)
    v.show()
    qtbot.waitExposed(v)
    return v


def column(view: FollowUpView, col: FollowUpColumn) -> list[str]:
    return [view.proxy.index(r, col).data() for r in range(view.proxy.rowCount())]


def test_overdue_first_then_due_soon_and_nothing_later(view: FollowUpView) -> None:
    assert view.shown_plan_ids() == ["p5", "p2", "p1", "p4"]  # oldest overdue first
    assert "p3" not in view.shown_plan_ids()  # due next month


def test_overdue_is_said_in_words_not_only_colour(view: FollowUpView) -> None:
    status = column(view, FollowUpColumn.STATUS)
    assert status[0] == "⚠ Overdue by 22 days"
    assert status[1] == "⚠ Overdue by 9 days"
    assert status[2:] == ["Due in 2 days", "Due in 7 days"]
    assert view.proxy.index(0, FollowUpColumn.STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert "2" in view.summary_label.text() and "Overdue" in view.summary_label.text()


def test_show_filter_overdue_and_due_soon(view: FollowUpView) -> None:
    view.show_filter.setCurrentIndex(1)
    assert view.shown_plan_ids() == ["p5", "p2"]
    view.show_filter.setCurrentIndex(2)
    assert view.shown_plan_ids() == ["p1", "p4"]
    view.show_filter.setCurrentIndex(3)
    assert view.shown_plan_ids() == ["p5", "p2", "p1", "p4", "p3"]
    assert column(view, FollowUpColumn.STATUS)[-1] == "Due in 20 days"


def test_enter_and_double_click_emit_the_plan_id(qtbot, view: FollowUpView) -> None:
    view.table.setFocus()
    view.table.selectRow(2)
    with qtbot.waitSignal(view.plan_activated, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert blocker.args == ["p1"]
    got: list[str] = []
    view.plan_activated.connect(got.append)
    rect = view.table.visualRect(view.proxy.index(0, FollowUpColumn.NAME))
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert got == ["p5"]


def test_danish_dates_and_plan_names_from_the_profile(qtbot) -> None:
    install_translator(QCoreApplication.instance(), "da")
    topi = load_bundled_profile("topi")
    template = topi.plan_templates[0]
    v = FollowUpView()
    qtbot.addWidget(v)
    rows = [
        FollowUpRow("p9", "c9", "Ida Sørensen", "4.A", template.key, TODAY, "Jonas Lund", False)
    ]
    v.set_rows(rows, topi, TODAY)
    assert v.proxy.index(0, FollowUpColumn.FOLLOW_UP).data() == "11.06.2025"
    assert v.proxy.index(0, FollowUpColumn.PLAN).data() == template.label.da
    assert v.model.counts()[Status.DUE_SOON] == 1
    assert v.proxy.index(0, FollowUpColumn.STATUS).data() != ""


def test_every_focusable_widget_has_an_accessible_name(view: FollowUpView) -> None:
    focusable = [
        w
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    assert view.table in focusable and view.show_filter in focusable
    assert [type(w).__name__ for w in focusable if not w.accessibleName()] == []


def test_columns_fit_1366_wide(view: FollowUpView) -> None:
    header = view.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in FollowUpColumn) <= view.table.viewport().width()
    for c in FollowUpColumn:
        assert header.sectionSize(c) >= header.sectionSizeHint(c), c.name
