"""Typed rows of the staff and commission tables and queries (``staff_repository``), in the way
of ``rows.py``: plain dicts whose type names the columns."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict


class StaffRow(TypedDict):
    """A row of ``staff``."""

    id: int
    no: str
    name: str
    position: str
    grade: str
    phone: str | None
    hired_on: date | None
    active: bool
    user_id: int | None
    created_at: datetime
    updated_at: datetime


class StaffWithAccount(StaffRow):
    username: str | None
    user_role: str | None


class CommissionPlanRow(TypedDict):
    """A row of ``commission_plans``."""

    id: int
    effective_from: date
    note: str
    created_at: datetime
    created_by: int | None


class PlanWithAuthor(CommissionPlanRow):
    created_by_name: str | None


class CommissionRuleRow(TypedDict):
    """A row of ``commission_rules``."""

    id: int
    plan_id: int
    target: str
    item_id: int | None
    category: str | None
    grade: str | None
    requested: bool | None
    basis: str
    method: str
    rate_bp: int
    fixed_fen: int
    tiers: str
    tier_mode: str
    main_permille: int
    assistant_pay: str
    assistant_permille: int
    assistant_fixed_fen: int
    include_bonus: bool


class SaleLineStaffRow(TypedDict):
    """A row of ``sale_line_staff``."""

    id: int
    sale_id: int
    line_id: int
    staff_id: int
    at: datetime
    role: str
    requested: bool
    share_permille: int
    grade: str
    category: str
    target: str
    cash_fen: int
    consumption_fen: int
    bonus_fen: int
    of_id: int | None


class LineStaffWithName(SaleLineStaffRow):
    staff_name: str


class CommissionEntryRow(TypedDict):
    """A row of ``commission_entries``."""

    id: int
    staff_id: int
    month: str
    at: datetime
    kind: str
    sale_id: int | None
    line_id: int | None
    line_staff_id: int | None
    reverses_id: int | None
    plan_id: int
    rule_id: int
    role: str
    basis: str
    measure_fen: int
    units: int
    rate_bp: int | None
    weight_ppm: int
    amount_fen: int
    detail: str


class StatementEntry(CommissionEntryRow):
    """An entry with the sale, customer and line behind it."""

    sale_no: str | None
    sale_at: datetime | None
    customer_id: int | None
    customer_name: str | None
    description: str | None
    qty: int | None
    line_kind: str | None
    requested: bool | None


class PerformanceSum(TypedDict):
    staff_id: int
    target: str
    cash: int
    consumption: int
    bonus: int


class CommissionSum(TypedDict):
    staff_id: int
    kind: str
    amount: int


class VisitCount(TypedDict):
    staff_id: int
    visits: int
    requested: int | None
