"""``storecrm check`` for commission: re-add the ledger from the sales and the plans.

- each sale's credited cash performance equals the money it took, when every line names staff;
- each staff row of a sale line has its commission entry under the rule the plan in force on
  the sale's day gives for its line, grade and 指定 (none when no rule applies), with the
  line's measure, the staff member's weight and — for flat rules — the amount;
- each refund row takes back exactly the performance, and each reversal exactly the
  commission, that the refunded quantity carried (so what survives is the surviving
  quantity's commission);
- each tiered rule's month adds up to the rule's function of the staff member's month;
- no entry is left over.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import and_, func, select

from storecrm.data.schema import (
    commission_entries,
    sale_line_staff,
    sale_lines,
    sale_payments,
)
from storecrm.data.uow import UnitOfWork
from storecrm.domain.commission import (
    Basis,
    LinePerformance,
    LineStaff,
    Role,
    Rule,
    Target,
    line_amount,
    match_rule,
    month_of,
    pays_fixed,
    plan_in_force,
    surviving_measure,
    tier_commission,
    weight_ppm,
)
from storecrm.domain.membership import MONEY_METHODS
from storecrm.services.staff.dto import CommissionMismatch
from storecrm.services.staff.plans import load_plans

SLICE = 20_000
_MONEY = tuple(m.value for m in MONEY_METHODS)
Row = Mapping[str, Any]


def _slices(uow: UnitOfWork) -> Iterator[list[Row]]:
    """The staff rows with their line and sale, in slices of ids (a sale's rows are together)."""
    s = sale_line_staff.c
    last = 0
    while True:
        rows: list[Row] = [
            dict(r)
            for r in uow.connection.execute(
                select(
                    sale_line_staff,
                    sale_lines.c.kind.label("line_kind"),
                    sale_lines.c.qty,
                    sale_lines.c.item_id,
                    sale_lines.c.unit_fen,
                    sale_lines.c.list_fen,
                    sale_lines.c.refund_of_line_id,
                )
                .join(sale_lines, sale_lines.c.id == s.line_id)
                .where(s.id > last)
                .order_by(s.id)
                .limit(SLICE)
            ).mappings()
        ]
        if not rows:
            return
        # Never cut a sale in two.
        last_sale = rows[-1]["sale_id"]
        if len(rows) == SLICE:
            cut = [r for r in rows if r["sale_id"] != last_sale]
            if cut:
                rows = cut
        last = int(rows[-1]["id"])
        yield rows


def check_commission(uow: UnitOfWork) -> list[CommissionMismatch]:
    problems: list[CommissionMismatch] = []
    plans = load_plans(uow)
    # The rule each (plan, target, item, category, grade, 指定) gets, worked out once.
    matched: dict[tuple[Any, ...], Rule | None] = {}
    rules: dict[int, Rule] = {r.rule_id: r for p in plans for r in p.rules}
    seen_entries: set[int] = set()
    e = commission_entries.c
    for rows in _slices(uow):
        low, high = int(rows[0]["id"]), int(rows[-1]["id"])
        entries: dict[int, list[Row]] = {}
        for entry in uow.connection.execute(
            select(commission_entries)
            .where(and_(e.line_staff_id >= low, e.line_staff_id <= high))
            .order_by(e.id)
        ).mappings():
            entries.setdefault(int(entry["line_staff_id"]), []).append(dict(entry))
        sale_ids = sorted({int(r["sale_id"]) for r in rows})
        money: dict[int, int] = {}
        for sid, amount in uow.connection.execute(
            select(sale_payments.c.sale_id, func.sum(sale_payments.c.amount_fen))
            .where(
                and_(
                    sale_payments.c.sale_id.in_(sale_ids),
                    sale_payments.c.method.in_(_MONEY),
                )
            )
            .group_by(sale_payments.c.sale_id)
        ):
            money[int(sid)] = int(amount)
        lines_of_sale = _lines_of_sales(uow, sale_ids)
        by_line: dict[int, list[Row]] = {}
        for row in rows:
            by_line.setdefault(int(row["line_id"]), []).append(row)
        cash_of_sale: dict[int, int] = {}
        for row in rows:
            cash_of_sale[int(row["sale_id"])] = cash_of_sale.get(int(row["sale_id"]), 0) + int(
                row["cash_fen"]
            )
        with_staff = set(by_line)
        for sid, cash in cash_of_sale.items():
            lines = lines_of_sale.get(sid, set())
            if lines and lines <= with_staff and cash != money.get(sid, 0):
                problems.append(CommissionMismatch(f"sale:{sid}:cash", money.get(sid, 0), cash))
        for line_rows in by_line.values():
            first = line_rows[0]
            if first["of_id"] is None:
                _check_line(plans, matched, line_rows, entries, seen_entries, problems)
            else:
                _check_refund(uow, rules, line_rows, entries, seen_entries, problems)
    _check_tiers(uow, rules, problems)
    for entry_id, kind in uow.connection.execute(
        select(e.id, e.kind).where(e.kind != "tier").order_by(e.id)
    ):
        if int(entry_id) not in seen_entries:
            problems.append(CommissionMismatch(f"entry:{entry_id}:{kind}:extra", 0, 1))
    return problems


def _lines_of_sales(uow: UnitOfWork, sale_ids: list[int]) -> dict[int, set[int]]:
    result: dict[int, set[int]] = {}
    for sid, line_id in uow.connection.execute(
        select(sale_lines.c.sale_id, sale_lines.c.id).where(sale_lines.c.sale_id.in_(sale_ids))
    ):
        result.setdefault(int(sid), set()).add(int(line_id))
    return result


def _performance(rows: list[Row]) -> LinePerformance:
    first = rows[0]
    qty = int(first["qty"])
    list_fen = (
        int(first["unit_fen"]) * qty if first["line_kind"] == "session" else int(first["list_fen"])
    )
    return LinePerformance(
        Target(str(first["target"])),
        sum(int(r["cash_fen"]) for r in rows),
        sum(int(r["consumption_fen"]) for r in rows),
        sum(int(r["bonus_fen"]) for r in rows),
        list_fen,
        qty,
    )


def _check_line(
    plans: list[Any],
    matched: dict[tuple[Any, ...], Rule | None],
    rows: list[Row],
    entries: Mapping[int, list[Row]],
    seen: set[int],
    problems: list[CommissionMismatch],
) -> None:
    staff = [
        LineStaff(int(r["staff_id"]), Role(str(r["role"])), bool(r["requested"])) for r in rows
    ]
    perf = _performance(rows)
    at = rows[0]["at"]
    plan = plan_in_force(plans, at)
    for index, row in enumerate(rows):
        found = [x for x in entries.get(int(row["id"]), ()) if x["kind"] == "line"]
        seen.update(int(x["id"]) for x in found)
        rule = None
        if plan is not None:
            key = (
                plan.plan_id, perf.target, row["item_id"], str(row["category"]),
                str(row["grade"]), bool(row["requested"]),
            )  # fmt: skip
            if key not in matched:
                matched[key] = match_rule(plan.rules, *key[1:])
            rule = matched[key]
        name = f"line:{row['line_id']}:staff:{row['staff_id']}"
        if rule is None or plan is None:
            if found:
                problems.append(CommissionMismatch(f"{name}:unexpected", 0, len(found)))
            continue
        measure = perf.measure(rule)
        weight = weight_ppm(rule, staff, index)
        fixed = pays_fixed(rule, staff[index].role)
        flat = None if fixed else rule.rate_bp
        expected = (
            None
            if rule.tiered and not fixed
            else line_amount(rule, staff[index].role, measure, perf.qty, weight, flat or 0)
        )
        should = bool(expected) if fixed else bool(measure)  # as the poster skips nothing else
        if not found:
            if should:
                problems.append(CommissionMismatch(f"{name}:missing", expected or 0, 0))
            continue
        if len(found) > 1:
            problems.append(CommissionMismatch(f"{name}:twice", 1, len(found)))
        entry = found[0]
        if int(entry["rule_id"]) != rule.rule_id or int(entry["plan_id"]) != plan.plan_id:
            problems.append(CommissionMismatch(f"{name}:rule", rule.rule_id, int(entry["rule_id"])))
            continue
        if int(entry["measure_fen"]) != measure:
            problems.append(
                CommissionMismatch(f"{name}:measure", measure, int(entry["measure_fen"]))
            )
        if int(entry["weight_ppm"]) != weight:
            problems.append(CommissionMismatch(f"{name}:weight", weight, int(entry["weight_ppm"])))
        if expected is not None and int(entry["amount_fen"]) != expected:
            problems.append(
                CommissionMismatch(f"{name}:amount", expected, int(entry["amount_fen"]))
            )
        if month_of(at) != entry["month"]:
            problems.append(CommissionMismatch(f"{name}:month", 0, 1))


def _check_refund(
    uow: UnitOfWork,
    rules: Mapping[int, Rule],
    rows: list[Row],
    entries: Mapping[int, list[Row]],
    seen: set[int],
    problems: list[CommissionMismatch],
) -> None:
    """A refund line's rows against the original rows and their entries."""
    s = sale_line_staff.c
    for row in rows:
        original_id = int(row["of_id"])
        original = (
            uow.connection.execute(
                select(sale_line_staff, sale_lines.c.qty)
                .join(sale_lines, sale_lines.c.id == s.line_id)
                .where(s.id == original_id)
            )
            .mappings()
            .one()
        )
        earlier = uow.connection.execute(
            select(func.coalesce(func.sum(sale_lines.c.qty), 0))
            .select_from(sale_line_staff.join(sale_lines, sale_lines.c.id == s.line_id))
            .where(and_(s.of_id == original_id, s.id < int(row["id"])))
        ).scalar_one()
        qty = int(original["qty"])
        before = qty + int(earlier)
        after = before + int(row["qty"])
        name = f"refund:{row['line_id']}:staff:{row['staff_id']}"
        for column in ("cash_fen", "consumption_fen", "bonus_fen"):
            full = int(original[column])
            back = surviving_measure(full, qty, after) - surviving_measure(full, qty, before)
            if int(row[column]) != back:
                problems.append(CommissionMismatch(f"{name}:{column}", back, int(row[column])))
        reversals = {
            int(x["reverses_id"]): x
            for x in entries.get(int(row["id"]), ())
            if x["kind"] == "reversal" and x["reverses_id"] is not None
        }
        seen.update(int(x["id"]) for x in reversals.values())
        for entry in uow.staff.entries_of_line_staff([original_id]):
            rule = rules[int(entry["rule_id"])]
            reversal = reversals.get(int(entry["id"]))
            m_full, u_full = int(entry["measure_fen"]), int(entry["units"])
            m_b, m_a = (surviving_measure(m_full, qty, n) for n in (before, after))
            u_b, u_a = (surviving_measure(u_full, qty, n) for n in (before, after))
            rate = entry["rate_bp"]
            role = Role(str(entry["role"]))
            weight = int(entry["weight_ppm"])
            if rate is not None and rule.tiered:
                expected = line_amount(rule, role, m_a - m_b, u_a - u_b, weight, int(rate))
            else:
                expected = line_amount(rule, role, m_a, u_a, weight, rate or 0) - line_amount(
                    rule, role, m_b, u_b, weight, rate or 0
                )
            if reversal is None:
                if expected or m_a != m_b:
                    problems.append(CommissionMismatch(f"{name}:missing", expected, 0))
                continue
            if int(reversal["amount_fen"]) != expected:
                problems.append(
                    CommissionMismatch(f"{name}:amount", expected, int(reversal["amount_fen"]))
                )
            if int(reversal["measure_fen"]) != m_a - m_b:
                problems.append(
                    CommissionMismatch(f"{name}:measure", m_a - m_b, int(reversal["measure_fen"]))
                )
            if reversal["month"] != month_of(row["at"]):
                problems.append(CommissionMismatch(f"{name}:month", 0, 1))


def _check_tiers(
    uow: UnitOfWork, rules: Mapping[int, Rule], problems: list[CommissionMismatch]
) -> None:
    """Every month of every tiered rule against the rule's function of the staff member's
    month (two grouped passes: the performance and the entries)."""
    tiered = [r for r in rules if rules[r].tiered]
    if not tiered:
        return
    performance = uow.staff.all_month_performance()
    for staff_id, month, rule_id, weighted, amount in uow.staff.all_tier_groups(tiered):
        rule = rules[rule_id]
        cash, consumption, bonus = performance.get((staff_id, month), (0, 0, 0))
        measure = (
            cash
            if rule.basis is Basis.CASH
            else consumption
            if rule.include_bonus
            else consumption - bonus
        )
        expected = tier_commission(rule, measure, weighted)
        if expected != amount:
            problems.append(
                CommissionMismatch(f"tier:{staff_id}:{month}:{rule_id}", expected, amount)
            )


__all__ = ["check_commission"]
