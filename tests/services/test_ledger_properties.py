"""Random sequences of top-ups, sales, refunds, withdrawals and gifts on one real store, checked
against a model kept by the test and against the ledger's invariants after every step.

One store serves a whole test function (a store per example would be far too slow); each
example works with its own fresh members, so the invariants need no reset. Per step: every
member's balances equal the model and the ledger sums, never go negative, and the cached
columns agree. Per example (teardown): no sale was refunded beyond what it took, stored value
went back no more than it was spent (and exactly, once a sale is fully refunded), and the
store-wide ``check_ledgers`` is clean.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import (
    MONEY_METHODS,
    InsufficientBalance,
    Remaining,
    Split,
    amount_for_points,
    points_earned,
    points_for_amount,
    refund_shares,
    spend_stored_value,
    top_up_bonus,
)
from storecrm.services import membership, sales
from storecrm.services.dto import LineDraft, PaymentDraft, SaleDraft
from storecrm.services.session import StoreContext
from tests.services.test_sales import RULES, Shop, member, stock

TIER_POINTS = {"": 1000, "银卡": 1000, "金卡": 1500}  # the shop's points multipliers
MONEY = [m.value for m in MONEY_METHODS]
EXAMPLES = 80
STEPS = 20


@dataclass
class Model:
    """What the test expects a member to hold, worked out without the services."""

    principal: int = 0
    bonus: int = 0
    points: int = 0
    sessions: dict[int, int | None] = field(default_factory=dict)  # card → left (None: period)
    totals: dict[int, int | None] = field(default_factory=dict)  # card → sessions bought
    refunded: set[int] = field(default_factory=set)
    # uses of each period card, net of refunded uses (a card whose uses were all refunded
    # counts as unused and can be refunded itself, as the service rules)
    period_uses: Counter[int] = field(default_factory=Counter)


class Ledgers(RuleBasedStateMachine):
    ctx: StoreContext
    shop: Shop
    phones = itertools.count()
    calls = 0
    seen: Counter[str] = Counter()  # what the random sequences exercised, for the report

    def __init__(self) -> None:
        super().__init__()
        self.members: list[int] = []
        for _ in range(2):
            n = next(Ledgers.phones)
            self.members.append(member(self.ctx, f"会员{n}", f"139{n:08d}"))
        self.model = {cid: Model() for cid in self.members}
        self.tickets: list[int] = []  # sales and top-ups of this example
        self.left: dict[int, Remaining] = {}  # sale → what is still refundable, by the model
        self.open_top_ups: set[int] = set()  # top-ups not refunded

    def call(self, service: Any, *args: Any, **kw: Any) -> Any:
        Ledgers.calls += 1
        return self.ctx.call(service, *args, **kw)

    # -- rules -----------------------------------------------------------------------------
    @initialize(data=st.data())
    def start_with_stored_value(self, data: st.DataObject) -> None:
        for cid in self.members:  # most members start with stored value to spend
            if data.draw(st.integers(0, 3), "top up first"):
                self._top_up(data, cid)
        Ledgers.seen["examples"] += 1

    @rule(data=st.data())
    def top_up(self, data: st.DataObject) -> None:
        Ledgers.seen["rule steps"] += 1
        self._top_up(data, data.draw(st.sampled_from(self.members), "member"))

    def _top_up(self, data: st.DataObject, cid: int) -> None:
        amount = data.draw(
            st.one_of(st.sampled_from([1, 49999, 50000, 99999, 100000]), st.integers(1, 150000)),
            "amount",
        )
        method = data.draw(st.sampled_from(MONEY), "method")
        info = self.call(membership.top_up, cid, amount, method)
        bonus = top_up_bonus(amount, RULES)
        assert (info.sv_principal_fen, info.sv_bonus_fen) == (amount, bonus)
        model = self.model[cid]
        model.principal += amount
        model.bonus += bonus
        self.tickets.append(info.sale_id)
        self.open_top_ups.add(info.sale_id)
        Ledgers.seen["top-up with bonus" if bonus else "top-up"] += 1

    def _lines(self, data: st.DataObject, cid: int | None) -> tuple[LineDraft, ...]:
        shop = self.shop
        lines: list[LineDraft] = []
        wanted: dict[int, int] = {}
        model = None if cid is None else self.model[cid]
        for _ in range(data.draw(st.integers(1, 4), "lines")):
            kinds = ["item", "amount"]
            if model is not None:
                kinds.append("card")
                if any(self._usable(model, c, wanted) for c in model.sessions):
                    kinds += ["session", "session"]
            kind = data.draw(st.sampled_from(kinds), "kind")
            if kind == "item":
                item_id = data.draw(st.sampled_from([shop.cut, shop.shampoo, shop.perm]))
                lines.append(LineDraft("item", data.draw(st.integers(1, 3)), item_id=item_id))
            elif kind == "amount":
                fen = data.draw(st.integers(1, 50000))
                lines.append(LineDraft("amount", 1, unit_fen=fen, description="随机"))
            elif kind == "card":
                plan = data.draw(st.sampled_from([shop.card10, shop.trial, shop.month]))
                lines.append(LineDraft("card", data.draw(st.integers(1, 2)), plan_id=plan))
            else:
                assert model is not None
                usable = [c for c in model.sessions if self._usable(model, c, wanted)]
                card_id = data.draw(st.sampled_from(usable), "card")
                left = model.sessions[card_id]
                if left is None:  # a period card: any service
                    service = data.draw(st.sampled_from([None, shop.cut, shop.perm]))
                    lines.append(LineDraft("session", 1, card_id=card_id, item_id=service))
                else:
                    qty = data.draw(st.integers(1, min(3, left - wanted.get(card_id, 0))))
                    wanted[card_id] = wanted.get(card_id, 0) + qty
                    lines.append(LineDraft("session", qty, card_id=card_id))
        return tuple(lines)

    @staticmethod
    def _usable(model: Model, card_id: int, wanted: dict[int, int]) -> bool:
        if card_id in model.refunded:
            return False
        left = model.sessions[card_id]
        return left is None or left - wanted.get(card_id, 0) > 0

    def _payments(
        self, data: st.DataObject, cid: int | None, total: int
    ) -> tuple[tuple[PaymentDraft, ...], int, int]:
        """A random split the quote accepts; returns it with the stored value and points-money."""
        sv = pts = 0
        if cid is not None and total:
            model = self.model[cid]
            Ledgers.seen["member sales with stored value to spend"] += (
                model.principal + model.bonus > 0
            )
            most = min(total, model.principal + model.bonus)
            if most and data.draw(st.integers(0, 3), "use stored value"):
                sv = data.draw(st.one_of(st.just(most), st.integers(1, most)), "stored value")
            if data.draw(st.booleans(), "use points"):
                pts = data.draw(
                    st.integers(0, min(total - sv, amount_for_points(model.points, RULES)))
                )
        rest = total - sv - pts
        methods = data.draw(st.lists(st.sampled_from(MONEY), min_size=1, max_size=3, unique=True))
        cuts = sorted(data.draw(st.lists(st.integers(0, rest), min_size=len(methods) - 1,
                                         max_size=len(methods) - 1)))  # fmt: skip
        bounds = [0, *cuts, rest]
        parts = {m: bounds[i + 1] - bounds[i] for i, m in enumerate(methods)}
        if data.draw(st.integers(0, 3), "cash with change") == 0:
            parts["cash"] = parts.get("cash", 0) + data.draw(st.integers(1, 10000))
        drafts = [PaymentDraft(m, a) for m, a in parts.items() if a > 0]
        if sv:
            drafts.append(PaymentDraft("stored_value", sv))
        if pts:
            drafts.append(PaymentDraft("points", pts))
        order = data.draw(st.permutations(drafts))
        return tuple(order), sv, pts

    @rule(data=st.data())
    def sell(self, data: st.DataObject) -> None:
        Ledgers.seen["rule steps"] += 1
        self._sell(data)

    @rule(data=st.data())
    def sell_more(self, data: st.DataObject) -> None:  # sales twice as often as the rest
        Ledgers.seen["rule steps"] += 1
        self._sell(data)

    def _sell(self, data: st.DataObject) -> None:
        cid = data.draw(st.sampled_from([None, *self.members]), "customer")
        lines = self._lines(data, cid)
        bare = self.call(sales.quote_sale, SaleDraft(cid, lines, ()))
        assert {(p.field, p.code) for p in bare.problems} <= {("payments", "short")}, bare.problems
        total = bare.total_fen
        payments, sv, pts = self._payments(data, cid, total)
        draft = SaleDraft(cid, lines, payments)
        q = self.call(sales.quote_sale, draft)
        note(f"sale {draft} → {q.total_fen}, {q.problems}")
        assert q.ok, q.problems
        sale = self.call(sales.record_sale, draft)
        assert sale.total_fen == total
        by_method: dict[str, int] = {}
        for p in sale.payments:
            assert p.amount_fen > 0
            by_method[p.method] = by_method.get(p.method, 0) + p.amount_fen
        assert sum(by_method.values()) == total  # cash is kept net of change
        assert by_method.get("stored_value", 0) == sv and by_method.get("points", 0) == pts
        self.tickets.append(sale.sale_id)
        self.left[sale.sale_id] = Remaining(
            line_qty={x.line_id: x.qty for x in sale.lines},
            line_amount={x.line_id: x.amount_fen for x in sale.lines},
            payments=by_method,
            points_paid=sum(p.points for p in sale.payments if p.method == "points"),
            points_earned=sale.points_earned,
            stored_value=Split(-sale.sv_principal_fen, -sale.sv_bonus_fen),
        )
        Ledgers.seen.update(f"line:{x.kind}" for x in sale.lines)
        Ledgers.seen.update(f"pay:{m}" for m in by_method)
        Ledgers.seen["sale with change"] += q.change_fen > 0
        if cid is None:
            assert sale.balances_after is None and sale.points_earned == 0
            return
        model = self.model[cid]
        split = spend_stored_value(sv, model.principal, model.bonus)
        assert (sale.sv_principal_fen, sale.sv_bonus_fen) == (
            -split.principal_fen,
            -split.bonus_fen,
        )
        earned = points_earned(total - pts, RULES, TIER_POINTS[q.tier_name])
        assert sale.points_earned == earned
        model.principal -= split.principal_fen
        model.bonus -= split.bonus_fen
        model.points += earned - points_for_amount(pts, RULES)
        plans = {self.shop.card10: 10, self.shop.trial: 1, self.shop.month: None}
        assert sale.balances_after is not None
        cards = {c.card_id: c for c in sale.balances_after.cards}
        for line in sale.lines:
            if line.kind == "card":
                assert line.card_id is not None and line.card_id not in model.sessions
                bought = cards[line.card_id]
                model.sessions[line.card_id] = bought.sessions_total
                model.totals[line.card_id] = bought.sessions_total
                assert bought.sessions_total in plans.values()
            elif line.kind == "session":
                assert line.card_id is not None
                left = model.sessions[line.card_id]
                if left is None:
                    model.period_uses[line.card_id] += line.qty
                else:
                    model.sessions[line.card_id] = left - line.qty
        # The quote's "after" is what the sale left.
        assert q.after is not None
        assert (q.after.principal_fen, q.after.bonus_fen, q.after.points) == (
            model.principal, model.bonus, model.points
        )  # fmt: skip

    @rule(data=st.data())
    def refund(self, data: st.DataObject) -> None:
        Ledgers.seen["rule steps"] += 1
        self._refund(data)

    @rule(data=st.data())
    def refund_more(self, data: st.DataObject) -> None:  # refunds twice as often as the rest
        Ledgers.seen["rule steps"] += 1
        self._refund(data)

    def _refund(self, data: st.DataObject) -> None:
        Ledgers.seen["refund attempts"] += 1
        pool = [i for i, r in self.left.items() if any(r.line_qty.values())]
        if not data.draw(st.integers(0, 4), "a top-up"):  # top-ups one time in five
            pool = sorted(self.open_top_ups)
        if not pool:  # nothing to refund: sell something first
            self._sell(data)
            pool = [self.tickets[-1]]
        elif not data.draw(st.integers(0, 9), "open ticket"):  # now and then, any ticket
            pool = self.tickets
        sale_id = data.draw(st.sampled_from(pool), "ticket")
        info = self.call(sales.get_sale, sale_id)
        left = {x.line_id: x.qty - x.refunded_qty for x in info.lines if x.qty > x.refunded_qty}
        if not left:
            with pytest.raises(ValidationError, match="nothing_left"):
                self.call(sales.refund_sale, sale_id, None, "再退")
            Ledgers.seen["refused: nothing left"] += 1
            return
        qty: dict[int, int] | None = None
        if data.draw(st.booleans(), "part"):
            chosen = data.draw(st.lists(st.sampled_from(sorted(left)), min_size=1, unique=True))
            qty = {i: data.draw(st.integers(1, left[i])) for i in chosen}
        asked = qty if qty is not None else left
        cid = info.customer_id
        model = None if cid is None else self.model[cid]
        lines = {x.line_id: x for x in info.lines}
        # The model's view: a used card cannot be refunded, nor a top-up already spent.
        card_used = model is not None and any(
            lines[i].kind == "card" and self._card_used(model, lines[i].card_id) for i in asked
        )
        spent = (
            info.kind == "top_up"
            and model is not None
            and (model.principal < info.sv_principal_fen or model.bonus < info.sv_bonus_fen)
        )
        try:
            rq = self.call(sales.quote_refund, sale_id, qty)
        except InsufficientBalance:
            assert spent
            Ledgers.seen["refused: top-up spent"] += 1
            return
        except ValidationError as err:
            assert err.code == "card_used" and card_used, err
            Ledgers.seen["refused: card used"] += 1
            return
        assert not card_used and not spent  # the service refuses what the model refuses
        expected = None
        if info.kind == "sale":  # what the model says the refund gives back
            expected = refund_shares(self.left[sale_id], asked)
            assert rq.total_fen == expected.total_fen
            assert {i: a for i, _, a in rq.lines} == expected.line_amounts
            assert {p.method: p.amount_fen for p in rq.payments} == expected.payments
            assert (rq.sv_principal_fen, rq.sv_bonus_fen) == (
                expected.stored_value.principal_fen, expected.stored_value.bonus_fen
            )  # fmt: skip
            assert rq.points_returned == expected.points_returned
            assert rq.points_reversed == expected.points_reversed
        refund = self.call(sales.refund_sale, sale_id, qty, "随机退款")
        Ledgers.seen[f"refund of a {info.kind}, {'part' if qty else 'rest'}"] += 1
        assert refund.total_fen == -rq.total_fen
        assert refund.payments == tuple(
            type(p)(p.method, -p.amount_fen, -rq.points_returned if p.method == "points" else 0)
            for p in rq.payments
        )
        assert rq.total_fen == sum(a for _, _, a in rq.lines)
        assert sum(p.amount_fen for p in rq.payments) == rq.total_fen
        if expected is not None:
            was = self.left[sale_id]
            self.left[sale_id] = Remaining(
                line_qty={i: q - asked.get(i, 0) for i, q in was.line_qty.items()},
                line_amount={
                    i: a - expected.line_amounts.get(i, 0) for i, a in was.line_amount.items()
                },
                payments={
                    m: a - expected.payments.get(m, 0)
                    for m, a in was.payments.items()
                    if a > expected.payments.get(m, 0)
                },
                points_paid=was.points_paid - expected.points_returned,
                points_earned=was.points_earned + refund.points_earned,
                stored_value=Split(
                    was.stored_value.principal_fen - expected.stored_value.principal_fen,
                    was.stored_value.bonus_fen - expected.stored_value.bonus_fen,
                ),
            )
        if model is None:
            return
        self.open_top_ups.discard(sale_id)
        if info.kind == "top_up":
            assert (refund.sv_principal_fen, refund.sv_bonus_fen) == (
                -info.sv_principal_fen, -info.sv_bonus_fen
            )  # fmt: skip
            model.principal -= info.sv_principal_fen
            model.bonus -= info.sv_bonus_fen
            return
        assert (refund.sv_principal_fen, refund.sv_bonus_fen) == (
            rq.sv_principal_fen, rq.sv_bonus_fen
        )  # fmt: skip
        model.principal += rq.sv_principal_fen
        model.bonus += rq.sv_bonus_fen
        model.points += rq.points_returned
        reversed_points = min(rq.points_reversed, max(model.points, 0))
        assert refund.points_earned == -reversed_points
        Ledgers.seen["refund, earned points already spent"] += reversed_points < rq.points_reversed
        model.points -= reversed_points
        for line_id, n in asked.items():
            line = lines[line_id]
            card_id = line.card_id
            if line.kind == "session" and card_id is not None:
                if model.sessions[card_id] is None:
                    model.period_uses[card_id] -= n
                elif card_id not in model.refunded:
                    model.sessions[card_id] = (model.sessions[card_id] or 0) + n
            elif line.kind == "card" and card_id is not None:
                model.refunded.add(card_id)
                if model.sessions[card_id] is not None:
                    model.sessions[card_id] = 0

    @staticmethod
    def _card_used(model: Model, card_id: int | None) -> bool:
        assert card_id is not None
        if card_id in model.refunded or model.period_uses[card_id] > 0:
            return True
        left = model.sessions[card_id]
        return left is not None and left < (model.totals[card_id] or 0)

    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        Ledgers.seen["rule steps"] += 1
        cid = data.draw(st.sampled_from(self.members), "member")
        model = self.model[cid]
        forfeit = data.draw(st.integers(0, 3), "forfeit bonus") == 0
        low = 0 if forfeit else 1
        if model.principal < low:
            return
        amount = data.draw(st.integers(low, max(low, model.principal // 3)), "amount")
        info = self.call(
            membership.withdraw, cid, amount, data.draw(st.sampled_from(MONEY)), "随机",
            forfeit_bonus=forfeit,
        )  # fmt: skip
        assert info.total_fen == -amount
        Ledgers.seen["withdrawal, bonus forfeited" if forfeit else "withdrawal"] += 1
        model.principal -= amount
        if forfeit:
            model.bonus = 0

    @rule(data=st.data())
    def gift(self, data: st.DataObject) -> None:
        Ledgers.seen["rule steps"] += 1
        cid = data.draw(st.sampled_from(self.members), "member")
        model = self.model[cid]
        if model.points < 100:
            with pytest.raises(InsufficientBalance):
                self.call(membership.redeem_gift, cid, self.shop.towel)
            return
        qty = data.draw(st.integers(1, min(3, model.points // 100)), "gifts")
        self.call(membership.redeem_gift, cid, self.shop.towel, qty)
        Ledgers.seen["gift"] += 1
        model.points -= 100 * qty

    # -- invariants ------------------------------------------------------------------------
    @invariant()
    def balances_match_the_model_the_ledger_and_the_caches(self) -> None:
        with self.ctx._store.unit_of_work() as uow:  # noqa: SLF001 - cached columns
            for cid, model in self.model.items():
                row = uow.customers.get(cid)
                sums = uow.customers.ledger_sums(cid)
                held = membership.balances(uow, cid)
                assert (held.principal_fen, held.bonus_fen, held.points) == (
                    model.principal, model.bonus, model.points
                )  # fmt: skip
                assert (held.principal_fen, held.bonus_fen, held.points) == (
                    sums.get("principal", 0), sums.get("bonus", 0), sums.get("points", 0)
                )  # fmt: skip
                assert held.principal_fen >= 0 and held.bonus_fen >= 0 and held.points >= 0
                assert (int(row["balance_fen"]), int(row["points"])) == (
                    held.balance_fen, held.points
                )  # fmt: skip
                cards = {c.card_id: c for c in held.cards}
                assert cards.keys() == model.sessions.keys()
                for card_id, left in model.sessions.items():
                    assert cards[card_id].sessions_left == left
                    assert left is None or left >= 0
                    if card_id in model.refunded:
                        assert cards[card_id].status == "refunded"

    def teardown(self) -> None:
        with self.ctx._store.unit_of_work() as uow:  # noqa: SLF001
            for sale_id in self.tickets:
                sale = uow.sales.sale(sale_id)
                total = int(sale["total_fen"])
                refunds = uow.sales.refunds_of(sale_id)
                refund_ids = [int(r["id"]) for r in refunds]
                back = -sum(int(r["total_fen"]) for r in refunds)
                assert 0 <= back <= total  # never more back than the sale took
                paid: dict[str, int] = {}
                for p in uow.sales.payments_of_sales([sale_id, *refund_ids]):
                    paid[str(p["method"])] = paid.get(str(p["method"]), 0) + int(p["amount_fen"])
                assert all(v >= 0 for v in paid.values()), paid  # per method, too
                lines = uow.sales.lines(sale_id)
                done = {int(x["id"]): 0 for x in lines}
                for x in uow.sales.lines_of_sales(refund_ids):
                    done[int(x["refund_of_line_id"])] -= int(x["qty"])
                assert all(0 <= done[int(x["id"])] <= int(x["qty"]) for x in lines)
                fully = all(done[int(x["id"])] == int(x["qty"]) for x in lines)
                if sale["kind"] != "sale":
                    continue
                moved = {"principal": 0, "bonus": 0}
                spent = {"principal": 0, "bonus": 0}
                for e in uow.sales.ledger_of_sales([sale_id, *refund_ids]):
                    if e["account"] in moved:
                        moved[str(e["account"])] += int(e["delta"])
                        if int(e["sale_id"]) == sale_id:
                            spent[str(e["account"])] -= int(e["delta"])
                for account in moved:  # given back no more than was spent, from each account
                    assert -spent[account] <= moved[account] <= 0
                assert spent["principal"] + spent["bonus"] == next(
                    (int(p["amount_fen"]) for p in uow.sales.payments(sale_id)
                     if p["method"] == "stored_value"), 0,
                )  # fmt: skip
                if fully:  # everything came back exactly
                    assert back == total
                    assert moved == {"principal": 0, "bonus": 0}
                    assert all(v == 0 for v in paid.values()), paid
            report = membership.check_ledgers(uow, None)
            assert report.ok, report.mismatches


def test_random_sequences_keep_the_ledger_straight(owner: StoreContext) -> None:
    Ledgers.ctx = owner
    Ledgers.shop = stock(owner)
    Ledgers.calls = 0
    Ledgers.seen.clear()
    started = time.monotonic()
    run_state_machine_as_test(
        Ledgers,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    elapsed = time.monotonic() - started
    report = owner.call(membership.check_ledgers)
    assert report.ok
    print(f"\n{EXAMPLES} examples, {Ledgers.calls} service calls, {report.sales} tickets, "
          f"{elapsed:.1f} s; {dict(sorted(Ledgers.seen.items()))}")  # fmt: skip
    assert report.sales > EXAMPLES  # the machine really did record sales
