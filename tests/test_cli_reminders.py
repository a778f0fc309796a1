"""`storecrm reminders` as a real process on a store with demo customers and sales."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-reminders") / "store"
    made = run(
        "init",
        "--store",
        str(folder),
        "--name",
        "发廊",
        "--owner",
        "boss",
        "--business-type",
        "beauty",
        password="pw-123456",
    )
    assert made.returncode == 0, made.stderr
    filled = run(
        "demo-data",
        "--store",
        str(folder),
        "--customers",
        "300",
        "--months",
        "3",
        password="pw-123456",
    )
    assert filled.returncode == 0, filled.stderr
    return folder


def test_reminders_json_lists_what_is_due(demo_store: Path) -> None:
    result = run("reminders", "--store", str(demo_store), "--json", password="pw-123456")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sum(data["counts"].values()) == len(data["reminders"]) > 0
    kinds = {r["kind"] for r in data["reminders"]}
    assert "return_visit" in kinds  # a salon with three months of visits has returns due
    for r in data["reminders"]:
        assert r["name"] and isinstance(r["balance_fen"], int)
        assert r["days"] <= 14  # nothing further ahead than the longest default window


def test_reminders_text_groups_by_kind_and_a_bad_date_is_one_line(demo_store: Path) -> None:
    result = run(
        "reminders", "--store", str(demo_store), "--date", "2030-01-01", password="pw-123456"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Reminders due on 2030-01-01:")
    bad = run("reminders", "--store", str(demo_store), "--date", "2030-13-01", password="pw-123456")
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "2030-13-01" in bad.stderr


def test_a_cashiers_reminders_show_masked_phones_and_each_call_is_audited(
    demo_store: Path,
) -> None:
    """Issue 17, finding 1: one call per day of the year gave a cashier 96.5 % of the
    customers' full phones, and nothing was recorded."""
    from storecrm.domain.roles import Role
    from storecrm.services import info, session, users

    owner = session.sign_in(demo_store, None, "pw-123456")
    try:
        if "cashier" not in {u.username for u in owner.call(users.list_users)}:
            owner.call(
                users.add_user,
                username="cashier",
                display_name="收银",
                role=Role.CASHIER,
                password="cash-123456",
            )
    finally:
        owner.close()
    days = ("2030-03-01", "2030-03-02")
    seen: list[dict[str, object]] = []
    for day in days:
        result = run(
            "reminders",
            "--store",
            str(demo_store),
            "--json",
            "--date",
            day,
            "--user",
            "cashier",
            password="cash-123456",
        )
        assert result.returncode == 0, result.stderr
        seen.append(json.loads(result.stdout))
    phones = [r["phone"] for data in seen for r in data["reminders"] if r["phone"]]
    assert phones and all("****" in p and len(p) == 11 for p in phones)
    owner = session.sign_in(demo_store, None, "pw-123456")
    try:
        entries = [
            json.loads(e.detail) | {"user": e.username}
            for e in owner.call(info.recent_audit, 500)
            if e.action == "personal_data_read" and e.username == "cashier"
        ]
    finally:
        owner.close()
    recorded = sorted((str(e["date"]), e["count"], e["masked"]) for e in entries)
    expected = sorted(
        (day, len({r["customer_id"] for r in data["reminders"]}), True)
        for day, data in zip(days, seen, strict=True)
    )
    assert recorded == expected
