"""Printing from the book: the day's book (A4) and the roster's week (A4 landscape) as PDFs in
the print preview, as the business report prints (the PDF made off the GUI thread, in memory:
it holds customers' names); and the appointment slip (58/80 mm) through the till's receipt
path: on the counter's ESC/POS printer when there is one, else the preview of the roll."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from storecrm.domain import clock
from storecrm.gui import printing
from storecrm.gui.counter.devices import Counter, counter
from storecrm.gui.report_printing import print_report
from storecrm.gui.tasks import run_in_background
from storecrm.gui.widgets import error_box
from storecrm.reports.appointment_labels import DEFAULT_LABELS
from storecrm.reports.appointment_slip import slip_html, slip_ticket
from storecrm.services import settings
from storecrm.services.appointments import book, roster
from storecrm.services.appointments.dto import AppointmentInfo
from storecrm.services.session import StoreContext

SLIP_PAPERS = ("58mm", "80mm")


def appointment_labels() -> dict[str, str]:
    return {
        key: QCoreApplication.translate("AppointmentPrint", source)
        for key, source in DEFAULT_LABELS.items()
    }


def _store_name(context: StoreContext) -> str:
    return context.call(settings.get_settings).store_name


def day_book_bytes(context: StoreContext, day: date) -> bytes:
    """The day's book as an A4 PDF (the phones as the user's role sees them)."""
    from storecrm.reports.appointment_pdf import day_book_pdf  # reportlab: not at start-up

    roster_of_day = context.call(book.day_book, day)
    return day_book_pdf(
        roster_of_day,
        _store_name(context),
        appointment_labels(),
        printed_at=clock.now(),
        printed_by=context.actor.display_name,
    )


def week_roster_bytes(context: StoreContext, monday: date) -> bytes:
    """The week's roster (排班表) as an A4 landscape PDF."""
    from storecrm.reports.appointment_pdf import week_roster_pdf  # reportlab: not at start-up

    week = context.call(roster.week_roster, monday)
    return week_roster_pdf(
        week,
        _store_name(context),
        appointment_labels(),
        printed_at=clock.now(),
        printed_by=context.actor.display_name,
    )


def preview_pdf(
    parent: QWidget, make: Callable[[], bytes], title: str, *, landscape: bool = False
) -> None:
    """Make the PDF off the GUI thread, then show it in the print preview."""

    def finished(pdf: bytes) -> None:
        if isValid(parent):
            print_report(parent, pdf, title, landscape=landscape)

    def failed(exc: BaseException) -> None:
        if isValid(parent):
            error_box(parent, exc, title)

    label = QCoreApplication.translate("AppointmentPrint", "Writing the PDF…")
    run_in_background(make, parent, label, finished, failed)


def slip_paper(devices: Counter) -> str:
    """The counter printer's roll, or the receipts' paper when it is a roll, else 80 mm."""
    if devices.escpos:
        return devices.printer.paper if devices.printer.paper in SLIP_PAPERS else "58mm"
    paper = printing.receipt_paper()
    return paper if paper in SLIP_PAPERS else "80mm"


def slip_title(info: AppointmentInfo) -> str:
    text = QCoreApplication.translate("AppointmentPrint", "Appointment slip")
    return f"{text} {info.customer_name} {info.start:%Y-%m-%d %H:%M}"


def print_slip(
    parent: QWidget,
    context: StoreContext,
    info: AppointmentInfo,
    devices: Counter | None = None,
) -> bool:
    """The slip on the counter's thermal printer, or in the preview of the roll. True when it
    was sent or printed."""
    devices = devices or counter()
    paper = slip_paper(devices)
    store_name = _store_name(context)
    if devices.escpos:
        ticket = slip_ticket(info, store_name, appointment_labels(), paper)
        return devices.send_ticket(ticket, "slip")
    html = slip_html(info, store_name, appointment_labels(), paper)
    return printing.preview_and_print(parent, html, paper, slip_title(info))


def save_slip_pdf(
    context: StoreContext, info: AppointmentInfo, path: Path | str, paper: str = "58mm"
) -> Path:
    html = slip_html(info, _store_name(context), appointment_labels(), paper)
    return printing.save_pdf(html, path, paper, slip_title(info))
