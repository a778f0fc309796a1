"""Membership use cases: tiers, the points and stored-value rules, a member's balances and
cards, top-ups, withdrawals, gifts for points, points expiry, and the ledger itself.

Every balance shown comes from the append-only ledger (principal, bonus, points, sessions);
the cached columns on customers and cards move in the same transaction as the entries, and
:func:`check_ledgers` re-adds everything to prove they agree.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select

from storecrm.data.rows import NewLedgerEntry
from storecrm.data.schema import (
    customer_cards,
    customers,
    ledger_entries,
    sale_lines,
    sale_payments,
    sales,
)
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.commission import LineFacts
from storecrm.domain.customer import mask_phone
from storecrm.domain.errors import PermissionDenied, ValidationError, is_disk_full
from storecrm.domain.membership import (
    MAX_AMOUNT_FEN,
    MONEY_METHODS,
    PERMILLE,
    Account,
    CardKind,
    InsufficientBalance,
    LineKind,
    MembershipRules,
    PaymentMethod,
    PointsExpiry,
    SaleKind,
    Tier,
    TopUpBonus,
    points_to_expire,
    tier_after,
    top_up_bonus,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy
from storecrm.services.catalogue import usual_items_for
from storecrm.services.dto import (
    CardBalance,
    CheckReport,
    LedgerLine,
    LedgerMismatch,
    MemberBalances,
    MemberSummary,
    SaleInfo,
    TierInfo,
)

RULES_KEY = "membership_rules"

log = logging.getLogger(__name__)


# -- rules -----------------------------------------------------------------------------------
@reads
def get_rules(uow: UnitOfWork, actor: Actor) -> MembershipRules:
    return load_rules(uow)


def load_rules(uow: UnitOfWork) -> MembershipRules:
    """The store's membership rules (kept per open store: every sale reads them)."""
    return uow.cached(("membership_rules",), lambda: _read_rules(uow))


def _read_rules(uow: UnitOfWork) -> MembershipRules:
    raw = uow.settings.get(RULES_KEY)
    if not raw:
        return MembershipRules()
    try:
        known = {f.name for f in fields(MembershipRules)}
        data = {k: v for k, v in json.loads(raw).items() if k in known}
        data["points_expiry"] = PointsExpiry(data.get("points_expiry", "never"))
        data["top_up_bonuses"] = tuple(TopUpBonus(**b) for b in data.get("top_up_bonuses", ()))
        return MembershipRules(**data).check()
    except (ValueError, TypeError, KeyError, ValidationError):
        return MembershipRules()


def set_rules(uow: UnitOfWork, actor: Actor, rules: MembershipRules) -> MembershipRules:
    audit.require(uow, actor, Permission.MANAGE_MEMBERSHIP, "settings_change")
    rules = MembershipRules(
        **(
            asdict(rules)
            | {"top_up_bonuses": tuple(sorted(rules.top_up_bonuses, key=lambda b: b.min_fen))}
        )
    ).check()
    data = asdict(rules)
    data["points_expiry"] = rules.points_expiry.value
    uow.settings.put(RULES_KEY, json.dumps(data, sort_keys=True), actor.user_id)
    audit.record(uow, actor, "settings_change", detail={"keys": [RULES_KEY]})
    uow.commit()
    return rules


# -- tiers -----------------------------------------------------------------------------------
def _tier(row: Mapping[str, Any]) -> Tier:
    return Tier(
        tier_id=int(row["id"]),
        name=str(row["name"]),
        rank=int(row["rank"]),
        discount_permille=int(row["discount_permille"]),
        points_permille=int(row["points_permille"]),
        upgrade_spend_fen=row["upgrade_spend_fen"],
        upgrade_top_up_fen=row["upgrade_top_up_fen"],
    )


def active_tiers(uow: UnitOfWork) -> list[Tier]:
    """The active tiers by rank (kept per open store: every member's sale reads them)."""
    kept = uow.cached(("active_tiers",), lambda: tuple(_tier(r) for r in uow.catalogue.tiers()))
    return list(kept)


def tier_by_id(uow: UnitOfWork, tier_id: int) -> Tier:
    """A tier, active or not (kept per open store); NotFound if there is none."""
    return uow.cached(("tier", tier_id), lambda: _tier(uow.catalogue.tier(tier_id)))


