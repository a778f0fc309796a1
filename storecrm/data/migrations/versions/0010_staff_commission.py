"""Staff roster, who served each sale line, commission plans and the commission ledger.

Every account that served a sale (``sales.staff_id``) becomes a staff member linked to that
account, and every line of the sales, top-ups and refunds it served gets its ``sale_line_staff``
row: the main staff member, not requested, with the line's cash and consumption performance
(a session card's use before this revision is valued at price × sessions / total, rounded
down). No commission is posted for the past: there was no plan.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from storecrm.domain.commission import (
    LineFacts,
    sale_performance,
    surviving_measure,
)

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_APPEND_ONLY = ("sale_line_staff", "commission_entries", "commission_rules")


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("no", sa.String(16), nullable=False, unique=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("position", sa.String(24), nullable=False, server_default=""),
        sa.Column("grade", sa.String(24), nullable=False, server_default=""),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("hired_on", sa.Date, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "ux_staff_user",
        "staff",
        ["user_id"],
        unique=True,
        sqlite_where=sa.text("user_id IS NOT NULL"),
    )
    op.create_table(
        "commission_plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("effective_from", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_commission_plans_from", "commission_plans", ["effective_from"])
    op.create_table(
        "commission_rules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("commission_plans.id"), nullable=False),
        sa.Column("target", sa.String(8), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("catalogue_items.id"), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("grade", sa.String(24), nullable=True),
        sa.Column("requested", sa.Boolean, nullable=True),
        sa.Column("basis", sa.String(12), nullable=False),
        sa.Column("method", sa.String(12), nullable=False),
        sa.Column("rate_bp", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fixed_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("tiers", sa.Text, nullable=False, server_default=""),
        sa.Column("tier_mode", sa.String(8), nullable=False, server_default="whole"),
        sa.Column("main_permille", sa.Integer, nullable=False, server_default="1000"),
        sa.Column("assistant_pay", sa.String(8), nullable=False, server_default="share"),
        sa.Column("assistant_permille", sa.Integer, nullable=False, server_default="0"),
        sa.Column("assistant_fixed_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("include_bonus", sa.Boolean, nullable=False, server_default="0"),
    )
    op.create_index("ix_commission_rules_plan", "commission_rules", ["plan_id"])
    op.create_table(
        "sale_line_staff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=False),
        sa.Column("line_id", sa.Integer, sa.ForeignKey("sale_lines.id"), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("requested", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("share_permille", sa.Integer, nullable=False),
        sa.Column("grade", sa.String(24), nullable=False, server_default=""),
        sa.Column("category", sa.String(32), nullable=False, server_default=""),
        sa.Column("target", sa.String(8), nullable=False),
        sa.Column("cash_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("consumption_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("bonus_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("of_id", sa.Integer, sa.ForeignKey("sale_line_staff.id"), nullable=True),
    )
    op.create_index("ix_sale_line_staff_line", "sale_line_staff", ["line_id"])
    op.create_index("ix_sale_line_staff_sale", "sale_line_staff", ["sale_id"])
    op.create_index(
        "ix_sale_line_staff_at",
        "sale_line_staff",
        [
            "at",
            "staff_id",
            "target",
            "role",
            "of_id",
            "requested",
            "sale_id",
            "cash_fen",
            "consumption_fen",
            "bonus_fen",
        ],  # fmt: skip
    )
    op.create_index(
        "ix_sale_line_staff_staff",
        "sale_line_staff",
        ["staff_id", "at", "cash_fen", "consumption_fen", "bonus_fen"],
    )
    op.create_table(
        "commission_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("sale_id", sa.Integer, sa.ForeignKey("sales.id"), nullable=True),
        sa.Column("line_id", sa.Integer, sa.ForeignKey("sale_lines.id"), nullable=True),
        sa.Column("line_staff_id", sa.Integer, sa.ForeignKey("sale_line_staff.id"), nullable=True),
        sa.Column("reverses_id", sa.Integer, sa.ForeignKey("commission_entries.id"), nullable=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("commission_plans.id"), nullable=False),
        sa.Column("rule_id", sa.Integer, sa.ForeignKey("commission_rules.id"), nullable=False),
        sa.Column("role", sa.String(10), nullable=False, server_default="main"),
        sa.Column("basis", sa.String(12), nullable=False),
        sa.Column("measure_fen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("units", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rate_bp", sa.Integer, nullable=True),
        sa.Column("weight_ppm", sa.Integer, nullable=False, server_default="1000000"),
        sa.Column("amount_fen", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_commission_entries_month",
        "commission_entries",
        ["month", "staff_id", "kind", "amount_fen"],
    )
    op.create_index(
        "ix_commission_entries_group",
        "commission_entries",
        [
            "staff_id",
            "month",
            "rule_id",
            "kind",
            "rate_bp",
            "measure_fen",
            "weight_ppm",
            "amount_fen",
        ],  # fmt: skip
    )
    op.create_index("ix_commission_entries_line_staff", "commission_entries", ["line_staff_id"])
    op.create_index("ix_commission_entries_sale", "commission_entries", ["sale_id"])
    op.create_index(
        "ix_commission_entries_at", "commission_entries", ["at", "staff_id", "kind", "amount_fen"]
    )
    for table in _APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    # A saved plan is never changed: only a new version takes over.
    op.execute(
        "CREATE TRIGGER commission_plans_no_update BEFORE UPDATE ON commission_plans "
        "BEGIN SELECT RAISE(ABORT, 'commission_plans is append-only'); END"
    )
    _staff_from_accounts()


def _staff_from_accounts() -> None:
    conn = op.get_bind()
    now = datetime.now().replace(microsecond=0)
    served = [
        (int(uid), str(name))
        for uid, name in conn.exec_driver_sql(
            "SELECT u.id, u.display_name FROM users u WHERE u.id IN "
            "(SELECT DISTINCT staff_id FROM sales WHERE staff_id IS NOT NULL) ORDER BY u.id"
        )
    ]
    staff_of: dict[int, int] = {}
    for number, (uid, name) in enumerate(served, start=1):
        result = conn.execute(
            sa.text(
                "INSERT INTO staff (no, name, position, grade, active, user_id, created_at, "
                "updated_at) VALUES (:no, :name, '', '', 1, :uid, :now, :now)"
            ),
            {"no": f"{number:03d}", "name": name, "uid": uid, "now": now},
        )
        staff_of[uid] = int(result.lastrowid or 0)
    if not staff_of:
        return
    categories = {
        int(i): str(c or "")
        for i, c in conn.exec_driver_sql("SELECT id, category FROM catalogue_items")
    }
    cards = {
        int(i): (int(p), t, k)
        for i, p, t, k in conn.exec_driver_sql(
            "SELECT id, price_fen, sessions_total, kind FROM customer_cards"
        )
    }
    # original row id -> [qty, qty left, cash, consumption, bonus]
    originals: dict[int, list[int]] = {}
    row_of_line: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    next_id = 1
    for sale, lines, payments, bonus in _sales(conn):
        sid, kind, at, staff_uid = sale
        if staff_uid is None or int(staff_uid) not in staff_of:
            continue
        staff_id = staff_of[int(staff_uid)]
        if kind == "refund":
            for line_id, _k, _item, _card, qty, _u, _l, _a, of_line in lines:
                original = row_of_line.get(int(of_line)) if of_line is not None else None
                if original is None:
                    continue
                full_qty, left, cash, cons, bon = originals[original]
                after = left + int(qty)
                back = [
                    surviving_measure(v, full_qty, after) - surviving_measure(v, full_qty, left)
                    for v in (cash, cons, bon)
                ]
                originals[original][1] = after
                rows.append(
                    _row(next_id, sid, line_id, staff_id, at, "", "", cash_fen=back[0],
                         consumption_fen=back[1], bonus_fen=back[2], of_id=original,
                         target=_k if _k in ("card", "top_up") else "line")
                )  # fmt: skip
                next_id += 1
            continue
        if kind not in ("sale", "top_up"):
            continue
        facts = []
        for _id, lkind, _item, card_id, qty, unit, list_fen, amount, _of in lines:
            value = 0
            if lkind == "session" and card_id is not None and int(card_id) in cards:
                price, total, card_kind = cards[int(card_id)]
                value = (
                    price * int(qty) // int(total)
                    if card_kind == "count" and total
                    else int(unit) * int(qty)
                )
            list_value = int(unit) * int(qty) if lkind == "session" else int(list_fen)
            facts.append(LineFacts(str(lkind), int(qty), list_value, int(amount), value))
        for line, perf in zip(lines, sale_performance(facts, payments, bonus), strict=True):
            line_id, lkind, item_id, _c, qty = line[:5]
            rows.append(
                _row(next_id, sid, line_id, staff_id, at, "",
                     categories.get(int(item_id), "") if item_id is not None else "",
                     cash_fen=perf.cash_fen, consumption_fen=perf.consumption_fen,
                     bonus_fen=perf.bonus_fen, target=perf.target.value)
            )  # fmt: skip
            originals[next_id] = [
                int(qty),
                int(qty),
                perf.cash_fen,
                perf.consumption_fen,
                perf.bonus_fen,
            ]
            row_of_line[int(line_id)] = next_id
            next_id += 1
        if len(rows) >= 20_000:
            _flush(conn, rows)
    _flush(conn, rows)


def _row(
    row_id: int,
    sale_id: int,
    line_id: int,
    staff_id: int,
    at: Any,
    grade: str,
    category: str,
    *,
    cash_fen: int,
    consumption_fen: int,
    bonus_fen: int,
    target: str,
    of_id: int | None = None,
) -> dict[str, Any]:
    return {
        "id": row_id,
        "sale_id": sale_id,
        "line_id": line_id,
        "staff_id": staff_id,
        "at": at,
        "role": "main",
        "requested": 0,
        "share_permille": 1000,
        "grade": grade,
        "category": category,
        "target": target,
        "cash_fen": cash_fen,
        "consumption_fen": consumption_fen,
        "bonus_fen": bonus_fen,
        "of_id": of_id,
    }


def _flush(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO sale_line_staff (id, sale_id, line_id, staff_id, at, role, "
                "requested, share_permille, grade, category, target, cash_fen, consumption_fen, "
                "bonus_fen, of_id) VALUES (:id, :sale_id, :line_id, :staff_id, :at, :role, "
                ":requested, :share_permille, :grade, :category, :target, :cash_fen, "
                ":consumption_fen, :bonus_fen, :of_id)"
            ),
            rows,
        )
        rows.clear()


def _sales(
    conn: sa.Connection,
) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]], dict[str, int], int]]:
    """Each sale (id, kind, at, staff) in id order with its lines, payments by method and the
    bonus stored value it spent, read in slices of ids."""
    last = 0
    while True:
        sales = conn.exec_driver_sql(
            "SELECT id, kind, at, staff_id FROM sales WHERE id > ? ORDER BY id LIMIT 5000", (last,)
        ).all()
        if not sales:
            return
        low, high = int(sales[0][0]), int(sales[-1][0])
        lines: dict[int, list[tuple[Any, ...]]] = {}
        for row in conn.exec_driver_sql(
            "SELECT sale_id, id, kind, item_id, card_id, qty, unit_fen, list_fen, amount_fen, "
            "refund_of_line_id FROM sale_lines WHERE sale_id BETWEEN ? AND ? ORDER BY id",
            (low, high),
        ):
            lines.setdefault(int(row[0]), []).append(tuple(row[1:]))
        payments: dict[int, dict[str, int]] = {}
        for sid, method, amount in conn.exec_driver_sql(
            "SELECT sale_id, method, SUM(amount_fen) FROM sale_payments "
            "WHERE sale_id BETWEEN ? AND ? GROUP BY sale_id, method",
            (low, high),
        ):
            payments.setdefault(int(sid), {})[str(method)] = int(amount)
        bonus: dict[int, int] = {}
        for sid, delta in conn.exec_driver_sql(
            "SELECT sale_id, -SUM(delta) FROM ledger_entries WHERE sale_id BETWEEN ? AND ? "
            "AND account = 'bonus' AND kind = 'sale' GROUP BY sale_id",
            (low, high),
        ):
            bonus[int(sid)] = int(delta)
        for sale in sales:
            sid = int(sale[0])
            yield (
                (sid, str(sale[1]), sale[2], sale[3]),
                lines.get(sid, []),
                payments.get(sid, {}),
                bonus.get(sid, 0),
            )
        last = high


def downgrade() -> None:  # pragma: no cover - stores only move forward (safety copies exist)
    raise NotImplementedError("StoreCRM stores are upgraded forward only")
