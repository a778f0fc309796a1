"""SQL for promotions, coupon templates, issued coupons and their events, the savings recorded
on sales and the top-up gifts (0014). A coupon's last event (its state with its dates) is read
with the coupon, through ``ix_coupon_events_coupon``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypedDict

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update

from storecrm.data.promotion_rows import (
    CouponEventRow,
    CouponRow,
    CouponTemplateRow,
    CouponTemplateTargetRow,
    PromotionRow,
    PromotionTargetRow,
    SaleSavingRow,
    TopUpGiftRow,
)
from storecrm.data.rows import new_id, row_as, rows_as
from storecrm.data.schema import (
    catalogue_items,
    coupon_events,
    coupon_template_targets,
    coupon_templates,
    coupons,
    customers,
    promotion_targets,
    promotion_tiers,
    promotions,
    sale_savings,
    sales,
    top_up_gifts,
)
from storecrm.domain.errors import NotFound


class CouponWithState(CouponRow):
    """A coupon with its last event, its template's name and kind, and its customer."""

    last_event: str
    template_name: str
    template_kind: str
    customer_name: str
    customer_phone: str | None
    customer_consent: bool  # to marketing messages


class SavingTotal(TypedDict):
    """A promotion's (or coupon template's) savings over a period."""

    source: str
    ref_id: int | None
    name: str
    sales: int
    amount_fen: int


