"""The backup file: written consistently and verified, and every truncation, bit flip, foreign or
wrongly keyed file refused (by the keyless check and by the keyed one)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import threading
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from storecrm.data import backup as files
from storecrm.data import migrate
from storecrm.data.backup import folder as backup_folder
from storecrm.data.backup import writing
from storecrm.data.engine import connect_raw
from storecrm.data.keyring import Keyring
from storecrm.data.store import iter_store_files
from storecrm.domain.errors import (
    BackupFolderProblem,
    BadBackup,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
    WrongPassword,
)
from storecrm.services import demo
from tests.conftest import OWNER_PASSWORD, make_store

NOW = datetime(2026, 3, 14, 21, 30, 5)


# -- helpers shared with the service, CLI and crash tests -----------------------------------------
def db_key(folder: Path, password: str = OWNER_PASSWORD) -> bytes:
    return Keyring.load(folder / "keyring.json").unlock_owner(password)[1]


def dump_tables(folder: Path, password: str = OWNER_PASSWORD) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    conn = connect_raw(folder / "store.db", db_key(folder, password), read_only=True)
    try:
        dump = {}
        for name in files._table_names(conn):  # noqa: SLF001
            width = len(conn.execute(f'PRAGMA table_info("{name}")').fetchall())
            order = ", ".join(str(i + 1) for i in range(width))
            dump[name] = conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        return dump
    finally:
        conn.close()


def integrity(folder: Path, password: str = OWNER_PASSWORD) -> tuple[list[Any], list[Any]]:
    conn = connect_raw(folder / "store.db", db_key(folder, password), read_only=True)
    try:
        return (
            conn.execute("PRAGMA cipher_integrity_check").fetchall(),
            conn.execute("PRAGMA integrity_check").fetchall(),
        )
    finally:
        conn.close()


def store_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in iter_store_files(folder)
    }


def make_backup(store: Path, target: Path, kind: str = "manual", at: datetime = NOW) -> Path:
    keyring = Keyring.load(store / "keyring.json")
    key = keyring.unlock_owner(OWNER_PASSWORD)[1]
    path, _manifest = files.create_backup(
        store / "store.db", key, keyring, target, kind=kind, app_version="test", created_at=at
    )
    return path


def parts(path: Path) -> tuple[int, bytes, dict[str, Any]]:
    """(version, database bytes, header JSON) of a backup file."""
    data = path.read_bytes()
    _magic, version, size = struct.unpack(">16sIQ", data[:28])
    header_size = struct.unpack(">Q", data[-56:-48])[0]
    header = json.loads(data[28 + size : 28 + size + header_size])
    return version, data[28 : 28 + size], header


def rebuild(
    out: Path,
    db: bytes,
    manifest: dict[str, Any],
    keyring: dict[str, Any],
    mac_key: bytes | None,
    version: int = files.FORMAT_VERSION,
) -> Path:
    """A backup file written by hand, with correct checksums (a crafted or foreign backup).

    Version 1's manifest holds the database's SHA-256, version 2's that of the file's start
    (head and database)."""
    head = struct.pack(">16sIQ", files.MAGIC, version, len(db))
    manifest = {k: v for k, v in manifest.items() if k not in ("db_sha256", "start_sha256")}
    if version == 1:
        manifest.update(format_version=1, db_sha256=hashlib.sha256(db).hexdigest())
    else:
        manifest.update(start_sha256=hashlib.sha256(head + db).hexdigest())
    manifest = dict(manifest, db_size=len(db))
    mac = files._mac(mac_key, manifest, keyring) if mac_key else "0" * 64  # noqa: SLF001
    header = json.dumps({"manifest": manifest, "keyring": keyring, "mac": mac}).encode()
    body = head + db + header + struct.pack(">Q16s", len(header), files.END_MAGIC)
    out.write_bytes(body + hashlib.sha256(body).digest())
    return out


# -- fixtures -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with some hundred customers (several MB), closed; shared read-only by tests."""
    folder = tmp_path_factory.mktemp("filled") / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 400, 7)
    ctx.sign_out()
    return folder


