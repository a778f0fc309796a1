"""The demo store's marketing (issue 20 point 8): the year's promotions and a 会员日 priced into the
demo sales by the till's own engine, coupons in every state, two finished campaigns whose
verdicts (through the real result service) are an effect and no clear difference, the lifecycle
offers switched on, and everything still adding up (`storecrm check`)."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from storecrm.domain import clock
from storecrm.domain.membership import PERMILLE
from storecrm.domain.money import money_text
from storecrm.domain.promotions.campaign import VerdictKind
from storecrm.domain.promotions.engine import CartLine, best_offer
from storecrm.domain.promotions.lifecycle import LifecycleKind
from storecrm.domain.promotions.offers import Audience, Coupon, CouponState, PromotionKind
from storecrm.reports.report_pdf import write_pdf
from storecrm.services import demo, membership, reports, session, summaries
from storecrm.services.campaigns import lifecycle, results
from storecrm.services.promotions import catalogue, coupons
from storecrm.services.promotions.catalogue import load_promotions, load_templates
from storecrm.services.reports import ReportRequest
from storecrm.services.session import StoreContext
from tests.test_cli import run

#: The demo's clock: the history ends here, so the data (and the verdicts) never depend on the
#: day the tests run.
NOW = datetime(2026, 12, 7, 18, 30, 0)


@pytest.fixture(scope="module")
def fixed_clock() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "now", lambda: NOW)
        yield


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory, fixed_clock: None) -> Path:
    """The demo store as ``storecrm --demo`` makes it (2,000 customers, a year of sales)."""
    folder = tmp_path_factory.mktemp("demo") / "store"
    demo.create_demo_store(folder)
    return folder


@pytest.fixture
def boss(demo_store: Path) -> Iterator[StoreContext]:
    ctx = session.sign_in(demo_store, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    yield ctx
    ctx.close()


def _rows(ctx: StoreContext, sql: str) -> list[tuple[object, ...]]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - reading raw rows in a test
        return [tuple(r) for r in uow.connection.execute(text(sql))]


def test_the_year_has_promotions_and_a_members_day_that_the_sales_carry(boss: StoreContext) -> None:
    promotions = boss.call(catalogue.list_promotions)
    kinds = {p.kind for p in promotions}
    assert {PromotionKind.AMOUNT_OFF, PromotionKind.PERCENT_OFF, PromotionKind.NTH_ITEM} <= kinds
    assert PromotionKind.GIFT in kinds
    members_day = [p for p in promotions if p.audience is Audience.MEMBERS and p.when.weekdays]
    assert len(members_day) == 1
    saved = dict(_rows(boss, "SELECT promotion_id, SUM(amount_fen) FROM sale_savings "
                             "WHERE source = 'promotion' GROUP BY promotion_id"))  # fmt: skip
    assert {p.id for p in promotions} == set(saved)  # every promotion was used in the year
    assert all(int(str(v)) > 0 for v in saved.values())
    # the 会员日 (every Wednesday) saved on Wednesdays only, and only for members
    days = _rows(
        boss,
        "SELECT DISTINCT strftime('%w', s.at), s.tier_name = '' FROM sale_savings v "
        f"JOIN sales s ON s.id = v.sale_id WHERE v.promotion_id = {members_day[0].id}",
    )
    assert days == [("3", 0)]
    # the 店庆 满减 saved inside its two weeks only
    fair = next(p for p in promotions if p.kind is PromotionKind.AMOUNT_OFF)
    first, last = _rows(
        boss,
        "SELECT MIN(date(s.at)), MAX(date(s.at)) FROM sale_savings v "
        f"JOIN sales s ON s.id = v.sale_id WHERE v.promotion_id = {fair.id}",
    )[0]
    assert fair.when.starts_on is not None and fair.when.ends_on is not None
    assert fair.when.starts_on <= date.fromisoformat(str(first))
    assert date.fromisoformat(str(last)) <= fair.when.ends_on


def test_every_demo_sale_is_priced_as_the_till_engine_prices_it(boss: StoreContext) -> None:
    """Each sale's item lines are run through ``best_offer`` again with the promotions, the
    customer's tier of the day and the coupons it used: the same discount on every line and
    the same saving per promotion and coupon as written."""
    with boss._store.unit_of_work() as uow:  # noqa: SLF001 - replaying the history
        promotions = load_promotions(uow)
        templates = load_templates(uow)
        tiers = {t.name: t for t in membership.active_tiers(uow)}
        conn = uow.connection
        items = {
            int(r[0]): (str(r[1]), bool(r[2]))
            for r in conn.execute(text("SELECT id, category, discountable FROM catalogue_items"))
        }
        used: dict[int, list[Coupon]] = defaultdict(list)
        for sale_id, cid, code, tid, customer, start, end in conn.execute(
            text(
                "SELECT e.sale_id, c.id, c.code, c.template_id, c.customer_id, c.valid_from, "
                "c.valid_to FROM coupon_events e JOIN coupons c ON c.id = e.coupon_id "
                "WHERE e.kind = 'redeemed'"
            )
        ):
            used[int(sale_id)].append(
                Coupon(int(cid), str(code), templates[int(tid)], int(customer),
                       date.fromisoformat(str(start)), date.fromisoformat(str(end)))
            )  # fmt: skip
        written: dict[int, dict[tuple[str, int], int]] = defaultdict(dict)
        for sale_id, source, pid, cid, amount in conn.execute(
            text(
                "SELECT sale_id, source, promotion_id, coupon_id, SUM(amount_fen) "
                "FROM sale_savings GROUP BY sale_id, source, promotion_id, coupon_id"
            )
        ):
            written[int(sale_id)][(str(source), int(pid or cid))] = int(amount)
        lines: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
        for sale_id, item_id, qty, unit, discount in conn.execute(
            text(
                "SELECT l.sale_id, l.item_id, l.qty, l.unit_fen, l.discount_fen FROM sale_lines l "
                "JOIN sales s ON s.id = l.sale_id WHERE s.kind = 'sale' AND l.kind = 'item' "
                "ORDER BY l.sale_id, l.line_no"
            )
        ):
            lines[int(sale_id)].append((int(item_id), int(qty), int(unit), int(discount)))
        sales = {
            int(r[0]): (None if r[1] is None else int(r[1]), str(r[2]), r[3])
            for r in conn.execute(text("SELECT id, customer_id, tier_name, at FROM sales "
                                       "WHERE kind = 'sale'"))
        }  # fmt: skip
    checked = 0
    for sale_id, sale_lines in lines.items():
        customer, tier_name, at = sales[sale_id]
        tier = tiers.get(tier_name)
        cart = [
            CartLine(item, items[item][0], qty, unit, items[item][1])
            for item, qty, unit, _ in sale_lines
        ]
        offer = best_offer(
            cart,
            tier_permille=PERMILLE if tier is None else tier.discount_permille,
            customer_id=customer,
            tier_id=None if tier is None else tier.tier_id,
            moment=at if isinstance(at, datetime) else datetime.fromisoformat(str(at)),
            promotions=promotions,
            coupons=used.get(sale_id, []),
        )
        assert [offer.line_tier[i] + offer.line_savings(i) for i in range(len(cart))] == [
            x[3] for x in sale_lines
        ], sale_id
        assert {(s.source.value, s.ref_id): s.amount_fen for s in offer.savings} == written.get(
            sale_id, {}
        ), sale_id
        assert set(offer.coupon_ids) == {c.id for c in used.get(sale_id, [])}
        checked += 1
    assert checked > 10_000
    assert sum(1 for s in written.values() if any(k[0] == "coupon" for k in s)) > 300


def test_coupons_issued_redeemed_expired_voided_and_returned_by_a_refund(
    boss: StoreContext,
) -> None:
    infos = boss.call(coupons.list_coupons)
    states = {c.state for c in infos}
    assert {
        CouponState.USABLE,
        CouponState.REDEEMED,
        CouponState.EXPIRED,
        CouponState.VOIDED,
    } <= states
    sources = {c.source for c in infos}
    assert {"campaign", "lc_welcome", "lc_birthday", "lc_winback"} <= sources
    # a coupon given back: its returned event is on the refund of the sale that last redeemed it
    # (a coupon given back may be used again)
    returned = _rows(
        boss,
        "SELECT r.sale_id, s.refund_of_id, u.sale_id FROM coupon_events r "
        "JOIN sales s ON s.id = r.sale_id "
        "JOIN coupon_events u ON u.id = (SELECT MAX(id) FROM coupon_events x "
        "WHERE x.coupon_id = r.coupon_id AND x.kind = 'redeemed' AND x.id < r.id) "
        "WHERE r.kind = 'returned'",
    )
    assert returned
    assert all(refund_of == redeemed_on for _r, refund_of, redeemed_on in returned)
    assert len(returned) < len([c for c in infos if c.state is CouponState.REDEEMED]) // 10
    # the liability report counts what is outstanding today
    liability = boss.call(coupons.coupon_liability)
    usable = [c for c in infos if c.state is CouponState.USABLE]
    assert liability.count == len(usable) > 0


def test_two_finished_campaigns_one_that_worked_and_one_that_did_not(boss: StoreContext) -> None:
    found = boss.call(results.campaign_results)
    designed = [r for r in found if r.status == "launched"]
    ended = {r.name: r for r in designed if r.phase == "ended"}
    assert len(ended) == 2
    assert [r.phase for r in designed].count("running") == 1
    worked, flat = ended["老客回店礼"], ended["银卡以上会员专享券"]
    assert worked.effect.kind is VerdictKind.MORE
    assert 0 < worked.effect.low < worked.effect.incremental < worked.effect.high
    assert flat.effect.kind is VerdictKind.NO_CLEAR_DIFFERENCE
    assert flat.effect.low < 0 < flat.effect.high
    for r in ended.values():
        assert r.effect.holdout_size > 20
        assert r.reached == r.effect.target_size
        assert 0 < r.redeemed < r.reached
        assert r.discount_cost_fen > 0


def test_the_lifecycle_offers_are_on_with_their_standing_campaigns(boss: StoreContext) -> None:
    settings = boss.call(lifecycle.get_settings)
    for kind in LifecycleKind:
        s = settings.of(kind)
        assert s.enabled and s.template_id is not None and s.seed is not None
        assert s.since is not None and s.since < NOW.date()
    standing = [r for r in boss.call(results.campaign_results) if r.status == "standing"]
    assert {r.name for r in standing} >= {"开卡礼 2026", "生日礼 2026", "沉睡唤醒 2026"}
    assert all(r.effect.holdout_size > 0 and r.reached > 0 for r in standing)
    # a second opening today issues nothing twice: those done stay members once
    outcome = boss.call(lifecycle.issue_due)
    assert not outcome.already_done
    duplicates = _rows(
        boss,
        "SELECT COUNT(*) FROM (SELECT customer_id FROM campaign_members m "
        "JOIN campaigns c ON c.id = m.campaign_id WHERE c.name LIKE '开卡礼%' "
        "GROUP BY customer_id HAVING COUNT(*) > 1)",
    )
    assert duplicates == [(0,)]


def test_the_demo_store_checks_clean_and_commission_follows_the_savings(
    demo_store: Path, boss: StoreContext
) -> None:
    assert boss.call(membership.check_ledgers).ok
    assert boss.call(summaries.check_summaries).count == 0
    # lines that carry a saving earn commission on what was paid, never on the list price (each
    # payment method is shared over the lines on its own, to the fen: a line may get a fen more
    # from each of two or three methods)
    counted, above = _rows(
        boss,
        "SELECT COUNT(*), SUM(e.measure_fen > l.amount_fen + 2) FROM commission_entries e "
        "JOIN sale_lines l ON l.id = e.line_id WHERE e.kind = 'line' "
        "AND l.id IN (SELECT sale_line_id FROM sale_savings)",
    )[0]
    assert int(str(counted)) > 1_000 and above == 0
    boss.close()
    done = run(
        "check", "--store", str(demo_store), "--user", demo.DEMO_OWNER,
        password=demo.DEMO_PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


_DUMP = (
    "SELECT id, no, kind, at, customer_id, tier_name, list_fen, discount_fen, total_fen FROM sales",
    "SELECT id, sale_id, item_id, qty, discount_fen, amount_fen FROM sale_lines",
    "SELECT sale_id, sale_line_id, source, promotion_id, coupon_id, amount_fen FROM sale_savings",
    "SELECT id, code, template_id, customer_id, issued_at, valid_to, source FROM coupons",
    "SELECT coupon_id, kind, at, sale_id, saving_fen FROM coupon_events ORDER BY id",
    "SELECT campaign_id, customer_id, grp, coupon_id FROM campaign_members",
    "SELECT id, name, seed, starts_on, ends_on FROM campaigns",
)


def _dump(folder: Path) -> list[list[tuple[object, ...]]]:
    ctx = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    try:
        return [_rows(ctx, sql + (" ORDER BY 1, 2" if "ORDER" not in sql else "")) for sql in _DUMP]
    finally:
        ctx.close()


def test_the_same_seed_makes_the_same_marketing_history(tmp_path: Path, fixed_clock: None) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        demo.create_demo_store(folder, customers_count=250, seed=9, months=4)
    a, b = _dump(first), _dump(second)
    assert all(a)  # sales, savings, coupons, events, members and campaigns were all made
    assert a == b


def test_the_report_pdf_keeps_large_campaign_figures_apart(
    boss: StoreContext, tmp_path: Path
) -> None:
    """The demo's campaigns have six-figure intervals: each figure of the report's campaign
    table stays a figure of its own (they ran into each other in too narrow columns)."""
    report = boss.call(reports.build_report, ReportRequest(date(2026, 9, 1), date(2026, 11, 30)))
    path = write_pdf(report, tmp_path / "r.pdf")
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout.split()
    campaigns = report.marketing.campaigns if report.marketing else ()
    assert len(campaigns) >= 3
    for c in campaigns:
        for figure in (c.effect.incremental, c.effect.low, c.effect.high):
            assert money_text(figure) in words, (c.name, money_text(figure))
