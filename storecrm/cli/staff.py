"""``staff list`` (the roster), ``appointments`` (a day's book) and ``commission`` (the payroll
for a period)."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import EXIT_OK, UserError, _report_day, _sign_in


def cmd_staff(args: argparse.Namespace) -> int:
    """`storecrm staff list`: the roster (number, name, position, grade, account, active)."""
    from storecrm.services.staff import roster

    ctx = _sign_in(args, read_only=True)
    try:
        people = ctx.call(roster.list_staff_members, include_inactive=args.all)
    finally:
        ctx.sign_out()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "no": p.no,
                        "name": p.name,
                        "position": p.position,
                        "grade": p.grade,
                        "account": p.username,
                        "active": p.active,
                    }
                    for p in people
                ],
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for p in people:
        state = "" if p.active else QCoreApplication.translate("Cli", "(left)")
        account = p.username or "-"
        print(
            f"{p.no}\t{p.name}\t{p.position or '-'}\t{p.grade or '-'}\t{account}\t{state}".rstrip()
        )
    print(QCoreApplication.translate("Cli", "Staff members: %1").replace("%1", str(len(people))))
    return EXIT_OK


def cmd_appointments(args: argparse.Namespace) -> int:
    """`storecrm appointments --date D`: the day's book (opening hours, who works, every
    appointment with its status), as lines or --json."""
    from storecrm.gui.screens.appointments.model import status_name
    from storecrm.services.appointments import book

    day = _report_day(args.date, "--date")
    ctx = _sign_in(args, read_only=True)
    try:
        roster = ctx.call(book.day_book, day)
    finally:
        ctx.sign_out()
    if args.json:
        print(
            json.dumps(
                {
                    "date": day.isoformat(),
                    "opens": None if roster.opens is None else f"{roster.opens:%H:%M}",
                    "closes": None if roster.closes is None else f"{roster.closes:%H:%M}",
                    "staff": [
                        {
                            "staff_id": s.staff_id,
                            "name": s.name,
                            "shift": s.shift_name,
                            "working": [[f"{w.start:%H:%M}", f"{w.end:%H:%M}"] for w in s.working],
                        }
                        for s in roster.staff
                    ],
                    "appointments": [
                        {
                            "id": a.appointment_id,
                            "start": f"{a.start:%H:%M}",
                            "end": f"{a.end:%H:%M}",
                            "status": a.status.value,
                            "customer_id": a.customer_id,
                            "customer": a.customer_name,
                            "phone": a.customer_phone,
                            "staff_id": a.staff_id,
                            "staff": a.staff_name,
                            "requested": a.requested,
                            "services": [
                                {"name": v.name, "minutes": v.minutes} for v in a.services
                            ],
                            "source": a.source.value,
                            "note": a.note,
                            "reason": a.reason,
                        }
                        | (
                            {"table": a.table_name, "party_size": a.party_size}
                            if a.table_id is not None
                            else {}
                        )
                        | ({"room": a.resource_name} if a.resource_id is not None else {})
                        for a in roster.appointments
                    ],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if roster.opens is None:
        print(QCoreApplication.translate("Cli", "%1: the store is closed.").replace("%1", str(day)))
    else:
        print(f"{day} {roster.opens:%H:%M}–{roster.closes:%H:%M}")
    for a in roster.appointments:
        services = "、".join(v.name for v in a.services)
        if a.table_id is not None:  # a restaurant's reservation: the table and the party
            services = f"×{a.party_size}"
        if a.resource_name:  # the room, bed or chair it takes
            services += f" · {a.resource_name}"
        print(
            f"  {a.start:%H:%M}–{a.end:%H:%M}\t{a.customer_name}\t{a.staff_name or a.table_name}"
            f"\t{services}\t{status_name(a.status)}"
        )
    print(
        QCoreApplication.translate("Cli", "Appointments: %1").replace(
            "%1", str(len(roster.appointments))
        )
    )
    return EXIT_OK


def cmd_commission(args: argparse.Namespace) -> int:
    """`storecrm commission`: the payroll for --from … --to (one row per staff member), as a
    table, --json, an A4 --pdf and/or an --xlsx workbook; --staff NO for one person."""
    from storecrm.domain.money import money_text
    from storecrm.gui.staff_printing import payroll_labels
    from storecrm.services.staff import figures, roster

    start, end = _report_day(args.date_from, "--from"), _report_day(args.date_to, "--to")
    if end < start:
        raise UserError(QCoreApplication.translate("Cli", "--to must not be before --from."))
    for option, value, suffix in (("--pdf", args.pdf, ".pdf"), ("--xlsx", args.xlsx, ".xlsx")):
        if value and not value.lower().endswith(suffix):
            raise UserError(
                QCoreApplication.translate("Cli", "%1 must name a %2 file.")
                .replace("%1", option)
                .replace("%2", suffix)
            )
    labels = payroll_labels()
    ctx = _sign_in(args, read_only=not (args.pdf or args.xlsx))
    try:
        started = time.perf_counter()
        staff_id = None
        if args.staff:
            found = [
                p
                for p in ctx.call(roster.list_staff_members, include_inactive=True)
                if p.no == args.staff
            ]
            if not found:
                raise UserError(
                    QCoreApplication.translate("Cli", "No staff member numbered %1.").replace(
                        "%1", args.staff
                    )
                )
            staff_id = found[0].staff_id
        sheet = ctx.call(figures.payroll, start, end, staff_id)
        written = []
        for fmt, target in (("pdf", args.pdf), ("xlsx", args.xlsx)):
            if target:
                written.append(ctx.call(figures.export_payroll, sheet, Path(target), fmt, labels))
        elapsed = time.perf_counter() - started
    finally:
        ctx.sign_out()
    if args.json:
        print(
            json.dumps(
                {
                    "store": sheet.store_name,
                    "from": sheet.start.isoformat(),
                    "to": sheet.end.isoformat(),
                    "months": list(sheet.months),
                    "staff": [
                        {
                            "no": r.no,
                            "name": r.name,
                            "position": r.position,
                            "grade": r.grade,
                            "cash_fen": r.cash_fen,
                            "consumption_fen": r.consumption_fen,
                            "bonus_fen": r.bonus_fen,
                            "card_sales_fen": r.card_sales_fen,
                            "top_ups_fen": r.top_ups_fen,
                            "visits": r.visits,
                            "requested_visits": r.requested_visits,
                            "commission_fen": r.commission_fen,
                            "tier_adjust_fen": r.tier_adjust_fen,
                            "total_commission_fen": r.total_commission_fen,
                        }
                        for r in sheet.rows
                    ],
                    "total_commission_fen": sheet.total_commission_fen,
                    "seconds": round(elapsed, 3),
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for path in written:
        print(QCoreApplication.translate("Cli", "Written: %1").replace("%1", str(path)))
    if not written:
        from storecrm.reports.payroll_labels import Labels

        t = Labels(labels)
        print(f"{sheet.store_name} · {t('title')} · {t('period', sheet.start, sheet.end)}")
        for r in sheet.rows:
            print(
                f"  {r.no} {r.name}: {t('col.cash')} {money_text(r.cash_fen)}, "
                f"{t('col.consumption')} {money_text(r.consumption_fen)}, "
                f"{t('col.total')} {money_text(r.total_commission_fen)}"
            )
        print(f"  {t('total')}: {money_text(sheet.total_commission_fen)}")
    return EXIT_OK
