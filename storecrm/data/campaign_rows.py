"""Typed rows of the campaign queries (``campaign_repository``), in the way of ``rows.py``:
plain dicts whose type names the columns."""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict


class SegmentCandidateRow(TypedDict):
    """What a segment looks at of one live customer (``customers`` columns)."""

    id: int
    marketing_consent: bool
    tier_id: int | None
    birthday_calendar: str | None
    birthday_year: int | None
    birthday_month: int | None
    birthday_day: int | None
    birthday_leap: bool
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int


class CustomerTagPair(TypedDict):
    customer_id: int
    tag_id: int


__all__ = ["CustomerTagPair", "SegmentCandidateRow"]
