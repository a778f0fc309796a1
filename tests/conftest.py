"""Shared fixtures: every test gets its own app home (data, logs, preferences) in tmp_path and
runs Qt offscreen; stores are real SQLCipher files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from storecrm.data import keyring  # noqa: E402
from storecrm.domain.roles import Role  # noqa: E402
from storecrm.domain.store_profile import BusinessType  # noqa: E402
from storecrm.services import session, users  # noqa: E402
from storecrm.services.session import NewStore, StoreContext  # noqa: E402

# Cheaper scrypt for stores made by fixtures; tests of the key slots themselves use the default.
FAST_SCRYPT = {"n": 2**10, "r": 8, "p": 1}
# They are below the shipped floor, which is lowered in the test process only (CLI tests start
# the program through tests/cli_main.py, which does the same; test_keyring_header.py checks the
# shipped floor itself).
keyring.MIN_SCRYPT_N = FAST_SCRYPT["n"]
OWNER = "boss"
OWNER_PASSWORD = "owner-pass-1"
CASHIER = "xiaoli"
CASHIER_PASSWORD = "cashier-pass-1"


@pytest.fixture(autouse=True)
def no_language_left_behind() -> Iterator[None]:
    """A test that chose a language (create_application("zh_CN")) must not pass it on: the next
    test starts in the source language again, whatever order the tests run in."""
    yield
    from storecrm import i18n

    i18n.uninstall()


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("STORECRM_HOME", str(home))
    monkeypatch.delenv("STORECRM_PASSWORD", raising=False)
    return home


def make_store(folder: Path, **kwargs: object) -> NewStore:
    params = {
        "store_name": "测试门店",
        "business_type": BusinessType.BEAUTY,
        "owner_username": OWNER,
        "owner_display_name": "王店长",
        "owner_password": OWNER_PASSWORD,
        "scrypt_params": FAST_SCRYPT,
    }
    params.update(kwargs)
    return session.create_store(folder, **params)  # type: ignore[arg-type]


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A closed store with an owner and a cashier; returns its folder."""
    folder = tmp_path / "store"
    created = make_store(folder)
    created.context.call(
        users.add_user,
        username=CASHIER,
        display_name="小李",
        role=Role.CASHIER,
        password=CASHIER_PASSWORD,
    )
    created.context.sign_out()
    return folder


@pytest.fixture
def owner(store_dir: Path) -> Iterator[StoreContext]:
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def cashier(store_dir: Path) -> Iterator[StoreContext]:
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    yield ctx
    ctx.close()
