"""The audit log is a hash chain whose head every backup records (issue 17, finding 3): a row
deleted, changed or slipped in is reported by `storecrm check`, and so is a log rewritten with
its hashes recomputed, against the heads in the backups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storecrm.data import backup as files
from storecrm.data.engine import connect_raw
from storecrm.domain.audit_chain import GENESIS, AuditRow, at_text, link
from storecrm.services import audit_check, backup, session
from storecrm.services.session import StoreContext
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.data.test_backup import db_key
from tests.test_cli import run


def _tamper(folder: Path, *sql: str) -> None:
    """What a holder of the database key can do with the product's own code."""
    conn = connect_raw(folder / "store.db", db_key(folder))
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_chained")
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()


def _rechain(folder: Path) -> None:
    """Recompute every hash, as someone with the key who knows the scheme would."""
    conn = connect_raw(folder / "store.db", db_key(folder))
    try:
        rows = conn.execute(
            "SELECT id, at, user_id, username, action, outcome, target, detail "
            "FROM audit_log ORDER BY id"
        ).fetchall()
        previous = GENESIS
        for new_id, (_old_id, at, user_id, username, action, outcome, target, detail) in enumerate(
            rows, start=1
        ):
            row = AuditRow(new_id, at_text(at), user_id, username, action, outcome, target, detail)
            previous = link(previous, row)
            conn.execute(
                "UPDATE audit_log SET id = ?, hash = ? WHERE id = ?", (new_id, previous, _old_id)
            )
    finally:
        conn.close()


def _check(folder: Path) -> audit_check.AuditCheck:
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        return ctx.call(audit_check.check_audit_log)
    finally:
        ctx.close()


def _signed_in_a_few_times(folder: Path) -> None:
    for _ in range(3):
        session.sign_in(folder, OWNER, OWNER_PASSWORD).sign_out()


def test_an_untouched_log_checks_out(store_dir: Path) -> None:
    _signed_in_a_few_times(store_dir)
    result = _check(store_dir)
    assert result.ok and result.chain.entries >= 6 and result.chain.first_break is None


def test_storecrm_check_reports_a_deleted_row_and_a_changed_row(store_dir: Path) -> None:
    _signed_in_a_few_times(store_dir)
    _tamper(store_dir, "DELETE FROM audit_log WHERE id = 3")
    deleted = run("check", "--store", str(store_dir), password=OWNER_PASSWORD)
    assert deleted.returncode == 1, deleted.stdout + deleted.stderr
    assert "#4" in deleted.stdout and "removed" in deleted.stdout

    _tamper(store_dir, "UPDATE audit_log SET action = 'user_update' WHERE id = 5")
    changed = _check(store_dir)
    assert not changed.ok
    assert (changed.chain.first_break.entry_id, changed.chain.first_break.kind) == (4, "missing")
    assert changed.chain.breaks == 2


def test_a_changed_row_is_found_where_it_is(store_dir: Path) -> None:
    _signed_in_a_few_times(store_dir)
    _tamper(store_dir, "UPDATE audit_log SET username = 'someone' WHERE id = 2")
    result = _check(store_dir)
    assert result.chain.first_break is not None
    assert (result.chain.first_break.entry_id, result.chain.first_break.kind) == (2, "changed")
    assert result.chain.breaks == 1


def test_a_row_slipped_in_without_a_hash_is_found(store_dir: Path) -> None:
    _tamper(
        store_dir,
        "INSERT INTO audit_log (id, at, user_id, username, action, outcome, target, detail) "
        "VALUES (1000, '2026-01-01 00:00:00', 1, 'boss', 'login', 'ok', NULL, '{}')",
    )
    result = _check(store_dir)
    assert result.chain.first_break is not None
    assert result.chain.first_break.entry_id == 1000


