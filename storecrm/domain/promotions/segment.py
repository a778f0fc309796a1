"""A campaign's target segment: which customers an offer goes to.

A segment is a conjunction of optional criteria; each criterion with several values matches any
of them (tags: any of the tags; tiers: any of the tiers). Customers without marketing consent are
never in a segment, whatever the criteria say. The definition is stored with the campaign as JSON
(``to_json``/``from_json``) so the list of members can be rebuilt and explained later.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date

from storecrm.domain.customer import Category
from storecrm.domain.errors import ValidationError
from storecrm.domain.reports import RfmSegment


@dataclass(frozen=True, slots=True)
class SegmentDefinition:
    """Empty fields do not restrict. Dates are inclusive; money in fen."""

    tag_ids: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()  # domain.customer.Category values
    tier_ids: tuple[int, ...] = ()  # 0 stands for "no tier"
    rfm_segments: tuple[str, ...] = ()  # domain.reports.RfmSegment values
    birthday_months: tuple[int, ...] = ()  # solar months the birthday falls in this year
    last_visit_from: date | None = None
    last_visit_to: date | None = None
    spend_min_fen: int | None = None  # lifetime net spend
    spend_max_fen: int | None = None

    def check(self) -> SegmentDefinition:
        """Itself if consistent, else ValidationError(field, code)."""
        for c in self.categories:
            if c not in {k.value for k in Category}:
                raise ValidationError("categories", "unknown")
        for s in self.rfm_segments:
            if s not in {k.value for k in RfmSegment}:
                raise ValidationError("rfm_segments", "unknown")
        if any(not 1 <= m <= 12 for m in self.birthday_months):
            raise ValidationError("birthday_months", "range", low=1, high=12)
        if (
            self.last_visit_from is not None
            and self.last_visit_to is not None
            and self.last_visit_from > self.last_visit_to
        ):
            raise ValidationError("last_visit", "order")
        for value in (self.spend_min_fen, self.spend_max_fen):
            if value is not None and value < 0:
                raise ValidationError("spend", "negative")
        if (
            self.spend_min_fen is not None
            and self.spend_max_fen is not None
            and self.spend_min_fen > self.spend_max_fen
        ):
            raise ValidationError("spend", "order")
        return self

    def needs_rfm(self) -> bool:
        return bool(self.rfm_segments)

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("last_visit_from", "last_visit_to"):
            value = getattr(self, key)
            data[key] = value.isoformat() if value is not None else None
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> SegmentDefinition:
        data: dict[str, object] = json.loads(raw) if raw else {}
        known = {f for f in cls.__dataclass_fields__}
        kwargs: dict[str, object] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if isinstance(value, list):
                value = tuple(value)
            if key in ("last_visit_from", "last_visit_to") and isinstance(value, str):
                value = date.fromisoformat(value)
            kwargs[key] = value
        return cls(**kwargs).check()  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SegmentCandidate:
    """What a segment looks at of one customer."""

    customer_id: int
    marketing_consent: bool
    tag_ids: frozenset[int] = field(default_factory=frozenset)
    category: str = ""
    tier_id: int | None = None
    rfm_segment: str | None = None  # None: never bought
    birthday_month: int | None = None
    last_visit: date | None = None
    spend_fen: int = 0


def matches(segment: SegmentDefinition, c: SegmentCandidate) -> bool:
    """Whether the customer is in the segment (never without marketing consent)."""
    if not c.marketing_consent:
        return False
    if segment.tag_ids and not c.tag_ids.intersection(segment.tag_ids):
        return False
    if segment.categories and c.category not in segment.categories:
        return False
    if segment.tier_ids and (c.tier_id or 0) not in segment.tier_ids:
        return False
    if segment.rfm_segments and c.rfm_segment not in segment.rfm_segments:
        return False
    if segment.birthday_months and c.birthday_month not in segment.birthday_months:
        return False
    if segment.last_visit_from is not None and (
        c.last_visit is None or c.last_visit < segment.last_visit_from
    ):
        return False
    if segment.last_visit_to is not None and (
        c.last_visit is None or c.last_visit > segment.last_visit_to
    ):
        return False
    if segment.spend_min_fen is not None and c.spend_fen < segment.spend_min_fen:
        return False
    return not (segment.spend_max_fen is not None and c.spend_fen > segment.spend_max_fen)


def count_by_reason(
    segment: SegmentDefinition, candidates: Mapping[int, SegmentCandidate]
) -> tuple[int, int]:
    """(members, left out only for want of marketing consent), for the preview."""
    members = no_consent = 0
    for c in candidates.values():
        if matches(segment, c):
            members += 1
        elif not c.marketing_consent and matches(
            segment,
            SegmentCandidate(
                c.customer_id,
                True,
                c.tag_ids,
                c.category,
                c.tier_id,
                c.rfm_segment,
                c.birthday_month,
                c.last_visit,
                c.spend_fen,
            ),
        ):
            no_consent += 1
    return members, no_consent


__all__ = ["SegmentCandidate", "SegmentDefinition", "count_by_reason", "matches"]
