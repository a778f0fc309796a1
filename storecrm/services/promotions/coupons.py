"""Coupons: issue them (to one customer or a list), the member's wallet, a code looked up at
the till, voiding, buying one with points (积分兑换券), the export for an SMS platform, and the
reports (outstanding coupons as a liability; what each promotion and coupon cost).

A coupon's state is derived from its append-only events (``coupon_events``) and its dates:
nothing about a coupon is ever updated except, on a merge, whose it is.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from storecrm.data.promotion_repository import CouponWithState
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import Account, InsufficientBalance
from storecrm.domain.promotions.codes import clean_code, new_code, well_formed
from storecrm.domain.promotions.offers import (
    Coupon,
    CouponEventKind,
    CouponKind,
    CouponState,
    CouponTemplate,
    coupon_state,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.reports.coupon_message import DEFAULT_MESSAGE
from storecrm.services import audit, privacy
from storecrm.services.membership import balances, entry
from storecrm.services.promotions.catalogue import load_templates
from storecrm.services.promotions.dto import (
    CouponInfo,
    CouponLiability,
    IssueResult,
    PromotionCost,
    PromotionCostRow,
    TemplateLiability,
)

BULK_MAX = 20_000  # customers in one bulk issue
NOTE_MAX = 80


class Source:
    MANUAL = "manual"
    BULK = "bulk"
    POINTS = "points"
    TOP_UP = "top_up"
    CAMPAIGN = "campaign"


# -- reading -----------------------------------------------------------------------------------
def _face(template: CouponTemplate, prices: dict[int, int]) -> int:
    if template.kind is CouponKind.ITEM and template.item_id is not None:
        return prices.get(template.item_id, 0)
    return template.face_fen


def coupon_infos(
    uow: UnitOfWork,
    rows: Sequence[CouponWithState],
    today: date,
    phone: Callable[[str | None], str | None] = lambda p: p,
) -> list[CouponInfo]:
    templates = load_templates(uow, {r["template_id"] for r in rows})
    items = {t.item_id for t in templates.values() if t.item_id is not None}
    prices = uow.promotions.item_prices(items) if items else {}
    infos = []
    for r in rows:
        template = templates[r["template_id"]]
        infos.append(
            CouponInfo(
                coupon_id=r["id"],
                code=r["code"],
                template_id=r["template_id"],
                name=template.name,
                kind=template.kind,
                face_fen=_face(template, prices),
                min_spend_fen=template.min_spend_fen,
                customer_id=r["customer_id"],
                customer_name=r["customer_name"],
                phone=phone(r["customer_phone"]),
                issued_at=r["issued_at"],
                valid_from=r["valid_from"],
                valid_to=r["valid_to"],
                source=r["source"],
                state=coupon_state(
                    CouponEventKind(r["last_event"]), r["valid_from"], r["valid_to"], today
                ),
                marketing_consent=bool(r["customer_consent"]),
            )
        )
    return infos


def domain_coupons(uow: UnitOfWork, rows: Sequence[CouponWithState]) -> list[Coupon]:
    """The rows as the engine's coupons (with their templates)."""
    if not rows:  # most sales hand over no coupon: no templates to read (issue 23)
        return []
    templates = load_templates(uow, {r["template_id"] for r in rows})
    return [
        Coupon(
            id=r["id"],
            code=r["code"],
            template=templates[r["template_id"]],
            customer_id=r["customer_id"],
            valid_from=r["valid_from"],
            valid_to=r["valid_to"],
            last_event=CouponEventKind(r["last_event"]),
        )
        for r in rows
    ]


