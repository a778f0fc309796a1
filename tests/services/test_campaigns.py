"""Campaigns: create, launch (coupons to the target only, the holdout gets nothing, audited),
and the results measured from the period's sales against the holdout."""

from __future__ import annotations

import typing
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from storecrm.data import schema
from storecrm.data.campaign_rows import CampaignMemberRow, CampaignRow, CustomerSpend, MemberCoupon
from storecrm.data.schema import audit_log, coupon_events, coupons
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.promotions.campaign import Group, estimate_effect, group_of
from storecrm.domain.promotions.offers import CouponKind, CouponTemplate
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.services import customers, sales
from storecrm.services.campaigns.manage import (
    CampaignDraft,
    create_campaign,
    launch_campaign,
    offer_choices,
)
from storecrm.services.campaigns.results import campaign_result, campaign_results
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.promotions import catalogue as promo_catalogue
from storecrm.services.promotions import coupons as coupons_service
from storecrm.services.session import StoreContext
from tests.data.test_rows import _allowed, _check

SEED = 7
HOLDOUT = 25


def add_template(ctx: StoreContext, name: str = "满100减20", **kw: object) -> int:
    """A coupon template saved through the coupon service (满100减20, 30 days by default)."""
    values: dict[str, object] = {"min_spend_fen": 10_000, "off_fen": 2_000, "valid_days": 30}
    values |= kw
    active = bool(values.pop("active", True))
    saved = ctx.call(
        promo_catalogue.save_template,
        CouponTemplate(0, name, CouponKind.AMOUNT_OFF, **values),  # type: ignore[arg-type]
    )
    if not active:
        ctx.call(promo_catalogue.set_template_active, saved.id, False)
    return saved.id


def add_people(ctx: StoreContext, n: int, consent: bool = True, start: int = 0) -> list[int]:
    return [
        ctx.call(
            customers.create_customer,
            CustomerDraft(
                name=f"客{start + i}", phone=f"139{start + i:08d}", marketing_consent=consent
            ),
        ).customer_id
        for i in range(n)
    ]


def sell(ctx: StoreContext, customer_id: int, fen: int, codes: tuple[str, ...] = ()) -> int:
    """A sale of ``fen`` at the till (with the coupons handed over); returns its id."""
    line = LineDraft("amount", 1, unit_fen=fen, description="服务")
    quoted = ctx.call(sales.quote_sale, SaleDraft(customer_id, (line,), (), coupon_codes=codes))
    payments = (PaymentDraft("cash", quoted.total_fen),)
    draft = SaleDraft(customer_id, (line,), payments, coupon_codes=codes)
    return ctx.call(sales.record_sale, draft).sale_id


def code_of(ctx: StoreContext, customer_id: int) -> str:
    """The customer's first coupon's code (the campaign's, in these tests)."""
    return ctx.call(coupons_service.wallet, customer_id)[0].code


def draft(template_id: int, **kw: object) -> CampaignDraft:
    today = date.today()
    values: dict[str, object] = {
        "name": "老客回馈",
        "coupon_template_id": template_id,
        "starts_on": today,
        "ends_on": today + timedelta(days=30),
        "message": "【{store}】{name}您好，送您一张{coupon}，券码 {code}",
        "holdout_percent": HOLDOUT,
        "seed": SEED,
    } | kw
    return CampaignDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def launched(owner: StoreContext) -> tuple[StoreContext, int, list[int], list[int]]:
    people = add_people(owner, 40)
    add_people(owner, 5, consent=False, start=100)
    template = add_template(owner)
    cid = owner.call(create_campaign, draft(template))
    outcome = owner.call(launch_campaign, cid)
    target = [p for p in people if group_of(SEED, p, HOLDOUT) is Group.TARGET]
    holdout = [p for p in people if group_of(SEED, p, HOLDOUT) is Group.HOLDOUT]
    assert (outcome.target, outcome.holdout, outcome.coupons_issued) == (
        len(target),
        len(holdout),
        len(target),
    )
    assert len(holdout) >= 5  # enough for an interval, or the figures below prove less
    return owner, cid, target, holdout


def test_launch_issues_coupons_to_the_target_only(
    launched: tuple[StoreContext, int, list[int], list[int]],
) -> None:
    owner, cid, target, holdout = launched
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - what was written
        holders = {
            r.customer_id: r.source
            for r in uow.connection.execute(select(coupons.c.customer_id, coupons.c.source))
        }
        kinds = {r.kind for r in uow.connection.execute(select(coupon_events.c.kind))}
        actions = [r.action for r in uow.connection.execute(select(audit_log.c.action))]
        with pytest.raises(Exception, match="append-only"):
            uow.connection.execute(text("UPDATE campaign_members SET grp = 'target'"))
    assert set(holders) == set(target)
    assert set(holders.values()) == {"campaign"} and kinds == {"issued"}
    assert not set(holdout) & set(holders)
    assert "campaign_create" in actions and "campaign_launch" in actions
    with pytest.raises(ValidationError) as err:
        owner.call(launch_campaign, cid)
    assert err.value.code == "already_launched"


