"""A store with campaigns for the CLI, export and screen tests: 60 consenting customers, a
coupon template, and in May 2025 two launched campaigns — "五月回馈" (half the store) whose
target bought far more than its holdout (six redeemed their coupon at the till), "春季唤醒"
(everyone) whose target bought like its holdout — and a draft."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from storecrm.data.schema import tags
from storecrm.domain import clock
from storecrm.domain.promotions.campaign import Group, group_of
from storecrm.domain.promotions.segment import SegmentDefinition
from storecrm.services.campaigns.manage import create_campaign, launch_campaign
from storecrm.services.session import StoreContext
from tests.services.test_campaigns import add_people, add_template, code_of, draft, sell
from tests.services.test_sales import Clock

WORKED, FLAT, DRAFT = "五月回馈", "春季唤醒", "六月会员日"
SEED_WORKED, SEED_FLAT = 11, 12


def build(ctx: StoreContext, now: Clock) -> dict[str, object]:
    """Fill the store (the clock is moved through May 2025); returns the expected figures."""
    now.set(2025, 4, 20, 10, 0, 0)
    people = add_people(ctx, 60)
    half_a, half_b = people[:30], people[30:]
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - test set-up: tag half the store
        uow.connection.execute(insert(tags).values(name="A组", color="#0F766E", created_at=now()))
        tag_id = uow.connection.execute(select(tags.c.id).where(tags.c.name == "A组")).scalar_one()
        for p in half_a:
            uow.customers.set_tags(p, [tag_id])
        uow.commit()
    template = add_template(ctx, valid_days=31)
    now.set(2025, 5, 1, 9, 0, 0)
    worked = ctx.call(
        create_campaign,
        draft(template, name=WORKED, segment=SegmentDefinition(tag_ids=(tag_id,)),
              starts_on=date(2025, 5, 1), ends_on=date(2025, 5, 31), holdout_percent=30,
              seed=SEED_WORKED),
    )  # fmt: skip
    flat = ctx.call(
        create_campaign,
        draft(template, name=FLAT, segment=SegmentDefinition(), starts_on=date(2025, 5, 1),
              ends_on=date(2025, 5, 31), holdout_percent=30, seed=SEED_FLAT),
    )  # fmt: skip
    ctx.call(launch_campaign, worked)
    ctx.call(launch_campaign, flat)
    ctx.call(
        create_campaign,
        draft(template, name=DRAFT, starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 30)),
    )
    # May: in the worked campaign the target spends 300 yuan each, the holdout 100 from every
    # third member; half B (only in the flat campaign) spends 100 from every third member.
    now.set(2025, 5, 10, 11, 0, 0)
    redeemed = 0
    for i, p in enumerate(half_a):
        in_target = group_of(SEED_WORKED, p, 30) is Group.TARGET
        fen = 30_000 if in_target else (10_000 if i % 3 == 0 else 0)
        if fen:
            redeems = in_target and redeemed < 6  # hands over the coupon: pays 280 yuan
            sell(ctx, p, fen, (code_of(ctx, p),) if redeems else ())
            redeemed += redeems
    for i, p in enumerate(half_b):
        if i % 3 == 0:
            sell(ctx, p, 10_000)
    now.set(2025, 6, 5, 9, 0, 0)
    return {"tag_id": tag_id, "people": people}


def make_campaign_store(folder: Path) -> dict[str, object]:
    from tests.conftest import make_store

    ctx = make_store(folder).context
    original = clock.now
    fake = Clock(datetime(2025, 4, 20, 10, 0, 0))
    clock.now = fake  # type: ignore[assignment]
    try:
        return build(ctx, fake)
    finally:
        clock.now = original  # type: ignore[assignment]
        ctx.close()
