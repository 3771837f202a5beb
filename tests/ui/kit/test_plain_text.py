"""Entered and received text never renders as markup, on any screen of the app.

A store full of hostile names and notes (a child named `<b>Ida</b><img src=x><!--`,
a note with `<span style="font-size:0">`, a group `<a href="x">G</a>`, a user, a
team, a consent giver and an institution with markup...) is opened in every
view and dialogue. Then every label, message box, tooltip and item view in the
widget tree is walked: no text holding the hostile markup may be left to Qt's
rich-text guess, a label that renders markup on purpose may hold it only
escaped, and the hostile text must be visible literally where it is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QWidget,
)

from forebyg_desktop.core.i18n import Message
from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.handover.consent_service import record_consent
from forebyg_desktop.services.plan.plan_service import quick_plan
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.services.team_sync import team_service
from forebyg_desktop.services.team_sync.sync_service import QuarantinedFile
from forebyg_desktop.store import child_repo
from forebyg_desktop.store.operation import Change
from forebyg_desktop.ui.kit.i18n import install_translator
from forebyg_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_window

CHILD = "<b>Ida</b><img src=x><!--"
GROUP = '<a href="x">G</a>'
NOTE = '<span style="font-size:0">skjult</span> synlig'
USER = "<i>Mette</i> Hansen"
TEAM = "<h1>Team</h1><!--"
GIVER = "<u>Far</u>"
INSTITUTION = "<table><tr><td>Skovbo Skole"
GOAL = '<font color="white">Mål</font>'
# What only markup contains; none of it occurs in the program's own texts.
MARKERS = ("<b>", "<img", "<!--", "<span", "<a href", "<i>", "<h1>", "<u>", "<table", "<font")


def _hostile(text: str) -> bool:
    return any(m in text for m in MARKERS)


def _tooltip_leaks(tip: str) -> bool:
    """A tooltip is shown as rich text when it looks like it: hostile markup must be escaped."""
    return _hostile(tip)


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            for col in range(model.columnCount(parent)):
                index = model.index(row, col, parent)
                yield index
                if col == 0 and model.rowCount(index) > 0:
                    yield from walk(index)

    for index in walk(QModelIndex()):
        for role, kind in (
            (Qt.ItemDataRole.DisplayRole, "display"),
            (Qt.ItemDataRole.ToolTipRole, "tooltip"),
        ):
            value = index.data(role)
            if isinstance(value, str) and value:
                yield kind, value


def markup_problems(root: QWidget) -> tuple[list[str], list[str]]:
    """(what renders hostile markup, the hostile texts shown literally) under `root`."""
    problems: list[str] = []
    shown: list[str] = []
    shown.append(root.windowTitle())  # window titles are never rendered as markup
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if isinstance(w, QLabel) and _hostile(w.text()):
            if w.textFormat() == Qt.TextFormat.PlainText:
                shown.append(w.text())
            else:
                problems.append(f"{where}: {w.textFormat().name} label {w.text()!r}")
        if (
            isinstance(w, QMessageBox)
            and _hostile(w.text() + w.informativeText())
            and w.textFormat() != Qt.TextFormat.PlainText
        ):
            problems.append(f"{where}: message box {w.text()!r}")
        if _tooltip_leaks(w.toolTip()):
            problems.append(f"{where}: tooltip {w.toolTip()!r}")
        if isinstance(w, QAbstractItemView):
            for kind, text in _model_texts(w):
                if kind == "display" and _hostile(text):
                    shown.append(text)  # item views draw their display text literally
                if kind == "tooltip" and _tooltip_leaks(text):
                    problems.append(f"{where}: item tooltip {text!r}")
    return problems, shown


def assert_plain(root: QWidget, *expected: str) -> None:
    """Nothing under `root` renders hostile markup; each of `expected` is shown literally."""
    problems, shown = markup_problems(root)
    assert problems == [], "\n".join(problems)
    for text in expected:
        assert any(text in s for s in shown), f"{text!r} is not shown literally"


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Session, str]]:
    install_translator(QCoreApplication.instance(), "da")
    s = create_session(tmp_path / "data", PASSPHRASE, profile_id="topi", user=USER, role="leader")
    ida = add_child(s, "Ida", "2021-04-12", "Bjørnene")
    # As a colleague's sync would bring them: the names are data, not checked here.
    s.store.write([Change("child", ida, {"name": CHILD, "group": GROUP})])
    add_child(s, "Noah Hansen", "2020-01-02", "Bjørnene")
    quick_assessment(s, child_id=ida, position="yellow", signs=[], protective=[], note=NOTE)
    today = date.today()
    quick_plan(
        s,
        child_id=ida,
        template="everyday_adjustment",
        goal=GOAL,
        follow_up=(today + timedelta(days=3)).isoformat(),
    )
    record_consent(
        s,
        child_id=ida,
        given_by=GIVER,
        covers=["assessments"],
        recipient=INSTITUTION,
        purpose=NOTE,
        expires=(today + timedelta(days=90)).isoformat(),
    )
    hub = tmp_path / "hub"
    hub.mkdir()
    team_service.create_team(s, TEAM, hub)
    yield s, ida
    s.close()


def _window(qtbot, s: Session) -> MainWindow:
    window = open_window(qtbot, s)
    qtbot.waitUntil(lambda: len(window.overview.shown_child_ids()) == 2, timeout=10000)
    return window


def _open_child(qtbot, window: MainWindow, child_id: str) -> None:
    window.open_child(child_id)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_page, timeout=10000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)


def _dialog(qtbot, window: MainWindow, kind: type | None = None) -> QWidget:
    qtbot.waitUntil(
        lambda: (
            window.launcher.active_dialog is not None
            and (kind is None or isinstance(window.launcher.active_dialog, kind))
        ),
        timeout=10000,
    )
    dialog = window.launcher.active_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
    return dialog


def _close(qtbot, window: MainWindow, dialog: QWidget) -> None:
    dialog.reject()
    qtbot.waitUntil(
        lambda: window.launcher.active_dialog is None or not dialog.isVisible(), timeout=10000
    )
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)


def test_overview_follow_ups_child_page_and_status(qtbot, hostile) -> None:
    s, ida = hostile
    window = _window(qtbot, s)
    assert_plain(window, CHILD, GROUP, USER)  # overview rows and the status bar
    window.tabs.setCurrentWidget(window.follow_up)
    assert_plain(window.follow_up, CHILD)
    window.tabs.setCurrentWidget(window.sync_panel.problems)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
    # A refused hub file: anyone who can write to the hub chooses its name.
    hub_file = f"{CHILD}.0000000001-0000000002.fbundle"
    reason = Message("Sync", "{reason}", {"reason": NOTE})
    window.sync_panel.problems.set_quarantined([QuarantinedFile(hub_file, reason, "2025-01-01")])
    assert_plain(window.sync_panel.problems, hub_file, NOTE)
    _open_child(qtbot, window, ida)
    assert CHILD in window.child_page.heading.text()
    assert_plain(window.child_page, CHILD, GROUP, NOTE, GOAL)  # heading, chronology
    window.lock.lock_now()
    assert_plain(window)
    window.close()


def test_record_dialogues(qtbot, hostile) -> None:
    from forebyg_desktop.ui.assessment.assessment_dialog import AssessmentDialog
    from forebyg_desktop.ui.plan.evaluation_dialog import EvaluationDialog
    from forebyg_desktop.ui.plan.plan_dialog import PlanDialog

    s, ida = hostile
    window = _window(qtbot, s)
    _open_child(qtbot, window, ida)
    window.child_page.assessment_requested.emit("individual")
    dialog = _dialog(qtbot, window, AssessmentDialog)
    assert_plain(dialog, CHILD)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    # The joint assessment shows the individual one beside it: its assessor and note.
    window.child_page.assessment_requested.emit("joint")
    dialog = _dialog(qtbot, window, AssessmentDialog)
    assert_plain(dialog, CHILD, USER)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    window.child_page.plan_requested.emit()
    dialog = _dialog(qtbot, window, PlanDialog)
    assert_plain(dialog, CHILD)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    window.child_page.evaluation_requested.emit()
    dialog = _dialog(qtbot, window, EvaluationDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert_plain(dialog, GOAL)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.launcher.active_dialog is None, timeout=10000)
    window.close()


def test_task_dialogues(qtbot, hostile, monkeypatch) -> None:
    from forebyg_desktop.ui.child.child_dialog import ChildDialog
    from forebyg_desktop.ui.handover.handover_dialog import HandoverDialog
    from forebyg_desktop.ui.handover.handover_import_dialog import HandoverImportDialog
    from forebyg_desktop.ui.handover.institution_key_dialog import InstitutionKeyDialog
    from forebyg_desktop.ui.team_sync.team_dialog import TeamDialog

    s, ida = hostile
    window = _window(qtbot, s)
    window.launcher.add_child()
    dialog = _dialog(qtbot, window, ChildDialog)
    assert_plain(dialog)
    _close(qtbot, window, dialog)
    window.launcher.team()
    dialog = _dialog(qtbot, window, TeamDialog)
    qtbot.waitUntil(lambda: TEAM in " ".join(x.text() for x in dialog.findChildren(QLabel)))
    assert_plain(dialog, TEAM, USER)
    _close(qtbot, window, dialog)
    window.launcher.institution_key()
    dialog = _dialog(qtbot, window, InstitutionKeyDialog)
    assert_plain(dialog)
    _close(qtbot, window, dialog)
    window.launcher.import_handover()
    dialog = _dialog(qtbot, window, HandoverImportDialog)
    # What an import shows (the sender's name beside its fingerprint) lands in labels
    # the frame keeps plain: a forged name cannot hide the fingerprint after it.
    dialog.outcome.setText(f'{INSTITUTION}<span style="font-size:0">, fingerprint AB12')
    assert_plain(dialog, INSTITUTION)
    _close(qtbot, window, dialog)
    _open_child(qtbot, window, ida)
    window.launcher.handover()
    dialog = _dialog(qtbot, window, HandoverDialog)
    assert_plain(dialog, CHILD, INSTITUTION)
    dialog.add_consent_button.click()  # the consent dialogue opens over it
    qtbot.waitUntil(lambda: dialog.nested is not None and dialog.nested.isVisible(), timeout=5000)
    assert_plain(dialog.nested, CHILD)
    dialog.nested.reject()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10000)
    _close(qtbot, window, dialog)
    window.close()


def test_the_parents_pdf_shows_names_and_notes_as_text(qtbot, hostile, tmp_path: Path) -> None:
    """The report is HTML laid out by Qt: every value in it is escaped, so it prints literally."""
    from pypdf import PdfReader

    from forebyg_desktop.services.reports.report_service import load_assessment_report
    from forebyg_desktop.ui.kit.report_pdf import write_pdf

    s, ida = hostile
    assessment = child_repo.records_about(s.store, "assessment", ida)[0]["id"]
    report = load_assessment_report(s, assessment)
    for raw in (CHILD, NOTE, USER):  # no data goes into the HTML unescaped
        assert raw not in report.html
    assert "&lt;b&gt;Ida&lt;/b&gt;" in report.html and "&lt;span style=" in report.html
    pdf = tmp_path / "report.pdf"
    write_pdf(report.html, pdf, title=report.title)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "<b>Ida</b>" in text and "skjult" in text  # the hidden word prints too


def test_class_list_preview_quotes_values_literally(qtbot, hostile, tmp_path: Path) -> None:
    from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog

    s, _ = hostile
    window = _window(qtbot, s)
    csv = tmp_path / "<b>liste.csv"
    csv.write_text(
        f"name,birth_date,group\n{CHILD},1.2.2021,{GROUP}\n{CHILD} 2,1.2.2099,{GROUP}\n",
        encoding="utf-8",
    )
    window.launcher.import_class_list(str(csv))
    dialog = _dialog(qtbot, window, ClassListDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.tabs.setCurrentIndex(0)
    assert_plain(dialog, CHILD, GROUP)
    assert "<b>liste.csv" in dialog.windowTitle()
    _close(qtbot, window, dialog)
    window.close()


def test_settings_first_run_and_passphrase_dialogues(qtbot, hostile, tmp_path: Path) -> None:
    from forebyg_desktop.ui.settings.first_run_dialog import FirstRunDialog
    from forebyg_desktop.ui.settings.settings_dialog import SettingsDialog

    s, _ = hostile
    window = _window(qtbot, s)
    settings = SettingsDialog(window, change_passphrase=window.launcher.change_passphrase)
    qtbot.addWidget(settings)
    settings.show()
    assert_plain(settings)
    dialog = window.launcher.change_passphrase(settings)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClicks(dialog.new, USER)
    assert_plain(dialog)
    dialog.reject()
    settings.reject()
    first = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.user, USER)
    qtbot.keyClicks(first.passphrase, "Mette Hansen 2024")
    assert_plain(first)
    window.close()


def test_chronology_tooltips_show_notes_literally(qtbot, hostile) -> None:
    """Tooltips are rich text when they look like it: a note must not render there."""
    s, ida = hostile
    window = _window(qtbot, s)
    _open_child(qtbot, window, ida)
    model = window.child_page.model
    tips = [
        model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert any("&lt;span" in (t or "") for t in tips)
    assert not any(_hostile(t or "") for t in tips)
    window.close()
