"""WAL checkpoints are made off a sale's path (issue 23 point 1): a sale's commit never copies
the WAL into the database itself, the store's checkpointer thread does, without the writer lock
and without a sale waiting for it, and the WAL still starts over at about 1,000 frames."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from storecrm.data.checkpointer import CHECKPOINT_FRAMES, SAFETY_FRAMES, wal_frames
from storecrm.data.engine import DB_NAME
from storecrm.data.store import Store
from storecrm.services import sales
from storecrm.services.dto import SaleInfo
from storecrm.services.session import StoreContext
from tests.services.test_sales import Shop, item, member, pay, quote, sell, stock

WAIT = 30.0  # seconds; only reached when something is broken


def _wal(store: Store) -> tuple[int, int]:
    return wal_frames(store.paths.folder / f"{DB_NAME}-shm")


def _sell(owner: StoreContext, customer_id: int, *item_ids: int) -> SaleInfo:
    lines = tuple(item(i) for i in item_ids)
    return sell(owner, customer_id, lines, pay(wechat=quote(owner, customer_id, lines).total_fen))


def _sell_until(owner: StoreContext, shop: Shop, customer_id: int, frames: int) -> int:
    """Record sales until the WAL holds ``frames`` frames, or 400 sales; returns how many."""
    for n in range(1, 401):
        _sell(owner, customer_id, shop.cut, shop.shampoo)
        if _wal(owner._store)[0] >= frames:  # noqa: SLF001
            return n
    return 400


def test_a_sale_leaves_the_checkpoint_to_the_checkpointer(owner: StoreContext) -> None:
    """With the checkpointer stopped, sales take the WAL past 1,000 frames and none of their
    commits copied a frame into the database. Old code: SQLite's automatic checkpoint ran in
    the commit that took the WAL past 1,000 frames (a sale paid for it), and the WAL started
    over."""
    store = owner._store  # noqa: SLF001
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    checkpointer = getattr(store, "checkpointer", None)  # (none in the old code)
    if checkpointer is not None:
        checkpointer.stop()
    sold = _sell_until(owner, shop, zhang, CHECKPOINT_FRAMES + 100)
    last, backfilled = _wal(store)
    assert CHECKPOINT_FRAMES + 100 <= last < SAFETY_FRAMES, (sold, last)
    assert backfilled == 0
    with store.unit_of_work() as uow:
        autocheckpoint = uow.connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert autocheckpoint == SAFETY_FRAMES


def test_the_checkpointer_keeps_the_wal_to_about_a_thousand_frames(owner: StoreContext) -> None:
    store = owner._store  # noqa: SLF001
    checkpointer = store.checkpointer
    assert checkpointer is not None
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    _sell_until(owner, shop, zhang, CHECKPOINT_FRAMES)
    assert checkpointer.settled(WAIT)
    last, backfilled = _wal(store)
    assert checkpointer.made >= 1
    assert backfilled == last >= CHECKPOINT_FRAMES  # all of it copied into the database
    sale = _sell(owner, zhang, shop.cut)
    assert _wal(store)[0] < 100  # the next commit started the WAL over
    assert owner.call(sales.get_sale, sale.sale_id) == sale
    # And it goes on: the WAL never grows far past the mark while sales go on.
    for _ in range(3):
        _sell_until(owner, shop, zhang, CHECKPOINT_FRAMES)
        assert checkpointer.settled(WAIT)
        _sell(owner, zhang, shop.cut)
        assert _wal(store)[0] < 100


def test_a_sale_commits_while_a_checkpoint_is_being_made(owner: StoreContext) -> None:
    """The checkpoint holds a reader's connection and no writer lock: a sale made while it
    runs commits without waiting for it (here the checkpoint waits for the sale)."""
    store = owner._store  # noqa: SLF001
    checkpointer = store.checkpointer
    assert checkpointer is not None
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    started, sale_done = threading.Event(), threading.Event()
    real = checkpointer._checkpoint  # noqa: SLF001

    def held_checkpoint() -> None:
        with store.read_engine.connect():  # what the real one holds while it copies
            started.set()
            assert sale_done.wait(WAIT)
        real()

    checkpointer._checkpoint = held_checkpoint  # noqa: SLF001
    _sell_until(owner, shop, zhang, CHECKPOINT_FRAMES)
    assert started.wait(WAIT)
    assert not store.writer.held_here
    sale = _sell(owner, zhang, shop.cut)  # while it is held
    sale_done.set()
    assert checkpointer.settled(WAIT)
    assert owner.call(sales.get_sale, sale.sale_id) == sale


def test_the_wal_index_header_is_read_as_sqlite_writes_it(tmp_path: Path) -> None:
    shm = tmp_path / "store.db-shm"
    assert wal_frames(shm) == (0, 0)  # no WAL index yet
    head = bytearray(136)
    shm.write_bytes(bytes(head))
    assert wal_frames(shm) == (0, 0)  # not set up yet
    order = "little" if sys.byteorder == "little" else "big"
    head[0:4] = (3007000).to_bytes(4, order)
    head[16:20] = (1234).to_bytes(4, order)  # mxFrame
    head[96:100] = (1000).to_bytes(4, order)  # nBackfill
    shm.write_bytes(bytes(head))
    assert wal_frames(shm) == (1234, 1000)
    head[0:4] = (3999999).to_bytes(4, order)  # a format this code does not know: checkpoint
    shm.write_bytes(bytes(head))
    assert wal_frames(shm) == (CHECKPOINT_FRAMES, 0)


def test_a_sale_saved_is_reported_saved_when_the_checkpointer_cannot_be_told(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telling the checkpointer of a commit starts its thread the first time; should that fail
    (no thread can be started), the sale is committed all the same and must not be reported
    as failed: a cashier would ring it up a second time."""
    store = owner._store  # noqa: SLF001
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    checkpointer = store.checkpointer
    assert checkpointer is not None

    def refuse() -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(checkpointer, "committed", refuse)
    sale = _sell(owner, zhang, shop.cut)
    assert owner.call(sales.get_sale, sale.sale_id) == sale
