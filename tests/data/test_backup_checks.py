"""One check for each thing a backup must prove (issue 23, point 5): a keyed verify checks the
backup where it lies (no copy written, no table counted again), the checksums are taken once
where one proves the thing, and what the backup checked in its snapshot is recorded in its
manifest under the MAC."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from storecrm.data import backup as files
from storecrm.data.backup import keys, reading, verifying, writing
from storecrm.domain.errors import BadBackup, WrongBackupPassword
from storecrm.services import demo
from tests.conftest import OWNER_PASSWORD, make_store
from tests.data.test_backup import db_key, make_backup, parts, rebuild


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("checks") / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 300, 3)
    ctx.sign_out()
    return folder


@pytest.fixture(scope="module")
def good(filled: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_backup(filled, tmp_path_factory.mktemp("backups"))


class _Counting:
    def __init__(self, owner: CountingHashlib, inner: Any) -> None:
        self._owner, self._inner = owner, inner

    def update(self, data: Any) -> None:
        self._owner.hashed += memoryview(data).nbytes
        self._inner.update(data)

    def copy(self) -> _Counting:
        return _Counting(self._owner, self._inner.copy())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class CountingHashlib:
    """``hashlib`` as the backup module sees it, counting the bytes its SHA-256s take in."""

    def __init__(self) -> None:
        self.hashed = 0

    def sha256(self, *data: Any) -> _Counting:
        counting = _Counting(self, hashlib.sha256())
        for piece in data:
            counting.update(piece)
        return counting

    def __getattr__(self, name: str) -> Any:
        return getattr(hashlib, name)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> CountingHashlib:
    counting = CountingHashlib()
    for module in (reading, writing, keys):  # every module of the package that hashes
        monkeypatch.setattr(module, "hashlib", counting)
    return counting


def test_the_keyless_check_hashes_the_file_once(good: Path, counted: CountingHashlib) -> None:
    files.check_file(good)
    size = good.stat().st_size
    assert size - 32 <= counted.hashed < size * 1.01  # was twice: the database's own SHA-256 too


def test_a_backup_hashes_its_database_twice_not_four_times(
    filled: Path, tmp_path: Path, counted: CountingHashlib
) -> None:
    """Once while copying (the manifest's digest is the running checksum's state at the end of
    the database) and once reading the file back; format 1 took the database's own SHA-256
    beside the file's, in the copy and again in the read-back."""
    path = make_backup(filled, tmp_path)
    db_size = files.read_header(path).manifest.db_size
    assert 2 * db_size <= counted.hashed < 2 * db_size + 1024 * 1024


