"""The commission ledger against the plan, for any sequence of sales, refunds and plan changes.

Property: for every staff member, the entries the services posted add up to what the plan in
force at each sale gives for what survives — a flat rule's commission on each line's
surviving quantity, and for a tiered rule, per month, the rule's function of the staff
member's net performance that month (refunds deducted in the month of the refund). The model
here is worked out from the sales alone with the pure rules; the store's own ``check`` must
agree too.

One store serves the whole test (a store per example would be far too slow): each example
hires its own staff, so the sums are per example; plans are store-wide and the clock only
moves forward, so a plan saved by an earlier example may still be in force — the model reads
the plans like anyone else.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from storecrm.domain.commission import (
    AssistantPay,
    Basis,
    LineFacts,
    LineStaff,
    Method,
    Plan,
    RateTier,
    Role,
    Rule,
    Target,
    TierMode,
    credit_shares,
    credited,
    line_amount,
    match_rule,
    month_of,
    pays_fixed,
    plan_in_force,
    sale_performance,
    surviving_measure,
    tier_commission,
    weight_ppm,
)
from storecrm.services import catalogue, sales, session
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from storecrm.services.staff import figures, plans, roster
from storecrm.services.staff.check import check_commission
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import OWNER, OWNER_PASSWORD
from tests.services.test_sales import Clock

EXAMPLES = 60
PRICES = (10000, 30000, 3333)  # 剪发, 烫发, 护理
CATEGORIES = ("剪发", "染烫", "护理")
GRADES = ("总监", "助理", "高级")


@dataclass
class SoldLine:
    line_id: int
    qty: int
    left: int
    item: int
    perf_list: int
    cash: int  # the line's cash (= consumption here: money only)
    staff: tuple[LineStaff, ...]
    at: datetime


@dataclass
class Refund:
    line: SoldLine
    before: int
    after: int
    at: datetime


rules_st = st.builds(
    lambda method, rate, tiers, mode, split, fixed, assistant_fixed: (
        method,
        rate,
        tiers,
        mode,
        split,
        fixed,
        assistant_fixed,
    ),
    st.sampled_from(list(Method)),
    st.integers(0, 3000),
    st.one_of(
        st.none(),
        st.tuples(st.integers(1, 60_000), st.integers(0, 3000), st.integers(0, 3000)),
    ),
    st.sampled_from(list(TierMode)),
    st.one_of(st.none(), st.tuples(st.integers(0, 1000), st.integers(0, 1000))),
    st.integers(0, 2000),
    st.integers(0, 800),
)

step_st = st.one_of(
    st.tuples(
        st.just("sale"),
        st.lists(
            st.tuples(
                st.integers(0, 2),  # item
                st.integers(1, 3),  # qty
                st.integers(0, 2),  # main
                st.one_of(st.none(), st.integers(0, 2)),  # assistant
                st.booleans(),  # requested
            ),
            min_size=1,
            max_size=3,
        ),
    ),
    st.tuples(st.just("refund"), st.integers(0, 50), st.integers(1, 3)),
    st.tuples(st.just("plan"), st.integers(0, 5), rules_st, rules_st),
    st.tuples(st.just("advance"), st.integers(0, 25)),
)


def _rules(spec: tuple[object, ...], grade_spec: tuple[object, ...]) -> tuple[Rule, ...]:
    def one(values: tuple[object, ...], **kw: object) -> Rule:
        method, rate, tiers, mode, split, fixed, assistant_fixed = values
        tiered = None if method is Method.FIXED else tiers
        main, helper = split if split is not None else (1000, 0)
        if main + helper > 1000:  # type: ignore[operator]
            helper = 1000 - main  # type: ignore[operator]
        return Rule(
            0,
            Target.LINE,
            basis=Basis.CONSUMPTION,
            method=method,  # type: ignore[arg-type]
            rate_bp=rate,  # type: ignore[arg-type]
            fixed_fen=fixed,  # type: ignore[arg-type]
            tiers=()
            if tiered is None
            else (RateTier(0, tiered[1]), RateTier(tiered[0], tiered[2])),  # type: ignore[index]
            tier_mode=mode,  # type: ignore[arg-type]
            main_permille=main,  # type: ignore[arg-type]
            assistant_pay=AssistantPay.FIXED if split is None else AssistantPay.SHARE,
            assistant_permille=helper,  # type: ignore[arg-type]
            assistant_fixed_fen=assistant_fixed,  # type: ignore[arg-type]
            **kw,  # type: ignore[arg-type]
        )

    return (one(spec), one(grade_spec, grade="总监", requested=True))


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContext, list[int]]]:
    from tests.conftest import make_store

    folder = tmp_path_factory.mktemp("commission") / "store"
    make_store(folder).context.close()
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    items = [
        ctx.call(
            catalogue.save_item,
            ItemDraft(name=f"项目{i}", price_fen=p, category=CATEGORIES[i], kind="service"),
        ).item_id
        for i, p in enumerate(PRICES)
    ]
    yield ctx, items
    ctx.close()


_people = itertools.count(1)


def _model(
    plan_list: list[Plan],
    lines: list[SoldLine],
    refunds: list[Refund],
    staff_ids: list[int],
    grades: dict[int, str],
    categories: dict[int, str],
) -> dict[int, int]:
    """What each staff member must have been paid, from the sales and the plans alone."""
    flat: dict[int, int] = dict.fromkeys(staff_ids, 0)
    perf: dict[tuple[int, str], int] = {}
    groups: dict[tuple[int, str, int], int] = {}
    group_rule: dict[int, Rule] = {}
    refunds_of: dict[int, list[Refund]] = {}
    for refund in refunds:
        refunds_of.setdefault(refund.line.line_id, []).append(refund)
    for line in lines:
        shares = credit_shares(line.staff)
        credit = credited(line.cash, shares)
        month = month_of(line.at)
        for i, person in enumerate(line.staff):
            perf[(person.staff_id, month)] = perf.get((person.staff_id, month), 0) + credit[i]
            for refund in refunds_of.get(line.line_id, ()):
                key = (person.staff_id, month_of(refund.at))
                perf[key] = (
                    perf.get(key, 0)
                    + surviving_measure(credit[i], line.qty, refund.after)
                    - surviving_measure(credit[i], line.qty, refund.before)
                )
        plan = plan_in_force(plan_list, line.at)
        if plan is None:
            continue
        for i, person in enumerate(line.staff):
            rule = match_rule(
                plan.rules, Target.LINE, line.item, categories[line.item],
                grades[person.staff_id], person.requested,
            )  # fmt: skip
            if rule is None:
                continue
            measure = line.perf_list if rule.method is Method.PERCENT_LIST else line.cash
            weight = weight_ppm(rule, line.staff, i)
            if rule.tiered and not pays_fixed(rule, person.role):
                group_rule[rule.rule_id] = rule
                key = (person.staff_id, month, rule.rule_id)
                groups[key] = groups.get(key, 0) + measure * weight
                for refund in refunds_of.get(line.line_id, ()):
                    key = (person.staff_id, month_of(refund.at), rule.rule_id)
                    change = surviving_measure(measure, line.qty, refund.after) - (
                        surviving_measure(measure, line.qty, refund.before)
                    )
                    groups[key] = groups.get(key, 0) + change * weight
                continue
            left = line.left
            flat[person.staff_id] += line_amount(
                rule,
                person.role,
                surviving_measure(measure, line.qty, left),
                left,
                weight,
                rule.rate_bp,
            )
    for (staff_id, month, rule_id), weighted in groups.items():
        rule = group_rule[rule_id]
        performance = perf.get((staff_id, month), 0)
        flat[staff_id] += tier_commission(rule, performance, weighted)
    return flat


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step_st, min_size=1, max_size=14))
def test_commission_equals_the_plan_on_what_survives(
    shop: tuple[StoreContext, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    steps: list[tuple[object, ...]],
) -> None:
    from storecrm.domain import clock

    ctx, items = shop
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - continue after the last example
        last = uow.connection.exec_driver_sql(
            "SELECT MAX(t) FROM (SELECT MAX(at) AS t FROM sales "
            "UNION ALL SELECT MAX(created_at) FROM commission_plans)"
        ).scalar()
    fake = Clock(
        datetime(2025, 1, 1, 10)
        if last is None
        else datetime.fromisoformat(str(last)[:19]) + timedelta(days=1)
    )
    monkeypatch.setattr(clock, "now", fake)
    staff_ids = []
    grades: dict[int, str] = {}
    for grade in GRADES:
        n = next(_people)
        person = ctx.call(roster.save_staff_member, StaffDraft(0, f"员工{n}", grade=grade))
        staff_ids.append(person.staff_id)
        grades[person.staff_id] = grade
    categories = dict(zip(items, CATEGORIES, strict=True))
    sold: list[SoldLine] = []
    refunds: list[Refund] = []
    for step in steps:
        note(repr(step))
        kind = step[0]
        if kind == "advance":
            fake.advance(days=int(step[1]), hours=1)  # type: ignore[call-overload]
        elif kind == "plan":
            _k, days, spec, grade_spec = step
            on = fake().date() + timedelta(days=int(days))  # type: ignore[call-overload]
            ctx.call(plans.save_plan, on, _rules(spec, grade_spec))  # type: ignore[arg-type]
        elif kind == "sale":
            drafts = []
            for item, qty, main, assistant, requested in step[1]:  # type: ignore[union-attr]
                staff = [LineStaff(staff_ids[main], Role.MAIN, requested)]
                if assistant is not None and assistant != main:
                    staff.append(LineStaff(staff_ids[assistant], Role.ASSISTANT, False))
                drafts.append(LineDraft("item", qty, item_id=items[item], staff=tuple(staff)))
            total = sum(PRICES[items.index(d.item_id)] * d.qty for d in drafts)  # type: ignore[arg-type]
            fake.advance(minutes=7)
            info = ctx.call(
                sales.record_sale,
                SaleDraft(None, tuple(drafts), (PaymentDraft("cash", total),)),
            )
            facts = [LineFacts("item", x.qty, x.list_fen, x.amount_fen) for x in info.lines]
            perf = sale_performance(facts, {"cash": total}, 0)
            for x, p, d in zip(info.lines, perf, drafts, strict=True):
                sold.append(
                    SoldLine(x.line_id, x.qty, x.qty, int(d.item_id or 0), x.list_fen,
                             p.cash_fen, tuple(d.staff or ()), fake())
                )  # fmt: skip
        elif kind == "refund":
            open_lines = [x for x in sold if x.left > 0]
            if not open_lines:
                continue
            line = open_lines[int(step[1]) % len(open_lines)]  # type: ignore[call-overload]
            count = min(int(step[2]), line.left)  # type: ignore[call-overload]
            fake.advance(minutes=3)
            sale_id = next(
                s.sale_id
                for s in [ctx.call(sales.get_sale, i) for i in _sale_ids(ctx)]
                if any(x.line_id == line.line_id for x in s.lines)
            )
            ctx.call(sales.refund_sale, sale_id, {line.line_id: count}, "测试退款")
            refunds.append(Refund(line, line.left, line.left - count, fake()))
            line.left -= count
    plan_list = [
        Plan(p.plan_id, p.effective_from, p.rules, p.created_at) for p in ctx.call(plans.list_plans)
    ]
    expected = _model(plan_list, sold, refunds, staff_ids, grades, categories)
    first = min((x.at for x in sold), default=fake()).date()
    sheet = ctx.call(figures.payroll, first.replace(day=1), fake().date())
    paid = {r.staff_id: r.total_commission_fen for r in sheet.rows if r.staff_id in expected}
    assert {k: paid.get(k, 0) for k in expected} == expected
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001
        assert check_commission(uow) == []


def _sale_ids(ctx: StoreContext) -> list[int]:
    return ctx.call(sales.list_sale_ids, sales.SaleFilter(kind="sale"))[:60]


def test_the_model_is_not_vacuous() -> None:
    """The model pays something for a plain sale (so the property compares real figures)."""
    rule = Rule(1, Target.LINE, rate_bp=1000)
    plan = Plan(1, date(2025, 1, 1), (rule,))
    line = SoldLine(1, 2, 1, 7, 20000, 20000, (LineStaff(5),), datetime(2025, 2, 1, 10))
    # one of two units survives: 20000 × 1 // 2 = 10000 × 10 % = 1000
    assert _model([plan], [line], [], [5], {5: ""}, {7: ""}) == {5: 1000}
