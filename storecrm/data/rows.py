"""Typed rows: what the repositories' reads return, one ``TypedDict`` per table or query.

Each is a plain ``dict`` (nothing of SQLAlchemy leaves the data layer); its type documents the
columns, so mypy catches a renamed or misused column in the services. A test holds the table
rows in step with ``schema.py`` (names, Python types, NULL or not).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypedDict, TypeVar, cast

from sqlalchemy import CursorResult, Row

R = TypeVar("R", bound=Mapping[str, object])


def rows_as(kind: type[R], rows: Iterable[Row[Any]]) -> list[R]:
    """``rows`` as plain dicts typed ``kind`` (the query must select its columns)."""
    return [cast(R, row._asdict()) for row in rows]


def row_as(kind: type[R], row: Row[Any] | None) -> R | None:
    """One row as a plain dict typed ``kind``, or None."""
    return None if row is None else cast(R, row._asdict())


def stored(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it (times with microseconds, dates as
    'YYYY-MM-DD', booleans as 0/1), for rows written through the driver."""
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT of one row gave."""
    key = result.inserted_primary_key
    assert key is not None, "not a single-row INSERT"
    return int(key[0])


# -- one table -----------------------------------------------------------------------------------
class UserRow(TypedDict):
    """A row of ``users``."""

    id: int
    username: str
    username_key: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    password_changed_at: datetime


class AuditRow(TypedDict):
    """A row of ``audit_log``."""

    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    outcome: str
    target: str | None
    detail: str
    hash: str


class CustomerRow(TypedDict):
    """A row of ``customers``."""

    id: int
    name: str
    phone: str | None
    gender: str
    birthday: date | None
    notes: str
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    updated_by: int | None
    other_phone: str | None
    phone_rev: str | None
    name_sort: str
    card_no: str | None
    address: str
    preferences: str
    taste: str
    allergies: str
    hair_notes: str
    skin_notes: str
    sizes: str
    source: str
    referrer_id: int | None
    marketing_consent: bool
    marketing_consent_at: datetime | None
    birthday_calendar: str | None
    birthday_year: int | None
    birthday_month: int | None
    birthday_day: int | None
    birthday_leap: bool
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    tier_id: int | None
    archived_at: datetime | None
    archived_by: int | None
    merged_into_id: int | None
    return_due: str | None
    joined_md: str | None


class CustomerHitRow(TypedDict):
    """The columns of ``customers`` a search result at the till shows."""

    id: int
    name: str
    phone: str | None
    card_no: str | None
    gender: str
    balance_fen: int
    points: int
    last_visit_at: datetime | None
    archived_at: datetime | None


class TagRow(TypedDict):
    """A row of ``tags``."""

    id: int
    name: str
    color: str
    created_at: datetime


class CustomerEventRow(TypedDict):
    """A row of ``customer_events``."""

    id: int
    customer_id: int
    at: datetime
    kind: str
    text: str
    user_id: int | None


class ItemRow(TypedDict):
    """A row of ``catalogue_items``."""

    id: int
    name: str
    category: str
    kind: str
    price_fen: int
    points_cost: int | None
    discountable: bool
    revisit_days: int | None
    active: bool
    created_at: datetime
    updated_at: datetime
    duration_min: int | None


class TierRow(TypedDict):
    """A row of ``tiers``."""

    id: int
    name: str
    rank: int
    discount_permille: int
    points_permille: int
    upgrade_spend_fen: int | None
    upgrade_top_up_fen: int | None
    active: bool


class CardPlanRow(TypedDict):
    """A row of ``card_plans``."""

    id: int
    name: str
    kind: str
    sessions: int | None
    price_fen: int
    valid_days: int | None
    item_id: int | None
    active: bool
    created_at: datetime


class SaleRow(TypedDict):
    """A row of ``sales``."""

    id: int
    no: str
    kind: str
    at: datetime
    customer_id: int | None
    staff_id: int | None
    cashier_id: int
    approved_by: int | None
    refund_of_id: int | None
    tier_name: str
    list_fen: int
    discount_fen: int
    total_fen: int
    points_earned: int
    note: str
    order_discount_fen: int
    rounding_fen: int


class SaleLineRow(TypedDict):
    """A row of ``sale_lines``."""

    id: int
    sale_id: int
    line_no: int
    kind: str
    item_id: int | None
    card_id: int | None
    description: str
    qty: int
    unit_fen: int
    list_fen: int
    discount_fen: int
    amount_fen: int
    refund_of_line_id: int | None
    order_discount_fen: int
    rounding_fen: int


class PaymentRow(TypedDict):
    """A row of ``sale_payments``."""

    id: int
    sale_id: int
    method: str
    amount_fen: int
    points: int
    reference: str


class ParkedSaleRow(TypedDict):
    """A row of ``parked_sales``."""

    id: int
    parked_at: datetime
    user_id: int
    customer_id: int | None
    lines: int
    total_fen: int
    note: str
    draft: str


class ParkedSaleListRow(ParkedSaleRow):
    """A parked sale with the names it refers to (the list at the till, the day summary)."""

    customer_name: str | None
    user_name: str | None


class PaymentReferenceRow(TypedDict):
    """A payment by WeChat, Alipay or bank card in a period, for reconciliation."""

    sale_id: int
    no: str
    at: datetime
    kind: str
    method: str
    amount_fen: int
    reference: str


class CardRow(TypedDict):
    """A row of ``customer_cards``."""

    id: int
    customer_id: int
    plan_id: int | None
    name: str
    kind: str
    item_id: int | None
    sessions_total: int | None
    sessions_left: int | None
    price_fen: int
    bought_at: datetime
    expires_on: date | None
    sale_id: int | None
    status: str


class LedgerEntryRow(TypedDict):
    """A row of ``ledger_entries``."""

    id: int
    customer_id: int
    account: str
    kind: str
    delta: int
    at: datetime
    user_id: int | None
    note: str
    sale_id: int | None
    card_id: int | None


class ReminderActionRow(TypedDict):
    """A row of ``reminder_actions``."""

    id: int
    customer_id: int
    kind: str
    ref: str
    action: str
    channel: str | None
    note: str
    snooze_until: date | None
    at: datetime
    user_id: int | None


class FollowupRow(TypedDict):
    """A row of ``followups``."""

    id: int
    customer_id: int
    title: str
    note: str
    due_on: date
    assignee_id: int | None
    status: str
    created_at: datetime
    created_by: int | None
    closed_at: datetime | None
    closed_by: int | None


class ServiceRecordRow(TypedDict):
    """A row of ``service_records``."""

    id: int
    customer_id: int
    type: str
    subject: str
    detail: str
    status: str
    assignee_id: int | None
    due_on: date | None
    resolution: str
    satisfaction: int | None
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    resolved_at: datetime | None


class TemplateRow(TypedDict):
    """A row of ``message_templates``."""

    id: int
    name: str
    kind: str | None
    body: str
    created_at: datetime
    updated_at: datetime


# -- a table and what a query joins to it ----------------------------------------------------------
class CustomerEvent(CustomerEventRow):
    """A timeline event with the name of the user who made it."""

    display_name: str | None


class TagCount(TypedDict):
    """A tag and how many live customers carry it."""

    id: int
    name: str
    color: str
    n: int


class CustomerTag(TypedDict):
    """A tag of one customer."""

    customer_id: int
    id: int
    name: str
    color: str


class TierWithMembers(TierRow):
    """A tier with its count of live members."""

    members: int


class CardPlanWithItem(CardPlanRow):
    """A card plan with the name of the item it covers (None: any item)."""

    item_name: str | None


class SaleDetail(SaleRow):
    """One sale with the names it refers to."""

    customer_name: str | None
    customer_phone: str | None
    staff_name: str | None
    cashier_name: str | None
    approved_by_name: str | None
    refund_of_no: str | None


class SaleListRow(SaleRow):
    """A line of the sales list."""

    customer_name: str | None
    staff_name: str | None
    cashier_name: str | None


class CustomerSale(SaleRow):
    """A sale on a customer's history: what was bought and who recorded it."""

    what: str | None
    display_name: str | None


