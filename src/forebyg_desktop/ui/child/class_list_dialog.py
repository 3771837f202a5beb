"""Importing a class list: a preview of what will happen, then all of it or nothing.

The first job reads the file and sorts its lines (services/child/
child_import_service.py): the children to add, those registered already
(skipped, or moved to the listed group if the user ticks it) and every wrong
line with its number and what is wrong. Nothing is written until Import is
pressed, and Import stays off while any line is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forebyg_desktop.services.child.child_import_service import (
    ClassListPreview,
    ImportResult,
    apply_class_list,
    preview_class_list,
)
from forebyg_desktop.services.errors import ValidationFailed
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.child.child_dialog import shown_date
from forebyg_desktop.ui.kit.i18n import tr_message
from forebyg_desktop.ui.kit.plain_text import plain_label
from forebyg_desktop.ui.kit.store_worker import StoreWorker
from forebyg_desktop.ui.kit.worker_dialog import WorkerDialog


def file_filter() -> str:
    """What the file dialogue offers, saying which files are accepted."""
    return QCoreApplication.translate(
        "ClassListDialog",
        "Class list saved from Excel as CSV, semicolon or comma separated (*.csv *.txt)",
    )


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class ClassListDialog(WorkerDialog):
    """Preview and import the class list at `path`; emits `imported(result)`."""

    imported = Signal(object)  # an ImportResult

    def __init__(
        self, session: Session, worker: StoreWorker, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.path = path
        self.preview: ClassListPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a class list: {file}").format(file=path.name))
        outer = QVBoxLayout(self)
        outer.addWidget(self.problems)
        layout = self._scrolling_body(outer)
        self.summary = plain_label("", self.body, wrap=True)
        self.summary.setAccessibleName(self.tr("What the import will do"))
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self.body)
        line, name, born = self.tr("Line"), self.tr("Name"), self.tr("Born")
        self.new_table = _table(
            self.tabs, self.tr("Children to add"), [line, name, born, self.tr("Group")]
        )
        self.known_table = _table(
            self.tabs,
            self.tr("Children registered already"),
            [line, name, born, self.tr("Group now"), self.tr("Group in the list")],
        )
        self.bad_table = _table(
            self.tabs, self.tr("Lines to correct"), [line, self.tr("What is wrong")]
        )
        for table in (self.new_table, self.known_table, self.bad_table):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        self.move_groups = QCheckBox(self.body)
        self.move_groups.hide()
        self.move_groups.toggled.connect(lambda _: self._set_enabled())
        layout.addWidget(self.move_groups)
        self.ignored = plain_label("", self.body, wrap=True)
        self.ignored.hide()
        layout.addWidget(self.ignored)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._controls(self.import_button, self.cancel_button)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(self.status)
        outer.addWidget(buttons)
        self._finish_layout(760, 520)
        self.ready = False
        s = self.session
        self.run(
            lambda: preview_class_list(s, path),
            self._show_preview,
            self.tr("Reading {file}…").format(file=path.name),
            refused=self._refused_file,
        )

    # --- the preview ------------------------------------------------------------------

    def _refused_file(self, refusal: ValidationFailed) -> None:
        """The file as a whole cannot be imported (not text, no header, too large)."""
        self.summary.setText(
            self.tr("{file} cannot be imported. Nothing was imported.").format(file=self.path.name)
        )
        self.tabs.hide()
        self._show_refusal(refusal)
        self.cancel_button.setFocus()

    def _show_preview(self, preview: ClassListPreview) -> None:
        self.preview = preview
        self.ready = True
        where = f"{preview.file}:"
        _fill(
            self.new_table,
            [
                (str(n.line), n.child.name, n.child.birth_date.strftime("%d.%m.%Y"), n.child.group)
                for n in preview.new
            ],
        )
        _fill(
            self.known_table,
            [
                (
                    str(k.line),
                    k.name,
                    shown_date(k.birth_date),
                    k.group + (" " + self.tr("(archived)") if k.archived else ""),
                    k.listed_group,
                )
                for k in preview.known
            ],
        )
        _fill(
            self.bad_table,
            [(p.where.removeprefix(where), tr_message(p.message)) for p in preview.bad],
        )
        counts = (len(preview.new), len(preview.known), len(preview.bad))
        for i, text in enumerate(
            (self.tr("To add ({count})"), self.tr("Registered already ({count})"))
            + (self.tr("Lines to correct ({count})"),)
        ):
            self.tabs.setTabText(i, text.format(count=counts[i]))
        moves = len(preview.moves)
        self.move_groups.setText(
            self.tr("&Move %n registered child(ren) to the group in the list", "", moves)
        )
        self.move_groups.setVisible(moves > 0 and not preview.bad)
        if preview.ignored_columns:
            self.ignored.setText(
                self.tr("These columns are not imported: {columns}").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
            self.ignored.show()
        self.summary.setText(self._summary_text(preview))
        self.tabs.setCurrentIndex(2 if preview.bad else 0)
        self._set_enabled()
        (self.bad_table if preview.bad else self.new_table).setFocus()
        if not preview.bad:
            self.import_button.setDefault(True)

    def _summary_text(self, preview: ClassListPreview) -> str:
        if preview.bad:
            return self.tr(
                "%n line(s) in the file must be corrected before anything can be imported. "
                "Correct them in the spreadsheet, save it again and import it again; "
                "nothing has been imported.",
                "",
                len(preview.bad),
            )
        parts = [self.tr("%n child(ren) will be added.", "", len(preview.new))]
        if preview.known:
            parts.append(
                self.tr(
                    "%n child(ren) are registered already and are skipped.", "", len(preview.known)
                )
            )
        if not preview.new and not preview.moves:
            parts.append(self.tr("There is nothing new to import."))
        return " ".join(parts)

    # --- importing --------------------------------------------------------------------

    def _can_submit(self) -> bool:
        p = self.preview
        if p is None or p.bad:
            return False
        return bool(p.new) or (bool(p.moves) and self.move_groups.isChecked())

    def submit(self) -> None:
        """Write the new children (and the moves asked for) in one transaction."""
        if not self._can_submit():
            return
        s, preview, move = self.session, self.preview, self.move_groups.isChecked()
        self.run(
            lambda: apply_class_list(s, preview, move_groups=move),
            self._done,
            self.tr("Importing…"),
            refused=self._show_refusal,
        )

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.imported.emit(result)
        self.accept()