@reads
def list_tiers(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[TierInfo]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "catalogue_view")
    return [
        TierInfo(
            tier_id=int(r["id"]),
            name=str(r["name"]),
            rank=int(r["rank"]),
            discount_permille=int(r["discount_permille"]),
            points_permille=int(r["points_permille"]),
            upgrade_spend_fen=r["upgrade_spend_fen"],
            upgrade_top_up_fen=r["upgrade_top_up_fen"],
            active=bool(r["active"]),
            members=int(r["members"]),
        )
        for r in uow.catalogue.tiers_with_members(include_inactive)
    ]


def save_tier(uow: UnitOfWork, actor: Actor, tier: Tier, *, active: bool = True) -> TierInfo:
    """Create (``tier_id`` 0) or change a tier. Its members keep it when it is deactivated."""
    audit.require(uow, actor, Permission.MANAGE_MEMBERSHIP, "settings_change")
    tier = Tier(**(asdict(tier) | {"name": " ".join(tier.name.split())})).check()
    other = uow.catalogue.tier_by_name(tier.name)
    if other is not None and int(other["id"]) != tier.tier_id:
        raise ValidationError("name", "taken")
    values = {
        "name": tier.name,
        "rank": tier.rank,
        "discount_permille": tier.discount_permille,
        "points_permille": tier.points_permille,
        "upgrade_spend_fen": tier.upgrade_spend_fen,
        "upgrade_top_up_fen": tier.upgrade_top_up_fen,
        "active": active,
    }
    if tier.tier_id:
        uow.catalogue.tier(tier.tier_id)
        tier_id = tier.tier_id
        uow.catalogue.update_tier(tier_id, values)
    else:
        tier_id = uow.catalogue.insert_tier(values)
    audit.record(uow, actor, "settings_change", target=f"tier:{tier_id}", detail=values)
    uow.commit()
    return next(t for t in list_tiers(uow, actor, include_inactive=True) if t.tier_id == tier_id)


def set_member_tier(
    uow: UnitOfWork, actor: Actor, customer_id: int, tier_id: int | None, reason: str = ""
) -> None:
    """Put a member in a tier by hand (also downwards); shown on the timeline."""
    audit.require(uow, actor, Permission.ADJUST_MEMBERS, "member_tier_change")
    customer = uow.customers.get(customer_id)
    name = "" if tier_id is None else str(uow.catalogue.tier(tier_id)["name"])
    uow.sales.set_tier(customer_id, tier_id)
    text = name if not reason.strip() else f"{name} · {reason.strip()[:200]}"
    uow.customers.add_event(customer_id, "tier", text, actor.user_id, clock.now())
    audit.record(
        uow,
        actor,
        "member_tier_change",
        target=f"customer:{customer_id}",
        detail={"from": customer["tier_id"], "to": tier_id},
    )
    uow.commit()


def upgrade_tier(
    uow: UnitOfWork,
    customer_id: int,
    user_id: int | None,
    at: datetime,
    top_up_fen: int = 0,
    *,
    standing: tuple[int | None, int] | None = None,
) -> str | None:
    """Move the member up when a rule is met; returns the new tier's name, if any.
    ``standing``: the member's tier id and total spend as they stand now, when the caller
    knows them (a sale read the member in its own write unit: one wide read less)."""
    if standing is None:
        row = uow.customers.get(customer_id)
        standing = (row["tier_id"], int(row["total_spend_fen"]))
    tier_id, total_spend = standing
    tiers = active_tiers(uow)
    if not tiers:
        return None
    current = next((t for t in tiers if t.tier_id == tier_id), None)
    if current is None and tier_id is not None:
        current = tier_by_id(uow, int(tier_id))
    best = tier_after(current, tiers, total_spend, top_up_fen)
    if best is None or (current is not None and best.tier_id == current.tier_id):
        return None
    uow.sales.set_tier(customer_id, best.tier_id)
    uow.customers.add_event(customer_id, "tier", best.name, user_id, at)
    return best.name


def member_tier(uow: UnitOfWork, customer: Mapping[str, Any]) -> Tier | None:
    if customer["tier_id"] is None:
        return None
    return tier_by_id(uow, int(customer["tier_id"]))


# -- balances --------------------------------------------------------------------------------
def card_status(row: Mapping[str, Any], today: date) -> str:
    if row["status"] == "refunded":
        return "refunded"
    if row["expires_on"] is not None and row["expires_on"] < today:
        return "expired"
    if row["kind"] == CardKind.COUNT.value and int(row["sessions_left"] or 0) <= 0:
        return "used_up"
    return "active"