def test_a_keyed_verify_checks_the_backup_where_it_lies(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: CountingHashlib
) -> None:
    """No copy of the database is written or opened, and the file is read once."""

    def no_copy(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a copy was written out of the backup")

    monkeypatch.setattr(verifying, "extract_and_check", no_copy)
    monkeypatch.setattr(verifying, "check_database", no_copy)
    work = tmp_path / "work"
    work.mkdir()
    header, opened = files.verify(good, password=OWNER_PASSWORD, workdir=work)
    assert opened and header.manifest.counts["customers"] == 300
    assert list(work.iterdir()) == []
    size = good.stat().st_size
    assert size - 32 <= counted.hashed < size + 1024 * 1024  # one pass; was two


def test_the_manifest_records_the_chain_and_how_the_pages_were_checked(
    filled: Path, good: Path
) -> None:
    manifest = files.check_file(good).manifest
    assert manifest.page_check == files.PAGE_HMAC
    inside = files.audit_chain(filled / "store.db", db_key(filled))
    assert inside is not None and inside.entries >= 1
    assert manifest.audit_chain == (inside.entries, 0, None)
    assert manifest.audit_head == (inside.head_id, inside.head_hash)
    _header, opened, chain = files.verify_with_audit(good, password=OWNER_PASSWORD)
    assert opened and chain is not None
    assert (chain.entries, chain.first_break, chain.head_id) == (
        inside.entries,
        None,
        inside.head_id,
    )


def test_a_backup_made_before_the_checks_were_recorded_is_opened_to_verify(
    filled: Path, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _version, db, header = parts(good)
    older = dict(header["manifest"])
    del older["page_check"], older["audit_chain"]
    path = rebuild(tmp_path / "older.storecrm-backup", db, older, header["keyring"], db_key(filled))
    real = files.extract_and_check
    calls: list[Path] = []

    def counted_extract(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(verifying, "extract_and_check", counted_extract)
    read, opened, chain = files.verify_with_audit(path, password=OWNER_PASSWORD)
    assert opened and calls == [path]
    assert read.manifest.page_check is None and read.manifest.audit_chain is None
    assert chain is not None and chain.entries == header["manifest"]["audit_chain"]["entries"]


@pytest.mark.parametrize("where", ["first page", "middle page", "last page"])
def test_a_damaged_file_is_damaged_whatever_the_password(
    good: Path, tmp_path: Path, where: str
) -> None:
    _version, db, _header = parts(good)
    offset = {
        "first page": 28 + 200,
        "middle page": 28 + len(db) // 2,
        "last page": 28 + len(db) - 9,
    }
    data = bytearray(good.read_bytes())
    data[offset[where]] ^= 0x10
    bad = tmp_path / "bad.storecrm-backup"
    bad.write_bytes(bytes(data))
    for password in (OWNER_PASSWORD, "not the password"):
        with pytest.raises(BadBackup) as info:
            files.verify(bad, password=password)
        assert info.value.reason == "damaged"
    with pytest.raises(WrongBackupPassword):
        files.verify(good, password="not the password")


def test_a_key_holders_backup_of_another_database_is_refused(
    filled: Path, good: Path, tmp_path: Path
) -> None:
    """Checksums and MAC recomputed under the key for a database whose first page is not
    under that key: page 1's HMAC refuses it in place, and a restore refuses it too."""
    _version, db, header = parts(good)
    changed = bytearray(db)
    changed[300] ^= 0x01  # inside page 1's encrypted bytes
    path = rebuild(
        tmp_path / "forged.storecrm-backup",
        bytes(changed),
        header["manifest"],
        header["keyring"],
        db_key(filled),
    )
    files.check_file(path)  # nothing without the key can tell
    with pytest.raises(BadBackup) as info:
        files.verify(path, password=OWNER_PASSWORD)
    assert info.value.reason == "damaged"
    with pytest.raises(BadBackup):
        files.extract_and_check(path, tmp_path / "restored.db", password=OWNER_PASSWORD)


@pytest.mark.parametrize(
    "field,value",
    [
        ("page_check", "trust me"),
        ("audit_chain", {"entries": -1, "breaks": 0, "first_break": None}),
        ("audit_chain", {"entries": 3, "breaks": 1, "first_break": [2, "vanished"]}),
        ("audit_chain", [1, 2, 3]),
    ],
)
def test_a_malformed_record_of_the_checks_is_damaged(
    good: Path, tmp_path: Path, field: str, value: Any
) -> None:
    _version, db, header = parts(good)
    manifest = dict(header["manifest"], **{field: value})
    path = rebuild(tmp_path / "odd.storecrm-backup", db, manifest, header["keyring"], None)
    with pytest.raises(BadBackup) as info:
        files.check_file(path)
    assert info.value.reason == "damaged"


def test_a_format_1_backup_still_verifies_and_restores(
    filled: Path, good: Path, tmp_path: Path
) -> None:
    """Format 1 (the database's own SHA-256 in the manifest) is still read: keyless, keyed in
    place, and written out for a restore; a flipped bit in its database is still damaged."""
    _version, db, header = parts(good)
    path = rebuild(
        tmp_path / "v1.storecrm-backup",
        db,
        header["manifest"],
        header["keyring"],
        db_key(filled),
        version=1,
    )
    assert files.check_file(path).manifest.format_version == 1
    read, opened = files.verify(path, password=OWNER_PASSWORD)
    assert opened and read.manifest.counts["customers"] == 300
    files.extract_and_check(path, tmp_path / "restored.db", password=OWNER_PASSWORD)
    data = bytearray(path.read_bytes())
    data[28 + len(db) // 2] ^= 0x01
    bad = tmp_path / "v1-bad.storecrm-backup"
    bad.write_bytes(bytes(data))
    for check in (files.check_file, lambda p: files.verify(p, password=OWNER_PASSWORD)):
        with pytest.raises(BadBackup) as info:
            check(bad)
        assert info.value.reason == "damaged"


def test_the_check_in_place_trusts_only_a_keyed_record_of_the_page_checks(
    filled: Path, good: Path, tmp_path: Path
) -> None:
    """A backup whose MAC-checked manifest does not record that every page was checked when it
    was made (format 1; or a file changed under the verify) is not passed by the in-place
    check: only extracting it and opening it checks its pages."""
    _version, db, header = parts(good)
    older = {k: v for k, v in header["manifest"].items() if k not in ("page_check", "audit_chain")}
    path = rebuild(tmp_path / "v1.storecrm-backup", db, older, header["keyring"], db_key(filled), 1)
    with pytest.raises(BadBackup) as info:
        files.check_in_place(path, password=OWNER_PASSWORD)
    assert info.value.reason == "damaged"
    read, opened = files.verify(path, password=OWNER_PASSWORD)  # the right way for it
    assert opened and read.manifest.counts["customers"] == 300
