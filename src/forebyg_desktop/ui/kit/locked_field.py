"""Showing a setting that the IT department fixed in the site configuration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from forebyg_desktop import paths


def locked_tooltip() -> str:
    return QCoreApplication.translate("LockedField", "Set by your IT department")


def with_lock(field: QWidget, locked: bool, parent: QWidget) -> QWidget:
    """`field` alone, or disabled beside a lock icon whose tooltip says IT set it."""
    if not locked:
        return field
    field.setEnabled(False)
    field.setToolTip(locked_tooltip())
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    icon = QLabel(row)
    icon.setObjectName("lockIcon")
    pixmap = QPixmap(str(paths.resources_dir() / "icons" / "lock.png"))
    if pixmap.isNull():  # the icon file is missing: say it in words instead
        icon.setText(locked_tooltip())
    else:
        icon.setPixmap(pixmap.scaledToHeight(16))
    icon.setToolTip(locked_tooltip())
    icon.setAccessibleName(locked_tooltip())
    layout.addWidget(icon)
    return row
