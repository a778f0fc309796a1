"""Posting performance and commission, in the transaction of the sale, top-up or refund.

``Poster`` is used by ``record_sale``, ``top_up`` and ``refund_sale`` for one ticket at a time
(settling the tiers after each), and by the demo history for a year of tickets (settling the
tiers once at the end). Either way it writes:

1. ``sale_line_staff`` rows: who served each line, with the performance credited to them (a
   refund's rows take back the part of the original rows' performance it reverses);
2. ``commission_entries`` of kind ``line`` under the rule of the plan in force on the sale's
   day, or ``reversal`` for a refund (the same rule, counted in the refund's month);
3. ``tier`` entries: after the postings, for each staff member and month touched and each
   tiered rule that paid them that month, the difference between what the month's entries
   add up to and what the rule gives for the month (``domain.commission.tier_commission``).
   So at every moment Σ entries = the plan's function of the month's net performance.

Month figures (a staff member's performance, a tiered rule's basis and sum) are read from the
database once per poster and then kept up to date in memory, so the bulk path reads little.
The live path (one ticket per poster) also keeps each staff member's month performance per open
store once its unit has committed (:class:`KnownMonths`), and reads only the rows credited
since: summing a busy stylist's month anew cost every sale 3–15 ms on a 100,000-customer store.
"""

from __future__ import annotations

import functools
import json
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from storecrm.data.uow import UnitOfWork
from storecrm.domain.commission import (
    PPM,
    Basis,
    EntryKind,
    LineFacts,
    LinePerformance,
    LineStaff,
    Plan,
    Role,
    Rule,
    credit_shares,
    credited,
    line_amount,
    match_rule,
    month_of,
    pays_fixed,
    plan_in_force,
    sale_performance,
    surviving_measure,
    tier_commission,
    weight_ppm,
)
from storecrm.services.staff.plans import load_plans

_SECOND = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class LineInput:
    """A line of a sale or top-up being recorded, and who served it."""

    line_id: int
    facts: LineFacts
    item_id: int | None
    staff: tuple[LineStaff, ...]


@dataclass(frozen=True, slots=True)
class RefundLineInput:
    """A line of a refund: which original line, and how much of it."""

    line_id: int  # the refund's line
    of_line_id: int
    line_qty: int  # the original line's quantity
    left_before: int  # not refunded before this refund
    count: int  # refunded now


class KnownMonths:
    """Staff members' month performance (cash, consumption, bonus part) as committed, each
    with the highest ``sale_line_staff`` id it counts. ``sale_line_staff`` is append-only and
    its ids only grow, so known figures plus the rows after their id are the month's figures.
    Only what a committed unit wrote or read is kept (``UnitOfWork.after_commit``); a unit
    rolled back leaves nothing here, and its ids may be used again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._figures: dict[tuple[int, str], tuple[int, tuple[int, int, int]]] = {}

    def get(self, key: tuple[int, str]) -> tuple[int, tuple[int, int, int]] | None:
        with self._lock:
            return self._figures.get(key)

    def keep(self, known: dict[tuple[int, str], tuple[int, tuple[int, int, int]]]) -> None:
        with self._lock:
            for key, (through, figures) in known.items():
                old = self._figures.get(key)
                if old is None or old[0] <= through:
                    self._figures[key] = (through, figures)


_KNOWN: weakref.WeakKeyDictionary[object, KnownMonths] = weakref.WeakKeyDictionary()
_KNOWN_LOCK = threading.Lock()


def known_months(uow: UnitOfWork) -> KnownMonths:
    """The open store's :class:`KnownMonths` (a restored or reopened store starts afresh)."""
    with _KNOWN_LOCK:
        known = _KNOWN.get(uow.store)
        if known is None:
            known = _KNOWN[uow.store] = KnownMonths()
        return known


def month_bounds(month: str) -> tuple[datetime, datetime]:
    year, mon = int(month[:4]), int(month[5:7])
    start = datetime(year, mon, 1)
    end = datetime(year + (mon == 12), 1 if mon == 12 else mon + 1, 1)
    return start, end


