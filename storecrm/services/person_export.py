"""Everything the store holds about one customer, for the customer (PIPL art. 45): the profile,
tags, consent history, visits and purchases, the ledger, cards, contacts, follow-up tasks,
service records and appointments, as a readable PDF and an Excel workbook.

Owner and manager only (``EXPORT_DATA``), audited with the customer's number, never their data.
The files are the ones the user chose; nothing else is written (the workbook's sheets stay in
memory, the PDF is written beside its target and renamed when complete).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.privacy import ConsentEvent
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, customers, membership, privacy, reminders, sales
from storecrm.services.dto import CardBalance, CustomerDetail, LedgerLine, SaleInfo, TimelineEntry
from storecrm.services.reminders import FollowupInfo, ServiceRecordInfo


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """What staff did about a reminder for this customer (a call, a message, a snooze)."""

    at: datetime
    kind: str  # the reminder's kind
    action: str  # contacted | snoozed | done | not_interested
    channel: str | None
    note: str
    username: str


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    """One of the customer's appointments (预约), past or to come."""

    start: datetime
    end: datetime
    services: str  # 剪发、护理
    staff_name: str
    status: str  # booked | arrived | done | no_show | cancelled
    source: str  # phone | wechat | walk_in | online
    note: str
    reason: str  # why it was cancelled


#: The most appointments a copy lists (the latest; far more than a customer ever makes).
APPOINTMENT_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class PersonRecord:
    store_name: str
    made_at: datetime
    made_by: str
    customer: CustomerDetail
    consent: tuple[ConsentEvent, ...]
    sales: tuple[SaleInfo, ...]  # oldest first
    ledger: tuple[LedgerLine, ...]
    cards: tuple[CardBalance, ...]
    contacts: tuple[ContactRecord, ...]
    followups: tuple[FollowupInfo, ...]
    service_records: tuple[ServiceRecordInfo, ...]
    timeline: tuple[TimelineEntry, ...]  # the profile's own events (created, notes, changes…)
    appointments: tuple[AppointmentRecord, ...] = ()  # oldest first


@dataclass(frozen=True, slots=True)
class PersonExport:
    pdf: Path
    xlsx: Path


def person_record(uow: UnitOfWork, actor: Actor, customer_id: int) -> PersonRecord:
    """Gather everything about one customer (phones whole: this is the customer's own copy)."""
    audit.require(uow, actor, Permission.EXPORT_DATA, "person_export")
    detail = customers.get_customer(uow, actor, customer_id)
    sale_ids = sales.list_sale_ids(uow, actor, sales.SaleFilter(customer_id=customer_id))
    sold = sorted(
        (sales.get_sale(uow, actor, i) for i in sale_ids), key=lambda s: (s.at, s.sale_id)
    )
    contacts = sorted(
        (
            ContactRecord(
                at=r["at"],
                kind=str(r["kind"]),
                action=str(r["action"]),
                channel=r["channel"],
                note=str(r["note"]),
                username=str(r["display_name"] or ""),
            )
            for r in uow.reminders.customer_actions(customer_id)
        ),
        key=lambda c: c.at,
    )
    own_events = tuple(
        TimelineEntry(
            at=r["at"],
            kind=str(r["kind"]),
            text=str(r["text"]),
            username=str(r["display_name"] or ""),
        )
        for r in reversed(uow.customers.events(customer_id))  # oldest first
    )
    return PersonRecord(
        store_name=uow.settings.get("store_name", "") or "",
        made_at=clock.now(),
        made_by=actor.display_name,
        customer=detail,
        consent=tuple(privacy.consent_history(uow, actor, customer_id)),
        sales=tuple(sold),
        ledger=tuple(membership.ledger(uow, actor, customer_id)),
        cards=membership.balances(uow, customer_id).cards,
        contacts=tuple(contacts),
        followups=tuple(reminders.list_followups(uow, actor, status=None, customer_id=customer_id)),
        service_records=tuple(reminders.list_service_records(uow, actor, customer_id=customer_id)),
        timeline=own_events,
        appointments=_appointments(uow, customer_id),
    )


def _appointments(uow: UnitOfWork, customer_id: int) -> tuple[AppointmentRecord, ...]:
    rows = uow.appointments.of_customer(customer_id, APPOINTMENT_LIMIT)
    names: dict[int, list[str]] = {}
    for service in uow.appointments.services(int(r["id"]) for r in rows):
        names.setdefault(int(service["appointment_id"]), []).append(service["item_name"])
    return tuple(
        AppointmentRecord(
            start=r["starts_at"],
            end=r["ends_at"],
            services="、".join(names.get(int(r["id"]), ())),
            staff_name=str(r["staff_name"] or ""),
            status=str(r["status"]),
            source=str(r["source"]),
            note=str(r["note"] or ""),
            reason=str(r["reason"] or ""),
        )
        for r in reversed(rows)  # the repository gives the latest first
    )


def export_person(
    uow: UnitOfWork, actor: Actor, customer_id: int, pdf_path: Path, xlsx_path: Path
) -> PersonExport:
    """Write the customer's PDF and workbook (each complete or not at all). Audited."""
    from storecrm.reports.person_pdf import write_person_pdf
    from storecrm.reports.person_xlsx import write_person_xlsx

    record = person_record(uow, actor, customer_id)
    pdf = write_person_pdf(record, Path(pdf_path))
    xlsx = write_person_xlsx(record, Path(xlsx_path))
    audit.record(
        uow,
        actor,
        "person_export",
        target=f"customer:{customer_id}",
        detail={"sales": len(record.sales), "ledger": len(record.ledger)},
    )
    privacy.commit_or_remove(uow, pdf, xlsx)
    return PersonExport(pdf, xlsx)


__all__ = ["ContactRecord", "PersonExport", "PersonRecord", "export_person", "person_record"]
