"""Staff performance and commission arithmetic (员工业绩与提成): pure functions over fen.

A sale line's **performance** (业绩) is counted two ways, as Chinese stores count it:

- 现金业绩 (*cash*): the money the line brought in — cash, WeChat, Alipay and bank card, shared
  over the sale's lines in proportion to their amounts. Top-ups and card sales are cash only.
- 消耗业绩 (*consumption*): the value of the service or goods consumed — what a line was paid
  in money or stored value (the bonus part of stored value is kept apart), and for a session
  card's use the card's price per session. Card sales and top-ups consume nothing.

Points given as payment count as neither (they are money off). A line's performance is
credited to its main staff (主做), shared equally; assistants (助理) are credited none — they
are paid by the plan's split.

**Commission** (提成) follows the plan in force on the day of the sale. A plan's rules are
matched most specific first: item > category > store default, then a rule for the staff
member's grade before one for any grade, then a rule for 指定 (requested) or 非指定 before one
for either. A rule pays a percentage (in basis points, 1 % = 100) of the performance it names
(``PERCENT``) or of the list price (``PERCENT_LIST``), or a fixed amount per unit (``FIXED``).
When a line has assistants, the rule's split applies: main staff share ``main_permille`` and
assistants ``assistant_permille`` (or each assistant gets ``assistant_fixed_fen`` per unit).
Bonus stored value is never a basis unless the rule says ``include_bonus``.

**Tiers** (阶梯提成): a tiered rule's rate depends on the staff member's performance of the
rule's kind in the month (their net credited performance, refunds deducted in the month of the
refund). ``WHOLE`` pays the rate of the tier reached on the whole month; ``MARGINAL`` pays each
tier's rate on the part of the month's performance inside it — when a staff member's
commissionable basis under the rule is not their whole performance (another rule or plan
version paid part of it), the rule pays its part at the month's average marginal rate.

Rounding: every amount is rounded half up to the fen, once, from exact integers.
Refunds reverse a line's commission so that what survives is exactly the commission of the
surviving quantity (for tiered rules, the month's tier adjustment does the same for the month).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import MAX_AMOUNT_FEN, MONEY_METHODS, PaymentMethod, allocate

BP = 10_000  # basis points in a whole (a rate of 1 000 bp is 10 %)
PPM = 1_000_000  # a staff member's weight on a line, in parts per million
PERMILLE = 1000
MAX_RATE_BP = BP  # no rule pays more than the whole basis
_MONEY = frozenset(m.value for m in MONEY_METHODS)


class Target(StrEnum):
    """What a rule pays on."""

    LINE = "line"  # items, services, free amounts and session-card uses (line sales)
    CARD = "card"  # a session or period card sold (开卡业绩)
    TOP_UP = "top_up"  # stored value sold (充值业绩)


class Basis(StrEnum):
    CASH = "cash"  # 现金业绩
    CONSUMPTION = "consumption"  # 消耗业绩


class Method(StrEnum):
    PERCENT = "percent"  # of the performance named by the basis (what was actually paid)
    PERCENT_LIST = "percent_list"  # of the list price
    FIXED = "fixed"  # a fixed amount per unit


class TierMode(StrEnum):
    WHOLE = "whole"  # the rate reached applies to the whole month
    MARGINAL = "marginal"  # each tier's rate applies to the part inside it


class Role(StrEnum):
    MAIN = "main"  # 主做
    ASSISTANT = "assistant"  # 助理 / 洗头


class AssistantPay(StrEnum):
    SHARE = "share"  # assistants share ``assistant_permille`` of the line's commission
    FIXED = "fixed"  # each assistant gets ``assistant_fixed_fen`` per unit


class EntryKind(StrEnum):
    LINE = "line"  # commission on a line sold
    REVERSAL = "reversal"  # a refund taking (part of) it back
    TIER = "tier"  # a tier adjustment: the month's commission under a tiered rule made right


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up (towards +∞ on .5), for any sign of numerator."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    return (2 * numerator + denominator) // (2 * denominator)


def month_of(moment: date | datetime) -> str:
    """The month a sale or refund counts in, as 'YYYY-MM'."""
    return f"{moment.year:04d}-{moment.month:02d}"


# -- rules and plans -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RateTier:
    """From ``from_fen`` of monthly performance upwards, ``rate_bp``."""

    from_fen: int
    rate_bp: int


@dataclass(frozen=True, slots=True)
class Rule:
    rule_id: int
    target: Target
    item_id: int | None = None  # scope: this catalogue item
    category: str | None = None  # scope: this category (when no item)
    grade: str | None = None  # None: any grade
    requested: bool | None = None  # True: 指定 only, False: 非指定 only, None: either
    basis: Basis = Basis.CONSUMPTION
    method: Method = Method.PERCENT
    rate_bp: int = 0  # PERCENT / PERCENT_LIST without tiers
    fixed_fen: int = 0  # FIXED: per unit
    tiers: tuple[RateTier, ...] = ()  # tiered rates (the first from 0)
    tier_mode: TierMode = TierMode.WHOLE
    main_permille: int = PERMILLE  # main staff's part when the line has assistants
    assistant_pay: AssistantPay = AssistantPay.SHARE
    assistant_permille: int = 0
    assistant_fixed_fen: int = 0  # AssistantPay.FIXED: per unit, each assistant
    include_bonus: bool = False  # pay on consumption paid from bonus stored value too

    @property
    def tiered(self) -> bool:
        return bool(self.tiers)

    @property
    def scope(self) -> str:
        return "item" if self.item_id is not None else "category" if self.category else "default"

    def key(self) -> tuple[str, int | None, str | None, str | None, bool | None]:
        """What makes two rules of one plan the same rule (a plan has each key once)."""
        return (self.target.value, self.item_id, self.category or None, self.grade, self.requested)

    def specificity(self) -> tuple[int, int, int]:
        scope = {"item": 3, "category": 2, "default": 1}[self.scope]
        return (scope, self.grade is not None, self.requested is not None)

    def rate_at(self, performance_fen: int) -> int:
        """The rate of the tier ``performance_fen`` reaches (the flat rate without tiers)."""
        if not self.tiers:
            return self.rate_bp
        rate = self.tiers[0].rate_bp
        for tier in self.tiers:
            if performance_fen >= tier.from_fen:
                rate = tier.rate_bp
        return rate

    def check(self) -> Rule:
        """Raise ValidationError for a rule that cannot be applied as written."""
        if self.target is not Target.LINE:
            if self.item_id is not None or self.category:
                raise ValidationError("rule_scope", "invalid")
            if self.basis is not Basis.CASH:
                raise ValidationError("rule_basis", "invalid")
        if self.grade is not None and not self.grade.strip():
            raise ValidationError("grade", "invalid")
        if self.method is Method.FIXED:
            if self.tiers:
                raise ValidationError("tiers", "invalid")
            if not 0 <= self.fixed_fen <= MAX_AMOUNT_FEN:
                raise ValidationError("fixed", "range", low=0, high=MAX_AMOUNT_FEN)
        elif not 0 <= self.rate_bp <= MAX_RATE_BP:
            raise ValidationError("rate", "range", low=0, high=MAX_RATE_BP)
        if self.tiers:
            if self.tiers[0].from_fen != 0:
                raise ValidationError("tiers", "invalid")
            previous = -1
            for tier in self.tiers:
                if tier.from_fen <= previous or tier.from_fen > MAX_AMOUNT_FEN:
                    raise ValidationError("tiers", "invalid")
                if not 0 <= tier.rate_bp <= MAX_RATE_BP:
                    raise ValidationError("rate", "range", low=0, high=MAX_RATE_BP)
                previous = tier.from_fen
        for name, value in (
            ("main_share", self.main_permille),
            ("assistant_share", self.assistant_permille),
        ):
            if not 0 <= value <= PERMILLE:
                raise ValidationError(name, "range", low=0, high=PERMILLE)
        if self.assistant_pay is AssistantPay.SHARE:
            if self.main_permille + self.assistant_permille > PERMILLE:
                raise ValidationError("split", "invalid")
        elif not 0 <= self.assistant_fixed_fen <= MAX_AMOUNT_FEN:
            raise ValidationError("assistant_fixed", "range", low=0, high=MAX_AMOUNT_FEN)
        return self


@dataclass(frozen=True, slots=True)
class Plan:
    """A version of the store's commission plan, in force from ``effective_from``."""

    plan_id: int
    effective_from: date
    rules: tuple[Rule, ...]
    saved_at: datetime | None = None  # a version saved today applies from then, not before

    def check(self) -> Plan:
        seen: set[tuple[object, ...]] = set()
        for rule in self.rules:
            rule.check()
            if rule.key() in seen:
                raise ValidationError("rules", "duplicate")
            seen.add(rule.key())
        return self


