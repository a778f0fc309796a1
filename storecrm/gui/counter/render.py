"""A ticket drawn as a thermal printer prints it: one dot a pixel on a head 384 (58 mm) or 576
(80 mm) dots wide, the standard 12 × 24 font (a Chinese character 24 × 24) in the bundled
font, double width and height, bold, QR codes and barcodes from their modules. The test
print's preview shows it; the tests and screenshots render what the till sent as ESC/POS."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from storecrm.gui.printing import cjk_family
from storecrm.hardware.ticket import (
    Align,
    Barcode,
    Cut,
    Drawer,
    Feed,
    Qr,
    Text,
    Ticket,
    char_width,
    width,
)
from storecrm.reports.codes import code128_bars, qr_matrix

CELL_W, CELL_H, LINE_GAP = 12, 24, 6  # the standard font and the default line spacing
MARGIN = 8  # paper beside the printable width


def _height(ticket: Ticket) -> int:
    height = MARGIN
    for item in ticket.items:
        if isinstance(item, Text):
            height += CELL_H * (2 if item.tall else 1) + LINE_GAP
        elif isinstance(item, Qr):
            height += (len(qr_matrix(item.data)) + 8) * item.size + LINE_GAP
        elif isinstance(item, Barcode):
            height += item.height + CELL_H + 2 * LINE_GAP
        elif isinstance(item, Feed):
            height += item.lines * (CELL_H + LINE_GAP)
        elif isinstance(item, Cut | Drawer):
            height += CELL_H
    return height + MARGIN


def render(ticket: Ticket) -> QImage:
    dots = ticket.columns * CELL_W
    image = QImage(dots + 2 * MARGIN, _height(ticket), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    y = MARGIN
    for item in ticket.items:
        if isinstance(item, Text):
            y = _text(painter, item, ticket.columns, y)
        elif isinstance(item, Qr):
            y = _qr(painter, item, dots, y)
        elif isinstance(item, Barcode):
            y = _barcode(painter, item, dots, y)
        elif isinstance(item, Feed):
            y += item.lines * (CELL_H + LINE_GAP)
        elif isinstance(item, Cut):
            pen = QPen(QColor("#9CA3AF"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(0, y + CELL_H // 2, image.width(), y + CELL_H // 2)
            y += CELL_H
        elif isinstance(item, Drawer):
            y += CELL_H  # nothing printed: the drawer opens
    painter.end()
    return image


def _text(painter: QPainter, item: Text, columns: int, y: int) -> int:
    scale_x = 2 if item.wide else 1
    scale_y = 2 if item.tall else 1
    used = width(item.text) * scale_x
    x = MARGIN
    if item.align is Align.CENTER:
        x += (columns - used) * CELL_W // 2
    elif item.align is Align.RIGHT:
        x += (columns - used) * CELL_W
    font = QFont(cjk_family())
    font.setPixelSize(22)
    font.setBold(item.bold)
    painter.setFont(font)
    painter.setPen(QColor("#111827"))
    painter.save()
    painter.translate(x, y)
    painter.scale(scale_x, scale_y)
    metrics = painter.fontMetrics()
    column = 0
    for char in item.text:
        cells = char_width(char)
        room = cells * CELL_W
        advance = metrics.horizontalAdvance(char)
        painter.save()
        painter.translate(column * CELL_W, 0)
        if advance > room:  # a wide letter (m, W) is narrowed into its cell, as on the printer
            painter.scale(room / advance, 1)
            room = advance
        painter.drawText(QRectF(0, 0, room, CELL_H), int(Qt.AlignmentFlag.AlignCenter), char)
        painter.restore()
        column += cells
    painter.restore()
    return y + CELL_H * scale_y + LINE_GAP


def _qr(painter: QPainter, item: Qr, dots: int, y: int) -> int:
    matrix = qr_matrix(item.data)
    size = item.size
    side = (len(matrix) + 8) * size  # four modules of quiet zone each side
    left = MARGIN + (dots - side) // 2 + 4 * size
    top = y + 4 * size
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(left + c * size, top + r * size, size, size, QColor("#000000"))
    return y + side + LINE_GAP


def _barcode(painter: QPainter, item: Barcode, dots: int, y: int) -> int:
    bars = code128_bars(item.data)
    module = 2
    total = sum(w for _, w in bars) * module
    x = MARGIN + max(0, (dots - total) // 2)
    for dark, w in bars:
        if dark:
            painter.fillRect(x, y, w * module, item.height, QColor("#000000"))
        x += w * module
    font = QFont(cjk_family())
    font.setPixelSize(20)
    painter.setFont(font)
    painter.drawText(
        QRectF(MARGIN, y + item.height + 2, dots, CELL_H),
        int(Qt.AlignmentFlag.AlignHCenter),
        item.data,
    )
    return y + item.height + CELL_H + 2 * LINE_GAP


__all__ = ["render"]