def card_balance(row: Mapping[str, Any], today: date) -> CardBalance:
    return CardBalance(
        card_id=int(row["id"]),
        name=str(row["name"]),
        kind=str(row["kind"]),
        item_id=None if row["item_id"] is None else int(row["item_id"]),
        sessions_total=row["sessions_total"],
        sessions_left=row["sessions_left"],
        expires_on=row["expires_on"],
        status=card_status(row, today),
    )


def balances(uow: UnitOfWork, customer_id: int, today: date | None = None) -> MemberBalances:
    sums = uow.customers.ledger_sums(customer_id)
    day = today or clock.now().date()
    return MemberBalances(
        principal_fen=sums.get(Account.PRINCIPAL.value, 0),
        bonus_fen=sums.get(Account.BONUS.value, 0),
        points=sums.get(Account.POINTS.value, 0),
        cards=tuple(card_balance(r, day) for r in uow.sales.cards_of(customer_id)),
    )


def balances_at(
    uow: UnitOfWork, customer_id: int, at: datetime, up_to_entry: int | None
) -> MemberBalances:
    """The member's balances as they stood right after a sale (for a reprinted receipt):
    the ledger summed up to the sale's last entry."""
    bound = (
        up_to_entry if up_to_entry is not None else uow.customers.last_entry_until(customer_id, at)
    )
    sums = uow.customers.ledger_sums(customer_id, bound)
    sessions = uow.customers.card_sessions_until(customer_id, bound)
    cards = []
    for row in uow.sales.cards_of(customer_id):
        if row["bought_at"] > at:
            continue
        then = dict(row)
        if row["kind"] == CardKind.COUNT.value:
            then["sessions_left"] = sessions.get(int(row["id"]), 0)
        if row["status"] == "refunded" and then.get("sessions_left"):
            then["status"] = "active"  # refunded later than this sale
        cards.append(card_balance(then, at.date()))
    return MemberBalances(
        principal_fen=sums.get(Account.PRINCIPAL.value, 0),
        bonus_fen=sums.get(Account.BONUS.value, 0),
        points=sums.get(Account.POINTS.value, 0),
        cards=tuple(cards),
    )


@reads
def member_summary(uow: UnitOfWork, actor: Actor, customer_id: int) -> MemberSummary:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    row = uow.customers.get(customer_id)
    tier = member_tier(uow, row)
    today = clock.now().date()
    rules = load_rules(uow)
    expiring, expire_on = _points_expiring(uow, customer_id, rules, today)
    return MemberSummary(
        customer_id=customer_id,
        name=str(row["name"]),
        phone=privacy.phone_view(uow, actor)(row["phone"]),
        card_no=row["card_no"],
        tier_id=None if tier is None else tier.tier_id,
        tier_name="" if tier is None else tier.name,
        discount_permille=PERMILLE if tier is None else tier.discount_permille,
        points_permille=PERMILLE if tier is None else tier.points_permille,
        balances=balances(uow, customer_id, today),
        total_spend_fen=int(row["total_spend_fen"]),
        visit_count=int(row["visit_count"]),
        last_visit_at=row["last_visit_at"],
        usual_items=usual_items_for(uow, customer_id),
        points_expiring=expiring,
        points_expire_on=expire_on,
    )


# -- writing a ticket ------------------------------------------------------------------------
def new_sale_row(
    uow: UnitOfWork,
    actor: Actor,
    kind: SaleKind,
    at: datetime,
    customer_id: int | None,
    **values: Any,
) -> dict[str, Any]:
    return {
        "no": uow.sales.next_no(at.date()),
        "kind": kind.value,
        "at": at,
        "customer_id": customer_id,
        "cashier_id": actor.user_id,
        "staff_id": actor.user_id,  # who served: the cashier unless someone else is named
        "approved_by": None,
        "refund_of_id": None,
        "tier_name": "",
        "list_fen": 0,
        "discount_fen": 0,
        "total_fen": 0,
        "points_earned": 0,
        "note": "",
    } | {k: v for k, v in values.items() if not (k == "staff_id" and v is None)}


