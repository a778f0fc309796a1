"""`storecrm verify` on six crafted backups that restore refuses (issue 17, finding 5): without a
password it never says a plain OK (it cannot see inside), with one it refuses every file."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from storecrm.data import backup as files
from storecrm.domain.roles import Role
from storecrm.services import backup, demo, session, users
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD, make_store
from tests.data.test_backup import db_key, parts, rebuild, store_hashes
from tests.test_cli import run


def _write(out: Path, db: bytes, manifest: dict[str, Any], keyring: Any, mac: str) -> Path:
    """A backup with every checksum right and the header exactly as given (MAC included)."""
    head = struct.pack(">16sIQ", files.MAGIC, files.FORMAT_VERSION, len(db))
    manifest = dict(manifest, db_size=len(db), start_sha256=hashlib.sha256(head + db).hexdigest())
    header = json.dumps({"manifest": manifest, "keyring": keyring, "mac": mac}).encode()
    body = head + db + header + struct.pack(">Q16s", len(header), files.END_MAGIC)
    out.write_bytes(body + hashlib.sha256(body).digest())
    return out


@pytest.fixture(scope="module")
def crafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    base = tmp_path_factory.mktemp("crafted")
    for name in ("a", "b", "c"):
        (base / name).mkdir()
    folder = base / "store"
    ctx = make_store(folder).context
    ctx.call(demo.add_demo_customers, 30, 3)
    ctx.call(
        users.add_user,
        username=CASHIER,
        display_name="",
        role=Role.CASHIER,
        password=CASHIER_PASSWORD,
    )
    first = Path(ctx.call(backup.run_backup, base / "a").info.path)
    ctx.call(demo.add_demo_customers, 5, 4)
    second = Path(ctx.call(backup.run_backup, base / "b").info.path)
    ctx.sign_out()
    other = base / "other"
    ctx = make_store(other, store_name="别的店").context
    other_backup = Path(ctx.call(backup.run_backup, base / "c").info.path)
    ctx.sign_out()

    _v, db, header = parts(first)
    _v2, _db2, header2 = parts(second)
    _v3, _db3, other_header = parts(other_backup)
    manifest, ring, mac = header["manifest"], header["keyring"], header["mac"]
    out = base / "out"
    out.mkdir()
    made: dict[str, Path] = {}
    # 1. the MAC of another backup of the same store
    made["swapped MAC"] = _write(out / "1.storecrm-backup", db, manifest, ring, header2["mac"])
    # 2. this database under another store's header (the other store's key redoes the MAC)
    other_manifest = dict(other_header["manifest"])
    made["another store's header"] = rebuild(
        out / "2.storecrm-backup", db, other_manifest, other_header["keyring"], db_key(other)
    )
    # 3. counts edited
    counts = dict(manifest["counts"], customers=manifest["counts"]["customers"] + 1)
    made["edited counts"] = _write(
        out / "3.storecrm-backup", db, dict(manifest, counts=counts), ring, mac
    )
    # 4. one bit of the database flipped, its SHA-256 and the file's recomputed
    flipped = bytearray(db)
    flipped[len(db) // 2] ^= 0x10
    made["flipped database bit"] = _write(
        out / "4.storecrm-backup", bytes(flipped), manifest, ring, mac
    )
    # 5. a key slot without its salt
    no_salt = json.loads(json.dumps(ring))
    del no_salt["slots"][0]["kdf"]["salt"]
    made["slot with no salt"] = _write(out / "5.storecrm-backup", db, manifest, no_salt, mac)
    # 6. the owner id pointed at the cashier
    cashier_id = next(s["user_id"] for s in ring["slots"] if s["user_id"] not in (None, 1))
    made["owner id changed"] = _write(
        out / "6.storecrm-backup", db, manifest, dict(ring, owner_user_id=cashier_id), mac
    )
    return folder, made


CASES = [
    "swapped MAC",
    "another store's header",
    "edited counts",
    "flipped database bit",
    "slot with no salt",
    "owner id changed",
]


@pytest.mark.parametrize("case", CASES)
def test_keyless_verify_never_says_a_plain_ok(
    crafted: tuple[Path, dict[str, Path]], case: str
) -> None:
    _folder, made = crafted
    result = run("verify", str(made[case]))
    assert "OK:" not in result.stdout, result.stdout
    if result.returncode == 0:
        assert result.stdout.startswith(
            "structure OK, contents not checked: give a password to check them"
        ), result.stdout
    else:
        assert result.returncode == 2 and "damaged" in result.stderr


@pytest.mark.parametrize("case", CASES)
def test_verify_with_the_password_and_restore_refuse_every_crafted_file(
    crafted: tuple[Path, dict[str, Path]], case: str, tmp_path: Path
) -> None:
    folder, made = crafted
    password_file = tmp_path / "pw.txt"
    for password in (OWNER_PASSWORD, CASHIER_PASSWORD):
        password_file.write_text(password, encoding="utf-8")
        keyed = run("verify", str(made[case]), "--password-file", str(password_file))
        assert keyed.returncode == 2, (case, keyed.stdout, keyed.stderr)
        assert "OK" not in keyed.stdout
    before = store_hashes(folder)
    restored = run(
        "restore", str(made[case]), "--store", str(folder), "--yes", password=OWNER_PASSWORD
    )
    assert restored.returncode == 2, (case, restored.stdout, restored.stderr)
    after = store_hashes(folder)
    after.pop("pending-audit.jsonl", None)  # a refused password is audited (finding 8)
    before.pop("pending-audit.jsonl", None)
    assert after == before
    session.sign_in(folder, OWNER, OWNER_PASSWORD, read_only=True).close()


def test_a_good_backup_is_described_honestly(crafted: tuple[Path, dict[str, Path]]) -> None:
    folder, _made = crafted
    good = next((folder.parent / "a").glob("*.storecrm-backup"))
    keyless = run("verify", str(good))
    assert keyless.returncode == 0
    assert keyless.stdout.startswith("structure OK, contents not checked")
    keyed = run("verify", str(good), password=OWNER_PASSWORD)
    assert keyed.returncode == 0 and keyed.stdout.startswith("OK: ")
