"""The store cache (data/cache.py): which writes change what is kept, a unit that changed it
reads its own change, a rollback keeps nothing of it, and a reader whose snapshot is older
than a commit never puts the old figure back."""

from __future__ import annotations

import pytest

from storecrm.data.cache import written_table
from storecrm.data.uow import UnitOfWork
from storecrm.services.session import StoreContext


@pytest.mark.parametrize(
    ("statement", "parameters", "table"),
    [
        ("SELECT * FROM tiers", (), None),
        ("INSERT INTO tiers (name) VALUES (?)", ("金卡",), "tiers"),
        ('UPDATE "tiers" SET rank=? WHERE tiers.id = ?', (1, 2), "tiers"),
        ("update catalogue_items set price_fen = 1", (), "catalogue_items"),
        ("DELETE FROM promotion_targets WHERE promotion_id = ?", (3,), "promotion_targets"),
        ("INSERT OR REPLACE INTO staff (id) VALUES (1)", (), "staff"),
        ("REPLACE INTO users (id) VALUES (1)", (), "users"),
        ("INSERT INTO sales (no) VALUES (?)", ("S1",), None),  # a sale's own rows
        ("UPDATE customers SET points = points + 1", (), None),
        # the sale's bookkeeping setting is not a change of the settings; any other is
        (
            "INSERT INTO store_settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("item_last_through", "12", "2026-01-01"),
            None,
        ),
        (
            "UPDATE store_settings SET value=? WHERE store_settings.key = ?",
            {"value": "{}", "key_1": "membership_rules"},
            "store_settings",
        ),
    ],
)
def test_which_writes_change_what_is_kept(
    statement: str, parameters: object, table: str | None
) -> None:
    assert written_table(statement, parameters) == table


def _rank(uow: UnitOfWork) -> int:
    return uow.cached(
        ("test_rank",),
        lambda: int(
            uow.connection.exec_driver_sql("SELECT rank FROM tiers WHERE name = 'T'").scalar_one()
        ),
    )


@pytest.fixture
def tier(owner: StoreContext) -> StoreContext:
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        uow.connection.exec_driver_sql(
            "INSERT INTO tiers (name, rank, discount_permille, points_permille, active) "
            "VALUES ('T', 1, 1000, 1000, 1)"
        )
        uow.commit()
    return owner


def test_a_unit_reads_its_own_change_and_a_rollback_keeps_nothing(tier: StoreContext) -> None:
    store = tier._store  # noqa: SLF001
    with store.unit_of_work() as uow:
        assert _rank(uow) == 1  # read and kept
        uow.connection.exec_driver_sql("UPDATE tiers SET rank = 5 WHERE name = 'T'")
        assert _rank(uow) == 5  # its own change, not the kept figure
        uow.rollback()
        assert _rank(uow) == 1
    assert len(store.cache) == 1
    with store.unit_of_work() as uow:
        uow.connection.exec_driver_sql("UPDATE tiers SET rank = 7 WHERE name = 'T'")
        assert _rank(uow) == 7
        uow.commit()
        assert len(store.cache) == 0  # dropped once committed
        assert _rank(uow) == 7
    with store.unit_of_work(read_only=True) as uow:
        assert _rank(uow) == 7


def test_a_reader_older_than_a_commit_does_not_keep_the_old_figure(tier: StoreContext) -> None:
    store = tier._store  # noqa: SLF001
    with store.unit_of_work(read_only=True) as reader:
        reader.connection.exec_driver_sql("SELECT 1 FROM customers").all()  # its snapshot
        with store.unit_of_work() as writer:
            writer.connection.exec_driver_sql("UPDATE tiers SET rank = 9 WHERE name = 'T'")
            writer.commit()
        assert _rank(reader) == 1  # what its snapshot holds…
    assert len(store.cache) == 0  # …is not kept for the units after it
    with store.unit_of_work(read_only=True) as uow:
        assert _rank(uow) == 9
