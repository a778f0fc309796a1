"""Choosing a campaign's customers: a segment definition applied to every live customer, minus
those without marketing consent (``customers.marketing_consent``, moved by the privacy work's
consent events)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from storecrm.data.campaign_rows import SegmentCandidateRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CategoryRules, VisitSummary, categorise
from storecrm.domain.promotions.segment import (
    SegmentCandidate,
    SegmentDefinition,
    count_by_reason,
    matches,
)
from storecrm.domain.reports import RfmScale
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.customers import get_category_rules


@dataclass(frozen=True, slots=True)
class SegmentPreview:
    members: int  # customers in the segment who may be contacted
    without_consent: int  # would be in it but gave no marketing consent


def _birthday_month(row: SegmentCandidateRow, today: date) -> int | None:
    if not row["birthday_calendar"] or not row["birthday_month"] or not row["birthday_day"]:
        return None
    birthday = Birthday(
        calendar=Calendar(row["birthday_calendar"]),
        month=int(row["birthday_month"]),
        day=int(row["birthday_day"]),
        year=row["birthday_year"],
        leap_month=bool(row["birthday_leap"]),
    )
    if birthday.calendar is Calendar.SOLAR:
        return birthday.month
    try:  # the solar month of the next celebration counted from the 1st of this month
        return birthday.next_occurrence(today.replace(day=1)).month
    except ValueError:  # a lunar year outside the table
        return None


def candidates(
    uow: UnitOfWork, rules: CategoryRules, today: date, *, with_rfm: bool = True
) -> dict[int, SegmentCandidate]:
    """Every live customer as a segment sees them. RFM compares each customer who has bought
    with the average of all who have (recency to today, lifetime visits, lifetime net spend)."""
    rows = uow.campaigns.segment_candidates()
    tags: dict[int, set[int]] = {}
    for pair in uow.campaigns.customer_tag_pairs():
        tags.setdefault(pair["customer_id"], set()).add(pair["tag_id"])
    rfm_values = {
        row["id"]: (
            (today - row["last_visit_at"].date()).days,
            int(row["visit_count"]),
            int(row["total_spend_fen"]),
        )
        for row in rows
        if row["last_visit_at"] is not None and row["visit_count"]
    }
    scale = RfmScale.of(rfm_values.values()) if with_rfm else None
    found: dict[int, SegmentCandidate] = {}
    for row in rows:
        cid = int(row["id"])
        summary = VisitSummary(
            first_visit=row["first_visit_at"],
            last_visit=row["last_visit_at"],
            visit_count=int(row["visit_count"]),
            total_spend_fen=int(row["total_spend_fen"]),
        )
        rfm = rfm_values.get(cid)
        found[cid] = SegmentCandidate(
            customer_id=cid,
            marketing_consent=bool(row["marketing_consent"]),
            tag_ids=frozenset(tags.get(cid, ())),
            category=categorise(summary, rules, today).value,
            tier_id=row["tier_id"],
            rfm_segment=scale.segment(*rfm).value if scale is not None and rfm else None,
            birthday_month=_birthday_month(row, today),
            last_visit=row["last_visit_at"].date() if row["last_visit_at"] else None,
            spend_fen=int(row["total_spend_fen"]),
        )
    return found


def segment_member_ids(
    uow: UnitOfWork, actor: Actor, segment: SegmentDefinition, today: date | None = None
) -> list[int]:
    """The ids of the segment's customers who gave marketing consent, in id order (for a
    service that goes on to write; the caller has checked its own permission)."""
    segment.check()
    day = today or clock.now().date()
    found = candidates(uow, get_category_rules(uow, actor), day, with_rfm=segment.needs_rfm())
    return [cid for cid, c in found.items() if matches(segment, c)]


@reads
def preview_segment(
    uow: UnitOfWork, actor: Actor, segment: SegmentDefinition, today: date | None = None
) -> SegmentPreview:
    """How many customers the segment reaches, and how many more it would without the consent
    rule. Counts only: no one's data leaves the store."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "campaign_preview")
    segment.check()
    day = today or clock.now().date()
    found = candidates(uow, get_category_rules(uow, actor), day, with_rfm=segment.needs_rfm())
    members, without = count_by_reason(segment, found)
    return SegmentPreview(members, without)


__all__ = ["SegmentPreview", "candidates", "preview_segment", "segment_member_ids"]
