"""The words of the commission payroll (PDF, workbook, the payroll screen), with English
defaults marked for lupdate in the "Payroll" context; ``gui/staff_printing.payroll_labels``
translates them for the GUI and the CLI. A missing key falls back to the English here."""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.reports.report_labels import QT_TRANSLATE_NOOP

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


__all__ = ["DEFAULT_LABELS", "Labels"]
