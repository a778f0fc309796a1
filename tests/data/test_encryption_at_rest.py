"""The store's files hold no readable personal data, and only the right key opens them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storecrm.data.engine import connect_raw
from storecrm.data.store import iter_store_files
from storecrm.services import demo, session
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD


def test_no_phone_number_or_name_appears_in_any_store_file(
    owner: StoreContext, store_dir: Path
) -> None:
    owner.call(demo.add_demo_customers, 300, 5)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - test reads back what it wrote
        rows = uow.connection.exec_driver_sql("SELECT name, phone FROM customers").all()
    phones = [p for _, p in rows if p]
    names = [n for n, _ in rows]
    assert len(phones) > 250
    blobs = [path.read_bytes() for path in iter_store_files(store_dir)]  # db, -wal, keyring…
    assert any(len(b) > 50_000 for b in blobs)  # the data really is in there, encrypted
    for phone in phones:
        assert not any(phone.encode() in b for b in blobs), phone
    for name in names[:100]:
        assert not any(name.encode("utf-8") in b for b in blobs), name
    assert not any(b"SQLite format 3" in b[:16] for b in blobs)


def test_pythons_own_sqlite_cannot_read_the_database(store_dir: Path) -> None:
    conn = sqlite3.connect(store_dir / "store.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a_wrong_key_does_not_open_the_database(store_dir: Path) -> None:
    from storecrm.domain.errors import NotAStore

    with pytest.raises(NotAStore):
        connect_raw(store_dir / "store.db", b"\x01" * 32)


def test_sqlcipher_settings_are_wal_full_sync_and_foreign_keys(owner: StoreContext) -> None:
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        conn = uow.connection
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_the_cli_can_sign_in_as_the_owner_without_a_user_name(store_dir: Path) -> None:
    ctx = session.sign_in(store_dir, None, OWNER_PASSWORD)
    try:
        assert ctx.actor.username == OWNER
    finally:
        ctx.close()
