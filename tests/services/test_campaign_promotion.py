"""A campaign whose offer is a promotion open only to its target (issue 20, point 4): the till
applies it to the target members alone, in the campaign's period; the results count who bought
with it, what it cost and what the target brought in against the holdout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.campaign import Group, estimate_effect, group_of
from storecrm.domain.promotions.offers import Audience, Promotion, PromotionKind
from storecrm.services import customers, sales
from storecrm.services.campaigns.manage import (
    create_campaign,
    launch_campaign,
    promotion_choices,
)
from storecrm.services.campaigns.results import campaign_result
from storecrm.services.dto import LineDraft, SaleDraft
from storecrm.services.promotions import catalogue
from storecrm.services.session import StoreContext
from tests.services.test_campaigns import HOLDOUT, SEED, add_people, draft, sell
from tests.services.test_sales import Clock

START = date(2026, 3, 2)
END = date(2026, 3, 31)
#: 满100减20, open only to a campaign's target.
OFFER = Promotion(
    0, "会员专享满100减20", PromotionKind.AMOUNT_OFF, threshold_fen=10_000, off_fen=2_000,
    audience=Audience.CAMPAIGN,
)  # fmt: skip


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2026, 3, 1, 9, 0, 0))
    monkeypatch.setattr(clock, "now", fake)
    return fake


def quote_total(ctx: StoreContext, customer: int | None, fen: int) -> tuple[int, list[str]]:
    line = LineDraft("amount", 1, unit_fen=fen, description="服务")
    q = ctx.call(sales.quote_sale, SaleDraft(customer, (line,), ()))
    return q.total_fen, [s.name for s in q.savings]


@pytest.fixture
def campaign(
    owner: StoreContext, now: Clock
) -> tuple[StoreContext, int, int, list[int], list[int], int]:
    people = add_people(owner, 40)
    (outsider,) = add_people(owner, 1, consent=False, start=100)
    promotion = owner.call(catalogue.save_promotion, OFFER).id
    assert [c.promotion_id for c in owner.call(promotion_choices)] == [promotion]
    cid = owner.call(
        create_campaign,
        draft(None, promotion_id=promotion, starts_on=START, ends_on=END, name="春季专享"),
    )
    assert owner.call(promotion_choices) == []  # one campaign per promotion
    outcome = owner.call(launch_campaign, cid)
    target = [p for p in people if group_of(SEED, p, HOLDOUT) is Group.TARGET]
    holdout = [p for p in people if group_of(SEED, p, HOLDOUT) is Group.HOLDOUT]
    assert (outcome.target, outcome.holdout, outcome.coupons_issued) == (
        len(target),
        len(holdout),
        0,
    )
    assert len(holdout) >= 5
    return owner, cid, promotion, target, holdout, outsider


def test_the_till_opens_the_promotion_to_the_target_in_the_period_only(
    campaign: tuple[StoreContext, int, int, list[int], list[int], int], now: Clock
) -> None:
    owner, _cid, _promotion, target, holdout, outsider = campaign
    # 1 March: the campaign has not begun
    assert quote_total(owner, target[0], 15_000) == (15_000, [])
    now.set(2026, 3, 2, 10, 0, 0)
    # ¥150 − ¥20 for a target member; the holdout, a customer outside the campaign and a
    # walk-in pay ¥150
    assert quote_total(owner, target[0], 15_000) == (13_000, ["会员专享满100减20"])
    assert quote_total(owner, holdout[0], 15_000) == (15_000, [])
    assert quote_total(owner, outsider, 15_000) == (15_000, [])
    assert quote_total(owner, None, 15_000) == (15_000, [])
    assert quote_total(owner, target[0], 9_900) == (9_900, [])  # below ¥100
    now.set(2026, 3, 31, 20, 0, 0)
    assert quote_total(owner, target[1], 10_000) == (8_000, ["会员专享满100减20"])
    now.set(2026, 4, 1, 9, 0, 0)  # over
    assert quote_total(owner, target[1], 10_000) == (10_000, [])


def test_results_of_a_promotion_campaign(
    campaign: tuple[StoreContext, int, int, list[int], list[int], int], now: Clock
) -> None:
    owner, cid, _promotion, target, holdout, outsider = campaign
    now.set(2026, 3, 10, 11, 0, 0)
    sell(owner, target[0], 15_000)  # pays ¥130 (saved ¥20)
    sell(owner, target[0], 5_000)  # ¥50: below the threshold
    sell(owner, target[1], 20_000)  # pays ¥180 (saved ¥20, not 每满)
    sell(owner, target[2], 5_000)  # ¥50 only: bought, not with it
    refunded = sell(owner, target[3], 12_000)  # pays ¥100 (saved ¥20) …
    now.advance(hours=1)
    owner.call(sales.refund_sale, refunded, None, "退货")  # … refunded in full: not redeemed
    sell(owner, holdout[0], 15_000)  # the holdout pays full price
    sell(owner, outsider, 30_000)  # not in the campaign: counted nowhere
    now.set(2026, 4, 5, 9, 0, 0)
    sell(owner, target[4], 50_000)  # after the period: not counted (and no saving)

    r = owner.call(campaign_result, cid, date(2026, 4, 5))
    assert (r.offer_kind, r.offer, r.phase) == ("promotion", "会员专享满100减20", "ended")
    assert r.reached == len(target)  # the offer was open to each of them
    assert r.redeemed == 2
    assert r.discount_cost_fen == 2_000 + 2_000
    assert r.revenue_from_redeemers_fen == (13_000 + 5_000) + 18_000
    # target: 18 000 + 18 000 + 5 000 + (10 000 − 10 000) = 41 000 fen; holdout: 15 000 fen
    n_t, n_h = len(target), len(holdout)
    assert (r.effect.target_spend, r.effect.holdout_spend) == (41_000, 15_000)
    assert r.effect.incremental == round((41_000 / n_t - 15_000 / n_h) * n_t)
    spend_t = [18_000, 18_000, 5_000] + [0] * (n_t - 3)
    spend_h = [15_000] + [0] * (n_h - 1)
    assert r.effect == estimate_effect(spend_t, spend_h)
    assert r.redemption_percent == round(Decimal(200) / n_t, 1)


def test_a_promotion_offer_must_be_for_a_campaign_and_one_campaign_only(
    owner: StoreContext, now: Clock
) -> None:
    open_to_all = owner.call(
        catalogue.save_promotion, Promotion(0, "全场满100减10", PromotionKind.AMOUNT_OFF,
                                            threshold_fen=10_000, off_fen=1_000)
    ).id  # fmt: skip
    own = owner.call(catalogue.save_promotion, OFFER).id
    assert [c.promotion_id for c in owner.call(promotion_choices)] == [own]
    for kwargs, code in (
        ({"promotion_id": open_to_all}, "not_for_campaign"),
        ({}, "required"),  # neither a coupon nor a promotion
    ):
        with pytest.raises(ValidationError) as err:
            owner.call(create_campaign, draft(None, **kwargs))
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        owner.call(create_campaign, draft(1, promotion_id=own))  # both
    assert err.value.code == "required"
    owner.call(create_campaign, draft(None, promotion_id=own))
    with pytest.raises(ValidationError) as err:
        owner.call(create_campaign, draft(None, promotion_id=own))
    assert (err.value.field, err.value.code) == ("promotion", "in_use")
    # A campaign-only promotion in no launched campaign is open to nobody: only the other one
    (someone,) = add_people(owner, 1)
    assert quote_total(owner, someone, 15_000) == (14_000, ["全场满100减10"])


def test_the_offer_stays_for_the_target_and_follows_a_merge(
    campaign: tuple[StoreContext, int, int, list[int], list[int], int], now: Clock
) -> None:
    owner, _cid, promotion, target, _holdout, outsider = campaign
    stored = catalogue.load_one_promotion
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - read the promotion as stored
        offer = stored(uow, promotion)
    with pytest.raises(ValidationError) as err:
        owner.call(catalogue.save_promotion, replace(offer, audience=Audience.EVERYONE))
    assert (err.value.field, err.value.code) == ("audience", "campaign_offer")
    owner.call(catalogue.save_promotion, replace(offer, name="专享满100减20"))  # renaming is fine
    now.set(2026, 3, 5, 10, 0, 0)
    assert quote_total(owner, outsider, 15_000) == (15_000, [])
    # the target member merged into the outsider's record: the kept record gets the offer
    owner.call(customers.merge_customers, outsider, target[0])
    assert quote_total(owner, outsider, 15_000) == (13_000, ["专享满100减20"])
