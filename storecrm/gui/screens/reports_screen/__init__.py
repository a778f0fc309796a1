"""报表: the dashboard for a period (this month, last month, this quarter, this year or any dates),
compared with the period before: tiles for the key figures, charts, and behind each tile or
chart the table it comes from. From here the report is exported as a PDF or an Excel workbook,
or printed through the system print dialog with a preview.

The report is computed on a worker thread (a year of a 100,000-customer store takes a few
seconds) with a progress dialog that can cancel it; the window stays usable, and a result that
arrives after the period changed again is dropped. Only the owner and managers see reports.
"""

from storecrm.gui.screens.reports_screen.screen import ReportsScreen, reports_screen
from storecrm.gui.screens.reports_screen.tables import Column

__all__ = ["Column", "ReportsScreen", "reports_screen"]
