"""What services return: frozen, plain dataclasses (never rows, sessions or ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storecrm.domain.commission import LineStaff
from storecrm.domain.errors import ValidationError
from storecrm.domain.order_adjust import OrderAdjust
from storecrm.domain.promotions.engine import CouponRefused, GiftHint
from storecrm.domain.roles import Role
from storecrm.services.promotions.dto import SavingInfo
from storecrm.services.staff.dto import LineStaffInfo


@dataclass(frozen=True, slots=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True, slots=True)
class StoreSettings:
    store_name: str
    business_type: str


@dataclass(frozen=True, slots=True)
class StoreInfo:
    store_name: str
    business_type: str
    folder: str
    store_id: str
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    entry_id: int
    at: datetime
    username: str
    action: str
    outcome: str
    target: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class TagInfo:
    tag_id: int
    name: str
    color: str
    customers: int = 0


@dataclass(frozen=True, slots=True)
class BirthdayInfo:
    calendar: str  # "solar" | "lunar"
    month: int
    day: int
    year: int | None
    leap_month: bool


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    customer_id: int
    name: str
    phone: str | None
    card_no: str | None
    gender: str
    category: str
    tags: tuple[TagInfo, ...]
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    archived: bool
    cards: tuple[CardBalance, ...] = ()  # usable session and period cards


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """A search result at the till: enough to recognise the person."""

    customer_id: int
    name: str
    phone: str | None
    card_no: str | None
    gender: str
    balance_fen: int
    points: int
    last_visit_at: datetime | None
    archived: bool


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    customer_id: int
    name: str
    phone: str | None
    other_phone: str | None
    gender: str
    birthday: BirthdayInfo | None
    birthday_solar: date | None
    age: int | None
    card_no: str | None
    address: str
    source: str
    referrer_id: int | None
    referrer_name: str | None
    preferences: str
    notes: str
    taste: str
    allergies: str
    hair_notes: str
    skin_notes: str
    sizes: str
    marketing_consent: bool
    marketing_consent_at: datetime | None
    tags: tuple[TagInfo, ...]
    category: str
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None
    merged_into_id: int | None
    phones_masked: bool = False  # the phones are shown as 138****5678 to this user
    erased: bool = False  # the person's data was erased (PIPL); only the books remain


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # created, updated, archived, restored, merged, opening_balance, note, sale, …
    text: str
    username: str
    sale_id: int | None = None  # sales, top-ups, refunds: the sale behind the entry
    amount_fen: int | None = None


# -- catalogue, tiers and cards ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemInfo:
    """A catalogue item or service."""

    item_id: int
    name: str
    category: str
    kind: str  # "item" | "service"
    price_fen: int
    points_cost: int | None  # a gift members may take for this many points
    discountable: bool  # whether the member's tier discount applies
    revisit_days: int | None  # a service's return cycle, for reminders
    active: bool
    duration_min: int | None = None  # a service's minutes, for bookings


@dataclass(frozen=True, slots=True)
class ItemDraft:
    name: str
    price_fen: int
    category: str = ""
    kind: str = "item"
    points_cost: int | None = None
    discountable: bool = True
    revisit_days: int | None = None
    active: bool = True
    item_id: int | None = None  # None: a new item
    duration_min: int | None = None


@dataclass(frozen=True, slots=True)
class TierInfo:
    tier_id: int
    name: str
    rank: int
    discount_permille: int
    points_permille: int
    upgrade_spend_fen: int | None
    upgrade_top_up_fen: int | None
    active: bool
    members: int


@dataclass(frozen=True, slots=True)
class CardPlanInfo:
    plan_id: int
    name: str
    kind: str  # "count" | "period"
    sessions: int | None
    price_fen: int
    valid_days: int | None
    item_id: int | None  # the service it covers; None: any service
    item_name: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class CardPlanDraft:
    name: str
    kind: str
    price_fen: int
    sessions: int | None = None
    valid_days: int | None = None
    item_id: int | None = None
    active: bool = True
    plan_id: int | None = None


@dataclass(frozen=True, slots=True)
class StaffInfo:
    user_id: int
    display_name: str
    role: Role


@dataclass(frozen=True, slots=True)
class CardBalance:
    """One of a member's session or period cards, as shown wherever the member is shown."""

    card_id: int
    name: str
    kind: str  # "count" | "period"
    item_id: int | None
    sessions_total: int | None
    sessions_left: int | None  # None for period cards
    expires_on: date | None
    status: str  # "active" | "used_up" | "expired" | "refunded"

    @property
    def usable(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class MemberBalances:
    principal_fen: int
    bonus_fen: int
    points: int
    cards: tuple[CardBalance, ...]

    @property
    def balance_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True, slots=True)