def entry(
    customer_id: int,
    account: Account,
    kind: str,
    delta: int,
    at: datetime,
    user_id: int | None,
    sale_id: int | None,
    card_id: int | None = None,
    note: str = "",
) -> NewLedgerEntry:
    return {
        "customer_id": customer_id,
        "account": account.value,
        "kind": kind,
        "delta": delta,
        "at": at,
        "user_id": user_id,
        "note": note,
        "sale_id": sale_id,
        "card_id": card_id,
    }


def require_approval(
    uow: UnitOfWork,
    actor: Actor,
    amount_fen: int,
    approved_by: Actor | None,
    action: str,
) -> int | None:
    """A cashier's refund or withdrawal above the owner's threshold needs a manager; returns
    the approver's user id (None when no approval was needed)."""
    rules = load_rules(uow)
    if actor.can(Permission.APPROVE_REFUNDS) or amount_fen <= rules.refund_approval_fen:
        return approved_by.user_id if approved_by is not None else None
    if approved_by is None or not approved_by.can(Permission.APPROVE_REFUNDS):
        uow.rollback()
        audit.record(uow, actor, action, outcome="denied", detail={"needs_approval": amount_fen})
        uow.commit()
        raise PermissionDenied(Permission.APPROVE_REFUNDS.value)
    return approved_by.user_id


@reads
def needs_approval(uow: UnitOfWork, actor: Actor, amount_fen: int) -> bool:
    return (
        not actor.can(Permission.APPROVE_REFUNDS)
        and amount_fen > load_rules(uow).refund_approval_fen
    )


def _live_customer(uow: UnitOfWork, customer_id: int) -> Mapping[str, Any]:
    row = uow.customers.get(customer_id)
    if row["archived_at"] is not None:
        raise ValidationError("customer", "archived")
    return row


# -- top-ups, withdrawals, gifts -------------------------------------------------------------
def top_up(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    amount_fen: int,
    method: str,
    *,
    staff_id: int | None = None,
    note: str = "",
    served_by: int | None = None,
) -> SaleInfo:
    """储值: ``amount_fen`` paid in by ``method``; the bonus rule adds bonus value.
    ``served_by`` (a staff member) sold it: the top-up is their cash performance (充值业绩)."""
    from storecrm.services.promotions import gifts  # promotions build on membership
    from storecrm.services.sales import get_sale  # the sale view lives with the sales
    from storecrm.services.staff import posting, serving

    audit.require(uow, actor, Permission.RECORD_SALES, "top_up")
    _live_customer(uow, customer_id)
    if method not in {m.value for m in MONEY_METHODS}:
        raise ValidationError("method", "invalid")
    if not 0 < amount_fen <= MAX_AMOUNT_FEN:
        raise ValidationError("amount", "range", low=1, high=MAX_AMOUNT_FEN)
    rules = load_rules(uow)
    bonus = top_up_bonus(amount_fen, rules)
    at = clock.now()
    seller = serving.default_served_by(uow, actor, served_by, staff_id)
    (sellers,) = serving.resolve(uow, [None], seller, False)
    sale_row = new_sale_row(
        uow,
        actor,
        SaleKind.TOP_UP,
        at,
        customer_id,
        staff_id=staff_id,
        list_fen=amount_fen,
        total_fen=amount_fen,
        note=note.strip()[:500],
    )
    if served_by is not None:
        sale_row["staff_id"] = uow.staff.get(served_by)["user_id"]
    sale_id = uow.sales.insert_sale(sale_row)
    line_ids = uow.sales.insert_lines_and_payments(
        sale_id,
        [
            {
                "kind": LineKind.TOP_UP.value,
                "description": "",
                "qty": 1,
                "unit_fen": amount_fen,
                "list_fen": amount_fen,
                "discount_fen": 0,
                "amount_fen": amount_fen,
            }
        ],
        [{"method": method, "amount_fen": amount_fen}],
    )
    facts = LineFacts(LineKind.TOP_UP.value, 1, amount_fen, amount_fen)
    posting.post_one_sale(
        uow,
        sale_id,
        at,
        [posting.LineInput(line_ids[0], facts, None, sellers)],
        {method: amount_fen},
        0,
    )
    rows = [entry(customer_id, Account.PRINCIPAL, "top_up", amount_fen, at, actor.user_id, sale_id)]
    if bonus:
        rows.append(entry(customer_id, Account.BONUS, "top_up", bonus, at, actor.user_id, sale_id))
    uow.customers.add_ledger_entries(rows)
    gifts.give_gift(uow, actor, customer_id, sale_id, amount_fen, at)  # 充值赠送 (0014)
    upgrade_tier(uow, customer_id, actor.user_id, at, top_up_fen=amount_fen)
    uow.commit()
    return get_sale(uow, actor, sale_id)


