"""The backup's own check of every page's HMAC (data/page_hmac.py) agrees with SQLCipher's
``cipher_integrity_check``: a real store passes, and a flipped bit in any part of any page is
found on the same page."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from storecrm.data import backup as files
from storecrm.data.backup import writing
from storecrm.data.engine import connect_raw
from storecrm.data.page_hmac import LOCK_BYTE, RESERVE, PageChecker, page_format
from storecrm.domain.errors import BadBackup, NotAStore
from storecrm.services import demo
from tests.conftest import make_store
from tests.data.test_backup import db_key, make_backup


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages") / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 300, 3)
    ctx.sign_out()
    return folder


def _checker(data: bytes, key: bytes, page_size: int) -> PageChecker:
    return PageChecker(key, data[:16], page_size)


def _sqlcipher_bad_pages(path: Path, key: bytes) -> list[int]:
    conn = connect_raw(path, key, read_only=True)
    try:
        rows: list[Any] = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
    return sorted({int(n) for row in rows for n in re.findall(r"page (\d+)", str(row[0]))})


def test_every_page_of_a_real_store_passes(store: Path) -> None:
    key = db_key(store)
    conn = connect_raw(store / "store.db", key, read_only=True)
    try:
        fmt = page_format(conn)
    finally:
        conn.close()
    assert fmt is not None and fmt.page_size == 4096
    data = (store / "store.db").read_bytes()
    assert len(data) // fmt.page_size > 100  # a store of several hundred pages
    assert _checker(data, key, fmt.page_size).first_bad(data, 1) is None
    assert _sqlcipher_bad_pages(store / "store.db", key) == []
    # chunk by chunk, as the backup reads it (1 MiB = 256 pages), gives the same answer
    checker = _checker(data, key, 4096)
    chunk = 256 * 4096
    assert all(
        checker.first_bad(data[at : at + chunk], at // 4096 + 1) is None
        for at in range(0, len(data), chunk)
    )


@pytest.mark.parametrize(
    "where",
    ["page 1 data", "middle data", "middle IV", "middle HMAC", "last page data", "another key"],
)
def test_a_flipped_bit_is_found_on_the_page_sqlcipher_names(
    store: Path, tmp_path: Path, where: str
) -> None:
    key = db_key(store)
    data = bytearray((store / "store.db").read_bytes())
    pages = len(data) // 4096
    # A page in the middle of the file that opening the store does not read: a table's or an
    # index's root (the schema's own pages are read to open it, and may lie anywhere).
    conn = connect_raw(store / "store.db", key, read_only=True)
    try:
        roots = [int(r[0]) for r in conn.execute("SELECT rootpage FROM sqlite_master")]
    finally:
        conn.close()
    middle = min((r for r in roots if r > 1), key=lambda r: abs(r - pages // 2))
    at = {
        "page 1 data": (1, 200),
        "middle data": (middle, 1000),
        "middle IV": (middle, 4096 - RESERVE + 3),
        "middle HMAC": (middle, 4096 - RESERVE + 16 + 7),
        "last page data": (pages, 50),
        "another key": (0, -1),
    }[where]
    page, offset = at
    if page:
        data[(page - 1) * 4096 + offset] ^= 0x10
    else:
        key = bytes(b ^ 0xFF for b in key)
    damaged = tmp_path / "store.db"
    damaged.write_bytes(bytes(data))
    found = _checker(bytes(data), key, 4096).first_bad(bytes(data), 1)
    assert found == (page or 1)  # under another key nothing matches, from page 1 on
    if page > 1:
        assert _sqlcipher_bad_pages(damaged, key) == [page]
    else:  # SQLCipher cannot even open the file: page 1 is read (and checked) to open it
        with pytest.raises(NotAStore):
            _sqlcipher_bad_pages(damaged, key)


def test_the_lock_byte_page_is_never_checked() -> None:
    checker = PageChecker(b"k" * 32, b"s" * 16, 4096)
    lock_page = LOCK_BYTE // 4096 + 1
    empty = bytes(4096)  # SQLite never writes this page: its bytes are not a page
    assert checker.first_bad(empty, lock_page) is None
    assert checker.first_bad(empty, lock_page + 1) == lock_page + 1
    assert checker.first_bad(empty * 2, lock_page - 1) == lock_page - 1
    assert checker.first_bad(empty[:100], 5) == 5  # a page cut short


def test_another_page_format_is_not_taken_for_sqlcipher_4s(tmp_path: Path) -> None:
    conn = sqlcipher.connect(str(tmp_path / "old.db"))
    try:
        conn.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
        conn.execute("PRAGMA cipher_use_hmac = OFF")
        conn.execute("CREATE TABLE t(x)")
        assert page_format(conn) is None
    finally:
        conn.close()


def test_the_backup_checks_the_pages_it_copies_without_reading_the_store_again(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(*_args: object) -> bool:
        raise AssertionError("cipher_integrity_check read the store a second time")

    monkeypatch.setattr(writing, "_pages_authentic", slow)  # where the backup reads it
    target = tmp_path / "usb"
    target.mkdir()
    path = make_backup(store, target)
    assert files.check_file(path).manifest.db_size == (store / "store.db").stat().st_size


@pytest.mark.parametrize("fast", [True, False])
def test_a_damaged_store_gives_no_backup_either_way(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    if not fast:
        monkeypatch.setattr(writing, "page_format", lambda _conn: None)
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("store.db", "keyring.json"):
        (broken / name).write_bytes((store / name).read_bytes())
    data = bytearray((broken / "store.db").read_bytes())
    data[len(data) - 4096 + 300] ^= 0x01  # the last page: read last by the copy
    (broken / "store.db").write_bytes(bytes(data))
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(BadBackup) as info:
        make_backup(broken, target)
    assert info.value.reason == "unverified"
    assert list(target.iterdir()) == []


def test_a_short_read_still_gives_whole_chunks_of_pages() -> None:
    class Trickle(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            return super().read(min(1000, size if size is not None and size >= 0 else 1000))

    data = bytes(range(256)) * 40
    fh = Trickle(data)
    assert files._read_full(fh, 4096) == data[:4096]  # noqa: SLF001 - four reads of 1000 + 96
    assert files._read_full(fh, 10_000) == data[4096:]  # noqa: SLF001 - fewer at the end only
    assert files._read_full(fh, 10) == b""  # noqa: SLF001