def test_the_database_refuses_an_unchained_row(owner: StoreContext) -> None:
    from sqlalchemy.exc import IntegrityError

    with owner._store.unit_of_work() as uow, pytest.raises(IntegrityError):  # noqa: SLF001
        uow.connection.exec_driver_sql(
            "INSERT INTO audit_log (at, user_id, username, action, outcome, target, detail) "
            "VALUES ('2026-01-01 00:00:00', 1, 'boss', 'x', 'ok', NULL, '{}')"
        )


def test_every_backup_records_the_head(owner: StoreContext, tmp_path: Path) -> None:
    made = owner.call(backup.run_backup, tmp_path)
    head = files.read_header(Path(made.info.path)).manifest.audit_head
    assert head is not None
    assert made.info.audit_head == head
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        stored = uow.connection.exec_driver_sql(
            "SELECT hash FROM audit_log WHERE id = ?", (head[0],)
        ).scalar_one()
        last = uow.connection.exec_driver_sql("SELECT max(id) FROM audit_log").scalar_one()
    assert stored == head[1]
    assert head[0] < last  # the backup's own audit entry comes after the copy


def test_a_rewritten_log_is_caught_by_the_heads_in_the_backups(
    store_dir: Path, tmp_path: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    owner.call(backup.run_backup)  # into the store's backup folder
    owner.sign_out()
    _signed_in_a_few_times(store_dir)
    # Remove the second entry and recompute the whole chain: the chain itself is intact ...
    _tamper(store_dir, "DELETE FROM audit_log WHERE id = 2")
    _rechain(store_dir)
    result = _check(store_dir)
    assert result.chain.first_break is None
    # ... but the backup's head no longer matches.
    assert not result.ok
    assert [p.kind for p in result.backup_problems] == ["differs"]
    assert result.backups_compared == 1


def test_entries_removed_at_the_end_are_caught_by_a_later_backup(store_dir: Path) -> None:
    _signed_in_a_few_times(store_dir)
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    owner.call(backup.run_backup)
    owner.close()
    conn = connect_raw(store_dir / "store.db", db_key(store_dir))
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    _tamper(store_dir, f"DELETE FROM audit_log WHERE id >= {last - 3}")
    result = _check(store_dir)
    assert result.chain.first_break is None  # the start of the chain is fine
    assert [p.kind for p in result.backup_problems] == ["missing"]


def test_backups_of_a_line_replaced_by_a_restore_are_not_errors(
    store_dir: Path, tmp_path: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    early = owner.call(backup.run_backup, tmp_path)  # elsewhere: rotation keeps one a day
    owner.sign_out()
    _signed_in_a_few_times(store_dir)
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    owner.call(backup.run_backup)  # a later backup, of entries the restore will drop
    backup.restore_backup(Path(early.info.path), store_dir, password=OWNER_PASSWORD, context=owner)
    _signed_in_a_few_times(store_dir)  # new entries take the ids the dropped ones had
    result = _check(store_dir)
    assert result.ok, result
    assert result.backups_superseded >= 1


def test_the_migration_chains_the_existing_rows(tmp_path: Path) -> None:
    from tests.conftest import make_store
    from tests.data.test_migrations import _fill

    folder = tmp_path / "old"
    make_store(folder, revision="0007").context.close()
    _fill(folder)
    result = _check(folder)
    assert result.ok and result.chain.entries >= 6


def test_a_keyed_verify_reports_a_broken_log_inside_a_backup(
    store_dir: Path, tmp_path: Path
) -> None:
    _signed_in_a_few_times(store_dir)
    _tamper(store_dir, "UPDATE audit_log SET detail = '{\"x\": 1}' WHERE id = 2")
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    made = owner.call(backup.run_backup, tmp_path)
    owner.sign_out()
    report = backup.verify_backup(Path(made.info.path), password=OWNER_PASSWORD)
    assert report.audit_break is not None and report.audit_break.entry_id == 2
    result = run("verify", made.info.path, password=OWNER_PASSWORD)
    assert result.returncode == 0
    assert "#2" in result.stdout
    assert json.loads(json.dumps(report.info.audit_head))  # a plain (id, hash) pair