def withdraw(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    amount_fen: int,
    method: str,
    reason: str,
    *,
    approved_by: Actor | None = None,
    forfeit_bonus: bool = False,
) -> SaleInfo:
    """退储值: pay ``amount_fen`` of the principal back; the bonus is never paid out in money
    (``forfeit_bonus`` clears it, e.g. when the member leaves)."""
    from storecrm.services.sales import get_sale

    audit.require(uow, actor, Permission.REFUND_SALES, "withdrawal")
    _live_customer(uow, customer_id)
    if method not in {m.value for m in MONEY_METHODS}:
        raise ValidationError("method", "invalid")
    if not reason.strip():
        raise ValidationError("reason", "required")
    now_balances = balances(uow, customer_id)
    if amount_fen < 0 or (amount_fen == 0 and not forfeit_bonus):
        raise ValidationError("amount", "range", low=1, high=now_balances.principal_fen)
    if amount_fen > now_balances.principal_fen:
        raise InsufficientBalance("principal", now_balances.principal_fen, amount_fen)
    # The threshold counts the member's withdrawals of the day together: five small ones
    # need the manager as one large one would.
    day_start = datetime.combine(clock.now().date(), datetime.min.time())
    earlier = uow.connection.execute(
        select(func.coalesce(func.sum(-sales.c.total_fen), 0)).where(
            and_(
                sales.c.customer_id == customer_id,
                sales.c.kind == SaleKind.WITHDRAWAL.value,
                sales.c.at >= day_start,
            )
        )
    ).scalar_one()
    approver = require_approval(uow, actor, amount_fen + int(earlier), approved_by, "withdrawal")
    at = clock.now()
    forfeited = now_balances.bonus_fen if forfeit_bonus else 0
    sale_id = uow.sales.insert_sale(
        new_sale_row(
            uow,
            actor,
            SaleKind.WITHDRAWAL,
            at,
            customer_id,
            approved_by=approver,
            list_fen=-amount_fen,
            total_fen=-amount_fen,
            note=reason.strip()[:500],
        )
    )
    uow.sales.insert_lines_and_payments(
        sale_id,
        [
            {
                "kind": LineKind.TOP_UP.value,
                "description": "",
                "qty": -1,
                "unit_fen": amount_fen,
                "list_fen": -amount_fen,
                "discount_fen": 0,
                "amount_fen": -amount_fen,
            }
        ],
        [{"method": method, "amount_fen": -amount_fen}] if amount_fen else [],
    )
    rows = []
    if amount_fen:
        rows.append(
            entry(
                customer_id,
                Account.PRINCIPAL,
                "withdrawal",
                -amount_fen,
                at,
                actor.user_id,
                sale_id,
            )
        )
    if forfeited:
        rows.append(
            entry(customer_id, Account.BONUS, "forfeit", -forfeited, at, actor.user_id, sale_id)
        )
    uow.customers.add_ledger_entries(rows)
    audit.record(
        uow,
        actor,
        "withdrawal",
        target=f"customer:{customer_id}",
        detail={
            "amount_fen": amount_fen,
            "bonus_forfeited_fen": forfeited,
            "reason": reason.strip()[:200],
            "approved_by": approver,
        },
    )
    uow.commit()
    return get_sale(uow, actor, sale_id)


def redeem_gift(
    uow: UnitOfWork, actor: Actor, customer_id: int, item_id: int, qty: int = 1
) -> SaleInfo:
    """积分兑换: the member takes a gift for its points cost."""
    from storecrm.services.sales import get_sale

    audit.require(uow, actor, Permission.RECORD_SALES, "gift")
    _live_customer(uow, customer_id)
    item = uow.catalogue.item(item_id)
    if not item["active"] or item["points_cost"] is None:
        raise ValidationError("item", "not_a_gift")
    if not 1 <= qty <= 999:
        raise ValidationError("qty", "range", low=1, high=999)
    cost = int(item["points_cost"]) * qty
    have = balances(uow, customer_id).points
    if cost > have:
        raise InsufficientBalance("points", have, cost)
    at = clock.now()
    sale_id = uow.sales.insert_sale(new_sale_row(uow, actor, SaleKind.GIFT, at, customer_id))
    uow.sales.insert_lines_and_payments(
        sale_id,
        [
            {
                "kind": LineKind.GIFT.value,
                "item_id": item_id,
                "description": str(item["name"]),
                "qty": qty,
                "unit_fen": 0,
                "list_fen": 0,
                "discount_fen": 0,
                "amount_fen": 0,
            }
        ],
        [{"method": PaymentMethod.POINTS.value, "amount_fen": 0, "points": cost}],
    )
    uow.customers.add_ledger_entries(
        [entry(customer_id, Account.POINTS, "gift", -cost, at, actor.user_id, sale_id)]
    )
    uow.commit()
    return get_sale(uow, actor, sale_id)