@reads
def wallet(
    uow: UnitOfWork, actor: Actor, customer_id: int, *, include_past: bool = False
) -> list[CouponInfo]:
    """A member's coupons: usable ones first (soonest to expire first), then those not yet
    valid; with ``include_past`` also the used, voided and expired ones."""
    audit.require(uow, actor, Permission.RECORD_SALES, "coupon_wallet")
    today = clock.now().date()
    uow.customers.get(customer_id)
    rows = uow.promotions.coupons_of(customer_id, valid_on=None if include_past else today)
    infos = coupon_infos(uow, rows, today, privacy.phone_view(uow, actor))
    order = {CouponState.USABLE: 0, CouponState.NOT_YET: 1}
    kept = [c for c in infos if include_past or c.state in order]
    return sorted(kept, key=lambda c: (order.get(c.state, 2), c.valid_to, c.coupon_id))


@reads
def find_coupon(uow: UnitOfWork, actor: Actor, text: str) -> CouponInfo:
    """The coupon whose code was scanned or typed; ``ValidationError("coupon", "unknown")``
    for a code that is mistyped or not the store's."""
    audit.require(uow, actor, Permission.RECORD_SALES, "coupon_wallet")
    code = clean_code(text)
    row = uow.promotions.coupon_by_code(code) if well_formed(code) else None
    if row is None:
        raise ValidationError("coupon", "unknown", typed=text.strip()[:20])
    today = clock.now().date()
    return coupon_infos(uow, [row], today, privacy.phone_view(uow, actor))[0]


# -- issuing -----------------------------------------------------------------------------------
def issue_one(
    uow: UnitOfWork,
    user_id: int | None,
    template: CouponTemplate,
    customer_id: int,
    at: datetime,
    source: str,
    sale_id: int | None = None,
) -> int:
    """Write one coupon and its ``issued`` event (the caller checked permission and limits)."""
    valid_from, valid_to = template.validity(at.date())
    code = new_code()
    while uow.promotions.code_taken(code):  # 32^10 codes: practically never
        code = new_code()
    return uow.promotions.issue(
        {
            "code": code,
            "template_id": template.id,
            "customer_id": customer_id,
            "issued_at": at,
            "valid_from": valid_from,
            "valid_to": valid_to,
            "source": source,
            "source_sale_id": sale_id,
            "issued_by": user_id,
        },
        {"kind": CouponEventKind.ISSUED.value, "at": at, "user_id": user_id, "sale_id": sale_id},
    )


def issuable(uow: UnitOfWork, template_id: int, today: date) -> CouponTemplate:
    template = load_templates(uow, [template_id]).get(template_id)
    if template is None:
        uow.promotions.template(template_id)  # NotFound
        raise AssertionError  # pragma: no cover
    if not template.active:
        raise ValidationError("coupon_template", "inactive")
    if template.valid_to is not None and template.valid_to < today:
        raise ValidationError("coupon_template", "ended")
    return template


def issue_coupons(
    uow: UnitOfWork,
    actor: Actor,
    template_id: int,
    customer_ids: Iterable[int],
    *,
    source: str = Source.MANUAL,
) -> IssueResult:
    """Issue one coupon of the template to each customer (a list: 发券). Customers who already
    hold as many as the template's per-customer limit are skipped and named; archived ones are
    refused. Audited once, with the count."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_issue")
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        raise ValidationError("customers", "required")
    if len(ids) > BULK_MAX:
        raise ValidationError("customers", "too_many", max=BULK_MAX)
    at = clock.now()
    template = issuable(uow, template_id, at.date())
    issued: list[int] = []
    over: list[int] = []
    for customer_id in ids:
        customer = uow.customers.get(customer_id)
        if customer["archived_at"] is not None:
            raise ValidationError("customer", "archived")
        if (
            template.per_customer is not None
            and uow.promotions.issued_count(template.id, customer_id) >= template.per_customer
        ):
            over.append(customer_id)
            continue
        issued.append(issue_one(uow, actor.user_id, template, customer_id, at, source))
    audit.record(
        uow, actor, "coupon_issue", target=f"coupon_template:{template.id}",
        detail={"issued": len(issued), "over_limit": len(over), "source": source},
    )  # fmt: skip
    uow.commit()
    rows = uow.promotions.coupons_by_ids(issued)
    infos = coupon_infos(uow, rows, at.date(), privacy.phone_view(uow, actor))
    return IssueResult(tuple(infos), tuple(over))


def void_coupon(uow: UnitOfWork, actor: Actor, coupon_id: int, reason: str) -> CouponInfo:
    """Void a coupon not used yet (issued by mistake, the customer declined it)."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_void")
    if not reason.strip():
        raise ValidationError("reason", "required")
    row = uow.promotions.coupon(coupon_id)
    at = clock.now()
    if row["last_event"] in (CouponEventKind.REDEEMED.value, CouponEventKind.VOIDED.value):
        raise ValidationError("coupon", row["last_event"])
    uow.promotions.add_event(
        coupon_id,
        {"kind": "voided", "at": at, "user_id": actor.user_id, "note": reason.strip()[:NOTE_MAX]},
    )
    audit.record(
        uow, actor, "coupon_void", target=f"coupon:{row['code']}",
        detail={"reason": reason.strip()[:NOTE_MAX]},
    )  # fmt: skip
    uow.commit()
    return coupon_infos(uow, [uow.promotions.coupon(coupon_id)], at.date())[0]


