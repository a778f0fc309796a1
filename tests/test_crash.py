"""`kill -9` at random moments: during a burst of sales the store keeps every sale whose commit
returned and passes its integrity checks; during a backup no file is left that `verify` accepts
unless it is complete; during a change of the database key the store opens afterwards, with
either key, for everyone.

The child processes are real (``python -c``) and report on a pipe, written straight after each
commit (or each step of the backup), so the parent knows what the child saw as done.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storecrm.data import backup as files
from storecrm.domain.errors import BadBackup
from storecrm.services import demo, membership, session
from tests.conftest import OWNER, OWNER_PASSWORD, make_store
from tests.data.test_backup import dump_tables, integrity

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 needs POSIX signals")

ROOT = Path(__file__).resolve().parent.parent
LOWER_FLOOR = "from tests.cli_main import lower_floor; lower_floor()\n"  # fixture stores' scrypt

SALES_CHILD = r"""
import os, sys
from pathlib import Path
from storecrm.services import sales, session
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft

folder, password, fd = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
members = [int(x) for x in sys.argv[4].split(",")]
ctx = session.sign_in(folder, "boss", password)
os.write(fd, b"ready\n")
i = 0
while True:
    fen = 500 + i
    draft = SaleDraft(
        customer_id=members[i % len(members)] if i % 2 else None,
        lines=(LineDraft(kind="amount", unit_fen=fen, description="crash test"),),
        payments=(PaymentDraft("cash", fen),),
    )
    sale_id = ctx.call(sales.record_sale, draft).sale_id
    os.write(fd, f"{sale_id}\n".encode())  # the commit has returned
    i += 1
"""

BACKUP_CHILD = r"""
import os, sys
from pathlib import Path
from storecrm.services import backup, session

folder, password, fd, target = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
ctx = session.sign_in(folder, "boss", password)
os.write(fd, b"ready\n")
while True:
    result = ctx.call(
        backup.run_backup,
        Path(target),
        progress=lambda done, total: os.write(fd, f"p {100 * done // total}\n".encode()),
    )
    os.write(fd, f"done {result.info.path}\n".encode())
"""


REKEY_CHILD = r"""
import os, sys
from pathlib import Path
from storecrm.services import session

folder, password, fd = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
ctx = session.sign_in(folder, "boss", password)
os.write(fd, b"ready\n")
while True:
    ctx.rekey()
    os.write(fd, b"done\n")
"""


class Child:
    """A child process that writes lines to a pipe; killed with SIGKILL."""

    def __init__(self, script: str, *args: str) -> None:
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LOWER_FLOOR + script, *args[:2], str(write_fd), *args[2:]],
            cwd=ROOT,
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        os.close(write_fd)  # the child's copy is the only writer: EOF when it dies
        self.pipe = os.fdopen(read_fd, "rb")

    def lines(self) -> Iterator[str]:
        for raw in self.pipe:
            yield raw.decode().strip()
        stderr = self.proc.stderr.read().decode() if self.proc.stderr else ""
        raise AssertionError(f"the child ended by itself:\n{stderr}")

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:  # a failed assertion never leaves a child running
            self.kill()

    def kill(self) -> list[str]:
        """SIGKILL; returns whatever the child still managed to report before it died."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        rest = [raw.decode().strip() for raw in self.pipe]
        self.pipe.close()
        if self.proc.stderr:
            self.proc.stderr.close()
        assert self.proc.returncode == -signal.SIGKILL
        return rest


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, list[int]]:
    folder = tmp_path / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 40, 5)
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - test set-up
        members = [int(r[0]) for r in uow.connection.exec_driver_sql("SELECT id FROM customers")]
    ctx.sign_out()
    return folder, members[:10]


