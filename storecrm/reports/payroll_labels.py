"""The words of the commission payroll (PDF, workbook, the payroll screen), with English
defaults marked for lupdate in the "Payroll" context; ``gui/staff_printing.payroll_labels``
translates them for the GUI and the CLI. A missing key falls back to the English here."""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.domain.money import money_text
from storecrm.reports.report_labels import QT_TRANSLATE_NOOP
from storecrm.services.staff.dto import Payroll, StaffFigures

DEFAULT_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Payroll", "Commission payroll"),
    "period": QT_TRANSLATE_NOOP("Payroll", "%1 to %2"),
    "made": QT_TRANSLATE_NOOP("Payroll", "Made %1 by %2"),
    "page": QT_TRANSLATE_NOOP("Payroll", "Page %1 of %2"),
    "sheet": QT_TRANSLATE_NOOP("Payroll", "Payroll"),
    "col.no": QT_TRANSLATE_NOOP("Payroll", "No."),
    "col.name": QT_TRANSLATE_NOOP("Payroll", "Name"),
    "col.position": QT_TRANSLATE_NOOP("Payroll", "Position"),
    "col.grade": QT_TRANSLATE_NOOP("Payroll", "Grade"),
    "col.cash": QT_TRANSLATE_NOOP("Payroll", "Cash performance"),
    "col.consumption": QT_TRANSLATE_NOOP("Payroll", "Consumption performance"),
    "col.cards": QT_TRANSLATE_NOOP("Payroll", "Card sales"),
    "col.top_ups": QT_TRANSLATE_NOOP("Payroll", "Top-ups"),
    "col.visits": QT_TRANSLATE_NOOP("Payroll", "Visits"),
    "col.commission": QT_TRANSLATE_NOOP("Payroll", "Commission"),
    "col.tier": QT_TRANSLATE_NOOP("Payroll", "Tier adjustment"),
    "col.total": QT_TRANSLATE_NOOP("Payroll", "Commission due"),
    "col.signature": QT_TRANSLATE_NOOP("Payroll", "Signature"),
    "total": QT_TRANSLATE_NOOP("Payroll", "Total"),
    "note": QT_TRANSLATE_NOOP(
        "Payroll",
        "Cash performance: money received for what each person served, sold as cards or "
        "topped up. Consumption performance: services and goods consumed, from stored value "
        "and session cards too. Refunds are deducted in the month of the refund.",
    ),
}


class Labels:
    """``labels[key]`` with the English default, ``%1``… filled in order."""

    def __init__(self, labels: Mapping[str, str] | None) -> None:
        self._labels = dict(labels or {})

    def __call__(self, key: str, *args: object) -> str:
        text = self._labels.get(key) or DEFAULT_LABELS[key]
        for i, arg in enumerate(args, start=1):
            text = text.replace(f"%{i}", str(arg))
        return text


def table_rows(sheet: Payroll, text: Labels) -> tuple[list[str], list[list[str]]]:
    """The header and the rows (a total row last) as the PDF and the screen show them (here,
    so that the screen does not load reportlab)."""
    header = [
        text(k)
        for k in (
            "col.no", "col.name", "col.position", "col.grade", "col.cash", "col.consumption",
            "col.cards", "col.top_ups", "col.visits", "col.commission", "col.tier", "col.total",
        )
    ]  # fmt: skip

    def row(r: StaffFigures) -> list[str]:
        return [
            r.no, r.name, r.position, r.grade, money_text(r.cash_fen),
            money_text(r.consumption_fen), money_text(r.card_sales_fen),
            money_text(r.top_ups_fen), f"{r.visits:,}", money_text(r.commission_fen),
            money_text(r.tier_adjust_fen), money_text(r.total_commission_fen),
        ]  # fmt: skip

    rows = [row(r) for r in sheet.rows]
    rows.append(
        [
            text("total"), "", "", "",
            money_text(sum(r.cash_fen for r in sheet.rows)),
            money_text(sum(r.consumption_fen for r in sheet.rows)),
            money_text(sum(r.card_sales_fen for r in sheet.rows)),
            money_text(sum(r.top_ups_fen for r in sheet.rows)),
            f"{sum(r.visits for r in sheet.rows):,}",
            money_text(sum(r.commission_fen for r in sheet.rows)),
            money_text(sum(r.tier_adjust_fen for r in sheet.rows)),
            money_text(sheet.total_commission_fen),
        ]
    )  # fmt: skip
    return header, rows


__all__ = ["DEFAULT_LABELS", "Labels", "table_rows"]
