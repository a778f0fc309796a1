"""Sales at the till: price and check a sale, record it, refund it (never delete), list sales and
sum up a shift.

A sale writes, in one transaction: the sale, its lines and payments (append-only), the ledger
entries for stored value, points and sessions it moved, the member's visit summary, and a tier
upgrade when a rule is met. A refund is a new sale that points at the original and gives back
what was spent, in the proportions it was spent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Literal

from storecrm.data.rows import CardRow, NewLedgerEntry, SaleDetail, SaleLineRow, SaleVisit
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.commission import LineFacts, LineStaff, session_value
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.membership import (
    PERMILLE,
    Account,
    CardKind,
    InsufficientBalance,
    LineKind,
    PaymentMethod,
    Remaining,
    SaleKind,
    Split,
    points_earned,
    points_for_amount,
    price_line,
    refund_shares,
    share,
    spend_stored_value,
    tier_after,
)
from storecrm.domain.order_adjust import Adjusted, refund_part
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, till_pricing
from storecrm.services.dto import (
    CardBalance,
    LineDraft,
    MemberBalances,
    PaymentInfo,
    PaymentReference,
    QuotedLine,
    RefundQuote,
    SaleDraft,
    SaleInfo,
    SaleLineInfo,
    SaleQuote,
    SaleRow,
    ShiftSummary,
    StaffTotal,
)
from storecrm.services.membership import (
    active_tiers,
    balances,
    balances_at,
    entry,
    load_rules,
    mask,
    member_tier,
    needs_approval,
    new_sale_row,
    require_approval,
    upgrade_tier,
)
from storecrm.services.parked import parked_infos
from storecrm.services.promotions import gifts as top_up_gifts
from storecrm.services.promotions import till as promotions_till
from storecrm.services.promotions.dto import SavingInfo
from storecrm.services.staff import posting, serving
from storecrm.services.staff.dto import LineStaffInfo

MAX_LINES = 200
_METHODS = {m.value for m in PaymentMethod}


@dataclass(frozen=True, slots=True)
class SaleFilter:
    start: datetime | None = None
    end: datetime | None = None
    staff_id: int | None = None
    method: str | None = None
    customer_id: int | None = None
    kind: str | None = None


@dataclass
class _Priced:
    """A quote plus what recording it needs (rows of the catalogue and cards)."""

    quote: SaleQuote
    customer: Mapping[str, Any] | None
    plans: dict[int, Mapping[str, Any]]
    sv_split: Split
    points_used: int
    cash_kept: int
    adjusted: Adjusted | None = None  # the whole-order discount and rounding


# -- pricing -----------------------------------------------------------------------------------
def _price(uow: UnitOfWork, actor: Actor, draft: SaleDraft, today: date) -> _Priced:
    problems: list[ValidationError] = []
    customer = None
    tier = None
    before: MemberBalances | None = None
    if draft.customer_id is not None:
        customer = uow.customers.get(draft.customer_id)
        if customer["archived_at"] is not None:
            problems.append(ValidationError("customer", "archived"))
        tier = member_tier(uow, customer)
        before = balances(uow, draft.customer_id, today)
    discount = PERMILLE if tier is None else tier.discount_permille
    rules = load_rules(uow)
    cards = {c.card_id: c for c in (before.cards if before else ())}
    sessions_wanted: dict[int, int] = {}
    plans: dict[int, Mapping[str, Any]] = {}
    lines: list[QuotedLine] = []
    if not draft.lines:
        problems.append(ValidationError("lines", "required"))
    if len(draft.lines) > MAX_LINES:
        problems.append(ValidationError("lines", "too_many", max=MAX_LINES))
    for line in draft.lines[:MAX_LINES]:
        try:
            lines.append(
                _price_line(
                    uow, actor, line, discount, customer, cards, sessions_wanted, plans, today
                )
            )
        except (ValidationError, NotFound) as exc:
            problems.append(
                exc if isinstance(exc, ValidationError) else ValidationError("line", "not_found")
            )
    # Promotions and coupons: the best allowed combination with the tier discount, each saving
    # within its lines' discount and amount (services/promotions/till).
    offers = promotions_till.apply_offers(
        uow,
        lines,
        customer_id=draft.customer_id,
        tier_id=None if tier is None else tier.tier_id,
        tier_permille=discount,
        codes=draft.coupon_codes[: promotions_till.MAX_CODES],
        moment=clock.now(),
    )
    lines = list(offers.lines)
    # The whole-order discount and rounding come off the lines as priced (services/till_pricing).
    shared = till_pricing.adjust_lines(uow, actor, draft.adjust, lines)
    lines = list(shared.lines)
    problems.extend(shared.problems)
    list_fen = sum(x.list_fen for x in lines)
    total = shared.adjusted.total_fen
    # Payments.
    by_method: dict[str, int] = {}
    for payment in draft.payments:
        if payment.method not in _METHODS:
            problems.append(ValidationError("method", "invalid"))
            continue
        if payment.amount_fen <= 0:
            problems.append(ValidationError("payment", "range", low=1, high=total))
            continue
        by_method[payment.method] = by_method.get(payment.method, 0) + payment.amount_fen
    paid = sum(by_method.values())
    cash = by_method.get(PaymentMethod.CASH.value, 0)
    non_cash = paid - cash
    change = max(0, paid - total)
    if non_cash > total:
        problems.append(ValidationError("payments", "overpaid", amount=non_cash - total))
        change = 0
    due = max(0, total - paid)
    if due:
        problems.append(ValidationError("payments", "short", amount=due))
    sv = by_method.get(PaymentMethod.STORED_VALUE.value, 0)
    pts_amount = by_method.get(PaymentMethod.POINTS.value, 0)
    split = Split(0, 0)
    points_used = 0
    if (sv or pts_amount) and before is None:
        problems.append(ValidationError("payments", "needs_member"))
    elif before is not None:
        if sv:
            try:
                split = spend_stored_value(sv, before.principal_fen, before.bonus_fen)
            except ValidationError as exc:
                problems.append(exc)
        if pts_amount:
            try:
                points_used = points_for_amount(pts_amount, rules)
                if points_used > before.points:
                    raise InsufficientBalance("points", before.points, points_used)
            except ValidationError as exc:
                problems.append(exc)
    earned = 0
    if customer is not None:
        earned = points_earned(
            total - pts_amount, rules, PERMILLE if tier is None else tier.points_permille
        )
    after = None
    if before is not None:
        new_cards = [
            CardBalance(
                card_id=0,
                name=str(plans[x.plan_id]["name"]),
                kind=str(plans[x.plan_id]["kind"]),
                item_id=plans[x.plan_id]["item_id"],
                sessions_total=plans[x.plan_id]["sessions"],
                sessions_left=plans[x.plan_id]["sessions"],
                expires_on=_expiry(plans[x.plan_id], today),
                status="active",
            )
            for x in lines
            if x.kind == LineKind.CARD.value and x.plan_id in plans
            for _ in range(x.qty)
        ]
        after = MemberBalances(
            principal_fen=before.principal_fen - split.principal_fen,
            bonus_fen=before.bonus_fen - split.bonus_fen,
            points=before.points - points_used + earned,
            cards=tuple(
                replace(c, sessions_left=c.sessions_left - sessions_wanted.get(c.card_id, 0))
                if c.sessions_left is not None
                else c
                for c in before.cards
            )
            + tuple(new_cards),
        )
    quote = SaleQuote(
        lines=tuple(lines),
        list_fen=list_fen,
        discount_fen=list_fen - total,
        total_fen=total,
        paid_fen=paid,
        due_fen=due,
        change_fen=change if not due else 0,
        points_earned=earned,
        points_used=points_used,
        tier_name="" if tier is None else tier.name,
        discount_permille=discount,
        before=before,
        after=after,
        problems=tuple(problems),
        order_discount_fen=shared.adjusted.discount_fen,
        rounding_fen=shared.adjusted.rounding_fen,
        order_discount_permille=shared.adjusted.shown_permille,
        needs_approval=shared.needs_approval,
        savings=offers.savings,
        coupon_refusals=offers.refused,
        gift_hints=offers.gift_hints,
        tier_applied=offers.tier_applied,
    )
    priced = _Priced(quote, customer, plans, split, points_used, cash - (change if not due else 0))
    priced.adjusted = shared.adjusted
    return priced


def _user_active(uow: UnitOfWork, user_id: int) -> bool:
    """Whether the account is active (kept per open store); NotFound if unknown."""
    return uow.cached(("user_active", user_id), lambda: bool(uow.users.get(user_id)["active"]))


def catalogue_item(uow: UnitOfWork, item_id: int) -> Mapping[str, Any]:
    """A catalogue item as the till prices it (kept per open store, read-only)."""
    return uow.cached(
        ("catalogue_item", item_id), lambda: MappingProxyType(uow.catalogue.item(item_id))
    )


def _expiry(plan: Mapping[str, Any], today: date) -> date | None:
    days = plan["valid_days"]
    return None if days is None else today + timedelta(days=int(days))


def _price_line(
    uow: UnitOfWork,
    actor: Actor,
    line: LineDraft,
    discount: int,
    customer: Mapping[str, Any] | None,
    cards: Mapping[int, CardBalance],
    sessions_wanted: dict[int, int],
    plans: dict[int, Mapping[str, Any]],
    today: date,
) -> QuotedLine:
    kind = line.kind
    if not 1 <= line.qty <= 9999:
        raise ValidationError("qty", "range", low=1, high=9999)
    if kind == LineKind.ITEM.value:
        if line.item_id is None:
            raise ValidationError("item", "required")
        item = catalogue_item(uow, line.item_id)
        if not item["active"]:
            raise ValidationError("item", "inactive")
        unit = int(item["price_fen"])
        if line.unit_fen is not None and line.unit_fen != unit:
            if not actor.can(Permission.MANAGE_CATALOGUE):
                raise ValidationError("price", "price_locked")
            unit = line.unit_fen
        priced = price_line(unit, line.qty, discount, bool(item["discountable"]))
        return QuotedLine(
            kind, str(item["name"]), line.qty, unit, priced.list_fen, priced.discount_fen,
            priced.amount_fen, line.item_id, None, None,
        )  # fmt: skip
    if kind == LineKind.AMOUNT.value:
        if line.unit_fen is None or line.unit_fen <= 0:
            raise ValidationError("amount", "range", low=1, high=10_000_000_00)
        priced = price_line(line.unit_fen, line.qty, discount, True)
        return QuotedLine(
            kind, line.description.strip()[:120], line.qty, line.unit_fen, priced.list_fen,
            priced.discount_fen, priced.amount_fen, None, None, None,
        )  # fmt: skip
    if kind == LineKind.CARD.value:
        if customer is None:
            raise ValidationError("card", "needs_member")
        if line.plan_id is None:
            raise ValidationError("card", "required")
        plan = uow.catalogue.plan(line.plan_id)
        if not plan["active"]:
            raise ValidationError("card", "inactive")
        plans[line.plan_id] = plan
        unit = int(plan["price_fen"])
        priced = price_line(unit, line.qty, PERMILLE, False)
        return QuotedLine(
            kind, str(plan["name"]), line.qty, unit, priced.list_fen, 0, priced.amount_fen,
            None, None, line.plan_id,
        )  # fmt: skip
    if kind == LineKind.SESSION.value:
        if customer is None:
            raise ValidationError("card", "needs_member")
        card = cards.get(line.card_id or -1)
        if card is None:
            raise ValidationError("card", "not_found")
        if not card.usable:
            raise ValidationError("card", "card_unusable", status=card.status)
        item_id = line.item_id if line.item_id is not None else card.item_id
        if card.item_id is not None and item_id != card.item_id:
            raise ValidationError("card", "wrong_service")
        if card.kind == CardKind.COUNT.value:
            wanted = sessions_wanted.get(card.card_id, 0) + line.qty
            if wanted > (card.sessions_left or 0):
                raise InsufficientBalance("sessions", card.sessions_left or 0, wanted)
            sessions_wanted[card.card_id] = wanted
        unit = 0
        name = card.name
        if item_id is not None:
            item = catalogue_item(uow, item_id)
            unit, name = int(item["price_fen"]), f"{item['name']} · {card.name}"
        return QuotedLine(kind, name, line.qty, unit, 0, 0, 0, item_id, card.card_id, None)
    raise ValidationError("line", "invalid")


@reads
def quote_sale(uow: UnitOfWork, actor: Actor, draft: SaleDraft) -> SaleQuote:
    """Price and check a sale without recording it (the till shows this live)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale")
    quote = _price(uow, actor, draft, clock.now().date()).quote
    try:  # who served is checked too, so the till shows a line's staff problem before Ctrl+Enter
        served_by = serving.default_served_by(uow, actor, draft.served_by, draft.staff_id)
        serving.resolve(uow, [x.staff for x in draft.lines], served_by, draft.requested)
    except ValidationError as exc:
        quote = replace(quote, problems=(*quote.problems, exc))
    return quote


