"""What ``record_sale`` returns for the receipt is made from what the sale has just written, in
its transaction (issue 23 point 1): nothing is read back after the commit, and it is the very
SaleInfo ``get_sale`` reads of the sale afterwards, for every kind of sale."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event

from storecrm.domain.order_adjust import (
    OrderAdjust,
    OrderDiscount,
    Rounding,
    RoundingMode,
    RoundingUnit,
)
from storecrm.domain.promotions.offers import Promotion, PromotionKind
from storecrm.domain.roles import Role
from storecrm.services import membership, sales, users
from storecrm.services.dto import LineDraft, SaleDraft, SaleInfo
from storecrm.services.promotions import catalogue as promotions
from storecrm.services.session import StoreContext
from storecrm.services.staff import roster
from storecrm.services.staff.dto import StaffDraft
from tests.services.test_sales import Shop, amount, card, item, member, pay, quote, stock, use


@pytest.fixture
def shop(owner: StoreContext) -> Shop:
    return stock(owner)


def _record(ctx: StoreContext, draft: SaleDraft, **kw: Any) -> tuple[SaleInfo, list[str]]:
    """Record ``draft``; returns the sale and the statements run after its commit (other than
    the unit's next BEGIN)."""
    engine = ctx._store.engine  # noqa: SLF001
    committed: list[bool] = []
    after: list[str] = []

    def on_commit(conn: Any) -> None:
        committed.append(True)

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if committed and not statement.startswith("BEGIN"):
            after.append(" ".join(statement.split()))

    event.listen(engine, "commit", on_commit)
    event.listen(engine, "before_cursor_execute", note)
    try:
        sale = ctx.call(sales.record_sale, draft, **kw)
    finally:
        event.remove(engine, "commit", on_commit)
        event.remove(engine, "before_cursor_execute", note)
    assert committed
    return sale, after


def _paid(
    ctx: StoreContext,
    customer_id: int | None,
    lines: tuple[LineDraft, ...],
    method: str = "wechat",
    **kw: Any,
) -> SaleDraft:
    """A draft paying its whole total by ``method`` (cash: with ¥50 of change)."""
    total = quote(ctx, customer_id, lines).total_fen
    payments = pay(**{method: total + (5000 if method == "cash" else 0)})
    return SaleDraft(customer_id, lines, payments, **kw)


def test_a_sale_reads_nothing_after_its_commit(owner: StoreContext, shop: Shop) -> None:
    """Old code: the sale, its lines, payments, ledger entries, the member's balances and cards
    and who served were read back after the commit for the receipt (eight statements)."""
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "wechat")
    sale, after = _record(owner, _paid(owner, zhang, (item(shop.cut),), "stored_value"))
    assert sale.balances_after is not None and sale.sv_principal_fen < 0
    assert after == []
    # A sale that moves cards is read in its transaction too, before the commit.
    sale, after = _record(owner, _paid(owner, zhang, (card(shop.card10),)))
    assert after == [] and sale.balances_after is not None and sale.balances_after.cards


def test_what_a_sale_returns_is_what_get_sale_reads_for_every_kind_of_sale(
    owner: StoreContext, shop: Shop
) -> None:
    helper = owner.call(
        users.add_user,
        username="amy",
        display_name="艾米",
        role=Role.MANAGER,
        password="manager-pass-1",
    )
    stylist = owner.call(roster.save_staff_member, StaffDraft(0, "阿芳", grade="高级")).staff_id
    zhang = member(owner, "张三", "13812345678")  # no cards: the receipt is worked out
    owner.call(membership.top_up, zhang, 100000, "wechat")  # principal and bonus, gold
    li = member(owner, "李四", "13700001111")  # nothing in the ledger yet
    wang = member(owner, "王五", "13600002222")  # will hold cards
    adjust = OrderAdjust(OrderDiscount.percent(900), Rounding(RoundingUnit.YUAN, RoundingMode.DOWN))
    cut = (item(shop.cut),)
    typed = (item(shop.cut, unit_fen=8000),)

    def rest(points: int) -> int:
        return quote(owner, zhang, cut).total_fen - points

    drafts: list[tuple[str, Callable[[], SaleDraft]]] = [  # quoted when recorded
        ("stored value, principal and bonus", lambda: _paid(owner, zhang, cut, "stored_value")),
        ("wechat, points earned", lambda: _paid(owner, zhang, (item(shop.shampoo, 2),))),
        (
            "points paid",
            lambda: SaleDraft(
                zhang, cut, pay(points=100, wechat=quote(owner, zhang, cut).total_fen - 100)
            ),
        ),
        ("a member's first sale", lambda: _paid(owner, li, cut)),
        ("a sale that earns a tier", lambda: _paid(owner, li, (item(shop.perm, 2),))),
        ("walk-in, cash with change", lambda: _paid(owner, None, (item(shop.shampoo),), "cash")),
        ("typed price", lambda: _paid(owner, zhang, typed)),
        ("another account served", lambda: _paid(owner, zhang, cut, staff_id=helper.user_id)),
        ("a staff member served", lambda: _paid(owner, li, cut, served_by=stylist)),
        # get_sale sums a sale without entries through the last entry at or before its time,
        # so it is li's last sale: later ones in the same instant would be summed too.
        ("no ledger entry at all (li's last sale)", lambda: _paid(owner, li, (amount(50),))),
        ("cards bought", lambda: _paid(owner, wang, (card(shop.card10), card(shop.month)))),
    ]
    recorded: dict[str, SaleInfo] = {}
    for label, draft in drafts:
        recorded[label] = owner.call(sales.record_sale, draft())
    ten = next(c for c in recorded["cards bought"].balances_after.cards if c.kind == "count")  # type: ignore[union-attr]
    recorded["a session used"] = owner.call(
        sales.record_sale, SaleDraft(wang, (use(ten.card_id, 2),), ())
    )
    recorded["an item for a member with cards"] = owner.call(
        sales.record_sale, _paid(owner, wang, (item(shop.cut),))
    )
    total = quote(owner, zhang, (item(shop.shampoo, 3),)).total_fen
    adjusted = SaleDraft(zhang, (item(shop.shampoo, 3),), (), adjust=adjust)
    q = owner.call(sales.quote_sale, adjusted)
    assert q.order_discount_fen and q.total_fen < total
    recorded["order discount and rounding, approved"] = owner.call(
        sales.record_sale,
        SaleDraft(zhang, adjusted.lines, pay(wechat=q.total_fen), adjust=adjust),
        approved_by=owner.actor,
    )
    owner.call(
        promotions.save_promotion,
        Promotion(0, "满300减30", PromotionKind.AMOUNT_OFF, threshold_fen=30000, off_fen=3000),
    )
    recorded["a promotion, a member without cards"] = owner.call(
        sales.record_sale, _paid(owner, zhang, (item(shop.shampoo, 3),), "stored_value")
    )
    for label, sale in recorded.items():
        assert sale == owner.call(sales.get_sale, sale.sale_id), label
    # Each kind was what its label says.
    assert recorded["stored value, principal and bonus"].sv_bonus_fen < 0
    assert recorded["points paid"].payments[0].method == "points"
    assert recorded["no ledger entry at all (li's last sale)"].points_earned == 0
    assert recorded["a sale that earns a tier"].balances_after is not None
    assert recorded["walk-in, cash with change"].balances_after is None
    assert recorded["another account served"].staff_name == "艾米"
    assert recorded["a staff member served"].line_staff
    assert recorded["order discount and rounding, approved"].approved_by_name is not None
    assert recorded["a promotion, a member without cards"].savings


