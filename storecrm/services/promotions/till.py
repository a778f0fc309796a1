"""Promotions and coupons on a sale at the till: ``sales._price`` hands its priced lines here
(``apply_offers``), ``record_sale`` writes what was chosen (``record_offers``: the savings per
line, each coupon's redemption, audited) and ``refund_sale`` gives coupons back
(``return_coupons``) when the owner's setting says so.

The choice itself is ``domain/promotions/engine.best_offer``; this module brings the store's
promotions, the coupons handed over and the catalogue (each item's category and whether it may
be discounted) to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.membership import PERMILLE, LineKind
from storecrm.domain.promotions.codes import clean_code, well_formed
from storecrm.domain.promotions.engine import (
    CartLine,
    CouponRefused,
    GiftHint,
    Refusal,
    SavingSource,
    best_offer,
)
from storecrm.domain.promotions.offers import Audience, CouponEventKind
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.dto import QuotedLine
from storecrm.services.promotions.catalogue import load_promotions
from storecrm.services.promotions.coupons import domain_coupons
from storecrm.services.promotions.dto import SavingInfo

KEY_RETURN_ON_REFUND = "coupons_return_on_refund"  # "1" (default) or "0"
MAX_CODES = 5


@dataclass(frozen=True, slots=True)
class TillOffers:
    lines: tuple[QuotedLine, ...]  # with the tier discount and savings in discount and amount
    savings: tuple[SavingInfo, ...]
    refused: tuple[CouponRefused, ...]
    gift_hints: tuple[GiftHint, ...]
    tier_applied: bool


def _cart(uow: UnitOfWork, lines: Sequence[QuotedLine]) -> list[CartLine]:
    cart = []
    items: dict[int, tuple[str, bool]] = {}
    for line in lines:
        if line.kind == LineKind.ITEM.value and line.item_id is not None:
            if line.item_id not in items:
                row = uow.catalogue.item(line.item_id)
                items[line.item_id] = (str(row["category"]), bool(row["discountable"]))
            category, discountable = items[line.item_id]
            cart.append(CartLine(line.item_id, category, line.qty, line.unit_fen, discountable))
        elif line.kind == LineKind.AMOUNT.value:
            cart.append(CartLine(None, "", line.qty, line.unit_fen, True))
        else:  # cards sold, sessions used: never discounted
            cart.append(CartLine(None, "", line.qty, 0, False))
    return cart


def apply_offers(
    uow: UnitOfWork,
    lines: Sequence[QuotedLine],
    *,
    customer_id: int | None,
    tier_id: int | None,
    tier_permille: int,
    codes: Sequence[str],
    moment: datetime,
) -> TillOffers:
    """The best allowed combination of the tier discount, the store's promotions and the
    coupons handed over, on ``lines`` as priced (with the tier discount)."""
    promotions = load_promotions(uow, live_on=moment.date())
    wanted = list(dict.fromkeys(clean_code(c) for c in codes if c.strip()))
    if not promotions and not wanted:
        return TillOffers(tuple(lines), (), (), (), True)
    refused: list[CouponRefused] = []
    rows = []
    for code in wanted:
        row = uow.promotions.coupon_by_code(code) if well_formed(code) else None
        if row is None:
            refused.append(CouponRefused(0, code, "", Refusal.UNKNOWN))
        else:
            rows.append(row)
    coupons = domain_coupons(uow, rows)
    cart = _cart(uow, lines)
    invited: frozenset[int] = frozenset()
    if customer_id is not None and any(p.audience is Audience.CAMPAIGN for p in promotions):
        invited = frozenset(uow.campaigns.offered_promotions(customer_id, moment.date()))
    offer = best_offer(
        cart,
        tier_permille=tier_permille,
        customer_id=customer_id,
        tier_id=tier_id,
        moment=moment,
        promotions=promotions,
        coupons=coupons,
        invited=invited,
    )
    codes_by_id = {c.id: c.code for c in coupons}
    priced = tuple(
        replace(
            line,
            discount_fen=offer.line_tier[i] + offer.line_savings(i),
            amount_fen=offer.line_amounts[i],
        )
        if cart[i].discountable
        else line
        for i, line in enumerate(lines)
    )
    savings = tuple(
        SavingInfo(
            s.source.value,
            s.ref_id,
            s.name,
            s.amount_fen,
            s.line_shares,
            codes_by_id.get(s.ref_id, "") if s.source is SavingSource.COUPON else "",
        )  # fmt: skip
        for s in offer.savings
    )
    return TillOffers(
        priced,
        savings,
        tuple(refused) + offer.refused,
        offer.gift_hints,
        offer.tier_applied or tier_permille >= PERMILLE,
    )


def record_offers(
    uow: UnitOfWork,
    actor: Actor,
    sale_id: int,
    sale_no: str,
    line_ids: Sequence[int | None],
    savings: Sequence[SavingInfo],
    at: datetime,
) -> None:
    """Write each saving's line shares (``sale_savings``) and redeem the coupons used (one
    ``redeemed`` event each, audited), in the sale's transaction. ``line_ids``: the recorded
    line of each quoted line."""
    rows = []
    for saving in savings:
        for index, part in enumerate(saving.line_shares):
            if not part:
                continue
            line_id = line_ids[index]
            assert line_id is not None, "a saving on a line that was not recorded"
            rows.append(
                {
                    "sale_id": sale_id,
                    "sale_line_id": line_id,
                    "source": saving.source,
                    "promotion_id": saving.ref_id if saving.source == "promotion" else None,
                    "coupon_id": saving.ref_id if saving.source == "coupon" else None,
                    "name": saving.name[:40],
                    "amount_fen": part,
                }
            )
    uow.promotions.add_savings(rows)
    for saving in savings:
        if saving.source != SavingSource.COUPON.value:
            continue
        uow.promotions.add_event(
            saving.ref_id,
            {
                "kind": CouponEventKind.REDEEMED.value,
                "at": at,
                "sale_id": sale_id,
                "user_id": actor.user_id,
                "saving_fen": saving.amount_fen,
            },
        )
        audit.record(
            uow, actor, "coupon_redeem", target=f"coupon:{saving.code}",
            detail={"sale": sale_no, "saving_fen": saving.amount_fen},
        )  # fmt: skip


def sale_savings(uow: UnitOfWork, sale_id: int, line_ids: Sequence[int]) -> tuple[SavingInfo, ...]:
    """A recorded sale's savings, one per promotion or coupon, in the order applied, with each
    line's share (in the order of ``line_ids``)."""
    rows = uow.promotions.savings_of(sale_id)
    if not rows:
        return ()
    position = {line_id: i for i, line_id in enumerate(line_ids)}
    merged: dict[tuple[str, int], list[int]] = {}
    names: dict[tuple[str, int], str] = {}
    for r in rows:
        ref = r["promotion_id"] if r["source"] == "promotion" else r["coupon_id"]
        key = (r["source"], int(ref or 0))
        shares = merged.setdefault(key, [0] * len(line_ids))
        names[key] = r["name"]
        if r["sale_line_id"] in position:
            shares[position[r["sale_line_id"]]] += r["amount_fen"]
    coupon_ids = [k[1] for k in merged if k[0] == "coupon"]
    codes = (
        {c["id"]: c["code"] for c in uow.promotions.coupons_by_ids(coupon_ids)}
        if coupon_ids  # a promotion's saving: no coupon to read (issue 23)
        else {}
    )
    return tuple(
        SavingInfo(
            source,
            ref,
            names[(source, ref)],
            sum(shares),
            tuple(shares),
            codes.get(ref, "") if source == "coupon" else "",
        )  # fmt: skip
        for (source, ref), shares in merged.items()
    )


