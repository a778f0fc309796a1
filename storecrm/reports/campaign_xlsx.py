"""The campaigns' results as an Excel workbook: a title line, a frozen bold header, one row per
campaign with real numbers (money in yuan with a ¥ format, written from integer fen as exact
decimals; the redemption rate as a percentage) and the verdict in words. Saved atomically."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from storecrm.domain.money import yuan_decimal
from storecrm.reports.campaign_labels import Labels
from storecrm.reports.customer_export import save_atomically
from storecrm.services.campaigns.results import CampaignReport, CampaignResult

MONEY = '"¥"#,##0.00'
PERCENT = "0.0%"
HEADER_ROW = 3
_TEAL = "0F766E"
KEYS = (
    "col.name", "col.status", "col.period", "col.offer", "col.target", "col.holdout",
    "col.reached", "col.redeemed", "col.rate", "col.revenue", "col.cost",
    "col.target_per_member", "col.holdout_per_member", "col.incremental", "col.low",
    "col.high", "col.verdict",
)  # fmt: skip
MONEY_COLUMNS = {10, 11, 12, 13, 14, 15, 16}
WIDTHS = (18, 8, 24, 16, 10, 10, 9, 9, 10, 16, 12, 14, 14, 16, 14, 14, 44)


def _row(r: CampaignResult, text: Labels) -> tuple[object, ...]:
    e = r.effect
    rate = None if r.redemption_percent is None else r.redemption_percent / Decimal(100)
    measurable = e.measurable
    return (
        r.name, text.status(r), text("period", r.starts_on.isoformat(), r.ends_on.isoformat()),
        text.offer(r), e.target_size, e.holdout_size, r.reached, r.redeemed, rate,
        r.revenue_from_redeemers_fen, r.discount_cost_fen, e.target_per_member,
        e.holdout_per_member, e.incremental, e.low if measurable else None,
        e.high if measurable else None, text.verdict(r),
    )  # fmt: skip


def write_campaigns_xlsx(
    report: CampaignReport, path: Path, labels: Mapping[str, str] | None = None
) -> Path:
    text = Labels(labels)
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = text("sheet")
    made = text("made", report.made_at.strftime("%Y-%m-%d %H:%M"), report.made_by)
    ws.cell(1, 1, f"{report.store_name} · {text('title')} · {made}").font = Font(
        bold=True, size=13, color=_TEAL
    )
    for c, key in enumerate(KEYS, start=1):
        cell = ws.cell(HEADER_ROW, c, text(key))
        cell.font = Font(bold=True, color=_TEAL)
        cell.fill = PatternFill("solid", fgColor="F0FDFA")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, result in enumerate(report.results, start=HEADER_ROW + 1):
        for c, value in enumerate(_row(result, text), start=1):
            shown = yuan_decimal(value) if c in MONEY_COLUMNS and isinstance(value, int) else value
            cell = ws.cell(r, c, shown)
            if c in MONEY_COLUMNS:
                cell.number_format = MONEY
            elif c == 9:
                cell.number_format = PERCENT
            elif c == len(KEYS):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if not report.results:
        ws.cell(HEADER_ROW + 1, 1, text("no_data"))
    last = HEADER_ROW + max(len(report.results), 1)
    ws.cell(last + 2, 1, text("note")).font = Font(italic=True, color="6B7280")
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(KEYS))}{last}"
    for c, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    target = Path(path)
    save_atomically(book, target)
    return target


__all__ = ["write_campaigns_xlsx"]
