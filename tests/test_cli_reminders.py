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
