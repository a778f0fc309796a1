"""Lifecycle offers (开卡礼, 生日礼, 沉睡唤醒, 推荐奖励): switched on by the owner, issued once a
day on opening through the writer with each kind's holdout, listed in the reminders, and shown in
the campaigns list as standing campaigns."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from storecrm.data.schema import audit_log, campaign_members, coupons, customers
from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft, Source
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.promotions.campaign import Group, group_of
from storecrm.domain.promotions.lifecycle import (
    KindSettings,
    LifecycleKind,
    LifecycleSettings,
    usual_interval,
    winback_due,
)
from storecrm.services import customers as customer_service
from storecrm.services import reminders
from storecrm.services.campaigns import lifecycle
from storecrm.services.campaigns.results import campaign_results
from storecrm.services.session import StoreContext
from tests.services.test_campaigns import add_people, add_template, sell
from tests.services.test_sales import Clock

HOLDOUT = 20


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2025, 5, 10, 9, 0, 0))
    monkeypatch.setattr(clock, "now", fake)
    return fake


def switch_on(ctx: StoreContext, kind: LifecycleKind, template: int, **kw: int) -> KindSettings:
    values = {"holdout_percent": HOLDOUT} | kw
    settings = KindSettings(enabled=True, template_id=template, **values)  # type: ignore[arg-type]
    return ctx.call(lifecycle.set_kind, kind, settings).of(kind)


def issued(ctx: StoreContext) -> list[tuple[int, str]]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - what was written
        rows = uow.connection.execute(select(coupons.c.customer_id, coupons.c.source))
        return sorted((int(r.customer_id), str(r.source)) for r in rows)


def members(ctx: StoreContext) -> dict[int, str]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001
        rows = uow.connection.execute(
            select(campaign_members.c.customer_id, campaign_members.c.grp)
        )
        return {int(r.customer_id): str(r.grp) for r in rows}


# -- the domain's rules --------------------------------------------------------------------
def test_usual_interval_is_the_median_gap_of_distinct_visit_days() -> None:
    days = [date(2025, 1, 1), date(2025, 1, 11), date(2025, 1, 11), date(2025, 1, 21),
            date(2025, 3, 1)]  # fmt: skip
    assert usual_interval(days, 3) == 10  # gaps 10, 10, 39
    assert usual_interval(days[:2], 3) is None  # too few visit days to know
    # 10 days usual, 50 % margin: due after 15 days, for 30 days; not before, not long after
    assert not winback_due(days[:4], date(2025, 2, 5), 3, 50)  # 15 days since
    assert winback_due(days[:4], date(2025, 2, 6), 3, 50)
    assert winback_due(days[:4], date(2025, 3, 7), 3, 50)  # 45 days since
    assert not winback_due(days[:4], date(2025, 3, 8), 3, 50)


def test_settings_survive_a_round_trip_and_bad_text() -> None:
    s = LifecycleSettings().with_kind(
        LifecycleKind.BIRTHDAY, KindSettings(True, 3, 15, 99, date(2025, 5, 1), 5, 40, 4)
    )
    assert LifecycleSettings.from_json(s.to_json()) == s
    assert LifecycleSettings.from_json("not json") == LifecycleSettings()


# -- switching on ---------------------------------------------------------------------------
def test_a_cashier_may_not_switch_them_but_opening_sets_them_off(
    cashier: StoreContext, now: Clock
) -> None:
    with pytest.raises(PermissionDenied):
        cashier.call(lifecycle.set_kind, LifecycleKind.WELCOME, KindSettings(enabled=True))
    with pytest.raises(PermissionDenied):
        cashier.call(lifecycle.get_settings)
    first = cashier.call(lifecycle.issue_due)  # whoever opens the store that day
    assert not first.already_done and first.total_issued == 0
    assert cashier.call(lifecycle.issue_due).already_done


def test_switching_on_needs_a_template_and_keeps_the_seed(owner: StoreContext, now: Clock) -> None:
    template = add_template(owner)
    with pytest.raises(ValidationError) as err:
        owner.call(lifecycle.set_kind, LifecycleKind.WELCOME, KindSettings(enabled=True))
    assert err.value.field == "coupon_template"
    with pytest.raises(ValidationError) as err:
        switch_on(owner, LifecycleKind.BIRTHDAY, template, days_ahead=99)
    assert err.value.field == "days_ahead"
    first = switch_on(owner, LifecycleKind.WELCOME, template)
    assert first.seed is not None and first.since == date(2025, 5, 10)
    now.set(2025, 5, 20, 9, 0, 0)
    off = owner.call(lifecycle.set_kind, LifecycleKind.WELCOME, KindSettings(template_id=template))
    again = switch_on(owner, LifecycleKind.WELCOME, template)
    assert off.of(LifecycleKind.WELCOME).seed == first.seed == again.seed
    assert again.since == date(2025, 5, 20)
    assert owner.call(lifecycle.get_settings).of(LifecycleKind.WELCOME) == again


# -- the daily issue --------------------------------------------------------------------------
def test_welcome_is_issued_once_a_day_once_per_customer_with_the_holdout(
    owner: StoreContext, now: Clock
) -> None:
    template = add_template(owner)
    before = add_people(owner, 5)  # joined before it was switched on: nothing for them
    now.set(2025, 5, 11, 9, 0, 0)
    seed = switch_on(owner, LifecycleKind.WELCOME, template).seed
    assert seed is not None
    joined = add_people(owner, 40, start=10)
    add_people(owner, 3, consent=False, start=100)  # no marketing consent: never contacted
    now.set(2025, 5, 12, 8, 30, 0)
    outcome = owner.call(lifecycle.issue_due)
    target = [p for p in joined if group_of(seed, p, HOLDOUT) is Group.TARGET]
    holdout = [p for p in joined if group_of(seed, p, HOLDOUT) is Group.HOLDOUT]
    assert target and holdout
    assert outcome.issued == {"welcome": len(target)}
    assert outcome.held_out == {"welcome": len(holdout)}
    assert issued(owner) == [(p, "lc_welcome") for p in target]
    assert members(owner) == {p: g.value for p in joined for g in [group_of(seed, p, HOLDOUT)]}
    assert not set(before) & set(members(owner))
    # a second opening that day issues nothing; the next day, nobody new: nothing again
    assert owner.call(lifecycle.issue_due).already_done
    now.set(2025, 5, 13, 8, 30, 0)
    assert owner.call(lifecycle.issue_due).total_issued == 0
    assert len(issued(owner)) == len(target)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        actions = [r.action for r in uow.connection.execute(select(audit_log.c.action))]
    assert actions.count("lifecycle_issue") == 1
    # the standing campaign is in the campaigns list with its groups
    report = owner.call(campaign_results)
    standing = [r for r in report if r.name == "Welcome coupon 2025"]
    assert len(standing) == 1 and standing[0].reached == len(target)
    assert standing[0].holdout_percent == HOLDOUT and standing[0].seed == seed


def test_birthday_by_days_ahead_once_a_year(owner: StoreContext, now: Clock) -> None:
    template = add_template(owner)
    people = add_people(owner, 3)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - test set-up: birthdays
        for cid, (cal, m, d) in zip(
            people, [("solar", 5, 15), ("solar", 6, 30), ("lunar", 4, 18)], strict=True
        ):
            uow.connection.execute(
                update(customers).where(customers.c.id == cid)
                .values(birthday_calendar=cal, birthday_month=m, birthday_day=d)
            )  # fmt: skip
        uow.commit()
    switch_on(owner, LifecycleKind.BIRTHDAY, template, days_ahead=7)
    # holdout 20 % with this kind's seed: choose whom we expect by the same rule
    seed = owner.call(lifecycle.get_settings).of(LifecycleKind.BIRTHDAY).seed
    assert seed is not None
    owner.call(lifecycle.issue_due)  # 10 May: 15 May (solar) is within 7 days; 2025 农历四月十八
    expected = {people[0], people[2]}  # is 15 May 2025 too; 30 June is not near
    got = {cid for cid, grp in members(owner).items()}
    assert got == expected
    assert {c for c, _s in issued(owner)} == {
        p for p in expected if group_of(seed, p, HOLDOUT) is Group.TARGET
    }
    now.set(2025, 5, 14, 9, 0, 0)  # still within the window: no second coupon this year
    assert owner.call(lifecycle.issue_due).total_issued == 0


def test_winback_when_past_their_own_interval(owner: StoreContext, now: Clock) -> None:
    template = add_template(owner)
    regular, rare = add_people(owner, 2)
    for day in (1, 11, 21):  # every 10 days in March
        now.set(2025, 3, day, 12, 0, 0)
        sell(owner, regular, 5_000)
        sell(owner, rare, 5_000) if day == 1 else None
    now.set(2025, 4, 5, 9, 0, 0)  # 15 days since: not yet past 10 days + 50 %
    switch_on(owner, LifecycleKind.WINBACK, template, margin_percent=50, min_visits=3)
    settings = owner.call(lifecycle.get_settings).of(LifecycleKind.WINBACK)
    assert settings.seed is not None
    assert owner.call(lifecycle.issue_due).total_issued == 0
    now.set(2025, 4, 6, 9, 0, 0)
    outcome = owner.call(lifecycle.issue_due)
    assert set(members(owner)) == {regular}  # one visit tells nothing of a usual interval
    expected_target = group_of(settings.seed, regular, HOLDOUT) is Group.TARGET
    assert outcome.total_issued == int(expected_target)


def test_referral_rewards_the_referrer_when_the_referred_first_pays(
    owner: StoreContext, now: Clock
) -> None:
    template = add_template(owner)
    (referrer,) = add_people(owner, 1)
    switch_on(owner, LifecycleKind.REFERRAL, template, holdout_percent=0)
    referred = owner.call(
        customer_service.create_customer,
        CustomerDraft(name="小新", phone="13700000001", source=Source.REFERRAL,
                      referrer_id=referrer, marketing_consent=True),
    ).customer_id  # fmt: skip
    now.set(2025, 5, 11, 9, 0, 0)
    assert owner.call(lifecycle.issue_due).total_issued == 0  # not paid yet
    sell(owner, referred, 8_000)
    now.set(2025, 5, 12, 9, 0, 0)
    assert owner.call(lifecycle.issue_due).issued == {"referral": 1}
    assert issued(owner) == [(referrer, "lc_referral")]
    assert members(owner) == {referred: "target"}
    sell(owner, referred, 8_000)
    now.set(2025, 5, 13, 9, 0, 0)
    assert owner.call(lifecycle.issue_due).total_issued == 0  # once per referred customer


def test_issued_coupons_are_in_the_reminders_to_contact(owner: StoreContext, now: Clock) -> None:
    template = add_template(owner)
    switch_on(owner, LifecycleKind.WELCOME, template, holdout_percent=0)
    (joined,) = add_people(owner, 1)
    now.set(2025, 5, 11, 9, 0, 0)
    owner.call(lifecycle.issue_due)
    due = owner.call(reminders.due_reminders).of_kind("lifecycle_coupon")
    assert [(i.customer_id, i.coupon_source, i.title) for i in due] == [
        (joined, "lc_welcome", "满100减20")
    ]
    assert due[0].coupon_valid_to == date(2025, 6, 9)  # 30 days, the 11th among them
    templates = owner.call(reminders.list_templates)
    assert any(t.kind == "lifecycle_coupon" for t in templates)
    now.set(2025, 5, 25, 9, 0, 0)  # two weeks on: no longer news
    assert not owner.call(reminders.due_reminders).of_kind("lifecycle_coupon")


def test_winback_at_most_once_in_365_days_across_the_new_year(
    owner: StoreContext, now: Clock
) -> None:
    """A lapse that starts in December is still due in January: one coupon (one membership), not
    a second one in the new year's standing campaign; a new lapse a year after the first is
    due again."""
    template = add_template(owner)
    people = add_people(owner, 12)
    for day in (15, 25):  # every 10 days, from 15 November: usual interval 10 days
        now.set(2025, 11, day, 12, 0, 0)
        for cid in people:
            sell(owner, cid, 5_000)
    now.set(2025, 12, 5, 12, 0, 0)
    for cid in people:
        sell(owner, cid, 5_000)
    now.set(2025, 12, 1, 9, 0, 0)
    switch_on(owner, LifecycleKind.WINBACK, template, margin_percent=50, min_visits=3)
    now.set(2025, 12, 21, 9, 0, 0)  # 16 days since 5 December: past 15
    first = owner.call(lifecycle.issue_due)
    assert set(members(owner)) == set(people)
    assert first.total_issued + sum(first.held_out.values()) == len(people)

    now.set(2026, 1, 2, 9, 0, 0)  # the same lapse (28 days since), a new calendar year
    again = owner.call(lifecycle.issue_due)
    assert again.total_issued == 0 and not again.held_out
    assert len(issued(owner)) == first.total_issued

    # They come back in November 2026 (every 10 days) and lapse again in December: that is
    # within 365 days of 21 December 2025 on the 20th, and past it on the 21st.
    for day in (20, 30):
        now.set(2026, 11, day, 12, 0, 0)
        for cid in people:
            sell(owner, cid, 5_000)
    now.set(2026, 12, 4, 12, 0, 0)  # gaps 10, 10, 10, 14, …: the median stays 10
    for cid in people:
        sell(owner, cid, 5_000)
    now.set(2026, 12, 20, 9, 0, 0)  # 16 days since: due, but 364 days after the last one
    assert owner.call(lifecycle.issue_due).total_issued == 0
    now.set(2026, 12, 21, 9, 0, 0)
    later = owner.call(lifecycle.issue_due)
    assert later.total_issued == first.total_issued  # the same seed: the same target
    assert len(issued(owner)) == 2 * first.total_issued
    results = {r.name: r for r in owner.call(campaign_results)}
    assert sorted(n for n in results if n.startswith("Win-back")) == [
        "Win-back coupon 2025",
        "Win-back coupon 2026",
    ]
