"""Member cards (会员卡) and card stickers: the store's name, the member's name and tier, the card
number as a Code128 barcode (a scanner at the till types it) and as a QR code (a phone camera
reads it).

- ``card_ticket``: a card sticker on the counter's ESC/POS printer (a label or receipt roll);
- ``cards_pdf``: A4 sheets of ISO-size cards (85.6 × 54 mm, 2 × 5 to a page, with cut marks),
  for a card printer's sheets or to cut and laminate; written in memory, saved where the user
  chose.

Pure apart from reportlab; the GUI passes what ``membership.member_summary`` returned.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from storecrm.hardware.ticket import (
    COLUMNS,
    Align,
    Barcode,
    Cut,
    Feed,
    Item,
    Qr,
    Text,
    Ticket,
    clip,
    width,
)
from storecrm.reports.report_pdf import register_font

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLS, ROWS = 2, 5
TEAL = colors.HexColor("#0F766E")
GREY = colors.HexColor("#6B7280")


@dataclass(frozen=True, slots=True)
class MemberCard:
    store_name: str
    name: str
    tier: str  # "" when the member is in no tier
    card_no: str


def card_ticket(card: MemberCard, paper: str = "58mm") -> Ticket:
    columns = COLUMNS.get(paper, 32)
    double = width(card.store_name) * 2 <= columns
    items: list[Item] = [
        Text(clip(card.store_name, columns), Align.CENTER, bold=True, wide=double, tall=double),
        Text(""),
        Text(clip(card.name, columns // 2), Align.CENTER, bold=True, wide=True, tall=True),
    ]
    if card.tier:
        items.append(Text(clip(card.tier, columns), Align.CENTER))
    items += [
        Feed(1),
        Barcode(card.card_no, 80),
        Qr(card.card_no, 5),
        Feed(3),
        Cut(),
    ]
    return Ticket(tuple(items), columns)


def _draw_card(canvas: Canvas, card: MemberCard, x: float, y: float, font: str) -> None:
    """One card with its lower left corner at (x, y)."""
    canvas.setStrokeColor(colors.HexColor("#D1D5DB"))
    canvas.setLineWidth(0.5)
    canvas.roundRect(x, y, CARD_W, CARD_H, 3 * mm)
    canvas.setFillColor(TEAL)
    canvas.rect(x, y + CARD_H - 12 * mm, CARD_W, 0.8 * mm, stroke=0, fill=1)
    canvas.setFont(font, 12)
    canvas.drawString(x + 5 * mm, y + CARD_H - 9 * mm, card.store_name[:18])
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 15)
    canvas.drawString(x + 5 * mm, y + CARD_H - 21 * mm, card.name[:10])
    if card.tier:
        canvas.setFillColor(GREY)
        canvas.setFont(font, 9)
        canvas.drawString(x + 5 * mm, y + CARD_H - 27 * mm, card.tier[:16])
    barcode = Code128(
        card.card_no, barHeight=10 * mm, barWidth=0.33 * mm, humanReadable=True,
        barFillColor=colors.black, textColor=colors.black,
    )  # fmt: skip
    barcode.drawOn(canvas, x + 1 * mm, y + 4 * mm)
    qr = QrCodeWidget(card.card_no)
    left, bottom, right, top = qr.getBounds()
    side = 22 * mm
    drawing = Drawing(
        side, side, transform=[side / (right - left), 0, 0, side / (top - bottom), 0, 0]
    )
    drawing.add(qr)
    drawing.drawOn(canvas, x + CARD_W - side - 3 * mm, y + 3 * mm)


def cards_pdf(cards: Sequence[MemberCard]) -> bytes:
    """A4 pages of cards, 2 × 5 to a page, with light outlines to cut along."""
    font = register_font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setTitle("Member cards")
    canvas.setCreator("StoreCRM")
    page_w, page_h = A4
    margin_x = (page_w - COLS * CARD_W - 6 * mm) / 2
    margin_y = (page_h - ROWS * CARD_H - 4 * 4 * mm) / 2
    for n, card in enumerate(cards):
        slot = n % (COLS * ROWS)
        if n and slot == 0:
            canvas.showPage()
        col, row = slot % COLS, slot // COLS
        x = margin_x + col * (CARD_W + 6 * mm)
        y = page_h - margin_y - (row + 1) * CARD_H - row * 4 * mm
        _draw_card(canvas, card, x, y, font)
    canvas.save()
    return out.getvalue()


def save_cards_pdf(cards: Sequence[MemberCard], path: Path) -> Path:
    """The sheets written beside ``path`` and renamed into place when complete."""
    data = cards_pdf(cards)
    part = path.with_name(f".{path.name}.part")
    part.write_bytes(data)
    part.replace(path)
    return path


__all__ = ["MemberCard", "card_ticket", "cards_pdf", "save_cards_pdf"]
