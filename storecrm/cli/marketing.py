"""``coupons`` (a customer's, or every coupon still owed with the liability) and ``campaigns``
(each campaign's effect against its holdout) (issue 20)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import EXIT_OK, _output_file, _sign_in


def cmd_coupons(args: argparse.Namespace) -> int:
    """`storecrm coupons`: a customer's coupons (--customer ID), or every coupon still owed with
    the liability; --json for scripts."""
    from storecrm.domain.money import money_text
    from storecrm.domain.promotions.codes import shown as shown_code
    from storecrm.gui.names import coupon_kind_name, coupon_state_name
    from storecrm.services.promotions import coupons

    ctx = _sign_in(args)
    try:
        if args.customer is not None:
            found = ctx.call(coupons.wallet, args.customer, include_past=True)
            owed = None
        else:
            found = ctx.call(coupons.list_coupons, usable_only=True)
            owed = ctx.call(coupons.coupon_liability)
    finally:
        ctx.sign_out()
    if args.json:
        data: dict[str, object] = {
            "coupons": [
                {
                    "code": c.code,
                    "name": c.name,
                    "kind": c.kind.value,
                    "face_fen": c.face_fen,
                    "min_spend_fen": c.min_spend_fen,
                    "customer_id": c.customer_id,
                    "customer": c.customer_name,
                    "phone": c.phone,
                    "valid_from": c.valid_from.isoformat(),
                    "valid_to": c.valid_to.isoformat(),
                    "source": c.source,
                    "state": c.state.value,
                }
                for c in found
            ]
        }
        if owed is not None:
            data["liability"] = {
                "on": owed.on.isoformat(),
                "count": owed.count,
                "face_fen": owed.face_fen,
                "expiring_count": owed.expiring_count,
                "expiring_face_fen": owed.expiring_face_fen,
            }
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    for c in found:
        print(
            f"{shown_code(c.code)}  {c.name}  {coupon_kind_name(c.kind.value)}  "
            f"{money_text(c.face_fen)}  {c.customer_name}  {c.valid_to.isoformat()}  "
            f"{coupon_state_name(c.state.value)}"
        )
    print(QCoreApplication.translate("Cli", "Coupons: %1").replace("%1", str(len(found))))
    if owed is not None:
        print(
            QCoreApplication.translate(
                "Cli", "Owed — coupons: %1, worth %2; expiring this month: %3, worth %4"
            )
            .replace("%1", str(owed.count))
            .replace("%2", money_text(owed.face_fen))
            .replace("%3", str(owed.expiring_count))
            .replace("%4", money_text(owed.expiring_face_fen))
        )
    return EXIT_OK


def cmd_campaigns(args: argparse.Namespace) -> int:
    """`storecrm campaigns`: every campaign with its effect against the holdout (reached,
    redeemed, revenue, cost, incremental revenue with its 95 % interval, the verdict), as lines,
    --json, an A4 --pdf and/or an --xlsx workbook."""
    from storecrm.domain.money import money_text
    from storecrm.gui.campaign_printing import campaign_labels
    from storecrm.reports.campaign_labels import Labels, interval_text, rate_text
    from storecrm.services.campaigns import results

    for option, value, suffix in (("--pdf", args.pdf, ".pdf"), ("--xlsx", args.xlsx, ".xlsx")):
        if value:
            _output_file(value, option, suffix)
    labels = campaign_labels()
    ctx = _sign_in(args, read_only=not (args.pdf or args.xlsx))
    try:
        report = ctx.call(results.campaign_report)
        written = [
            ctx.call(results.export_campaigns, report, Path(target), fmt, labels)
            for fmt, target in (("pdf", args.pdf), ("xlsx", args.xlsx))
            if target
        ]
    finally:
        ctx.sign_out()
    t = Labels(labels)
    if args.json:
        print(
            json.dumps(
                {
                    "store": report.store_name,
                    "campaigns": [
                        {
                            "id": r.campaign_id,
                            "name": r.name,
                            "status": r.phase,
                            "starts_on": r.starts_on.isoformat(),
                            "ends_on": r.ends_on.isoformat(),
                            "measured_to": r.measured_to.isoformat() if r.measured_to else None,
                            "offer": r.offer,
                            "offer_kind": r.offer_kind,
                            "holdout_percent": r.holdout_percent,
                            "seed": r.seed,
                            "target": r.effect.target_size,
                            "holdout": r.effect.holdout_size,
                            "reached": r.reached,
                            "redeemed": r.redeemed,
                            "redemption_percent": str(r.redemption_percent)
                            if r.redemption_percent is not None
                            else None,
                            "revenue_from_redeemers_fen": r.revenue_from_redeemers_fen,
                            "discount_cost_fen": r.discount_cost_fen,
                            "target_spend_fen": r.effect.target_spend,
                            "holdout_spend_fen": r.effect.holdout_spend,
                            "incremental_fen": r.effect.incremental,
                            "interval_fen": [r.effect.low, r.effect.high]
                            if r.effect.measurable
                            else None,
                            "verdict": r.effect.kind.value,
                            "verdict_text": t.verdict(r),
                        }
                        for r in report.results
                    ],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for path in written:
        print(QCoreApplication.translate("Cli", "Written: %1").replace("%1", str(path)))
    if written:
        return EXIT_OK
    print(f"{report.store_name} · {t('title')}")
    if not report.results:
        print(f"  {t('no_data')}")
    for r in report.results:
        print(
            f"\n{r.name} · {t.status(r)} · "
            f"{t('period', r.starts_on.isoformat(), r.ends_on.isoformat())}"
        )
        print(
            f"  {t('col.target')} {r.effect.target_size:,}, {t('col.holdout')} "
            f"{r.effect.holdout_size:,}; {t('col.reached')} {r.reached:,}, {t('col.redeemed')} "
            f"{r.redeemed:,} ({rate_text(r)})"
        )
        print(
            f"  {t('col.revenue')} {money_text(r.revenue_from_redeemers_fen)}, "
            f"{t('col.cost')} {money_text(r.discount_cost_fen)}"
        )
        print(
            f"  {t('col.incremental')} {money_text(r.effect.incremental)}, "
            f"{t('col.interval')} {interval_text(r)}"
        )
        print(f"  {t.verdict(r)}")
    return EXIT_OK
