"""Giving a coupon to a list of customers (发券) from the promotions screen: the customers of a
segment (a tag, a tier, or everyone), only those who agreed to marketing messages — a coupon
handed out in bulk is marketing. One transaction, audited once with the counts; the GUI runs it
off its thread with a progress dialog (thousands of coupons take a while).
"""

from __future__ import annotations

from dataclasses import dataclass

from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.segment import SegmentDefinition, count_by_reason, matches
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.campaigns.segments import candidates
from storecrm.services.customers import get_category_rules
from storecrm.services.promotions.coupons import BULK_MAX, Source, issuable, issue_one


@dataclass(frozen=True, slots=True)
class BulkIssue:
    """What a bulk issue did (counts only: nobody's data is returned)."""

    issued: int
    over_limit: int  # already held as many as the template allows: skipped
    without_consent: int  # in the segment but without marketing consent: left out


def give_to_segment(
    uow: UnitOfWork, actor: Actor, template_id: int, segment: SegmentDefinition
) -> BulkIssue:
    """One coupon of the template to each customer of ``segment`` who gave marketing consent
    (at most ``BULK_MAX``); those at the template's per-customer limit are skipped. Audited."""
    audit.require(uow, actor, Permission.MANAGE_PROMOTIONS, "coupon_issue")
    segment.check()
    at = clock.now()
    template = issuable(uow, template_id, at.date())
    found = candidates(uow, get_category_rules(uow, actor), at.date(), with_rfm=segment.needs_rfm())
    _members, without_consent = count_by_reason(segment, found)
    ids = [cid for cid, c in found.items() if matches(segment, c)]  # never without consent
    if not ids:
        raise ValidationError("customers", "required")
    if len(ids) > BULK_MAX:
        raise ValidationError("customers", "too_many", max=BULK_MAX)
    held = uow.campaigns.coupons_held(template.id, ids) if template.per_customer is not None else {}
    issued = over = 0
    for cid in ids:
        if template.per_customer is not None and held.get(cid, 0) >= template.per_customer:
            over += 1
            continue
        issue_one(uow, actor.user_id, template, cid, at, Source.BULK)
        issued += 1
    audit.record(
        uow, actor, "coupon_issue", target=f"coupon_template:{template.id}",
        detail={"issued": issued, "over_limit": over, "without_consent": without_consent,
                "source": Source.BULK, "segment": segment.to_json()},
    )  # fmt: skip
    uow.commit()
    return BulkIssue(issued, over, without_consent)


__all__ = ["BulkIssue", "give_to_segment"]