def buy_with_points(
    uow: UnitOfWork, actor: Actor, customer_id: int, template_id: int
) -> CouponInfo:
    """积分兑换券: the member pays the template's points price; a points ledger entry (kind
    ``coupon``) and the coupon are written together, and audited."""
    audit.require(uow, actor, Permission.RECORD_SALES, "coupon_points")
    at = clock.now()
    template = issuable(uow, template_id, at.date())
    if template.points_price is None:
        raise ValidationError("coupon_template", "not_for_points")
    customer = uow.customers.get(customer_id)
    if customer["archived_at"] is not None:
        raise ValidationError("customer", "archived")
    if (
        template.per_customer is not None
        and uow.promotions.issued_count(template.id, customer_id) >= template.per_customer
    ):
        raise ValidationError("coupon", "over_limit", limit=template.per_customer)
    have = balances(uow, customer_id, at.date()).points
    if have < template.points_price:
        raise InsufficientBalance("points", have, template.points_price)
    coupon_id = issue_one(uow, actor.user_id, template, customer_id, at, Source.POINTS)
    code = uow.promotions.coupon(coupon_id)["code"]
    uow.customers.add_ledger_entries(
        [
            entry(customer_id, Account.POINTS, "coupon", -template.points_price, at,
                  actor.user_id, None, note=f"{template.name} {code}")
        ]
    )  # fmt: skip
    audit.record(
        uow, actor, "coupon_points", target=f"coupon:{code}",
        detail={"points": template.points_price, "template_id": template.id},
    )  # fmt: skip
    uow.commit()
    return coupon_infos(
        uow, [uow.promotions.coupon(coupon_id)], at.date(), privacy.phone_view(uow, actor)
    )[0]