def plan_in_force(plans: Sequence[Plan], at: datetime) -> Plan | None:
    """The plan for a sale at ``at``: of the versions saved before it (to the second: a
    version saved in the sale's own second is not in force for it, whichever came first, so
    the poster and the check agree), the one of the latest effective date on or before its
    day (of two on the same day, the one saved last)."""
    best: Plan | None = None
    day = at.date()
    for plan in plans:
        if plan.saved_at is not None and plan.saved_at >= at:
            continue
        if plan.effective_from <= day and (
            best is None
            or (plan.effective_from, plan.plan_id) > (best.effective_from, best.plan_id)
        ):
            best = plan
    return best


def match_rule(
    rules: Sequence[Rule],
    target: Target,
    item_id: int | None,
    category: str,
    grade: str,
    requested: bool,
) -> Rule | None:
    """The most specific rule for this line and staff member, or None."""
    best: Rule | None = None
    for rule in rules:
        if rule.target is not target:
            continue
        if rule.item_id is not None and rule.item_id != item_id:
            continue
        if rule.item_id is None and rule.category and rule.category != category:
            continue
        if rule.grade is not None and rule.grade != grade:
            continue
        if rule.requested is not None and rule.requested != requested:
            continue
        if best is None or rule.specificity() > best.specificity():
            best = rule
    return best


