"""``demo-data`` (demo customers, sales and bookings added to a store) and ``demo-store`` (a
whole demo salon or restaurant in a new folder)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import EXIT_OK, UserError, _counts, _sign_in


def _demo_sizes(customers: str | int, months: str | int, most: int) -> tuple[int, int]:
    """The demo commands' --customers and --months as numbers in range. They are read here,
    after the translations are installed, not by argparse: "abc" gets the same message in the
    user's language as 1000001 or -5 (argparse's own would be in English)."""

    def number(value: str | int) -> int | None:
        try:
            return int(value)
        except ValueError:
            return None

    count = number(customers)
    if count is None or not 0 <= count <= most:
        raise UserError(
            QCoreApplication.translate("Cli", "--customers must be between 0 and %1.").replace(
                "%1", f"{most:,}"
            )
        )
    span = number(months)
    if span is None or not 0 <= span <= 120:
        raise UserError(QCoreApplication.translate("Cli", "--months must be between 0 and 120."))
    return count, span


def cmd_demo_data(args: argparse.Namespace) -> int:
    from storecrm.domain.demo_people import MAX_PEOPLE
    from storecrm.services import demo

    args.customers, args.months = _demo_sizes(args.customers, args.months, MAX_PEOPLE)
    ctx = _sign_in(args)
    try:
        started = time.perf_counter()
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if sys.stderr.isatty() and (now - last[0] > 0.5 or done == total):
                last[0] = now
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        added = ctx.call(demo.add_demo_customers, args.customers, args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        elapsed = time.perf_counter() - started
        print(_counts().demo_customers_added(added).replace("%1", f"{elapsed:.1f}"))
        if args.months:
            from storecrm.services import demo_sales

            started = time.perf_counter()
            lines = ctx.call(demo_sales.add_demo_history, args.months, args.seed, progress=progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(
                _counts()
                .demo_months_added(args.months)
                .replace("%1", _counts().sale_lines(lines))
                .replace("%2", f"{time.perf_counter() - started:.1f}")
            )
        if args.bookings:
            from storecrm.services import demo_bookings

            started = time.perf_counter()
            booked = ctx.call(demo_bookings.add_demo_bookings, args.seed)
            elapsed = time.perf_counter() - started
            print(_counts().demo_bookings_added(booked).replace("%1", f"{elapsed:.1f}"))
    finally:
        ctx.sign_out()
    return EXIT_OK


def cmd_demo_store(args: argparse.Namespace) -> int:
    """A whole demo store (a salon or a restaurant) in a new folder, as ``--demo`` makes."""
    from storecrm.domain.demo_people import MAX_PEOPLE
    from storecrm.domain.store_profile import BusinessType
    from storecrm.services import demo

    args.customers, args.months = _demo_sizes(args.customers, args.months, MAX_PEOPLE)
    started = time.perf_counter()
    code = demo.create_demo_store(
        Path(args.store),
        customers_count=args.customers,
        seed=args.seed,
        months=args.months,
        business_type=BusinessType(args.business_type),
    )
    print(
        QCoreApplication.translate("Cli", "Demo store created in %1 s: %2")
        .replace("%1", f"{time.perf_counter() - started:.1f}")
        .replace("%2", str(Path(args.store)))
    )
    print(
        QCoreApplication.translate("Cli", "Sign in as %1 or %2 with the password %3.")
        .replace("%1", demo.DEMO_OWNER)
        .replace("%2", demo.DEMO_CASHIER)
        .replace("%3", demo.DEMO_PASSWORD)
    )
    print(
        QCoreApplication.translate(
            "Cli", "Recovery code (write it down and keep it safe; it is shown only once):"
        )
    )
    print(f"    {code}")
    return EXIT_OK
