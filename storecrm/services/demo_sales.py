"""A year (or any number of months) of realistic sales for the demo store and for benchmarks.

Customers visit at their own rhythm (some stop coming), buy from the store's catalogue at their
tier's discount, top up stored value with the bonus rules, buy session cards and use them,
earn and redeem points; a few sales are refunded. Everything is written the way the services
write it (sales, lines, payments, ledger entries, cards) but in bulk, so a 100,000-customer
store gets its million sale lines in minutes; ``storecrm check`` must find no mismatch after.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import DateTime, case, func, select

from storecrm.data.schema import customers, sales
from storecrm.data.summary_repository import Paused
from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.membership import (
    PERMILLE,
    MembershipRules,
    PointsExpiry,
    Tier,
    TopUpBonus,
    points_earned,
    spend_stored_value,
    tier_after,
    top_up_bonus,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.catalogue import save_card_plan, save_item
from storecrm.services.demo_marketing import (
    DemoMarketing,
    birthday_from,
    finish,
    prepare_marketing,
)
from storecrm.services.demo_staff import Served, assigner, ensure_demo_staff
from storecrm.services.dto import CardPlanDraft, ItemDraft
from storecrm.services.membership import active_tiers, load_rules, save_tier, set_rules
from storecrm.services.staff.history import post_history

# name, category, kind, price (fen), weight, points cost for a gift, revisit days
_CATALOGUES: dict[str, list[tuple[str, str, str, int, int, int | None, int | None]]] = {
    "beauty": [
        ("洗剪吹", "剪发", "service", 8_800, 40, None, 30),
        ("精剪造型", "剪发", "service", 12_800, 18, None, 30),
        ("儿童剪发", "剪发", "service", 4_800, 6, None, 30),
        ("染发（短发）", "染烫", "service", 38_800, 8, None, 45),
        ("染发（长发）", "染烫", "service", 58_800, 5, None, 45),
        ("烫发", "染烫", "service", 48_800, 6, None, 90),
        ("头皮护理", "护理", "service", 16_800, 8, None, 21),
        ("深层修护发膜", "护理", "service", 22_800, 6, None, 21),
        ("面部清洁护理", "美容", "service", 19_800, 8, None, 14),
        ("补水面膜护理", "美容", "service", 26_800, 5, None, 14),
        ("洗发水 500ml", "零售", "item", 12_000, 5, None, None),
        ("护发精油", "零售", "item", 16_800, 3, None, None),
        ("发蜡", "零售", "item", 6_800, 3, None, None),
        ("保温杯（积分礼品）", "礼品", "item", 5_900, 0, 3_000, None),
        ("旅行装洗护套装（积分礼品）", "礼品", "item", 3_900, 0, 1_800, None),
    ],
    "restaurant": [
        ("招牌红烧肉", "热菜", "item", 6_800, 20, None, None),
        ("清蒸鲈鱼", "热菜", "item", 8_800, 12, None, None),
        ("宫保鸡丁", "热菜", "item", 3_800, 20, None, None),
        ("麻婆豆腐", "热菜", "item", 2_200, 18, None, None),
        ("蒜蓉西兰花", "素菜", "item", 2_200, 15, None, None),
        ("酸辣土豆丝", "素菜", "item", 1_800, 15, None, None),
        ("米饭", "主食", "item", 300, 30, None, None),
        ("扬州炒饭", "主食", "item", 2_600, 10, None, None),
        ("酸梅汤（扎）", "饮品", "item", 2_800, 10, None, None),
        ("青岛啤酒", "饮品", "item", 1_200, 12, None, None),
        ("代金券礼品（积分）", "礼品", "item", 5_000, 0, 4_000, None),
    ],
    "retail": [
        ("T恤", "上装", "item", 12_900, 20, None, None),
        ("衬衫", "上装", "item", 19_900, 12, None, None),
        ("牛仔裤", "下装", "item", 25_900, 12, None, None),
        ("连衣裙", "裙装", "item", 32_900, 10, None, None),
        ("针织开衫", "上装", "item", 27_900, 8, None, None),
        ("运动鞋", "鞋", "item", 45_900, 6, None, None),
        ("袜子（3双装）", "配饰", "item", 3_900, 15, None, None),
        ("帆布包", "配饰", "item", 8_900, 6, None, None),
        ("改衣服务", "服务", "service", 3_000, 4, None, None),
        ("环保购物袋（积分礼品）", "礼品", "item", 1_500, 0, 800, None),
    ],
}

_STAFF_PAY = ("wechat", "wechat", "wechat", "alipay", "alipay", "cash", "bank_card")
STORE_OPENS, STORE_CLOSES = 10, 21
CHUNK = 20_000  # sales written at a time, each chunk committed (the WAL holds one at most)
SUMMARY_CHUNK = 50_000  # customers whose caches are set per commit at the end
ITEM_LAST_SLICE = 200_000  # sale ids counted into item_last per commit at the end
BULK_CACHE_KB = -262144  # 256 MB of pages while bulk rows go into indexes in no order


def ensure_demo_catalogue(uow: UnitOfWork, actor: Actor) -> None:
    """A catalogue, tiers, card plans and membership rules for the store's business type,
    unless the store already has a catalogue."""
    if uow.catalogue.items(include_inactive=True):
        return
    business = uow.settings.get("business_type", "retail") or "retail"
    catalogue = _CATALOGUES.get(business, _CATALOGUES["retail"])
    items = {}
    for name, category, kind, price, _w, gift, revisit in catalogue:
        items[name] = save_item(
            uow,
            actor,
            ItemDraft(
                name=name,
                price_fen=price,
                category=category,
                kind=kind,
                points_cost=gift,
                discountable=gift is None,
                revisit_days=revisit,
            ),
        )
    for rank, (name, discount, multiplier, spend, top) in enumerate(
        (
            ("普通会员", PERMILLE, PERMILLE, 0, None),
            ("银卡会员", 950, 1200, 200_000, 100_000),
            ("金卡会员", 900, 1500, 500_000, 300_000),
            ("钻石会员", 850, 2000, 1_000_000, None),
        ),
        start=1,
    ):
        save_tier(uow, actor, Tier(0, name, rank, discount, multiplier, spend, top))
    set_rules(
        uow,
        actor,
        MembershipRules(
            points_per_yuan=1,
            points_per_yuan_off=100,
            points_expiry=PointsExpiry.NEVER,
            top_up_bonuses=(
                TopUpBonus(50_000, 5_000),
                TopUpBonus(100_000, 15_000),
                TopUpBonus(200_000, 40_000),
            ),
            refund_approval_fen=200_00,
        ),
    )
    first_service = next((i for i in items.values() if i.kind == "service"), None)
    if business == "beauty" and first_service is not None:
        save_card_plan(
            uow,
            actor,
            CardPlanDraft("洗剪吹10次卡", "count", 68_000, 10, 365, first_service.item_id),
        )
        care = items.get("头皮护理")
        if care is not None:
            save_card_plan(
                uow, actor, CardPlanDraft("头皮护理6次卡", "count", 88_000, 6, 180, care.item_id)
            )
        save_card_plan(uow, actor, CardPlanDraft("美容月卡（不限次）", "period", 128_000, None, 30))
    elif business == "restaurant":
        save_card_plan(uow, actor, CardPlanDraft("午餐10次卡", "count", 30_000, 10, 90, None))
    else:
        save_card_plan(uow, actor, CardPlanDraft("改衣5次卡", "count", 12_000, 5, 365, None))


def _ts(value: datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime stores (so raw inserts compare like its own)."""
    return value.replace(microsecond=0).isoformat(" ") + ".000000"


