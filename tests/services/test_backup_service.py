"""Backups as the program makes them: permission, settings, rotation, status, and restore (round
trip row for row, into a new folder and over the open store; bad input leaves the store as it
was)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from storecrm.data import backup as files
from storecrm.data import migrate
from storecrm.data.backup import writing
from storecrm.domain.errors import (
    BackupFolderProblem,
    BadBackup,
    NotAStore,
    PermissionDenied,
    StoreExists,
    StoreLocked,
    ValidationError,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
)
from storecrm.domain.roles import Role
from storecrm.services import backup, demo, info, sales, session, users
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD, make_store
from tests.data.test_backup import dump_tables, integrity, make_backup, store_hashes


def sale(customer_id: int | None, fen: int) -> SaleDraft:
    return SaleDraft(
        customer_id=customer_id,
        lines=(LineDraft(kind="amount", unit_fen=fen, description="洗剪吹"),),
        payments=(PaymentDraft("cash", fen),),
    )


def fill(ctx: StoreContext, customers: int = 120, sales_count: int = 30) -> None:
    ctx.call(demo.add_demo_customers, customers, 3)
    ids = ctx.call(backup_customer_ids)
    for i in range(sales_count):
        ctx.call(sales.record_sale, sale(ids[i % len(ids)] if i % 3 else None, 1000 + 10 * i))


def backup_customer_ids(uow, actor):  # type: ignore[no-untyped-def]
    return [int(r[0]) for r in uow.connection.exec_driver_sql("SELECT id FROM customers")]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[StoreContext]:
    """An open store (owner signed in) with customers and sales, and a backup folder chosen."""
    ctx = make_store(tmp_path / "store").context
    fill(ctx)
    (tmp_path / "usb").mkdir()
    ctx.call(backup.set_backup_settings, folder=str(tmp_path / "usb"))
    yield ctx
    ctx.close()


# -- round trip -----------------------------------------------------------------------------------
def test_round_trip_restores_every_table_row_for_row(shop: StoreContext, tmp_path: Path) -> None:
    before = dump_tables(shop.folder)
    assert len(before["sales"]) == 30 and len(before["customers"]) == 120
    assert len(before["ledger_entries"]) > 0
    result = shop.call(backup.run_backup)
    assert result.info.kind == "manual" and result.info.customers == 120
    assert result.info.counts == {name: len(rows) for name, rows in before.items()}
    assert Path(result.info.path).parent == tmp_path / "usb"

    restored = backup.restore_backup(
        Path(result.info.path), tmp_path / "new-pc" / "store", password=OWNER_PASSWORD
    )
    assert restored.safety_folder is None and restored.upgraded_from is None
    after = dump_tables(tmp_path / "new-pc" / "store")
    assert after.keys() == before.keys()
    for table, rows in before.items():
        if table == "audit_log":
            assert after[table][: len(rows)] == rows
            extra = after[table][len(rows) :]
            assert [row[4] for row in extra] == ["restored_from_backup"]
        else:
            assert after[table] == rows, table
    assert integrity(tmp_path / "new-pc" / "store") == ([], [("ok",)])
    # The restored store is a normal store: the owner signs in with the same password.
    ctx = session.sign_in(tmp_path / "new-pc" / "store", OWNER, OWNER_PASSWORD)
    try:
        assert ctx.call(info.store_info).counts["sales"] == 30
    finally:
        ctx.sign_out()


def test_restore_with_the_recovery_code(tmp_path: Path) -> None:
    created = make_store(tmp_path / "store")
    path = Path(created.context.call(backup.run_backup).info.path)
    created.context.sign_out()
    with pytest.raises(WrongBackupRecoveryCode):
        backup.restore_backup(path, tmp_path / "a", recovery_code="0" * 25)
    assert not (tmp_path / "a").exists()
    backup.restore_backup(path, tmp_path / "b", recovery_code=created.recovery_code)
    session.sign_in(tmp_path / "b", OWNER, OWNER_PASSWORD).sign_out()


def test_restore_over_the_open_store_keeps_the_old_one_as_a_safety_copy(
    shop: StoreContext, tmp_path: Path
) -> None:
    path = Path(shop.call(backup.run_backup).info.path)
    at_backup = dump_tables(shop.folder)["customers"]
    shop.call(sales.record_sale, sale(None, 4200))  # a sale after the backup
    before = dump_tables(shop.folder)
    folder = shop.folder

    result = backup.restore_backup(path, folder, password=OWNER_PASSWORD, context=shop)
    assert shop.closed
    shop.sign_out()  # nothing happens: the window's sign-out after a restore is harmless
    assert result.safety_folder is not None
    safety = Path(result.safety_folder)
    assert safety.parent == folder / "safety" and safety.name.startswith("before-restore-")
    # The replaced store is complete on its own, with the sale made after the backup ...
    kept = dump_tables(safety)
    assert len(kept["sales"]) == len(before["sales"]) == 31
    assert [r[4] for r in kept["audit_log"]][-1] == "backup_restore"
    # ... and the restored one has the backup's data.
    restored = dump_tables(folder)
    assert len(restored["sales"]) == 30 and restored["customers"] == at_backup
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert ctx.call(info.recent_audit, 3)[1].action == "restored_from_backup"
    finally:
        ctx.sign_out()


def test_an_older_backup_is_upgraded_when_restored(tmp_path: Path) -> None:
    old = tmp_path / "old"
    make_store(old, revision="0001").context.close()
    path = make_backup(old, tmp_path)
    assert files.read_header(path).manifest.schema_revision == "0001"
    assert backup.read_manifest(path).upgrade_needed
    result = backup.restore_backup(path, tmp_path / "new", password=OWNER_PASSWORD)
    assert result.upgraded_from == "0001"
    ctx = session.sign_in(tmp_path / "new", OWNER, OWNER_PASSWORD)
    try:
        assert ctx.call(info.store_info).schema_revision == migrate.head_revision()
    finally:
        ctx.sign_out()
    assert list((tmp_path / "new" / "safety").glob("before-upgrade-0001-*"))


# -- bad input leaves the current store untouched -------------------------------------------------
@pytest.fixture
def closed_store(tmp_path: Path) -> tuple[Path, Path]:
    """A closed store and a good backup of it."""
    ctx = make_store(tmp_path / "store").context
    fill(ctx, 60, 10)
    path = Path(ctx.call(backup.run_backup, tmp_path).info.path)
    ctx.sign_out()
    return tmp_path / "store", path


def _bad_copies(path: Path, folder: Path) -> list[Path]:
    data = path.read_bytes()
    out = []
    for n, cut in enumerate((0, 100, len(data) // 2, len(data) - 1)):
        bad = folder / f"cut{n}.storecrm-backup"
        bad.write_bytes(data[:cut])
        out.append(bad)
    offsets = (5, 40, 4096 * 3 + 17, len(data) // 2, len(data) - 200, len(data) - 9)
    for n, offset in enumerate(offsets):
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        bad = folder / f"flip{n}.storecrm-backup"
        bad.write_bytes(bytes(flipped))
        out.append(bad)
    return out


def test_truncated_and_flipped_backups_are_refused_and_the_store_is_unchanged(
    closed_store: tuple[Path, Path], tmp_path: Path
) -> None:
    store, path = closed_store
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    before = store_hashes(store)
    for bad in _bad_copies(path, bad_dir):
        with pytest.raises(BadBackup):
            backup.verify_backup(bad)
        with pytest.raises(BadBackup):
            backup.restore_backup(bad, store, password=OWNER_PASSWORD)
        assert store_hashes(store) == before, bad.name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # staging
    # The good one still restores.
    backup.restore_backup(path, store, password=OWNER_PASSWORD)
    assert store_hashes(store) != before


def test_a_wrong_password_leaves_the_open_store_open_and_unchanged(
    shop: StoreContext, tmp_path: Path
) -> None:
    path = Path(shop.call(backup.run_backup).info.path)
    before = dump_tables(shop.folder)
    with pytest.raises(WrongBackupPassword):
        backup.restore_backup(path, shop.folder, password="wrong-pass", context=shop)
    assert not shop.closed
    assert shop.call(info.store_info).counts["sales"] == 30
    after = dump_tables(shop.folder)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }


def test_a_cashier_may_not_restore(store_dir: Path, cashier: StoreContext, tmp_path: Path) -> None:
    path = make_backup(store_dir, tmp_path)
    with pytest.raises(PermissionDenied):
        backup.restore_backup(path, store_dir, password=OWNER_PASSWORD, context=cashier)
    assert not cashier.closed
    assert cashier.call(info.store_info).counts["users"] == 2


def test_a_store_open_elsewhere_is_not_replaced(
    closed_store: tuple[Path, Path], tmp_path: Path
) -> None:
    store, path = closed_store
    ctx = session.sign_in(store, OWNER, OWNER_PASSWORD)  # holds the lock
    try:
        before = store_hashes(store)
        with pytest.raises(StoreLocked):
            backup.restore_backup(path, store, password=OWNER_PASSWORD)
        assert store_hashes(store) == before
    finally:
        ctx.close()


def test_a_folder_with_other_files_is_never_overwritten(
    closed_store: tuple[Path, Path], tmp_path: Path
) -> None:
    _store, path = closed_store
    target = tmp_path / "documents"
    target.mkdir()
    (target / "账本.xlsx").write_bytes(b"keep me")
    with pytest.raises(StoreExists):
        backup.restore_backup(path, target, password=OWNER_PASSWORD)
    assert [p.name for p in target.iterdir()] == ["账本.xlsx"]


# -- backups: permission, settings, rotation, status ----------------------------------------------
def test_who_may_make_a_backup(store_dir: Path, cashier: StoreContext, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(backup.run_backup, tmp_path)
    denied = [e for e in session_audit(store_dir) if e == ("backup", "denied")]
    assert denied
    # The daily and on-exit backups run whoever is signed in.
    result = cashier.call(backup.run_backup, tmp_path, kind="scheduled")
    assert result.info.kind == "scheduled"


def session_audit(folder: Path) -> list[tuple[str, str]]:
    return [(row[4], row[5]) for row in dump_tables(folder)["audit_log"]]


def test_a_manager_may_make_a_backup(owner: StoreContext, tmp_path: Path) -> None:
    owner.call(
        users.add_user, username="mgr", display_name="经理", role=Role.MANAGER, password="mgr-pw-12"
    )
    owner.close()
    ctx = session.sign_in(owner.folder, "mgr", "mgr-pw-12")
    try:
        assert ctx.call(backup.run_backup, tmp_path).info.kind == "manual"
        with pytest.raises(PermissionDenied):
            ctx.call(backup.set_backup_settings, keep_daily=3)
    finally:
        ctx.close()


def test_settings_are_kept_in_the_store_and_checked(owner: StoreContext, tmp_path: Path) -> None:
    default = owner.call(backup.get_backup_settings)
    assert not default.folder_chosen
    assert Path(default.folder) == owner.folder.parent / "store-backups"
    assert (default.keep_daily, default.keep_monthly, default.on_exit) == (7, 12, True)
    with pytest.raises(BackupFolderProblem):
        owner.call(backup.set_backup_settings, folder=str(tmp_path / "no-such-usb"))
    with pytest.raises(ValidationError):
        owner.call(backup.set_backup_settings, keep_daily=0)
    with pytest.raises(ValidationError):
        owner.call(backup.set_backup_settings, keep_monthly=121)
    saved = owner.call(
        backup.set_backup_settings,
        folder=str(tmp_path),
        daily_time=time(21, 45, 30),
        keep_daily=3,
        keep_monthly=2,
        on_exit=False,
    )
    assert saved.folder == str(tmp_path.resolve()) and saved.folder_chosen
    assert (saved.daily_time, saved.keep_daily, saved.keep_monthly, saved.on_exit) == (
        time(21, 45),
        3,
        2,
        False,
    )
    assert owner.call(backup.set_backup_settings, folder="").folder_chosen is False


def test_cashier_cannot_change_backup_settings(cashier: StoreContext, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(backup.set_backup_settings, folder=str(tmp_path))


def _at(day: str, hour: int = 13) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


def test_the_rotation_plan_keeps_n_daily_and_m_monthly() -> None:
    made = [(f"d{i}", datetime(2026, 1, 1, 13) + timedelta(days=i)) for i in range(120)]
    made += [("same-day-earlier", datetime(2026, 4, 30, 9))]  # the last day had two
    keep = backup.plan_rotation(made, keep_daily=7, keep_monthly=3)
    days = {f"d{i}" for i in range(113, 120)}  # 24–30 April
    months = {"d119", "d89", "d58"}  # newest of April, March, February
    assert keep == days | months
    assert backup.plan_rotation(made, 1, 0) == {"d119"}
    assert backup.plan_rotation([], 7, 12) == set()


def test_rotation_deletes_only_this_stores_old_backups_after_a_good_one(
    owner: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb), keep_daily=2, keep_monthly=1)
    other = tmp_path / "other"
    make_store(other).context.sign_out()
    foreign = make_backup(other, usb, at=datetime(2025, 1, 1, 12))
    (usb / "notes.storecrm-backup").write_bytes(b"not a backup")
    (usb / "readme.txt").write_text("keep")
    made = []
    for day in ("2026-01-10", "2026-02-01", "2026-02-02", "2026-02-03"):
        monkeypatch.setattr(backup.clock, "now", lambda d=day: _at(d))
        made.append(Path(owner.call(backup.run_backup, kind="scheduled").info.path))
    names = {p.name for p in usb.iterdir()}
    # N=2 days: 3 and 2 February; M=1 month: February's newest (3 February).
    assert made[3].name in names and made[2].name in names
    assert made[1].name not in names and made[0].name not in names
    assert {foreign.name, "notes.storecrm-backup", "readme.txt"} <= names

    # A failed backup (disk full) deletes nothing.
    monkeypatch.setattr(backup.clock, "now", lambda: _at("2026-02-20"))
    usage = shutil.disk_usage(usb)
    monkeypatch.setattr(writing.shutil, "disk_usage", lambda _p: usage._replace(free=10))
    with pytest.raises(BackupFolderProblem) as problem:
        owner.call(backup.run_backup)
    assert problem.value.reason == "full"
    assert {p.name for p in usb.iterdir()} == names
    assert session_audit(owner.folder)[-1] == ("backup", "failed")


def test_the_status_warns_without_a_backup_for_48_hours_or_without_the_folder(
    owner: StoreContext, tmp_path: Path
) -> None:
    status = owner.call(backup.backup_status)
    assert status.warning == "never" and status.last_at is None and status.folder_ok
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb))
    result = owner.call(backup.run_backup)
    status = owner.call(backup.backup_status)
    assert status.warning is None and status.last_at == result.info.created_at
    assert status.last_file == result.info.path
    later = result.info.created_at + timedelta(hours=47)
    assert owner.call(backup.backup_status, later).warning is None
    assert owner.call(backup.backup_status, later + timedelta(hours=2)).warning == "stale"
    shutil.rmtree(usb)  # the USB drive is unplugged
    status = owner.call(backup.backup_status)
    assert status.warning == "folder_missing" and not status.folder_ok
    with pytest.raises(BackupFolderProblem) as problem:
        owner.call(backup.run_backup)
    assert problem.value.reason == "missing"
    assert not usb.exists()  # a chosen folder is never created on whatever drive is there


def test_the_daily_backup_is_due_once_its_time_has_come(owner: StoreContext) -> None:
    owner.call(backup.set_backup_settings, daily_time=time(13, 0))
    today = date(2026, 5, 4)
    assert not owner.call(backup.is_due, datetime.combine(today, time(12, 59)))
    assert owner.call(backup.is_due, datetime.combine(today, time(13, 0)))
    owner.call(backup.run_backup, kind="scheduled")  # made now (the real clock)
    made = owner.call(backup.backup_status).last_at
    assert made is not None
    assert not owner.call(backup.is_due, made + timedelta(minutes=1))
    tomorrow = datetime.combine(made.date() + timedelta(days=1), time(13, 0))
    assert owner.call(backup.is_due, tomorrow)


def test_list_backups_shows_the_folder_newest_first(
    owner: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb), keep_daily=30)
    for day in ("2026-01-10", "2026-01-12"):
        monkeypatch.setattr(backup.clock, "now", lambda d=day: _at(d))
        owner.call(backup.run_backup)
    (usb / "broken.storecrm-backup").write_bytes(b"StoreCRM backup\n")
    entries = owner.call(backup.list_backups)
    assert [e.info.created_at.day if e.info else None for e in entries] == [12, 10, None]
    assert entries[0].this_store and entries[2].problem is not None
    assert entries[2].problem.reason == "incomplete"


def test_a_backup_after_a_restore_closed_the_store_refuses_to_run(
    shop: StoreContext, tmp_path: Path
) -> None:
    path = Path(shop.call(backup.run_backup).info.path)
    backup.restore_backup(path, shop.folder, password=OWNER_PASSWORD, context=shop)
    safety = next((shop.folder / "safety").iterdir())
    kept = store_hashes(safety)
    with pytest.raises(NotAStore):  # e.g. a daily backup that waited for the restore
        shop.call(backup.run_backup, kind="scheduled")
    assert store_hashes(safety) == kept  # nothing was written into the replaced files


# -- issue 16: the last good backup after a restore; backups made by hand ---------------------
def test_after_a_restore_the_status_names_the_backup_it_came_from(
    shop: StoreContext, tmp_path: Path
) -> None:
    made = shop.call(backup.run_backup).info
    backup.restore_backup(Path(made.path), shop.folder, password=OWNER_PASSWORD, context=shop)
    # The restored settings are those of backup time (no backup recorded yet); the status is
    # read from the backups that exist, so it still shows the good one in the folder.
    ctx = session.sign_in(shop.folder, OWNER, OWNER_PASSWORD)
    try:
        status = ctx.call(backup.backup_status)
        assert status.warning is None
        assert status.last_at == made.created_at and status.last_file == made.path
        listed = [e.info.created_at for e in ctx.call(backup.list_backups) if e.info]
        assert listed == [status.last_at]
        assert not ctx.call(backup.is_due, made.created_at + timedelta(minutes=1))
    finally:
        ctx.sign_out()


def test_the_status_counts_only_backups_that_exist_and_are_this_stores(
    owner: StoreContext, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb))
    other = tmp_path / "other"
    make_store(other).context.sign_out()
    make_backup(other, usb, at=datetime(2030, 1, 1, 12))  # newer, but another store's
    (usb / "broken.storecrm-backup").write_bytes(b"StoreCRM backup\n")
    assert owner.call(backup.backup_status).warning == "never"
    made = owner.call(backup.run_backup).info
    assert owner.call(backup.backup_status).last_at == made.created_at
    Path(made.path).unlink()  # the owner deleted it by hand
    status = owner.call(backup.backup_status)
    assert status.warning == "never" and status.last_at is None


def test_rotation_never_removes_a_backup_made_by_hand(
    owner: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb), keep_daily=1, keep_monthly=0)
    made: dict[str, Path] = {}
    for name, day, hour, kind in (
        ("old-manual", "2026-01-05", 9, "manual"),
        ("daily", "2026-03-01", 13, "scheduled"),
        ("manual", "2026-03-02", 17, "manual"),  # made by hand minutes before closing
        ("exit", "2026-03-02", 18, "exit"),
    ):
        monkeypatch.setattr(backup.clock, "now", lambda d=day, h=hour: _at(d, h))
        result = owner.call(backup.run_backup, kind=kind)
        made[name] = Path(result.info.path)
        if name == "exit":
            # Only the older daily backup was rotated away (N=1 day, M=0 months).
            assert result.deleted == (made["daily"].name,)
    names = {p.name for p in usb.iterdir()}
    assert names == {made[k].name for k in ("old-manual", "manual", "exit")}
    kinds = {e.info.kind for e in owner.call(backup.list_backups) if e.info}
    assert kinds == {"manual", "exit"}


def test_the_owner_deletes_a_backup_by_hand(store_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    cashier_ctx = session.sign_in(store_dir, "xiaoli", "cashier-pass-1")
    try:
        cashier_ctx.call(backup.run_backup, kind="scheduled")  # into the default folder
        made = cashier_ctx.call(backup.list_backups)[0].path
        with pytest.raises(PermissionDenied):
            cashier_ctx.call(backup.delete_backup, Path(made))
    finally:
        cashier_ctx.sign_out()
    assert Path(made).exists()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        owner.call(backup.set_backup_settings, folder=str(usb))
        path = Path(owner.call(backup.run_backup).info.path)
        outside = tmp_path / path.name
        shutil.copy(path, outside)
        with pytest.raises(ValueError):
            owner.call(backup.delete_backup, outside)  # only files in the backup folder
        (usb / "notes.txt").write_text("keep")
        with pytest.raises(ValueError):
            owner.call(backup.delete_backup, usb / "notes.txt")
        owner.call(backup.delete_backup, path)
        assert not path.exists() and outside.exists() and (usb / "notes.txt").exists()
        audit = [(e.action, e.outcome) for e in owner.call(info.recent_audit, 10)]
        assert ("backup_delete", "ok") in audit and ("backup_delete", "denied") in audit
    finally:
        owner.sign_out()
