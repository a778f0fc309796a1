"""Top-up gifts (充值赠送): a top-up that reaches a rule's threshold also gets its gift — bonus
money, a session card, points and coupons, any of them together — written with the top-up in
its transaction, each naming the top-up (ledger entries, the card's and the coupons' sale).
The top-up's refund takes the gift back: the bonus with the top-up's own stored value (the
refund reverses every principal and bonus entry of the sale), the points (as far as the member
still has them), what is left on the card, and the coupons not used yet."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from storecrm.data.rows import NewLedgerEntry
from storecrm.data.uow import UnitOfWork
from storecrm.domain.membership import Account, CardKind
from storecrm.domain.promotions.offers import CouponEventKind, top_up_gift_for
from storecrm.domain.roles import Actor
from storecrm.services import audit
from storecrm.services.membership import balances, entry
from storecrm.services.promotions.catalogue import gift_of, load_templates
from storecrm.services.promotions.coupons import Source, issue_one

GIFT_KIND = "top_up_gift"  # the ledger kind of a gift's points (its bonus is a top-up's)


def give_gift(
    uow: UnitOfWork, actor: Actor, customer_id: int, sale_id: int, amount_fen: int, at: datetime
) -> int | None:
    """Give the gift a top-up of ``amount_fen`` earns (the highest rule reached); returns the
    rule's id, or None."""
    gifts = [gift_of(r) for r in uow.promotions.top_up_gifts(active_only=True)]
    gift = top_up_gift_for(amount_fen, gifts, at.date())
    if gift is None:
        return None
    uid = actor.user_id
    ledger: list[NewLedgerEntry] = []
    if gift.bonus_fen:
        ledger.append(entry(customer_id, Account.BONUS, "top_up", gift.bonus_fen, at, uid, sale_id,
                            note=gift.name))  # fmt: skip
    if gift.points:
        ledger.append(entry(customer_id, Account.POINTS, GIFT_KIND, gift.points, at, uid, sale_id,
                            note=gift.name))  # fmt: skip
    card_id = None
    if gift.card_plan_id is not None:
        plan = uow.catalogue.plan(gift.card_plan_id)
        days = plan["valid_days"]
        expires: date | None = None if days is None else at.date() + timedelta(days=int(days))
        count = plan["kind"] == CardKind.COUNT.value
        card_id = uow.sales.insert_card(
            {
                "customer_id": customer_id,
                "plan_id": gift.card_plan_id,
                "name": str(plan["name"]),
                "kind": str(plan["kind"]),
                "item_id": plan["item_id"],
                "sessions_total": plan["sessions"],
                "sessions_left": 0 if count else None,
                "price_fen": 0,  # a gift: its sessions are worth nothing paid
                "bought_at": at,
                "expires_on": expires,
                "sale_id": sale_id,
            }
        )
        if count:
            sessions = int(plan["sessions"] or 0)
            ledger.append(entry(customer_id, Account.SESSIONS, "card", sessions, at, uid, sale_id,
                                card_id))  # fmt: skip
    uow.customers.add_ledger_entries(ledger)
    coupons = 0
    if gift.coupon_template_id is not None and gift.coupon_qty:
        template = load_templates(uow, [gift.coupon_template_id])[gift.coupon_template_id]
        for _ in range(gift.coupon_qty):
            issue_one(uow, uid, template, customer_id, at, Source.TOP_UP, sale_id)
            coupons += 1
    audit.record(
        uow, actor, "top_up_gift", target=f"sale:{uow.sales.sale(sale_id)['no']}",
        detail={"rule": gift.id, "bonus_fen": gift.bonus_fen, "points": gift.points,
                "card": card_id, "coupons": coupons},
    )  # fmt: skip
    return gift.id


def reverse_gift(
    uow: UnitOfWork, actor: Actor, top_up_id: int, refund_id: int, at: datetime
) -> None:
    """Take a refunded top-up's gift back (its bonus goes with the top-up's stored value)."""
    sale = uow.sales.sale(top_up_id)
    customer_id = sale["customer_id"]
    if customer_id is None:
        return
    cid = int(customer_id)
    uid = actor.user_id
    ledger: list[NewLedgerEntry] = []
    points = sum(
        int(e["delta"])
        for e in uow.sales.ledger_of_sale(top_up_id)
        if e["account"] == Account.POINTS.value and e["kind"] == GIFT_KIND
    )
    if points > 0:
        have = balances(uow, cid, at.date()).points
        taken = min(points, max(have, 0))
        if taken:
            ledger.append(entry(cid, Account.POINTS, GIFT_KIND, -taken, at, uid, refund_id))
    cards = [c for c in uow.sales.cards_of(cid) if c["sale_id"] == top_up_id]
    for card in cards:
        if card["status"] == "refunded":
            continue
        if card["kind"] == CardKind.COUNT.value and card["sessions_left"]:
            ledger.append(entry(cid, Account.SESSIONS, "refund", -int(card["sessions_left"]), at,
                                uid, refund_id, int(card["id"])))  # fmt: skip
        uow.sales.set_card_status(int(card["id"]), "refunded")
    uow.customers.add_ledger_entries(ledger)
    voided = 0
    for coupon in uow.promotions.coupons_from_sale(top_up_id):
        if coupon["last_event"] in (CouponEventKind.REDEEMED.value, CouponEventKind.VOIDED.value):
            continue
        uow.promotions.add_event(
            coupon["id"],
            {"kind": CouponEventKind.VOIDED.value, "at": at, "sale_id": refund_id,
             "user_id": uid, "note": "top-up refunded"},
        )  # fmt: skip
        voided += 1
    if points or cards or voided:
        audit.record(
            uow, actor, "top_up_gift_reversed", target=f"sale:{sale['no']}",
            detail={"points": points, "cards": len(cards), "coupons_voided": voided},
        )  # fmt: skip


__all__ = ["give_gift", "reverse_gift"]
