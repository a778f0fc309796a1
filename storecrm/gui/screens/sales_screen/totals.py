"""The footer's sums of the filtered list, added up on a worker thread: from the shift
summary's SQL sums when it can, else the rows read in chunks (cancelled by a newer reading)."""

from __future__ import annotations

from dataclasses import dataclass, field

from storecrm.services import sales
from storecrm.services.sales import SaleFilter
from storecrm.services.session import StoreContext

TOTALS_CHUNK = 2000  # rows read at a time when the footer sums a list the summary cannot


class _Cancel:
    """Set when a newer reading started: the worker stops between chunks."""

    cancelled: bool = False


@dataclass
class Totals:
    """What the footer shows about the filtered list."""

    count: int
    by_kind: dict[str, int] = field(default_factory=dict)  # signed totals per sale kind
    method: str | None = None
    method_fen: int | None = None  # paid by the filtered method (when one is chosen)

    @property
    def net_fen(self) -> int:
        return sum(self.by_kind.values())


def compute_totals(
    context: StoreContext, flt: SaleFilter, ids: list[int], cancel: _Cancel
) -> Totals | None:
    """The sums of the filtered list (runs on a worker thread). With only a period and a staff
    member chosen the shift summary's SQL sums answer at once; otherwise the rows are read in
    chunks. None when cancelled."""
    totals = Totals(len(ids), method=flt.method)
    if (
        flt.method is None
        and flt.customer_id is None
        and flt.start is not None
        and flt.end is not None
    ):
        summary = context.call(sales.shift_summary, flt.start, flt.end, flt.staff_id)
        by_kind = {
            "sale": summary.sales_total_fen,
            "top_up": summary.top_ups_fen,
            "refund": -summary.refunds_fen,
            "withdrawal": -summary.withdrawals_fen,
        }
        if flt.kind is not None:
            by_kind = {flt.kind: by_kind.get(flt.kind, 0)}
        totals.by_kind = {k: v for k, v in by_kind.items() if v}
        return totals
    method_fen = 0
    for start in range(0, len(ids), TOTALS_CHUNK):
        if cancel.cancelled:
            return None
        for row in context.call(sales.sale_rows, ids[start : start + TOTALS_CHUNK]):
            if row.total_fen:
                totals.by_kind[row.kind] = totals.by_kind.get(row.kind, 0) + row.total_fen
            if flt.method is not None:
                method_fen += sum(p.amount_fen for p in row.payments if p.method == flt.method)
    if flt.method is not None:
        totals.method_fen = method_fen
    return totals