@dataclass(slots=True)
class _Member:
    customer_id: int
    habit: int  # 0: pays each time, 1: stored value, 2: session cards
    principal: int = 0
    bonus: int = 0
    points: int = 0
    tier: Tier | None = None
    spend: int = 0
    visits: int = 0
    first: datetime | None = None
    last: datetime | None = None
    cards: list[list[Any]] = field(default_factory=list)  # [card_id, plan, left, expires]
    favourite: tuple[int, int | None] | None = None  # the stylist they keep to (staff, account)


@dataclass
class _Writer:
    uow: UnitOfWork
    sale_id: int
    line_id: int
    card_id: int
    entry_id: int
    sales: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    payments: list[tuple[Any, ...]] = field(default_factory=list)
    ledger: list[tuple[Any, ...]] = field(default_factory=list)
    cards: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    coupons: list[tuple[Any, ...]] = field(default_factory=list)
    coupon_events: list[tuple[Any, ...]] = field(default_factory=list)
    savings: list[tuple[Any, ...]] = field(default_factory=list)
    campaign_members: list[tuple[Any, ...]] = field(default_factory=list)
    day_numbers: dict[str, int] = field(default_factory=dict)
    line_total: int = 0
    serving: tuple[int, bool] | None = None  # the staff member serving now, and 指定
    served: Served | None = None  # sale → serving, from the first sale written

    def sale(self, at: datetime, kind: str, customer_id: int | None, values: dict[str, Any]) -> int:
        self.sale_id += 1
        if self.served is None:
            self.served = Served(self.sale_id - 1)
        self.served.set(self.sale_id, self.serving if kind in ("sale", "top_up") else None)
        day = at.strftime("%Y%m%d")
        number = self.day_numbers.get(day, 0) + 1
        self.day_numbers[day] = number
        self.sales.append(
            (
                self.sale_id,
                f"{day}-{number:04d}",
                kind,
                _ts(at),
                customer_id,
                values.get("staff_id"),
                values["cashier_id"],
                values.get("refund_of_id"),
                values.get("tier_name", ""),
                values.get("list_fen", 0),
                values.get("discount_fen", 0),
                values.get("total_fen", 0),
                values.get("points_earned", 0),
                values.get("note", ""),
            )
        )
        return self.sale_id

    def line(self, sale_id: int, number: int, values: tuple[Any, ...]) -> int:
        # values: kind, item_id, card_id, description, qty, unit, list, discount, amount, of_line
        self.line_id += 1
        self.lines.append((self.line_id, sale_id, number, *values))
        self.line_total += 1
        return self.line_id

    def entry(
        self,
        customer_id: int,
        account: str,
        kind: str,
        delta: int,
        at: datetime,
        user_id: int,
        sale_id: int | None,
        card_id: int | None = None,
    ) -> None:
        self.entry_id += 1
        self.ledger.append(
            (
                self.entry_id,
                customer_id,
                account,
                kind,
                delta,
                _ts(at),
                user_id,
                "",
                sale_id,
                card_id,
            )
        )

    def flush(self) -> None:
        conn = self.uow.connection
        statements = (
            (
                "INSERT INTO sales (id, no, kind, at, customer_id, staff_id, cashier_id, "
                "refund_of_id, tier_name, list_fen, discount_fen, total_fen, points_earned, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.sales,
            ),
            (
                "INSERT INTO customer_cards (id, customer_id, plan_id, name, kind, item_id, "
                "sessions_total, sessions_left, price_fen, bought_at, expires_on, sale_id, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')",
                self.cards,
            ),
            (
                "INSERT INTO sale_lines (id, sale_id, line_no, kind, item_id, card_id, "
                "description, qty, unit_fen, list_fen, discount_fen, amount_fen, "
                "refund_of_line_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.lines,
            ),
            (
                "INSERT INTO sale_payments (sale_id, method, amount_fen, points) "
                "VALUES (?, ?, ?, ?)",
                self.payments,
            ),
            (
                "INSERT INTO ledger_entries (id, customer_id, account, kind, delta, at, user_id, "
                "note, sale_id, card_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.ledger,
            ),
            (
                "INSERT INTO customer_events (customer_id, at, kind, text, user_id) "
                "VALUES (?, ?, ?, ?, ?)",
                self.events,
            ),
            (
                "INSERT INTO coupons (id, code, template_id, customer_id, issued_at, valid_from, "
                "valid_to, source, source_sale_id, issued_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.coupons,
            ),
            (
                "INSERT INTO coupon_events (coupon_id, kind, at, sale_id, user_id, saving_fen, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                self.coupon_events,
            ),
            (
                "INSERT INTO sale_savings (sale_id, sale_line_id, source, promotion_id, "
                "coupon_id, name, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?)",
                self.savings,
            ),
            (
                "INSERT INTO campaign_members (campaign_id, customer_id, grp, coupon_id) "
                "VALUES (?, ?, ?, ?)",
                self.campaign_members,
            ),
        )
        for sql, rows in statements:
            if rows:
                conn.exec_driver_sql(sql, rows)
                rows.clear()


