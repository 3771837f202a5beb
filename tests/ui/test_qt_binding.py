"""The Qt binding in use does not leak references (PySide6 6.12.0 does on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_references(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    # A leaking binding loses one reference per call and aborts the app later.
    assert before - sys.getrefcount(None) < 100
