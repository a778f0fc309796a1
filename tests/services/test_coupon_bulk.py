"""A coupon given to a list (``promotions.bulk.give_to_segment``): only customers of the segment
with marketing consent, the per-customer limit respected, owner or manager only, audited once."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from storecrm.data.schema import audit_log, coupons
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.promotions.offers import CouponKind, CouponTemplate
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.services import customers, membership
from storecrm.services.promotions import catalogue
from storecrm.services.promotions import coupons as coupon_service
from storecrm.services.promotions.bulk import give_to_segment
from storecrm.services.session import StoreContext

TEMPLATE = CouponTemplate(0, "生日券", CouponKind.VOUCHER, off_fen=2_000, valid_days=30,
                          per_customer=2)  # fmt: skip


def person(ctx: StoreContext, n: int, consent: bool, tags: tuple[str, ...] = ()) -> int:
    draft = CustomerDraft(name=f"客{n}", phone=f"1370000{n:04d}", marketing_consent=consent)
    return ctx.call(customers.create_customer, draft, tags=tags).customer_id


def holders(ctx: StoreContext) -> dict[int, int]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - what was written
        found: dict[int, int] = {}
        for r in uow.connection.execute(select(coupons.c.customer_id, coupons.c.source)):
            assert r.source == "bulk"
            found[int(r.customer_id)] = found.get(int(r.customer_id), 0) + 1
        return found


def test_a_cashier_may_not(cashier: StoreContext) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(give_to_segment, 1, SegmentDefinition())


def test_only_the_consenting_customers_of_the_tag_and_tier_get_one(owner: StoreContext) -> None:
    gold = owner.call(membership.save_tier, membership.Tier(0, "金卡", 1, 900)).tier_id
    a = person(owner, 1, True, ("老客",))
    b = person(owner, 2, True, ("老客",))
    person(owner, 3, False, ("老客",))  # no consent
    person(owner, 4, True)  # no tag
    owner.call(membership.set_member_tier, b, gold)
    template = owner.call(catalogue.save_template, TEMPLATE).id
    tag = next(t.tag_id for t in owner.call(customers.list_tags) if t.name == "老客")
    by_tag = SegmentDefinition(tag_ids=(tag,))
    first = owner.call(give_to_segment, template, by_tag)
    assert (first.issued, first.over_limit, first.without_consent) == (2, 0, 1)
    assert holders(owner) == {a: 1, b: 1}
    # the tag and 金卡: only b; twice more: the second time b is at the limit of two
    both = SegmentDefinition(tag_ids=(tag,), tier_ids=(gold,))
    assert owner.call(give_to_segment, template, both).issued == 1
    again = owner.call(give_to_segment, template, both)
    assert (again.issued, again.over_limit) == (0, 1)
    assert holders(owner) == {a: 1, b: 2}
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        details = [
            json.loads(r.detail)
            for r in uow.connection.execute(
                select(audit_log.c.detail).where(audit_log.c.action == "coupon_issue")
            )
        ]
    assert [(d["issued"], d["over_limit"], d["source"]) for d in details] == [
        (2, 0, "bulk"),
        (1, 0, "bulk"),
        (0, 1, "bulk"),
    ]
    # a segment with nobody in it is refused, not an empty audited issue
    with pytest.raises(ValidationError) as err:
        owner.call(give_to_segment, template, SegmentDefinition(tier_ids=(999,)))
    assert err.value.code == "required"
    assert len(owner.call(coupon_service.list_coupons)) == 3