class _Visits:
    """Every visit of the history, (time, customer id or 0 for a walk-in), kept as one 64-bit
    number each (seconds since the start, then the id) in a bucket per day, and read back in
    order of time: 8 bytes a visit instead of a tuple and a datetime (a 1,000,000-customer
    store has some six million visits)."""

    def __init__(self, start: datetime, end: datetime, highest_id: int) -> None:
        self.base = start.replace(microsecond=0)
        self.bits = max(1, highest_id.bit_length())
        self.days = [array("q") for _ in range((end - self.base).days + 2)]
        self.count = 0

    def add(self, at: datetime, customer_id: int) -> None:
        seconds = (at.replace(microsecond=0) - self.base) // _SECOND
        self.days[seconds // 86_400].append(seconds << self.bits | customer_id)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def in_order(self) -> Iterator[tuple[datetime, int]]:
        mask = (1 << self.bits) - 1
        base, bits = self.base, self.bits
        for day, bucket in enumerate(self.days):
            self.days[day] = array("q")  # read once: the memory goes back as it is written
            for value in sorted(bucket):
                yield base + timedelta(seconds=value >> bits), value & mask


_SECOND = timedelta(seconds=1)


def _visit_times(
    rng: random.Random, created: datetime, start: datetime, end: datetime
) -> list[datetime]:
    """When one customer comes in: their own average interval, some stop coming."""
    begin = max(created, start)
    if begin >= end or rng.random() < 0.12:
        return []
    interval = rng.lognormvariate(3.25, 0.6)  # median ≈ 26 days
    stop = end if rng.random() < 0.75 else begin + (end - begin) * rng.random()
    times = []
    at = begin + timedelta(days=rng.random() * min(interval, 60))
    while at < stop:
        hour = rng.randint(STORE_OPENS, STORE_CLOSES - 1)
        visit = at.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
        if visit >= end - timedelta(hours=1):  # nothing in the future (refunds come later)
            break
        times.append(visit)
        at += timedelta(days=max(1.0, rng.gauss(interval, interval / 3)))
    return times


def add_demo_history(
    uow: UnitOfWork,
    actor: Actor,
    months: int,
    seed: int,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``months`` of sales for the store's live customers; returns the sale lines written.

    Customers' visit summaries, balances, points, tiers and cards are set from what was written.
    """
    audit.require(uow, actor, Permission.GENERATE_DEMO_DATA, "demo_data")
    if months <= 0:
        return 0
    ensure_demo_catalogue(uow, actor)
    conn = uow.connection
    # Index pages of a million random inserts: keep them in memory rather than re-reading
    # (and decrypting) them; the pooled connection gets its usual cache back at the end.
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE_KB}")
    # The report summaries' triggers would cost more than the inserts: they are added up
    # from the new rows at the end instead (data/summary_repository.py).
    paused = uow.summaries.pause()
    try:
        return _add_history(uow, actor, months, seed, progress, paused)
    except BaseException:
        uow.rollback()  # the chunk being written; the chunks committed are summed
        uow.summaries.resume(paused)
        uow.commit()
        raise
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _add_history(
    uow: UnitOfWork,
    actor: Actor,
    months: int,
    seed: int,
    progress: Callable[[int, int], None] | None,
    paused: Paused,
) -> int:
    conn = uow.connection
    rng = random.Random(seed * 104_729 + months)
    now = clock.now()
    end = now
    start = (now - timedelta(days=int(months * 30.44))).replace(hour=0, minute=0, second=0)
    rules = load_rules(uow)
    tiers = active_tiers(uow)
    items = [i for i in uow.catalogue.items() if i["points_cost"] is None]
    gifts = [i for i in uow.catalogue.items() if i["points_cost"] is not None]
    weights = [max(1, _weight(str(i["name"]))) for i in items]
    plans = list(uow.catalogue.plans())
    staff = [int(u["id"]) for u in uow.users.all() if u["active"]]
    cashiers = staff[:]
    roster = ensure_demo_staff(uow, actor, start.date())
    market = prepare_marketing(uow, actor, start=start, end=end, seed=seed, tiers=tiers)
    # Opening balances already in the ledger (imports, demo customers) are where members start.
    opening: dict[int, list[int]] = {}
    for cid, account, delta in conn.exec_driver_sql(
        "SELECT customer_id, account, SUM(delta) FROM ledger_entries GROUP BY customer_id, account"
    ):
        slot = {"principal": 0, "bonus": 1, "points": 2}.get(account)
        if slot is not None:
            opening.setdefault(int(cid), [0, 0, 0])[slot] += int(delta)
    c = customers.c
    rows = conn.execute(
        select(
            c.id, c.created_at, c.card_no, c.tier_id, c.marketing_consent, c.birthday_calendar,
            c.birthday_year, c.birthday_month, c.birthday_day, c.birthday_leap,
        ).where(c.archived_at.is_(None))
    )  # fmt: skip
    # A second run adds to the history already there (from the sales themselves, not from the
    # cached summary, which demo customers start with made up) and keeps tiers reached.
    earlier: dict[int, tuple[int, int, datetime | None, datetime | None]] = {}
    for cid, n, spend, first, last in conn.execute(
        select(
            sales.c.customer_id,
            func.sum(case((sales.c.kind == "sale", 1), else_=0)),
            func.sum(case((sales.c.kind.in_(("sale", "refund")), sales.c.total_fen), else_=0)),
            func.min(case((sales.c.kind == "sale", sales.c.at), else_=None), type_=DateTime),
            func.max(case((sales.c.kind == "sale", sales.c.at), else_=None), type_=DateTime),
        )
        .where(sales.c.customer_id.is_not(None))
        .group_by(sales.c.customer_id)
    ):
        earlier[int(cid)] = (int(n), int(spend), first, last)
    tier_of = {t.tier_id: t for t in tiers}
    visits = _Visits(start, end, int(conn.execute(select(func.max(customers.c.id))).scalar() or 0))
    members: dict[int, _Member] = {}
    for cid, created, card_no, tier_id, consent, *birthday in rows:
        habit = 0
        if card_no is not None:
            roll = rng.random()
            habit = 1 if roll < 0.30 else 2 if roll < 0.42 and plans else 0
        member = _Member(int(cid), habit)
        start_balances = opening.get(int(cid), [0, 0, 0])
        member.principal, member.bonus, member.points = start_balances
        member.visits, member.spend, member.first, member.last = earlier.get(
            int(cid), (0, 0, None, None)
        )
        member.tier = tier_of.get(tier_id) if tier_id is not None else None
        members[int(cid)] = member
        times = _visit_times(rng, created, start, end)
        for at in times:
            visits.add(at, int(cid))
        market.plan_customer(int(cid), created, bool(consent), birthday_from(birthday), times)
    del opening, earlier
    # Walk-ins: a few a day.
    day = start
    while day < end:
        for _ in range(rng.randint(3, 12)):
            at = day.replace(
                hour=rng.randint(STORE_OPENS, STORE_CLOSES - 1), minute=rng.randint(0, 59)
            )
            if at < end - timedelta(hours=1):
                visits.add(at, 0)
        day += timedelta(days=1)
    first_id = int(conn.execute(select(func.coalesce(func.max(sales.c.id), 0))).scalar_one())
    writer = _Writer(
        uow,
        sale_id=first_id,
        line_id=int(
            conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM sale_lines").scalar_one()
        ),
        card_id=int(
            conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM customer_cards").scalar_one()
        ),
        entry_id=int(
            conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM ledger_entries").scalar_one()
        ),
    )
    for day_key, last_no in conn.exec_driver_sql(
        "SELECT substr(no, 1, 8), MAX(no) FROM sales GROUP BY substr(no, 1, 8)"
    ):
        writer.day_numbers[str(day_key)] = int(str(last_no).rsplit("-", 1)[1])
    market.attach(writer)
    total = len(visits)
    for done, (at, cid) in enumerate(visits.in_order(), start=1):
        market.due(at, members, visits)  # campaigns launched, lifecycle coupons issued
        cashier = rng.choice(cashiers)
        server: int | None = rng.choice(staff)
        if roster.servers:
            regular = members.get(cid)
            if regular is not None and regular.favourite is None:
                regular.favourite = roster.pick(rng)
            if regular is not None and regular.favourite is not None and rng.random() < 0.7:
                (staff_id, account), asked = regular.favourite, rng.random() < 0.8
            else:
                (staff_id, account), asked = roster.pick(rng), False
            writer.serving = (staff_id, asked)
            server = account  # the account that served, or None
        if cid == 0:
            _walk_in(writer, rng, at, items, weights, market, server, cashier)
        else:
            _member_visit(
                writer,
                rng,
                at,
                members[cid],
                items,
                weights,
                market,
                plans,
                gifts,
                rules,
                tiers,
                server,
                cashier,
            )
        if len(writer.sales) >= CHUNK:
            writer.flush()
            uow.commit()  # chunk by chunk: the WAL stays small whatever the store's size
            if progress:
                progress(done, total)
    market.due(end, members, visits)
    finish(market, uow)
    writer.flush()
    uow.commit()
    _set_summaries(uow, members)
    if writer.served is not None:
        roster.served = writer.served
    # Slice by slice, each committed: the commission history of a million customers' year
    # would otherwise sit in the WAL at once.
    post_history(uow, first_id, assigner(roster, seed), commit=uow.commit)
    # The reminders' cache of who last bought what, counted here by this long writer rather
    # than left for the first reminder list to hand to the writer.
    while uow.reminders.catch_up_item_last(at_most=ITEM_LAST_SLICE):
        uow.commit()
    uow.summaries.resume(paused)
    if progress:
        progress(total, total)
    audit.record(
        uow, actor, "demo_data", detail={"months": months, "seed": seed, "lines": writer.line_total}
    )
    uow.commit()
    return writer.line_total


def _weight(name: str) -> int:
    for catalogue in _CATALOGUES.values():
        for entry in catalogue:
            if entry[0] == name:
                return entry[4]
    return 5


def _pick_items(rng: random.Random, items: list[Any], weights: list[int]) -> list[tuple[Any, int]]:
    """What a customer takes: (catalogue row, quantity), priced later by the till's engine."""
    count = 1 + (rng.random() < 0.45) + (rng.random() < 0.2) + (rng.random() < 0.08)
    chosen = rng.choices(items, weights, k=count)
    picks = []
    seen: set[int] = set()
    for item in chosen:
        if int(item["id"]) in seen:
            continue
        seen.add(int(item["id"]))
        qty = 1 if item["kind"] == "service" or rng.random() < 0.8 else rng.randint(2, 3)
        picks.append((item, qty))
    return picks


def _walk_in(
    writer: _Writer,
    rng: random.Random,
    at: datetime,
    items: list[Any],
    weights: list[int],
    market: DemoMarketing,
    server: int | None,
    cashier: int,
) -> None:
    priced = market.price(_pick_items(rng, items, weights), None, None, at)
    lines = priced.lines
    total = sum(x[8] for x in lines)
    list_total = sum(x[6] for x in lines)
    sale_id = writer.sale(
        at, "sale", None,
        {"staff_id": server, "cashier_id": cashier, "list_fen": list_total,
         "discount_fen": list_total - total, "total_fen": total},
    )  # fmt: skip
    line_ids = [writer.line(sale_id, number, line) for number, line in enumerate(lines, start=1)]
    market.record(sale_id, line_ids, priced, at)
    writer.payments.append((sale_id, rng.choice(_STAFF_PAY), total, 0))


def _member_visit(
    writer: _Writer,
    rng: random.Random,
    at: datetime,
    m: _Member,
    items: list[Any],
    weights: list[int],
    market: DemoMarketing,
    plans: list[Any],
    gifts: list[Any],
    rules: MembershipRules,
    tiers: list[Tier],
    server: int | None,
    cashier: int,
) -> None:
    cid = m.customer_id
    # Stored-value members top up when they run low.
    if m.habit == 1 and m.principal + m.bonus < 15_000:
        amount = rng.choice((50_000, 50_000, 100_000, 100_000, 200_000))
        bonus = top_up_bonus(amount, rules)
        top_at = at - timedelta(minutes=2)
        sid = writer.sale(
            top_at, "top_up", cid,
            {"staff_id": server, "cashier_id": cashier, "list_fen": amount, "total_fen": amount},
        )  # fmt: skip
        writer.line(sid, 1, ("top_up", None, None, "", 1, amount, amount, 0, amount, None))
        writer.payments.append((sid, rng.choice(_STAFF_PAY), amount, 0))
        writer.entry(cid, "principal", "top_up", amount, top_at, cashier, sid)
        if bonus:
            writer.entry(cid, "bonus", "top_up", bonus, top_at, cashier, sid)
        m.principal += amount
        m.bonus += bonus
        _upgrade(writer, m, tiers, top_at, cashier, amount)
    picks = _pick_items(rng, items, weights)
    lines: list[tuple[Any, ...]] = []
    sessions: list[tuple[list[Any], int]] = []
    new_cards: list[Any] = []
    if m.habit == 2:
        usable = [c for c in m.cards if c[3] >= at.date() and (c[2] is None or c[2] > 0)]
        if usable:
            card = usable[0]
            plan = card[1]
            covered = next((i for i in items if i["id"] == plan["item_id"]), None)
            name = card[1]["name"] if covered is None else f"{covered['name']} · {plan['name']}"
            unit = 0 if covered is None else int(covered["price_fen"])
            # The covered service replaces a paid one.
            picks = [x for x in picks if covered is None or x[0]["id"] != covered["id"]]
            if plan["kind"] == "count":
                card[2] -= 1
            sessions.append((card, 1))
            lines.append(
                (
                    "session",
                    None if covered is None else int(covered["id"]),
                    card[0],
                    name,
                    1,
                    unit,
                    0,
                    0,
                    0,
                    None,
                )
            )
        elif plans:
            plan = rng.choice(plans)
            new_cards.append(plan)
            lines.append(
                (
                    "card",
                    None,
                    None,
                    str(plan["name"]),
                    1,
                    int(plan["price_fen"]),
                    int(plan["price_fen"]),
                    0,
                    int(plan["price_fen"]),
                    None,
                )
            )
    # The items priced as the till prices them: tier, promotions, the coupons handed over.
    priced = market.price(picks, cid, m.tier, at)
    lines = (
        [x for x in lines if x[0] == "session"]
        + priced.lines
        + [x for x in lines if x[0] == "card"]
    )
    total = sum(x[8] for x in lines)
    list_total = sum(x[6] for x in lines)
    # How it is paid.
    payments: list[tuple[str, int, int]] = []
    due = total
    points_used = 0
    if due and m.points >= 2_000 and rules.points_per_yuan_off and rng.random() < 0.05:
        off = min(due, (m.points // rules.points_per_yuan_off) * 100, 5_000)
        off -= off % 100
        if off:
            points_used = off * rules.points_per_yuan_off // 100
            payments.append(("points", off, points_used))
            due -= off
    split = None
    if due and m.habit == 1 and m.principal + m.bonus > 0:
        sv = min(due, m.principal + m.bonus)
        split = spend_stored_value(sv, m.principal, m.bonus)
        payments.append(("stored_value", sv, 0))
        due -= sv
    if due:
        payments.append((rng.choice(_STAFF_PAY), due, 0))
    earned = points_earned(
        total - (payments[0][1] if points_used else 0),
        rules,
        PERMILLE if m.tier is None else m.tier.points_permille,
    )
    sid = writer.sale(
        at, "sale", cid,
        {
            "staff_id": server, "cashier_id": cashier,
            "tier_name": "" if m.tier is None else m.tier.name,
            "list_fen": list_total, "discount_fen": list_total - total, "total_fen": total,
            "points_earned": earned,
        },
    )  # fmt: skip
    line_ids = []
    for number, line in enumerate(lines, start=1):
        if line[0] == "card":
            plan = new_cards[0]
            writer.card_id += 1
            card_id = writer.card_id
            expires = (
                None
                if plan["valid_days"] is None
                else at.date() + timedelta(days=int(plan["valid_days"]))
            )
            left = int(plan["sessions"]) if plan["kind"] == "count" else None
            writer.cards.append(
                (card_id, cid, int(plan["id"]), str(plan["name"]), str(plan["kind"]),
                 plan["item_id"],
                 plan["sessions"], 0 if left is not None else None, int(plan["price_fen"]), _ts(at),
                 None if expires is None else expires.isoformat(), sid)
            )  # fmt: skip
            m.cards.append([card_id, plan, left, expires or date.max])
            if left is not None:
                writer.entry(cid, "sessions", "card", left, at, cashier, sid, card_id)
            line = (*line[:2], card_id, *line[3:])
        line_ids.append(writer.line(sid, number, line))
    market.record(
        sid, [i for x, i in zip(lines, line_ids, strict=True) if x[0] == "item"], priced, at
    )
    for card, n in sessions:
        if card[1]["kind"] == "count":
            writer.entry(cid, "sessions", "use", -n, at, cashier, sid, card[0])
    for method, amount, pts in payments:
        writer.payments.append((sid, method, amount, pts))
    if split is not None:
        if split.principal_fen:
            writer.entry(cid, "principal", "sale", -split.principal_fen, at, cashier, sid)
        if split.bonus_fen:
            writer.entry(cid, "bonus", "sale", -split.bonus_fen, at, cashier, sid)
        m.principal -= split.principal_fen
        m.bonus -= split.bonus_fen
    if points_used:
        writer.entry(cid, "points", "redeem", -points_used, at, cashier, sid)
        m.points -= points_used
    if earned:
        writer.entry(cid, "points", "earn", earned, at, cashier, sid)
        m.points += earned
    m.spend += total
    m.visits += 1
    m.first = m.first or at
    m.last = at
    _upgrade(writer, m, tiers, at, cashier, 0)
    # A few sales are refunded in full the same day (not ones that sold or used a card).
    refund = rng.random() < 0.006 or market.wants_refund(priced)
    if not sessions and not new_cards and total and refund:
        refund_id, back_at = _refund(
            writer,
            rng,
            m,
            sid,
            at,
            lines,
            line_ids,
            payments,
            split,
            points_used,
            earned,
            cashier,
            server,
        )
        market.refund(priced, refund_id, back_at)
    elif m.points >= 5_000 and gifts and rng.random() < 0.02:
        gift = rng.choice(gifts)
        cost = int(gift["points_cost"])
        gift_at = at + timedelta(minutes=1)
        gid = writer.sale(gift_at, "gift", cid, {"cashier_id": cashier})
        writer.line(gid, 1, ("gift", int(gift["id"]), None, str(gift["name"]), 1, 0, 0, 0, 0, None))
        writer.payments.append((gid, "points", 0, cost))
        writer.entry(cid, "points", "gift", -cost, gift_at, cashier, gid)
        m.points -= cost


def _refund(
    writer: _Writer,
    rng: random.Random,
    m: _Member,
    sale_id: int,
    at: datetime,
    lines: list[tuple[Any, ...]],
    line_ids: list[int],
    payments: list[tuple[str, int, int]],
    split: Any,
    points_used: int,
    earned: int,
    cashier: int,
    server: int | None,
) -> tuple[int, datetime]:
    cid = m.customer_id
    total = sum(x[8] for x in lines)
    list_total = sum(x[6] for x in lines)
    back_at = at + timedelta(minutes=rng.randint(5, 50))
    reversed_points = min(earned, m.points + points_used)
    rid = writer.sale(
        back_at, "refund", cid,
        {
            "staff_id": server, "cashier_id": cashier, "refund_of_id": sale_id,
            "tier_name": "" if m.tier is None else m.tier.name, "list_fen": -list_total,
            "discount_fen": -(list_total - total), "total_fen": -total,
            "points_earned": -reversed_points, "note": "顾客不满意，全额退款",
        },
    )  # fmt: skip
    for number, (line, line_id) in enumerate(zip(lines, line_ids, strict=True), start=1):
        kind, item_id, card_id, desc, qty, unit, list_fen, disc, amount, _ = line
        writer.line(
            rid,
            number,
            (kind, item_id, card_id, desc, -qty, unit, -list_fen, -disc, -amount, line_id),
        )
    for method, amount, pts in payments:
        writer.payments.append((rid, method, -amount, -pts))
    if split is not None:
        if split.principal_fen:
            writer.entry(cid, "principal", "refund", split.principal_fen, back_at, cashier, rid)
        if split.bonus_fen:
            writer.entry(cid, "bonus", "refund", split.bonus_fen, back_at, cashier, rid)
        m.principal += split.principal_fen
        m.bonus += split.bonus_fen
    if points_used:
        writer.entry(cid, "points", "refund", points_used, back_at, cashier, rid)
        m.points += points_used
    if reversed_points:
        writer.entry(cid, "points", "refund", -reversed_points, back_at, cashier, rid)
        m.points -= reversed_points
    m.spend -= total
    return rid, back_at


def _upgrade(
    writer: _Writer, m: _Member, tiers: list[Tier], at: datetime, user_id: int, top_up: int
) -> None:
    best = tier_after(m.tier, tiers, m.spend, top_up)
    if best is not None and (m.tier is None or best.tier_id != m.tier.tier_id):
        m.tier = best
        writer.events.append((m.customer_id, _ts(at), "tier", best.name, user_id))


def _set_summaries(uow: UnitOfWork, members: dict[int, _Member]) -> None:
    """Visit summary, tier, balances and sessions left as the simulation ended them (it
    started from the ledger's opening sums and wrote every entry it applied, so the caches
    equal the ledger's sums; ``storecrm check`` proves it)."""
    conn = uow.connection
    everyone = list(members.values())
    for first in range(0, len(everyone), SUMMARY_CHUNK):
        chunk = everyone[first : first + SUMMARY_CHUNK]
        conn.exec_driver_sql(
            "UPDATE customers SET first_visit_at = ?, last_visit_at = ?, visit_count = ?, "
            "total_spend_fen = ?, tier_id = ?, balance_fen = ?, points = ? WHERE id = ?",
            [
                (
                    None if m.first is None else _ts(m.first),
                    None if m.last is None else _ts(m.last),
                    m.visits,
                    m.spend,
                    None if m.tier is None else m.tier.tier_id,
                    m.principal + m.bonus,
                    m.points,
                    m.customer_id,
                )
                for m in chunk
            ],
        )
        cards = [(card[2], card[0]) for m in chunk for card in m.cards if card[2] is not None]
        if cards:
            conn.exec_driver_sql("UPDATE customer_cards SET sessions_left = ? WHERE id = ?", cards)
        uow.commit()


__all__ = ["add_demo_history", "ensure_demo_catalogue"]
