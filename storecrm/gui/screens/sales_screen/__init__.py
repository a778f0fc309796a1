"""消费记录: every sale, top-up, refund, withdrawal and gift, newest first, filtered by period,
staff, payment method, type and customer; the selected ticket beside the list, with its
receipt and a refund; the day's summary (交班) for the cash drawer.

The list's ids are read off the GUI thread (a demo store holds ~600,000 sales) and an answer
that arrives after the filter changed again is dropped. The footer's totals follow the same way.

The parts, and where a change goes:

- ``screen.py``: ``SalesScreen``, the list, the footer, loading and the actions (the main
  window builds it on its first opening).
- ``filters.py``: the periods, the filter bar and the customer box; ``totals.py``: the
  footer's sums (on a worker); ``detail.py``: ``SaleDetailPanel``, the selected ticket.

Code outside the screen class that shows text uses its translation context
(``QCoreApplication.translate("SalesScreen", …)``). The names other code and the tests import
from here are re-exported below.
"""

from storecrm.gui.screens.sales_screen.detail import KIND_COLORS, REFUNDABLE, SaleDetailPanel
from storecrm.gui.screens.sales_screen.filters import PERIODS, period_dates
from storecrm.gui.screens.sales_screen.screen import (
    COLUMN_WIDTHS,
    NOTE_HIDDEN_BELOW,
    PANEL_WIDTH,
    TIME_WIDTHS,
    SalesScreen,
)
from storecrm.gui.screens.sales_screen.totals import TOTALS_CHUNK, Totals, compute_totals

__all__ = [
    "COLUMN_WIDTHS",
    "KIND_COLORS",
    "NOTE_HIDDEN_BELOW",
    "PANEL_WIDTH",
    "PERIODS",
    "REFUNDABLE",
    "TIME_WIDTHS",
    "TOTALS_CHUNK",
    "SaleDetailPanel",
    "SalesScreen",
    "Totals",
    "compute_totals",
    "period_dates",
]
