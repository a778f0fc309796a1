"""The words of the campaign results (PDF, workbook, the campaigns screen, the CLI), with English
defaults marked for lupdate in the "Campaigns" context; ``gui/campaign_printing.campaign_labels``
translates them. The verdicts' words are the domain's (``domain/promotions/campaign.py``), under
``verdict.<kind>``. A missing key falls back to the English here."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from storecrm.domain.money import money_text
from storecrm.domain.promotions.campaign import VERDICT_WORDS, verdict_text
from storecrm.reports.report_labels import QT_TRANSLATE_NOOP
from storecrm.services.campaigns.results import CampaignResult

DEFAULT_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Campaigns", "Campaign results"),
    "made": QT_TRANSLATE_NOOP("Campaigns", "Made %1 by %2"),
    "page": QT_TRANSLATE_NOOP("Campaigns", "Page %1 of %2"),
    "sheet": QT_TRANSLATE_NOOP("Campaigns", "Campaigns"),
    "no_data": QT_TRANSLATE_NOOP("Campaigns", "No campaigns yet."),
    "period": QT_TRANSLATE_NOOP("Campaigns", "%1 to %2"),
    "measured_to": QT_TRANSLATE_NOOP("Campaigns", "Sales counted to %1"),
    "col.name": QT_TRANSLATE_NOOP("Campaigns", "Campaign"),
    "col.period": QT_TRANSLATE_NOOP("Campaigns", "Period"),
    "col.status": QT_TRANSLATE_NOOP("Campaigns", "Status"),
    "col.offer": QT_TRANSLATE_NOOP("Campaigns", "Offer"),
    "offer.promotion": QT_TRANSLATE_NOOP("Campaigns", "%1 (promotion for the target)"),
    "col.target": QT_TRANSLATE_NOOP("Campaigns", "Target group"),
    "col.holdout": QT_TRANSLATE_NOOP("Campaigns", "Holdout group"),
    "col.reached": QT_TRANSLATE_NOOP("Campaigns", "Reached"),
    "col.redeemed": QT_TRANSLATE_NOOP("Campaigns", "Redeemed"),
    "col.rate": QT_TRANSLATE_NOOP("Campaigns", "Redemption rate"),
    "col.revenue": QT_TRANSLATE_NOOP("Campaigns", "Revenue from redeemers"),
    "col.cost": QT_TRANSLATE_NOOP("Campaigns", "Discount cost"),
    "col.target_per_member": QT_TRANSLATE_NOOP("Campaigns", "Spend per target member"),
    "col.holdout_per_member": QT_TRANSLATE_NOOP("Campaigns", "Spend per holdout member"),
    "col.incremental": QT_TRANSLATE_NOOP("Campaigns", "Incremental revenue"),
    "col.low": QT_TRANSLATE_NOOP("Campaigns", "95 % interval from"),
    "col.high": QT_TRANSLATE_NOOP("Campaigns", "95 % interval to"),
    "col.interval": QT_TRANSLATE_NOOP("Campaigns", "95 % interval"),
    "col.verdict": QT_TRANSLATE_NOOP("Campaigns", "Verdict"),
    "status.draft": QT_TRANSLATE_NOOP("Campaigns", "Draft"),
    "status.running": QT_TRANSLATE_NOOP("Campaigns", "Running"),
    "status.ended": QT_TRANSLATE_NOOP("Campaigns", "Ended"),
    "note": QT_TRANSLATE_NOOP(
        "Campaigns",
        "Incremental revenue: spend per member in the target group minus spend per member in "
        "the holdout group (chosen at random, offered nothing), times the size of the target "
        "group. The interval holds the true effect 95 times in 100.",
    ),
    "verdict.draft": QT_TRANSLATE_NOOP("Campaigns", "Not launched yet"),
    **{f"verdict.{kind}": words for kind, words in VERDICT_WORDS.items()},
}


class Labels:
    """``labels[key]`` with the English default, ``%1``… filled in order."""

    def __init__(self, labels: Mapping[str, str] | None) -> None:
        self._labels = dict(labels or {})

    def __call__(self, key: str, *args: object) -> str:
        text = self._labels.get(key) or DEFAULT_LABELS[key]
        for i, arg in enumerate(args, start=1):
            text = text.replace(f"%{i}", str(arg))
        return text

    def verdict(self, result: CampaignResult) -> str:
        if result.phase == "draft":
            return self("verdict.draft")
        words = {k: self(f"verdict.{k}") for k in VERDICT_WORDS}
        return verdict_text(result.effect, words)

    def status(self, result: CampaignResult) -> str:
        return self(f"status.{result.phase}")

    def offer(self, result: CampaignResult) -> str:
        """The coupon's name, or the promotion's with the word that it is one."""
        if result.offer_kind == "promotion":
            return self("offer.promotion", result.offer)
        return result.offer


def rate_text(result: CampaignResult) -> str:
    rate: Decimal | None = result.redemption_percent
    return "–" if rate is None else f"{rate}%"


def interval_text(result: CampaignResult) -> str:
    if not result.effect.measurable:
        return "–"
    return f"{money_text(result.effect.low)} – {money_text(result.effect.high)}"


def figure_rows(r: CampaignResult, text: Labels) -> list[tuple[str, str]]:
    """The figures as (label, value) pairs, in the order the screen shows them too
    (the screen and the PDF both; here, so that the screen does not load reportlab)."""
    e = r.effect
    return [
        (text("col.offer"), text.offer(r)),
        (text("col.target"), f"{e.target_size:,}"),
        (text("col.holdout"), f"{e.holdout_size:,}"),
        (text("col.reached"), f"{r.reached:,}"),
        (text("col.redeemed"), f"{r.redeemed:,}"),
        (text("col.rate"), rate_text(r)),
        (text("col.revenue"), money_text(r.revenue_from_redeemers_fen)),
        (text("col.cost"), money_text(r.discount_cost_fen)),
        (text("col.target_per_member"), money_text(e.target_per_member)),
        (text("col.holdout_per_member"), money_text(e.holdout_per_member)),
        (text("col.incremental"), money_text(e.incremental)),
        (text("col.interval"), interval_text(r)),
    ]


__all__ = ["DEFAULT_LABELS", "Labels", "figure_rows", "interval_text", "rate_text"]
