"""The progression chart: a child's positions over time.

Joint positions are filled circles joined by a line; individual positions are
hollow squares, so the two are told apart by shape, not colour alone. The
scale's labels run down the left side, least worry at the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from forebyg_desktop.core.profile import WorryScale
from forebyg_desktop.ui.kit.i18n import current_language


@dataclass(frozen=True)
class ChartPoint:
    """One assessment on the chart."""

    day: date
    position: str
    joint: bool


class ProgressionChart(QWidget):
    """Paints positions over time for one child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale: WorryScale | None = None
        self._points: list[ChartPoint] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Progression of positions over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, 200)

    def set_data(self, scale: WorryScale, points: list[ChartPoint]) -> None:
        """Show `points` (any order) on `scale`; unknown positions are left out."""
        self._scale = scale
        self._points = sorted(
            (p for p in points if scale.position(p.position) is not None), key=lambda p: p.day
        )
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """A text version of the chart for screen readers."""
        if not self._points or self._scale is None:
            return self.tr("No assessments yet.")
        lang = current_language()
        parts = []
        for p in self._points:
            label = self._scale.position(p.position).label.get(lang)  # type: ignore[union-attr]
            kind = self.tr("joint") if p.joint else self.tr("individual")
            parts.append(f"{p.day.isoformat()}: {label} ({kind})")
        return "; ".join(parts)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self._scale is None:
            return
        positions = self._scale.positions
        lang = current_language()
        metrics = painter.fontMetrics()
        left = max(metrics.horizontalAdvance(p.label.get(lang)) for p in positions) + 16
        plot = QRectF(left, 10, max(10, self.width() - left - 16), max(10, self.height() - 36))
        step = plot.height() / max(1, len(positions) - 1)

        def y_of(key: str) -> float:
            return plot.top() + self._scale.rank(key) * step  # type: ignore[union-attr]

        for i, pos in enumerate(positions):
            y = plot.top() + i * step
            painter.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y - 10, left - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                pos.label.get(lang),
            )
        if not self._points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No assessments yet."))
            return
        first, last = self._points[0].day, self._points[-1].day
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + (day - first).days / span * plot.width()

        joint = [p for p in self._points if p.joint]
        if len(joint) > 1:
            path = QPainterPath(QPointF(x_of(joint[0].day), y_of(joint[0].position)))
            for p in joint[1:]:
                path.lineTo(QPointF(x_of(p.day), y_of(p.position)))
            painter.setPen(QPen(self.palette().text().color(), 2))
            painter.drawPath(path)
        for p in self._points:
            colour = QColor(self._scale.position(p.position).colour)  # type: ignore[union-attr]
            centre = QPointF(x_of(p.day), y_of(p.position))
            painter.setPen(QPen(QColor("#202020"), 1.5))
            if p.joint:
                painter.setBrush(QBrush(colour))
                painter.drawEllipse(centre, 6, 6)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(colour.darker(130), 2))
                painter.drawRect(QRectF(centre.x() - 4, centre.y() - 4, 8, 8))
        painter.setPen(self.palette().text().color())
        loc = self.locale()
        painter.drawText(QPointF(plot.left(), self.height() - 6), loc.toString(first, "dd.MM.yyyy"))
        end = loc.toString(last, "dd.MM.yyyy")
        painter.drawText(
            QPointF(plot.right() - metrics.horizontalAdvance(end), self.height() - 6), end
        )
