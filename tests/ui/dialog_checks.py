"""Checks the dialog tests share: keyboard reach, mnemonics, which thread runs SQL, refusals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
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


def assert_layout_fits(module: str, out_dir, scale: str, keys: tuple[str, ...]) -> None:
    """Run a layout probe module (see tests/ui/layout_probe.py) in its own process.

    A separate process, because QT_SCALE_FACTOR only takes effect at start. Every
    dialogue state it reports (`keys`) must fit with nothing cut off, and its
    screenshots must exist.
    """
    import json
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "-m", module, str(out_dir), scale, "da"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    for key in keys:
        assert report[key]["problems"] == [], key
        assert all(Path(p).stat().st_size > 0 for p in report[key]["shots"])


def refusal(qtbot, worker, fn) -> str:  # noqa: ANN001
    """What the GUI is told when `fn`, run on the store worker, is refused."""
    errors: list[str] = []
    worker.submit(fn, lambda result: pytest.fail(f"not refused: {result!r}"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    return errors[0]
