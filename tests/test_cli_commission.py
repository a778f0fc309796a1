"""`storecrm staff list` and `storecrm commission`, run as real processes on a store with a
plan, staff and May's sales (figures worked out in tests/gui/test_staff_screens.py: Tony
¥76.50 on the whole-month 15 % tier, Amy ¥39.00)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain import clock
from storecrm.domain.commission import LineStaff, RateTier, Role, Rule, Target, TierMode
from storecrm.services import catalogue, sales, users
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.staff import plans, roster
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER_PASSWORD, make_store
from tests.services.test_sales import Clock
from tests.test_cli import run


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        now = Clock(datetime(2025, 5, 1, 9, 0, 0))
        mp.setattr(clock, "now", now)
        store = tmp_path_factory.mktemp("store") / "store"
        ctx = make_store(store).context
        from storecrm.domain.roles import Role as AccountRole

        ctx.call(users.add_user, username=CASHIER, display_name="小李", role=AccountRole.CASHIER,
                 password=CASHIER_PASSWORD)  # fmt: skip
        cashier = next(
            u.user_id for u in ctx.call(catalogue.list_staff) if u.display_name == "小李"
        )
        cut = ctx.call(catalogue.save_item, ItemDraft(name="剪发", price_fen=10000, kind="service"))
        tony = ctx.call(roster.save_staff_member, StaffDraft(0, "Tony", grade="总监")).staff_id
        amy = ctx.call(
            roster.save_staff_member, StaffDraft(0, "Amy", grade="高级", user_id=cashier)
        ).staff_id
        tiers = (RateTier(0, 1000), RateTier(50000, 1500))
        ctx.call(
            plans.save_plan,
            datetime(2025, 5, 1).date(),
            (Rule(0, Target.LINE, tiers=tiers, tier_mode=TierMode.WHOLE, main_permille=700,
                  assistant_permille=300),),
        )  # fmt: skip
        for day, who, helper in ((5, tony, amy), (6, tony, None), (7, amy, None)):
            now.set(2025, 5, day, 11, 0, 0)
            staff = (LineStaff(who, Role.MAIN),) + (
                (LineStaff(helper, Role.ASSISTANT),) if helper else ()
            )
            ctx.call(
                sales.record_sale,
                SaleDraft(None, (LineDraft("item", 3, item_id=cut.item_id, staff=staff),),
                          (PaymentDraft("cash", 30000),)),
            )  # fmt: skip
        ctx.close()
        yield store


def test_staff_list(folder: Path) -> None:
    result = run("staff", "list", "--store", str(folder), password=OWNER_PASSWORD)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["001", "Tony", "-", "总监", "-"]
    assert lines[1].split("\t")[:5] == ["002", "Amy", "-", "高级", CASHIER]
    assert lines[-1] == "Staff members: 2"
    as_json = run("staff", "list", "--store", str(folder), "--json", password=OWNER_PASSWORD)
    assert [p["name"] for p in json.loads(as_json.stdout)] == ["Tony", "Amy"]


def test_commission_json_for_a_month(folder: Path) -> None:
    result = run(
        "commission", "--store", str(folder), "--from", "2025-05-01", "--to", "2025-05-31",
        "--json", password=OWNER_PASSWORD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["months"] == ["2025-05"]
    by_name = {r["name"]: r for r in data["staff"]}
    # Tony 60000 ≥ 50000: 15 % of 30000 × 70 % + 15 % of 30000 = 3150 + 4500 = 7650
    assert by_name["Tony"]["total_commission_fen"] == 7650
    assert by_name["Tony"]["consumption_fen"] == 60000 and by_name["Tony"]["visits"] == 2
    assert by_name["Amy"]["total_commission_fen"] == 3900  # 3000 + 900 as assistant
    assert data["total_commission_fen"] == 11550
    one = run(
        "commission", "--store", str(folder), "--from", "2025-05-01", "--to", "2025-05-31",
        "--staff", "002", "--json", password=OWNER_PASSWORD,
    )  # fmt: skip
    assert [r["name"] for r in json.loads(one.stdout)["staff"]] == ["Amy"]


def test_commission_pdf_and_xlsx(folder: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "五月提成.pdf", tmp_path / "五月提成.xlsx"
    result = run(
        "commission", "--store", str(folder), "--from", "2025-05-01", "--to", "2025-05-31",
        "--pdf", str(pdf), "--xlsx", str(xlsx), password=OWNER_PASSWORD, lang="zh_CN",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "提成工资表" in text and "Tony" in text and "¥76.50" in text and "¥115.50" in text
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    assert sheet.cell(3, 12).value == "应发提成"
    assert {sheet.cell(r, 2).value: sheet.cell(r, 12).value for r in (4, 5)} == {
        "Tony": Decimal("76.50"),
        "Amy": Decimal("39.00"),
    }


def test_a_cashier_gets_only_their_own_row_and_bad_input_is_explained(folder: Path) -> None:
    mine = run(
        "commission", "--store", str(folder), "--from", "2025-05-01", "--to", "2025-05-31",
        "--json", "--user", CASHIER, password=CASHIER_PASSWORD,
    )  # fmt: skip
    assert mine.returncode == 0, mine.stderr
    assert [r["name"] for r in json.loads(mine.stdout)["staff"]] == ["Amy"]
    bad = run(
        "commission", "--store", str(folder), "--from", "2025-05-31", "--to", "2025-05-01",
        password=OWNER_PASSWORD,
    )  # fmt: skip
    assert bad.returncode != 0 and "--to must not be before --from" in bad.stderr
    nobody = run(
        "commission", "--store", str(folder), "--from", "2025-05-01", "--to", "2025-05-31",
        "--staff", "999", password=OWNER_PASSWORD,
    )  # fmt: skip
    assert nobody.returncode != 0 and "No staff member numbered 999." in nobody.stderr
