"""Queries behind the campaigns: the customers a segment is chosen from, the campaigns and their
members, the coupons they were issued, and each member's spend in a campaign's period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from storecrm.data.campaign_rows import (
    CampaignMemberRow,
    CampaignRow,
    CustomerSpend,
    CustomerTagPair,
    MemberCoupon,
    SegmentCandidateRow,
)
from storecrm.data.rows import new_id, row_as, rows_as
from storecrm.data.schema import (
    campaign_members,
    campaigns,
    coupon_events,
    coupons,
    customer_tags,
    customers,
    sale_savings,
    sales,
)
from storecrm.domain.errors import NotFound

_CHUNK = 500


class CampaignRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- segments ---------------------------------------------------------------------------
    def segment_candidates(self) -> list[SegmentCandidateRow]:
        """Every live customer (not archived, not merged away), in id order."""
        c = customers.c
        query = (
            select(
                c.id,
                c.marketing_consent,
                c.tier_id,
                c.birthday_calendar,
                c.birthday_year,
                c.birthday_month,
                c.birthday_day,
                c.birthday_leap,
                c.first_visit_at,
                c.last_visit_at,
                c.visit_count,
                c.total_spend_fen,
            )
            .where(c.archived_at.is_(None), c.merged_into_id.is_(None))
            .order_by(c.id)
        )
        return rows_as(SegmentCandidateRow, self.conn.execute(query))

    def customer_tag_pairs(self) -> list[CustomerTagPair]:
        query = select(customer_tags.c.customer_id, customer_tags.c.tag_id)
        return rows_as(CustomerTagPair, self.conn.execute(query))

    # -- campaigns --------------------------------------------------------------------------
    def insert(self, values: dict[str, Any]) -> int:
        return new_id(self.conn.execute(insert(campaigns).values(**values)))

    def get(self, campaign_id: int) -> CampaignRow:
        found = row_as(
            CampaignRow,
            self.conn.execute(select(campaigns).where(campaigns.c.id == campaign_id)).first(),
        )
        if found is None:
            raise NotFound("campaign", campaign_id)
        return found

    def all(self) -> list[CampaignRow]:
        query = select(campaigns).order_by(campaigns.c.starts_on.desc(), campaigns.c.id.desc())
        return rows_as(CampaignRow, self.conn.execute(query))

    def set_launched(self, campaign_id: int, at: datetime, user_id: int | None) -> None:
        self.conn.execute(
            update(campaigns)
            .where(campaigns.c.id == campaign_id)
            .values(status="launched", launched_at=at, launched_by=user_id)
        )

    def add_members(self, rows: Sequence[CampaignMemberRow]) -> None:
        if rows:
            self.conn.execute(insert(campaign_members), [dict(r) for r in rows])

    def members(self, campaign_id: int) -> list[CampaignMemberRow]:
        query = (
            select(campaign_members)
            .where(campaign_members.c.campaign_id == campaign_id)
            .order_by(campaign_members.c.customer_id)
        )
        return rows_as(CampaignMemberRow, self.conn.execute(query))

    def member_coupons(self, campaign_id: int) -> list[MemberCoupon]:
        """Each member with their coupon's last event and, when that is a redemption, what it
        saved."""
        last = (
            select(coupon_events.c.coupon_id, func.max(coupon_events.c.id).label("last_id"))
            .group_by(coupon_events.c.coupon_id)
            .subquery()
        )
        m = campaign_members.c
        query = (
            select(
                m.customer_id,
                m.grp,
                m.coupon_id,
                coupon_events.c.kind.label("last_event"),
                func.coalesce(
                    func.iif(coupon_events.c.kind == "redeemed", coupon_events.c.saving_fen, 0), 0
                ).label("saving_fen"),
            )
            .select_from(campaign_members)
            .outerjoin(last, last.c.coupon_id == m.coupon_id)
            .outerjoin(coupon_events, coupon_events.c.id == last.c.last_id)
            .where(m.campaign_id == campaign_id)
            .order_by(m.customer_id)
        )
        return rows_as(MemberCoupon, self.conn.execute(query))

    def kept_ids(self, customer_ids: Iterable[int]) -> dict[int, int]:
        """Each customer's id after merges (a merged customer's sales moved to the kept one)."""
        found = {int(i): int(i) for i in customer_ids}
        pending = list(found)
        for _ in range(8):  # merges chain rarely; a loop bound keeps a bad row from spinning
            moved: dict[int, int] = {}
            for start in range(0, len(pending), _CHUNK):
                chunk = pending[start : start + _CHUNK]
                query = select(customers.c.id, customers.c.merged_into_id).where(
                    customers.c.id.in_(chunk), customers.c.merged_into_id.is_not(None)
                )
                moved |= {int(r.id): int(r.merged_into_id) for r in self.conn.execute(query)}
            if not moved:
                break
            for original, current in found.items():
                if current in moved:
                    found[original] = moved[current]
            pending = list(set(moved.values()))
        return found

    def spend_in(self, customer_ids: Sequence[int], first: date, last: date) -> list[CustomerSpend]:
        """Net spend of each customer (who bought) on sales from ``first`` to ``last``
        inclusive: sales, minus the refunds of sales made in those days."""
        original = sales.alias()  # Core (the ORM is not loaded for one alias)
        start = datetime.combine(first, time())
        end = datetime.combine(last + timedelta(days=1), time())
        found: list[CustomerSpend] = []
        ids = sorted(set(customer_ids))
        for begin in range(0, len(ids), _CHUNK):
            chunk = ids[begin : begin + _CHUNK]
            query = (
                select(
                    sales.c.customer_id,
                    func.sum(sales.c.total_fen).label("spend_fen"),
                )
                .select_from(sales)
                .outerjoin(original, original.c.id == sales.c.refund_of_id)
                .where(
                    sales.c.customer_id.in_(chunk),
                    sales.c.at >= start,
                    sales.c.at < end,
                    or_(
                        sales.c.kind == "sale",
                        and_(sales.c.kind == "refund", original.c.kind == "sale"),
                    ),
                )
                .group_by(sales.c.customer_id)
            )
            found.extend(
                CustomerSpend(customer_id=int(r.customer_id), spend_fen=int(r.spend_fen))
                for r in self.conn.execute(query)
            )
        return found

    # -- the offer ------------------------------------------------------------------------
    def offered_promotions(self, customer_id: int, day: date) -> list[int]:
        """The promotions open to the customer on ``day`` as a target member of a launched
        campaign offering a promotion, in its period."""
        c = campaigns.c
        m = campaign_members.c
        # a member merged into this customer since the launch counts as this customer
        merged = select(customers.c.id).where(customers.c.merged_into_id == customer_id)
        query = (
            select(c.promotion_id)
            .select_from(campaigns.join(campaign_members, m.campaign_id == c.id))
            .where(
                or_(m.customer_id == customer_id, m.customer_id.in_(merged)),
                m.grp == "target",
                c.status == "launched",
                c.promotion_id.is_not(None),
                c.starts_on <= day,
                c.ends_on >= day,
            )
            .distinct()
        )
        return [int(r.promotion_id) for r in self.conn.execute(query)]

    def promotion_campaigns(self, promotion_id: int) -> list[int]:
        """The campaigns offering this promotion."""
        query = select(campaigns.c.id).where(campaigns.c.promotion_id == promotion_id)
        return [int(r.id) for r in self.conn.execute(query)]

    def promotion_savings(
        self, promotion_id: int, customer_ids: Sequence[int], first: date, last: date
    ) -> dict[int, int]:
        """What the promotion saved each of these customers on their sales from ``first`` to
        ``last`` not refunded in full (by customer; those it never saved are left out). A sale
        refunded in part keeps its saving, as a coupon stays redeemed on a partial refund."""
        refund = sales.alias()
        start = datetime.combine(first, time())
        end = datetime.combine(last + timedelta(days=1), time())
        refunded = (  # refunds are negative
            select(func.coalesce(func.sum(refund.c.total_fen), 0))
            .where(refund.c.refund_of_id == sales.c.id)
            .scalar_subquery()
        )
        found: dict[int, int] = {}
        ids = sorted(set(customer_ids))
        for begin in range(0, len(ids), _CHUNK):
            query = (
                select(sales.c.customer_id, func.sum(sale_savings.c.amount_fen).label("fen"))
                .select_from(sale_savings.join(sales, sales.c.id == sale_savings.c.sale_id))
                .where(
                    sale_savings.c.promotion_id == promotion_id,
                    sales.c.customer_id.in_(ids[begin : begin + _CHUNK]),
                    sales.c.kind == "sale",
                    sales.c.at >= start,
                    sales.c.at < end,
                    sales.c.total_fen + refunded > 0,
                )
                .group_by(sales.c.customer_id)
            )
            found |= {int(r.customer_id): int(r.fen) for r in self.conn.execute(query)}
        return found

    def coupons_held(self, template_id: int, customer_ids: Sequence[int]) -> dict[int, int]:
        """How many coupons of the template each customer was ever issued (per-customer
        limits count them all)."""
        found: dict[int, int] = {}
        ids = list(customer_ids)
        for start in range(0, len(ids), _CHUNK):
            query = (
                select(coupons.c.customer_id, func.count().label("n"))
                .where(
                    coupons.c.template_id == template_id,
                    coupons.c.customer_id.in_(ids[start : start + _CHUNK]),
                )
                .group_by(coupons.c.customer_id)
            )
            found |= {int(r.customer_id): int(r.n) for r in self.conn.execute(query)}
        return found
