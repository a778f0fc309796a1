"""The figures: the performance dashboard for any period, a staff member's commission
statement for a month (every entry behind the figure) and the payroll (all staff, one row
each). The owner and managers see everyone; a cashier sees only their own figures (through the
staff member linked to their account) — the check is here, not in the screens.

Definitions (ARCHITECTURE.md says the same):
- 现金业绩 / 消耗业绩: the performance credited to the staff member (``sale_line_staff``) in the
  period, refunds deducted on the day of the refund;
- visits: sale tickets they were main staff on; 指定率: the share of those with them asked for;
- average ticket: consumption of their line sales ÷ visits, half up;
- 回头客率: of the members they served in the period (first such visit), the share who have
  come back (any sale) within 60 days of it so far (a period's rate can still rise for 60 days);
- commission: the entries posted in the period (for whole months, the months' entries).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.commission import Target
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.staff.dto import (
    Payroll,
    Performance,
    StaffFigures,
    StaffMember,
    Statement,
    StatementLine,
)
from storecrm.services.staff.posting import month_bounds
from storecrm.services.staff.roster import member

RETURN_DAYS = 60
MAX_DAYS = 3 * 366


def _scope(
    uow: UnitOfWork, actor: Actor, staff_id: int | None, action: str
) -> tuple[int | None, bool]:
    """Whose figures ``actor`` may read: (staff id or None for all, only their own)."""
    if actor.can(Permission.VIEW_STAFF_FIGURES):
        return staff_id, False
    audit.require(uow, actor, Permission.RECORD_SALES, action)
    own = uow.staff.of_user(actor.user_id)
    if own is None or (staff_id is not None and staff_id != int(own["id"])):
        uow.rollback()
        audit.record(
            uow, actor, action, outcome="denied",
            detail={"permission": Permission.VIEW_STAFF_FIGURES.value, "staff_id": staff_id},
        )  # fmt: skip
        uow.commit()
        raise PermissionDenied(Permission.VIEW_STAFF_FIGURES.value)
    return int(own["id"]), True


def months_between(start: date, end: date) -> tuple[str, ...]:
    """The months [start, end] touches, in order."""
    months = []
    year, mon = start.year, start.month
    while (year, mon) <= (end.year, end.month):
        months.append(f"{year:04d}-{mon:02d}")
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return tuple(months)


def whole_months(start: date, end: date) -> bool:
    return start.day == 1 and (end + timedelta(days=1)).day == 1


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("period", "invalid")
    if (end - start).days > MAX_DAYS:
        raise ValidationError("period", "too_long", max=MAX_DAYS)


def _figures(
    uow: UnitOfWork, start: date, end: date, staff_id: int | None, *, returns: bool = True
) -> list[StaffFigures]:
    """Every staff member with anything in the period (and every active one), by number."""
    begin = datetime.combine(start, datetime.min.time())
    stop = datetime.combine(end + timedelta(days=1), datetime.min.time())
    perf: dict[int, dict[str, int]] = {}
    for row in uow.staff.performance_sums(begin, stop, staff_id):
        add = perf.setdefault(row["staff_id"], {})
        target = row["target"]
        add["cash"] = add.get("cash", 0) + int(row["cash"])
        add["consumption"] = add.get("consumption", 0) + int(row["consumption"])
        add["bonus"] = add.get("bonus", 0) + int(row["bonus"])
        add[target] = add.get(target, 0) + int(row["cash"])
        if target == Target.LINE.value:
            add["line_consumption"] = add.get("line_consumption", 0) + int(row["consumption"])
    visits = {
        int(r["staff_id"]): (int(r["visits"]), int(r["requested"] or 0))
        for r in uow.staff.visits(begin, stop, staff_id)
    }
    commission: dict[int, dict[str, int]] = {}
    if whole_months(start, end):
        sums = uow.staff.commission_sums(months_between(start, end), staff_id)
    else:
        sums = uow.staff.commission_between(begin, stop, staff_id)
    for paid_row in sums:
        commission.setdefault(paid_row["staff_id"], {})[paid_row["kind"]] = int(paid_row["amount"])
    returned: dict[int, tuple[int, int]] = {}
    if returns:
        returned = _returns(uow, begin, stop, staff_id)
    people = {
        int(r["id"]): r for r in uow.staff.roster() if staff_id is None or int(r["id"]) == staff_id
    }
    result = []
    for sid, person in sorted(people.items(), key=lambda p: str(p[1]["no"])):
        figures = perf.get(sid, {})
        n, asked = visits.get(sid, (0, 0))
        paid = commission.get(sid, {})
        customers, back = returned.get(sid, (0, 0))
        if not (person["active"] or figures or n or paid):
            continue
        line_consumption = figures.get("line_consumption", 0)
        result.append(
            StaffFigures(
                staff_id=sid,
                no=str(person["no"]),
                name=str(person["name"]),
                position=str(person["position"]),
                grade=str(person["grade"]),
                cash_fen=figures.get("cash", 0),
                consumption_fen=figures.get("consumption", 0),
                bonus_fen=figures.get("bonus", 0),
                card_sales_fen=figures.get(Target.CARD.value, 0),
                top_ups_fen=figures.get(Target.TOP_UP.value, 0),
                visits=n,
                requested_visits=asked,
                customers=customers,
                returned=back,
                commission_fen=paid.get("line", 0) + paid.get("reversal", 0),
                tier_adjust_fen=paid.get("tier", 0),
                average_ticket_fen=(2 * line_consumption + n) // (2 * n) if n else 0,
            )
        )
    return result


def _returns(
    uow: UnitOfWork, begin: datetime, stop: datetime, staff_id: int | None
) -> dict[int, tuple[int, int]]:
    return uow.staff.returns(begin, stop, staff_id, RETURN_DAYS)


@reads
def staff_performance(
    uow: UnitOfWork, actor: Actor, start: date, end: date, staff_id: int | None = None
) -> Performance:
    """The dashboard for [start, end] (days inclusive): every staff member, or only the
    signed-in cashier's own row."""
    scope, only_self = _scope(uow, actor, staff_id, "staff_figures_view")
    _check_period(start, end)
    rows = _figures(uow, start, end, scope)
    return Performance(start, end, tuple(rows), months_between(start, end), only_self)


