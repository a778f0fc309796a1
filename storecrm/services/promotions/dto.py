"""What the promotion and coupon services return (frozen dataclasses; money in fen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storecrm.domain.promotions.offers import CouponKind, CouponState


@dataclass(frozen=True, slots=True)
class CouponInfo:
    coupon_id: int
    code: str
    template_id: int
    name: str  # the template's
    kind: CouponKind
    face_fen: int  # what it is worth at most (a 兑换券: its item's price; 折扣券: its cap or 0)
    min_spend_fen: int
    customer_id: int
    customer_name: str
    phone: str | None  # as the acting user may see it
    issued_at: datetime
    valid_from: date
    valid_to: date
    source: str
    state: CouponState
    marketing_consent: bool = False


@dataclass(frozen=True, slots=True)
class IssueResult:
    issued: tuple[CouponInfo, ...]
    over_limit: tuple[int, ...]  # customers who already have as many as the template allows


@dataclass(frozen=True, slots=True)
class SavingInfo:
    """A promotion's or coupon's saving on a sale (quoted or recorded), with each line's share
    in the order of the sale's lines."""

    source: str  # promotion | coupon
    ref_id: int  # the promotion's or coupon's id
    name: str
    amount_fen: int
    line_shares: tuple[int, ...] = ()
    code: str = ""  # a coupon's


@dataclass(frozen=True, slots=True)
class TemplateLiability:
    template_id: int
    name: str
    kind: CouponKind
    count: int
    face_fen: int
    expiring_count: int  # valid to the end of this month at the latest
    expiring_face_fen: int


@dataclass(frozen=True, slots=True)
class CouponLiability:
    """Coupons issued and not used, voided or expired on ``on``: what the store has promised."""

    on: date
    count: int
    face_fen: int
    expiring_count: int
    expiring_face_fen: int
    templates: tuple[TemplateLiability, ...]


@dataclass(frozen=True, slots=True)
class PromotionCostRow:
    source: str  # promotion | coupon
    ref_id: int | None  # the promotion's or the coupon template's id
    name: str
    sales: int
    amount_fen: int


@dataclass(frozen=True, slots=True)
class PromotionCost:
    start: date
    end: date  # inclusive
    rows: tuple[PromotionCostRow, ...]

    @property
    def total_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows)
