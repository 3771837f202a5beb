"""Draw the app icon and the small lock icon into resources/icons/ (run once; files committed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

forebyg.png (256 px) and forebyg.ico (16-256 px, PNG entries) are the app icon:
a sprout with two leaves on a calm teal rounded square - something small that
is looked after early. lock.png (32 px) marks settings set by IT.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL_TOP, TEAL_BOTTOM = QColor("#2f8f83"), QColor("#1f6f66")
LEAF = QColor("#ffffff")


def _leaf(tip: QPointF, base: QPointF, bulge: float) -> QPainterPath:
    """A leaf from `base` to `tip`, curved to one side by `bulge`."""
    mid = (tip + base) / 2
    dx, dy = tip.x() - base.x(), tip.y() - base.y()
    normal = QPointF(-dy, dx) * bulge
    path = QPainterPath(base)
    path.quadTo(mid + normal, tip)
    path.quadTo(mid - normal * 0.25, base)
    return path


def app_icon(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0, TEAL_TOP)
    gradient.setColorAt(1, TEAL_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)
    # The stem, then two leaves; soft ground line below.
    p.setPen(QPen(LEAF, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    stem = QPainterPath(QPointF(128, 200))
    stem.cubicTo(QPointF(128, 170), QPointF(124, 140), QPointF(128, 112))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(stem)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(LEAF)
    p.drawPath(_leaf(QPointF(58, 74), QPointF(126, 126), 0.45))
    p.drawPath(_leaf(QPointF(204, 56), QPointF(130, 116), -0.45))
    p.setPen(QPen(QColor(255, 255, 255, 150), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(84, 204), QPointF(172, 204))
    p.end()
    return image


def lock_icon(size: int = 32) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 32, size / 32)
    color = QColor("#5a6470")
    p.setPen(QPen(color, 3.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(10, 4, 12, 16), 0, 180 * 16)
    p.drawLine(QPointF(10, 12), QPointF(10, 15))
    p.drawLine(QPointF(22, 12), QPointF(22, 15))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(16, 20.5), 2.2, 2.2)
    p.drawRect(QRectF(15.2, 21, 1.6, 4))
    p.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, images: list[QImage]) -> None:
    """An .ico with PNG-compressed entries (read by Windows Vista and later)."""
    pngs = [_png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.write_bytes(header + entries + b"".join(pngs))


def main() -> None:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    app_icon(256).save(str(OUT / "forebyg.png"))
    write_ico(OUT / "forebyg.ico", [app_icon(s) for s in ICO_SIZES])
    lock_icon(32).save(str(OUT / "lock.png"))
    for name in ("forebyg.png", "forebyg.ico", "lock.png"):
        print(OUT / name)


if __name__ == "__main__":
    main()
