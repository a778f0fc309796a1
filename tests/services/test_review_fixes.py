"""Loopholes and slow paths a review found: split withdrawals, prices typed at the till, points
expiry at every sign-in, merging into a dead record."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.membership import PointsExpiry
from storecrm.services import customers, info, membership, sales
from storecrm.services.session import StoreContext
from tests.services.test_sales import (
    RULES,
    Shop,
    cashier_in_shop,
    item,
    member,
    pay,
    sell,
    stock,
)


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


@pytest.fixture
def cashier_shop(store_dir: Path) -> Iterator[tuple[StoreContext, Shop]]:
    yield from cashier_in_shop(store_dir)


def test_five_small_withdrawals_need_the_manager_like_one_large_one(
    cashier_shop: tuple[StoreContext, Shop],
) -> None:
    ctx, _shop = cashier_shop
    zhang = member(ctx, "张三", "13812345678")
    ctx.call(membership.top_up, zhang, 100_000, "cash")
    # The approval threshold is ¥200: the first ¥200 goes through, the next ¥200 would make ¥400.
    ctx.call(membership.withdraw, zhang, 20_000, "cash", "先退一部分")
    with pytest.raises(PermissionDenied):
        ctx.call(membership.withdraw, zhang, 20_000, "cash", "再退一部分")
    assert ctx.call(membership.member_summary, zhang).balances.principal_fen == 80_000


def test_a_price_typed_over_the_catalogue_is_audited(owner: StoreContext, shop: Shop) -> None:
    sale = sell(owner, None, item(shop.cut, unit_fen=5000), pay(cash=5000))
    entries = [e for e in owner.call(info.recent_audit) if e.action == "price_override"]
    assert len(entries) == 1
    assert entries[0].target == f"sale:{sale.no}"
    assert '"catalogue_fen": 8800' in entries[0].detail
    assert '"charged_fen": 5000' in entries[0].detail


def test_points_expiry_runs_once_a_year(owner: StoreContext, shop: Shop) -> None:
    rules = replace(RULES, points_expiry=PointsExpiry.END_OF_NEXT_YEAR)
    owner.call(membership.set_rules, rules)

    def once(day: date) -> int:
        with owner._store.unit_of_work() as uow:  # noqa: SLF001 - what sign-in runs
            return membership.expire_points_once_a_year(uow, day)

    assert once(date(2026, 1, 2)) == 0  # nothing old enough, but the year is now done
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        assert uow.settings.get(membership.EXPIRED_THROUGH_KEY) == "2026"
    assert once(date(2026, 6, 1)) == 0  # not run again this year


def test_nothing_is_merged_into_an_archived_customer(owner: StoreContext) -> None:
    keep = member(owner, "张三", "13812345678")
    gone = member(owner, "张叁", "13812345679")
    owner.call(customers.archive_customer, keep, "搬走了")
    with pytest.raises(ValidationError) as raised:
        owner.call(customers.merge_customers, keep, gone)
    assert raised.value.code == "archived"


def test_a_customers_timeline_lists_only_their_sales(owner: StoreContext, shop: Shop) -> None:
    a = member(owner, "甲", "13800000001")
    b = member(owner, "乙", "13800000002")
    sell(owner, a, item(shop.cut), pay(cash=8800))
    sell(owner, b, (item(shop.shampoo, 2),), pay(wechat=24000))
    texts = [(e.kind, e.text) for e in owner.call(customers.timeline, b) if e.sale_id]
    assert texts == [("sale", "洗发水 ×2")]


def test_a_tier_earned_by_a_top_up_goes_when_the_top_up_is_refunded(
    owner: StoreContext, shop: Shop
) -> None:
    zhang = member(owner, "张三", "13812345678")
    # Gold needs a single top-up of ¥1000 (test_sales.stock).
    top = owner.call(membership.top_up, zhang, 100_000, "wechat")
    assert owner.call(membership.member_summary, zhang).tier_name == "金卡"
    owner.call(sales.refund_sale, top.sale_id, None, "充错了")
    summary = owner.call(membership.member_summary, zhang)
    assert summary.tier_name == ""
    assert summary.balances.balance_fen == 0
    tier_events = [e.text for e in owner.call(customers.timeline, zhang) if e.kind == "tier"]
    assert tier_events == ["", "金卡"]  # newest first: the tier taken away, then earned


def test_a_tier_set_by_hand_stays_when_a_top_up_is_refunded(
    owner: StoreContext, shop: Shop
) -> None:
    li = member(owner, "李四", "13700001111")
    top = owner.call(membership.top_up, li, 20_000, "cash")  # no upgrade: below ¥1000
    owner.call(membership.set_member_tier, li, shop.gold, "老朋友")
    owner.call(sales.refund_sale, top.sale_id, None, "充错了")
    assert owner.call(membership.member_summary, li).tier_name == "金卡"
