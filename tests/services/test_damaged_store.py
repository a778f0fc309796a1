"""A store whose database is gone to nothing is refused as damaged, never rebuilt as a fresh store
(issue 17, finding 6), and the message points to the backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storecrm import messages
from storecrm.domain.errors import NotAStore
from storecrm.gui.app import create_application
from storecrm.services import session
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.test_cli import run


def _empty_the_database(folder: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (folder / f"store.db{suffix}").unlink(missing_ok=True)
    (folder / "store.db").write_bytes(b"")


@pytest.mark.parametrize("who", [(OWNER, OWNER_PASSWORD), (CASHIER, CASHIER_PASSWORD)])
def test_an_empty_database_beside_a_valid_keyring_is_refused_as_damaged(
    store_dir: Path, who: tuple[str, str]
) -> None:
    _empty_the_database(store_dir)
    for read_only in (False, True):
        with pytest.raises(NotAStore) as refused:
            session.sign_in(store_dir, *who, read_only=read_only)
        assert refused.value.reason == "damaged_db"
    assert (store_dir / "store.db").stat().st_size == 0  # nothing was built in its place
    assert not (store_dir / "safety").exists()


def test_the_message_says_damaged_and_points_to_the_backups(
    store_dir: Path, qapp: QApplication
) -> None:
    create_application("en")
    _empty_the_database(store_dir)
    with pytest.raises(NotAStore) as refused:
        session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    text = messages.error_text(refused.value)
    assert "damaged" in text and "backup" in text and "password" not in text
    assert str(store_dir.parent / "store-backups") in text  # where backups are kept by default


def test_the_cli_says_so_too(store_dir: Path) -> None:
    _empty_the_database(store_dir)
    result = run("info", "--store", str(store_dir), password=OWNER_PASSWORD)
    assert result.returncode == 2
    assert "damaged" in result.stderr and "backup" in result.stderr
    assert "password" not in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) == 1