# -- performance -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineFacts:
    """A sale line as recorded (``kind`` a LineKind value)."""

    kind: str
    qty: int
    list_fen: int  # for a session use: the service's price × sessions
    amount_fen: int
    session_value_fen: int = 0  # for a session use: the value of the sessions consumed


@dataclass(frozen=True, slots=True)
class LinePerformance:
    target: Target
    cash_fen: int
    consumption_fen: int  # including what was paid from bonus stored value
    bonus_fen: int  # the part of consumption paid from bonus stored value
    list_fen: int
    qty: int

    def measure(self, rule: Rule) -> int:
        """What a rule's percentage is taken of (FIXED rules count units instead)."""
        if rule.method is Method.PERCENT_LIST:
            return self.list_fen
        return self.of_basis(rule.basis, rule.include_bonus)

    def of_basis(self, basis: Basis, include_bonus: bool) -> int:
        if basis is Basis.CASH:
            return self.cash_fen
        return self.consumption_fen if include_bonus else self.consumption_fen - self.bonus_fen


def target_of(kind: str) -> Target:
    return Target.CARD if kind == "card" else Target.TOP_UP if kind == "top_up" else Target.LINE


def session_value(price_fen: int, sessions_total: int, left_before: int, used: int) -> int:
    """The value of ``used`` sessions of a count card bought for ``price_fen`` when
    ``left_before`` were left: the card's worth falls from price × left / total (rounded down)
    to price × (left − used) / total, so all its sessions together are worth its price exactly."""
    if sessions_total <= 0:
        return 0
    left_before = max(0, min(left_before, sessions_total))
    after = max(0, left_before - used)
    return price_fen * left_before // sessions_total - price_fen * after // sessions_total