@pytest.fixture(scope="module")
def good(filled: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_backup(filled, tmp_path_factory.mktemp("backups"))


# -- a good backup --------------------------------------------------------------------------------
def test_a_backup_passes_every_check_and_describes_the_store(filled: Path, good: Path) -> None:
    header = files.check_file(good)
    manifest = header.manifest
    assert manifest.schema_revision == migrate.head_revision()
    assert manifest.store_name == "测试门店" and manifest.business_type == "beauty"
    assert manifest.created_at == NOW and manifest.kind == "manual"
    assert manifest.store_id == Keyring.load(filled / "keyring.json").store_id
    expected = {name: len(rows) for name, rows in dump_tables(filled).items()}
    assert manifest.counts == expected
    assert manifest.counts["customers"] == 400
    assert good.name == f"StoreCRM-{manifest.store_id[:8]}-20260314-213005.storecrm-backup"
    assert [p.name for p in good.parent.iterdir()] == [good.name]  # no temporary files left

    _header, opened = files.verify(good, password=OWNER_PASSWORD)
    assert opened
    with pytest.raises(WrongBackupPassword):
        files.verify(good, password="not-the-password")
    with pytest.raises(WrongBackupRecoveryCode):
        files.verify(good, recovery_code="00000-00000-00000-00000-00000")


def test_the_database_inside_is_encrypted_and_unchanged(filled: Path, good: Path) -> None:
    _version, db, _header = parts(good)
    assert b"SQLite format 3" not in db[:16]
    assert "测试门店".encode() not in db
    target = good.parent.parent / "extracted.db"
    target.write_bytes(db)
    conn = connect_raw(target, db_key(filled), read_only=True)
    try:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 400
    finally:
        conn.close()


def test_the_recovery_code_opens_a_backup(tmp_path: Path) -> None:
    created = make_store(tmp_path / "store")
    created.context.sign_out()
    path = make_backup(tmp_path / "store", tmp_path)
    _header, opened = files.verify(path, recovery_code=created.recovery_code.lower())
    assert opened


def test_a_backup_is_one_snapshot_while_another_connection_writes(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    make_store(folder).context.sign_out()
    writer = connect_raw(folder / "store.db", db_key(folder))
    stop, first = threading.Event(), threading.Event()
    written = [0]

    def write() -> None:
        while not stop.is_set():
            writer.execute("BEGIN IMMEDIATE")
            writer.execute(
                "INSERT INTO tags (name, color, created_at) "
                "VALUES (?, '#0F766E', '2026-01-01 00:00:00')",
                (f"burst-{written[0]}",),
            )
            writer.execute("COMMIT")
            written[0] += 1
            first.set()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert first.wait(timeout=60)  # every backup is taken while tags are being written
        paths = [make_backup(folder, tmp_path, at=NOW.replace(second=s)) for s in range(3)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert written[0] > 0
    for path in paths:
        header, opened = files.verify(path, password=OWNER_PASSWORD)  # counts match inside
        assert opened and header.manifest.counts["tags"] >= 1


def _spy_copies(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each backup copied store.db's own bytes (True) or went through SQLite's backup
    API into a temporary file first (False)."""
    real = writing._copy_database  # noqa: SLF001
    frozen: list[bool] = []

    def spy(*args: Any) -> dict[str, Any]:
        found = real(*args)
        frozen.append(bool(found["frozen"]))
        return found

    monkeypatch.setattr(writing, "_copy_database", spy)
    return frozen


def _extract(path: Path, to: Path) -> Path:
    _version, db, _header = parts(path)
    to.write_bytes(db)
    return to


def test_a_quiet_store_is_copied_byte_for_byte(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen = _spy_copies(monkeypatch)
    path = make_backup(filled, tmp_path)
    _version, db, _header = parts(path)
    assert frozen == [True]
    assert db == (filled / "store.db").read_bytes()  # still encrypted, never re-encrypted


def test_a_reader_on_an_older_snapshot_sends_the_copy_through_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older snapshot keeps the WAL from being backfilled: the backup API copies instead."""
    folder = tmp_path / "store"
    make_store(folder).context.sign_out()
    reader = connect_raw(folder / "store.db", db_key(folder), read_only=True)
    writer = connect_raw(folder / "store.db", db_key(folder))
    monkeypatch.setattr(writing, "FREEZE_TRIES", 3)
    frozen = _spy_copies(monkeypatch)
    try:
        reader.execute("BEGIN")
        old = reader.execute("SELECT count(*) FROM tags").fetchone()[0]
        writer.execute(
            "INSERT INTO tags (name, color, created_at) "
            "VALUES ('after the reader', '#0F766E', '2026-01-01 00:00:00')"
        )
        path = make_backup(folder, tmp_path)
    finally:
        reader.close()
        writer.close()
    assert frozen == [False]
    header, opened = files.verify(path, password=OWNER_PASSWORD)
    assert opened and header.manifest.counts["tags"] == old + 1  # the newest snapshot
    assert integrity(_store_copy(folder, path, tmp_path / "copy"))[1] == [("ok",)]


def _store_copy(folder: Path, path: Path, to: Path) -> Path:
    to.mkdir()
    (to / "keyring.json").write_bytes((folder / "keyring.json").read_bytes())
    _extract(path, to / "store.db")
    return to


@pytest.mark.parametrize("tries", [writing.FREEZE_TRIES, 0], ids=["store.db", "backup API"])
def test_backups_taken_while_commits_and_checkpoints_run_are_consistent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tries: int
) -> None:
    """A writer commits without pause (each commit adds a tag and counts it in another table)
    while another connection checkpoints without pause, so store.db keeps changing under the
    copy: every backup holds one snapshot where the two agree and that passes SQLite's full
    integrity_check, and (unless told to take the backup API) some copied store.db's own bytes."""
    folder = tmp_path / "store"
    make_store(folder).context.sign_out()
    writer = connect_raw(folder / "store.db", db_key(folder))
    checkpointer = connect_raw(folder / "store.db", db_key(folder))
    writer.execute("CREATE TABLE burst (n INTEGER NOT NULL)")
    writer.execute("INSERT INTO burst VALUES (0)")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    stop, first = threading.Event(), threading.Event()
    written = [0]

    def write() -> None:
        while not stop.is_set():
            writer.execute("BEGIN IMMEDIATE")
            writer.execute(
                "INSERT INTO tags (name, color, created_at) "
                "VALUES (?, '#0F766E', '2026-01-01 00:00:00')",
                (f"burst-{written[0]}-" + "x" * 300,),
            )
            writer.execute("UPDATE burst SET n = n + 1")
            writer.execute("COMMIT")
            written[0] += 1
            first.set()

    def checkpoint() -> None:
        while not stop.is_set():
            checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    monkeypatch.setattr(writing, "FREEZE_TRIES", tries)  # 0: always through the backup API
    frozen = _spy_copies(monkeypatch)
    threads = [threading.Thread(target=write), threading.Thread(target=checkpoint)]
    for thread in threads:
        thread.start()
    try:
        assert first.wait(timeout=60)
        paths = [make_backup(folder, tmp_path, at=NOW.replace(second=s)) for s in range(8)]
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        writer.close()
        checkpointer.close()
    assert (True in frozen) if tries else (True not in frozen), frozen
    for n, path in enumerate(paths):
        assert files.verify(path, password=OWNER_PASSWORD)[1]  # the counts agree inside
        copy = _store_copy(folder, path, tmp_path / f"copy-{n}")
        assert integrity(copy) == ([], [("ok",)])
        conn = connect_raw(copy / "store.db", db_key(folder), read_only=True)
        try:
            bursts = conn.execute("SELECT count(*) FROM tags WHERE name LIKE 'burst-%'")
            assert bursts.fetchone()[0] == conn.execute("SELECT n FROM burst").fetchone()[0]
        finally:
            conn.close()


# -- bad files ------------------------------------------------------------------------------------
def _offsets(path: Path) -> dict[str, int]:
    data = path.read_bytes()
    size = struct.unpack(">Q", data[20:28])[0]
    header_size = struct.unpack(">Q", data[-56:-48])[0]
    header = data[28 + size : 28 + size + header_size]
    return {
        "magic": 3,
        "version": 19,
        "db size": 27,
        "db first page": 28 + 100,
        "db middle": 28 + size // 2,
        "db last page": 28 + size - 7,
        "header start": 28 + size,
        "header counts": 28 + size + header.index(b'"customers"') + 15,
        "keyring": 28 + size + header.index(b'"wrapped"') + 14,
        "mac": 28 + size + header.index(b'"mac"') + 12,
        "header size": len(data) - 50,
        "end marker": len(data) - 40,
        "checksum": len(data) - 1,
    }


@pytest.mark.parametrize("where", list(range(13)))
def test_a_flipped_bit_anywhere_is_refused(good: Path, tmp_path: Path, where: int) -> None:
    name, offset = list(_offsets(good).items())[where]
    data = bytearray(good.read_bytes())
    data[offset] ^= 0x04
    bad = tmp_path / "flipped.storecrm-backup"
    bad.write_bytes(bytes(data))
    with pytest.raises(BadBackup) as keyless:
        files.check_file(bad)
    assert keyless.value.reason in ("damaged", "incomplete", "foreign"), name
    with pytest.raises(BadBackup):  # never mistaken for a wrong password
        files.verify(bad, password=OWNER_PASSWORD)


@pytest.mark.parametrize("fraction", [0.0, 0.00001, 0.01, 0.3, 0.5, 0.9, 0.999])
def test_a_truncated_file_is_refused(good: Path, tmp_path: Path, fraction: float) -> None:
    data = good.read_bytes()
    bad = tmp_path / "cut.storecrm-backup"
    bad.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(BadBackup) as info:
        files.check_file(bad)
    assert info.value.reason == "incomplete"
    with pytest.raises(BadBackup):
        files.verify(bad, password=OWNER_PASSWORD)


def test_the_last_byte_missing_or_one_too_many_is_refused(good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    bad = tmp_path / "bad.storecrm-backup"
    for body in (data[:-1], data + b"\0", data[:-32]):
        bad.write_bytes(body)
        with pytest.raises(BadBackup):
            files.check_file(bad)


def test_foreign_files_are_refused(filled: Path, tmp_path: Path) -> None:
    cases = {
        "empty": b"",
        "random": os.urandom(50_000),
        "text": "我的备份\n".encode() * 100,
        "database": (filled / "store.db").read_bytes(),
    }
    for name, content in cases.items():
        path = tmp_path / f"{name}.storecrm-backup"
        path.write_bytes(content)
        with pytest.raises(BadBackup) as info:
            files.check_file(path)
        assert info.value.reason in ("foreign", "incomplete"), name
    archive = tmp_path / "zip.storecrm-backup"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("store.db", b"x" * 1000)
    with pytest.raises(BadBackup) as info:
        files.check_file(archive)
    assert info.value.reason == "foreign"
    with pytest.raises(BadBackup) as info:
        files.check_file(tmp_path / "missing.storecrm-backup")
    assert info.value.reason == "missing"
    with pytest.raises(BadBackup):
        files.check_file(tmp_path)  # a folder


def test_key_slots_that_do_not_open_the_database_are_refused(
    filled: Path, good: Path, tmp_path: Path
) -> None:
    """A crafted file whose checksums are right but whose key slots come from another store."""
    other = tmp_path / "other"
    make_store(other).context.sign_out()
    other_keyring = Keyring.load(other / "keyring.json")
    _version, db, header = parts(good)
    manifest = dict(header["manifest"], store_id=other_keyring.store_id)
    crafted = rebuild(
        tmp_path / "crafted.storecrm-backup",
        db,
        manifest,
        other_keyring.to_file_json(db_key(other)),
        mac_key=db_key(other),
    )
    files.check_file(crafted)  # nothing without the key can tell
    with pytest.raises(BadBackup) as info:
        files.verify(crafted, password=OWNER_PASSWORD)
    assert info.value.reason == "damaged"


def test_an_edited_manifest_fails_the_keyed_check(good: Path, tmp_path: Path) -> None:
    _version, db, header = parts(good)
    counts = dict(header["manifest"]["counts"], customers=401)
    manifest = dict(header["manifest"], counts=counts)
    edited = rebuild(tmp_path / "edited.storecrm-backup", db, manifest, header["keyring"], None)
    assert files.check_file(edited).manifest.counts["customers"] == 401
    with pytest.raises(BadBackup) as info:
        files.verify(edited, password=OWNER_PASSWORD)
    assert info.value.reason == "damaged"


def test_counts_that_differ_from_the_database_are_refused(
    filled: Path, good: Path, tmp_path: Path
) -> None:
    """A key holder's manifest that lies about the rows: a restore counts them in the copy it
    installs and refuses it; so does a keyed verify of a backup made before its checks were
    recorded (it is opened). A keyed verify of a newer backup checks it in place and takes the
    counts its MAC covers (read in the backup's own snapshot)."""
    _version, db, header = parts(good)
    counts = dict(header["manifest"]["counts"], customers=399)
    manifest = dict(header["manifest"], counts=counts)
    edited = rebuild(
        tmp_path / "counts.storecrm-backup", db, manifest, header["keyring"], db_key(filled)
    )
    with pytest.raises(BadBackup):
        files.extract_and_check(edited, tmp_path / "restored.db", password=OWNER_PASSWORD)
    older = dict(manifest, page_check=None, audit_chain=None)
    older_file = rebuild(
        tmp_path / "older.storecrm-backup", db, older, header["keyring"], db_key(filled)
    )
    with pytest.raises(BadBackup):
        files.verify(older_file, password=OWNER_PASSWORD)


def test_a_backup_from_a_newer_program_is_refused_as_newer(good: Path, tmp_path: Path) -> None:
    _version, db, header = parts(good)
    newer_format = rebuild(
        tmp_path / "v3.storecrm-backup", db, header["manifest"], header["keyring"], None, 3
    )
    with pytest.raises(BadBackup) as info:
        files.check_file(newer_format)
    assert info.value.reason == "newer"
    manifest = dict(header["manifest"], schema_revision="9999")
    newer_schema = rebuild(tmp_path / "rev.storecrm-backup", db, manifest, header["keyring"], None)
    with pytest.raises(BadBackup) as info:
        files.check_file(newer_schema)
    assert info.value.reason == "newer"


# -- writing problems -----------------------------------------------------------------------------
def test_a_missing_folder_is_reported(filled: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupFolderProblem) as info:
        make_backup(filled, tmp_path / "unplugged")
    assert info.value.reason == "missing"


def test_an_unwritable_folder_is_reported(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_folder.os, "access", lambda *_a, **_k: False)
    with pytest.raises(BackupFolderProblem) as info:
        make_backup(filled, tmp_path)
    assert info.value.reason == "unwritable"


def test_a_full_disk_is_reported_and_leaves_nothing_behind(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = writing._copy_database  # noqa: SLF001
    calls = [0]

    def copy_then_fill(*args: Any) -> Any:
        calls[0] += 1
        real_copy(*args)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing, "_copy_database", copy_then_fill)
    with pytest.raises(BackupFolderProblem) as info:
        make_backup(filled, tmp_path)
    assert info.value.reason == "full" and calls[0] == 1
    assert list(tmp_path.iterdir()) == []

    monkeypatch.setattr(writing, "_copy_database", real_copy)
    usage = writing.shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        writing.shutil, "disk_usage", lambda _p: usage._replace(free=1024)
    )  # space is checked before writing anything
    with pytest.raises(BackupFolderProblem) as info:
        make_backup(filled, tmp_path)
    assert info.value.reason == "full"
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_fails_its_check_is_never_renamed_into_place(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk gives back other bytes than were written: the read-back refuses the file."""
    real_finish = writing._finish_file  # noqa: SLF001

    def corrupting_finish(part: Path, whole: Any) -> None:
        data = bytearray(part.read_bytes())
        data[len(data) // 2] ^= 0xFF  # inside the database, after its checksum was taken
        part.write_bytes(bytes(data))
        real_finish(part, whole)

    monkeypatch.setattr(writing, "_finish_file", corrupting_finish)
    with pytest.raises(BadBackup) as info:
        make_backup(filled, tmp_path)
    assert info.value.reason == "unverified"
    assert list(tmp_path.iterdir()) == []


def test_leftover_temporary_files_are_refused_and_cleaned(filled: Path, tmp_path: Path) -> None:
    path = make_backup(filled, tmp_path)
    store_id = files.read_header(path).manifest.store_id
    data = path.read_bytes()
    part = tmp_path / f".{path.name}.part"
    part.write_bytes(data[: len(data) // 3])
    with pytest.raises(BadBackup):
        files.check_file(part)
    assert [p for p, _h in files.iter_backups(tmp_path)] == [path]  # hidden files not listed
    files.remove_stale_parts(tmp_path, store_id)
    assert sorted(tmp_path.iterdir()) == [path]


def test_wrong_password_is_a_kind_of_wrong_password() -> None:
    assert issubclass(WrongBackupPassword, WrongPassword)


def test_a_damaged_store_gives_no_backup_and_says_so(filled: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("store.db", "keyring.json"):
        (broken / name).write_bytes((filled / name).read_bytes())
    data = bytearray((broken / "store.db").read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit inside a table's page
    (broken / "store.db").write_bytes(bytes(data))
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(BadBackup) as info:
        make_backup(broken, target)
    assert info.value.reason == "unverified"
    assert list(target.iterdir()) == []


def test_the_file_is_incomplete_until_its_copy_has_passed_the_checks(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_finish = writing._finish_file  # noqa: SLF001
    seen: list[str] = []

    def finish(part: Path, whole: Any) -> None:
        with pytest.raises(BadBackup) as info:  # written in full, but without its end yet
            files.check_file(part)
        seen.append(info.value.reason)
        real_finish(part, whole)

    monkeypatch.setattr(writing, "_finish_file", finish)
    path = make_backup(filled, tmp_path)
    assert seen == ["incomplete"]
    files.check_file(path)
