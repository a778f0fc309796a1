"""挂单/取单 and payment references on a real store: a parked sale survives closing the store,
resumes as it was entered, is listed in the day summary while unfinished, goes with a merged
customer and with an erased one; WeChat/Alipay/bank card payments carry their references into
the day summary."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from storecrm.domain import clock
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.order_adjust import (
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
)
from storecrm.services import customers, parked, privacy, sales, session
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.services.test_sales import amount, item, member, stock


def day_of(at: datetime) -> tuple[datetime, datetime]:
    start = datetime.combine(at.date(), datetime.min.time())
    return start, start + timedelta(days=1)


def test_a_parked_sale_survives_a_restart_and_resumes_as_entered(store_dir: Path) -> None:
    boss = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    shop = stock(boss)
    zhang = member(boss, "张三", "13812345678")
    boss.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    draft = SaleDraft(
        zhang,
        (item(shop.cut), item(shop.shampoo, 2), amount(1500, "加长费")),
        (PaymentDraft("wechat", 1000, "1234"),),
        note="等朋友一起结",
        adjust=OrderAdjust(
            OrderDiscount.percent(950), Rounding(RoundingUnit.JIAO, RoundingMode.NEAREST)
        ),
    )
    with pytest.raises(ValidationError):  # nothing to park
        ctx.call(parked.park_sale, SaleDraft(None, (), ()))
    info = ctx.call(parked.park_sale, draft, "3号台")
    # 8800 + 24000 + 1500 = 34300, 95折 → 32585 (1715 off), nearest jiao → 32590.
    assert (info.customer_name, info.lines, info.total_fen, info.note) == (
        "张三",
        4,
        32590,
        "3号台",
    )
    assert info.parked_by == "小李"
    walk_in = ctx.call(parked.park_sale, SaleDraft(None, (item(shop.towel),), ()))
    ctx.close()

    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)  # the program started again
    try:
        listed = ctx.call(parked.list_parked)
        assert [(p.parked_id, p.customer_name) for p in listed] == [
            (info.parked_id, "张三"),
            (walk_in.parked_id, None),
        ]
        start, end = day_of(info.parked_at)
        summary = ctx.call(sales.shift_summary, start, end)
        assert [p.parked_id for p in summary.parked] == [info.parked_id, walk_in.parked_id]
        back = ctx.call(parked.resume_parked, info.parked_id)
        assert back == draft  # lines, payments with their reference, note, discount
        assert [p.parked_id for p in ctx.call(parked.list_parked)] == [walk_in.parked_id]
        with pytest.raises(NotFound):
            ctx.call(parked.resume_parked, info.parked_id)  # another till took it already
        sale = ctx.call(
            sales.record_sale,
            SaleDraft(
                back.customer_id,
                back.lines,
                (PaymentDraft("wechat", 32590, back.payments[0].reference),),
                note=back.note,
                adjust=back.adjust,
            ),
        )
        assert sale.total_fen == 32590
        ctx.call(parked.discard_parked, walk_in.parked_id)
        assert ctx.call(parked.list_parked) == []
        assert ctx.call(sales.shift_summary, start, end).parked == ()
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - the log, as the owner reads it
            actions = [str(r["action"]) for r in uow.audit.recent(8)]
        assert {"sale_park", "sale_resume", "sale_park_discard"} <= set(actions)
    finally:
        ctx.close()


def test_parked_sales_follow_a_merge_and_go_with_an_erasure(owner: session.StoreContext) -> None:
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    twin = member(owner, "张三(旧卡)", "13812345679")
    ctx = owner
    kept = ctx.call(parked.park_sale, SaleDraft(twin, (item(shop.cut),), ()))
    ctx.call(customers.merge_customers, zhang, twin)
    assert ctx.call(parked.list_parked)[0].customer_id == zhang
    assert kept.parked_id == ctx.call(parked.list_parked)[0].parked_id
    ctx.call(privacy.erase_customer, zhang)
    assert ctx.call(parked.list_parked) == []


def test_a_draft_round_trips_through_json() -> None:
    draft = SaleDraft(
        7,
        (
            LineDraft("item", 2, item_id=3),
            LineDraft("amount", 1, unit_fen=880, description="加长 “特殊”"),
            LineDraft("session", 1, item_id=3, card_id=9),
            LineDraft("card", 1, plan_id=2),
        ),
        (PaymentDraft("cash", 10000), PaymentDraft("alipay", 1, "2088")),
        staff_id=4,
        note="备注",
        adjust=OrderAdjust(OrderDiscount.new_total(9900)),
    )
    assert parked.draft_from_json(parked.draft_to_json(draft)) == draft
    plain = SaleDraft(None, (LineDraft("item", item_id=1),), ())
    assert parked.draft_from_json(parked.draft_to_json(plain)) == plain


def test_payment_references_are_listed_for_reconciliation(owner: session.StoreContext) -> None:
    shop = stock(owner)
    zhang = member(owner, "张三", "13812345678")
    one = owner.call(
        sales.record_sale,
        SaleDraft(
            zhang,
            (item(shop.shampoo),),
            (
                PaymentDraft("cash", 2000),
                PaymentDraft("wechat", 5000, " 4200 0019 8765 4321 "),  # as the scanner typed
                PaymentDraft("alipay", 5000, "2088１"),  # a full-width digit is dropped
            ),
        ),
    )
    two = owner.call(
        sales.record_sale,
        SaleDraft(None, (item(shop.cut),), (PaymentDraft("bank_card", 8800, "6217-0000-1234"),)),
    )
    back = owner.call(sales.refund_sale, two.sale_id, None, "刷错卡")
    start, end = day_of(clock.now())
    refs = owner.call(sales.shift_summary, start, end).payment_references
    assert [(r.sale_no, r.method, r.amount_fen, r.reference) for r in refs] == [
        (one.no, "alipay", 5000, "2088"),
        (one.no, "wechat", 5000, "4200001987654321"),
        (two.no, "bank_card", 8800, "6217-0000-1234"),
        (back.no, "bank_card", -8800, ""),  # the refund's money went back the same way
    ]
    assert {r.kind for r in refs} == {"sale", "refund"}
