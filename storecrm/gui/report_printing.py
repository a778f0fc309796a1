"""The business report's words in the user's language, and printing it.

:func:`report_labels` gives the PDF and the workbook their words through Qt's translation
system (the CLI uses it too: it installs the same translator). :func:`print_report` shows the
report's PDF in the system print preview; its print button opens the system print dialog. The
pages are the PDF's own, rasterised by PDFium (``pypdfium2``) at the printer's resolution (up
to 300 dpi), so the paper shows exactly what the PDF shows.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # enough for text on paper; 1200 dpi pages would take ~0.5 GB each


def report_labels() -> dict[str, str]:
    """Every word of the report (see ``reports/report_labels.DEFAULT_LABELS``)."""
    return {
        "title": QCoreApplication.translate("Report", "Business report"),
        "period": QCoreApplication.translate("Report", "%1 to %2"),
        "compared_with": QCoreApplication.translate("Report", "Compared with %1 to %2"),
        "generated": QCoreApplication.translate("Report", "Made %1 by %2"),
        "page": QCoreApplication.translate("Report", "Page %1 of %2"),
        "no_data": QCoreApplication.translate("Report", "Nothing in this period."),
        "change": QCoreApplication.translate("Report", "Change"),
        "previous": QCoreApplication.translate("Report", "Previous period"),
        "current": QCoreApplication.translate("Report", "This period"),
        "section.summary": QCoreApplication.translate("Report", "Summary"),
        "section.sales": QCoreApplication.translate("Report", "Sales"),
        "section.by_day": QCoreApplication.translate("Report", "Sales by day"),
        "section.by_week": QCoreApplication.translate("Report", "Sales by week"),
        "section.by_month": QCoreApplication.translate("Report", "Sales by month"),
        "section.payments": QCoreApplication.translate("Report", "Payment methods"),
        "section.items": QCoreApplication.translate("Report", "Items and services"),
        "section.categories": QCoreApplication.translate("Report", "Categories"),
        "section.staff": QCoreApplication.translate("Report", "Staff"),
        "section.customers": QCoreApplication.translate("Report", "Customers"),
        "section.rfm": QCoreApplication.translate("Report", "Customer segments (RFM)"),
        "section.top_customers": QCoreApplication.translate("Report", "Best customers"),
        "section.lapsed_customers": QCoreApplication.translate(
            "Report",
            "Customers who stopped coming",
        ),
        "section.liabilities": QCoreApplication.translate("Report", "Membership liabilities"),
        "section.stored_value": QCoreApplication.translate("Report", "Stored value in and out"),
        "section.points": QCoreApplication.translate("Report", "Points in and out"),
        "section.reminders": QCoreApplication.translate(
            "Report",
            "Did the reminders bring people back?",
        ),
        "section.definitions": QCoreApplication.translate("Report", "How the figures are counted"),
        "kpi.revenue": QCoreApplication.translate("Report", "Revenue"),
        "kpi.visits": QCoreApplication.translate("Report", "Visits"),
        "kpi.average_ticket": QCoreApplication.translate("Report", "Average ticket"),
        "kpi.money_received": QCoreApplication.translate("Report", "Money received"),
        "kpi.top_ups": QCoreApplication.translate("Report", "Top-ups"),
        "kpi.new_customers": QCoreApplication.translate("Report", "New customers"),
        "kpi.active_customers": QCoreApplication.translate("Report", "Customers who came"),
        "kpi.repeat_rate": QCoreApplication.translate("Report", "Repeat rate"),
        "kpi.churn_rate": QCoreApplication.translate("Report", "Churn rate"),
        "kpi.stored_value": QCoreApplication.translate("Report", "Stored value owed"),
        "kpi.vs_start": QCoreApplication.translate("Report", "vs. start: %1"),
        "col.date": QCoreApplication.translate("Report", "Date"),
        "col.week": QCoreApplication.translate("Report", "Week"),
        "col.month": QCoreApplication.translate("Report", "Month"),
        "col.from": QCoreApplication.translate("Report", "From"),
        "col.to": QCoreApplication.translate("Report", "To"),
        "col.sales": QCoreApplication.translate("Report", "Sales"),
        "col.visits": QCoreApplication.translate("Report", "Visits"),
        "col.gross": QCoreApplication.translate("Report", "Sales total"),
        "col.refunds": QCoreApplication.translate("Report", "Refunds"),
        "col.refunds_count": QCoreApplication.translate("Report", "Refunds (no.)"),
        "col.revenue": QCoreApplication.translate("Report", "Revenue"),
        "col.discount": QCoreApplication.translate("Report", "Discounts"),
        "col.average_ticket": QCoreApplication.translate("Report", "Average ticket"),
        "col.members": QCoreApplication.translate("Report", "Members"),
        "col.walk_ins": QCoreApplication.translate("Report", "Walk-ins"),
        "col.top_ups": QCoreApplication.translate("Report", "Top-ups"),
        "col.top_ups_count": QCoreApplication.translate("Report", "Top-ups (no.)"),
        "col.new_customers": QCoreApplication.translate("Report", "New customers"),
        "col.method": QCoreApplication.translate("Report", "Payment method"),
        "col.paid_out": QCoreApplication.translate("Report", "Paid out"),
        "col.net": QCoreApplication.translate("Report", "Net"),
        "col.previous_net": QCoreApplication.translate("Report", "Net, previous period"),
        "col.item": QCoreApplication.translate("Report", "Item"),
        "col.category": QCoreApplication.translate("Report", "Category"),
        "col.qty": QCoreApplication.translate("Report", "Qty"),
        "col.amount": QCoreApplication.translate("Report", "Amount"),
        "col.share": QCoreApplication.translate("Report", "Share"),
        "col.sessions_used": QCoreApplication.translate("Report", "Used from cards"),
        "col.staff": QCoreApplication.translate("Report", "Staff"),
        "col.previous_revenue": QCoreApplication.translate("Report", "Revenue, previous period"),
        "col.change": QCoreApplication.translate("Report", "Change"),
        "col.rank": QCoreApplication.translate("Report", "No."),
        "col.customer": QCoreApplication.translate("Report", "Customer"),
        "col.phone": QCoreApplication.translate("Report", "Phone"),
        "col.tier": QCoreApplication.translate("Report", "Tier"),
        "col.spend": QCoreApplication.translate("Report", "Spend"),
        "col.previous_spend": QCoreApplication.translate("Report", "Spend, previous period"),
        "col.last_visit": QCoreApplication.translate("Report", "Last visit"),
        "col.balance": QCoreApplication.translate("Report", "Stored value now"),
        "col.segment": QCoreApplication.translate("Report", "Segment"),
        "col.customers": QCoreApplication.translate("Report", "Customers"),
        "col.customer_share": QCoreApplication.translate("Report", "Share of customers"),
        "col.spend_share": QCoreApplication.translate("Report", "Share of spend"),
        "col.average_spend": QCoreApplication.translate("Report", "Spend per customer"),
        "col.what": "",
        "col.opening": QCoreApplication.translate("Report", "At the start"),
        "col.closing": QCoreApplication.translate("Report", "At the end"),
        "col.principal": QCoreApplication.translate("Report", "Principal"),
        "col.bonus": QCoreApplication.translate("Report", "Bonus"),
        "col.total": QCoreApplication.translate("Report", "Total"),
        "col.points": QCoreApplication.translate("Report", "Points"),
        "col.reminder": QCoreApplication.translate("Report", "Reminder"),
        "col.contacts": QCoreApplication.translate("Report", "Contacted"),
        "col.came_back": QCoreApplication.translate("Report", "Came back"),
        "col.rate": QCoreApplication.translate("Report", "Rate"),
        "col.spent": QCoreApplication.translate("Report", "Spent"),
        "col.open": QCoreApplication.translate("Report", "Window still open"),
        "col.figure": QCoreApplication.translate("Report", "Figure"),
        "col.value": QCoreApplication.translate("Report", "Value"),
        "cust.total": QCoreApplication.translate("Report", "Customers on file at the end"),
        "cust.new": QCoreApplication.translate("Report", "New customers"),
        "cust.active": QCoreApplication.translate("Report", "Customers who came"),
        "cust.first_time": QCoreApplication.translate("Report", "First visit ever"),
        "cust.returning": QCoreApplication.translate("Report", "Came back (had visited before)"),
        "cust.repeat": QCoreApplication.translate("Report", "Came twice or more"),
        "cust.repeat_rate": QCoreApplication.translate("Report", "Repeat rate"),
        "cust.previous_active": QCoreApplication.translate("Report", "Came in the previous period"),
        "cust.retained": QCoreApplication.translate("Report", "Came in both periods"),
        "cust.churned": QCoreApplication.translate("Report", "Came last period, not this one"),
        "cust.churn_rate": QCoreApplication.translate("Report", "Churn rate"),
        "rfm.window": QCoreApplication.translate(
            "Report",
            "Customers with a visit from %1 to %2, scored against the average: %3 "
            "days since the last visit, %4 visits, %5 spent.",
        ),
        "liab.stored_value": QCoreApplication.translate("Report", "Stored value"),
        "liab.principal": QCoreApplication.translate("Report", "Principal (paid in)"),
        "liab.bonus": QCoreApplication.translate("Report", "Bonus (given)"),
        "liab.points": QCoreApplication.translate("Report", "Points"),
        "liab.points_value": QCoreApplication.translate("Report", "Points, worth in money"),
        "liab.sessions": QCoreApplication.translate("Report", "Sessions left on cards"),
        "liab.session_cards": QCoreApplication.translate(
            "Report",
            "Count cards with sessions left",
        ),
        "liab.sessions_value": QCoreApplication.translate(
            "Report",
            "Sessions left, at the price paid",
        ),
        "liab.period_cards": QCoreApplication.translate("Report", "Period cards still valid"),
        "liab.sessions_sold": QCoreApplication.translate("Report", "Sessions sold in the period"),
        "liab.sessions_used": QCoreApplication.translate("Report", "Sessions used in the period"),
        "flow.opening": QCoreApplication.translate("Report", "At the start"),
        "flow.top_ups": QCoreApplication.translate("Report", "Topped up"),
        "flow.spent": QCoreApplication.translate("Report", "Spent on sales"),
        "flow.refunded_to_balance": QCoreApplication.translate("Report", "Given back by refunds"),
        "flow.top_ups_refunded": QCoreApplication.translate("Report", "Top-ups refunded"),
        "flow.withdrawn": QCoreApplication.translate("Report", "Paid back (withdrawals)"),
        "flow.forfeited": QCoreApplication.translate("Report", "Bonus forfeited"),
        "flow.other": QCoreApplication.translate("Report", "Other (opening balances, merges)"),
        "flow.closing": QCoreApplication.translate("Report", "At the end"),
        "flow.earned": QCoreApplication.translate("Report", "Earned"),
        "flow.redeemed": QCoreApplication.translate("Report", "Paid with points"),
        "flow.gifts": QCoreApplication.translate("Report", "Gifts for points"),
        "flow.expired": QCoreApplication.translate("Report", "Expired"),
        "flow.refunds": QCoreApplication.translate("Report", "Refunds"),
        "flow.points_other": QCoreApplication.translate("Report", "Other (opening points, merges)"),
        "rem.window": QCoreApplication.translate(
            "Report",
            "A customer came back when they bought within %1 days after being contacted.",
        ),
        "rem.all": QCoreApplication.translate("Report", "All reminders"),
        "kind.card": QCoreApplication.translate("Report", "Card sold"),
        "kind.amount": QCoreApplication.translate("Report", "Other amounts"),
        "kind.session": QCoreApplication.translate("Report", "Card uses (any service)"),
        "category.none": QCoreApplication.translate("Report", "(no category)"),
        "category.cards": QCoreApplication.translate("Report", "Cards"),
        "category.amounts": QCoreApplication.translate("Report", "Other amounts"),
        "category.other": QCoreApplication.translate("Report", "Others"),
        "staff.none": QCoreApplication.translate("Report", "(nobody named)"),
        "walk_in": QCoreApplication.translate("Report", "Walk-in"),
        "method.cash": QCoreApplication.translate("Report", "Cash"),
        "method.wechat": QCoreApplication.translate("Report", "WeChat Pay"),
        "method.alipay": QCoreApplication.translate("Report", "Alipay"),
        "method.bank_card": QCoreApplication.translate("Report", "Bank card"),
        "method.stored_value": QCoreApplication.translate("Report", "Stored value"),
        "method.points": QCoreApplication.translate("Report", "Points"),
        "segment.important_value": QCoreApplication.translate("Report", "Important value"),
        "segment.important_develop": QCoreApplication.translate("Report", "Important to develop"),
        "segment.important_keep": QCoreApplication.translate("Report", "Important to keep"),
        "segment.important_win_back": QCoreApplication.translate("Report", "Important to win back"),
        "segment.general_value": QCoreApplication.translate("Report", "General value"),
        "segment.general_develop": QCoreApplication.translate("Report", "General to develop"),
        "segment.general_keep": QCoreApplication.translate("Report", "General to keep"),
        "segment.general_win_back": QCoreApplication.translate("Report", "General to win back"),
        "reminder.birthday": QCoreApplication.translate("Report", "Birthday"),
        "reminder.return_visit": QCoreApplication.translate("Report", "Return visit"),
        "reminder.dormant": QCoreApplication.translate("Report", "Not seen for a while"),
        "reminder.card_expiring": QCoreApplication.translate("Report", "Card expiring"),
        "reminder.card_low": QCoreApplication.translate("Report", "Card nearly used up"),
        "reminder.balance_low": QCoreApplication.translate("Report", "Stored value low"),
        "reminder.anniversary": QCoreApplication.translate("Report", "Membership anniversary"),
        "reminder.followup": QCoreApplication.translate("Report", "Follow-up"),
        "reminder.service": QCoreApplication.translate("Report", "Service record"),
        "axis.unit": QCoreApplication.translate(
            "Report", "1000", "a chart's money unit in yuan: 1000 (k) or 10000 (万)"
        ),
        "axis.unit_suffix": QCoreApplication.translate(
            "Report", "k", "written after a number of axis.unit yuan"
        ),
        "chart.revenue": QCoreApplication.translate("Report", "Revenue"),
        "chart.previous": QCoreApplication.translate("Report", "Previous period"),
        "chart.money_by_method": QCoreApplication.translate("Report", "Money received by method"),
        "chart.categories": QCoreApplication.translate("Report", "Revenue by category"),
        "chart.staff": QCoreApplication.translate("Report", "Revenue by staff"),
        "chart.new_customers": QCoreApplication.translate("Report", "New customers"),
        "chart.rfm": QCoreApplication.translate("Report", "Customers per segment"),
        "chart.stored_value": QCoreApplication.translate("Report", "Stored value: in and out"),
        "sheet.summary": QCoreApplication.translate("Report", "Summary"),
        "sheet.by_day": QCoreApplication.translate("Report", "By day"),
        "sheet.by_week": QCoreApplication.translate("Report", "By week"),
        "sheet.by_month": QCoreApplication.translate("Report", "By month"),
        "sheet.payments": QCoreApplication.translate("Report", "Payment methods"),
        "sheet.items": QCoreApplication.translate("Report", "Items"),
        "sheet.categories": QCoreApplication.translate("Report", "Categories"),
        "sheet.staff": QCoreApplication.translate("Report", "Staff"),
        "sheet.customers": QCoreApplication.translate("Report", "Customers"),
        "sheet.rfm": QCoreApplication.translate("Report", "RFM"),
        "sheet.top_customers": QCoreApplication.translate("Report", "Best customers"),
        "sheet.lapsed_customers": QCoreApplication.translate("Report", "Stopped coming"),
        "sheet.liabilities": QCoreApplication.translate("Report", "Liabilities"),
        "sheet.reminders": QCoreApplication.translate("Report", "Reminders"),
        "sheet.definitions": QCoreApplication.translate("Report", "Definitions"),
        "def.revenue": QCoreApplication.translate(
            "Report",
            "Revenue: what sales came to after discounts, less what was refunded "
            "on sales (on the day of the refund). It includes what was paid by "
            "stored value and points; top-ups are not revenue.",
        ),
        "def.visits": QCoreApplication.translate(
            "Report",
            "Visits: the number of sales tickets, walk-ins included. Average "
            "ticket = revenue ÷ visits.",
        ),
        "def.money_received": QCoreApplication.translate(
            "Report",
            "Money received: cash, WeChat Pay, Alipay and bank card, net: sales "
            "and top-ups less refunds and withdrawals. Stored value and points "
            "are not money received. The day summary adds up the same way.",
        ),
        "def.customers": QCoreApplication.translate(
            "Report",
            "New customers: profiles created in the period. Customers who came: "
            "with at least one sale. Repeat rate: the share of them who came "
            "twice or more. Churn rate: the share of last period's customers who "
            "did not come in this one.",
        ),
        "def.rfm": QCoreApplication.translate(
            "Report",
            "RFM: customers with a visit in the twelve months to the period's end "
            "(or in the period, when it is longer) are scored on recency, "
            "frequency and spend in that window, each high when better than the "
            "average; the eight combinations are the segments.",
        ),
        "def.liabilities": QCoreApplication.translate(
            "Report",
            "Liabilities: the ledger summed up to the end of the period's last "
            "day. Stored value is shown as principal (paid in) and bonus (given). "
            "Points are valued at the store's redemption rate; sessions left on "
            "count cards that had not expired, at the price paid per session.",
        ),
        "def.reminders": QCoreApplication.translate(
            "Report",
            "Reminder effect: reminders marked as contacted in the period; a "
            "customer came back when they bought within the window after the "
            "contact; spent is what those sales came to after their refunds, each "
            "sale counted once.",
        ),
    }


def print_report(parent: object, pdf_path: Path, title: str) -> bool:
    """The print preview of the PDF at ``pdf_path``; True when it was printed."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    _a4(printer)
    dialog = QPrintPreviewDialog(printer, parent if isinstance(parent, QWidget) else None)
    dialog.setWindowTitle(title)
    dialog.resize(900, 860)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf_path))
    result = dialog.exec()
    dialog.deleteLater()
    return result == QPrintPreviewDialog.DialogCode.Accepted


def _a4(printer: object) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)  # type: ignore[attr-defined]


def paint_pdf(printer: object, pdf_path: Path) -> int:
    """Draw each page of the PDF on ``printer``'s pages (fitted, centred); returns the number
    of pages drawn."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    document = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer could not be started")
        document.close()
        return 0
    drawn = 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # the bitmap's memory is freed with it
            bitmap.close()
            page.close()
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            x = target.x() + (target.width() - width) / 2
            y = target.y() + (target.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
            drawn += 1
    finally:
        painter.end()
        document.close()
    return drawn
