"""``reminders``: what is due on a day, grouped by kind, as lines or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import EXIT_OK, UserError, _counts, _sign_in


def cmd_reminders(args: argparse.Namespace) -> int:
    """Print what is due on --date (default today), grouped by kind; --json for scripts."""
    from storecrm.domain.reminders import KIND_ORDER
    from storecrm.gui.names import reminder_kind_name
    from storecrm.services import reminders

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError as exc:
        raise UserError(
            QCoreApplication.translate("Cli", "Not a date (YYYY-MM-DD): %1").replace(
                "%1", args.date
            )
        ) from exc
    ctx = _sign_in(args)
    try:
        result = ctx.call(reminders.due_reminders, day)
    finally:
        ctx.sign_out()

    def detail(item: reminders.ReminderItem) -> str:
        if item.appointment_at is not None:  # tomorrow's appointments, no-shows
            at = item.appointment_at.strftime("%Y-%m-%d %H:%M")
            return " ".join(p for p in (at, item.services_text, item.staff_name) if p)
        if item.items:
            return ", ".join(f"{name} {due.isoformat()}" for name, due in item.items)
        if item.card_name:
            return f"{item.card_name} ({item.sessions_left})"
        if item.title:
            return item.title
        if item.interval_days:
            return _counts().every_days(item.interval_days)
        return ""

    if args.json:
        print(
            json.dumps(
                {
                    "date": result.today.isoformat(),
                    "counts": result.counts(),
                    "reminders": [
                        {
                            "kind": i.kind,
                            "ref": i.ref,
                            "customer_id": i.customer_id,
                            "name": i.name,
                            "phone": i.phone,
                            "due_on": i.due_on.isoformat(),
                            "days": i.days,
                            "last_visit_on": i.last_visit_on.isoformat()
                            if i.last_visit_on
                            else None,
                            "balance_fen": i.balance_fen,
                            "points": i.points,
                            "detail": detail(i),
                            "snoozed": i.snoozed,
                        }
                        for i in result.items
                    ],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    print(
        QCoreApplication.translate("Cli", "Reminders due on %1: %2")
        .replace("%1", result.today.isoformat())
        .replace("%2", str(len(result.items)))
    )
    counts = result.counts()
    for kind in KIND_ORDER:
        items = result.of_kind(kind.value)
        if not items:
            continue
        print(f"\n{reminder_kind_name(kind.value)} ({counts[kind.value]})")
        for i in items:
            print(f"  {i.due_on.isoformat()}  {i.name}  {i.phone or '-'}  {detail(i)}".rstrip())
    return EXIT_OK
