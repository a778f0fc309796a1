"""One customer's copy of their data as sections of text rows, for the PDF and the workbook
alike (so the two always say the same)."""

from __future__ import annotations

from dataclasses import dataclass

from storecrm.domain.money import money_text
from storecrm.reports import person_labels as w
from storecrm.reports.customer_export import HEADERS
from storecrm.services.person_export import PersonRecord


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    wide: tuple[int, ...] = ()  # columns of free text, given more room


def profile_rows(record: PersonRecord) -> list[tuple[str, str]]:
    c = record.customer
    f = w.PROFILE_FIELDS
    consent = w.CONSENT[c.marketing_consent]
    if c.marketing_consent and c.marketing_consent_at:
        consent += f"（{w.when(c.marketing_consent_at)}）"
    rows = [
        (f["customer_id"], str(c.customer_id)),
        (f["name"], c.name),
        (f["phone"], c.phone or ""),
        (f["other_phone"], c.other_phone or ""),
        (f["gender"], w.GENDERS.get(c.gender, "")),
        (f["birthday"], w.birthday_text(c.birthday)),
        (f["card_no"], c.card_no or ""),
        (f["address"], c.address),
        (f["source"], w.SOURCES.get(c.source, c.source)),
        (f["referrer"], c.referrer_name or ""),
        (f["tags"], "，".join(t.name for t in c.tags)),
        (f["preferences"], c.preferences),
        (f["taste"], c.taste),
        (f["allergies"], c.allergies),
        (f["hair_notes"], c.hair_notes),
        (f["skin_notes"], c.skin_notes),
        (f["sizes"], c.sizes),
        (f["notes"], c.notes),
        (f["marketing_consent"], consent),
        (f["visits"], str(c.visit_count)),
        (f["total_spend"], money_text(c.total_spend_fen)),
        (f["balance"], money_text(c.balance_fen)),
        (f["points"], str(c.points)),
        (f["created"], f"{w.when(c.created_at)} {c.created_by}".strip()),
        (f["updated"], f"{w.when(c.updated_at)} {c.updated_by}".strip()),
    ]
    optional = {f[k] for k in ("other_phone", "taste", "allergies", "hair_notes", "skin_notes")}
    optional |= {f["sizes"], f["referrer"]}
    return [(k, v) for k, v in rows if v or k not in optional]


def sections(record: PersonRecord) -> list[Section]:
    h = w.HEADERS
    sales = tuple(
        (
            s.no,
            w.when(s.at),
            w.labelled(w.SALE_KINDS, s.kind),
            "、".join(
                f"{line.description} ×{abs(line.qty)}" if abs(line.qty) > 1 else line.description
                for line in s.lines
                if line.description
            ),
            money_text(s.total_fen),
            "，".join(
                f"{w.labelled(w.METHODS, p.method)} {p.points}"
                if p.method == "points"
                else f"{w.labelled(w.METHODS, p.method)} {money_text(p.amount_fen)}"
                for p in s.payments
            ),
            s.note,
        )
        for s in record.sales
    )
    ledger = tuple(
        (
            w.when(e.at),
            w.labelled(w.ACCOUNTS, e.account),
            w.labelled(w.LEDGER_KINDS, e.kind),
            w.amount(e.account, e.delta),
            w.amount(e.account, e.balance_after, signed=False),
            e.sale_no or "",
            e.card_name or "",
        )
        for e in record.ledger
    )
    cards = tuple(
        (
            card.name,
            w.labelled(w.CARD_KINDS, card.kind),
            "" if card.sessions_left is None else f"{card.sessions_left}/{card.sessions_total}",
            w.when(card.expires_on),
            w.labelled(w.CARD_STATUSES, card.status),
        )
        for card in record.cards
    )
    consent = tuple(
        (
            w.when(e.at),
            w.CONSENT[e.given],
            w.labelled(w.CONSENT_SOURCES, e.source),
            w.labelled(w.CHANNELS, e.channel),
            e.recorded_by,
            w.when(e.recorded_at),
        )
        for e in record.consent
    )
    contacts = tuple(
        (
            w.when(c.at),
            w.labelled(w.REMINDER_KINDS, c.kind),
            w.labelled(w.ACTIONS, c.action),
            w.labelled(w.CHANNELS, c.channel),
            c.note,
            c.username,
        )
        for c in record.contacts
    )
    followups = tuple(
        (
            w.when(t.due_on),
            t.title,
            t.note,
            w.labelled(w.STATUSES, t.status),
            t.assignee_name,
            w.when(t.created_at),
        )
        for t in record.followups
    )
    service = tuple(
        (
            w.when(r.created_at),
            w.labelled(w.SERVICE_TYPES, r.type),
            r.subject,
            r.detail,
            w.labelled(w.STATUSES, r.status),
            r.resolution,
            "" if r.satisfaction is None else "★" * r.satisfaction,
        )
        for r in record.service_records
    )
    timeline = tuple(
        (w.when(e.at), w.labelled(w.EVENTS, e.kind), _event_text(e.kind, e.text), e.username)
        for e in record.timeline
    )
    appointments = tuple(
        (
            f"{w.when(a.start)}–{a.end:%H:%M}",
            a.services,
            a.staff_name,
            w.labelled(w.APPOINTMENT_STATUSES, a.status),
            w.labelled(w.APPOINTMENT_SOURCES, a.source),
            a.note,
            a.reason,
        )
        for a in record.appointments
    )
    s = w.SECTIONS
    return [
        Section("consent", s["consent"], h["consent"], consent),
        Section("sales", s["sales"], h["sales"], sales, (3, 6)),
        Section("ledger", s["ledger"], h["ledger"], ledger),
        Section("cards", s["cards"], h["cards"], cards),
        Section("contacts", s["contacts"], h["contacts"], contacts, (4,)),
        Section("followups", s["followups"], h["followups"], followups, (1, 2)),
        Section("service", s["service"], h["service"], service, (2, 3, 5)),
        Section("appointments", s["appointments"], h["appointments"], appointments, (5, 6)),
        Section("timeline", s["timeline"], h["timeline"], timeline, (2,)),
    ]


def _event_text(kind: str, text: str) -> str:
    if kind == "updated":  # the fields that changed, by their column names
        return "、".join(HEADERS.get(name, name) for name in text.split(",") if name)
    if kind == "created" and text == "import":
        return "批量导入"
    return text