# -- lists and export --------------------------------------------------------------------------
@reads
def list_coupons(
    uow: UnitOfWork,
    actor: Actor,
    *,
    customer_id: int | None = None,
    template_id: int | None = None,
    usable_only: bool = False,
) -> list[CouponInfo]:
    """Issued coupons (a customer's, a template's or all), as the role may see the phones.
    A list of several customers' coupons is a bulk read of personal data: audited."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_list")
    today = clock.now().date()
    rows = uow.promotions.coupons_of(customer_id, valid_on=today if usable_only else None)
    if template_id is not None:
        rows = [r for r in rows if r["template_id"] == template_id]
    infos = coupon_infos(uow, rows, today, privacy.phone_view(uow, actor))
    if usable_only:
        infos = [c for c in infos if c.state is CouponState.USABLE]
    if customer_id is None and infos:
        privacy.record_read(
            uow, actor, "coupons", len({c.customer_id for c in infos}),
            masked=not privacy.full_phones(uow, actor),
            params={"template_id": template_id, "usable_only": usable_only},
        )  # fmt: skip
    return infos


@reads
def export_coupons(
    uow: UnitOfWork,
    actor: Actor,
    path: Path,
    coupon_ids: Sequence[int],
    *,
    message: str = DEFAULT_MESSAGE,
    store_name: str = "",
) -> ExportedCoupons:
    """Write the coupons to ``path`` (.xlsx) with the SMS text for each; phones as the role
    may see them. Customers who did not agree to marketing messages are left out (counted).
    Audited (count, masked)."""
    audit.require(uow, actor, Permission.EXPORT_DATA, "coupon_export")
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_export")
    today = clock.now().date()
    rows = uow.promotions.coupons_by_ids(coupon_ids)
    listed = coupon_infos(uow, rows, today, privacy.phone_view(uow, actor))
    infos = [c for c in listed if c.marketing_consent]
    target = Path(path)
    from storecrm.reports import coupon_export  # openpyxl: loaded when a file is written

    coupon_export.write_coupons(target, infos, message=message, store=store_name)
    masked = not privacy.full_phones(uow, actor)
    # The read unit hands the audit entry to the writer (as every read service's audit).
    audit.record(
        uow, actor, "coupon_export",
        detail={"rows": len(infos), "customers": len({c.customer_id for c in infos}),
                "masked": masked, "no_consent": len(listed) - len(infos)},
    )  # fmt: skip
    privacy.commit_or_remove(uow, target)  # audited, or the file goes again
    return ExportedCoupons(len(infos), len(listed) - len(infos))


@dataclass(frozen=True, slots=True)
class ExportedCoupons:
    rows: int
    skipped_no_consent: int


# -- reports -----------------------------------------------------------------------------------
def _month_end(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])


@reads
def coupon_liability(uow: UnitOfWork, actor: Actor, on: date | None = None) -> CouponLiability:
    """Outstanding coupons on ``on`` (today): issued, not used or voided, not expired — count,
    face value, and those expiring by the end of the month."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "coupon_report")
    day = on or clock.now().date()
    end = _month_end(day)
    rows = uow.promotions.coupons_of(None, valid_on=day)
    infos = [
        c
        for c in coupon_infos(uow, rows, day)
        if c.state in (CouponState.USABLE, CouponState.NOT_YET)
    ]
    per: dict[int, TemplateLiability] = {}
    for c in infos:
        expiring = c.valid_to <= end
        was = per.get(c.template_id) or TemplateLiability(c.template_id, c.name, c.kind, 0, 0, 0, 0)
        per[c.template_id] = replace(
            was,
            count=was.count + 1,
            face_fen=was.face_fen + c.face_fen,
            expiring_count=was.expiring_count + expiring,
            expiring_face_fen=was.expiring_face_fen + (c.face_fen if expiring else 0),
        )
    templates = tuple(sorted(per.values(), key=lambda t: (-t.face_fen, t.template_id)))
    return CouponLiability(
        on=day,
        count=sum(t.count for t in templates),
        face_fen=sum(t.face_fen for t in templates),
        expiring_count=sum(t.expiring_count for t in templates),
        expiring_face_fen=sum(t.expiring_face_fen for t in templates),
        templates=templates,
    )


@reads
def promotion_cost(uow: UnitOfWork, actor: Actor, start: date, end: date) -> PromotionCost:
    """What each promotion and each coupon template took off the sales of [start, end] (as
    given on the sale; a later refund gives the customer back what they paid, not the saving)."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "promotion_report")
    if end < start:
        raise ValidationError("period", "invalid")
    begin = datetime.combine(start, datetime.min.time())
    stop = datetime.combine(end + timedelta(days=1), datetime.min.time())
    rows = tuple(
        PromotionCostRow(r["source"], r["ref_id"], r["name"], r["sales"], r["amount_fen"])
        for r in uow.promotions.saving_totals(begin, stop)
    )
    return PromotionCost(start, end, rows)


__all__ = [
    "Source",
    "buy_with_points",
    "coupon_liability",
    "export_coupons",
    "find_coupon",
    "issuable",
    "issue_coupons",
    "list_coupons",
    "promotion_cost",
    "void_coupon",
    "wallet",
]
