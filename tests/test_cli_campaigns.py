"""`storecrm campaigns`, run as a real process on a store with two finished campaigns (one that
worked, one that did not) and a draft (tests/campaign_store.py): the figures, the verdicts, the
JSON, and the xlsx and PDF exports read back."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.campaign_store import DRAFT, FLAT, WORKED, make_campaign_store
from tests.conftest import OWNER_PASSWORD
from tests.test_cli import run


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        store = tmp_path_factory.mktemp("store") / "store"
        make_campaign_store(store)
        yield store


def test_campaigns_json_has_the_effect_figures(folder: Path) -> None:
    result = run("campaigns", "--store", str(folder), "--json", password=OWNER_PASSWORD)
    assert result.returncode == 0, result.stderr
    data = {c["name"]: c for c in json.loads(result.stdout)["campaigns"]}
    assert set(data) == {WORKED, FLAT, DRAFT}
    worked, flat, draft = data[WORKED], data[FLAT], data[DRAFT]
    assert worked["status"] == "ended" and draft["status"] == "draft"
    assert worked["target"] + worked["holdout"] == 30
    assert worked["reached"] == worked["target"] and worked["redeemed"] == 6
    assert worked["revenue_from_redeemers_fen"] == 6 * 28_000  # 300 yuan less the coupon's 20
    assert worked["discount_cost_fen"] == 6 * 2_000
    assert worked["target_spend_fen"] == worked["target"] * 30_000 - 6 * 2_000
    low, high = worked["interval_fen"]
    assert 0 < low <= worked["incremental_fen"] <= high
    assert worked["verdict"] == "more"
    assert worked["verdict_text"].startswith("Brought in about ¥")
    assert flat["target"] + flat["holdout"] == 60
    assert draft["target"] == 0 and draft["interval_fen"] is None


def test_campaigns_lines_in_chinese(folder: Path) -> None:
    result = run("campaigns", "--store", str(folder), password=OWNER_PASSWORD, lang="zh_CN")
    assert result.returncode == 0, result.stderr
    assert "营销活动效果" in result.stdout
    assert "多带来约 ¥" in result.stdout and "区间 ¥" in result.stdout
    assert "已结束" in result.stdout and "草稿" in result.stdout


def test_campaigns_pdf_and_xlsx(folder: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "活动效果.pdf", tmp_path / "活动效果.xlsx"
    result = run(
        "campaigns", "--store", str(folder), "--pdf", str(pdf), "--xlsx", str(xlsx),
        password=OWNER_PASSWORD, lang="zh_CN",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "营销活动效果" in text and WORKED in text and FLAT in text
    assert "多带来约 ¥" in text and "增量收入" in text and "第 1 页" in text
    book = openpyxl.load_workbook(xlsx)
    sheet = book.active
    assert sheet is not None
    header = [sheet.cell(3, c).value for c in range(1, 18)]
    assert header[0] == "活动" and header[13] == "增量收入" and header[16] == "结论"
    rows = {sheet.cell(r, 1).value: r for r in range(4, 7)}
    assert set(rows) == {WORKED, FLAT, DRAFT}
    worked = rows[WORKED]
    assert sheet.cell(worked, 8).value == 6
    assert sheet.cell(worked, 10).value == Decimal("1680.00")
    assert sheet.cell(worked, 11).value == Decimal("120.00")
    assert str(sheet.cell(worked, 17).value).startswith("多带来约 ¥")


def test_bad_export_names_are_explained(folder: Path, tmp_path: Path) -> None:
    bad = run(
        "campaigns", "--store", str(folder), "--pdf", str(tmp_path / "x.txt"),
        password=OWNER_PASSWORD,
    )  # fmt: skip
    assert bad.returncode == 2 and "--pdf must name a .pdf file." in bad.stderr
