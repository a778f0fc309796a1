"""Files that are not what they should be get one line and exit code 2, never a hang or a
traceback (issue 17, finding 7): a named pipe given as a backup, a header nested 200,000 deep,
a binary password file."""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from storecrm.data import backup as files
from storecrm.data.keyring import Keyring
from storecrm.domain.errors import BadBackup, NotAStore
from tests.conftest import OWNER_PASSWORD
from tests.test_cli import ROOT


def _run(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STORECRM_LANG="en")
    env.pop("STORECRM_PASSWORD", None)
    if password is not None:
        env["STORECRM_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "tests.cli_main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=60,  # the old program never returned on a pipe
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_given_as_a_backup_is_refused_at_once(store_dir: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "backup.storecrm-backup"
    os.mkfifo(pipe)
    line = _one_line(_run("verify", str(pipe)))
    assert "not a file" in line
    line = _one_line(_run("verify", str(pipe), password=OWNER_PASSWORD))
    assert "not a file" in line
    line = _one_line(
        _run("restore", str(pipe), "--store", str(store_dir), "--yes", password=OWNER_PASSWORD)
    )
    assert "not a file" in line
    with pytest.raises(BadBackup) as refused:
        files.read_header(pipe)
    assert refused.value.reason == "not_a_file"
    with pytest.raises(BadBackup):
        files.check_file(tmp_path)  # a folder


def _deep_backup(path: Path, depth: int = 200_000) -> Path:
    db = b"\0" * 4096
    header = b"[" * depth + b"]" * depth
    body = (
        struct.pack(">16sIQ", files.MAGIC, files.FORMAT_VERSION, len(db))
        + db
        + header
        + struct.pack(">Q16s", len(header), files.END_MAGIC)
    )
    path.write_bytes(body + hashlib.sha256(body).digest())
    return path


def test_a_header_nested_200000_deep_is_damaged(tmp_path: Path) -> None:
    deep = _deep_backup(tmp_path / "deep.storecrm-backup")
    for read in (files.read_header, files.check_file):
        with pytest.raises(BadBackup) as refused:
            read(deep)
        assert refused.value.reason == "damaged"
    assert "damaged" in _one_line(_run("verify", str(deep)))


def test_a_keyring_nested_200000_deep_is_not_a_store(store_dir: Path) -> None:
    (store_dir / "keyring.json").write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(NotAStore):
        Keyring.load(store_dir / "keyring.json")
    assert "damaged" in _one_line(_run("info", "--store", str(store_dir), password="x" * 8))


@pytest.mark.parametrize(
    "content", [b"\xff\xfe\x00\x81binary\x00", bytes(range(128, 256)), b"\x00" * 10_000_000]
)
def test_a_binary_or_huge_password_file_is_named(
    store_dir: Path, tmp_path: Path, content: bytes
) -> None:
    password_file = tmp_path / "pw.bin"
    password_file.write_bytes(content)
    line = _one_line(_run("info", "--store", str(store_dir), "--password-file", str(password_file)))
    assert "password file" in line and str(password_file) in line
    assert "went wrong" not in line


def test_a_password_file_that_is_text_still_works(store_dir: Path, tmp_path: Path) -> None:
    password_file = tmp_path / "pw.txt"
    password_file.write_text(OWNER_PASSWORD + "\r\n", encoding="utf-8")
    result = _run("info", "--store", str(store_dir), "--password-file", str(password_file))
    assert result.returncode == 0, result.stderr