def test_results_measure_the_effect_against_the_holdout(
    launched: tuple[StoreContext, int, list[int], list[int]],
) -> None:
    owner, cid, target, holdout = launched
    # the target buys more: 150 yuan from every other member; the holdout 50 yuan from every third
    target_spend = {p: (15_000 if i % 2 == 0 else 0) for i, p in enumerate(target)}
    holdout_spend = {p: (5_000 if i % 3 == 0 else 0) for i, p in enumerate(holdout)}
    # two target members hand over their coupon at the till (满100减20: they pay 130 yuan)
    redeemers = [p for p in target if target_spend[p]][:2]
    sale_of: dict[int, int] = {}
    for p, fen in (target_spend | holdout_spend).items():
        if fen:
            codes = (code_of(owner, p),) if p in redeemers else ()
            sale_of[p] = sell(owner, p, fen, codes)
    for p in redeemers:
        target_spend[p] -= 2_000
    # a refund of a holdout sale lowers that member's spend
    refunded = next(p for p in holdout if holdout_spend[p])
    owner.call(sales.refund_sale, sale_of[refunded], None, "退货")
    holdout_spend[refunded] = 0

    result = owner.call(campaign_result, cid)
    expected = estimate_effect(list(target_spend.values()), list(holdout_spend.values()))
    assert result.effect == expected
    # by hand: (mean target − mean holdout) × target size, in fen
    by_hand = (
        sum(target_spend.values()) / len(target) - sum(holdout_spend.values()) / len(holdout)
    ) * len(target)
    assert abs(result.effect.incremental - by_hand) <= 1
    assert result.effect.target_spend == sum(target_spend.values())
    assert result.effect.holdout_spend == sum(holdout_spend.values())
    assert (result.reached, result.redeemed) == (len(target), 2)
    assert result.revenue_from_redeemers_fen == 26_000
    assert result.discount_cost_fen == 4_000
    assert result.redemption_percent is not None
    assert result.phase == "running" and result.measured_to == date.today()
    assert [r.campaign_id for r in owner.call(campaign_results)] == [cid]


def test_a_draft_has_no_members_and_figures_of_zero(owner: StoreContext) -> None:
    add_people(owner, 3)
    template = add_template(owner)
    cid = owner.call(create_campaign, draft(template, seed=None))
    result = owner.call(campaign_result, cid)
    assert result.status == "draft" and result.reached == 0 and result.measured_to is None
    assert not result.effect.measurable
    assert 0 <= result.seed < 2**31


def test_bad_drafts_are_refused_with_the_field(owner: StoreContext) -> None:
    template = add_template(owner)
    today = date.today()
    cases = {
        "name": draft(template, name="  "),
        "ends_on": draft(template, ends_on=today - timedelta(days=1)),
        "holdout_percent": draft(template, holdout_percent=60),
        "rfm_segments": draft(template, segment=SegmentDefinition(rfm_segments=("x",))),
    }
    for field, bad in cases.items():
        with pytest.raises(ValidationError) as err:
            owner.call(create_campaign, bad)
        assert err.value.field == field
    off = add_template(owner, "停用券", active=False)
    with pytest.raises(ValidationError):
        owner.call(create_campaign, draft(off))
    assert [o.name for o in owner.call(offer_choices)] == ["满100减20"]


def test_a_cashier_may_not_create_a_campaign(cashier: StoreContext) -> None:
    with pytest.raises(PermissionDenied):  # refused before the template is looked at
        cashier.call(create_campaign, draft(1))
    with pytest.raises(PermissionDenied):
        cashier.call(campaign_results)


def test_per_customer_limit_keeps_the_member_without_a_second_coupon(owner: StoreContext) -> None:
    people = add_people(owner, 20)
    template = add_template(owner, per_customer=1)
    first = owner.call(create_campaign, draft(template, holdout_percent=0))
    assert owner.call(launch_campaign, first).coupons_issued == 20
    second = owner.call(create_campaign, draft(template, holdout_percent=0))
    outcome = owner.call(launch_campaign, second)
    assert (outcome.target, outcome.coupons_issued) == (len(people), 0)


def test_the_campaign_rows_name_their_tables_columns_and_reads(
    launched: tuple[StoreContext, int, list[int], list[int]],
) -> None:
    owner, cid, _target, _holdout = launched
    for kind, table in (
        (CampaignRow, schema.campaigns),
        (CampaignMemberRow, schema.campaign_members),
    ):
        hints = typing.get_type_hints(kind)
        assert list(hints) == [c.name for c in table.columns]
        for column in table.columns:
            expected: tuple[type, ...] = (column.type.python_type,)
            if column.nullable and not column.primary_key:
                expected += (type(None),)
            assert set(_allowed(hints[column.name])) == set(expected), column.name
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - reading the repository
        ids = [m["customer_id"] for m in uow.campaigns.members(cid)]
        assert _check(CampaignRow, [uow.campaigns.get(cid), *uow.campaigns.all()]) == 2
        assert _check(CampaignMemberRow, uow.campaigns.members(cid)) == 40
        assert _check(MemberCoupon, uow.campaigns.member_coupons(cid)) == 40
    sell(owner, ids[0], 100)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        spent = uow.campaigns.spend_in(ids, date.today(), date.today())
        assert _check(CustomerSpend, spent) == 1


def test_refusals_read_as_sentences(owner: StoreContext) -> None:
    from storecrm import messages

    cases = {
        ("campaign", "already_launched"): "already been launched",
        ("campaign", "ended"): "period is over",
        ("last_visit", "order"): "ends before it starts",
        ("spend", "order"): "above its upper amount",
        ("coupon_template", "ended"): "validity has ended",
    }
    for (field, code), words in cases.items():
        assert words in messages.error_text(ValidationError(field, code))
    with pytest.raises(ValidationError) as err:
        SegmentDefinition(birthday_months=(13,)).check()
    assert messages.error_text(err.value) == "This must be between 1 and 12."
