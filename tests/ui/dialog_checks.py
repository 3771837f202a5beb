"""Checks the dialog tests share: keyboard reach, mnemonics, and which thread runs SQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
)

INPUTS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTableWidget)


def mnemonics(widget) -> list[str]:
    texts = [w.text() for cls in (QAbstractButton, QLabel) for w in widget.findChildren(cls)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if t]
    return [k for k in keys if k]


def tab_chain(qtbot, dialog: QDialog, first) -> list:
    """The widgets Tab visits from `first` until it comes back (at most 300 presses)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first and len(seen) > 1:
            break
        if now not in seen:
            seen.append(now)
    return seen


def focusable_inputs(dialog: QDialog) -> list:
    return [
        w
        for cls in INPUTS
        for w in dialog.findChildren(cls)
        if w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and w.window() is dialog
    ]


@contextmanager
def sql_threads(*sessions) -> Iterator[set[int]]:
    """The ids of the threads that run SQL on the sessions' stores meanwhile."""
    threads: set[int] = set()
    conns = [s.store.db.conn for s in sessions]
    for conn in conns:
        conn.set_trace_callback(lambda _sql: threads.add(threading.get_ident()))
    try:
        yield threads
    finally:
        for conn in conns:
            conn.set_trace_callback(None)
