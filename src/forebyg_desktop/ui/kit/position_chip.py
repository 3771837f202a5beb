"""Worry-scale positions drawn as coloured, labelled chips.

Colour never carries the meaning alone: a chip always shows the position's
symbol and its label in the UI language, and its text colour is black or white,
whichever contrasts more with the position's colour (WCAG contrast ratio).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from forebyg_desktop.core.profile import Position
from forebyg_desktop.ui.kit.i18n import current_language
from forebyg_desktop.ui.kit.plain_text import plain_tooltip

NO_POSITION_SYMBOL = "–"
H_PADDING = 6  # px left and right of the text inside a chip
V_PADDING = 1  # px above and below the text


@dataclass(frozen=True, slots=True)
class ChipSpec:
    """What a chip shows: a symbol and a label on a background colour.

    `background` is None for "no position yet", drawn as an outlined chip in
    the palette's text colour.
    """

    key: str | None
    symbol: str
    label: str
    background: QColor | None

    @property
    def text(self) -> str:
        """The symbol and the label, as shown and as read by screen readers.

        A label that already starts with its symbol ("10 – safe enough") is
        not prefixed twice.
        """
        if not self.symbol or self.label.startswith(self.symbol):
            return self.label
        return f"{self.symbol} {self.label}"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 .. 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def text_colour_for(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with `background`."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return (
        black if contrast_ratio(background, black) >= contrast_ratio(background, white) else white
    )


def no_position_label() -> str:
    """The label of a child without a position yet, in the UI language."""
    return QCoreApplication.translate("PositionChip", "No position yet")


def chip_for(position: Position | None, key: str | None = None) -> ChipSpec:
    """The chip for `position` in the UI language.

    A key the profile does not know (a record made under another profile
    version) is shown as the key itself on grey, so it is never hidden.
    """
    if position is not None:
        return ChipSpec(
            position.key,
            position.symbol,
            position.label.get(current_language()),
            QColor(position.colour),
        )
    if key:
        return ChipSpec(key, "?", key, QColor("#9E9E9E"))
    return ChipSpec(None, NO_POSITION_SYMBOL, no_position_label(), None)


def chip_size(spec: ChipSpec, metrics: QFontMetrics) -> QSize:
    """The size a chip needs to show its whole text in a font with `metrics`."""
    return QSize(
        metrics.horizontalAdvance(spec.text) + 2 * H_PADDING + 2,
        metrics.height() + 2 * V_PADDING + 2,
    )


def paint_chip(
    painter: QPainter,
    rect: QRect,
    spec: ChipSpec,
    font: QFont,
    palette: QPalette,
    *,
    align_left: bool = True,
) -> None:
    """Paint `spec` as a rounded chip inside `rect` (text elided if it must be)."""
    metrics = QFontMetrics(font)
    want = chip_size(spec, metrics)
    width = min(want.width(), rect.width())
    height = min(want.height(), rect.height())
    x = rect.left() if align_left else rect.left() + (rect.width() - width) // 2
    y = rect.top() + (rect.height() - height) // 2
    box = QRectF(x + 0.5, y + 0.5, width - 1, height - 1)
    radius = height / 2.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    if spec.background is not None:
        painter.setPen(QPen(spec.background.darker(135), 1))
        painter.setBrush(spec.background)
        fg = text_colour_for(spec.background)
    else:
        fg = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(fg, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, radius, radius)
    painter.setPen(fg)
    inner = QRect(x + H_PADDING + 1, y, max(0, width - 2 * H_PADDING - 2), height)
    text = spec.text
    if width < want.width():  # only a too narrow cell elides; rounding never does
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
    painter.restore()


def _swatch(colour: str | None, symbol: str, size: int, text_rgb: str) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    if colour is not None:
        bg = QColor(colour)
        painter.setPen(QPen(bg.darker(135), 1))
        painter.setBrush(bg)
        fg = text_colour_for(bg)
    else:
        fg = QColor(text_rgb)
        painter.setPen(QPen(fg, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, size / 4.0, size / 4.0)
    font = QFont()
    font.setPixelSize(max(6, int(size * 0.6)))
    painter.setFont(font)
    painter.setPen(fg)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), symbol)
    painter.end()
    return QIcon(pixmap)


def chip_icon(spec: ChipSpec, size: int = 16, palette: QPalette | None = None) -> QIcon:
    """A small square swatch with the symbol, for combo boxes and menus.

    Not cached here: icons must not outlive the QApplication, so callers keep
    the few they need.
    """
    text = (palette or QPalette()).color(QPalette.ColorRole.Text).name()
    colour = spec.background.name() if spec.background is not None else None
    return _swatch(colour, spec.symbol, size, text)


class ChipLabel(QWidget):
    """A position chip as a widget (symbol and label; colour never alone)."""

    def __init__(self, spec: ChipSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setAccessibleName(spec.text)
        self.setToolTip(plain_tooltip(spec.text))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.spec.text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return chip_size(self.spec, self.fontMetrics())

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        painter = QPainter(self)
        paint_chip(painter, self.rect(), self.spec, self.font(), self.palette())
        painter.end()