class MemberSummary:
    """What the till shows about a member: tier, balances, cards and usual purchases."""

    customer_id: int
    name: str
    phone: str | None
    card_no: str | None
    tier_id: int | None
    tier_name: str
    discount_permille: int
    points_permille: int
    balances: MemberBalances
    total_spend_fen: int
    visit_count: int
    last_visit_at: datetime | None
    usual_items: tuple[ItemInfo, ...]  # Alt+1…Alt+5, at most five (domain/usual_items.py)
    points_expiring: int  # points that lapse at the next cutoff
    points_expire_on: date | None


# -- sales ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineDraft:
    """A line the cashier adds: kind is a ``LineKind`` value.

    - ``item``: ``item_id`` (price from the catalogue unless ``unit_fen`` is given and the user
      may change prices), ``qty``;
    - ``amount``: ``unit_fen`` and a ``description``;
    - ``card``: ``plan_id`` (a card plan sold to the member);
    - ``session``: ``card_id`` (and ``item_id`` for the service it covers), ``qty`` sessions.
    """

    kind: str
    qty: int = 1
    item_id: int | None = None
    plan_id: int | None = None
    card_id: int | None = None
    unit_fen: int | None = None
    description: str = ""
    # Who served this line (主做/助理, 指定 or not); None: the sale's ``served_by``.
    staff: tuple[LineStaff, ...] | None = None


@dataclass(frozen=True, slots=True)
class PaymentDraft:
    method: str  # a PaymentMethod value
    amount_fen: int
    reference: str = ""  # the platform's transaction number or its last digits (WeChat …)


@dataclass(frozen=True, slots=True)
class SaleDraft:
    customer_id: int | None  # None: a walk-in
    lines: tuple[LineDraft, ...]
    payments: tuple[PaymentDraft, ...]
    staff_id: int | None = None  # the account that served (legacy; see ``served_by``)
    note: str = ""
    # The staff member (staff.id) who served: main staff of every line that names nobody.
    # None: the staff member of ``staff_id``'s account, else of the signed-in account.
    served_by: int | None = None
    requested: bool = False  # the customer asked for ``served_by`` (指定)
    adjust: OrderAdjust | None = None  # a whole-order discount and/or rounding
    coupon_codes: tuple[str, ...] = ()  # coupons handed over (scanned, typed or picked)


@dataclass(frozen=True, slots=True)
class QuotedLine:
    kind: str
    description: str
    qty: int
    unit_fen: int
    list_fen: int
    discount_fen: int
    amount_fen: int
    item_id: int | None
    card_id: int | None
    plan_id: int | None
    # The line's share of the whole-order discount and rounding (not in amount_fen, which is
    # the line as priced on its own: it is recorded as amount_fen − both).
    order_discount_fen: int = 0
    rounding_fen: int = 0


