"""Migration 0010 on a store that already has sales: every account that served becomes a staff
member with that account, and every line it served gets its staff row with the line's cash
and consumption performance (a refund's row takes its part back); nothing else changes."""

from __future__ import annotations

from pathlib import Path

from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring
from storecrm.services import session
from storecrm.services.staff import figures, roster
from tests.conftest import OWNER, OWNER_PASSWORD, make_store

AT = "2025-05-10 11:00:00.000000"
LATER = "2025-05-11 11:00:00.000000"


def _raw(folder: Path):  # type: ignore[no-untyped-def]
    key = Keyring.load(folder / "keyring.json").unlock_owner(OWNER_PASSWORD)[1]
    return connect_raw(folder / "store.db", key)


def test_accounts_that_served_become_staff_and_lines_get_their_rows(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    make_store(folder, revision="0007").context.close()
    conn = _raw(folder)
    conn.execute(
        "INSERT INTO users (id, username, username_key, display_name, role, active, created_at, "
        "updated_at, password_changed_at) VALUES (2, 'tony', 'tony', 'Tony老师', 'cashier', 1, "
        "?, ?, ?)",
        (AT, AT, AT),
    )
    conn.execute(
        "INSERT INTO catalogue_items (id, name, category, kind, price_fen, created_at, "
        "updated_at) VALUES (1, '剪发', '剪发', 'service', 10000, ?, ?)",
        (AT, AT),
    )
    # A sale of two cuts served by Tony: ¥150 WeChat + ¥50 cash; a refund of one cut.
    conn.execute(
        "INSERT INTO sales (id, no, kind, at, staff_id, cashier_id, list_fen, discount_fen, "
        "total_fen) VALUES (1, '20250510-0001', 'sale', ?, 2, 1, 20000, 0, 20000)",
        (AT,),
    )
    conn.execute(
        "INSERT INTO sale_lines (id, sale_id, line_no, kind, item_id, description, qty, "
        "unit_fen, list_fen, discount_fen, amount_fen) "
        "VALUES (1, 1, 1, 'item', 1, '剪发', 2, 10000, 20000, 0, 20000)"
    )
    conn.execute(
        "INSERT INTO sale_payments (sale_id, method, amount_fen) VALUES (1, 'wechat', 15000), "
        "(1, 'cash', 5000)"
    )
    conn.execute(
        "INSERT INTO sales (id, no, kind, at, staff_id, cashier_id, refund_of_id, list_fen, "
        "discount_fen, total_fen) "
        "VALUES (2, '20250511-0001', 'refund', ?, 2, 1, 1, -10000, 0, -10000)",
        (LATER,),
    )
    conn.execute(
        "INSERT INTO sale_lines (id, sale_id, line_no, kind, item_id, description, qty, "
        "unit_fen, list_fen, discount_fen, amount_fen, refund_of_line_id) "
        "VALUES (2, 2, 1, 'item', 1, '剪发', -1, 10000, -10000, 0, -10000, 1)"
    )
    conn.execute(
        "INSERT INTO sale_payments (sale_id, method, amount_fen) VALUES (2, 'wechat', -7500), "
        "(2, 'cash', -2500)"
    )
    conn.commit()
    conn.close()

    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)  # upgrades to head
    try:
        (tony,) = ctx.call(roster.list_staff_members)
        assert (tony.no, tony.name, tony.user_id, tony.username) == ("001", "Tony老师", 2, "tony")
        conn = _raw(folder)
        rows = conn.execute(
            "SELECT line_id, staff_id, role, share_permille, cash_fen, consumption_fen, of_id, "
            "target FROM sale_line_staff ORDER BY id"
        ).fetchall()
        conn.close()
        # The sale: ¥200 of cash performance and consumption; the refund of 1 of 2 takes ¥100.
        assert [tuple(r) for r in rows] == [
            (1, tony.staff_id, "main", 1000, 20000, 20000, None, "line"),
            (2, tony.staff_id, "main", 1000, -10000, -10000, 1, "line"),
        ]
        from datetime import date

        may = ctx.call(figures.staff_performance, date(2025, 5, 1), date(2025, 5, 31))
        assert [(r.name, r.cash_fen, r.visits, r.total_commission_fen) for r in may.rows] == [
            ("Tony老师", 10000, 1, 0)  # no plan before 0010: no commission for the past
        ]
    finally:
        ctx.close()
