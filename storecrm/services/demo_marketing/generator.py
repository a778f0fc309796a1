"""The demo history's marketing as it is generated: baskets priced by the till's engine, coupons
in wallets, campaign launches and lifecycle occasions (see the package's docstring)."""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from storecrm.data.uow import UnitOfWork
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.membership import PERMILLE, Tier, discounted
from storecrm.domain.promotions.campaign import Group, assign_groups, group_of
from storecrm.domain.promotions.codes import new_code
from storecrm.domain.promotions.engine import CartLine, Offer, Saving, SavingSource, best_offer
from storecrm.domain.promotions.lifecycle import (
    SOURCES,
    KindSettings,
    LifecycleKind,
    LifecycleSettings,
    usual_interval,
    winback_due,
)
from storecrm.domain.promotions.offers import (
    Coupon,
    CouponEventKind,
    CouponState,
    CouponTemplate,
    Promotion,
)
from storecrm.domain.promotions.segment import SegmentCandidate, SegmentDefinition, matches
from storecrm.domain.reminders import Window, birthday_in
from storecrm.domain.roles import Actor
from storecrm.services.campaigns import lifecycle
from storecrm.services.demo_marketing.offers import (
    RUNNING,
    CampaignPlan,
    Catalogue,
    campaign_plans,
    promotions_for,
    templates_for,
)
from storecrm.services.promotions.catalogue import load_promotions, save_promotion, save_template

#: A customer hands over each coupon they hold on a visit with this probability.
PRESENT = 0.8
#: Demo campaigns keep a larger holdout than the default 10 %, so a store of a couple of
#: thousand customers measures the effect with a useful interval.
DEMO_HOLDOUT = 20
#: A refund of a sale that used a coupon is this likely (the first is sure, so the demo shows
#: a coupon given back).
COUPON_REFUND = 0.01
#: Baskets priced without coupons kept for the next equal basket (bounded: see ``_offer``).
MEMO_SIZE = 5_000

#: How likely a lifecycle coupon brings its target in once more (the holdout gets nothing).
LIFECYCLE_PULL = {
    LifecycleKind.WELCOME: 0.3,
    LifecycleKind.BIRTHDAY: 0.4,
    LifecycleKind.WINBACK: 0.25,
    LifecycleKind.REFERRAL: 0.2,
}
_LIFECYCLE_NAMES = {
    LifecycleKind.WELCOME: "开卡礼 %1",
    LifecycleKind.BIRTHDAY: "生日礼 %1",
    LifecycleKind.WINBACK: "沉睡唤醒 %1",
    LifecycleKind.REFERRAL: "推荐奖励 %1",
}


class _Sink(Protocol):
    """What the history's bulk writer takes from here (``demo_sales._Writer``)."""

    coupons: list[tuple[Any, ...]]
    coupon_events: list[tuple[Any, ...]]
    savings: list[tuple[Any, ...]]
    campaign_members: list[tuple[Any, ...]]


