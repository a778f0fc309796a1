"""Choosing a campaign's customers: each criterion, the consent rule, the preview count."""

from __future__ import annotations

from datetime import date, timedelta

from storecrm.data.campaign_rows import CustomerTagPair, SegmentCandidateRow
from storecrm.domain.birthday import Birthday, Calendar, lunar_to_solar
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.domain.reports import RfmSegment
from storecrm.services import customers, demo, demo_sales, privacy
from storecrm.services.campaigns.segments import (
    SegmentPreview,
    preview_segment,
    segment_member_ids,
)
from storecrm.services.session import StoreContext
from tests.data.test_rows import _check


def _add(owner: StoreContext, name: str, phone: str, consent: bool, **kw: object) -> int:
    draft = CustomerDraft(name=name, phone=phone, marketing_consent=consent)
    return owner.call(customers.create_customer, draft, **kw).customer_id


def test_tags_birthdays_and_consent(owner: StoreContext) -> None:
    a = _add(
        owner, "甲", "13800000001", True, tags=["常客"], birthday=Birthday(Calendar.SOLAR, 3, 9)
    )
    b = _add(owner, "乙", "13800000002", False, tags=["常客"])
    c = _add(owner, "丙", "13800000003", True)
    d = _add(owner, "丁", "13800000004", True, birthday=Birthday(Calendar.LUNAR, 1, 1))
    tag_id = next(t.tag_id for t in owner.call(customers.list_tags) if t.name == "常客")
    regulars = SegmentDefinition(tag_ids=(tag_id,))

    assert owner.call(segment_member_ids, regulars) == [a]
    assert owner.call(preview_segment, regulars) == SegmentPreview(1, 1)
    assert owner.call(segment_member_ids, SegmentDefinition()) == [a, c, d]
    assert owner.call(preview_segment, SegmentDefinition()) == SegmentPreview(3, 1)
    assert owner.call(segment_member_ids, SegmentDefinition(birthday_months=(3,))) == [a]
    # a lunar birthday counts in the solar month it is celebrated in
    today = date(2027, 1, 20)
    spring = lunar_to_solar(2027, 1, 1)
    found = owner.call(
        segment_member_ids, SegmentDefinition(birthday_months=(spring.month,)), today
    )
    assert found == [d]

    owner.call(privacy.withdraw_consent, a)
    assert owner.call(segment_member_ids, regulars) == []
    assert owner.call(preview_segment, regulars) == SegmentPreview(0, 2)
    assert b not in owner.call(segment_member_ids, SegmentDefinition())


def test_spend_visits_tiers_and_rfm_on_a_busy_store(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 80, 7)
    owner.call(demo_sales.add_demo_history, 3, 7)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - the facts to check against
        rows = {r["id"]: r for r in uow.campaigns.segment_candidates()}
    consenting = {cid for cid, r in rows.items() if r["marketing_consent"]}
    assert 0 < len(consenting) < len(rows)  # the demo has both, or the test proves little

    everyone = set(owner.call(segment_member_ids, SegmentDefinition()))
    assert everyone == consenting

    spends = sorted(int(rows[c]["total_spend_fen"]) for c in consenting)
    low, high = spends[len(spends) // 4], spends[3 * len(spends) // 4]
    by_spend = set(
        owner.call(segment_member_ids, SegmentDefinition(spend_min_fen=low, spend_max_fen=high))
    )
    assert by_spend == {c for c in consenting if low <= rows[c]["total_spend_fen"] <= high}
    assert 0 < len(by_spend) < len(consenting)

    since = date.today() - timedelta(days=30)
    recent = set(owner.call(segment_member_ids, SegmentDefinition(last_visit_from=since)))
    assert recent == {
        c
        for c in consenting
        if rows[c]["last_visit_at"] is not None and rows[c]["last_visit_at"].date() >= since
    }

    tier_ids = {rows[c]["tier_id"] for c in consenting if rows[c]["tier_id"]}
    some_tier = min(tier_ids)
    in_tier = set(owner.call(segment_member_ids, SegmentDefinition(tier_ids=(some_tier,))))
    assert in_tier == {c for c in consenting if rows[c]["tier_id"] == some_tier}
    no_tier = set(owner.call(segment_member_ids, SegmentDefinition(tier_ids=(0,))))
    assert no_tier == {c for c in consenting if rows[c]["tier_id"] is None}

    # the eight RFM segments split the consenting customers who have bought, without overlap
    parts = [
        set(owner.call(segment_member_ids, SegmentDefinition(rfm_segments=(s.value,))))
        for s in RfmSegment
    ]
    bought = {c for c in consenting if rows[c]["visit_count"] and rows[c]["last_visit_at"]}
    assert set().union(*parts) == bought
    assert sum(len(p) for p in parts) == len(bought)
    assert sum(1 for p in parts if p) >= 3


def test_the_candidate_rows_are_what_their_types_say(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 20, 3)
    owner.call(demo_sales.add_demo_history, 1, 3)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - reading the repository
        assert _check(SegmentCandidateRow, uow.campaigns.segment_candidates()) == 20
        assert _check(CustomerTagPair, uow.campaigns.customer_tag_pairs()) > 0