# -- points expiry ---------------------------------------------------------------------------
def _expiry_cutoff(rules: MembershipRules, today: date) -> date | None:
    """Points earned before the returned day lapse on it (None: points never lapse)."""
    if rules.points_expiry is PointsExpiry.NEVER:
        return None
    return date(today.year - 1, 1, 1)


def _points_expiring(
    uow: UnitOfWork, customer_id: int, rules: MembershipRules, today: date
) -> tuple[int, date | None]:
    if rules.points_expiry is PointsExpiry.NEVER:
        return 0, None
    # Points earned up to the end of last year lapse at the end of this year.
    cutoff = date(today.year, 1, 1)
    amount = _lapsing(uow, customer_id, cutoff)
    return amount, date(today.year, 12, 31)


def _lapsing_by_customer(
    uow: UnitOfWork, cutoff: date, customer_id: int | None = None
) -> dict[int, tuple[int, int]]:
    """Customer id → (points that lapse at ``cutoff``, points they have), one grouped query."""
    c = ledger_entries.c
    start = datetime.combine(cutoff, datetime.min.time())
    refund = sales.alias("refund")
    original = sales.alias("original")
    # Points earned on a sale and taken back by its refund were never really earned: they come
    # off the year of that sale (not off the oldest points, which would save them from lapsing).
    reversal = and_(c.delta < 0, c.kind == "refund")
    earned = func.sum(
        case((and_(c.delta > 0, c.at < start, c.kind != "refund"), c.delta), else_=0)
    ) - func.sum(case((and_(reversal, original.c.at < start), -c.delta), else_=0))
    used = func.sum(
        case((and_(c.delta < 0, c.kind.not_in(("expiry", "refund"))), -c.delta), else_=0)
    )
    expired = func.sum(case((c.kind == "expiry", -c.delta), else_=0))
    returned = func.sum(case((and_(c.delta > 0, c.kind == "refund"), c.delta), else_=0))
    query = (
        select(c.customer_id, earned, used, expired, returned, func.sum(c.delta))
        .select_from(ledger_entries)
        .outerjoin(refund, refund.c.id == c.sale_id)
        .outerjoin(original, original.c.id == refund.c.refund_of_id)
        .where(c.account == Account.POINTS.value)
        .group_by(c.customer_id)
    )
    if customer_id is not None:
        query = query.where(c.customer_id == customer_id)
    result = {}
    for cid, e, u, x, r, have in uow.connection.execute(query):
        lapsing = min(points_to_expire(int(e), int(u) - int(r), int(x)), max(int(have), 0))
        result[int(cid)] = (lapsing, int(have))
    return result


def _lapsing(uow: UnitOfWork, customer_id: int, cutoff: date) -> int:
    return _lapsing_by_customer(uow, cutoff, customer_id).get(customer_id, (0, 0))[0]


EXPIRED_THROUGH_KEY = "points_expired_through"  # the year of the last expiry run


def expire_points_once_a_year(uow: UnitOfWork, today: date | None = None) -> int:
    """Run :func:`expire_points` at most once per calendar year (at sign-in)."""
    day = today or clock.now().date()
    if load_rules(uow).points_expiry is PointsExpiry.NEVER:
        return 0
    if uow.settings.get(EXPIRED_THROUGH_KEY) == str(day.year):
        return 0
    lapsed = expire_points(uow, None, day)
    uow.settings.put(EXPIRED_THROUGH_KEY, str(day.year), None)
    uow.commit()
    return lapsed


