"""The appointment slip (预约单) for the customer, on a 58 or 80 mm roll: the store, the
customer, the time, the services, the staff member and the note. Two forms with the same
lines, as the receipt has: HTML for the system printer's preview and PDF
(``gui/printing.py`` lays it out on the roll), and an ESC/POS ticket for the counter's
thermal printer (``hardware/ticket.py``). The phone is always masked, as on a receipt: the
slip leaves the store in the customer's hand.

Pure: the GUI passes the appointment, the store's name and translated labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.domain.customer import mask_phone
from storecrm.hardware.ticket import COLUMNS, Align, Cut, Feed, Text, Ticket, row, rule, width, wrap
from storecrm.reports.appointment_labels import Labels
from storecrm.reports.receipt import PAPERS, Html, esc
from storecrm.services.appointments.dto import AppointmentInfo

FEED_BEFORE_CUT = 4  # as the receipt: lines from the print head to the cutter


def _phone(info: AppointmentInfo) -> str:
    phone = info.customer_phone or ""
    return phone if "*" in phone else mask_phone(phone)


def slip_lines(info: AppointmentInfo, labels: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """(label, value) rows of the slip, in order."""
    text = Labels(labels)
    weekday = text(f"weekday.{info.start.weekday()}")
    rows = [
        (text("customer"), info.customer_name),
        (text("phone"), _phone(info)),
        (text("time"), f"{info.start:%Y-%m-%d} {weekday} {info.start:%H:%M}–{info.end:%H:%M}"),
        (text("services"), "、".join(s.name for s in info.services)),
        (text("staff"), info.staff_name or text("anyone")),
        (text("room_label"), info.resource_name),  # none: the row is left out
    ]
    if info.note:
        rows.append((text("note"), info.note))
    return [(label, value) for label, value in rows if value]


def slip_html(
    info: AppointmentInfo, store_name: str, labels: Mapping[str, str] | None, paper: str
) -> str:
    text = Labels(labels)
    out = Html(PAPERS[paper])
    out.centre(esc(store_name), 1.3, bold=True)
    out.centre(esc(text("slip.title")))
    out.rule()
    out.rows((esc(label), esc(value)) for label, value in slip_lines(info, labels))
    out.rule()
    out.centre(esc(text("thanks")))
    return out.html()


def slip_ticket(
    info: AppointmentInfo, store_name: str, labels: Mapping[str, str] | None, paper: str
) -> Ticket:
    text = Labels(labels)
    columns = COLUMNS.get(paper, 32)
    items: list[Text | Feed | Cut] = []
    double = width(store_name) * 2 <= columns
    for line in wrap(store_name, columns // 2 if double else columns):
        items.append(Text(line, Align.CENTER, bold=True, wide=double, tall=double))
    items.append(Text(text("slip.title"), Align.CENTER))
    items.append(Text(rule(columns)))
    for label, value in slip_lines(info, labels):
        if width(label) + width(value) + 1 <= columns:
            items += [Text(line) for line in row(label, value, columns)]
        else:  # a long value (services, a note) under its label
            items.append(Text(label, bold=True))
            items += [Text(line) for line in wrap(value, columns)]
    items.append(Text(rule(columns)))
    items += [Text(line, Align.CENTER) for line in wrap(text("thanks"), columns)]
    items += [Feed(FEED_BEFORE_CUT), Cut()]
    return Ticket(tuple(items), columns)


__all__ = ["slip_html", "slip_lines", "slip_ticket"]
