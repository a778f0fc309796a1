"""What killed work leaves behind is cleaned at the next start (issue 17, finding 10), and
nothing that a running program uses, nor any good backup, is ever deleted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from storecrm.data import backup as files
from storecrm.data.keyring import Keyring
from storecrm.data.lock import WorkLock
from storecrm.services import backup, session
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.test_cli import ROOT

DAY = 24 * 3600


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _abandoned_work_folder(path: Path) -> Path:
    """A folder whose program was killed: its lock file is there, nobody holds it."""
    path.mkdir()
    (path / WorkLock.NAME).touch()
    (path / "store.db").write_bytes(b"\0" * 4096)
    return path


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_leftovers_beside_the_store_and_in_the_backup_folder_go_at_the_next_sign_in(
    store_dir: Path, tmp_path: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    good = Path(owner.call(backup.run_backup).info.path)  # the store's own backup folder
    (tmp_path / "spare").mkdir()
    spare = Path(owner.call(backup.run_backup, tmp_path / "spare").info.path)
    owner.sign_out()
    backups = good.parent
    store_id = Keyring.load(store_dir / "keyring.json").store_id
    parent = store_dir.parent

    dead = _abandoned_work_folder(parent / f".{store_dir.name}.restoring-dead0001")
    busy = _abandoned_work_folder(parent / f".{store_dir.name}.restoring-busy0002")
    held = WorkLock.hold(busy)  # a restore running right now in another program
    old = parent / f".{store_dir.name}.restoring-old00003"  # an older version's: no lock file
    old.mkdir()
    _age(old, 2 * DAY)
    young = parent / f".{store_dir.name}.restoring-new00004"  # no lock file yet: just made
    young.mkdir()
    creating = parent / f".{store_dir.name}.creating-0005"
    creating.mkdir()
    _age(creating, 2 * DAY)
    other_store = _abandoned_work_folder(parent / ".another.restoring-0006")
    keyring_tmp = store_dir / ".keyring.json.dead.tmp"
    keyring_tmp.write_text("{}")

    stem = f".StoreCRM-{store_id[:8]}-20260101-000000{files.SUFFIX}"
    cut = backups / f"{stem}{files.PART_SUFFIX}"
    cut.write_bytes(good.read_bytes()[:5000])  # killed while writing: incomplete
    part_db = backups / f"{stem}.db{files.PART_SUFFIX}"
    for path in (part_db, Path(f"{part_db}-wal"), Path(f"{part_db}-shm")):
        path.write_bytes(b"\0" * 1000)
    finished = backups / f".{spare.name}{files.PART_SUFFIX}"  # killed just before its rename
    shutil.copy2(spare, finished)
    foreign = backups / f".StoreCRM-00000000-20260101-000000{files.SUFFIX}{files.PART_SUFFIX}"
    foreign.write_bytes(b"someone else's")

    session.sign_in(store_dir, OWNER, OWNER_PASSWORD).sign_out()

    for gone in (dead, old, creating, keyring_tmp, cut, part_db):
        assert not gone.exists(), gone.name
    assert not Path(f"{part_db}-wal").exists() and not Path(f"{part_db}-shm").exists()
    for kept in (busy, young, other_store, foreign, good):
        assert kept.exists(), kept.name
    # The finished one was a good backup: it got its real name, and it checks out.
    assert not finished.exists()
    promoted = backups / spare.name
    files.check_file(promoted)
    held.release()


def test_a_killed_verify_leaves_nothing_in_the_temp_folder_after_the_next_start(
    store_dir: Path, tmp_path: Path, temp_folder: Path
) -> None:
    dead = _abandoned_work_folder(temp_folder / "storecrm-verify-dead01")
    busy = _abandoned_work_folder(temp_folder / "storecrm-verify-busy02")
    held = WorkLock.hold(busy)  # a verify running right now in another program
    unrelated = temp_folder / "someone-elses"
    unrelated.mkdir()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    (tmp_path / "b").mkdir()
    made = Path(owner.call(backup.run_backup, tmp_path / "b").info.path)
    owner.sign_out()

    result = subprocess.run(  # any command is a start
        [sys.executable, "-m", "tests.cli_main", "verify", str(made)],
        env=dict(os.environ, TMPDIR=str(temp_folder), STORECRM_LANG="en"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not dead.exists()
    assert busy.exists() and unrelated.exists()
    held.release()
    # A keyed verify holds its own folder while it works and removes it afterwards.
    backup.verify_backup(made, password=OWNER_PASSWORD)
    assert sorted(p.name for p in temp_folder.iterdir()) == sorted([busy.name, unrelated.name])