def expire_points(uow: UnitOfWork, actor: Actor | None, today: date | None = None) -> int:
    """Let points earned before last year's start lapse (积分年底清零, one year's grace).

    Idempotent: run at every sign-in; returns the points that lapsed now.
    """
    rules = load_rules(uow)
    day = today or clock.now().date()
    cutoff = _expiry_cutoff(rules, day)
    if cutoff is None:
        return 0
    at = datetime(day.year, 1, 1)  # the moment they lapsed: the end of last year
    rows = [
        entry(cid, Account.POINTS, "expiry", -lapsing, at, None, None)
        for cid, (lapsing, _have) in _lapsing_by_customer(uow, cutoff).items()
        if lapsing > 0
    ]
    uow.customers.add_ledger_entries(rows)
    total = -sum(r["delta"] for r in rows)
    if rows:
        audit.record(uow, actor, "points_expiry", detail={"customers": len(rows), "points": total})
    uow.commit()
    return total


# -- the ledger ------------------------------------------------------------------------------
@reads
def ledger(
    uow: UnitOfWork, actor: Actor, customer_id: int, account: str | None = None
) -> list[LedgerLine]:
    """A member's ledger, oldest first, with each account's running sum."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    from storecrm.data.schema import users

    c = ledger_entries.c
    query = (
        select(
            ledger_entries,
            sales.c.no.label("sale_no"),
            customer_cards.c.name.label("card_name"),
            users.c.display_name,
        )
        .outerjoin(sales, sales.c.id == c.sale_id)
        .outerjoin(customer_cards, customer_cards.c.id == c.card_id)
        .outerjoin(users, users.c.id == c.user_id)
        .where(c.customer_id == customer_id)
        .order_by(c.id)
    )
    if account is not None:
        query = query.where(c.account == account)
    running: dict[tuple[str, int | None], int] = {}
    lines = []
    for row in uow.connection.execute(query).mappings():
        key = (str(row["account"]), row["card_id"])
        running[key] = running.get(key, 0) + int(row["delta"])
        lines.append(
            LedgerLine(
                entry_id=int(row["id"]),
                at=row["at"],
                account=str(row["account"]),
                kind=str(row["kind"]),
                delta=int(row["delta"]),
                balance_after=running[key],
                note=str(row["note"]),
                sale_no=row["sale_no"],
                card_name=row["card_name"],
                username=str(row["display_name"] or ""),
            )
        )
    return lines


@reads
def check_ledgers(uow: UnitOfWork, actor: Actor | None) -> CheckReport:
    """Re-add every ledger and compare with every cached balance; check each sale adds up.

    Finds: a cached balance, points or sessions count that is not its ledger's sum; a negative
    stored value, points or sessions sum; a sale whose payments do not cover its total; a
    stored-value payment that does not match the ledger entries of its sale; and anything the
    commission ledger's re-adding finds (``services/staff/check.py``), as ``commission:…``.
    """
    if actor is not None:
        audit.require(uow, actor, Permission.VIEW_AUDIT_LOG, "ledger_check")
    conn = uow.connection
    c = ledger_entries.c
    problems: list[LedgerMismatch] = []
    sums = (
        select(
            c.customer_id.label("cid"),
            func.sum(case((c.account == "principal", c.delta), else_=0)).label("principal"),
            func.sum(case((c.account == "bonus", c.delta), else_=0)).label("bonus"),
            func.sum(case((c.account == "points", c.delta), else_=0)).label("points"),
        )
        .where(c.account != "sessions")
        .group_by(c.customer_id)
        .subquery()
    )
    query = select(
        customers.c.id,
        customers.c.balance_fen,
        customers.c.points,
        func.coalesce(sums.c.principal, 0),
        func.coalesce(sums.c.bonus, 0),
        func.coalesce(sums.c.points, 0),
    ).outerjoin(sums, sums.c.cid == customers.c.id)
    n_customers = 0
    for cid, balance, points, principal, bonus, points_sum in conn.execute(query):
        n_customers += 1
        if balance != principal + bonus:
            problems.append(LedgerMismatch(cid, "balance", balance, principal + bonus))
        if points != points_sum:
            problems.append(LedgerMismatch(cid, "points", points, points_sum))
        for account, value in (("principal", principal), ("bonus", bonus), ("points", points_sum)):
            if value < 0:
                problems.append(LedgerMismatch(cid, f"negative:{account}", 0, value))
    card_sums = (
        select(c.card_id.label("card"), func.sum(c.delta).label("n"))
        .where(c.account == "sessions")
        .group_by(c.card_id)
        .subquery()
    )
    for card_id, cid, kind, left, summed in conn.execute(
        select(
            customer_cards.c.id,
            customer_cards.c.customer_id,
            customer_cards.c.kind,
            customer_cards.c.sessions_left,
            func.coalesce(card_sums.c.n, 0),
        ).outerjoin(card_sums, card_sums.c.card == customer_cards.c.id)
    ):
        expected = summed if kind == CardKind.COUNT.value else 0
        if (left or 0) != expected:
            problems.append(LedgerMismatch(cid, f"card:{card_id}", left or 0, expected))
        if summed < 0:
            problems.append(LedgerMismatch(cid, f"negative:sessions:{card_id}", 0, summed))
    # Each sale: lines add up to the total, payments cover it, stored value matches the ledger.
    line_sums = (
        select(sale_lines.c.sale_id.label("sid"), func.sum(sale_lines.c.amount_fen).label("amount"))
        .group_by(sale_lines.c.sale_id)
        .subquery()
    )
    pay_sums = (
        select(
            sale_payments.c.sale_id.label("sid"),
            func.sum(sale_payments.c.amount_fen).label("paid"),
            func.sum(
                case(
                    (sale_payments.c.method == "stored_value", sale_payments.c.amount_fen), else_=0
                )
            ).label("sv"),
        )
        .group_by(sale_payments.c.sale_id)
        .subquery()
    )
    sv_ledger = (
        select(
            c.sale_id.label("sid"),
            func.sum(
                case(
                    (
                        and_(c.account.in_(("principal", "bonus")), c.kind.in_(("sale", "refund"))),
                        c.delta,
                    ),
                    else_=0,
                )
            ).label("sv"),
        )
        .where(c.sale_id.is_not(None))
        .group_by(c.sale_id)
        .subquery()
    )
    n_sales = 0
    original = sales.alias("original")  # a refund of a top-up reverses it: no stored-value payment
    for _sid, no, kind, of_kind, cid, total, amount, paid, sv_paid, sv_moved in conn.execute(
        select(
            sales.c.id,
            sales.c.no,
            sales.c.kind,
            original.c.kind,
            sales.c.customer_id,
            sales.c.total_fen,
            func.coalesce(line_sums.c.amount, 0),
            func.coalesce(pay_sums.c.paid, 0),
            func.coalesce(pay_sums.c.sv, 0),
            func.coalesce(sv_ledger.c.sv, 0),
        )
        .outerjoin(line_sums, line_sums.c.sid == sales.c.id)
        .outerjoin(pay_sums, pay_sums.c.sid == sales.c.id)
        .outerjoin(sv_ledger, sv_ledger.c.sid == sales.c.id)
        .outerjoin(original, original.c.id == sales.c.refund_of_id)
    ):
        n_sales += 1
        if amount != total:
            problems.append(LedgerMismatch(cid or 0, f"sale:{no}:lines", total, amount))
        if paid != total:
            problems.append(LedgerMismatch(cid or 0, f"sale:{no}:payments", total, paid))
        if (
            kind in (SaleKind.SALE.value, SaleKind.REFUND.value)
            and of_kind != SaleKind.TOP_UP.value
            and sv_paid != -sv_moved
        ):
            problems.append(LedgerMismatch(cid or 0, f"sale:{no}:stored_value", sv_paid, -sv_moved))
    from storecrm.services.staff.check import check_commission

    for found in check_commission(uow):
        problems.append(LedgerMismatch(0, f"commission:{found.what}", found.expected, found.found))
    entries = int(conn.execute(select(func.count()).select_from(ledger_entries)).scalar_one())
    report = CheckReport(n_customers, entries, n_sales, tuple(problems))
    if actor is not None:
        audit.record(
            uow,
            actor,
            "ledger_check",
            outcome="ok" if report.ok else "mismatch",
            detail={"mismatches": len(problems)},
        )
        try:
            uow.commit()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            uow.rollback()  # a full store disk: the check's result still stands
            log.warning("disk full: the ledger check could not be noted in the audit log")
    return report


def mask(phone: str | None) -> str | None:
    return mask_phone(phone) if phone else None


__all__ = [
    "balances",
    "check_ledgers",
    "expire_points",
    "get_rules",
    "ledger",
    "list_tiers",
    "member_summary",
    "redeem_gift",
    "save_tier",
    "set_member_tier",
    "set_rules",
    "top_up",
    "withdraw",
]
