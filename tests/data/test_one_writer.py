"""One writer per store: readers never write and never make the writer fail; a busy database
is waited for and the unit of work runs again.

The store is real (SQLCipher in tmp_path); the threads and the other process are real too.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storecrm import messages
from storecrm.data import engine as engine_module
from storecrm.data import reminder_repository, writer
from storecrm.data.engine import connect_raw
from storecrm.data.uow import UnitOfWork, reads
from storecrm.data.writer import WriteOnReadPath
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, StoreBusy
from storecrm.domain.roles import Actor
from storecrm.services import catalogue, customers, membership, reminders, sales, session
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _members(ctx: StoreContext, n: int) -> list[int]:
    return [
        ctx.call(
            customers.create_customer, CustomerDraft(name=f"顾客{i}", phone=f"1380000{i:04d}")
        ).customer_id
        for i in range(n)
    ]


def _item(ctx: StoreContext) -> int:
    draft = ItemDraft(name="洗剪吹", price_fen=3800, kind="service", revisit_days=30)
    return ctx.call(catalogue.save_item, draft).item_id


def _sell(ctx: StoreContext, customer_id: int, item_id: int) -> int:
    draft = SaleDraft(
        customer_id=customer_id,
        lines=(LineDraft("item", 1, item_id=item_id),),
        payments=(PaymentDraft("cash", 3800),),
    )
    return ctx.call(sales.record_sale, draft).sale_id


@reads
def _sneaky_write(uow: UnitOfWork, actor: Actor) -> None:
    uow.settings.put("sneaky", "1", actor.user_id)


@reads
def _count_sales(uow: UnitOfWork, actor: Actor) -> int:
    return int(uow.connection.exec_driver_sql("SELECT count(*) FROM sales").scalar_one())


def test_sales_are_recorded_while_a_worker_computes_the_reminders(owner: StoreContext) -> None:
    """The crash of issue 16: the reminders' refresh wrote (item_last) inside its read, and a
    sale committed in between made SQLite refuse it at once ("database is locked")."""
    members = _members(owner, 8)
    item = _item(owner)
    errors: list[BaseException] = []
    computed = 0
    stop = threading.Event()

    def refresh() -> None:
        nonlocal computed
        while not stop.is_set():
            try:
                owner.call(reminders.due_reminders)
                owner.call(reminders.list_templates)
            except BaseException as exc:  # noqa: BLE001 - every failure is the finding
                errors.append(exc)
            computed += 1

    worker = threading.Thread(target=refresh)
    worker.start()
    recorded: list[int] = []
    try:
        # At least 60 sales, and at least 10 lists worked out while they were recorded.
        while len(recorded) < 60 or (computed < 10 and len(recorded) < 2000):
            try:
                recorded.append(_sell(owner, members[len(recorded) % 8], item))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                if len(errors) > 20:
                    break
    finally:
        stop.set()
        worker.join()
    assert errors == []
    assert computed >= 10
    assert owner.call(_count_sales) == len(recorded)
    # Every sale was counted in the reminders' cache by the sale itself.
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        assert uow.reminders.item_last_behind() == 0
    assert owner.call(membership.check_ledgers).ok


def test_a_write_on_the_read_path_fails_at_once_and_writes_nothing(owner: StoreContext) -> None:
    held = threading.Event()
    done = threading.Event()

    def hold_the_writer() -> None:  # a long write on a worker: reads must not wait for it
        with owner._store.unit_of_work():  # noqa: SLF001
            held.set()
            done.wait(30)

    worker = threading.Thread(target=hold_the_writer)
    worker.start()
    try:
        assert held.wait(30)
        started = time.monotonic()
        with pytest.raises(WriteOnReadPath):
            owner.call(_sneaky_write)
        assert owner.call(_count_sales) == 0  # a read while the writer is busy: no waiting
        assert time.monotonic() - started < 5  # not SQLite's busy timeout, not the lock's
    finally:
        done.set()
        worker.join()
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        assert uow.settings.get("sneaky") is None


def test_a_read_hands_its_writes_to_the_writer(cashier: StoreContext) -> None:
    """What a read must still write goes to the writer after it: the default message
    templates a first read adds, and the audit entry of a refused read."""
    templates = cashier.call(reminders.list_templates)
    assert len(templates) > 1
    assert cashier.call(reminders.list_templates) == templates  # added once
    with pytest.raises(PermissionDenied):
        cashier.call(membership.check_ledgers)
    with cashier._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        last = uow.audit.recent(1)[0]
    assert (last["action"], last["outcome"]) == ("ledger_check", "denied")


@pytest.fixture
def busy_timeout_short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200, raising=False)


class _ReleaseOnRetry(logging.Handler):
    """Lets the other connection go when the unit of work says it will run again: the retry is
    exercised exactly once, with no timing guesswork."""

    def __init__(self, other: object) -> None:
        super().__init__(logging.WARNING)
        self.other = other
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "running the unit of work again" in record.getMessage():
            self.retries += 1
            self.other.execute("COMMIT")  # type: ignore[attr-defined]


def test_a_unit_that_finds_the_database_busy_runs_again(
    store_dir: Path, busy_timeout_short: None
) -> None:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        member = _members(ctx, 1)[0]
        item = _item(ctx)
        other = connect_raw(store_dir / "store.db", ctx._store.db_key)  # noqa: SLF001
        other.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
        other.execute(
            "INSERT INTO tags (name, color, created_at) VALUES ('VIP', '#c0392b', "
            "'2026-01-05 10:00:00.000000')"
        )
        watcher = _ReleaseOnRetry(other)
        logger = logging.getLogger("storecrm.data.store")
        logger.addHandler(watcher)
        try:
            sale_id = _sell(ctx, member, item)
        finally:
            logger.removeHandler(watcher)
            other.close()
        assert watcher.retries == 1
        assert ctx.call(sales.get_sale, sale_id).total_fen == 3800
        assert [t.name for t in ctx.call(customers.list_tags)] == ["VIP"]
    finally:
        ctx.close()


INFO_LOOP = r"""
import sys
from pathlib import Path
from storecrm.data.engine import connect_raw
from storecrm.services import session
from tests.cli_main import lower_floor

