"""`storecrm backup`, `storecrm verify` and `storecrm restore`, run as real processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from storecrm.services import backup, demo, info, session
from tests.conftest import make_store
from tests.data.test_backup import store_hashes
from tests.test_cli import run

PASSWORD = "pw-123456"


@pytest.fixture
def cli_store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    ctx = make_store(folder, owner_username="boss", owner_password=PASSWORD).context
    ctx.call(demo.add_demo_customers, 50, 2)
    ctx.sign_out()
    return folder


def _customers(store: Path) -> int:
    ctx = session.sign_in(store, "boss", PASSWORD, read_only=True)
    try:
        return ctx.call(info.store_info).counts["customers"]
    finally:
        ctx.close()


def _one_line(result_stderr: str) -> str:
    lines = result_stderr.strip().splitlines()
    assert len(lines) == 1, result_stderr
    assert "Traceback" not in result_stderr
    return lines[0]


def test_backup_verify_and_restore(cli_store: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("backup", "--store", str(cli_store), "--to", str(usb), password=PASSWORD)
    assert made.returncode == 0, made.stderr
    backups = list(usb.glob("*.storecrm-backup"))
    assert len(backups) == 1 and str(backups[0]) in made.stdout
    assert "verified" in made.stdout

    keyless = run("verify", str(backups[0]))
    assert keyless.returncode == 0, keyless.stderr
    assert keyless.stdout.startswith(
        "structure OK, contents not checked: give a password to check them (backup of 测试门店"
    )
    assert "50 customers" in keyless.stdout
    keyed = run("verify", str(backups[0]), password=PASSWORD)
    assert keyed.returncode == 0, keyed.stderr
    assert "opened and checked" in keyed.stdout

    # Over the existing store: refused without --yes when nobody can be asked ...
    before = store_hashes(cli_store)
    refused = run("restore", str(backups[0]), "--store", str(cli_store), password=PASSWORD)
    assert refused.returncode == 2
    assert "--yes" in _one_line(refused.stderr)
    assert store_hashes(cli_store) == before
    # ... and done with it, keeping the replaced files.
    replaced = run(
        "restore", str(backups[0]), "--store", str(cli_store), "--yes", password=PASSWORD
    )
    assert replaced.returncode == 0, replaced.stderr
    assert "kept in" in replaced.stdout
    assert list((cli_store / "safety").glob("before-restore-*/store.db"))
    assert _customers(cli_store) == 50


def test_verify_and_restore_refuse_bad_files(cli_store: Path, tmp_path: Path) -> None:
    ctx = session.sign_in(cli_store, "boss", PASSWORD)
    try:
        good = Path(ctx.call(backup.run_backup, tmp_path).info.path)
    finally:
        ctx.sign_out()
    data = good.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x40
    bad = {
        "incomplete": data[: len(data) * 2 // 3],
        "damaged": bytes(flipped),
        "not a StoreCRM": b"PK\x03\x04" + data[4:],
    }
    paths = {}
    for expected, content in bad.items():
        paths[expected] = tmp_path / f"{expected}.storecrm-backup"
        paths[expected].write_bytes(content)
    for expected in ("incomplete", "damaged"):
        result = run("verify", str(paths[expected]))
        assert result.returncode == 2 and result.stdout == ""
        assert expected in _one_line(result.stderr)
    before = store_hashes(cli_store)
    restore = run(
        "restore",
        str(paths["not a StoreCRM"]),
        "--store",
        str(cli_store),
        "--yes",
        password=PASSWORD,
    )
    assert restore.returncode == 2
    assert "not a StoreCRM" in _one_line(restore.stderr)
    assert store_hashes(cli_store) == before


def test_restore_with_the_recovery_code(tmp_path: Path) -> None:
    created = make_store(tmp_path / "store", owner_username="boss", owner_password=PASSWORD)
    path = Path(created.context.call(backup.run_backup, tmp_path).info.path)
    created.context.sign_out()
    result = run(
        "restore",
        str(path),
        "--store",
        str(tmp_path / "new"),
        "--recovery-code",
        created.recovery_code,
    )
    assert result.returncode == 0, result.stderr
    assert _customers(tmp_path / "new") == 0
