"""Saving a report (HTML from `services.reports.report_content`) as PDF, and printing it.

Both lay the HTML out on A4 pages with 15 mm margins and draw a footer with the
document's title and "Page n of N" on every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from forebyg_desktop.atomic_file import write_atomic

MARGIN_MM = 15
RESOLUTION_DPI = 300
BODY_PT = 10.0
FOOTER_PT = 8.0
KEEP_WITH_NEXT = 0.12  # a heading needs this share of a page below it
FONT_FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "Segoe UI"]


def _font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def _layout(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def _layout_dpi() -> float:
    """Pixels per inch of a QTextDocument laid out without a paint device."""
    probe = QFont()
    probe.setPointSizeF(72)
    return float(QFontInfo(probe).pixelSize()) or 96.0


def _keep_headings_with_text(doc: QTextDocument, page_height: float) -> None:
    """Move a heading that would end up at the foot of a page to the next page."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() >= 2:
            top = layout.blockBoundingRect(block).top()
            left_on_page = page_height - top % page_height
            if left_on_page < page_height * KEEP_WITH_NEXT and top % page_height > 1:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _paint(html: str, device: QPagedPaintDevice, title: str) -> int:
    """Lay `html` out on `device`'s pages with a footer; returns the page count.

    The document is laid out at the default resolution (so the margins and
    padding in the HTML keep their size) and scaled to the device.
    """
    doc = QTextDocument()
    doc.setDefaultFont(_font(BODY_PT))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start drawing the document.")
    try:
        dpi = device.logicalDpiX()
        area = device.pageLayout().paintRectPixels(dpi)
        footer_font = _font(FOOTER_PT)
        metrics = QFontMetricsF(footer_font, device)
        line = metrics.height()
        scale = dpi / _layout_dpi()
        page = QSizeF(area.width() / scale, (area.height() - line * 2.5) / scale)
        doc.setPageSize(page)
        _keep_headings_with_text(doc, page.height())
        pages = doc.pageCount()
        template = QCoreApplication.translate("Report", "Page {page} of {pages}")
        for n in range(pages):
            if n:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -n * page.height())
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, n * page.height(), page.width(), page.height())
            painter.setClipRect(ctx.clip)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()

            top = area.height() - line * 1.4
            painter.setPen(QPen(Qt.GlobalColor.gray, dpi / 144))
            painter.drawLine(QPointF(0, top - line * 0.4), QPointF(area.width(), top - line * 0.4))
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            box = QRectF(0, top, area.width(), line * 1.2)
            elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, area.width() * 0.7)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), elided)
            number = template.format(page=n + 1, pages=pages)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), number)
        return pages
    finally:
        painter.end()


def pdf_bytes(html: str, *, title: str) -> bytes:
    """The document as PDF (A4, 15 mm margins, 300 dpi)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Forebyg Desktop")
    _layout(writer)
    _paint(html, writer, title)
    del writer  # flushes the last page into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, path: Path, *, title: str) -> None:
    """Save the document as PDF at `path`, atomically (never a half-written file).

    The file is private to the user (mode 0600): it holds a child's data.
    """
    write_atomic(path, pdf_bytes(html, title=title))


def print_document(html: str, parent: QWidget | None, *, title: str = "") -> bool:
    """Ask for a printer and print the document; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    _layout(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _paint(html, printer, title)
    return True