def test_a_renamed_account_is_named_on_the_next_receipt(owner: StoreContext, shop: Shop) -> None:
    """The accounts' names are kept per open store (data/cache.py): a rename is seen at once."""
    helper = owner.call(
        users.add_user, username="amy", display_name="艾米", role=Role.MANAGER,
        password="manager-pass-1",
    )  # fmt: skip
    lines = (item(shop.cut),)

    def served() -> SaleInfo:
        total = quote(owner, None, lines).total_fen
        draft = SaleDraft(None, lines, pay(wechat=total), staff_id=helper.user_id)
        return owner.call(sales.record_sale, draft)

    assert served().staff_name == "艾米"
    owner.call(users.update_user, helper.user_id, display_name="艾米丽")
    sale = served()
    assert sale.staff_name == "艾米丽" == owner.call(sales.get_sale, sale.sale_id).staff_name


def test_a_members_sale_runs_thirteen_statements(owner: StoreContext, shop: Shop) -> None:
    """A member paying by stored value for two items, caches warm. Old code (the end of
    session 4): 24 — after the commit the unit began again (BEGIN IMMEDIATE) and read the
    receipt back: the sale, its lines, payments and entries, the member's sums, card sessions
    and cards, and the line staff (the one read that is left, before the commit). Session 5:
    15 — the member's balances and visit summary were two UPDATEs of the same row, now one,
    and the line staff of a sale whose lines name nobody were read (there are none)."""
    zhang = member(owner, "张三", "13812345678")
    owner.call(membership.top_up, zhang, 100000, "wechat")
    owner.call(sales.record_sale, _paid(owner, zhang, (item(shop.cut),), "stored_value"))
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split())[:60])

    draft = _paid(owner, zhang, (item(shop.cut), item(shop.shampoo)), "stored_value")
    engine = owner._store.engine  # noqa: SLF001
    event.listen(engine, "before_cursor_execute", note)
    try:
        owner.call(sales.record_sale, draft)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert len(seen) == 13, "\n".join(seen)
    assert not [s for s in seen if "sale_line_staff" in s]
    assert sum(s.startswith("UPDATE customers") for s in seen) == 1, "\n".join(seen)


def test_a_sale_without_coupons_reads_no_coupons_or_templates(
    owner: StoreContext, shop: Shop
) -> None:
    """With a promotion live, the offers are worked out at each sale. Old code: every sale read
    all the coupon templates (and their targets) to keep those of the coupons handed over, none
    at most sales, and the receipt read the coupons of an empty list of ids (issue 23)."""
    owner.call(
        promotions.save_promotion,
        Promotion(0, "满300减30", PromotionKind.AMOUNT_OFF, threshold_fen=30000, off_fen=3000),
    )
    zhang = member(owner, "张三", "13812345678")
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()))

    draft = _paid(owner, zhang, (item(shop.shampoo, 3),))
    engine = owner._store.engine  # noqa: SLF001
    event.listen(engine, "before_cursor_execute", note)
    try:
        sale = owner.call(sales.record_sale, draft)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert sale.savings, "the promotion applied"
    assert not [s for s in seen if "coupon_template" in s], "\n".join(seen)