def returns_on_refund(uow: UnitOfWork) -> bool:
    return uow.settings.get(KEY_RETURN_ON_REFUND, "1") == "1"


@reads
def get_returns_on_refund(uow: UnitOfWork, actor: Actor) -> bool:
    """Whether a refund of a whole sale gives its coupons back (the owner's setting)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "settings")
    return returns_on_refund(uow)


def set_returns_on_refund(uow: UnitOfWork, actor: Actor, on: bool) -> None:
    """The owner's choice: a refund of a whole sale gives its coupons back (while valid)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings")
    uow.settings.put(KEY_RETURN_ON_REFUND, "1" if on else "0", actor.user_id)
    audit.record(uow, actor, "settings", detail={KEY_RETURN_ON_REFUND: on})
    uow.commit()


def return_coupons(
    uow: UnitOfWork, actor: Actor, sale_id: int, refund_id: int, at: datetime
) -> list[str]:
    """The sale was refunded in full: each coupon it used and still valid today is usable
    again (a ``returned`` event; audited), when the owner's setting says so. Returns the
    codes given back."""
    if not returns_on_refund(uow):
        return []
    returned = []
    for event in uow.promotions.redeemed_on(sale_id):
        row = uow.promotions.coupon(event["coupon_id"])
        if row["last_event"] != CouponEventKind.REDEEMED.value or row["valid_to"] < at.date():
            continue
        uow.promotions.add_event(
            event["coupon_id"],
            {"kind": CouponEventKind.RETURNED.value, "at": at, "sale_id": refund_id,
             "user_id": actor.user_id},
        )  # fmt: skip
        audit.record(uow, actor, "coupon_return", target=f"coupon:{row['code']}")
        returned.append(row["code"])
    return returned


__all__ = [
    "TillOffers",
    "apply_offers",
    "get_returns_on_refund",
    "record_offers",
    "return_coupons",
    "returns_on_refund",
    "sale_savings",
    "set_returns_on_refund",
]
