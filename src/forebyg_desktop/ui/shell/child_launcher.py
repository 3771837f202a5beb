"""What the Children menu, the overview and the child page open about registered
children: correcting, moving, archiving, the archived list and class lists.

A helper object of the launcher (`window.launcher.children`); dialogues open
through `DialogLauncher._open`, so the lock can hide them and the window
refreshes only what their writes changed (an archived child leaves the
overview; the child page shows it as archived).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from forebyg_desktop.ui.kit.dialog_parts import ask

if TYPE_CHECKING:
    from forebyg_desktop.ui.shell.dialog_launcher import DialogLauncher


class ChildLauncher(QObject):
    """Opens the dialogues that keep the register of children right."""

    def __init__(self, launcher: DialogLauncher) -> None:
        super().__init__(launcher)
        self.launcher = launcher
        self.window = launcher.window

    def add_actions(self, menu: QMenu) -> None:
        """The Children menu's entries for moving, archived children and class lists."""
        w = self.window
        move = QAction(self.tr("&Move to another group…"), w)
        move.triggered.connect(self.move_selected)
        archived = QAction(self.tr("A&rchived children…"), w)
        archived.triggered.connect(self.archived_children)
        menu.addActions([move, archived])

    def attach(self) -> None:
        """Connect the child page and the overview, once the working pages are built."""
        from forebyg_desktop.ui.overview.overview_selection import OverviewSelection

        w = self.window
        w.child_page.child_action_requested.connect(self.child_action)
        self.selection = OverviewSelection(w.overview)
        self.selection.move_requested.connect(self.move_selected)

    # --- the child on the page ------------------------------------------------------

    def child_action(self, action: str) -> None:
        """ "edit", "move", "archive" or "unarchive" the child on the page."""
        child = self.window.child_page.child
        if child is None or self.window.session is None:
            return
        if action == "edit":
            self.edit_child(child)
        elif action == "move":
            self.move({child["id"]: child["name"]})
        elif action == "archive":
            self.archive_child(child)
        elif action == "unarchive":
            self.unarchive_child(child)

    def edit_child(self, child: dict) -> None:
        """Correct the child's name, birth date or group."""
        from forebyg_desktop.ui.child.child_dialog import ChildDialog

        w = self.window
        self.launcher._open(
            ChildDialog(w.session, w.worker, groups=w.groups, child=child, parent=w)
        )

    def move_selected(self) -> None:
        """Move the child on the page, or the children selected in the overview."""
        from forebyg_desktop.ui.overview.overview_selection import selected_children

        w = self.window
        child = w.child_page.child if w.pages.currentWidget() is w.child_page else None
        chosen = {child["id"]: child["name"]} if child else selected_children(w.overview)
        if chosen:
            self.move(chosen)
        else:
            w.statusBar().showMessage(
                self.tr("Select the children to move in the overview first."), 8000
            )

    def move(self, names: dict[str, str]) -> None:
        from forebyg_desktop.ui.child.move_dialog import MoveChildrenDialog

        w = self.window
        if w.session is not None:
            self.launcher._open(
                MoveChildrenDialog(w.session, w.worker, names, groups=w.groups, parent=w)
            )

    def archive_child(self, child: dict) -> None:
        """Ask, saying what archiving means, then archive the child as of today."""
        from forebyg_desktop.services.child.child_edit_service import archive_child

        w, name = self.window, child["name"]
        if not ask(
            w,
            self.tr("Archive {name}?").format(name=name),
            self.tr("Archive {name} because the child has left?").format(name=name),
            self.tr(
                "An archived child is no longer in the overview or the follow-ups, and open "
                "action plans are no longer followed up. Everything recorded stays readable "
                "under Children → Archived children, where the child can be brought back. "
                "The retention rules delete the record later, counted from today. "
                "Colleagues in the team see the change after their next sync."
            ),
            self.tr("&Archive"),
            self.tr("&Cancel"),
        ):
            return
        self._write(lambda s: archive_child(s, child["id"]), self.tr("{name} is archived."), name)

    def unarchive_child(self, child: dict) -> None:
        """Bring the child back to the overview."""
        from forebyg_desktop.services.child.child_edit_service import unarchive_child

        self._write(
            lambda s: unarchive_child(s, child["id"]),
            self.tr("{name} is back in the overview."),
            child["name"],
        )

    def _write(self, job, done_text: str, name: str) -> None:  # noqa: ANN001
        w, s = self.window, self.window.session

        def done(_: object) -> None:
            w.refresh_changed()
            w.sync_panel.nudge()
            w.statusBar().showMessage(done_text.format(name=name), 10000)

        w.worker.submit(lambda: job(s), done, w.show_error)

    # --- the whole register -----------------------------------------------------------

    def archived_children(self) -> None:
        """The children who left: open one's page, or bring one back."""
        from forebyg_desktop.ui.child.archived_dialog import ArchivedChildrenDialog

        w = self.window
        if w.session is None:
            return
        dialog = ArchivedChildrenDialog(w.session, w.worker, parent=w)
        dialog.child_opened.connect(w.open_child)
        self.launcher._open(dialog)

    def import_class_list(self, path: str | None = None) -> None:
        """Preview a class list, then import it (every line or none)."""
        from forebyg_desktop.ui.child.class_list_dialog import ClassListDialog, file_filter

        w = self.window
        if w.session is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                w, self.tr("Import a class list"), str(Path.home()), file_filter()
            )
        if not path:
            return
        source = Path(path)
        dialog = ClassListDialog(w.session, w.worker, source, parent=w)

        def imported(result: object) -> None:
            added = len(getattr(result, "added", []))
            w.statusBar().showMessage(
                self.tr("%n children imported from {file}.", "", added).format(file=source.name),
                10000,
            )

        dialog.imported.connect(imported)
        self.launcher._open(dialog)
