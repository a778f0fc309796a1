"""What the staff services return: frozen dataclasses, no rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storecrm.domain.commission import Rule


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A member of the roster (员工); ``user_id`` is their sign-in account, if they have one."""

    staff_id: int
    no: str  # 工号
    name: str
    position: str  # 发型师, 技师, 服务员 …
    grade: str  # 总监, 首席, 高级, 助理 … (commission rules match on it)
    phone: str | None
    hired_on: date | None
    active: bool
    user_id: int | None
    username: str | None


@dataclass(frozen=True, slots=True)
class StaffDraft:
    """A new staff member (``staff_id`` 0) or the changes to one."""

    staff_id: int
    name: str
    no: str = ""  # empty: the next free number
    position: str = ""
    grade: str = ""
    phone: str | None = None
    hired_on: date | None = None
    active: bool = True
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """A version of the commission plan."""

    plan_id: int
    version: int  # 1, 2, … in the order they were saved
    effective_from: date
    note: str
    created_at: datetime
    created_by_name: str
    rules: tuple[Rule, ...]
    in_force: bool  # the one that applies today


@dataclass(frozen=True, slots=True)
class LineStaffInfo:
    """Who served a sale line, as the sale view shows it."""

    line_id: int
    staff_id: int
    name: str
    role: str
    requested: bool


@dataclass(frozen=True, slots=True)
class StaffFigures:
    """One staff member's figures for a period (the dashboard's row, the payroll's row)."""

    staff_id: int
    no: str
    name: str
    position: str
    grade: str
    cash_fen: int  # 现金业绩: money in for what they served, card sales and top-ups included
    consumption_fen: int  # 消耗业绩: service consumed, stored value and card uses included
    bonus_fen: int  # of consumption, paid from bonus stored value
    card_sales_fen: int  # 开卡业绩 (cash)
    top_ups_fen: int  # 充值业绩 (cash)
    visits: int  # sale tickets they were main staff on
    requested_visits: int  # of those, with them asked for (指定)
    customers: int  # members served (main staff) in the period
    returned: int  # of those, came back within 60 days
    commission_fen: int  # line commission less reversals
    tier_adjust_fen: int  # tier adjustments
    average_ticket_fen: int  # consumption per visit, half up

    @property
    def total_commission_fen(self) -> int:
        return self.commission_fen + self.tier_adjust_fen

    @property
    def requested_permille(self) -> int | None:
        """指定率 in permille, None without visits."""
        return (
            None
            if not self.visits
            else (self.requested_visits * 1000 + self.visits // 2) // self.visits
        )

    @property
    def return_permille(self) -> int | None:
        """回头客率 in permille (came back within 60 days, so far), None without customers."""
        if not self.customers:
            return None
        return (self.returned * 1000 + self.customers // 2) // self.customers


@dataclass(frozen=True, slots=True)
class Performance:
    """The dashboard: every staff member (or only the signed-in one) for a period."""

    start: date
    end: date  # inclusive
    rows: tuple[StaffFigures, ...]
    months: tuple[str, ...]  # the commission of these whole months is included
    only_self: bool  # the signed-in cashier sees their own row only


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One commission entry behind a statement's figure."""

    entry_id: int
    at: datetime
    kind: str  # line | reversal | tier
    sale_no: str | None
    customer: str  # name, "散客" for walk-ins
    description: str
    line_kind: str  # the sale line's kind (item, amount, card, session, top_up); "" for tiers
    role: str
    requested: bool
    basis: str
    measure_fen: int
    units: int
    rate_bp: int | None
    weight_ppm: int
    amount_fen: int
    plan_version: int
    detail: str  # tier adjustments: the month's figures as JSON


@dataclass(frozen=True, slots=True)
class Statement:
    """A staff member's commission statement for a month, every entry behind the figure."""

    staff: StaffMember
    month: str
    figures: StaffFigures
    lines: tuple[StatementLine, ...]

    @property
    def total_fen(self) -> int:
        return sum(x.amount_fen for x in self.lines)


@dataclass(frozen=True, slots=True)
class Payroll:
    """All staff, one row each, for a period (usually a whole month: the accountant's sheet)."""

    store_name: str
    start: date
    end: date
    months: tuple[str, ...]
    rows: tuple[StaffFigures, ...]
    made_at: datetime
    made_by: str

    @property
    def total_commission_fen(self) -> int:
        return sum(r.total_commission_fen for r in self.rows)


@dataclass(frozen=True, slots=True)
class CommissionMismatch:
    """Something ``storecrm check`` found in the commission ledger."""

    what: str  # e.g. "line:123:missing", "tier:5:2026-03:7"
    expected: int
    found: int
