"""Queries behind the lifecycle offers: who joined, who was referred and first paid, everyone's
visit days, which customers are live with marketing consent, and the lifecycle coupons issued
lately (for the reminders)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, or_, select

from storecrm.data.schema import (
    campaign_members,
    coupon_events,
    coupon_templates,
    coupons,
    customers,
    sales,
)

_CHUNK = 500


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _live() -> Any:
    c = customers.c
    return (c.archived_at.is_(None), c.merged_into_id.is_(None))


class LifecycleRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def joined_between(self, first: date, last: date) -> list[int]:
        """Live customers who joined on ``first`` … ``last``."""
        c = customers.c
        query = (
            select(c.id)
            .where(*_live(), c.created_at >= _start(first))
            .where(c.created_at < _start(last + timedelta(days=1)))
            .order_by(c.id)
        )
        return [int(r.id) for r in self.conn.execute(query)]

    def referred_first_paid_between(self, first: date, last: date) -> list[tuple[int, int]]:
        """(customer, referrer) of live referred customers whose first visit was on ``first``
        … ``last``."""
        c = customers.c
        query = (
            select(c.id, c.referrer_id)
            .where(*_live(), c.referrer_id.is_not(None))
            .where(c.first_visit_at >= _start(first))
            .where(c.first_visit_at < _start(last + timedelta(days=1)))
            .order_by(c.id)
        )
        return [(int(r.id), int(r.referrer_id)) for r in self.conn.execute(query)]

    def visit_days(self, last_visit_from: date, since: date) -> dict[int, list[date]]:
        """The days with a sale since ``since`` of live customers last seen on or after
        ``last_visit_from``, by customer."""
        c = customers.c
        day = func.date(sales.c.at)
        query = (
            select(sales.c.customer_id, day.label("day"))
            .select_from(sales.join(customers, customers.c.id == sales.c.customer_id))
            .where(*_live(), c.last_visit_at >= _start(last_visit_from))
            .where(sales.c.kind == "sale", sales.c.at >= _start(since))
            .group_by(sales.c.customer_id, day)
        )
        found: dict[int, list[date]] = {}
        for r in self.conn.execute(query):
            found.setdefault(int(r.customer_id), []).append(date.fromisoformat(str(r.day)))
        return found

    def consenting(self, customer_ids: Iterable[int]) -> set[int]:
        """Those of these customers who are live and agreed to marketing."""
        c = customers.c
        ids = sorted(set(customer_ids))
        found: set[int] = set()
        for begin in range(0, len(ids), _CHUNK):
            query = select(c.id).where(
                *_live(), c.marketing_consent.is_(True), c.id.in_(ids[begin : begin + _CHUNK])
            )
            found |= {int(r.id) for r in self.conn.execute(query)}
        return found

    def members(self, campaign_ids: Sequence[int], since: datetime | None = None) -> set[int]:
        """The customers already in any of these campaigns (placed at ``since`` or later, when
        given; a row without its day counts as recent)."""
        if not campaign_ids:
            return set()
        m = campaign_members.c
        query = select(m.customer_id).where(m.campaign_id.in_(list(campaign_ids)))
        if since is not None:
            query = query.where(or_(m.added_at.is_(None), m.added_at >= since))
        return {int(r.customer_id) for r in self.conn.execute(query)}

    def coupons_issued_since(self, sources: Sequence[str], since: date) -> list[dict[str, Any]]:
        """Coupons from these sources issued on or after ``since`` to live customers and not
        used or voided since: id, customer, source, the template's name, issued at, valid to."""
        k = coupons.c
        e = coupon_events.c
        last_kind = (
            select(e.kind)
            .where(e.coupon_id == k.id)
            .order_by(e.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(
                k.id,
                k.customer_id,
                k.source,
                coupon_templates.c.name,
                k.issued_at,
                k.valid_to,
            )
            .select_from(
                coupons.join(coupon_templates, coupon_templates.c.id == k.template_id).join(
                    customers, customers.c.id == k.customer_id
                )
            )
            .where(*_live(), k.source.in_(list(sources)), k.issued_at >= _start(since))
            .where(last_kind.in_(("issued", "returned")))
            .order_by(k.id)
        )
        return [dict(r._mapping) for r in self.conn.execute(query)]


__all__ = ["LifecycleRepository"]
