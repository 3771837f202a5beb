"""An item delegate painting the position column as labelled chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from forebyg_desktop.ui.kit.position_chip import ChipSpec, chip_size, paint_chip

_Index = QModelIndex | QPersistentModelIndex


class PositionChipDelegate(QStyledItemDelegate):
    """Paints the ChipSpec found under `chip_role`; other cells as usual.

    The cell background (selection, focus, alternating rows) is drawn by the
    style first, so selected rows still look selected around the chip.
    """

    def __init__(self, chip_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chip_role = chip_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spec = index.data(self._chip_role)
        if not isinstance(spec, ChipSpec):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = type(opt.icon)()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = option.rect.adjusted(margin + 2, 2, -margin, -2)
        paint_chip(painter, rect, spec, option.font, option.palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        spec = index.data(self._chip_role)
        base = super().sizeHint(option, index)
        if not isinstance(spec, ChipSpec):
            return base
        want = chip_size(spec, option.fontMetrics)
        return QSize(max(base.width(), want.width() + 12), max(base.height(), want.height() + 4))
