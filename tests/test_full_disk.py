"""Issue 17, finding 9: a full disk (and a read-only one) for real, on small tmpfs mounts.

- sales until the disk is full: "the disk is full, nothing was lost", and nothing was;
- a store disk that stays full: commands that only read still work (the sign-in's audit waits),
  a backup to another disk works, a bulk read of personal data is refused (it cannot be
  audited) with the same sentence;
- a restore onto a full disk says so (not "cannot read the backup file");
- an export to a full disk: one line, no "Exception ignored … ZipFile.__del__", no leftovers;
- a read-only store folder is not called damaged;
- ``--out``/``--pdf`` into a missing folder or at a folder: one line, exit 2.

The mounts need root (CAP_SYS_ADMIN); elsewhere these tests are skipped.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storecrm import messages
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import DiskFull, NotAStore
from storecrm.services import customers, demo, membership, sales, session
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from tests.conftest import OWNER, OWNER_PASSWORD, make_store
from tests.test_cli import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="tmpfs mounts are Linux")


def _mount(point: Path, options: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB disk of its own, unmounted at the end."""
    point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    if not _mount(point, "size=8m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` up; then give back ``leave`` bytes."""
    filler = disk / f"filler-{uuid.uuid4().hex[:6]}.bin"
    block = b"\0" * 65536
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        with open(filler, "r+b") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))
    return filler


def remount(disk: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(disk)], check=True)


def test_sales_until_the_disk_is_full_say_so_and_lose_nothing(small_disk: Path) -> None:
    folder = small_disk / "store"
    ctx = make_store(folder).context
    try:
        member = ctx.call(
            customers.create_customer, CustomerDraft(name="张三", phone="13800000001")
        ).customer_id
        filler = fill(small_disk, leave=1_500_000)
        recorded: list[int] = []
        failure: BaseException | None = None
        for i in range(20_000):
            draft = SaleDraft(
                member if i % 2 else None,
                (LineDraft("amount", 1, unit_fen=500 + i, description="满盘测试" * 20),),
                (PaymentDraft("cash", 500 + i),),
                note="备注" * 100,
            )
            try:
                recorded.append(ctx.call(sales.record_sale, draft).sale_id)
            except Exception as exc:  # noqa: BLE001 - the test looks at what came
                failure = exc
                break
        assert isinstance(failure, DiskFull), repr(failure)
        text = messages.error_text(failure)
        assert "disk" in text and "full" in text and "Nothing was lost" in text
        assert "Something went wrong" not in text
        assert len(recorded) > 10
        filler.unlink()  # space again: the till goes on, and every sale that returned is there
        recorded.append(
            ctx.call(
                sales.record_sale,
                SaleDraft(
                    None,
                    (LineDraft("amount", 1, unit_fen=100, description="x"),),
                    (PaymentDraft("cash", 100),),
                ),
            ).sale_id
        )
        listed = ctx.call(sales.list_sale_ids, sales.SaleFilter())
        assert sorted(listed) == sorted(recorded)
        assert ctx.call(membership.check_ledgers).ok
    finally:
        ctx.close()


