"""The words of the printed appointments (the day's book, the roster's week, the appointment
slip), with English defaults marked for lupdate in the "AppointmentPrint" context;
``gui/screens/appointments/printing.appointment_labels`` translates them. A missing key falls
back to the English here."""

from __future__ import annotations

from collections.abc import Mapping

from storecrm.reports.report_labels import QT_TRANSLATE_NOOP

DEFAULT_LABELS: dict[str, str] = {
    "book.title": QT_TRANSLATE_NOOP("AppointmentPrint", "Appointments"),
    "roster.title": QT_TRANSLATE_NOOP("AppointmentPrint", "Roster"),
    "slip.title": QT_TRANSLATE_NOOP("AppointmentPrint", "Appointment slip"),
    "made": QT_TRANSLATE_NOOP("AppointmentPrint", "Printed %1"),
    "page": QT_TRANSLATE_NOOP("AppointmentPrint", "Page %1 of %2"),
    "hours": QT_TRANSLATE_NOOP("AppointmentPrint", "Open %1–%2"),
    "closed": QT_TRANSLATE_NOOP("AppointmentPrint", "Closed"),
    "day_off": QT_TRANSLATE_NOOP("AppointmentPrint", "Day off"),
    "nothing": QT_TRANSLATE_NOOP("AppointmentPrint", "Nothing booked."),
    "nobody": QT_TRANSLATE_NOOP("AppointmentPrint", "Nobody is on the staff roster yet."),
    "anyone": QT_TRANSLATE_NOOP("AppointmentPrint", "Anyone"),
    "requested": QT_TRANSLATE_NOOP("AppointmentPrint", "requested"),
    "leave": QT_TRANSLATE_NOOP("AppointmentPrint", "Leave %1–%2"),
    "own_day": QT_TRANSLATE_NOOP(
        "AppointmentPrint", "* a shift for this day only (not the usual week)"
    ),
    "staff": QT_TRANSLATE_NOOP("AppointmentPrint", "Staff"),
    "customer": QT_TRANSLATE_NOOP("AppointmentPrint", "Customer"),
    "phone": QT_TRANSLATE_NOOP("AppointmentPrint", "Phone"),
    "time": QT_TRANSLATE_NOOP("AppointmentPrint", "Time"),
    "services": QT_TRANSLATE_NOOP("AppointmentPrint", "Services"),
    "note": QT_TRANSLATE_NOOP("AppointmentPrint", "Note"),
    "room": QT_TRANSLATE_NOOP("AppointmentPrint", "Room %1"),
    "room_label": QT_TRANSLATE_NOOP("AppointmentPrint", "Room"),
    "thanks": QT_TRANSLATE_NOOP("AppointmentPrint", "Please come 5 minutes early. See you soon!"),
    "status.booked": QT_TRANSLATE_NOOP("AppointmentPrint", "Booked"),
    "status.arrived": QT_TRANSLATE_NOOP("AppointmentPrint", "Arrived"),
    "status.done": QT_TRANSLATE_NOOP("AppointmentPrint", "Done"),
    "status.no_show": QT_TRANSLATE_NOOP("AppointmentPrint", "No-show"),
    "status.cancelled": QT_TRANSLATE_NOOP("AppointmentPrint", "Cancelled"),
    "weekday.0": QT_TRANSLATE_NOOP("AppointmentPrint", "Mon"),
    "weekday.1": QT_TRANSLATE_NOOP("AppointmentPrint", "Tue"),
    "weekday.2": QT_TRANSLATE_NOOP("AppointmentPrint", "Wed"),
    "weekday.3": QT_TRANSLATE_NOOP("AppointmentPrint", "Thu"),
    "weekday.4": QT_TRANSLATE_NOOP("AppointmentPrint", "Fri"),
    "weekday.5": QT_TRANSLATE_NOOP("AppointmentPrint", "Sat"),
    "weekday.6": QT_TRANSLATE_NOOP("AppointmentPrint", "Sun"),
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