class Poster:
    def __init__(
        self,
        uow: UnitOfWork,
        plans: Sequence[Plan] | None = None,
        known: KnownMonths | None = None,
    ) -> None:
        self.uow = uow
        self.known = known  # the live path's committed month figures
        self.repo = uow.staff
        if plans is None:  # kept per open store: every sale with staff reads them
            plans = uow.cached(("commission_plans",), lambda: tuple(load_plans(uow)))
        self.plans = list(plans)
        self.rules: dict[int, tuple[int, Rule]] = {
            r.rule_id: (p.plan_id, r) for p in self.plans for r in p.rules
        }
        self.grades: Mapping[int, str] = uow.cached(
            ("staff_grades",), lambda: MappingProxyType(self.repo.grades())
        )
        self.categories: dict[int, str] = {}
        self.row_id, self.entry_id = self.repo.max_ids()
        self._first_row_id = self.row_id  # rows up to here were there before this poster
        self._flushed = False
        self.rows: list[dict[str, Any]] = []
        self.entries: list[dict[str, Any]] = []
        self._perf: dict[tuple[int, str], list[int]] = {}  # cash, consumption, bonus
        self._groups: dict[tuple[int, str, int], list[int]] = {}  # weighted basis, amount
        self._known_groups: set[tuple[int, str]] = set()
        self.touched: set[tuple[int, str]] = set()
        # Rows and entries written by this poster, for refunds in the same batch.
        self._rows_of_line: dict[int, list[dict[str, Any]]] = {}
        self._entries_of_row: dict[int, list[dict[str, Any]]] = {}
        self.last_sale_id: int | None = None

    # -- month figures ---------------------------------------------------------------------------
    def _performance(self, staff_id: int, month: str) -> list[int]:
        key = (staff_id, month)
        figures = self._perf.get(key)
        if figures is None:
            start, end = month_bounds(month)
            known = None if self.known is None or self._flushed else self.known.get(key)
            if known is not None and known[0] <= self._first_row_id:
                through, before = known
                added = self.repo.month_performance_added(
                    staff_id, start, end, through, self._first_row_id
                )
                figures = [a + b for a, b in zip(before, added, strict=True)]
            else:
                figures = list(self.repo.month_performance(staff_id, start, end))
            self._perf[key] = figures
        return figures

    def performance_of(self, staff_id: int, month: str, rule: Rule) -> int:
        cash, consumption, bonus = self._performance(staff_id, month)
        if rule.basis is Basis.CASH:
            return cash
        return consumption if rule.include_bonus else consumption - bonus

    def _group(self, staff_id: int, month: str, rule_id: int) -> list[int]:
        key = (staff_id, month, rule_id)
        state = self._groups.get(key)
        if state is None:
            state = list(self.repo.group_state(staff_id, month, rule_id))
            self._groups[key] = state
        return state

    def _category(self, item_id: int | None) -> str:
        if item_id is None:
            return ""
        if item_id not in self.categories:
            self.categories[item_id] = self.uow.cached(
                ("item_category", item_id),
                lambda: self.repo.items_category([item_id]).get(item_id, ""),
            )
        return self.categories[item_id]

    # -- writing ---------------------------------------------------------------------------------
    def _add_row(self, values: dict[str, Any]) -> dict[str, Any]:
        self.row_id += 1
        row: dict[str, Any] = {"id": self.row_id, **values}
        figures = self._performance(int(row["staff_id"]), month_of(row["at"]))
        figures[0] += int(row["cash_fen"])
        figures[1] += int(row["consumption_fen"])
        figures[2] += int(row["bonus_fen"])
        self.rows.append(row)
        self._rows_of_line.setdefault(int(row["line_id"]), []).append(row)
        self.touched.add((int(row["staff_id"]), month_of(row["at"])))
        return row

    def _add_entry(self, values: dict[str, Any], rule: Rule) -> None:
        self.entry_id += 1
        entry: dict[str, Any] = {"id": self.entry_id, "detail": "", **values}
        self.entries.append(entry)
        staff_id, month = int(entry["staff_id"]), str(entry["month"])
        self.touched.add((staff_id, month))
        if rule.tiered and (entry["rate_bp"] is not None or entry["kind"] == EntryKind.TIER.value):
            state = self._group(staff_id, month, rule.rule_id)
            if entry["kind"] != EntryKind.TIER.value:
                state[0] += int(entry["measure_fen"]) * int(entry["weight_ppm"])
            state[1] += int(entry["amount_fen"])
        if entry.get("line_staff_id") is not None and entry["kind"] == EntryKind.LINE.value:
            self._entries_of_row.setdefault(int(entry["line_staff_id"]), []).append(entry)

    def flush(self) -> None:
        self.repo.insert_line_staff(self.rows)
        self.repo.insert_entries(self.entries)
        self.rows.clear()
        self.entries.clear()
        self._flushed = True
        if self.known is not None:
            # Every row up to row_id is counted in these figures: kept once committed.
            through = self.row_id
            kept = {key: (through, (f[0], f[1], f[2])) for key, f in self._perf.items()}
            self.uow.after_commit(functools.partial(self.known.keep, kept))

    def forget_batch(self) -> None:
        """Drop what is kept for refunds in the same batch (the bulk path, between slices)."""
        self._rows_of_line.clear()
        self._entries_of_row.clear()

    # -- a sale or top-up ------------------------------------------------------------------------
    def post_sale(
        self,
        sale_id: int,
        at: datetime,
        lines: Sequence[LineInput],
        payments: dict[str, int],
        bonus_spent_fen: int,
        grades: dict[int, str] | None = None,
    ) -> None:
        """Credit each line's staff and post their commission. ``grades`` overrides the
        roster's grade (the demo history gives the grade someone had at the time)."""
        if not any(line.staff for line in lines):
            return
        self.last_sale_id = sale_id
        performance = sale_performance([x.facts for x in lines], payments, bonus_spent_fen)
        month = month_of(at)
        posted: list[tuple[LineInput, LinePerformance, str, list[dict[str, Any]]]] = []
        for line, perf in zip(lines, performance, strict=True):
            if not line.staff:
                continue
            shares = credit_shares(line.staff)
            cash = credited(perf.cash_fen, shares)
            consumption = credited(perf.consumption_fen, shares)
            bonus = credited(perf.bonus_fen, shares)
            category = self._category(line.item_id)
            rows = []
            for i, person in enumerate(line.staff):
                grade = (grades or {}).get(person.staff_id, self.grades.get(person.staff_id, ""))
                rows.append(
                    self._add_row(
                        {
                            "sale_id": sale_id,
                            "line_id": line.line_id,
                            "staff_id": person.staff_id,
                            "at": at,
                            "role": person.role.value,
                            "requested": person.requested,
                            "share_permille": shares[i],
                            "grade": grade,
                            "category": category,
                            "target": perf.target.value,
                            "cash_fen": cash[i],
                            "consumption_fen": consumption[i],
                            "bonus_fen": bonus[i],
                            "of_id": None,
                        }
                    )
                )
            posted.append((line, perf, category, rows))
        plan = plan_in_force(self.plans, at)
        if plan is None:
            return
        for line, perf, category, rows in posted:
            for i, (person, row) in enumerate(zip(line.staff, rows, strict=True)):
                rule = match_rule(
                    plan.rules, perf.target, line.item_id, category, str(row["grade"]),
                    person.requested,
                )  # fmt: skip
                if rule is None:
                    continue
                self._line_entry(plan, rule, line, perf, i, row, sale_id, at, month)

    def _line_entry(
        self,
        plan: Plan,
        rule: Rule,
        line: LineInput,
        perf: LinePerformance,
        index: int,
        row: dict[str, Any],
        sale_id: int,
        at: datetime,
        month: str,
    ) -> None:
        person = line.staff[index]
        weight = weight_ppm(rule, line.staff, index)
        measure = perf.measure(rule)
        fixed = pays_fixed(rule, person.role)
        rate = None if fixed else (
            rule.rate_at(self.performance_of(person.staff_id, month, rule))
            if rule.tiered
            else rule.rate_bp
        )  # fmt: skip
        amount = line_amount(rule, person.role, measure, perf.qty, weight, rate or 0)
        if not amount and (fixed or not measure):
            return
        self._add_entry(
            {
                "staff_id": person.staff_id,
                "month": month,
                "at": at,
                "kind": EntryKind.LINE.value,
                "sale_id": sale_id,
                "line_id": line.line_id,
                "line_staff_id": row["id"],
                "reverses_id": None,
                "plan_id": plan.plan_id,
                "rule_id": rule.rule_id,
                "role": person.role.value,
                "basis": rule.basis.value,
                "measure_fen": measure,
                "units": perf.qty,
                "rate_bp": rate,
                "weight_ppm": weight,
                "amount_fen": amount,
            },
            rule,
        )

    # -- a refund --------------------------------------------------------------------------------
    def post_refund(self, refund_id: int, at: datetime, lines: Sequence[RefundLineInput]) -> None:
        """Take back the refunded part of each original line's performance and commission,
        in the refund's month: what survives is what the surviving quantity earns."""
        month = month_of(at)
        originals = self._original_rows([x.of_line_id for x in lines])
        if not originals:
            return
        self.last_sale_id = refund_id
        entries = self._original_entries(
            [int(r["id"]) for x in lines for r in originals.get(x.of_line_id, ())]
        )
        for line in lines:
            before, after = line.left_before, line.left_before - line.count
            for row in originals.get(line.of_line_id, ()):
                back = _taken_back(line.line_qty, before, after)
                refund_row = self._add_row(
                    {
                        "sale_id": refund_id,
                        "line_id": line.line_id,
                        "staff_id": int(row["staff_id"]),
                        "at": at,
                        "role": str(row["role"]),
                        "requested": bool(row["requested"]),
                        "share_permille": int(row["share_permille"]),
                        "grade": str(row["grade"]),
                        "category": str(row["category"]),
                        "target": str(row["target"]),
                        "cash_fen": back(int(row["cash_fen"])),
                        "consumption_fen": back(int(row["consumption_fen"])),
                        "bonus_fen": back(int(row["bonus_fen"])),
                        "of_id": int(row["id"]),
                    }
                )
                for entry in entries.get(int(row["id"]), ()):
                    self._reverse(entry, refund_row, line, before, after, at, month)

    def _reverse(
        self,
        entry: dict[str, Any],
        refund_row: dict[str, Any],
        line: RefundLineInput,
        before: int,
        after: int,
        at: datetime,
        month: str,
    ) -> None:
        plan_id, rule = self.rules[int(entry["rule_id"])]
        role = Role(str(entry["role"]))
        weight, rate = int(entry["weight_ppm"]), entry["rate_bp"]
        m_full, u_full = int(entry["measure_fen"]), int(entry["units"])
        m_before = surviving_measure(m_full, line.line_qty, before)
        m_after = surviving_measure(m_full, line.line_qty, after)
        u_before = surviving_measure(u_full, line.line_qty, before)
        u_after = surviving_measure(u_full, line.line_qty, after)
        if rate is not None and rule.tiered:
            # The month's tier adjustment settles the rate; the line goes back at its own.
            amount = line_amount(rule, role, m_after - m_before, u_after - u_before, weight, rate)
        else:
            amount = line_amount(rule, role, m_after, u_after, weight, rate or 0) - line_amount(
                rule, role, m_before, u_before, weight, rate or 0
            )
        if not amount and m_after == m_before:
            return
        self._add_entry(
            {
                "staff_id": int(entry["staff_id"]),
                "month": month,
                "at": at,
                "kind": EntryKind.REVERSAL.value,
                "sale_id": int(refund_row["sale_id"]),
                "line_id": line.line_id,
                "line_staff_id": refund_row["id"],
                "reverses_id": int(entry["id"]),
                "plan_id": plan_id,
                "rule_id": rule.rule_id,
                "role": role.value,
                "basis": str(entry["basis"]),
                "measure_fen": m_after - m_before,
                "units": u_after - u_before,
                "rate_bp": rate,
                "weight_ppm": weight,
                "amount_fen": amount,
            },
            rule,
        )

    def _original_rows(self, line_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        missing = []
        for line_id in set(line_ids):
            if line_id in self._rows_of_line:
                found[line_id] = [r for r in self._rows_of_line[line_id] if r["of_id"] is None]
            else:
                missing.append(line_id)
        for row in self.repo.line_staff_of_lines(missing):
            if row["of_id"] is None:
                found.setdefault(int(row["line_id"]), []).append(dict(row))
        return found

    def _original_entries(self, row_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        missing = []
        for row_id in set(row_ids):
            if row_id in self._entries_of_row:
                found[row_id] = self._entries_of_row[row_id]
            else:
                missing.append(row_id)
        for entry in self.repo.entries_of_line_staff(missing):
            owner = entry["line_staff_id"]
            assert owner is not None  # the query asks for these rows' entries
            found.setdefault(owner, []).append(dict(entry))
        return found

    # -- tiers -----------------------------------------------------------------------------------
    def settle(self, at: datetime) -> None:
        """Append a tier adjustment wherever a tiered rule's month does not add up to what the
        rule gives for the staff member's month (see the module's description). An adjustment
        for an earlier month (the bulk path settles once) is dated its month's last second."""
        for staff_id, month in sorted(self.touched):
            rule_ids = set(self.repo.group_rules(staff_id, month)) if (
                (staff_id, month) not in self._known_groups
            ) else set()  # fmt: skip
            self._known_groups.add((staff_id, month))
            rule_ids |= {r for (s, m, r) in self._groups if s == staff_id and m == month}
            for rule_id in sorted(rule_ids):
                plan_id, rule = self.rules[rule_id]
                if not rule.tiered:
                    continue
                weighted, amount = self._group(staff_id, month, rule_id)
                performance = self.performance_of(staff_id, month, rule)
                target = tier_commission(rule, performance, weighted)
                if target == amount:
                    continue
                self._add_entry(
                    {
                        "staff_id": staff_id,
                        "month": month,
                        "at": at if month_of(at) == month else month_bounds(month)[1] - _SECOND,
                        "kind": EntryKind.TIER.value,
                        "sale_id": self.last_sale_id,
                        "line_id": None,
                        "line_staff_id": None,
                        "reverses_id": None,
                        "plan_id": plan_id,
                        "rule_id": rule_id,
                        "role": Role.MAIN.value,
                        "basis": rule.basis.value,
                        "measure_fen": 0,
                        "units": 0,
                        "rate_bp": None,
                        "weight_ppm": PPM,
                        "amount_fen": target - amount,
                        "detail": json.dumps(
                            {
                                "performance_fen": performance,
                                "basis_fen": weighted // PPM,
                                "mode": rule.tier_mode.value,
                                "rate_bp": rule.rate_at(performance),
                                "month_fen": target,
                                "before_fen": amount,
                            },
                            sort_keys=True,
                        ),
                    },
                    rule,
                )
        self.touched.clear()


def _taken_back(qty: int, before: int, after: int) -> Callable[[int], int]:
    """The change in a line's figure when its quantity left goes from ``before`` to ``after``."""

    def back(value: int) -> int:
        return surviving_measure(value, qty, after) - surviving_measure(value, qty, before)

    return back


def post_one_sale(
    uow: UnitOfWork,
    sale_id: int,
    at: datetime,
    lines: Sequence[LineInput],
    payments: dict[str, int],
    bonus_spent_fen: int,
) -> None:
    """Post a sale or top-up and settle its tiers (the live path)."""
    if not any(x.staff for x in lines):
        return
    poster = Poster(uow, known=known_months(uow))
    poster.post_sale(sale_id, at, lines, payments, bonus_spent_fen)
    poster.settle(at)
    poster.flush()


def post_one_refund(
    uow: UnitOfWork, refund_id: int, at: datetime, lines: Sequence[RefundLineInput]
) -> None:
    poster = Poster(uow, known=known_months(uow))
    poster.post_refund(refund_id, at, lines)
    poster.settle(at)
    poster.flush()


__all__ = [
    "KnownMonths",
    "LineInput",
    "Poster",
    "RefundLineInput",
    "month_bounds",
    "post_one_refund",
    "post_one_sale",
]
