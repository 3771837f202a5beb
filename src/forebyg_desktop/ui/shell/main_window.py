"""The main window: the group overview, follow-ups, the child page, and the lock.

It holds two helper objects: `launcher` (DialogLauncher) opens the dialogues
and exports its menus and the child page ask for, and `sync_panel` (SyncPanel)
shows and runs the sync. Both use only what the window declares here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.lock.lock_controller import LockController
from forebyg_desktop.ui.lock.lock_screen import LockScreen
from forebyg_desktop.ui.settings.settings_dialog import saved_lock_minutes
from forebyg_desktop.ui.shell.dialog_launcher import DialogLauncher
from forebyg_desktop.ui.shell.sync_panel import SyncPanel, sync_session_opener

if TYPE_CHECKING:
    from collections.abc import Callable

    from forebyg_desktop.services.session import Session
    from forebyg_desktop.store.changed import Changed
    from forebyg_desktop.ui.child.child_view import ChildView
    from forebyg_desktop.ui.overview.follow_up_view import FollowUpView
    from forebyg_desktop.ui.overview.overview_view import OverviewView

# What the window needs once the store is open. Importing these (and the
# store layer under them) takes longer than showing the locked window, so a
# normal start shows the window first and imports them on the store thread
# while the user types the passphrase; Python then finds them already loaded.
_PRELOAD = (
    "forebyg_desktop.services.session",
    "forebyg_desktop.services.overview.overview_service",
    "forebyg_desktop.services.child.chronology_service",
    "forebyg_desktop.ui.overview.overview_view",
    "forebyg_desktop.ui.overview.follow_up_view",
    "forebyg_desktop.ui.child.child_view",
    "forebyg_desktop.ui.team_sync.sync_controller",
    "forebyg_desktop.ui.team_sync.sync_problems_view",
)


PRELOAD_DELAY_MS = 100


def _preload() -> None:
    import importlib

    for name in _PRELOAD:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """Everything a user works in, behind the lock screen.

    `MainWindow(session)` starts unlocked on an open session. `MainWindow(data_dir=...)`
    starts locked: the lock screen asks for the passphrase and opens the store
    off the GUI thread, then the overview is built and filled.
    """

    def __init__(
        self,
        session: Session | None = None,
        *,
        data_dir: Path | None = None,
        lock_minutes: float | None = None,
        sync_opener: Callable[[], Session] | None = None,
    ) -> None:
        super().__init__()
        if session is None and data_dir is None:
            raise ValueError("MainWindow needs a session or the data folder to open")
        self.session: Session | None = None
        self._data_dir = data_dir
        self._opened: Session | None = None
        self.worker = StoreWorker(self)
        self.setWindowTitle(self.tr("Forebyg Desktop"))
        self.resize(1280, 720)

        self.lock_screen = LockScreen(self._open_store, self, run=self.worker.submit)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        # The working pages, built once the store is open (`_attach`).
        self.tabs: QTabWidget | None = None
        self.overview: OverviewView
        self.follow_up: FollowUpView
        self.child_page: ChildView
        self._page_before_lock: QWidget | None = None
        # What the overview last showed: the groups, and each child's name by id.
        self.groups: list[str] = []
        self.child_names: dict[str, str] = {}
        self._follow_up_children: dict[str, str] = {}
        self._hidden_windows: list[QWidget] = []

        self.launcher = DialogLauncher(self)
        self.sync_panel = SyncPanel(self, sync_opener)
        minutes = saved_lock_minutes() if lock_minutes is None else lock_minutes
        self.lock = LockController(self, minutes=minutes)
        self.lock.lock_requested.connect(self._lock)
        self.lock_screen.unlocked.connect(self._unlock)
        self._build_menu()
        self._build_children_menu()
        self.status = plain_label("", self)  # the user's name
        self.statusBar().addPermanentWidget(self.status)
        if session is not None:
            self._attach(session)
        else:
            self.lock_screen.set_texts(
                self.tr("Welcome to Forebyg"),
                self.tr("Enter your passphrase to open your records."),
            )
            self.lock.lock_now()
            # Preload once the window is on screen: started earlier, it slows the first paint.
            self._preload_pending = True

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        if getattr(self, "_preload_pending", False):
            self._preload_pending = False
            QTimer.singleShot(
                PRELOAD_DELAY_MS, lambda: self.worker.submit(_preload, lambda _: None)
            )

    def _open_store(self, passphrase: str) -> bool:
        """Runs on the store thread: open the store (key derivation and all)."""
        from forebyg_desktop.services.session import open_session
        from forebyg_desktop.store.errors import WrongPassphrase

        assert self._data_dir is not None
        try:
            self._opened = open_session(self._data_dir, passphrase)
        except WrongPassphrase:
            return False
        self.sync_panel.set_opener(sync_session_opener(self._data_dir, passphrase))
        return True

    def _attach(self, session: Session) -> None:
        """Build the working pages for an open session and load the overview."""
        from forebyg_desktop.services.session import verify_passphrase
        from forebyg_desktop.ui.child.child_view import ChildView
        from forebyg_desktop.ui.overview.follow_up_view import FollowUpView
        from forebyg_desktop.ui.overview.overview_view import OverviewView

        self.session = session
        self.tabs = QTabWidget(self)
        self.overview = OverviewView(self.tabs)
        self.follow_up = FollowUpView(self.tabs)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.follow_up, self.tr("&Follow-ups"))
        self.child_page = ChildView(session.profile, self)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.child_page)
        self._page_before_lock = self.tabs
        self.pages.setCurrentWidget(self.tabs)
        self.lock_screen.set_check(lambda text: verify_passphrase(session, text))
        self.lock_screen.set_texts(
            self.tr("Forebyg is locked"), self.tr("Enter your passphrase to continue.")
        )

        self.overview.child_activated.connect(self.open_child)
        self.follow_up.plan_activated.connect(self._open_plan_child)
        self.child_page.back_requested.connect(self.show_overview)
        launcher = self.launcher
        self.child_page.report_requested.connect(launcher.export_report)
        self.child_page.assessment_requested.connect(launcher.new_assessment)
        self.child_page.plan_requested.connect(launcher.new_plan)
        self.child_page.evaluation_requested.connect(launcher.evaluate_plan)
        self.child_page.correction_requested.connect(launcher.correct_assessment)
        self.child_page.handover_requested.connect(launcher.handover)
        launcher.children.attach()
        self.sync_panel.attach()
        self.sync_panel.records_changed.connect(self.refresh_changed)
        profile = session.profile.name.get(current_language())
        self.status.setText(
            self.tr("{user} — {profile}").format(user=session.user, profile=profile)
        )
        self.refresh()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        blank = QAction(self.tr("&Lock and blank the screen"), self)
        blank.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence(Qt.Key.Key_Pause)])
        blank.triggered.connect(self.lock.lock_now)
        menu.addAction(blank)
        team = QAction(self.tr("Sync &team…"), self)
        team.triggered.connect(self.launcher.team)
        menu.addAction(team)
        receive = QAction(self.tr("Re&ceive a handover or receipt…"), self)
        receive.triggered.connect(self.launcher.import_handover)
        menu.addAction(receive)
        key = QAction(self.tr("&Institution key for handovers…"), self)
        key.triggered.connect(self.launcher.institution_key)
        menu.addAction(key)
        menu.addSeparator()
        prefs = QAction(self.tr("&Settings…"), self)
        prefs.triggered.connect(self.launcher.open_settings)
        menu.addAction(prefs)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _build_children_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Children"))
        add = QAction(self.tr("&Add a child…"), self)
        add.setShortcut(QKeySequence.StandardKey.New)
        add.triggered.connect(self.launcher.add_child)
        menu.addAction(add)
        imp = QAction(self.tr("&Import a class list…"), self)
        imp.triggered.connect(lambda: self.launcher.import_class_list())
        menu.addAction(imp)
        self.launcher.children.add_actions(menu)

    # -- data --------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the overview and the follow-ups off the GUI thread."""
        s = self.session
        if s is None:
            return
        today = date.today()
        self.statusBar().showMessage(self.tr("Loading…"))

        def load() -> tuple:
            from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows

            return overview_rows(s, today=today), follow_ups(s, today=today)

        self.worker.submit(load, lambda result: self._show_rows(result, today), self.show_error)

    def _show_rows(self, result: tuple, today: date) -> None:
        rows, due = result
        self.child_names = {r.child_id: r.name for r in rows}
        self.groups = sorted({r.group for r in rows if r.group}, key=str.casefold)
        self.overview.set_rows(rows, self.session.profile, today)
        self.follow_up.set_rows(due, self.session.profile, today)
        self._follow_up_children = {r.plan_id: r.child_id for r in due}
        if self.statusBar().currentMessage() == self.tr("Loading…"):
            self.statusBar().clearMessage()  # but keep news that came meanwhile
        self.sync_panel.start()

    def refresh_changed(self, elsewhere: Changed | None = None) -> None:
        """Refresh only what the store's writes since the last call changed, and
        `elsewhere`: what the sync's own connection imported.

        The write -> changed -> refresh path (docs/architecture.md): those
        children's overview rows, their page if it is on screen, and the
        follow-ups if plans may differ. Too much to list, or a new day (ages
        and "overdue" move), reloads everything.
        """
        s = self.session
        if s is None:
            return
        today = date.today()
        new_day = today != self.overview.proxy.today

        def load() -> tuple:
            from forebyg_desktop.services.overview.overview_service import follow_ups, overview_rows

            changed = s.store.take_changed()
            if elsewhere is not None:
                changed |= elsewhere
            if not changed or changed.everything or new_day:
                return changed, None, None
            rows = overview_rows(s, today=today, child_ids=changed.children)
            return changed, rows, follow_ups(s, today=today) if changed.follow_ups else None

        self.worker.submit(load, lambda result: self._show_changed(result, today), self.show_error)

    def _show_changed(self, result: tuple, today: date) -> None:
        changed, rows, due = result
        if not changed:
            return
        shown = self._child_on_screen()
        if shown is not None and (changed.everything or shown in changed.children):
            self.open_child(shown)
        kept = {r.child_id for r in rows} if rows is not None else set()
        gone = [c for c in changed.children if c not in kept and self.overview.has_child(c)]
        if rows is None or gone:  # a child left the overview: reload it whole (rare)
            self.refresh()
            return
        self.overview.update_rows(rows)
        self.child_names.update((r.child_id, r.name) for r in rows)
        self.groups = sorted(
            set(self.groups) | {r.group for r in rows if r.group}, key=str.casefold
        )
        if due is not None:
            self.follow_up.set_rows(due, self.session.profile, today)
            self._follow_up_children = {r.plan_id: r.child_id for r in due}

    def _child_on_screen(self) -> str | None:
        """The id of the child whose page is shown (or will be, once unlocked)."""
        page = self._page_before_lock if self.is_locked else self.pages.currentWidget()
        child = self.child_page.child if page is self.child_page else None
        return child["id"] if child else None

    def open_child(self, child_id: str) -> None:
        """Show the child's page (the opening is audited by the service)."""
        s = self.session

        def load() -> tuple:
            from forebyg_desktop.services.child.chronology_service import chronology

            return chronology(s, child_id)

        self.worker.submit(load, self._show_child, self.show_error)

    def _open_plan_child(self, plan_id: str) -> None:
        child_id = self._follow_up_children.get(plan_id)
        if child_id:
            self.open_child(child_id)

    def _show_child(self, result: tuple) -> None:
        child, entries = result
        self.child_page.show_child(child, entries)
        if self.is_locked:  # it arrived after the lock: shown only once unlocked
            self._page_before_lock = self.child_page
            return
        self.pages.setCurrentWidget(self.child_page)

    def show_overview(self) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.overview.focus_search()

    def show_error(self, message: str) -> None:
        """A job that failed: its one translated line in the status bar."""
        self.statusBar().showMessage(message)

    # -- lock ----------------------------------------------------------------------

    def _lock(self) -> None:
        current = self.pages.currentWidget()
        if current is not self.lock_screen:
            self._page_before_lock = current
            # Open dialogues show a child's record too: hide them, untouched,
            # until the passphrase is given again.
            self._hidden_windows = [
                w
                for w in QApplication.topLevelWidgets()
                if w is not self and w.isVisible() and w.window() is not self
            ]
            for w in self._hidden_windows:
                w.hide()
        self.pages.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()

    def _unlock(self) -> None:
        if self.session is None:
            opened, self._opened = self._opened, None
            assert opened is not None
            self._attach(opened)
        self.pages.setCurrentWidget(self._page_before_lock)
        self.menuBar().setEnabled(True)
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        self.lock.unlocked()

    @property
    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def keep_behind_lock(self, window: QWidget) -> None:
        """A window that opened while locked waits hidden until the passphrase is given."""
        window.hide()
        self._hidden_windows.append(window)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        dialog = self.launcher.active_dialog
        if dialog is not None and dialog.isVisible():
            # Quitting with a dialogue open: it saves what was typed first, then
            # the window closes (a failed save keeps both open, with the reason).
            dialog.finished.connect(lambda _: self.close())
            dialog.reject()
            if dialog.isVisible():
                event.ignore()
                return
        self.sync_panel.stop()  # an overview that loads after this starts no sync
        self.worker.stop()
        super().closeEvent(event)