def _line(row: Mapping[str, Any], versions: Mapping[int, int]) -> StatementLine:
    kind = str(row["kind"])
    customer = row["customer_name"]
    return StatementLine(
        entry_id=int(row["id"]),
        at=row["at"],
        kind=kind,
        sale_no=row["sale_no"],
        customer="" if customer is None else str(customer),
        description=str(row["description"] or ""),
        line_kind=str(row["line_kind"] or ""),
        role=str(row["role"]),
        requested=bool(row["requested"]),
        basis=str(row["basis"]),
        measure_fen=int(row["measure_fen"]),
        units=int(row["units"]),
        rate_bp=None if row["rate_bp"] is None else int(row["rate_bp"]),
        weight_ppm=int(row["weight_ppm"]),
        amount_fen=int(row["amount_fen"]),
        plan_version=versions.get(int(row["plan_id"]), 0),
        detail=str(row["detail"] or ""),
    )


@reads
def commission_statement(uow: UnitOfWork, actor: Actor, staff_id: int, month: str) -> Statement:
    """A staff member's month: every commission entry (line, refund, tier adjustment) with the
    sale, customer and figures behind it, and the month's totals."""
    scope, _ = _scope(uow, actor, staff_id, "commission_statement_view")
    assert scope is not None
    try:
        start, end = month_bounds(month)
    except ValueError:
        raise ValidationError("month", "invalid") from None
    person: StaffMember = member(uow.staff.get(scope))
    versions = {
        int(p["id"]): n for n, p in enumerate(sorted(uow.staff.plans(), key=lambda p: p["id"]), 1)
    }
    lines = tuple(_line(r, versions) for r in uow.staff.statement_entries(scope, month))
    figures = _figures(uow, start.date(), (end - timedelta(days=1)).date(), scope)
    audit.record(
        uow, actor, "commission_statement_view", target=f"staff:{scope}", detail={"month": month}
    )
    uow.commit()
    empty = StaffFigures(
        scope, person.no, person.name, person.position, person.grade,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    return Statement(person, month, figures[0] if figures else empty, lines)


@reads
def payroll(
    uow: UnitOfWork, actor: Actor, start: date, end: date, staff_id: int | None = None
) -> Payroll:
    """All staff (or one), one row each, for [start, end] — for whole months the months'
    commission, otherwise what was posted in those days."""
    scope, _ = _scope(uow, actor, staff_id, "payroll_view")
    _check_period(start, end)
    rows = _figures(uow, start, end, scope, returns=False)
    return Payroll(
        store_name=str(uow.settings.get("store_name") or ""),
        start=start,
        end=end,
        months=months_between(start, end),
        rows=tuple(rows),
        made_at=clock.now(),
        made_by=actor.display_name,
    )


@reads
def export_payroll(
    uow: UnitOfWork,
    actor: Actor,
    sheet: Payroll,
    path: Path,
    fmt: str,
    labels: Mapping[str, str] | None = None,
) -> Path:
    """Write the payroll as an A4 PDF or an Excel workbook the user chose (atomically)."""
    audit.require(uow, actor, Permission.VIEW_STAFF_FIGURES, "payroll_export")
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError("format", "invalid")
    target = Path(path)
    if fmt == "pdf":
        from storecrm.reports.payroll_pdf import write_payroll_pdf

        write_payroll_pdf(sheet, target, labels)
    else:
        from storecrm.reports.payroll_xlsx import write_payroll_xlsx

        write_payroll_xlsx(sheet, target, labels)
    audit.record(
        uow,
        actor,
        "payroll_export",
        detail={"format": fmt, "from": sheet.start.isoformat(), "to": sheet.end.isoformat()},
    )
    uow.commit()
    return target


__all__ = [
    "commission_statement",
    "export_payroll",
    "months_between",
    "payroll",
    "staff_performance",
]
