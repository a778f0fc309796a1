"""The reports screen's marketing tables (issue 20, point 6): coupons outstanding, promotion cost
by promotion, and the campaigns' effect — the same figures as the PDF and the workbook."""

from __future__ import annotations

from typing import Any

from storecrm.domain.reports import Report
from storecrm.gui.screens.reports_screen.tables import Column
from storecrm.reports.report_labels import Labels, interval_text

#: Tables shown only when the report has them (a store with promotions, coupons or campaigns).
MARKETING_SECTIONS = ("coupon_liability", "promotion_cost", "campaign_effect")


def marketing_table(report: Report, section: str, t: Labels) -> tuple[str, list[Column], list[Any]]:
    """The title, columns and rows of one of :data:`MARKETING_SECTIONS`, the total last."""
    m = report.marketing
    if section == "coupon_liability":
        rows: list[Any] = []
        if m is not None:
            rows = [
                (c.name, c.count, c.face_fen, c.expiring_count, c.expiring_face_fen)
                for c in m.coupons
            ]
            rows.append(
                (
                    t("col.total"),
                    m.coupon_count,
                    m.coupon_face_fen,
                    m.expiring_count,
                    m.expiring_face_fen,
                )
            )
        title = t("section.coupon_liability")
        if m is not None:
            title = f"{title} · {t('mkt.on', m.liability_on.isoformat())}"
        return (
            title,
            [
                Column(t("col.coupon"), "text", lambda r: r[0]),
                Column(t("col.coupons"), "int", lambda r: r[1]),
                Column(t("col.face_value"), "money", lambda r: r[2]),
                Column(t("col.expiring"), "int", lambda r: r[3]),
                Column(t("col.expiring_value"), "money", lambda r: r[4]),
            ],
            rows,
        )
    if section == "promotion_cost":
        rows = []
        if m is not None:
            rows = [(p.name, t.source(p.source), p.sales, p.amount_fen) for p in m.promotion_costs]
            rows.append(
                (
                    t("col.total"),
                    "",
                    sum(p.sales for p in m.promotion_costs),
                    m.promotion_cost_fen,
                )
            )
        return (
            t("section.promotion_cost"),
            [
                Column(t("col.promotion"), "text", lambda r: r[0]),
                Column(t("col.source"), "text", lambda r: r[1]),
                Column(t("col.sales"), "int", lambda r: r[2]),
                Column(t("col.saving"), "money", lambda r: r[3]),
            ],
            rows,
        )
    if section == "campaign_effect":
        return (
            t("section.campaign_effect"),
            [
                Column(t("col.campaign"), "text", lambda c: c.name),
                Column(t("col.from"), "date", lambda c: c.starts_on.isoformat()),
                Column(t("col.to"), "date", lambda c: c.ends_on.isoformat()),
                Column(t("col.reached"), "int", lambda c: c.reached),
                Column(t("col.redeemed"), "int", lambda c: c.redeemed),
                Column(t("col.redemption_rate"), "percent", lambda c: c.redemption_percent),
                Column(t("col.redeemer_revenue"), "money", lambda c: c.revenue_from_redeemers_fen),
                Column(t("col.discount_cost"), "money", lambda c: c.discount_cost_fen),
                Column(
                    t("col.incremental"),
                    "money",
                    lambda c: c.effect.incremental if c.effect.measurable else None,
                ),
                Column(t("col.interval"), "text", lambda c: interval_text(c.effect)),
                Column(t("col.verdict"), "text", lambda c: t.verdict(c.effect)),
            ],
            [] if m is None else list(m.campaigns),
        )
    raise ValueError(f"unknown section {section!r}")


__all__ = ["MARKETING_SECTIONS", "marketing_table"]
