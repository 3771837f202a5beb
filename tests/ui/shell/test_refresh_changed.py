"""After a write, the window refreshes only the children it changed (store/changed.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.plan.plan_service import quick_plan
from forebyg_desktop.services.reports.audit_service import audit_entries
from forebyg_desktop.services.session import create_session
from forebyg_desktop.store.operation import Change
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.overview.overview_table_model import ROW_ROLE
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_window


def _row(window: MainWindow, child_id: str):
    model = window.overview.model
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if row.child_id == child_id:
            return row
    return None


def _on_worker(qtbot, window: MainWindow, job) -> object:
    """Run a service write on the window's store thread, as a dialogue does."""
    out: list = []
    window.worker.submit(job, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    return out[0]


def test_a_write_updates_its_child_only_and_keeps_the_screen(qtbot, tmp_path: Path) -> None:
    install_translator(QCoreApplication.instance(), "da")
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        noah = add_child(s, "Noah Hansen", "2020-01-02", "Bjørnene")
        window = open_window(qtbot, s)
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 2, timeout=10000)
        s.store.take_changed()  # what was written before the window opened is shown
        view, resets = window.overview, []
        view.model.modelReset.connect(lambda: resets.append(1))
        view.select_child(noah)
        view.search_field.setText("a")  # matches both: a search stays on through the update
        view._apply_search()
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.child_page.child is not None, timeout=10000)
        entries_before = window.child_page.model.rowCount()
        audit_before = len(audit_entries(s))

        # Ida is assessed red, jointly: her row changes, nothing is reloaded.
        _on_worker(
            qtbot,
            window,
            lambda: quick_assessment(
                s, child_id=ida, position="red", signs=[], protective=[], joint=True
            ),
        )
        window.refresh_changed()
        qtbot.waitUntil(lambda: _row(window, ida).position == "red", timeout=10000)
        qtbot.waitUntil(
            lambda: window.child_page.model.rowCount() > entries_before,
            timeout=10000,
        )
        assert resets == []
        assert view.current_child_id() == noah  # the selection stayed
        assert view.search_field.text() == "a" and len(view.shown_child_ids()) == 2
        assert _row(window, noah).position is None
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
        reads = [e for e in audit_entries(s)[audit_before:] if e["action"] == "read"]
        # One row read (Ida's) and her page; never the whole overview.
        assert {(e["child_id"], e["detail"]) for e in reads} == {
            (ida, "overview row"),
            (ida, "chronology"),
        }

        # A new child in a new group appears in its place and in the group filter.
        alma = _on_worker(qtbot, window, lambda: add_child(s, "Alma Bak", "2022-02-02", "Mus"))
        window.refresh_changed()
        qtbot.waitUntil(lambda: alma in view.shown_child_ids(), timeout=10000)
        assert view.shown_child_ids()[0] == alma  # "Alma" first by name
        assert view.group_filter.findData("Mus") >= 0
        assert window.child_names[alma] == "Alma Bak" and "Mus" in window.groups
        assert resets == []

        # A plan due in three days reaches the follow-up list.
        due = (date.today() + timedelta(days=3)).isoformat()
        plan = _on_worker(
            qtbot,
            window,
            lambda: quick_plan(
                s, child_id=noah, template="everyday_adjustment", goal="Ro", follow_up=due
            ),
        )
        window.refresh_changed()
        qtbot.waitUntil(lambda: plan in window.follow_up.shown_plan_ids(), timeout=10000)
        assert _row(window, noah).open_plan_id == plan
        assert resets == []

        # A child deleted elsewhere leaves the overview (this one reloads it whole).
        _on_worker(qtbot, window, lambda: s.store.write([Change("child", alma, {}, "delete")]))
        window.refresh_changed()
        qtbot.waitUntil(lambda: alma not in view.shown_child_ids(), timeout=10000)
        assert not view.has_child(alma)
        window.close()


def test_nothing_written_refreshes_nothing(qtbot, tmp_path: Path) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 1, timeout=10000)
        s.store.take_changed()
        audit_before = len(audit_entries(s))
        window.refresh_changed()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
        assert audit_entries(s)[audit_before:] == []  # no read at all
        window.close()


def test_a_change_to_a_child_left_behind_does_not_bring_its_page_back(
    qtbot, tmp_path: Path
) -> None:
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Lone Madsen") as s:
        ida = add_child(s, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
        window = open_window(qtbot, s)
        window.open_child(ida)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
        window.show_overview()  # back to the overview; the page still holds Ida
        _on_worker(
            qtbot,
            window,
            lambda: quick_assessment(s, child_id=ida, position="red", signs=[], protective=[]),
        )
        window.refresh_changed()
        qtbot.waitUntil(lambda: _row(window, ida).last_assessment is not None, timeout=10000)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
        assert window.pages.currentWidget() is window.tabs  # the overview stays on screen
        window.close()
