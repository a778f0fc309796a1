"""A segment definition: its rules, its JSON, and what it matches."""

from __future__ import annotations

from datetime import date

import pytest

from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.segment import (
    SegmentCandidate,
    SegmentDefinition,
    count_by_reason,
    matches,
)


def test_json_round_trip() -> None:
    seg = SegmentDefinition(
        tag_ids=(1, 2),
        categories=("vip",),
        tier_ids=(0, 3),
        rfm_segments=("important_value",),
        birthday_months=(12,),
        last_visit_from=date(2026, 1, 1),
        last_visit_to=date(2026, 6, 30),
        spend_min_fen=10_000,
        spend_max_fen=500_000,
    )
    assert SegmentDefinition.from_json(seg.to_json()) == seg
    assert SegmentDefinition.from_json("") == SegmentDefinition()


@pytest.mark.parametrize(
    ("seg", "field"),
    [
        (SegmentDefinition(categories=("gold",)), "categories"),
        (SegmentDefinition(rfm_segments=("best",)), "rfm_segments"),
        (SegmentDefinition(birthday_months=(13,)), "birthday_months"),
        (
            SegmentDefinition(last_visit_from=date(2026, 2, 1), last_visit_to=date(2026, 1, 1)),
            "last_visit",
        ),
        (SegmentDefinition(spend_min_fen=-1), "spend"),
        (SegmentDefinition(spend_min_fen=200, spend_max_fen=100), "spend"),
    ],
)
def test_bad_definitions_are_refused_by_field(seg: SegmentDefinition, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        seg.check()
    assert err.value.field == field


def test_matching_and_the_consent_rule() -> None:
    someone = SegmentCandidate(
        1, True, frozenset({5}), "vip", None, "important_keep", 4, date(2026, 3, 1), 80_000
    )
    assert matches(SegmentDefinition(), someone)
    assert matches(SegmentDefinition(tag_ids=(4, 5)), someone)
    assert not matches(SegmentDefinition(tag_ids=(4,)), someone)
    assert matches(SegmentDefinition(tier_ids=(0,)), someone)  # 0: no tier
    assert not matches(SegmentDefinition(tier_ids=(2,)), someone)
    assert matches(SegmentDefinition(spend_min_fen=80_000, spend_max_fen=80_000), someone)
    assert not matches(SegmentDefinition(spend_min_fen=80_001), someone)
    assert matches(SegmentDefinition(last_visit_to=date(2026, 3, 1)), someone)
    assert not matches(SegmentDefinition(last_visit_from=date(2026, 3, 2)), someone)
    never = SegmentCandidate(2, True)
    assert not matches(SegmentDefinition(last_visit_to=date(2026, 3, 1)), never)
    silent = SegmentCandidate(3, False, frozenset({5}))
    assert not matches(SegmentDefinition(), silent)
    people = {c.customer_id: c for c in (someone, never, silent)}
    assert count_by_reason(SegmentDefinition(tag_ids=(5,)), people) == (1, 1)
