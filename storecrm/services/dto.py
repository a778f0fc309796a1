"""What services return: frozen, plain dataclasses (never rows, sessions or ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storecrm.domain.roles import Role


@dataclass(frozen=True, slots=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True, slots=True)
class StoreSettings:
    store_name: str
    business_type: str


@dataclass(frozen=True, slots=True)
class StoreInfo:
    store_name: str
    business_type: str
    folder: str
    store_id: str
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    entry_id: int
    at: datetime
    username: str
    action: str
    outcome: str
    target: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class TagInfo:
    tag_id: int
    name: str
    color: str
    customers: int = 0


@dataclass(frozen=True, slots=True)
class BirthdayInfo:
    calendar: str  # "solar" | "lunar"
    month: int
    day: int
    year: int | None
    leap_month: bool


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    customer_id: int
    name: str
    phone: str | None
    card_no: str | None
    gender: str
    category: str
    tags: tuple[TagInfo, ...]
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    archived: bool


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """A search result at the till: enough to recognise the person."""

    customer_id: int
    name: str
    phone: str | None
    card_no: str | None
    gender: str
    balance_fen: int
    points: int
    last_visit_at: datetime | None
    archived: bool


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    customer_id: int
    name: str
    phone: str | None
    other_phone: str | None
    gender: str
    birthday: BirthdayInfo | None
    birthday_solar: date | None
    age: int | None
    card_no: str | None
    address: str
    source: str
    referrer_id: int | None
    referrer_name: str | None
    preferences: str
    notes: str
    taste: str
    allergies: str
    hair_notes: str
    skin_notes: str
    sizes: str
    marketing_consent: bool
    marketing_consent_at: datetime | None
    tags: tuple[TagInfo, ...]
    category: str
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None
    merged_into_id: int | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # created, updated, archived, restored, merged, opening_balance, note, …
    text: str
    username: str