def test_kill_9_during_a_burst_of_sales_loses_no_committed_sale(
    store: tuple[Path, list[int]],
) -> None:
    folder, members = store
    rng = random.Random(20260314)
    committed: list[int] = []
    for kills in range(1, 4):
        ids = ",".join(str(m) for m in members)
        with Child(SALES_CHILD, str(folder), OWNER_PASSWORD, ids) as child:
            stop_after = rng.randint(3, 40)
            seen = 0
            for line in child.lines():
                if line == "ready":
                    continue
                committed.append(int(line))
                seen += 1
                if seen >= stop_after:
                    break
            time.sleep(rng.random() * 0.02)  # somewhere inside the next sale
            committed.extend(int(line) for line in child.kill() if line)

        # The store opens (the OS dropped the lock), is intact, and holds every reported sale.
        assert integrity(folder) == ([], [("ok",)])
        ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
        try:
            report = ctx.call(membership.check_ledgers)
            assert report.ok, report.mismatches
        finally:
            ctx.sign_out()
        sale_ids = {row[0] for row in dump_tables(folder)["sales"]}
        assert set(committed) <= sale_ids
        # At most one sale per kill committed without its report getting out.
        assert len(sale_ids) - len(committed) <= kills
    assert len(committed) >= 9


def test_kill_9_during_a_backup_never_leaves_a_file_that_verify_wrongly_accepts(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 2500, 9)  # a few MB: the backup reports several steps
    ctx.sign_out()
    target = tmp_path / "usb"
    target.mkdir()
    rng = random.Random(77)
    # One kill in each phase, at a random point within it: copying (0-35 %), checking the copy
    # while the file is written (35-85 %), reading the finished file back (85-100 %).
    thresholds = [rng.randint(1, 34), rng.randint(36, 84), rng.randint(86, 99)]
    rejected = 0
    for threshold in thresholds:
        with Child(BACKUP_CHILD, str(folder), OWNER_PASSWORD, str(target)) as child:
            for line in child.lines():
                if line.startswith("p ") and int(line[2:]) >= threshold:
                    break
            child.kill()
        assert integrity(folder) == ([], [("ok",)])
        for path in sorted(target.iterdir()):
            try:
                header = files.check_file(path)
            except BadBackup:
                rejected += 1
                assert path.name.startswith("."), path.name  # only temporary names
                continue
            # Accepted by the keyless check: then it is complete and restores.
            full, opened = files.verify(path, password=OWNER_PASSWORD)
            assert opened and full.manifest == header.manifest
            assert header.manifest.counts["customers"] == 2500
    assert rejected >= 1  # the kills did land in the middle of backups
    # The next backup clears what the killed ones left, and the store is fine.
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        from storecrm.services import backup

        ctx.call(backup.run_backup, target)
    finally:
        ctx.sign_out()
    assert not [p for p in target.iterdir() if p.name.startswith(".")]


def test_kill_9_during_a_key_change_leaves_a_store_that_opens_for_everyone(
    tmp_path: Path,
) -> None:
    from storecrm.data.rekey import PENDING_KEYRING_NAME
    from storecrm.domain.roles import Role
    from storecrm.services import info, users
    from tests.conftest import CASHIER, CASHIER_PASSWORD

    folder = tmp_path / "store"
    created = make_store(folder)
    ctx = created.context
    ctx.call(demo.add_demo_customers, 2500, 9)  # a few MB: each key change takes a moment
    ctx.call(
        users.add_user,
        username=CASHIER,
        display_name="",
        role=Role.CASHIER,
        password=CASHIER_PASSWORD,
    )
    ctx.sign_out()
    rng = random.Random(1717)
    caught_mid_change = 0
    for _round in range(6):
        with Child(REKEY_CHILD, str(folder), OWNER_PASSWORD) as child:
            changes = rng.randint(0, 2)
            for line in child.lines():
                if line == "done":
                    changes -= 1
                if line != "ready" and changes < 0:
                    break
            time.sleep(rng.random() * 0.15)
            child.kill()
        left = {p.name for p in folder.iterdir()}
        if PENDING_KEYRING_NAME in left or "store.db-journal" in left:
            caught_mid_change += 1
        # Everyone still gets in (the owner's sign-in settles what the kill left) ...
        owner = session.sign_in(folder, OWNER, OWNER_PASSWORD)
        try:
            assert owner.call(info.store_info).counts["customers"] == 2500
            report = owner.call(membership.check_ledgers)
            assert report.ok, report.mismatches
        finally:
            owner.sign_out()
        assert PENDING_KEYRING_NAME not in {p.name for p in folder.iterdir()}
        assert integrity(folder) == ([], [("ok",)])
        session.sign_in(folder, CASHIER, CASHIER_PASSWORD).sign_out()
    assert caught_mid_change >= 1  # the kills did land inside key changes
    session.recover_with_code(folder, created.recovery_code, OWNER, "owner-pass-2").sign_out()
