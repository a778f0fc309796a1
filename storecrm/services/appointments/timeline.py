"""A customer's appointments on their timeline (the profile's 时间线): each appointment, past
or to come, as one entry at its start, with its status, services, staff member and, when
cancelled, the reason. ``services.customers.timeline`` merges them with the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storecrm.data.uow import UnitOfWork

#: The most appointments a timeline shows (the latest; the 预约 tab has them all by date).
TIMELINE_LIMIT = 500
SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class AppointmentEntry:
    at: datetime
    kind: str  # always "appointment"
    text: str  # status, services (、), staff name, cancel reason: joined by "\x1f"
    username: str


def timeline_items(uow: UnitOfWork, customer_id: int) -> list[AppointmentEntry]:
    rows = uow.appointments.of_customer(customer_id, TIMELINE_LIMIT)
    names: dict[int, list[str]] = {}
    for service in uow.appointments.services(int(r["id"]) for r in rows):
        names.setdefault(int(service["appointment_id"]), []).append(service["item_name"])
    return [
        AppointmentEntry(
            row["starts_at"],
            "appointment",
            SEP.join(
                [
                    str(row["status"]),
                    "、".join(names.get(int(row["id"]), ())),
                    str(row["staff_name"] or ""),
                    str(row["reason"] or ""),
                ]
            ),
            "",
        )
        for row in rows
    ]