@dataclass(frozen=True, slots=True)
class SaleQuote:
    """A sale priced and checked, before it is recorded; the dialog shows it live."""

    lines: tuple[QuotedLine, ...]
    list_fen: int
    discount_fen: int
    total_fen: int  # what the customer owes
    paid_fen: int  # what the payments cover (cash may exceed: change)
    due_fen: int  # still to pay (0 when covered)
    change_fen: int  # cash to hand back
    points_earned: int
    points_used: int
    tier_name: str
    discount_permille: int
    before: MemberBalances | None  # None for a walk-in
    after: MemberBalances | None
    problems: tuple[ValidationError, ...]  # empty: the sale can be recorded
    order_discount_fen: int = 0  # the whole-order discount (within discount_fen)
    rounding_fen: int = 0  # rounding off (negative: rounded up; within discount_fen)
    order_discount_permille: int = 0  # the discount as a share of what may be discounted
    needs_approval: bool = False  # above the actor's limit: a manager confirms
    # Promotions and coupons (services/promotions/till): each saving (within discount_fen and
    # the lines' amounts), the coupons handed over and not used with why, 满赠 gifts reached.
    savings: tuple[SavingInfo, ...] = ()
    coupon_refusals: tuple[CouponRefused, ...] = ()
    gift_hints: tuple[GiftHint, ...] = ()
    tier_applied: bool = True  # False: a promotion that does not combine with it was better

    @property
    def savings_fen(self) -> int:
        return sum(s.amount_fen for s in self.savings)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def subtotal_fen(self) -> int:
        """The lines after their own discounts, before the whole-order discount."""
        return self.total_fen + self.order_discount_fen + self.rounding_fen


@dataclass(frozen=True, slots=True)
class SaleLineInfo:
    line_id: int
    line_no: int
    kind: str
    description: str
    qty: int
    unit_fen: int
    list_fen: int
    discount_fen: int
    amount_fen: int
    item_id: int | None
    card_id: int | None
    refunded_qty: int  # how many of this line later refunds gave back
    order_discount_fen: int = 0  # its share of the whole-order discount (within discount_fen)
    rounding_fen: int = 0  # its share of the rounding (within discount_fen)

    @property
    def before_order_fen(self) -> int:
        """The line as priced on its own, before the whole-order discount and rounding."""
        return self.amount_fen + self.order_discount_fen + self.rounding_fen


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    method: str
    amount_fen: int  # negative when money went back
    points: int
    reference: str = ""


@dataclass(frozen=True, slots=True)
class SaleInfo:
    """A recorded sale (or top-up, refund, withdrawal, gift), ready for the screen and the
    receipt."""

    sale_id: int
    no: str
    kind: str  # a SaleKind value
    at: datetime
    customer_id: int | None
    customer_name: str | None
    customer_phone: str | None  # masked: 138****5678
    staff_name: str | None
    cashier_name: str
    approved_by_name: str | None
    refund_of_id: int | None
    refund_of_no: str | None
    tier_name: str
    lines: tuple[SaleLineInfo, ...]
    payments: tuple[PaymentInfo, ...]
    list_fen: int
    discount_fen: int
    total_fen: int
    points_earned: int  # negative in a refund that took points back
    note: str
    refunds: tuple[str, ...]  # numbers of later refunds of this sale
    refundable_fen: int  # what is left to refund
    balances_after: MemberBalances | None  # the member's balances now
    sv_principal_fen: int = 0  # stored value moved by this sale, principal (signed)
    sv_bonus_fen: int = 0
    order_discount_fen: int = 0  # whole-order discount (within discount_fen; signed)
    rounding_fen: int = 0  # rounding (within discount_fen; signed)
    # Who served each line (staff members, 主做/助理, 指定), in line order.
    line_staff: tuple[LineStaffInfo, ...] = ()
    savings: tuple[SavingInfo, ...] = ()  # promotions and coupons, within discount_fen

    @property
    def served_by_text(self) -> str:
        """The staff who served, main staff first ("Tony、小雅"), else the account named."""
        names: list[str] = []
        for person in sorted(self.line_staff, key=lambda p: p.role != "main"):
            if person.name not in names:
                names.append(person.name)
        return "、".join(names) or (self.staff_name or "")


