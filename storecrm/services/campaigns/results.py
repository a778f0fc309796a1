"""What a campaign did, while it runs and after: reached, redeemed, redemption rate, revenue from
the redeemers, the discount it cost, and the incremental revenue against the holdout with its
95 % interval and verdict (``domain/promotions/campaign.py``). Read-only: everything is worked
out from the members, their coupons' events and the sales of the period.

A campaign whose offer is a promotion open only to the target reaches every target member (the
offer is open to each at the till); a redeemer is a target member who bought with it in the
period (a sale it saved on, not refunded), and the discount cost is what it saved them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from storecrm.data.campaign_rows import CampaignRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.errors import ValidationError
from storecrm.domain.promotions.campaign import EffectEstimate, Group, estimate_effect
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit


@dataclass(frozen=True, slots=True)
class CampaignResult:
    campaign_id: int
    name: str
    status: str  # draft | launched
    phase: str  # draft | running | ended (launched, the period over)
    starts_on: date
    ends_on: date
    measured_to: date | None  # the last day counted (None: the period has not begun)
    holdout_percent: int
    seed: int
    offer: str  # the coupon template's or the promotion's name
    message: str
    reached: int  # target members who were issued the coupon
    redeemed: int  # of those, coupons redeemed (and not returned by a refund)
    revenue_from_redeemers_fen: int  # the redeemers' net spend in the period
    discount_cost_fen: int  # what the redeemed coupons took off
    effect: EffectEstimate
    offer_kind: str = "coupon"  # coupon | promotion

    @property
    def redemption_percent(self) -> Decimal | None:
        """Redeemed of reached, in percent to one decimal (None when nobody was reached)."""
        if not self.reached:
            return None
        return (Decimal(self.redeemed * 100) / self.reached).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


def _result(uow: UnitOfWork, row: CampaignRow, today: date) -> CampaignResult:
    members = uow.campaigns.member_coupons(row["id"])
    measured_to: date | None = min(row["ends_on"], today)
    if row["status"] == "draft" or (measured_to is not None and measured_to < row["starts_on"]):
        measured_to = None
    spend_of: dict[int, int] = {}
    kept: dict[int, int] = {}
    if members and measured_to is not None:
        kept = uow.campaigns.kept_ids(m["customer_id"] for m in members)
        spent = {
            s["customer_id"]: s["spend_fen"]
            for s in uow.campaigns.spend_in(list(set(kept.values())), row["starts_on"], measured_to)
        }
        spend_of = {cid: spent.get(k, 0) for cid, k in kept.items()}
    promotion_id = row["promotion_id"]
    saved_of: dict[int, int] = {}  # a promotion offer: what it saved each target member
    if promotion_id is not None:
        offer = uow.promotions.promotion(promotion_id)["name"]
        if kept and measured_to is not None:
            targets = {kept[m["customer_id"]] for m in members if m["grp"] == Group.TARGET.value}
            saved = uow.campaigns.promotion_savings(
                promotion_id, sorted(targets), row["starts_on"], measured_to
            )
            saved_of = {cid: saved.get(k, 0) for cid, k in kept.items()}
    else:
        assert row["coupon_template_id"] is not None
        offer = uow.promotions.template(row["coupon_template_id"])["name"]
    target: list[int] = []
    holdout: list[int] = []
    reached = redeemed = revenue = cost = 0
    for m in members:
        spend = spend_of.get(m["customer_id"], 0)
        if m["grp"] == Group.HOLDOUT.value:
            holdout.append(spend)
            continue
        target.append(spend)
        if promotion_id is not None:
            reached += 1
            if saved_of.get(m["customer_id"], 0) > 0:
                redeemed += 1
                revenue += spend
                cost += saved_of[m["customer_id"]]
            continue
        if m["coupon_id"] is not None:
            reached += 1
        if m["last_event"] == "redeemed":
            redeemed += 1
            revenue += spend
            cost += int(m["saving_fen"])
    return CampaignResult(
        campaign_id=row["id"],
        name=row["name"],
        status=row["status"],
        phase=(
            "draft"
            if row["status"] == "draft"
            else "ended"
            if today > row["ends_on"]
            else "running"
        ),
        starts_on=row["starts_on"],
        ends_on=row["ends_on"],
        measured_to=measured_to,
        holdout_percent=row["holdout_percent"],
        seed=row["seed"],
        offer=offer,
        message=row["message"],
        reached=reached,
        redeemed=redeemed,
        revenue_from_redeemers_fen=revenue,
        discount_cost_fen=cost,
        effect=estimate_effect(target, holdout),
        offer_kind="coupon" if promotion_id is None else "promotion",
    )


@dataclass(frozen=True, slots=True)
class CampaignReport:
    """The campaigns' results as exported (xlsx, PDF): who made it, when."""

    store_name: str
    made_at: datetime
    made_by: str
    results: tuple[CampaignResult, ...]


@reads
def campaign_result(
    uow: UnitOfWork, actor: Actor, campaign_id: int, today: date | None = None
) -> CampaignResult:
    audit.require(uow, actor, Permission.VIEW_REPORTS, "campaign_results")
    return _result(uow, uow.campaigns.get(campaign_id), today or clock.now().date())


@reads
def campaign_results(
    uow: UnitOfWork, actor: Actor, today: date | None = None
) -> list[CampaignResult]:
    """Every campaign's figures, the latest first."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "campaign_results")
    day = today or clock.now().date()
    return [_result(uow, row, day) for row in uow.campaigns.all()]


@reads
def campaign_report(uow: UnitOfWork, actor: Actor, today: date | None = None) -> CampaignReport:
    """Every campaign's figures with the store's name, for an export."""
    results = campaign_results(uow, actor, today)
    return CampaignReport(
        store_name=str(uow.settings.get("store_name") or ""),
        made_at=clock.now(),
        made_by=actor.display_name,
        results=tuple(results),
    )


@reads
def export_campaigns(
    uow: UnitOfWork,
    actor: Actor,
    report: CampaignReport,
    path: Path,
    fmt: str,
    labels: Mapping[str, str] | None = None,
) -> Path:
    """Write the results as an A4 PDF or an Excel workbook the user chose (atomically). Audited;
    nothing personal is in it (figures per campaign only)."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "campaign_export")
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError("format", "invalid")
    target = Path(path)
    if fmt == "pdf":
        from storecrm.reports.campaign_pdf import write_campaigns_pdf

        write_campaigns_pdf(report, target, labels)
    else:
        from storecrm.reports.campaign_xlsx import write_campaigns_xlsx

        write_campaigns_xlsx(report, target, labels)
    audit.record(
        uow,
        actor,
        "campaign_export",
        detail={"format": fmt, "campaigns": len(report.results)},
    )
    uow.commit()
    return target


__all__ = [
    "CampaignReport",
    "CampaignResult",
    "campaign_report",
    "campaign_result",
    "campaign_results",
    "export_campaigns",
]
