"""The business report's marketing part (issue 20, point 6) on a real store, hand-computed: the
coupons outstanding as a liability, what each promotion and coupon took off the period's sales,
and the effect of the campaigns overlapping the period — in the report, its workbook (opened back
with openpyxl) and its PDF (read back with pdftotext).

The shop is ``test_sales.stock`` (洗发水 ¥120.00); the clock is Saturday 2025-05-10 10:00.
"""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain.promotions.campaign import Group, VerdictKind, group_of
from storecrm.domain.report_marketing import MarketingFigures
from storecrm.reports.report_pdf import write_pdf
from storecrm.reports.report_xlsx import write_xlsx
from storecrm.services import reports
from storecrm.services.campaigns.manage import CampaignDraft, create_campaign, launch_campaign
from storecrm.services.campaigns.results import campaign_result
from storecrm.services.promotions import catalogue, coupons
from storecrm.services.reports import ReportRequest
from storecrm.services.session import StoreContext
from tests.services.test_campaigns import add_people, add_template
from tests.services.test_promotions import COUPON_150, MANJIAN_200, sell
from tests.services.test_sales import Clock, Shop, fake_clock, item, stock

SEED, HOLDOUT = 7, 30
MAY = ReportRequest(date(2025, 5, 1), date(2025, 5, 31))


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return fake_clock(monkeypatch)


@pytest.fixture
def may(owner: StoreContext, now: Clock) -> tuple[StoreContext, reports.Report, int]:
    """Two 满150减15 coupons (one redeemed on a sale the 满200减20 also took from), five 代金券
    campaign coupons expiring this month, and the campaign, launched on May 10th."""
    shop: Shop = stock(owner)
    people = add_people(owner, 20)
    li, wang = people[:2]
    template = owner.call(catalogue.save_template, COUPON_150)
    issued = owner.call(coupons.issue_coupons, template.id, [li, wang], source="bulk").issued
    owner.call(catalogue.save_promotion, MANJIAN_200)
    # 2 × ¥120 = ¥240: 满200减20 and the coupon's ¥15 off → ¥205 paid
    sell(owner, li, (item(shop.shampoo, 2),), (issued[0].code,), wechat=20500)
    campaign_template = add_template(
        owner, "回馈券", min_spend_fen=5000, off_fen=1000, valid_days=10
    )
    cid = owner.call(
        create_campaign,
        CampaignDraft(
            name="五月回馈",
            coupon_template_id=campaign_template,
            starts_on=date(2025, 5, 10),
            ends_on=date(2025, 5, 20),
            message="{name}：{coupon} {code}",
            holdout_percent=HOLDOUT,
            seed=SEED,
        ),
    )
    owner.call(launch_campaign, cid)
    report = owner.call(reports.build_report, MAY)
    return owner, report, cid


def test_the_report_counts_coupons_promotion_cost_and_campaigns(
    may: tuple[StoreContext, reports.Report, int],
) -> None:
    owner, report, cid = may
    people = range(1, 21)
    target = [p for p in people if group_of(SEED, p, HOLDOUT) is Group.TARGET]
    m = report.marketing
    assert isinstance(m, MarketingFigures)
    assert m.liability_on == date(2025, 5, 10)
    # 回馈券: one ¥10 coupon per target member, valid to May 19th (this month); 满150减15券: one
    # of ¥15 left, valid 30 days (June 8th)
    owed = [(c.name, c.count, c.face_fen, c.expiring_count, c.expiring_face_fen) for c in m.coupons]
    assert owed == [
        ("回馈券", len(target), 1000 * len(target), len(target), 1000 * len(target)),
        ("满150减15券", 1, 1500, 0, 0),
    ]  # fmt: skip
    assert (m.coupon_count, m.coupon_face_fen) == (len(target) + 1, 1000 * len(target) + 1500)
    assert [(p.source, p.name, p.sales, p.amount_fen) for p in m.promotion_costs] == [
        ("promotion", "满200减20", 1, 2000),
        ("coupon", "满150减15券", 1, 1500),
    ]
    assert m.promotion_cost_fen == 3500
    (row,) = m.campaigns
    result = owner.call(campaign_result, cid)
    assert (row.name, row.starts_on, row.ends_on, row.phase) == (
        "五月回馈", date(2025, 5, 10), date(2025, 5, 20), "running",
    )  # fmt: skip
    assert (row.reached, row.redeemed, row.redemption_percent) == (len(target), 0, Decimal("0.0"))
    assert row.effect == result.effect
    assert row.effect.kind is VerdictKind.NO_CLEAR_DIFFERENCE or not row.effect.measurable


def test_a_period_before_the_campaign_leaves_it_out_and_no_marketing_is_none(
    owner: StoreContext, now: Clock
) -> None:
    assert owner.call(reports.build_report, MAY).marketing is None  # nothing to show
    stock(owner)
    owner.call(catalogue.save_promotion, MANJIAN_200)  # a promotion never used costs nothing
    assert owner.call(reports.build_report, MAY).marketing is None


def test_workbook_sheets_hold_the_figures(
    may: tuple[StoreContext, reports.Report, int], tmp_path: Path
) -> None:
    _owner, report, _cid = may
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "r.xlsx"))
    assert book.sheetnames[-4:] == ["Coupons", "Promotion cost", "Campaigns", "Definitions"]
    rows = list(book["Coupons"].iter_rows(min_row=4, values_only=True))
    target = len([p for p in range(1, 21) if group_of(SEED, p, HOLDOUT) is Group.TARGET])
    assert rows[-1][:5] == ("Total", target + 1, 10 * target + 15, target, 10 * target)
    assert rows[1][:5] == ("满150减15券", 1, 15, 0, 0)
    cost = list(book["Promotion cost"].iter_rows(min_row=4, values_only=True))
    assert cost == [
        ("满200减20", "Promotion", 1, 20),
        ("满150减15券", "Coupon", 1, 15),
        ("Total", None, 2, 35),
    ]
    camp = list(book["Campaigns"].iter_rows(min_row=4, values_only=True))
    assert camp[0][0] == "五月回馈" and camp[0][3:6] == (target, 0, 0)
    assert book["Coupons"]["C4"].number_format == '"¥"#,##0.00'


def test_pdf_shows_the_marketing_section(
    may: tuple[StoreContext, reports.Report, int], tmp_path: Path
) -> None:
    _owner, report, _cid = may
    zh = {
        "section.marketing": "营销活动与优惠券",
        "section.promotion_cost": "促销成本",
        "verdict.no_clear_difference": "与未参与组无明显差别",
        "verdict.too_few": "人数太少，无法评估",
    }
    path = write_pdf(report, tmp_path / "r.pdf", zh)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    target = len([p for p in range(1, 21) if group_of(SEED, p, HOLDOUT) is Group.TARGET])
    assert "营销活动与优惠券" in text and "促销成本" in text
    assert f"Coupons outstanding: {target + 1}, face value ¥{10 * target + 15:,}.00" in text
    assert "promotion cost in the period: ¥35.00" in text
    assert "counted on 2025-05-10" in text
    lines = [line.split() for line in text.splitlines()]
    assert ["满200减20", "Promotion", "1", "¥20.00"] in lines
    assert ["满150减15券", "Coupon", "1", "¥15.00"] in lines
    assert ["Total", "2", "¥35.00"] in lines
    assert "五月回馈" in text
    assert "与未参与组无明显差别" in text or "人数太少，无法评估" in text