@dataclass(frozen=True, slots=True)
class SaleRow:
    """One line of the sales list."""

    sale_id: int
    no: str
    kind: str
    at: datetime
    customer_id: int | None
    customer_name: str | None
    staff_name: str | None
    cashier_name: str
    total_fen: int
    payments: tuple[PaymentInfo, ...]
    note: str


@dataclass(frozen=True, slots=True)
class RefundQuote:
    sale_id: int
    lines: tuple[tuple[int, int, int], ...]  # (line id, qty, amount refunded)
    total_fen: int
    payments: tuple[PaymentInfo, ...]  # positive: what goes back by each method
    points_returned: int  # points the customer paid with, given back
    points_reversed: int  # points earned on the sale, taken back
    sv_principal_fen: int  # stored value given back
    sv_bonus_fen: int
    sessions_returned: int
    needs_approval: bool  # the actor must get a manager's confirmation


@dataclass(frozen=True, slots=True)
class StaffTotal:
    staff_name: str
    sales: int
    total_fen: int


@dataclass(frozen=True, slots=True)
class ShiftSummary:
    """交班/日结: what came in and went out between two moments."""

    start: datetime
    end: datetime
    store_name: str
    sales: int  # number of sales (not refunds)
    sales_total_fen: int  # what the sales came to, after discounts
    discount_fen: int
    refunds: int
    refunds_fen: int  # money and balances given back (positive)
    top_ups: int
    top_ups_fen: int  # principal paid in
    bonus_given_fen: int
    withdrawals_fen: int  # stored value paid out (positive)
    by_method: dict[str, int]  # net per payment method over everything (sales − refunds …)
    sales_by_method: dict[str, int]
    top_ups_by_method: dict[str, int]
    refunds_by_method: dict[str, int]  # positive: given back
    cash_expected_fen: int  # cash in the drawer from this period (without the float)
    stored_value_spent_fen: int
    points_earned: int
    points_redeemed: int
    sessions_used: int
    cards_sold: int
    per_staff: tuple[StaffTotal, ...]
    # WeChat, Alipay and bank card payments one by one, for the platforms' statements.
    payment_references: tuple[PaymentReference, ...] = ()
    parked: tuple[ParkedSaleInfo, ...] = ()  # sales parked at the till and not finished
    order_discount_fen: int = 0  # of discount_fen: whole-order discounts given
    rounding_fen: int = 0  # of discount_fen: rounding (negative: rounded up)


@dataclass(frozen=True, slots=True)
class PaymentReference:
    """One payment through a platform (WeChat, Alipay, bank card) with its reference."""

    sale_no: str
    at: datetime
    kind: str  # a SaleKind value: refunds give money back (negative)
    method: str
    amount_fen: int
    reference: str  # blank: none was given


@dataclass(frozen=True, slots=True)
class ParkedSaleInfo:
    """A sale parked at the till (挂单): who, when, how much."""

    parked_id: int
    parked_at: datetime
    customer_id: int | None
    customer_name: str | None  # None: a walk-in
    parked_by: str
    lines: int
    total_fen: int
    note: str


@dataclass(frozen=True, slots=True)
class LedgerLine:
    entry_id: int
    at: datetime
    account: str
    kind: str
    delta: int
    balance_after: int  # the account's running sum after this entry
    note: str
    sale_no: str | None
    card_name: str | None
    username: str


@dataclass(frozen=True, slots=True)
class LedgerMismatch:
    customer_id: int
    what: str  # "balance" | "points" | "card:<id>" | "negative:<account>" | "sale:<no>"
    cached: int
    ledger: int


@dataclass(frozen=True, slots=True)
class CheckReport:
    customers: int
    entries: int
    sales: int
    mismatches: tuple[LedgerMismatch, ...]

    @property
    def ok(self) -> bool:
        return not self.mismatches
