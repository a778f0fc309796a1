"""Queries behind the campaigns: the customers a segment is chosen from, the campaigns and their
members, and each member's spend in a campaign's period."""

from __future__ import annotations

from sqlalchemy import Connection, select

from storecrm.data.campaign_rows import CustomerTagPair, SegmentCandidateRow
from storecrm.data.rows import rows_as
from storecrm.data.schema import customer_tags, customers


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
