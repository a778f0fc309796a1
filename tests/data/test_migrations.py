"""Schema upgrades keep every row, take a safety copy first, and match ``schema.py``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storecrm.data import migrate
from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring
from storecrm.data.schema import metadata
from storecrm.domain.audit_chain import GENESIS, at_text, link
from storecrm.domain.audit_chain import AuditRow as ChainRow
from storecrm.domain.errors import NotAStore
from storecrm.services import session
from tests.conftest import OWNER, OWNER_PASSWORD, make_store

NOW = datetime(2026, 11, 1, 10, 30, 0)

# One sample row per table, by column; only the columns a revision has are written.
SAMPLES: dict[str, list[dict[str, Any]]] = {
    "users": [
        {
            "username": f"clerk{i}",
            "username_key": f"clerk{i}",
            "display_name": f"店员{i}",
            "role": "cashier",
            "active": 1,
            "created_at": NOW,
            "created_by": 1,
            "updated_at": NOW,
            "password_changed_at": NOW,
        }
        for i in range(3)
    ],
    "store_settings": [
        {"key": f"sample_{i}", "value": f"值{i}", "updated_at": NOW, "updated_by": 1}
        for i in range(3)
    ],
    "audit_log": [
        {
            "at": NOW,
            "user_id": 1,
            "username": OWNER,
            "action": "sample",
            "outcome": "ok",
            "target": f"t{i}",
            "detail": "{}",
        }
        for i in range(5)
    ],
    "customers": [
        {
            "name": f"顾客{i}",
            "phone": f"1380000{i:04d}",
            "gender": ("female", "male", "unknown")[i % 3],
            "birthday": date(1990, 1 + i % 12, 1 + i % 28),
            "notes": f"备注{i}",
            "created_at": NOW,
            "created_by": 1,
            "updated_at": NOW,
            "updated_by": 1,
        }
        for i in range(50)
    ],
    # From 0002: the ledger (rebuilt by 0003 with a sessions account), timeline events, tags.
    "ledger_entries": [
        {
            "customer_id": 1 + i % 50,
            "account": ("principal", "bonus", "points")[i % 3],
            "kind": "opening",
            "delta": 100 * (i + 1),
            "at": NOW,
            "user_id": 1,
            "note": f"旧系统{i}",
        }
        for i in range(30)
    ],
    "customer_events": [
        {"customer_id": 1 + i, "at": NOW, "kind": "note", "text": f"记录{i}", "user_id": 1}
        for i in range(10)
    ],
    "tags": [{"name": f"标签{i}", "color": "#0F766E", "created_at": NOW} for i in range(5)],
}


def _key_for(folder: Path) -> bytes:
    return Keyring.load(folder / "keyring.json").unlock_owner(OWNER_PASSWORD)[1]


def _dump(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = connect_raw(folder / "store.db", _key_for(folder), read_only=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        dump = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_xinfo({table})")]
            order = ", ".join(str(i + 1) for i in range(len(cols)))
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            dump[table] = [dict(zip(cols, row, strict=True)) for row in rows]
        return dump  # type: ignore[return-value]
    finally:
        conn.close()


def _chained(conn: Any, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with the id and hash that chain it to the log's last entry."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    entry_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    content = ChainRow(
        entry_id,
        at_text(row["at"]),
        row["user_id"],
        row["username"],
        row["action"],
        row["outcome"],
        row["target"],
        row["detail"],
    )
    return {"id": entry_id, **row, "hash": link(previous, content)}


def _fill(folder: Path) -> None:
    conn = connect_raw(folder / "store.db", _key_for(folder))
    try:
        for table, rows in SAMPLES.items():
            cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if not cols:
                continue
            for row in rows:
                present = {k: v for k, v in row.items() if k in cols}
                if table == "audit_log" and "hash" in cols:  # from 0008 an entry is chained
                    present = _chained(conn, present)
                names = ", ".join(present)
                marks = ", ".join("?" for _ in present)
                conn.execute(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    [
                        v.isoformat(sep=" ") if isinstance(v, datetime) else v
                        for v in present.values()
                    ],
                )
        conn.execute("COMMIT") if conn.in_transaction else None
    finally:
        conn.close()


OLDER = migrate.all_revisions()[:-1]


def test_there_is_a_first_revision_and_a_head() -> None:
    revisions = migrate.all_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == migrate.head_revision()


@pytest.mark.parametrize("start", OLDER or [pytest.param("none", marks=pytest.mark.skip)])
def test_upgrading_an_older_store_keeps_every_row(tmp_path: Path, start: str) -> None:
    folder = tmp_path / "old"
    make_store(folder, revision=start).context.close()
    _fill(folder)
    before = _dump(folder)
    assert sum(len(rows) for rows in before.values()) >= 60

    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)  # opening upgrades in place
    try:
        assert ctx.upgraded_from == start
    finally:
        ctx.close()
    after = _dump(folder)
    for table, rows in before.items():
        kept = after[table][: len(rows)]
        assert len(after[table]) >= len(rows), table
        for old, new in zip(rows, kept, strict=True):
            assert {k: new[k] for k in old} == old, table

    copies = list((folder / "safety").glob(f"before-upgrade-{start}-*"))
    assert len(copies) == 1
    assert (copies[0] / "keyring.json").exists()
    # The safety copy opens on its own, still at the old revision, with the old rows.
    assert _dump(copies[0]) == before


def test_a_store_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "future"
    make_store(folder).context.close()
    conn = connect_raw(folder / "store.db", _key_for(folder))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(NotAStore) as info:
        session.sign_in(folder, OWNER, OWNER_PASSWORD)
    assert info.value.reason == "newer"


def test_schema_module_matches_the_migrations(tmp_path: Path) -> None:
    folder = tmp_path / "head"
    ctx = make_store(folder).context
    try:
        with ctx._store.engine.connect() as conn:  # noqa: SLF001
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        ctx.close()
    assert diff == []


def test_customers_from_the_first_revision_are_searchable_after_the_upgrade(
    tmp_path: Path,
) -> None:
    from storecrm.services import customers as svc

    folder = tmp_path / "old"
    make_store(folder, revision="0001").context.close()
    _fill(folder)
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert [h.name for h in ctx.call(svc.search_customers, "顾客7")][:1] == ["顾客7"]
        assert "顾客12" in [h.name for h in ctx.call(svc.search_customers, "guke12")]
        assert [h.name for h in ctx.call(svc.search_customers, "00012")] == ["顾客12"]
        detail = ctx.call(svc.get_customer, ctx.call(svc.search_customers, "顾客13")[0].customer_id)
        assert detail.birthday is not None
        assert (detail.birthday.calendar, detail.birthday.month, detail.birthday.day) == (
            "solar",
            2,
            14,
        )
        assert detail.birthday.year == 1990
    finally:
        ctx.close()


def test_the_revisions_read_plainly_are_alembics_own() -> None:
    """A store opens without importing Alembic: the chain read from the files' own lines is the
    one Alembic walks (same order, same head)."""
    assert migrate._plain_chain() == migrate._alembic_chain()  # noqa: SLF001
    assert migrate.head_revision() == migrate._alembic_chain()[-1]  # noqa: SLF001


def test_campaign_members_survive_0016_and_are_dated(tmp_path: Path) -> None:
    """0016 rebuilds ``campaigns`` (the offer may be a promotion) under enforced foreign keys:
    the members are kept, dated by their coupon's issue or their campaign's launch, and stay
    append-only."""
    folder = tmp_path / "c15"
    make_store(folder, revision="0015").context.close()
    _fill(folder)  # customers 1, 2, …
    conn = connect_raw(folder / "store.db", _key_for(folder))
    try:
        conn.execute(
            "INSERT INTO coupon_templates (id, name, kind, valid_days, created_at, updated_at) "
            "VALUES (1, '券', 'voucher', 30, ?, ?)",
            (NOW, NOW),
        )
        conn.execute(
            "INSERT INTO coupons (id, code, template_id, customer_id, valid_from, valid_to, "
            "issued_at, source) VALUES (1, 'ABCDEFGHIJK', 1, 1, ?, ?, ?, 'campaign')",
            (date(2026, 11, 1), date(2026, 11, 30), datetime(2026, 11, 2, 9, 0)),
        )
        conn.execute(
            "INSERT INTO campaigns (id, name, segment, coupon_template_id, starts_on, ends_on, "
            "seed, status, created_at, launched_at) VALUES "
            "(1, '活动', '{}', 1, ?, ?, 7, 'launched', ?, ?)",
            (date(2026, 11, 1), date(2026, 11, 30), NOW, datetime(2026, 11, 3, 9, 0)),
        )
        conn.execute(
            "INSERT INTO campaign_members (campaign_id, customer_id, grp, coupon_id) "
            "VALUES (1, 1, 'target', 1), (1, 2, 'holdout', NULL)"
        )
    finally:
        conn.close()
    session.sign_in(folder, OWNER, OWNER_PASSWORD).close()
    conn = connect_raw(folder / "store.db", _key_for(folder))
    try:
        rows = conn.execute(
            "SELECT customer_id, grp, coupon_id, added_at FROM campaign_members ORDER BY 1"
        ).fetchall()
        assert [tuple(r[:3]) for r in rows] == [(1, "target", 1), (2, "holdout", None)]
        assert [str(r[3])[:16] for r in rows] == ["2026-11-02 09:00", "2026-11-03 09:00"]
        campaign = conn.execute(
            "SELECT name, coupon_template_id, promotion_id FROM campaigns"
        ).fetchall()
        assert [tuple(r) for r in campaign] == [("活动", 1, None)]
        with pytest.raises(Exception, match="append-only"):
            conn.execute("DELETE FROM campaign_members")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