def record_sale(
    uow: UnitOfWork, actor: Actor, draft: SaleDraft, approved_by: Actor | None = None
) -> SaleInfo:
    """Record a sale; raises the first problem the quote found. A whole-order discount or
    rounding above the actor's limit needs ``approved_by``: a manager (or the owner) whose
    own limit covers it."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale")
    at = clock.now()
    priced = _price(uow, actor, draft, at.date())
    quote = priced.quote
    if quote.problems:
        raise quote.problems[0]
    assert priced.adjusted is not None
    approver = None
    if quote.order_discount_fen or quote.rounding_fen:
        approver = till_pricing.require_approval(uow, actor, priced.adjusted, approved_by)
    if draft.staff_id is not None and not _user_active(uow, draft.staff_id):
        raise ValidationError("staff", "inactive")
    served_by = serving.default_served_by(uow, actor, draft.served_by, draft.staff_id)
    line_staff = serving.resolve(uow, [x.staff for x in draft.lines], served_by, draft.requested)
    customer_id = draft.customer_id
    sale_row = new_sale_row(
        uow,
        actor,
        SaleKind.SALE,
        at,
        customer_id,
        staff_id=draft.staff_id,
        tier_name=quote.tier_name,
        list_fen=quote.list_fen,
        discount_fen=quote.discount_fen,
        total_fen=quote.total_fen,
        points_earned=quote.points_earned,
        note=draft.note.strip()[:500],
        approved_by=approver,
    ) | {"order_discount_fen": quote.order_discount_fen, "rounding_fen": quote.rounding_fen}
    if draft.served_by is not None:  # the account of the staff member named, if they have one
        named = draft.served_by
        sale_row["staff_id"] = uow.cached(
            ("staff_user", named), lambda: uow.staff.get(named)["user_id"]
        )
    sale_id = uow.sales.insert_sale(sale_row)
    ledger: list[NewLedgerEntry] = []
    uid = actor.user_id
    line_rows: list[dict[str, Any]] = []
    line_facts: list[tuple[LineFacts, int | None, tuple[LineStaff, ...]]] = []
    sessions_used: dict[int, int] = {}
    # Each line as recorded: what was really paid for it (its share of the whole-order
    # discount and rounding taken off), so refunds give back exactly that, and commission is
    # paid on it.
    recorded = map(till_pricing.recorded_line, quote.lines)
    # Each quoted line's first recorded row (a card line has one row per card).
    first_row: list[int] = []
    for line, staff_of_line in zip(recorded, line_staff, strict=True):
        first_row.append(len(line_rows))
        row = {
            "kind": line.kind,
            "item_id": line.item_id,
            "card_id": line.card_id,
            "description": line.description,
            "qty": line.qty,
            "unit_fen": line.unit_fen,
            "list_fen": line.list_fen,
            "discount_fen": line.discount_fen,
            "amount_fen": line.amount_fen,
            "order_discount_fen": line.order_discount_fen,
            "rounding_fen": line.rounding_fen,
        }
        if line.kind == LineKind.CARD.value:
            # One line per card bought, so each card can be refunded on its own.
            assert customer_id is not None and line.plan_id is not None
            plan = priced.plans[line.plan_id]
            for _ in range(line.qty):
                card_id = uow.sales.insert_card(
                    {
                        "customer_id": customer_id,
                        "plan_id": line.plan_id,
                        "name": str(plan["name"]),
                        "kind": str(plan["kind"]),
                        "item_id": plan["item_id"],
                        "sessions_total": plan["sessions"],
                        "sessions_left": 0 if plan["kind"] == CardKind.COUNT.value else None,
                        "price_fen": int(plan["price_fen"]),
                        "bought_at": at,
                        "expires_on": _expiry(plan, at.date()),
                        "sale_id": sale_id,
                    }
                )
                if plan["kind"] == CardKind.COUNT.value:
                    ledger.append(
                        entry(customer_id, Account.SESSIONS, "card", int(plan["sessions"]), at,
                              uid, sale_id, card_id)
                    )  # fmt: skip
                line_rows.append(
                    row
                    | {
                        "card_id": card_id,
                        "qty": 1,
                        "list_fen": line.unit_fen,
                        "discount_fen": 0,
                        "amount_fen": line.unit_fen,
                    }
                )
                facts = LineFacts(line.kind, 1, line.unit_fen, line.unit_fen)
                line_facts.append((facts, None, staff_of_line))
            continue
        facts = LineFacts(line.kind, line.qty, line.list_fen, line.amount_fen)
        if line.kind == LineKind.SESSION.value and line.card_id is not None:
            assert customer_id is not None
            card = uow.sales.card(line.card_id)
            value = line.unit_fen * line.qty  # a period card's use: the service's price
            if card["kind"] == CardKind.COUNT.value:
                ledger.append(
                    entry(customer_id, Account.SESSIONS, "use", -line.qty, at, uid, sale_id,
                          line.card_id)
                )  # fmt: skip
                used = sessions_used.get(line.card_id, 0)
                value = session_value(
                    int(card["price_fen"]), int(card["sessions_total"] or 0),
                    int(card["sessions_left"] or 0) - used, line.qty,
                )  # fmt: skip
                sessions_used[line.card_id] = used + line.qty
            facts = LineFacts(line.kind, line.qty, line.unit_fen * line.qty, 0, value)
        line_rows.append(row)
        line_facts.append((facts, line.item_id, staff_of_line))
    payments = []
    totals: dict[str, int] = {}
    references: dict[str, list[str]] = {}
    for payment in draft.payments:
        totals[payment.method] = totals.get(payment.method, 0) + payment.amount_fen
        reference = clean_reference(payment.reference)
        if reference and reference not in references.setdefault(payment.method, []):
            references[payment.method].append(reference)
    if PaymentMethod.CASH.value in totals:
        totals[PaymentMethod.CASH.value] = priced.cash_kept
    for method in sorted(totals):
        amount = totals[method]
        if amount <= 0:
            continue
        points = priced.points_used if method == PaymentMethod.POINTS.value else 0
        reference = " ".join(references.get(method, ()))[:REFERENCE_MAX]
        payments.append(
            {"method": method, "amount_fen": amount, "points": points, "reference": reference}
        )
    line_ids = uow.sales.insert_lines_and_payments(sale_id, line_rows, payments)
    if quote.savings:
        promotions_till.record_offers(
            uow, actor, sale_id, str(uow.sales.sale(sale_id)["no"]),
            [line_ids[i] for i in first_row], quote.savings, at,
        )  # fmt: skip
    posting.post_one_sale(
        uow,
        sale_id,
        at,
        [
            posting.LineInput(line_id, facts, item_id, staff)
            for line_id, (facts, item_id, staff) in zip(line_ids, line_facts, strict=True)
        ],
        {method: totals[method] for method in totals if totals[method] > 0},
        priced.sv_split.bonus_fen,
    )
    if customer_id is not None:
        split = priced.sv_split
        if split.principal_fen:
            ledger.append(
                entry(
                    customer_id, Account.PRINCIPAL, "sale", -split.principal_fen, at, uid, sale_id
                )
            )
        if split.bonus_fen:
            ledger.append(
                entry(customer_id, Account.BONUS, "sale", -split.bonus_fen, at, uid, sale_id)
            )
        if priced.points_used:
            ledger.append(
                entry(customer_id, Account.POINTS, "redeem", -priced.points_used, at, uid, sale_id)
            )
        if quote.points_earned:
            ledger.append(
                entry(customer_id, Account.POINTS, "earn", quote.points_earned, at, uid, sale_id)
            )
        uow.customers.add_ledger_entries(ledger, visit=SaleVisit(customer_id, at, quote.total_fen))
        # The member as read for the quote, in this write unit, with this sale's spend added.
        assert priced.customer is not None
        standing = (
            priced.customer["tier_id"],
            int(priced.customer["total_spend_fen"]) + quote.total_fen,
        )
        upgrade_tier(uow, customer_id, uid, at, standing=standing)
    # A price typed over the catalogue's (owner or manager only) is audited.
    overrides = [
        {
            "item_id": line.item_id,
            "catalogue_fen": int(item["price_fen"]),
            "charged_fen": line.unit_fen,
        }
        for line in draft.lines
        if line.kind == LineKind.ITEM.value
        and line.item_id is not None
        and line.unit_fen is not None
        for item in (catalogue_item(uow, line.item_id),)
        if int(item["price_fen"]) != line.unit_fen
    ]
    if overrides:
        number = str(uow.sales.sale(sale_id)["no"])
        audit.record(
            uow, actor, "price_override", target=f"sale:{number}", detail={"lines": overrides}
        )
    if quote.order_discount_fen or quote.rounding_fen:
        audit.record(
            uow,
            actor,
            "order_discount",
            target=f"sale:{uow.sales.sale(sale_id)['no']}",
            detail=till_pricing.describe(draft.adjust)
            | {
                "discount_fen": quote.order_discount_fen,
                "rounding_fen": quote.rounding_fen,
                "approved_by": approver,
            },
        )
    staffed = any(staff for _, _, staff in line_facts)
    info = _recorded(
        uow, priced, sale_id, sale_row, line_rows, line_ids, payments, ledger, staffed=staffed
    )
    uow.commit()
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    return info


def _recorded(
    uow: UnitOfWork,
    priced: _Priced,
    sale_id: int,
    sale_row: Mapping[str, Any],
    line_rows: Sequence[Mapping[str, Any]],
    line_ids: Sequence[int],
    payments: Sequence[Mapping[str, Any]],
    ledger: Sequence[NewLedgerEntry],
    *,
    staffed: bool,
) -> SaleInfo:
    """What ``record_sale`` returns for the receipt: the SaleInfo ``get_sale`` reads of it,
    made from what the sale has just written, in its transaction (issue 23: it was read back
    after the commit, eight statements). A sale just recorded has no refunds yet."""
    names = uow.cached(("user_names",), uow.users.display_names)
    customer_id = sale_row["customer_id"]
    customer = priced.customer if customer_id is not None else None
    row = dict(sale_row) | {
        "customer_name": None if customer is None else customer["name"],
        "customer_phone": None if customer is None else customer["phone"],
        "staff_name": names.get(sale_row["staff_id"]),
        "cashier_name": names.get(sale_row["cashier_id"]),
        "approved_by_name": names.get(sale_row["approved_by"]),
        "refund_of_no": None,
    }
    lines = [
        dict(line) | {"id": line_id, "line_no": number}
        for number, (line, line_id) in enumerate(zip(line_rows, line_ids, strict=True), start=1)
    ]
    quote = priced.quote
    before = quote.before
    after: MemberBalances | None = None
    moved: dict[str, int] = {}
    if (
        customer_id is not None
        and before is not None
        and ledger
        and not before.cards
        and not quote.savings
        and all(x["kind"] not in _CARD_KINDS for x in line_rows)
    ):
        # The member's balances as they stood before the sale (read in this transaction)
        # plus its entries, the newest: the ledger summed through them, as get_sale sums it.
        # The member has no cards and bought none.
        for e in ledger:
            moved[e["account"]] = moved.get(e["account"], 0) + int(e["delta"])
        after = MemberBalances(
            principal_fen=before.principal_fen + moved.get(Account.PRINCIPAL.value, 0),
            bonus_fen=before.bonus_fen + moved.get(Account.BONUS.value, 0),
            points=before.points + moved.get(Account.POINTS.value, 0),
            cards=(),
        )
    elif customer_id is not None:  # cards moved, or nothing: as get_sale reads it
        entries = uow.sales.ledger_of_sale(sale_id)
        moved = {a: sum(int(e["delta"]) for e in entries if e["account"] == a) for a in _SV}
        last = max((int(e["id"]) for e in entries), default=None)
        after = balances_at(uow, int(customer_id), sale_row["at"], last)
    return _info(
        sale_id,
        row,
        lines,
        payments,
        (),
        {},
        balances_after=after,
        moved=moved,
        # A sale whose lines name no staff posted none (services/staff/posting): none to read.
        line_staff=tuple(_line_staff(uow, list(line_ids))) if staffed else (),
        savings=promotions_till.sale_savings(uow, sale_id, line_ids) if quote.savings else (),
    )


_CARD_KINDS = (LineKind.CARD.value, LineKind.SESSION.value)


REFERENCE_MAX = 40


def clean_reference(text: str) -> str:
    """A payment reference as kept: what a scanner or the cashier typed, without spaces or
    anything but letters, digits and '-' (a payment screen's number may be shown in groups)."""
    kept = "".join(c for c in text if c.isascii() and (c.isalnum() or c == "-"))
    return kept[:REFERENCE_MAX]


# -- reading a sale ----------------------------------------------------------------------------
def _payment(row: Mapping[str, Any]) -> PaymentInfo:
    return PaymentInfo(
        str(row["method"]), int(row["amount_fen"]), int(row["points"]), str(row["reference"])
    )


@reads
def get_sale(uow: UnitOfWork, actor: Actor, sale_id: int) -> SaleInfo:
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    return _sale_info(uow, sale_id, uow.sales.refunds_of(sale_id))


def _sale_info(uow: UnitOfWork, sale_id: int, refunds: Sequence[Mapping[str, Any]]) -> SaleInfo:
    """The sale as its view and receipt show it, with the refunds made of it."""
    row = uow.sales.sale(sale_id)
    lines = uow.sales.lines(sale_id)
    refunded_lines = uow.sales.lines_of_sales([int(r["id"]) for r in refunds])
    refunded_qty: dict[int, int] = {}
    for line in refunded_lines:
        if line["refund_of_line_id"] is not None:
            key = int(line["refund_of_line_id"])
            refunded_qty[key] = refunded_qty.get(key, 0) - int(line["qty"])
    moved = uow.sales.ledger_of_sale(sale_id)
    customer_id = row["customer_id"]
    line_ids = [int(x["id"]) for x in lines]
    return _info(
        sale_id,
        row,
        lines,
        uow.sales.payments(sale_id),
        refunds,
        refunded_qty,
        balances_after=None
        if customer_id is None
        else balances_at(
            uow, int(customer_id), row["at"], max((int(e["id"]) for e in moved), default=None)
        ),
        moved={a: sum(int(e["delta"]) for e in moved if e["account"] == a) for a in _SV},
        line_staff=tuple(_line_staff(uow, line_ids)),
        savings=promotions_till.sale_savings(uow, sale_id, line_ids),
    )


_SV = (Account.PRINCIPAL.value, Account.BONUS.value)


def _info(
    sale_id: int,
    row: Mapping[str, Any],
    lines: Sequence[Mapping[str, Any]],
    payments: Sequence[Mapping[str, Any]],
    refunds: Sequence[Mapping[str, Any]],
    refunded_qty: Mapping[int, int],
    *,
    balances_after: MemberBalances | None,
    moved: Mapping[str, int],
    line_staff: tuple[LineStaffInfo, ...],
    savings: tuple[SavingInfo, ...],
) -> SaleInfo:
    """A SaleInfo from a sale's row (with the names the view joins), lines and payments."""
    refundable = 0
    if row["kind"] in (SaleKind.SALE.value, SaleKind.TOP_UP.value):
        refundable = int(row["total_fen"]) + sum(int(r["total_fen"]) for r in refunds)
    return SaleInfo(
        sale_id=sale_id,
        no=str(row["no"]),
        kind=str(row["kind"]),
        at=row["at"],
        customer_id=row["customer_id"],
        customer_name=row["customer_name"],
        customer_phone=mask(row["customer_phone"]),
        staff_name=row["staff_name"],
        cashier_name=str(row["cashier_name"] or ""),
        approved_by_name=row["approved_by_name"],
        refund_of_id=row["refund_of_id"],
        refund_of_no=row["refund_of_no"],
        tier_name=str(row["tier_name"]),
        lines=tuple(
            SaleLineInfo(
                line_id=int(x["id"]),
                line_no=int(x["line_no"]),
                kind=str(x["kind"]),
                description=str(x["description"]),
                qty=int(x["qty"]),
                unit_fen=int(x["unit_fen"]),
                list_fen=int(x["list_fen"]),
                discount_fen=int(x["discount_fen"]),
                amount_fen=int(x["amount_fen"]),
                item_id=x["item_id"],
                card_id=x["card_id"],
                refunded_qty=refunded_qty.get(int(x["id"]), 0),
                order_discount_fen=int(x["order_discount_fen"]),
                rounding_fen=int(x["rounding_fen"]),
            )
            for x in lines
        ),
        payments=tuple(_payment(p) for p in payments),
        list_fen=int(row["list_fen"]),
        discount_fen=int(row["discount_fen"]),
        total_fen=int(row["total_fen"]),
        points_earned=int(row["points_earned"]),
        note=str(row["note"]),
        refunds=tuple(str(r["no"]) for r in refunds),
        refundable_fen=refundable,
        balances_after=balances_after,
        sv_principal_fen=moved.get(Account.PRINCIPAL.value, 0),
        sv_bonus_fen=moved.get(Account.BONUS.value, 0),
        line_staff=line_staff,
        order_discount_fen=int(row["order_discount_fen"]),
        rounding_fen=int(row["rounding_fen"]),
        savings=savings,
    )


@reads
def line_staff_of_sale(uow: UnitOfWork, actor: Actor, sale_id: int) -> list[LineStaffInfo]:
    """Who served each line of a sale (主做/助理, 指定), in line order."""
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    return _line_staff(uow, [int(x["id"]) for x in uow.sales.lines(sale_id)])


def _line_staff(uow: UnitOfWork, line_ids: list[int]) -> list[LineStaffInfo]:
    order = {line_id: n for n, line_id in enumerate(line_ids)}
    rows = sorted(
        uow.staff.line_staff_of_lines(line_ids), key=lambda r: (order[int(r["line_id"])], r["id"])
    )
    return [
        LineStaffInfo(
            int(r["line_id"]), int(r["staff_id"]), str(r["staff_name"]), str(r["role"]),
            bool(r["requested"]),
        )
        for r in rows
    ]  # fmt: skip


# -- refunds -----------------------------------------------------------------------------------
@dataclass
class _RefundPlan:
    sale: SaleDetail
    lines: list[SaleLineRow]
    qty: dict[int, int]
    line_list: dict[int, int]
    shares: Any
    sessions: dict[int, int]  # card id → sessions to give back
    cards_cancelled: list[CardRow]
    quote: RefundQuote
    left_qty: dict[int, int]  # line id → quantity not refunded before this refund
    # line id → the refund's part of its whole-order discount and rounding (positive as given)
    line_adjust: dict[int, tuple[int, int]] = field(default_factory=dict)


def _plan_refund(
    uow: UnitOfWork, actor: Actor, sale_id: int, qty: Mapping[int, int] | None
) -> _RefundPlan:
    sale = uow.sales.sale(sale_id)
    if sale["kind"] not in (SaleKind.SALE.value, SaleKind.TOP_UP.value):
        raise ValidationError("sale", "not_refundable")
    lines = uow.sales.lines(sale_id)
    refunds = uow.sales.refunds_of(sale_id)
    refund_ids = [int(r["id"]) for r in refunds]
    left_qty = {int(x["id"]): int(x["qty"]) for x in lines}
    left_amount = {int(x["id"]): int(x["amount_fen"]) for x in lines}
    left_list = {int(x["id"]): int(x["list_fen"]) for x in lines}
    left_adjust = {
        int(x["id"]): [int(x["order_discount_fen"]), int(x["rounding_fen"])] for x in lines
    }
    for line in uow.sales.lines_of_sales(refund_ids):
        key = line["refund_of_line_id"]
        if key is not None:
            left_qty[int(key)] += int(line["qty"])
            left_amount[int(key)] += int(line["amount_fen"])
            left_list[int(key)] += int(line["list_fen"])
            left_adjust[int(key)][0] += int(line["order_discount_fen"])
            left_adjust[int(key)][1] += int(line["rounding_fen"])
    payments: dict[str, int] = {}
    points_paid = 0
    for p in uow.sales.payments_of_sales([sale_id, *refund_ids]):
        payments[str(p["method"])] = payments.get(str(p["method"]), 0) + int(p["amount_fen"])
        if p["method"] == PaymentMethod.POINTS.value:
            points_paid += int(p["points"])
    principal = bonus = 0
    for e in uow.sales.ledger_of_sales([sale_id, *refund_ids]):
        if e["kind"] in ("sale", "refund"):
            if e["account"] == Account.PRINCIPAL.value:
                principal -= int(e["delta"])
            elif e["account"] == Account.BONUS.value:
                bonus -= int(e["delta"])
    earned_left = int(sale["points_earned"]) + sum(int(r["points_earned"]) for r in refunds)
    remaining = Remaining(
        line_qty=left_qty,
        line_amount=left_amount,
        payments={m: a for m, a in payments.items() if a > 0},
        points_paid=points_paid,
        points_earned=earned_left,
        stored_value=Split(max(principal, 0), max(bonus, 0)),
    )
    wanted = {k: v for k, v in left_qty.items() if v > 0} if qty is None else dict(qty)
    wanted = {k: v for k, v in wanted.items() if v}
    if not wanted:
        raise ValidationError("refund", "nothing_left")
    by_id = {int(x["id"]): x for x in lines}
    for line_id in wanted:
        if line_id not in by_id:
            raise ValidationError("line", "not_found")
    shares = refund_shares(remaining, wanted)
    sessions: dict[int, int] = {}
    cancelled: list[CardRow] = []
    today = clock.now().date()
    for line_id, count in wanted.items():
        line = by_id[line_id]
        if line["kind"] == LineKind.SESSION.value and line["card_id"] is not None:
            card = uow.sales.card(int(line["card_id"]))
            if card["kind"] == CardKind.COUNT.value and card["status"] != "refunded":
                sessions[int(card["id"])] = sessions.get(int(card["id"]), 0) + count
        elif line["kind"] == LineKind.CARD.value and line["card_id"] is not None:
            card = uow.sales.card(int(line["card_id"]))
            used = (
                int(card["sessions_left"] or 0) < int(card["sessions_total"] or 0)
                if card["kind"] == CardKind.COUNT.value
                else _period_card_used(uow, int(card["id"]))
            )
            if used or card["status"] == "refunded":
                raise ValidationError("card", "card_used", name=str(card["name"]))
            cancelled.append(card)
        elif line["kind"] == LineKind.TOP_UP.value:
            member = sale["customer_id"]
            assert member is not None  # a top-up is always a member's
            have = balances(uow, member, today)
            moved = uow.sales.ledger_of_sale(sale_id)
            p_in = sum(int(e["delta"]) for e in moved if e["account"] == "principal")
            b_in = sum(int(e["delta"]) for e in moved if e["account"] == "bonus")
            if have.principal_fen < p_in or have.bonus_fen < b_in:
                raise InsufficientBalance("stored_value", have.balance_fen, p_in + b_in)
    line_list = {i: share(c, left_qty[i], left_list[i]) for i, c in wanted.items()}
    line_adjust = {
        i: (
            refund_part(c, left_qty[i], left_adjust[i][0]),
            refund_part(c, left_qty[i], left_adjust[i][1]),
        )
        for i, c in wanted.items()
    }
    quote = RefundQuote(
        sale_id=sale_id,
        lines=tuple((i, c, shares.line_amounts[i]) for i, c in wanted.items()),
        total_fen=shares.total_fen,
        payments=tuple(PaymentInfo(m, a, 0) for m, a in sorted(shares.payments.items())),
        points_returned=shares.points_returned,
        points_reversed=shares.points_reversed,
        sv_principal_fen=shares.stored_value.principal_fen,
        sv_bonus_fen=shares.stored_value.bonus_fen,
        sessions_returned=sum(sessions.values()),
        needs_approval=needs_approval(
            uow, actor, shares.total_fen - sum(int(r["total_fen"]) for r in refunds)
        ),
    )
    return _RefundPlan(
        sale, lines, wanted, line_list, shares, sessions, cancelled, quote, left_qty, line_adjust
    )


def undo_top_up_upgrade(
    uow: UnitOfWork, customer_id: int, top_up: Mapping[str, Any], user_id: int, at: datetime
) -> None:
    """A tier earned by a single top-up goes when that top-up is refunded: the member gets the
    tier their spending and their other (unrefunded) top-ups earn. Only an upgrade the top-up
    made itself is undone (the tier event at its moment); a tier set by hand stays."""
    row = uow.customers.get(customer_id)
    if row["tier_id"] is None:
        return
    current = member_tier(uow, row)
    made_it = (
        current is not None
        and current.upgrade_top_up_fen is not None
        and int(top_up["total_fen"]) >= current.upgrade_top_up_fen
        and any(
            e["kind"] == "tier" and e["at"] == top_up["at"]
            for e in uow.customers.events(customer_id)
        )
    )
    if not made_it:
        return
    kept = [
        int(t["total_fen"])
        for t in uow.sales.top_ups_not_refunded(customer_id)
        if int(t["id"]) != int(top_up["id"])
    ]
    tiers = active_tiers(uow)
    best = None
    for amount in [0, *kept]:
        candidate = tier_after(best, tiers, int(row["total_spend_fen"]), amount)
        best = candidate or best
    if current is not None and (best is None or best.rank < current.rank):
        uow.sales.set_tier(customer_id, None if best is None else best.tier_id)
        uow.customers.add_event(customer_id, "tier", "" if best is None else best.name, user_id, at)


def _period_card_used(uow: UnitOfWork, card_id: int) -> bool:
    from sqlalchemy import func, select

    from storecrm.data.schema import sale_lines

    # Uses net of refunded uses: a use that was refunded does not count.
    n = uow.connection.execute(
        select(func.coalesce(func.sum(sale_lines.c.qty), 0)).where(
            sale_lines.c.card_id == card_id, sale_lines.c.kind == LineKind.SESSION.value
        )
    ).scalar_one()
    return int(n) > 0


@reads
def quote_refund(
    uow: UnitOfWork, actor: Actor, sale_id: int, qty: Mapping[int, int] | None = None
) -> RefundQuote:
    audit.require(uow, actor, Permission.REFUND_SALES, "sale_refund")
    return _plan_refund(uow, actor, sale_id, qty).quote


def refund_sale(
    uow: UnitOfWork,
    actor: Actor,
    sale_id: int,
    qty: Mapping[int, int] | None,
    reason: str,
    approved_by: Actor | None = None,
) -> SaleInfo:
    """Refund all (``qty`` None) or part of a sale or top-up, giving back money, stored value,
    points and sessions as they were spent. Needs a reason; a cashier above the owner's
    threshold needs a manager's confirmation."""
    audit.require(uow, actor, Permission.REFUND_SALES, "sale_refund")
    if not reason.strip():
        raise ValidationError("reason", "required")
    plan = _plan_refund(uow, actor, sale_id, qty)
    # The threshold applies to all refunds of the sale together: splitting a large refund
    # into small ones does not avoid the manager.
    already = -sum(int(r["total_fen"]) for r in uow.sales.refunds_of(sale_id))
    approver = require_approval(
        uow, actor, plan.quote.total_fen + already, approved_by, "sale_refund"
    )
    sale = plan.sale
    shares = plan.shares
    at = clock.now()
    uid = actor.user_id
    customer_id = sale["customer_id"]
    points_back = shares.points_returned
    reversed_points = shares.points_reversed
    if customer_id is not None:
        have = balances(uow, int(customer_id), at.date()).points
        reversed_points = min(reversed_points, max(have + points_back, 0))
    total_list = sum(plan.line_list.values())
    refund_id = uow.sales.insert_sale(
        new_sale_row(
            uow,
            actor,
            SaleKind.REFUND,
            at,
            customer_id,
            staff_id=sale["staff_id"],
            approved_by=approver,
            refund_of_id=sale_id,
            tier_name=str(sale["tier_name"]),
            list_fen=-total_list,
            discount_fen=-(total_list - shares.total_fen),
            total_fen=-shares.total_fen,
            points_earned=-reversed_points,
            note=reason.strip()[:500],
        )
        | {
            "order_discount_fen": -sum(d for d, _ in plan.line_adjust.values()),
            "rounding_fen": -sum(r for _, r in plan.line_adjust.values()),
        }
    )
    by_id = {int(x["id"]): x for x in plan.lines}
    line_rows = []
    for line_id, count in plan.qty.items():
        line = by_id[line_id]
        amount = shares.line_amounts[line_id]
        list_part = plan.line_list[line_id]
        line_rows.append(
            {
                "kind": str(line["kind"]),
                "item_id": line["item_id"],
                "card_id": line["card_id"],
                "description": str(line["description"]),
                "qty": -count,
                "unit_fen": int(line["unit_fen"]),
                "list_fen": -list_part,
                "discount_fen": -(list_part - amount),
                "amount_fen": -amount,
                "refund_of_line_id": line_id,
                "order_discount_fen": -plan.line_adjust[line_id][0],
                "rounding_fen": -plan.line_adjust[line_id][1],
            }
        )
    payments = [
        {
            "method": method,
            "amount_fen": -amount,
            "points": -points_back if method == PaymentMethod.POINTS.value else 0,
        }
        for method, amount in sorted(shares.payments.items())
    ]
    refund_line_ids = uow.sales.insert_lines_and_payments(refund_id, line_rows, payments)
    posting.post_one_refund(
        uow,
        refund_id,
        at,
        [
            posting.RefundLineInput(
                new_id, line_id, int(by_id[line_id]["qty"]), plan.left_qty[line_id], count
            )
            for new_id, (line_id, count) in zip(refund_line_ids, plan.qty.items(), strict=True)
        ],
    )
    if customer_id is not None:
        cid = int(customer_id)
        ledger: list[NewLedgerEntry] = []
        sv = shares.stored_value
        if sv.principal_fen:
            ledger.append(
                entry(cid, Account.PRINCIPAL, "refund", sv.principal_fen, at, uid, refund_id)
            )
        if sv.bonus_fen:
            ledger.append(entry(cid, Account.BONUS, "refund", sv.bonus_fen, at, uid, refund_id))
        if points_back:
            ledger.append(entry(cid, Account.POINTS, "refund", points_back, at, uid, refund_id))
        if reversed_points:
            ledger.append(
                entry(cid, Account.POINTS, "refund", -reversed_points, at, uid, refund_id)
            )
        for card_id, n in plan.sessions.items():
            ledger.append(entry(cid, Account.SESSIONS, "refund", n, at, uid, refund_id, card_id))
        for card in plan.cards_cancelled:
            if card["kind"] == CardKind.COUNT.value and card["sessions_left"]:
                ledger.append(
                    entry(cid, Account.SESSIONS, "refund", -int(card["sessions_left"]), at, uid,
                          refund_id, int(card["id"]))
                )  # fmt: skip
            uow.sales.set_card_status(int(card["id"]), "refunded")
        if sale["kind"] == SaleKind.TOP_UP.value:
            for e in uow.sales.ledger_of_sale(sale_id):
                if e["account"] in ("principal", "bonus"):
                    ledger.append(
                        entry(cid, Account(str(e["account"])), "refund", -int(e["delta"]), at,
                              uid, refund_id)
                    )  # fmt: skip
        uow.customers.add_ledger_entries(ledger)
        if sale["kind"] == SaleKind.SALE.value:
            uow.sales.record_visit(cid, at, -shares.total_fen, visit=False)
        if sale["kind"] == SaleKind.TOP_UP.value:
            undo_top_up_upgrade(uow, cid, sale, uid, at)
            top_up_gifts.reverse_gift(uow, actor, sale_id, refund_id, at)
    whole = all(plan.left_qty[i] == plan.qty.get(i, 0) for i in plan.left_qty)
    if sale["kind"] == SaleKind.SALE.value and whole:
        promotions_till.return_coupons(uow, actor, sale_id, refund_id, at)
    audit.record(
        uow,
        actor,
        "sale_refund",
        target=f"sale:{sale['no']}",
        detail={
            "amount_fen": shares.total_fen,
            "reason": reason.strip()[:200],
            "approved_by": approver,
            "lines": {str(k): v for k, v in plan.qty.items()},
        },
    )
    uow.commit()
    return get_sale(uow, actor, refund_id)


# -- lists and summaries -------------------------------------------------------------------------
@reads
def list_sale_ids(uow: UnitOfWork, actor: Actor, sale_filter: SaleFilter) -> list[int]:
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    return uow.sales.list_ids(
        start=sale_filter.start,
        end=sale_filter.end,
        staff_id=sale_filter.staff_id,
        method=sale_filter.method,
        customer_id=sale_filter.customer_id,
        kind=sale_filter.kind,
    )


@reads
def sale_rows(uow: UnitOfWork, actor: Actor, sale_ids: Sequence[int]) -> list[SaleRow]:
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    rows = {int(r["id"]): r for r in uow.sales.rows(sale_ids)}
    payments: dict[int, list[PaymentInfo]] = {}
    for p in uow.sales.payments_of_sales(sale_ids):
        payments.setdefault(int(p["sale_id"]), []).append(_payment(p))
    return [
        SaleRow(
            sale_id=i,
            no=str(rows[i]["no"]),
            kind=str(rows[i]["kind"]),
            at=rows[i]["at"],
            customer_id=rows[i]["customer_id"],
            customer_name=rows[i]["customer_name"],
            staff_name=rows[i]["staff_name"],
            cashier_name=str(rows[i]["cashier_name"] or ""),
            total_fen=int(rows[i]["total_fen"]),
            payments=tuple(payments.get(i, ())),
            note=str(rows[i]["note"]),
        )
        for i in sale_ids
        if i in rows
    ]


@reads
def shift_summary(
    uow: UnitOfWork,
    actor: Actor,
    start: datetime,
    end: datetime,
    staff_id: int | None = None,
) -> ShiftSummary:
    """交班/日结 between ``start`` (inclusive) and ``end`` (exclusive)."""
    audit.require(uow, actor, Permission.VIEW_SALES, "sale_view")
    kinds = {str(r["kind"]): r for r in uow.sales.kind_totals(start, end, staff_id)}

    def kind_value(kind: SaleKind, column: Literal["n", "total", "discount", "points"]) -> int:
        row = kinds.get(kind.value)
        return 0 if row is None else int(row[column])

    by_kind_method: dict[str, dict[str, int]] = {}
    points_redeemed = 0
    for r in uow.sales.method_totals(start, end, staff_id):
        by_kind_method.setdefault(str(r["kind"]), {})[str(r["method"])] = int(r["amount"])
        if r["method"] == PaymentMethod.POINTS.value:
            points_redeemed += int(r["points"] or 0)
    by_method: dict[str, int] = {}
    for methods in by_kind_method.values():
        for method, amount in methods.items():
            by_method[method] = by_method.get(method, 0) + amount
    ledger = {
        (str(r["kind"]), str(r["account"])): int(r["delta"])
        for r in uow.sales.ledger_totals(start, end, staff_id)
    }
    lines = {str(r["kind"]): int(r["qty"]) for r in uow.sales.line_counts(start, end, staff_id)}
    refunds_by_method = {m: -a for m, a in by_kind_method.get(SaleKind.REFUND.value, {}).items()}
    sales_by_method = by_kind_method.get(SaleKind.SALE.value, {})
    order_discount, rounding = uow.till.adjust_totals(start, end, staff_id)
    return ShiftSummary(
        start=start,
        end=end,
        store_name=str(uow.settings.get("store_name") or ""),
        sales=kind_value(SaleKind.SALE, "n"),
        sales_total_fen=kind_value(SaleKind.SALE, "total"),
        discount_fen=kind_value(SaleKind.SALE, "discount"),
        refunds=kind_value(SaleKind.REFUND, "n"),
        refunds_fen=-kind_value(SaleKind.REFUND, "total"),
        top_ups=kind_value(SaleKind.TOP_UP, "n"),
        top_ups_fen=kind_value(SaleKind.TOP_UP, "total"),
        bonus_given_fen=ledger.get((SaleKind.TOP_UP.value, "bonus"), 0),
        withdrawals_fen=-kind_value(SaleKind.WITHDRAWAL, "total"),
        by_method=by_method,
        sales_by_method=sales_by_method,
        top_ups_by_method=by_kind_method.get(SaleKind.TOP_UP.value, {}),
        refunds_by_method=refunds_by_method,
        cash_expected_fen=by_method.get(PaymentMethod.CASH.value, 0),
        stored_value_spent_fen=by_method.get(PaymentMethod.STORED_VALUE.value, 0),  # net
        points_earned=kind_value(SaleKind.SALE, "points") + kind_value(SaleKind.REFUND, "points"),
        points_redeemed=points_redeemed,
        sessions_used=lines.get(LineKind.SESSION.value, 0),
        cards_sold=lines.get(LineKind.CARD.value, 0),
        per_staff=tuple(
            StaffTotal(str(r["name"] or ""), int(r["n"]), int(r["total"]))
            for r in uow.sales.staff_totals(start, end, staff_id)
        ),
        payment_references=tuple(
            PaymentReference(
                str(r["no"]),
                r["at"],
                str(r["kind"]),
                str(r["method"]),
                int(r["amount_fen"]),
                str(r["reference"]),
            )
            for r in uow.till.payment_references(start, end, staff_id)
        ),  # fmt: skip
        parked=tuple(parked_infos(uow.till.parked_list(before=end))),
        order_discount_fen=order_discount,
        rounding_fen=rounding,
    )


__all__ = [
    "SaleFilter",
    "get_sale",
    "line_staff_of_sale",
    "list_sale_ids",
    "quote_refund",
    "quote_sale",
    "record_sale",
    "refund_sale",
    "sale_rows",
    "shift_summary",
]