def _ts(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat(" ") + ".000000"


# -- the generator's side ------------------------------------------------------------------
@dataclass(slots=True)
class Priced:
    """A basket priced by the engine: the item lines (as ``demo_sales`` writes them), the
    savings (shares in the order of those lines) and the coupons used."""

    lines: list[tuple[Any, ...]]
    savings: tuple[Saving, ...] = ()
    coupons: tuple[Coupon, ...] = ()


@dataclass
class DemoMarketing:
    """The promotions and coupons of the store while the history is generated."""

    uow: UnitOfWork
    user_id: int
    rng: random.Random
    end: datetime
    promotions: list[Promotion]
    items: dict[int, Any]  # catalogue rows by id
    categories: dict[int, str]
    coupon_id: int
    codes: set[str]
    consent: set[int] = field(default_factory=set)
    templates: dict[str, CouponTemplate] = field(default_factory=dict)
    lifecycle: LifecycleSettings | None = None
    wallets: dict[int, list[Coupon]] = field(default_factory=dict)
    queue: list[tuple[datetime, int, str, int, int]] = field(default_factory=list)
    plans: dict[int, CampaignPlan] = field(default_factory=dict)  # campaign id → plan
    standing: dict[str, int] = field(default_factory=dict)  # "kind:year" → campaign id
    seeds: dict[int, int] = field(default_factory=dict)  # campaign id → its seed
    memo: dict[tuple[Any, ...], Offer] = field(default_factory=dict)  # see ``_offer``
    extras: list[Any] = field(default_factory=list)  # what a customer adds to reach a minimum
    coupon_refunds: int = 0
    _seq: int = 0
    _sink_ref: _Sink | None = None

    # -- what happens when ----------------------------------------------------------------
    def _schedule(self, at: datetime, what: str, customer_id: int = 0, year: int = 0) -> None:
        self._seq += 1
        heapq.heappush(self.queue, (at, self._seq, what, customer_id, year))

    def plan_customer(
        self,
        customer_id: int,
        created: datetime,
        consent: bool,
        birthday: Birthday | None,
        visits: Sequence[datetime],
    ) -> None:
        """The customer's lifecycle occasions in the history (welcome on joining, birthdays
        from ``days_ahead`` before, lapses past their usual interval), when they agreed to
        marketing."""
        if not consent:
            return
        self.consent.add(customer_id)
        settings = self.lifecycle
        if settings is None:
            return
        self._plan_winback(customer_id, settings.of(LifecycleKind.WINBACK), visits)
        welcome = settings.of(LifecycleKind.WELCOME)
        if welcome.enabled and welcome.since and welcome.since <= created.date() < self.end.date():
            self._schedule(created + timedelta(minutes=5), "welcome", customer_id)
        gift = settings.of(LifecycleKind.BIRTHDAY)
        if not gift.enabled or gift.since is None or birthday is None:
            return
        first = gift.since
        while first < self.end.date():
            celebrated = birthday_in(
                birthday, Window(first, first + timedelta(days=366 + gift.days_ahead))
            )
            if celebrated is None:
                return
            due = max(gift.since, celebrated - timedelta(days=gift.days_ahead))
            if due >= self.end.date():
                return
            opening = datetime.combine(due, time(9, 0))
            if opening >= created:
                self._schedule(opening, "birthday", customer_id, celebrated.year)
            first = celebrated + timedelta(days=1)

    def _plan_winback(self, customer_id: int, s: KindSettings, visits: Sequence[datetime]) -> None:
        """The first day of each lapse (``lifecycle.winback_due``) after the offer was switched
        on and before the customer came back, at most once a calendar year."""
        if not s.enabled or s.since is None or len(visits) < s.min_visits:
            return
        days = sorted({v.date() for v in visits})
        years: set[int] = set()
        for k in range(max(1, s.min_visits - 1), len(days)):
            usual = usual_interval(days[: k + 1], s.min_visits)
            if usual is None:
                continue
            threshold = usual * (100 + s.margin_percent) // 100
            due = max(s.since, days[k] + timedelta(days=threshold + 1))
            back = days[k + 1] if k + 1 < len(days) else self.end.date()
            if due >= back or not winback_due(days[: k + 1], due, s.min_visits, s.margin_percent):
                continue
            if due.year not in years:
                years.add(due.year)
                self._schedule(datetime.combine(due, time(9, 0)), "winback", customer_id)

    def due(self, at: datetime, members: Mapping[int, Any], visits: Any) -> None:
        """Do what was to happen before ``at``: launches and lifecycle occasions."""
        while self.queue and self.queue[0][0] <= at:
            when, _n, what, customer_id, year = heapq.heappop(self.queue)
            if what == "launch":
                self._launch(customer_id, when, members, visits)
            elif what == "void":
                self._void(customer_id, when)
            else:
                kind = LifecycleKind(what)
                self._occasion(kind, customer_id, year or when.year, when, visits)

    # -- coupons -------------------------------------------------------------------------
    def _issue(self, template: CouponTemplate, customer_id: int, at: datetime, source: str) -> int:
        self.coupon_id += 1
        code = new_code(self.rng.choice)
        while code in self.codes:
            code = new_code(self.rng.choice)
        self.codes.add(code)
        valid_from, valid_to = template.validity(at.date())
        sink = self._sink
        sink.coupons.append(
            (self.coupon_id, code, template.id, customer_id, _ts(at), valid_from.isoformat(),
             valid_to.isoformat(), source, None, self.user_id)
        )  # fmt: skip
        sink.coupon_events.append(
            (self.coupon_id, CouponEventKind.ISSUED.value, _ts(at), None, self.user_id, 0, "")
        )
        coupon = Coupon(self.coupon_id, code, template, customer_id, valid_from, valid_to)
        self.wallets.setdefault(customer_id, []).append(coupon)
        return self.coupon_id

    def _void(self, coupon_id: int, at: datetime) -> None:
        for wallet in self.wallets.values():
            for i, coupon in enumerate(wallet):
                if coupon.id == coupon_id and coupon.last_event is CouponEventKind.ISSUED:
                    self._sink.coupon_events.append(
                        (coupon_id, CouponEventKind.VOIDED.value, _ts(at), None, self.user_id,
                         0, "重复发放，已作废")
                    )  # fmt: skip
                    wallet[i] = replace(coupon, last_event=CouponEventKind.VOIDED)
                    return

    def _launch(
        self, campaign_id: int, at: datetime, members: Mapping[int, Any], visits: Any
    ) -> None:
        plan = self.plans[campaign_id]
        template = self.templates[plan.role]
        segment = plan.segment(at.date())
        chosen = []
        for cid in sorted(self.consent):
            m = members.get(cid)
            if m is None or m.first is None or m.first > at:
                continue
            candidate = SegmentCandidate(
                cid, True, tier_id=None if m.tier is None else m.tier.tier_id,
                last_visit=None if m.last is None else m.last.date(), spend_fen=m.spend,
            )  # fmt: skip
            if matches(segment, candidate):
                chosen.append(cid)
        groups = assign_groups(chosen, self.seeds[campaign_id], DEMO_HOLDOUT)
        voids = 0
        for cid in chosen:
            coupon_id = None
            if groups[cid] is Group.TARGET:
                coupon_id = self._issue(template, cid, at, "campaign")
                if plan.role == RUNNING and voids < 2:
                    voids += 1
                    self._schedule(at + timedelta(hours=2), "void", coupon_id)
                self._draw_in(cid, at, plan.days - 2, plan.extra_visits, visits)
            self._sink.campaign_members.append((campaign_id, cid, groups[cid].value, coupon_id))

    def _draw_in(
        self, customer_id: int, at: datetime, days: int, chance: float, visits: Any
    ) -> None:
        """With ``chance``, the offer brings the customer in once more within ``days``."""
        if not chance or self.rng.random() >= chance:
            return
        day = at + timedelta(days=1 + self.rng.random() * days)
        extra = day.replace(hour=self.rng.randint(10, 19), minute=self.rng.randint(0, 59))
        if extra < self.end - timedelta(hours=1):
            visits.add(extra, customer_id)

    def _occasion(
        self, kind: LifecycleKind, customer_id: int, year: int, at: datetime, visits: Any
    ) -> None:
        settings = self.lifecycle
        template = self.templates.get(kind.value)
        if settings is None or template is None:
            return
        s = settings.of(kind)
        assert s.seed is not None and s.since is not None
        campaign_id = self._standing_campaign(kind, year, s, at)
        group = group_of(s.seed, customer_id, s.holdout_percent)
        coupon_id = None
        if group is Group.TARGET:
            coupon_id = self._issue(template, customer_id, at, SOURCES[kind])
            self._draw_in(customer_id, at, 25, LIFECYCLE_PULL[kind], visits)
        self._sink.campaign_members.append((campaign_id, customer_id, group.value, coupon_id))

    def _standing_campaign(
        self, kind: LifecycleKind, year: int, s: KindSettings, at: datetime
    ) -> int:
        key = f"{kind.value}:{year}"
        if key not in self.standing:
            assert s.template_id is not None and s.seed is not None and s.since is not None
            self.standing[key] = self.uow.campaigns.insert(
                {
                    "name": _LIFECYCLE_NAMES[kind].replace("%1", str(year)),
                    "segment": SegmentDefinition().to_json(),
                    "coupon_template_id": s.template_id,
                    "message": "",
                    "starts_on": s.since if s.since.year == year else date(year, 1, 1),
                    "ends_on": date(year, 12, 31),
                    "holdout_percent": s.holdout_percent,
                    "seed": s.seed,
                    "status": lifecycle.STANDING,
                    "created_at": at,
                    "created_by": self.user_id,
                    "launched_at": at,
                    "launched_by": self.user_id,
                }
            )
        return self.standing[key]

    @property
    def _sink(self) -> _Sink:
        assert self._sink_ref is not None
        return self._sink_ref

    def attach(self, sink: _Sink) -> None:
        self._sink_ref = sink

    # -- pricing -------------------------------------------------------------------------
    def price(
        self,
        picks: list[tuple[Any, int]],
        customer_id: int | None,
        tier: Tier | None,
        at: datetime,
    ) -> Priced:
        """The basket priced as the till would: the tier discount, the promotions of the
        moment and the coupons the customer hands over (``engine.best_offer``)."""
        tier_id = None if tier is None else tier.tier_id
        permille = PERMILLE if tier is None else tier.discount_permille
        presented = self._presented(customer_id, at.date()) if customer_id else []
        for coupon in presented:
            item_id = coupon.template.item_id
            if (
                item_id in self.items
                and all(int(p[0]["id"]) != item_id for p in picks)
                and self.rng.random() < 0.8
            ):
                picks.append((self.items[item_id], 1))  # came for the free item
            self._reach(coupon.template.min_spend_fen, picks)
        live = [p for p in self.promotions if p.applies(at, tier_id)]
        if not live and not presented:
            return Priced([_line(row, qty, _tier_off(row, qty, permille)) for row, qty in picks])
        offer = self._offer(picks, customer_id, tier_id, permille, at, live, presented)
        for hint in offer.gift_hints:
            if hint.item_id in self.items and self.rng.random() < 0.9:
                picks.append((self.items[hint.item_id], 1))  # the cashier adds the gift
                offer = self._offer(picks, customer_id, tier_id, permille, at, live, presented)
                break
        used = set(offer.coupon_ids)
        lines = [
            _line(row, qty, offer.line_tier[i] + offer.line_savings(i))
            for i, (row, qty) in enumerate(picks)
        ]
        return Priced(lines, offer.savings, tuple(c for c in presented if c.id in used))

    def _reach(self, minimum: int, picks: list[tuple[Any, int]]) -> None:
        """凑单: a customer holding a coupon with a minimum spend often adds an item or two to
        reach it."""
        for _ in range(2):
            if sum(int(r["price_fen"]) * q for r, q in picks) >= minimum:
                return
            if not self.extras or self.rng.random() >= 0.7:
                return
            row = self.rng.choice(self.extras)
            if all(int(p[0]["id"]) != int(row["id"]) for p in picks):
                picks.append((row, 1))

    def _offer(
        self,
        picks: Sequence[tuple[Any, int]],
        customer_id: int | None,
        tier_id: int | None,
        permille: int,
        at: datetime,
        live: Sequence[Promotion],
        presented: Sequence[Coupon],
    ) -> Offer:
        """``best_offer`` on the basket. Without coupons its answer depends only on the
        basket, the tier and the promotions live at the moment (the engine is pure), so it is
        kept for the next equal basket: most baskets repeat, and the store's year is priced in a
        fraction of the time. The memo is emptied when it reaches ``MEMO_SIZE``."""
        key = None
        if not presented:
            key = (
                tuple((int(row["id"]), qty) for row, qty in picks),
                permille,
                tier_id,
                tuple(p.id for p in live),
            )
            known = self.memo.get(key)
            if known is not None:
                return known
        cart = [
            CartLine(int(row["id"]), self.categories[int(row["id"])], qty,
                     int(row["price_fen"]), bool(row["discountable"]))
            for row, qty in picks
        ]  # fmt: skip
        offer = best_offer(
            cart, tier_permille=permille, customer_id=customer_id, tier_id=tier_id,
            moment=at, promotions=live, coupons=presented,
        )  # fmt: skip
        if key is not None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = offer
        return offer

    def _presented(self, customer_id: int, day: date) -> list[Coupon]:
        wallet = self.wallets.get(customer_id)
        if not wallet:
            return []
        kept = [c for c in wallet if c.state(day) in (CouponState.USABLE, CouponState.NOT_YET)]
        if kept:
            self.wallets[customer_id] = kept
        else:
            del self.wallets[customer_id]  # what is left is used, voided or expired
        usable = [c for c in kept if c.state(day) is CouponState.USABLE]
        return [c for c in usable if self.rng.random() < PRESENT][:5]

    def record(
        self, sale_id: int, item_line_ids: Sequence[int], priced: Priced, at: datetime
    ) -> None:
        """The sale's savings per line and its coupons' redemptions."""
        sink = self._sink
        for saving in priced.savings:
            promotion = saving.ref_id if saving.source is SavingSource.PROMOTION else None
            coupon = saving.ref_id if saving.source is SavingSource.COUPON else None
            for line_id, part in zip(item_line_ids, saving.line_shares, strict=True):
                if part:
                    sink.savings.append(
                        (sale_id, line_id, saving.source.value, promotion, coupon,
                         saving.name[:40], part)
                    )  # fmt: skip
            if coupon is not None:
                sink.coupon_events.append(
                    (coupon, CouponEventKind.REDEEMED.value, _ts(at), sale_id, self.user_id,
                     saving.amount_fen, "")
                )  # fmt: skip
        self._mark(priced.coupons, CouponEventKind.REDEEMED)

    def refund(self, priced: Priced, refund_id: int, at: datetime) -> None:
        """A whole refund gives the coupons back while valid (the default setting)."""
        back = [c for c in priced.coupons if c.valid_to >= at.date()]
        for coupon in back:
            self._sink.coupon_events.append(
                (coupon.id, CouponEventKind.RETURNED.value, _ts(at), refund_id, self.user_id,
                 0, "")
            )  # fmt: skip
        if back:
            self.coupon_refunds += 1
        self._mark(back, CouponEventKind.RETURNED)

    def wants_refund(self, priced: Priced) -> bool:
        if not priced.coupons:
            return False
        return self.coupon_refunds == 0 or self.rng.random() < COUPON_REFUND

    def _mark(self, coupons: Iterable[Coupon], event: CouponEventKind) -> None:
        for coupon in coupons:
            wallet = self.wallets.setdefault(coupon.customer_id, [])
            for i, held in enumerate(wallet):
                if held.id == coupon.id:
                    wallet[i] = replace(held, last_event=event)
                    break
            else:
                wallet.append(replace(coupon, last_event=event))


def _tier_off(row: Any, qty: int, permille: int) -> int:
    list_fen = int(row["price_fen"]) * qty
    return list_fen - discounted(list_fen, permille) if row["discountable"] else 0


def _line(row: Any, qty: int, off: int) -> tuple[Any, ...]:
    unit = int(row["price_fen"])
    list_fen = unit * qty
    return ("item", int(row["id"]), None, str(row["name"]), qty, unit, list_fen, off,
            list_fen - off, None)  # fmt: skip


# -- setting it up -------------------------------------------------------------------------
def prepare_marketing(
    uow: UnitOfWork,
    actor: Actor,
    *,
    start: datetime,
    end: datetime,
    seed: int,
    tiers: Sequence[Tier],
) -> DemoMarketing:
    """The store's promotions (the demo's, made on a store that has none yet), its coupon
    templates, the demo campaigns and the lifecycle offers switched on."""
    business = uow.settings.get("business_type", "retail") or "retail"
    rows = uow.catalogue.items(include_inactive=True)
    catalogue = Catalogue(
        {str(r["name"]): int(r["id"]) for r in rows},
        frozenset(str(r["category"]) for r in rows if r["category"]),
    )
    first_time = not uow.promotions.promotions() and not uow.promotions.templates()
    rng = random.Random(seed * 6_151 + 3)
    templates: dict[str, CouponTemplate] = {}
    if first_time:
        for promotion in promotions_for(business, catalogue, start.date(), end.date()):
            save_promotion(uow, actor, promotion)
        for role, template in templates_for(business, catalogue).items():
            templates[role] = save_template(uow, actor, template)
    promotions = [p for p in load_promotions(uow) if p.active]
    codes = {str(c) for (c,) in uow.connection.exec_driver_sql("SELECT code FROM coupons")}
    last = uow.connection.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM coupons").scalar()
    market = DemoMarketing(
        uow=uow,
        user_id=actor.user_id,
        rng=rng,
        end=end,
        promotions=promotions,
        items={int(r["id"]): r for r in rows},
        categories={int(r["id"]): str(r["category"]) for r in rows},
        coupon_id=int(last or 0),
        codes=codes,
        templates=templates,
        extras=[r for r in rows if r["active"] and r["points_cost"] is None and r["discountable"]],
    )
    if not first_time:
        return market
    for plan in campaign_plans(start, end, [t.tier_id for t in tiers]):
        offer = templates.get(plan.role)
        if offer is None:
            continue
        campaign_seed = rng.randrange(2**31)
        campaign_id = uow.campaigns.insert(
            {
                "name": plan.name,
                "segment": plan.segment(plan.launch.date()).to_json(),
                "coupon_template_id": offer.id,
                "message": plan.message,
                "starts_on": plan.launch.date(),
                "ends_on": plan.launch.date() + timedelta(days=plan.days - 1),
                "holdout_percent": DEMO_HOLDOUT,
                "seed": campaign_seed,
                "status": "launched",
                "created_at": plan.launch - timedelta(days=2),
                "created_by": actor.user_id,
                "launched_at": plan.launch,
                "launched_by": actor.user_id,
            }
        )
        market.plans[campaign_id] = plan
        market.seeds[campaign_id] = campaign_seed
        market._schedule(plan.launch, "launch", campaign_id)  # noqa: SLF001
    market.lifecycle = _switch_on_lifecycle(uow, actor, templates, start, end, rng)
    return market


def _switch_on_lifecycle(
    uow: UnitOfWork,
    actor: Actor,
    templates: Mapping[str, CouponTemplate],
    start: datetime,
    end: datetime,
    rng: random.Random,
) -> LifecycleSettings | None:
    """Every lifecycle kind with a template switched on, as the owner would have some months
    ago (the switch through the service, then the day it was switched on set in the past)."""
    since = (start + timedelta(days=(end - start).days * 4 // 10)).date()
    settings = LifecycleSettings()
    for kind in LifecycleKind:
        template = templates.get(kind.value)
        if template is None:
            continue
        chosen = KindSettings(enabled=True, template_id=template.id)
        lifecycle.set_kind(uow, actor, kind, chosen)
        settings = settings.with_kind(kind, replace(chosen, seed=rng.randrange(2**31), since=since))
    if not any(settings.of(k).enabled for k in LifecycleKind):
        return None
    uow.settings.put(lifecycle.SETTINGS_KEY, settings.to_json(), actor.user_id)
    return settings


def birthday_from(row: Sequence[Any]) -> Birthday | None:
    """(calendar, year, month, day, leap) columns as a birthday, or None."""
    calendar, year, month, day, leap = row
    if not calendar or not month or not day:
        return None
    try:
        return Birthday(
            calendar=Calendar(calendar), month=int(month), day=int(day),
            year=None if year is None else int(year), leap_month=bool(leap),
        )  # fmt: skip
    except (TypeError, ValueError):
        return None


def finish(market: DemoMarketing, uow: UnitOfWork) -> None:
    """Record the standing campaigns the history made (as the daily issue keeps them)."""
    if market.standing:
        import json

        known = json.loads(uow.settings.get(lifecycle.CAMPAIGNS_KEY) or "{}")
        known.update(market.standing)
        uow.settings.put(lifecycle.CAMPAIGNS_KEY, json.dumps(known, sort_keys=True), None)


__all__ = ["DemoMarketing", "Priced", "birthday_from", "finish", "prepare_marketing"]