def sale_performance(
    lines: Sequence[LineFacts], payments: Mapping[str, int], bonus_spent_fen: int
) -> list[LinePerformance]:
    """Each line's cash and consumption performance: every payment method is shared over the
    lines in proportion to their amounts (largest remainder, so nothing is lost), the bonus
    stored value over the lines' stored-value parts."""
    weights = [max(0, line.amount_fen) for line in lines]
    shares: dict[str, list[int]] = {}
    if sum(weights):
        for method, amount in sorted(payments.items()):
            if amount > 0:
                shares[method] = allocate(amount, weights)
    zero = [0] * len(lines)
    money = [
        sum(parts[i] for method, parts in shares.items() if method in _MONEY)
        for i in range(len(lines))
    ]
    stored = shares.get(PaymentMethod.STORED_VALUE.value, zero)
    stored_total = sum(stored)
    bonus = (
        allocate(min(bonus_spent_fen, stored_total), stored)
        if bonus_spent_fen > 0 and stored_total > 0
        else zero
    )
    result = []
    for i, line in enumerate(lines):
        target = target_of(line.kind)
        if target is not Target.LINE:
            consumption, bonus_part = 0, 0
        elif line.kind == "session":
            consumption, bonus_part = line.session_value_fen, 0
        else:
            consumption, bonus_part = money[i] + stored[i], bonus[i]
        result.append(
            LinePerformance(target, money[i], consumption, bonus_part, line.list_fen, line.qty)
        )
    return result


# -- who is credited and paid ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineStaff:
    staff_id: int
    role: Role = Role.MAIN
    requested: bool = False


def check_line_staff(staff: Sequence[LineStaff]) -> None:
    if not staff:
        return
    ids = [s.staff_id for s in staff]
    if len(set(ids)) != len(ids):
        raise ValidationError("line_staff", "duplicate")
    if not any(s.role is Role.MAIN for s in staff):
        raise ValidationError("line_staff", "needs_main")
    if len(staff) > 6:
        raise ValidationError("line_staff", "too_many", max=6)


def credit_shares(staff: Sequence[LineStaff]) -> list[int]:
    """Each staff member's share of the line's performance, permille: the main staff share it
    equally, assistants get none."""
    if len(staff) == 1:  # the usual line: one person
        return [PERMILLE if staff[0].role is Role.MAIN else 0]
    mains = [s.role is Role.MAIN for s in staff]
    n = sum(mains)
    if not n:
        return [0] * len(staff)
    parts = iter(allocate(PERMILLE, [1] * n))
    return [next(parts) if is_main else 0 for is_main in mains]


def credited(amount_fen: int, shares: Sequence[int]) -> list[int]:
    """``amount_fen`` shared by the credit shares (parts add up exactly)."""
    if len(shares) == 1:
        return [amount_fen if shares[0] else 0]
    if not any(shares):
        return [0] * len(shares)
    return allocate(amount_fen, list(shares))


def weight_ppm(rule: Rule, staff: Sequence[LineStaff], index: int) -> int:
    """The part of the line's commission under ``rule`` that goes to ``staff[index]``, ppm.

    Main staff share the main part (the whole line when it has no assistants) by their credit
    shares; assistants share the assistants' part equally. An assistant paid a fixed amount
    has weight one whole (the amount is per assistant)."""
    person = staff[index]
    if len(staff) == 1 and person.role is Role.MAIN:  # the usual line: one person, all of it
        return PPM
    has_assistant = any(s.role is Role.ASSISTANT for s in staff)
    if person.role is Role.MAIN:
        part = rule.main_permille if has_assistant else PERMILLE
        shares = credit_shares(staff)
        mains = [i for i, s in enumerate(staff) if s.role is Role.MAIN]
        split = allocate(part * PERMILLE, [shares[i] for i in mains])
        return split[mains.index(index)]
    if rule.assistant_pay is AssistantPay.FIXED:
        return PPM
    assistants = [i for i, s in enumerate(staff) if s.role is Role.ASSISTANT]
    split = allocate(rule.assistant_permille * PERMILLE, [1] * len(assistants))
    return split[assistants.index(index)]