lower_floor()
folder, password = Path(sys.argv[1]), sys.argv[2]
for _ in range(int(sys.argv[3])):
    ctx = session.sign_in(folder, "boss", password, read_only=True)  # as `storecrm info`
    with ctx._store.unit_of_work(read_only=True) as uow:
        uow.connection.exec_driver_sql("SELECT count(*) FROM sales").scalar()
    ctx.close()
reader = connect_raw(folder / "store.db", bytes.fromhex(sys.argv[4]), read_only=True)
reader.execute("BEGIN")
print(reader.execute("SELECT count(*) FROM sales").fetchone()[0], flush=True)
sys.stdin.readline()  # holds its snapshot until the test has written
reader.close()
"""


@pytest.fixture
def reader_process(store_dir: Path) -> Iterator[subprocess.Popen[str]]:
    from storecrm.data.keyring import Keyring

    key = Keyring.load(store_dir / "keyring.json").unlock_owner(OWNER_PASSWORD)[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", INFO_LOOP, str(store_dir), OWNER_PASSWORD, "5", key.hex()],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with proc:  # closes its pipes
        yield proc
        if proc.poll() is None:
            proc.kill()


def test_a_read_only_process_beside_the_program_never_fails_its_writes(
    store_dir: Path, reader_process: subprocess.Popen[str]
) -> None:
    """`storecrm info` takes no lock; it opens the store read-only while the program records
    sales, and then holds a read snapshot open: every sale is still saved."""
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        members = _members(ctx, 3)
        item = _item(ctx)
        recorded = [_sell(ctx, members[n % 3], item) for n in range(20)]  # while it signs in
        assert reader_process.stdout is not None
        seen_by_reader = int(reader_process.stdout.readline())
        for _ in range(20):  # while the other process holds its snapshot
            recorded.append(_sell(ctx, members[len(recorded) % 3], item))
        assert reader_process.stdin is not None
        reader_process.stdin.write("\n")
        reader_process.stdin.flush()
        assert reader_process.wait(60) == 0
        assert ctx.call(_count_sales) == len(recorded)
        assert seen_by_reader <= len(recorded) - 20
    finally:
        ctx.close()


def test_the_gui_thread_is_told_when_a_long_write_holds_the_writer(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import on a worker holds the writer; a sale on the main (GUI) thread waits a little,
    then gets StoreBusy — a message, not a frozen window — and goes through afterwards."""
    monkeypatch.setattr(writer, "MAIN_THREAD_WAIT", 0.2)
    member, item = _members(owner, 1)[0], _item(owner)
    held, done = threading.Event(), threading.Event()

    def long_write() -> None:
        with owner._store.unit_of_work():  # noqa: SLF001
            held.set()
            done.wait(30)

    worker = threading.Thread(target=long_write)
    worker.start()
    try:
        assert held.wait(30)
        with pytest.raises(StoreBusy) as busy:
            _sell(owner, member, item)
        assert "try again" in messages.error_text(busy.value)
        assert owner.call(_count_sales) == 0
    finally:
        done.set()
        worker.join()
    _sell(owner, member, item)
    assert owner.call(_count_sales) == 1


def test_a_cache_far_behind_is_caught_up_by_the_writer_in_slices(
    owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old store: item_last was never counted. A sale does not stop to count the whole
    history; the reminders' read hands the catch-up to the writer, a slice per write."""
    members, item = _members(owner, 4), _item(owner)
    for n in range(12):
        _sell(owner, members[n % 4], item)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - as a store before item_last
        uow.connection.exec_driver_sql("DELETE FROM item_last")
        uow.connection.exec_driver_sql(
            "DELETE FROM store_settings WHERE key = ?", (reminder_repository.ITEM_LAST_THROUGH,)
        )
        uow.commit()
    monkeypatch.setattr(reminder_repository, "KEEP_UP_AT_MOST", 3)
    monkeypatch.setattr(reminders, "CATCH_UP_SLICE", 5)
    _sell(owner, members[0], item)
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        assert uow.reminders.item_last_behind() == 13  # the sale left it to the reminders
    writes: list[str] = []
    real_write = owner._store.write  # noqa: SLF001

    def counted_write(work: object) -> None:
        writes.append(getattr(work, "__name__", ""))
        real_write(work)  # type: ignore[arg-type]

    monkeypatch.setattr(owner._store, "write", counted_write)  # noqa: SLF001
    owner.call(reminders.due_reminders)
    # 13 sale ids, 5 a slice (the list's bulk-read audit entry is handed over too)
    assert [w for w in writes if w != "write"] == ["_catch_up_slice"] * 3
    with owner._store.unit_of_work(read_only=True) as uow:  # noqa: SLF001
        assert uow.reminders.item_last_behind() == 0
        rows = uow.connection.exec_driver_sql(
            "SELECT customer_id, item_id FROM item_last ORDER BY customer_id"
        ).all()
    assert [tuple(r) for r in rows] == [(m, item) for m in sorted(members)]
