"""The business report's marketing part (issue 20, point 6): the coupons still outstanding as a
liability, what each promotion and coupon template took off the period's sales, and the effect
of the campaigns that overlap the period. Plain frozen data (money in fen); the services fill it
(``services/reports.py``), the PDF, the workbook and the reports screen show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from storecrm.domain.promotions.campaign import EffectEstimate


@dataclass(frozen=True, slots=True)
class CouponLiabilityRow:
    """One coupon template's coupons outstanding on the report's day."""

    name: str
    kind: str  # the CouponKind's value
    count: int
    face_fen: int
    expiring_count: int  # valid to the end of that month at the latest
    expiring_face_fen: int


@dataclass(frozen=True, slots=True)
class PromotionCostLine:
    """What a promotion (or a coupon template's coupons) took off the period's sales, as given
    on the sales (gross: a refund later gives back what was paid, not the saving)."""

    source: str  # promotion | coupon
    name: str
    sales: int
    amount_fen: int


@dataclass(frozen=True, slots=True)
class CampaignEffectRow:
    name: str
    starts_on: date
    ends_on: date
    phase: str  # running | ended
    reached: int
    redeemed: int
    revenue_from_redeemers_fen: int
    discount_cost_fen: int
    effect: EffectEstimate

    @property
    def redemption_percent(self) -> Decimal | None:
        if not self.reached:
            return None
        return (Decimal(self.redeemed * 100) / self.reached).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True, slots=True)
class MarketingFigures:
    liability_on: date  # the day the outstanding coupons are counted on
    coupons: tuple[CouponLiabilityRow, ...]
    promotion_costs: tuple[PromotionCostLine, ...]
    campaigns: tuple[CampaignEffectRow, ...]

    @property
    def coupon_count(self) -> int:
        return sum(r.count for r in self.coupons)

    @property
    def coupon_face_fen(self) -> int:
        return sum(r.face_fen for r in self.coupons)

    @property
    def expiring_count(self) -> int:
        return sum(r.expiring_count for r in self.coupons)

    @property
    def expiring_face_fen(self) -> int:
        return sum(r.expiring_face_fen for r in self.coupons)

    @property
    def promotion_cost_fen(self) -> int:
        return sum(r.amount_fen for r in self.promotion_costs)

    @property
    def empty(self) -> bool:
        return not (self.coupons or self.promotion_costs or self.campaigns)


__all__ = ["CampaignEffectRow", "CouponLiabilityRow", "MarketingFigures", "PromotionCostLine"]