def test_a_store_disk_that_stays_full_still_reads_and_backs_up_elsewhere(
    small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "store"
    ctx = make_store(folder).context
    try:
        ctx.call(demo.add_demo_customers, 50, 3)
    finally:
        ctx.sign_out()
    filler = fill(small_disk)
    # Quite full: not even room to open the store. Said so, not "damaged".
    opened = run("info", "--store", str(folder), password=OWNER_PASSWORD)
    assert opened.returncode == 2 and "disk that holds the store is full" in opened.stderr
    # Room for SQLite's index files (some 40 KB), none for a transaction: "stays full".
    os.truncate(filler, filler.stat().st_size - 40_960)
    usb = tmp_path / "usb"
    usb.mkdir()
    store = ["--store", str(folder)]
    checked = run("check", *store, password=OWNER_PASSWORD)
    assert checked.returncode == 0, checked.stderr
    assert "Mismatches found: 0" in checked.stdout
    shown = run("info", *store, "--json", password=OWNER_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    saved = run("backup", *store, "--to", str(usb), password=OWNER_PASSWORD)
    assert saved.returncode == 0, saved.stderr
    assert len(list(usb.glob("*.storecrm-backup"))) == 1
    verified = run("verify", str(next(usb.glob("*.storecrm-backup"))))
    assert verified.returncode == 0, verified.stderr
    # A bulk read of personal data must be audited; on a full disk it cannot be: refused,
    # in one line that says why.
    listed = run("reminders", *store, password=OWNER_PASSWORD)
    assert listed.returncode == 2
    assert "disk that holds the store is full" in listed.stderr
    assert listed.stderr.strip().count("\n") == 0


def test_a_restore_onto_a_full_disk_says_the_disk_is_full(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    ctx = make_store(source).context
    try:
        ctx.call(demo.add_demo_customers, 2000, 5)
    finally:
        ctx.sign_out()
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("backup", "--store", str(source), "--to", str(usb), password=OWNER_PASSWORD)
    assert made.returncode == 0, made.stderr
    backup_file = next(usb.glob("*.storecrm-backup"))
    target = small_disk / "store"
    make_store(target).context.close()
    before = sorted((p.name, p.stat().st_size) for p in target.iterdir())
    fill(small_disk, leave=100_000)  # room for less than the backup's database
    restored = run(
        "restore",
        str(backup_file),
        "--store",
        str(target),
        "--yes",
        "--replace-other-store",  # a store of its own: the disk, not the store, must refuse
        password=OWNER_PASSWORD,
    )
    assert restored.returncode == 2, restored.stderr
    assert "not enough free space" in restored.stderr
    assert "cannot read" not in restored.stderr and "could not be read" not in restored.stderr
    assert sorted((p.name, p.stat().st_size) for p in target.iterdir()) == before
    assert [p.name for p in small_disk.iterdir() if p.name.startswith(".")] == []


def test_an_export_to_a_full_disk_is_one_line_and_leaves_nothing(
    small_disk: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "store"
    ctx = make_store(folder).context
    try:
        ctx.call(demo.add_demo_customers, 3000, 9)
    finally:
        ctx.sign_out()
    fill(small_disk, leave=20_000)
    before = {p.name for p in small_disk.iterdir()}
    out = small_disk / "customers.xlsx"
    done = run(
        "export", "customers", "--store", str(folder), "--out", str(out), password=OWNER_PASSWORD
    )
    assert done.returncode == 2
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert (
        "disk is full" in done.stderr and str(out) in done.stderr or "disk is full" in done.stderr
    )
    assert {p.name for p in small_disk.iterdir()} == before
    report = run(
        "report", "--store", str(folder), "--from", "2026-01-01", "--to", "2026-01-31",
        "--pdf", str(small_disk / "r.pdf"), password=OWNER_PASSWORD,
    )  # fmt: skip
    assert report.returncode == 2 and "disk is full" in report.stderr
    assert "Exception ignored" not in report.stderr
    assert {p.name for p in small_disk.iterdir()} == before


def test_a_read_only_store_folder_is_not_called_damaged(small_disk: Path) -> None:
    folder = small_disk / "store"
    make_store(folder).context.close()
    remount(small_disk, "ro")
    for read_only in (False, True):
        with pytest.raises(NotAStore) as refused:
            session.sign_in(folder, OWNER, OWNER_PASSWORD, read_only=read_only)
        assert refused.value.reason == "read_only"
    for command in ("info", "check"):
        done = run(command, "--store", str(folder), password=OWNER_PASSWORD)
        assert done.returncode == 2
        assert "read-only" in done.stderr and "damaged" not in done.stderr.split(".")[0]
    remount(small_disk, "rw")


def test_out_and_pdf_into_a_missing_folder_or_at_a_folder_are_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    make_store(folder).context.close()
    (tmp_path / "a-folder.xlsx").mkdir()
    (tmp_path / "a-folder.pdf").mkdir()
    period = ("--from", "2026-01-01", "--to", "2026-01-02")
    cases = [
        ("export", "customers", "--out", str(tmp_path / "missing" / "c.xlsx")),
        ("export", "customers", "--out", str(tmp_path / "a-folder.xlsx")),
        ("report", *period, "--pdf", str(tmp_path / "no" / "r.pdf")),
        ("report", *period, "--pdf", str(tmp_path / "a-folder.pdf")),
    ]
    for command, *rest in cases:
        head = [command, rest.pop(0)] if command == "export" else [command]
        done = run(*head, "--store", str(folder), *rest, password=OWNER_PASSWORD)
        assert done.returncode == 2, (command, rest, done.stderr)
        line = done.stderr.strip()
        assert line.count("\n") == 0 and "Errno" not in line and "Traceback" not in line, line
        assert "does not exist" in line or "is a folder" in line, line
    shutil.rmtree(tmp_path / "a-folder.xlsx")