def _last_event() -> Any:
    """The kind of a coupon's last event (a correlated subquery over its index)."""
    return (
        select(coupon_events.c.kind)
        .where(coupon_events.c.coupon_id == coupons.c.id)
        .order_by(coupon_events.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


# A sale's savings, for its receipt (built once, bound per call).
_SAVINGS_OF = (
    select(sale_savings)
    .where(sale_savings.c.sale_id == bindparam("id"))
    .order_by(sale_savings.c.id)
)


class PromotionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- promotions -------------------------------------------------------------------------
    def promotions(
        self, *, active_only: bool = False, on: date | None = None
    ) -> list[PromotionRow]:
        query = select(promotions).order_by(promotions.c.priority.desc(), promotions.c.id)
        if active_only:
            query = query.where(promotions.c.active.is_(True))
        if on is not None:
            query = query.where(
                (promotions.c.ends_on.is_(None)) | (promotions.c.ends_on >= on),
                (promotions.c.starts_on.is_(None)) | (promotions.c.starts_on <= on),
            )
        return rows_as(PromotionRow, self.conn.execute(query))

    def promotion(self, promotion_id: int) -> PromotionRow:
        row = row_as(
            PromotionRow,
            self.conn.execute(select(promotions).where(promotions.c.id == promotion_id)).first(),
        )
        if row is None:
            raise NotFound("promotion", promotion_id)
        return row

    def promotion_targets(self, ids: Iterable[int]) -> list[PromotionTargetRow]:
        return rows_as(
            PromotionTargetRow,
            self.conn.execute(
                select(promotion_targets)
                .where(promotion_targets.c.promotion_id.in_(list(ids)))
                .order_by(promotion_targets.c.id)
            ),
        )

    def promotion_tier_ids(self, ids: Iterable[int]) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {}
        for pid, tid in self.conn.execute(
            select(promotion_tiers.c.promotion_id, promotion_tiers.c.tier_id).where(
                promotion_tiers.c.promotion_id.in_(list(ids))
            )
        ):
            found.setdefault(int(pid), set()).add(int(tid))
        return found

    def save_promotion(
        self,
        promotion_id: int | None,
        values: Mapping[str, Any],
        targets: Sequence[tuple[int | None, str]],
        tier_ids: Iterable[int],
    ) -> int:
        if promotion_id is None:
            promotion_id = new_id(self.conn.execute(insert(promotions).values(**values)))
        else:
            self.conn.execute(
                update(promotions).where(promotions.c.id == promotion_id).values(**values)
            )
            self.conn.execute(
                delete(promotion_targets).where(promotion_targets.c.promotion_id == promotion_id)
            )
            self.conn.execute(
                delete(promotion_tiers).where(promotion_tiers.c.promotion_id == promotion_id)
            )
        for item_id, category in targets:
            self.conn.execute(
                insert(promotion_targets).values(
                    promotion_id=promotion_id, item_id=item_id, category=category
                )
            )
        for tier_id in sorted(set(tier_ids)):
            self.conn.execute(
                insert(promotion_tiers).values(promotion_id=promotion_id, tier_id=tier_id)
            )
        return promotion_id

    def set_promotion_active(self, promotion_id: int, active: bool, at: datetime) -> None:
        self.conn.execute(
            update(promotions)
            .where(promotions.c.id == promotion_id)
            .values(active=active, updated_at=at)
        )

    # -- coupon templates ----------------------------------------------------------------------
    def templates(self, *, active_only: bool = False) -> list[CouponTemplateRow]:
        query = select(coupon_templates).order_by(coupon_templates.c.id)
        if active_only:
            query = query.where(coupon_templates.c.active.is_(True))
        return rows_as(CouponTemplateRow, self.conn.execute(query))

    def template(self, template_id: int) -> CouponTemplateRow:
        row = row_as(
            CouponTemplateRow,
            self.conn.execute(
                select(coupon_templates).where(coupon_templates.c.id == template_id)
            ).first(),
        )
        if row is None:
            raise NotFound("coupon_template", template_id)
        return row

    def template_targets(self, ids: Iterable[int]) -> list[CouponTemplateTargetRow]:
        return rows_as(
            CouponTemplateTargetRow,
            self.conn.execute(
                select(coupon_template_targets)
                .where(coupon_template_targets.c.template_id.in_(list(ids)))
                .order_by(coupon_template_targets.c.id)
            ),
        )

    def save_template(
        self,
        template_id: int | None,
        values: Mapping[str, Any],
        targets: Sequence[tuple[int | None, str]],
    ) -> int:
        if template_id is None:
            template_id = new_id(self.conn.execute(insert(coupon_templates).values(**values)))
        else:
            self.conn.execute(
                update(coupon_templates)
                .where(coupon_templates.c.id == template_id)
                .values(**values)
            )
            self.conn.execute(
                delete(coupon_template_targets).where(
                    coupon_template_targets.c.template_id == template_id
                )
            )
        for item_id, category in targets:
            self.conn.execute(
                insert(coupon_template_targets).values(
                    template_id=template_id, item_id=item_id, category=category
                )
            )
        return template_id

    def set_template_active(self, template_id: int, active: bool, at: datetime) -> None:
        self.conn.execute(
            update(coupon_templates)
            .where(coupon_templates.c.id == template_id)
            .values(active=active, updated_at=at)
        )

    # -- coupons -------------------------------------------------------------------------------
    def _coupon_query(self) -> Any:
        return (
            select(
                coupons,
                func.coalesce(_last_event(), "issued").label("last_event"),
                coupon_templates.c.name.label("template_name"),
                coupon_templates.c.kind.label("template_kind"),
                customers.c.name.label("customer_name"),
                customers.c.phone.label("customer_phone"),
                customers.c.marketing_consent.label("customer_consent"),
            )
            .join(coupon_templates, coupon_templates.c.id == coupons.c.template_id)
            .join(customers, customers.c.id == coupons.c.customer_id)
        )

    def issue(self, values: Mapping[str, Any], event: Mapping[str, Any]) -> int:
        coupon_id = new_id(self.conn.execute(insert(coupons).values(**values)))
        self.add_event(coupon_id, event)
        return coupon_id

    def code_taken(self, code: str) -> bool:
        return (
            self.conn.execute(select(coupons.c.id).where(coupons.c.code == code)).first()
            is not None
        )

    def add_event(self, coupon_id: int, values: Mapping[str, Any]) -> int:
        return new_id(
            self.conn.execute(insert(coupon_events).values(coupon_id=coupon_id, **values))
        )

    def coupon_by_code(self, code: str) -> CouponWithState | None:
        return row_as(
            CouponWithState,
            self.conn.execute(self._coupon_query().where(coupons.c.code == code)).first(),
        )

    def coupon(self, coupon_id: int) -> CouponWithState:
        row = row_as(
            CouponWithState,
            self.conn.execute(self._coupon_query().where(coupons.c.id == coupon_id)).first(),
        )
        if row is None:
            raise NotFound("coupon", coupon_id)
        return row

    def coupons_of(
        self, customer_id: int | None, *, valid_on: date | None = None
    ) -> list[CouponWithState]:
        """A customer's coupons (every customer's when None), newest first; ``valid_on``: only
        those whose validity has not ended by then."""
        query = self._coupon_query().order_by(coupons.c.valid_to, coupons.c.id)
        if customer_id is not None:
            query = query.where(coupons.c.customer_id == customer_id)
        if valid_on is not None:
            query = query.where(coupons.c.valid_to >= valid_on)
        return rows_as(CouponWithState, self.conn.execute(query))

    def coupons_by_ids(self, ids: Iterable[int]) -> list[CouponWithState]:
        return rows_as(
            CouponWithState,
            self.conn.execute(
                self._coupon_query().where(coupons.c.id.in_(list(ids))).order_by(coupons.c.id)
            ),
        )

    def issued_count(self, template_id: int, customer_id: int) -> int:
        return int(
            self.conn.execute(
                select(func.count())
                .select_from(coupons)
                .where(coupons.c.template_id == template_id, coupons.c.customer_id == customer_id)
            ).scalar_one()
        )

    def events(self, coupon_id: int) -> list[CouponEventRow]:
        return rows_as(
            CouponEventRow,
            self.conn.execute(
                select(coupon_events)
                .where(coupon_events.c.coupon_id == coupon_id)
                .order_by(coupon_events.c.id)
            ),
        )

    def redeemed_on(self, sale_id: int) -> list[CouponEventRow]:
        """The redemption events of a sale (the coupons it used)."""
        return rows_as(
            CouponEventRow,
            self.conn.execute(
                select(coupon_events)
                .where(coupon_events.c.sale_id == sale_id, coupon_events.c.kind == "redeemed")
                .order_by(coupon_events.c.id)
            ),
        )

    def coupons_from_sale(self, sale_id: int) -> list[CouponWithState]:
        """The coupons a sale gave (a top-up's gift)."""
        return rows_as(
            CouponWithState,
            self.conn.execute(
                self._coupon_query()
                .where(coupons.c.source_sale_id == sale_id)
                .order_by(coupons.c.id)
            ),
        )

    def move_coupons(self, from_id: int, to_id: int) -> None:
        self.conn.execute(
            update(coupons).where(coupons.c.customer_id == from_id).values(customer_id=to_id)
        )

    # -- savings on sales ----------------------------------------------------------------------
    def add_savings(self, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            self.conn.execute(insert(sale_savings), list(rows))

    def savings_of(self, sale_id: int) -> list[SaleSavingRow]:
        return rows_as(SaleSavingRow, self.conn.execute(_SAVINGS_OF, {"id": sale_id}))

    def saving_totals(self, start: datetime, end: datetime) -> list[SavingTotal]:
        """What each promotion and coupon template took off the sales of [start, end)."""
        ref = func.coalesce(sale_savings.c.promotion_id, coupons.c.template_id)
        query = (
            select(
                sale_savings.c.source,
                ref.label("ref_id"),
                func.max(sale_savings.c.name).label("name"),
                func.count(func.distinct(sale_savings.c.sale_id)).label("sales"),
                func.sum(sale_savings.c.amount_fen).label("amount_fen"),
            )
            .join(sales, sales.c.id == sale_savings.c.sale_id)
            .outerjoin(coupons, coupons.c.id == sale_savings.c.coupon_id)
            .where(and_(sales.c.at >= start, sales.c.at < end))
            .group_by(sale_savings.c.source, ref)
            .order_by(func.sum(sale_savings.c.amount_fen).desc(), sale_savings.c.source, ref)
        )
        return [
            SavingTotal(
                source=str(r.source),
                ref_id=None if r.ref_id is None else int(r.ref_id),
                name=str(r.name),
                sales=int(r.sales),
                amount_fen=int(r.amount_fen),
            )
            for r in self.conn.execute(query)
        ]

    def item_prices(self, ids: Iterable[int]) -> dict[int, int]:
        return {
            int(i): int(p)
            for i, p in self.conn.execute(
                select(catalogue_items.c.id, catalogue_items.c.price_fen).where(
                    catalogue_items.c.id.in_(list(ids))
                )
            )
        }

    # -- top-up gifts --------------------------------------------------------------------------
    def top_up_gifts(self, *, active_only: bool = False) -> list[TopUpGiftRow]:
        query = select(top_up_gifts).order_by(top_up_gifts.c.threshold_fen, top_up_gifts.c.id)
        if active_only:
            query = query.where(top_up_gifts.c.active.is_(True))
        return rows_as(TopUpGiftRow, self.conn.execute(query))

    def save_top_up_gift(self, gift_id: int | None, values: Mapping[str, Any]) -> int:
        if gift_id is None:
            return new_id(self.conn.execute(insert(top_up_gifts).values(**values)))
        self.conn.execute(update(top_up_gifts).where(top_up_gifts.c.id == gift_id).values(**values))
        return gift_id

    def top_up_gift(self, gift_id: int) -> TopUpGiftRow:
        row = row_as(
            TopUpGiftRow,
            self.conn.execute(select(top_up_gifts).where(top_up_gifts.c.id == gift_id)).first(),
        )
        if row is None:
            raise NotFound("top_up_gift", gift_id)
        return row
