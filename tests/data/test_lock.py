"""A second copy of the program on the same store is refused, not allowed to write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storecrm.domain.errors import StoreLocked
from storecrm.services import session
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD


def test_second_sign_in_in_the_same_process_is_refused(store_dir: Path) -> None:
    first = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        with pytest.raises(StoreLocked) as info:
            session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
        assert str(os.getpid()) in info.value.holder
    finally:
        first.close()
    again = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)  # released on close
    again.close()


def _hold_store_in_child(store_dir: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from tests.cli_main import lower_floor
        lower_floor()  # the fixture store's cheap scrypt
        from storecrm.services import session
        ctx = session.sign_in(Path({str(store_dir)!r}), {OWNER!r}, {OWNER_PASSWORD!r})
        print("open", flush=True)
        sys.stdin.readline()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    return child


def _end(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)  # like a crash or a pulled plug: no clean-up runs
    child.wait()
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            pipe.close()


def test_another_process_holding_the_store_is_named_in_the_refusal(store_dir: Path) -> None:
    child = _hold_store_in_child(store_dir)
    try:
        with pytest.raises(StoreLocked) as info:
            session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
        assert f"pid {child.pid}" in info.value.holder
    finally:
        _end(child)


def test_a_killed_holder_leaves_no_stale_lock(store_dir: Path) -> None:
    child = _hold_store_in_child(store_dir)
    _end(child)
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)  # StoreLocked if stale
    assert not ctx.read_only and ctx.actor.username == CASHIER
    ctx.close()


def test_read_only_access_does_not_need_the_lock(store_dir: Path) -> None:
    writer = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        reader = session.sign_in(store_dir, OWNER, OWNER_PASSWORD, read_only=True)
        assert reader.read_only
        reader.close()
    finally:
        writer.close()
