"""The log file: rotating, in the user's log folder, with no personal data; crashes land there."""

from __future__ import annotations

import logging
import sys

import pytest

from storecrm import logging_setup
from storecrm.domain.errors import WrongPassword
from storecrm.services import demo, session
from tests.conftest import CASHIER, OWNER, OWNER_PASSWORD


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_phone_numbers_and_hex_secrets_are_masked(app_home) -> None:  # type: ignore[no-untyped-def]
    path = logging_setup.configure()
    assert path.parent == app_home / "logs"
    logging.getLogger("storecrm.test").warning("customer 13812345678 key %s", "ab" * 32)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "[phone]" in text and "[secret]" in text
    assert "13812345678" not in text and "ab" * 32 not in text


def test_a_session_logs_no_names_phones_or_passwords(app_home, store_dir) -> None:  # type: ignore[no-untyped-def]
    path = logging_setup.configure(debug=True)
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    ctx.call(demo.add_demo_customers, 50, 9)
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001
        rows = uow.connection.exec_driver_sql("SELECT name, phone FROM customers").all()
    ctx.sign_out()
    with pytest.raises(WrongPassword):
        session.sign_in(store_dir, CASHIER, "a-wrong-password")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "sign-in refused" in text  # the log does record what happened…
    assert OWNER_PASSWORD not in text and "a-wrong-password" not in text  # …but not secrets
    for name, phone in rows:
        assert name not in text
        assert phone is None or phone not in text


def test_crash_handler_writes_the_traceback_and_tells_the_user(app_home) -> None:  # type: ignore[no-untyped-def]
    path = logging_setup.configure()
    shown: list[tuple[str, bool]] = []
    saved = sys.excepthook
    try:
        logging_setup.install_crash_handler(lambda log, full: shown.append((log, full)))
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        try:  # a full disk, as SQLite says it through the driver: told apart
            try:
                raise OSError(28, "No space left on device")
            except OSError as exc:
                raise RuntimeError("database or disk is full") from exc
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    _flush()
    assert shown == [(str(path), False), (str(path), True)]
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text and "boom in a slot" in text