def pays_fixed(rule: Rule, role: Role) -> bool:
    """Whether this role's commission under the rule is a fixed amount per unit."""
    if role is Role.ASSISTANT and rule.assistant_pay is AssistantPay.FIXED:
        return True
    return rule.method is Method.FIXED


def line_amount(
    rule: Rule, role: Role, measure_fen: int, units: int, weight: int, rate_bp: int
) -> int:
    """One staff member's commission on a line (or on a part of it, for a reversal)."""
    if role is Role.ASSISTANT and rule.assistant_pay is AssistantPay.FIXED:
        return units * rule.assistant_fixed_fen
    if rule.method is Method.FIXED:
        return round_half_up(units * rule.fixed_fen * weight, PPM)
    return round_half_up(measure_fen * rate_bp * weight, BP * PPM)


def surviving_measure(full: int, qty: int, left: int) -> int:
    """The part of a line's measure left when ``left`` of ``qty`` units are not refunded (the
    same rule as a refund's amounts: down, and the last unit takes the rest)."""
    if qty <= 0 or left >= qty:
        return full
    if left <= 0:
        return 0
    return full * left // qty


# -- tiers -------------------------------------------------------------------------------------
def marginal_numerator(rule: Rule, performance_fen: int) -> int:
    """Σ rate × the part of ``performance_fen`` inside each tier (fen × bp)."""
    total = 0
    tiers = rule.tiers
    for i, tier in enumerate(tiers):
        upper = tiers[i + 1].from_fen if i + 1 < len(tiers) else None
        top = performance_fen if upper is None else min(performance_fen, upper)
        if top > tier.from_fen:
            total += (top - tier.from_fen) * tier.rate_bp
    return total


def tier_commission(rule: Rule, performance_fen: int, weighted_basis: int) -> int:
    """A staff member's commission for a month under a tiered rule.

    ``performance_fen`` is their net performance of the rule's kind in the month;
    ``weighted_basis`` is Σ measure × weight (ppm) of the lines (less refunds) the rule paid
    them on in the month. WHOLE: the rate reached × the basis. MARGINAL: the tiers' rates on
    the parts of the performance, as an average rate over the basis (exactly the marginal sum
    when the basis is the whole performance). A month at or below zero pays the first rate."""
    if not rule.tiers:
        return round_half_up(weighted_basis * rule.rate_bp, BP * PPM)
    if rule.tier_mode is TierMode.WHOLE or performance_fen <= 0:
        return round_half_up(weighted_basis * rule.rate_at(performance_fen), BP * PPM)
    return round_half_up(
        weighted_basis * marginal_numerator(rule, performance_fen), performance_fen * BP * PPM
    )


__all__ = [
    "BP",
    "PPM",
    "AssistantPay",
    "Basis",
    "EntryKind",
    "LineFacts",
    "LinePerformance",
    "LineStaff",
    "Method",
    "Plan",
    "RateTier",
    "Role",
    "Rule",
    "Target",
    "TierMode",
    "check_line_staff",
    "credit_shares",
    "credited",
    "line_amount",
    "marginal_numerator",
    "match_rule",
    "month_of",
    "pays_fixed",
    "plan_in_force",
    "round_half_up",
    "sale_performance",
    "session_value",
    "surviving_measure",
    "target_of",
    "tier_commission",
    "weight_ppm",
]