class KindTotal(TypedDict):
    """Sales of one kind in a period: count and sums."""

    kind: str
    n: int
    total: int
    discount: int
    points: int


class MethodTotal(TypedDict):
    """What one payment method took for one kind of sale in a period."""

    kind: str
    method: str
    amount: int
    points: int


class LedgerTotal(TypedDict):
    """How one ledger account moved with one kind of sale in a period."""

    kind: str
    account: str
    delta: int


class LineCount(TypedDict):
    """Quantity sold of one kind of line in a period."""

    kind: str
    qty: int


class StaffTotal(TypedDict):
    """Sales served by one staff member in a period (name None: nobody named)."""

    name: str | None
    n: int
    total: int


class CycleItem(TypedDict):
    """An item bought again every ``revisit_days`` days."""

    id: int
    name: str
    revisit_days: int


class LastAction(TypedDict):
    """The latest action on one reminder occurrence."""

    customer_id: int
    kind: str
    ref: str
    action: str
    snooze_until: date | None


class ActionTaken(ReminderActionRow):
    """An action on a reminder with the name of the user who took it."""

    display_name: str | None


class FollowupDetail(FollowupRow):
    """A follow-up task with the customer's name and phone and the people on it."""

    customer_name: str
    phone: str | None
    assignee_name: str | None
    creator_name: str | None


class ServiceRecordDetail(ServiceRecordRow):
    """A service record with the customer's name and phone and the people on it."""

    customer_name: str
    phone: str | None
    assignee_name: str | None
    creator_name: str | None


# -- rows to write -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SaleVisit:
    """A sale's visit of its customer: its spend and time move the customer's visit summary
    (``CustomerRepository.add_ledger_entries``)."""

    customer_id: int
    at: datetime
    spend_fen: int


class NewLedgerEntry(TypedDict):
    """A ledger entry to append (``CustomerRepository.add_ledger_entries``)."""

    customer_id: int
    account: str
    kind: str
    delta: int
    at: datetime
    user_id: int | None
    note: str
    sale_id: int | None
    card_id: int | None
