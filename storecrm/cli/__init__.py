"""``storecrm``: opens the window, or runs an admin command on a store.

With no command it opens the GUI (``--demo`` for the demo store, ``--store DIR`` for a given
store). Commands print one line and exit with code 2 on a user error (wrong password, not a
store, store in use, invalid input); they never print a traceback (it goes to the log).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

import storecrm.gui  # noqa: F401  (first: makes PySide6's check of each later import cheap)
from storecrm import __version__, logging_setup

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USER_ERROR = 2

Command = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A mistake in how the command was called, explained in one line."""


class Cli(QObject):
    """The command line's words with a count in them, in their plural forms ("1 customer",
    "2 customers"). lupdate reads plural forms only from tr() inside a class, whose name is
    their context; the other words use QCoreApplication.translate("Cli", …)."""

    def demo_customers_added(self, n: int) -> str:
        return self.tr("Added %n demo customer(s) in %1 s.", "", n)

    def demo_months_added(self, n: int) -> str:
        return self.tr("Added %n month(s) of sales (%1) in %2 s.", "", n)

    def demo_bookings_added(self, n: int) -> str:
        return self.tr("Added %n appointment(s) or reservation(s) in %1 s.", "", n)

    def audit_chain_intact(self, n: int) -> str:
        return self.tr("Audit log: %n entry(ies), chain intact.", "", n)

    def sale_lines(self, n: int) -> str:
        return self.tr("%n sale line(s)", "", n)

    def customers(self, n: int) -> str:
        return self.tr("%n customer(s)", "", n)

    def ledger_entries(self, n: int) -> str:
        return self.tr("%n ledger entry(ies)", "", n)

    def sales(self, n: int) -> str:
        return self.tr("%n sale(s)", "", n)

    def every_days(self, n: int) -> str:
        return self.tr("every %n day(s)", "", n)

    def rows_read(self, n: int) -> str:
        return self.tr("%n row(s) read", "", n)

    def created(self, n: int) -> str:
        return self.tr("%n created", "", n)

    def updated(self, n: int) -> str:
        return self.tr("%n updated", "", n)

    def duplicates_skipped(self, n: int) -> str:
        return self.tr("%n duplicate(s) skipped", "", n)

    def with_problems(self, n: int) -> str:
        return self.tr("%n with problems", "", n)

    def exported_customers(self, n: int) -> str:
        return self.tr("Exported %n customer(s) to %1", "", n)


_cli_counts: list[Cli] = []


def _counts() -> Cli:
    if not _cli_counts:
        _cli_counts.append(Cli())
    return _cli_counts[0]


_MAX_PASSWORD_FILE = 4096


def _password_from_file(path: Path) -> str:
    """The first line of a small UTF-8 text file (a pipe such as ``<(…)`` works too)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise UserError(
            QCoreApplication.translate("Cli", "Cannot read the password file: %1").replace(
                "%1", str(exc.strerror)
            )
        ) from None
    try:
        if len(data) > _MAX_PASSWORD_FILE or b"\0" in data:
            raise ValueError("not a password file")
        text = data.decode("utf-8-sig")
    except ValueError:
        raise UserError(
            QCoreApplication.translate(
                "Cli", "The password file is not a short UTF-8 text file with a password: %1"
            ).replace("%1", str(path))
        ) from None
    return text.rstrip("\r\n")


def _read_password(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """From --password-file, then STORECRM_PASSWORD, then a no-echo prompt."""
    if getattr(args, "password_file", None):
        return _password_from_file(Path(args.password_file))
    env = os.environ.get("STORECRM_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UserError(
            QCoreApplication.translate(
                "Cli", "No password given: use --password-file, STORECRM_PASSWORD or a terminal."
            )
        )
    password = getpass.getpass(prompt)
    if (
        confirm
        and getpass.getpass(QCoreApplication.translate("Cli", "Repeat the password: ")) != password
    ):
        raise UserError(QCoreApplication.translate("Cli", "The two passwords are not the same."))
    return password


def _sign_in(args: argparse.Namespace, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    from storecrm.services import session

    username: str | None = args.user  # None: the owner
    prompt = (
        QCoreApplication.translate("Cli", "Password for %1: ").replace("%1", username)
        if username
        else QCoreApplication.translate("Cli", "Owner's password: ")
    )
    password = _read_password(args, prompt)
    return session.sign_in(Path(args.store), username, password, read_only=read_only)


def _output_file(value: str, option: str, suffix: str) -> Path:
    """A file the command will write: checked before anything is done (its folder must exist;
    it must not be a folder itself), so a mistake costs one line, not a half-done command."""
    path = Path(value)
    if path.suffix.lower() != suffix:
        if option == "--out":  # an .xlsx, as it has always been worded
            raise UserError(QCoreApplication.translate("Cli", "--out must name an .xlsx file."))
        raise UserError(
            QCoreApplication.translate("Cli", "%1 must name a %2 file.")
            .replace("%1", option)
            .replace("%2", suffix)
        )
    if path.is_dir():
        raise UserError(
            QCoreApplication.translate("Cli", "%1 is a folder, not a file: %2")
            .replace("%1", option)
            .replace("%2", str(path))
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QCoreApplication.translate("Cli", "The folder for %1 does not exist: %2")
            .replace("%1", option)
            .replace("%2", str(folder))
        )
    return path


# -- commands ------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from storecrm.domain.store_profile import BusinessType
    from storecrm.services import session

    password = _read_password(
        args,
        QCoreApplication.translate("Cli", "Password for the new owner %1: ").replace(
            "%1", args.owner
        ),
        confirm=True,
    )
    created = session.create_store(
        Path(args.store),
        store_name=args.name,
        business_type=BusinessType(args.business_type),
        owner_username=args.owner,
        owner_display_name=args.owner_name or args.owner,
        owner_password=password,
    )
    created.context.sign_out()
    print(
        QCoreApplication.translate("Cli", "Store created: %1").replace(
            "%1", str(created.context.folder)
        )
    )
    print(
        QCoreApplication.translate(
            "Cli", "Recovery code (write it down and keep it safe; it is shown only once):"
        )
    )
    print(f"    {created.recovery_code}")
    return EXIT_OK


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


def _chain_break_text(entry_id: int, kind: str) -> str:
    texts = {
        "missing": QCoreApplication.translate(
            "Cli", "Audit log: the chain breaks at entry #%1: entries before it were removed."
        ),
        "changed": QCoreApplication.translate(
            "Cli", "Audit log: the chain breaks at entry #%1: it was changed, or slipped in."
        ),
        "unchained": QCoreApplication.translate(
            "Cli", "Audit log: the chain breaks at entry #%1: it has no hash (slipped in)."
        ),
    }
    return texts.get(kind, texts["changed"]).replace("%1", str(entry_id))


def _print_audit_check(result) -> None:  # type: ignore[no-untyped-def]
    chain = result.chain
    if chain.first_break is None:
        print(_counts().audit_chain_intact(chain.entries))
    else:
        print(_chain_break_text(chain.first_break.entry_id, chain.first_break.kind))
        print(
            QCoreApplication.translate("Cli", "Breaks in the audit log's chain: %1").replace(
                "%1", str(chain.breaks)
            )
        )
    print(
        QCoreApplication.translate(
            "Cli", "Backups whose recorded audit log head was compared: %1"
        ).replace("%1", str(result.backups_compared))
    )
    for problem in result.backup_problems:
        text = (
            QCoreApplication.translate(
                "Cli",
                "Backup %1 (made %2) recorded entry #%3, which is no longer in the log: "
                "entries were removed.",
            )
            if problem.kind == "missing"
            else QCoreApplication.translate(
                "Cli",
                "Backup %1 (made %2) recorded entry #%3, which is different now: "
                "the log was rewritten.",
            )
        )
        print(
            text.replace("%1", problem.file_name)
            .replace("%2", problem.created_at.isoformat(sep=" "))
            .replace("%3", str(problem.entry_id))
        )
    if result.backups_superseded:
        print(
            QCoreApplication.translate(
                "Cli", "Backups of the history that a restore replaced (not compared): %1"
            ).replace("%1", str(result.backups_superseded))
        )


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when every ledger and every report summary adds up and the audit log's chain holds
    (also against the heads in the backups), 1 when something does not (each problem printed)."""
    from storecrm.services import audit_check, membership, summaries

    ctx = _sign_in(args)
    try:
        started = time.perf_counter()
        report = ctx.call(membership.check_ledgers)
        summed = ctx.call(summaries.check_summaries)
        audit_result = ctx.call(audit_check.check_audit_log)
        elapsed = time.perf_counter() - started
    finally:
        ctx.sign_out()
    if args.json:
        chain = audit_result.chain
        print(
            json.dumps(
                {
                    "customers": report.customers,
                    "entries": report.entries,
                    "sales": report.sales,
                    "mismatches": [
                        {
                            "customer_id": m.customer_id,
                            "what": m.what,
                            "cached": m.cached,
                            "ledger": m.ledger,
                        }
                        for m in report.mismatches
                    ],
                    "summaries": [
                        {
                            "table": m.table,
                            "key": list(m.key),
                            "columns": list(m.columns),
                            "stored": None if m.stored is None else list(m.stored),
                            "from_rows": None if m.from_rows is None else list(m.from_rows),
                        }
                        for m in summed.mismatches
                    ],
                    "summary_mismatches": summed.count,
                    "audit": {
                        "entries": chain.entries,
                        "first_break": (
                            {"entry_id": chain.first_break.entry_id, "kind": chain.first_break.kind}
                            if chain.first_break
                            else None
                        ),
                        "breaks": chain.breaks,
                        "backups_compared": audit_result.backups_compared,
                        "backups_superseded": audit_result.backups_superseded,
                        "backup_problems": [
                            {
                                "file": p.file_name,
                                "entry_id": p.entry_id,
                                "kind": p.kind,
                            }
                            for p in audit_result.backup_problems
                        ],
                    },
                    "seconds": round(elapsed, 2),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(
            QCoreApplication.translate("Cli", "Checked %1, %2 and %3 in %4 s.")
            .replace("%1", _counts().customers(report.customers))
            .replace(
                "%2",
                _counts().ledger_entries(report.entries),
            )
            .replace("%3", _counts().sales(report.sales))
            .replace("%4", f"{elapsed:.1f}")
        )
        for m in report.mismatches:
            print(
                QCoreApplication.translate("Cli", "Mismatch: customer %1, %2: cached %3, ledger %4")
                .replace("%1", str(m.customer_id))
                .replace("%2", m.what)
                .replace("%3", str(m.cached))
                .replace("%4", str(m.ledger))
            )
        for s in summed.mismatches:
            print(
                QCoreApplication.translate(
                    "Cli", "Summary out of step: %1 %2: stored %3, the rows add up to %4"
                )
                .replace("%1", s.table)
                .replace("%2", " ".join(str(k) for k in s.key))
                .replace("%3", _sums_text(s.columns, s.stored))
                .replace("%4", _sums_text(s.columns, s.from_rows))
            )
        print(
            QCoreApplication.translate("Cli", "Mismatches found: %1").replace(
                "%1", str(len(report.mismatches))
            )
        )
        if not summed.ok:
            print(
                QCoreApplication.translate(
                    "Cli",
                    "Report summaries out of step: %1 (they are derived from the sales and the "
                    "ledger: storecrm rebuild-summaries builds them again)",
                ).replace("%1", str(summed.count))
            )
        _print_audit_check(audit_result)
    return EXIT_OK if report.ok and summed.ok and audit_result.ok else 1


def _sums_text(columns: tuple[str, ...], values: tuple[int, ...] | None) -> str:
    if values is None:
        return "-"
    return ", ".join(f"{c}={v}" for c, v in zip(columns, values, strict=True))


def cmd_rebuild_summaries(args: argparse.Namespace) -> int:
    """Build the report summaries again from the sales, payments, lines and ledger entries."""
    from storecrm.services import summaries

    ctx = _sign_in(args)
    try:
        started = time.perf_counter()
        ctx.call(summaries.rebuild_summaries)
        elapsed = time.perf_counter() - started
    finally:
        ctx.sign_out()
    print(
        QCoreApplication.translate("Cli", "Report summaries rebuilt in %1 s.").replace(
            "%1", f"{elapsed:.1f}"
        )
    )
    return EXIT_OK


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


def cmd_info(args: argparse.Namespace) -> int:
    from storecrm.services import info

    ctx = _sign_in(args, read_only=True)
    try:
        result = ctx.call(info.store_info)
    finally:
        ctx.close()
    if args.json:
        print(
            json.dumps(
                {
                    "store_name": result.store_name,
                    "business_type": result.business_type,
                    "folder": result.folder,
                    "store_id": result.store_id,
                    "schema_revision": result.schema_revision,
                    "head_revision": result.head_revision,
                    "counts": result.counts,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        store_caption = QCoreApplication.translate("Cli", "Store")
        folder_caption = QCoreApplication.translate("Cli", "Folder")
        revision_caption = QCoreApplication.translate("Cli", "Schema revision")
        print(f"{store_caption}: {result.store_name}")
        print(f"{folder_caption}: {result.folder}")
        print(f"{revision_caption}: {result.schema_revision} (head {result.head_revision})")
        for table, count in result.counts.items():
            print(f"  {table}: {count}")
    return EXIT_OK


def _progress_printer() -> Callable[[int, int], None]:
    """Progress on stderr, only when a person is watching."""
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.5 or done == total):
            last[0] = now
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return progress


def _mapping_overrides(text: str) -> dict[str, str | None]:
    """--mapping: a JSON object (or a file holding one): column → field or null."""
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).read_text(encoding="utf-8-sig")
        except OSError:
            source = text
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or not all(
        v is None or isinstance(v, str) for v in data.values()
    ):
        raise UserError(
            QCoreApplication.translate(
                "Cli",
                '--mapping must be a JSON object such as {"联系方式": "phone", "C": null}, '
                "or a file holding one.",
            )
        )
    return {str(k): v for k, v in data.items()}


def cmd_import(args: argparse.Namespace) -> int:
    from storecrm import messages
    from storecrm.domain.customer_import import apply_overrides
    from storecrm.services import customer_import

    path = Path(args.file)
    overrides = _mapping_overrides(args.mapping) if args.mapping else None
    ctx = _sign_in(args)
    try:
        mapping = None
        if overrides is not None:
            columns = ctx.call(customer_import.import_columns, path)
            mapping = apply_overrides(
                [c.header for c in columns],
                {c.index: c.field for c in columns if c.field},
                overrides,
            )
        report = ctx.call(
            customer_import.run_import,
            path,
            mapping,
            on_duplicate=args.on_duplicate,
            dry_run=args.dry_run,
            progress=_progress_printer(),
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        ctx.sign_out()
    row_caption = QCoreApplication.translate("Cli", "Row %1")
    warning_caption = QCoreApplication.translate("Cli", "warning")
    for problem in report.problems:
        line = (
            f"{row_caption.replace('%1', str(problem.row_number))} · "
            f"{messages.import_field_name(problem.field)}: "
            f"{messages.import_problem_text(problem)}"
        )
        print(f"{line} [{problem.value}]" if problem.value else line)
    for problem in report.warnings:
        print(
            f"{row_caption.replace('%1', str(problem.row_number))} · {warning_caption} · "
            f"{messages.import_field_name(problem.field)}: "
            f"{messages.import_problem_text(problem)} [{problem.value}]"
        )
    print(
        QCoreApplication.translate("Cli", "%1: %2, %3, %4, %5 (not imported).")
        .replace("%1", _counts().rows_read(report.rows_read))
        .replace("%2", _counts().created(report.created))
        .replace("%3", _counts().updated(report.updated))
        .replace("%4", _counts().duplicates_skipped(report.skipped))
        .replace("%5", _counts().with_problems(report.problem_rows))
    )
    if report.dry_run:
        print(QCoreApplication.translate("Cli", "Dry run: nothing was saved."))
    elif report.problem_rows:
        print(
            QCoreApplication.translate(
                "Cli",
                "Fix the rows listed above in the file and import it again; "
                "rows already imported will then count as duplicates.",
            )
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from storecrm.services import customer_export

    out = _output_file(args.out, "--out", ".xlsx")
    ctx = _sign_in(args)
    try:
        result = ctx.call(
            customer_export.export_customers,
            out,
            mask_phones=args.mask_phones,
            progress=_progress_printer(),
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        ctx.sign_out()
    print(_counts().exported_customers(result.rows).replace("%1", str(result.path)))
    return EXIT_OK


# -- reports -------------------------------------------------------------------------------
def _report_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QCoreApplication.translate("Cli", "%1 must be a date such as 2025-11-30.").replace(
                "%1", option
            )
        ) from None


def cmd_report(args: argparse.Namespace) -> int:
    """The business report for --from … --to: a PDF and/or a workbook, or a short summary."""
    from storecrm.gui.report_printing import report_labels
    from storecrm.reports.report_labels import Labels, money_text, percent_text
    from storecrm.services import reports

    start, end = _report_day(args.date_from, "--from"), _report_day(args.date_to, "--to")
    if end < start:
        raise UserError(QCoreApplication.translate("Cli", "--to must not be before --from."))
    for option, value, suffix in (("--pdf", args.pdf, ".pdf"), ("--xlsx", args.xlsx, ".xlsx")):
        if value:
            _output_file(value, option, suffix)
    ctx = _sign_in(args)
    try:
        started = time.perf_counter()
        report = ctx.call(
            reports.build_report,
            reports.ReportRequest(start, end),
            progress=_progress_printer(),
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        labels = report_labels(report)
        written = []
        for fmt, target in (("pdf", args.pdf), ("xlsx", args.xlsx)):
            if target:
                written.append(ctx.call(reports.export_report, report, Path(target), fmt, labels))
        elapsed = time.perf_counter() - started
    finally:
        ctx.sign_out()
    for path in written:
        print(QCoreApplication.translate("Cli", "Written: %1").replace("%1", str(path)))
    if not written:
        t = Labels(labels)
        m = report.summary
        print(f"{report.store_name} · {t('title')} · {t.period(report.period)}")
        for key, value in (
            ("kpi.revenue", money_text(m.revenue_fen.current)),
            ("kpi.visits", f"{m.visits.current:,}"),
            ("kpi.average_ticket", money_text(m.average_ticket_fen.current)),
            ("kpi.money_received", money_text(m.money_received_fen.current)),
            ("kpi.top_ups", money_text(m.top_ups_fen.current)),
            ("kpi.new_customers", f"{m.new_customers.current:,}"),
            ("kpi.active_customers", f"{m.active_customers.current:,}"),
            ("kpi.repeat_rate", percent_text(m.repeat_rate.current)),
            ("kpi.churn_rate", percent_text(m.churn_rate.current)),
            ("kpi.stored_value", money_text(m.stored_value_fen.current)),
        ):
            print(f"  {t(key)}: {value}")
    print(QCoreApplication.translate("Cli", "Report made in %1 s.").replace("%1", f"{elapsed:.1f}"))
    return EXIT_OK


# -- coupons (issue 20) ------------------------------------------------------------------------
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


# -- staff and commission --------------------------------------------------------------------
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


# -- campaigns (issue 20) ----------------------------------------------------------------------
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


# -- backups -------------------------------------------------------------------------------
def _backup_secret(args: argparse.Namespace, *, required: bool) -> dict[str, str]:
    """The backup's secret: --recovery-code [CODE] (or STORECRM_RECOVERY_CODE, or a prompt), else
    the owner's password at backup time (--password-file, STORECRM_PASSWORD, or a prompt)."""
    if args.recovery_code is not None:
        code = args.recovery_code or os.environ.get("STORECRM_RECOVERY_CODE", "")
        if not code and sys.stdin.isatty():
            code = getpass.getpass(QCoreApplication.translate("Cli", "Recovery code: "))
        if not code:
            raise UserError(
                QCoreApplication.translate(
                    "Cli", "No recovery code given: use --recovery-code CODE or a terminal."
                )
            )
        return {"recovery_code": code}
    if not required and not args.password_file and "STORECRM_PASSWORD" not in os.environ:
        return {}
    return {
        "password": _read_password(
            args, QCoreApplication.translate("Cli", "Owner's password when the backup was made: ")
        )
    }


def _backup_line(info) -> str:  # type: ignore[no-untyped-def]
    return (
        QCoreApplication.translate("Cli", "backup of %1 made %2 by StoreCRM %3 (schema %4): %5, %6")
        .replace("%1", info.store_name)
        .replace("%2", info.created_at.isoformat(sep=" "))
        .replace("%3", info.app_version)
        .replace("%4", str(info.schema_revision))
        .replace("%5", _counts().customers(info.customers))
        .replace("%6", _counts().sales(info.sales))
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from storecrm.services import backup

    ctx = _sign_in(args)
    try:
        result = ctx.call(
            backup.run_backup,
            Path(args.to) if args.to else None,
            progress=_progress_printer(),
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        ctx.sign_out()
    print(
        QCoreApplication.translate("Cli", "Backup written and verified in %1 s: %2")
        .replace("%1", f"{result.seconds:.1f}")
        .replace("%2", result.info.path)
    )
    for name in result.deleted:
        print(QCoreApplication.translate("Cli", "Old backup removed: %1").replace("%1", name))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from storecrm import messages
    from storecrm.domain.errors import OtherStoreBackup
    from storecrm.services import backup, session

    path = Path(args.file)
    info = backup.read_manifest(path)  # a file that is no backup is refused before any prompt
    print(_backup_line(info))
    store = Path(args.store)
    if session.is_store_folder(store) and not args.yes:
        question = QCoreApplication.translate(
            "Cli", "Replace the store in %1 with this backup? The current files are kept. [y/N] "
        ).replace("%1", str(store))
        if not sys.stdin.isatty():
            raise UserError(
                QCoreApplication.translate(
                    "Cli", "%1 holds a store: add --yes to replace it with the backup."
                ).replace("%1", str(store))
            )
        if input(question).strip().lower() not in ("y", "yes", "是"):
            return EXIT_USER_ERROR
    secret = _backup_secret(args, required=True)
    try:
        result = backup.restore_backup(
            path,
            store,
            password=secret.get("password"),
            recovery_code=secret.get("recovery_code"),
            progress=_progress_printer(),
            replace_other_store=args.replace_other_store,
        )
    except OtherStoreBackup as exc:
        raise UserError(
            messages.error_text(exc)
            + " "
            + QCoreApplication.translate("Cli", "Add --replace-other-store to replace it.")
        ) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(QCoreApplication.translate("Cli", "Restored into %1").replace("%1", result.store_folder))
    if result.safety_folder:
        print(
            QCoreApplication.translate("Cli", "The replaced store's files are kept in %1").replace(
                "%1", result.safety_folder
            )
        )
    if result.upgraded_from:
        print(
            QCoreApplication.translate("Cli", "Upgraded from schema revision %1.").replace(
                "%1", result.upgraded_from
            )
        )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from storecrm.services import backup

    secret = _backup_secret(args, required=False)
    report = backup.verify_backup(
        Path(args.file),
        password=secret.get("password"),
        recovery_code=secret.get("recovery_code"),
        progress=_progress_printer(),
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not report.opened:
        # Without the key only the file's shape and checksums can be checked: a file crafted
        # with recomputed checksums passes this too (see storecrm/data/backup.py).
        print(
            QCoreApplication.translate(
                "Cli", "structure OK, contents not checked: give a password to check them (%1)"
            ).replace("%1", _backup_line(report.info))
        )
        return EXIT_OK
    print(
        QCoreApplication.translate("Cli", "OK: %1; opened and checked with the key").replace(
            "%1", _backup_line(report.info)
        )
    )
    if report.audit_break is not None:
        print(_chain_break_text(report.audit_break.entry_id, report.audit_break.kind))
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storecrm",
        description="StoreCRM — customer archive and membership for one store. "
        "Without a command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"StoreCRM {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demo store")
    parser.add_argument("--store", metavar="DIR", help="open this store")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the window")
    parser.add_argument("--debug", action="store_true", help="verbose log file")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this build headless (temporary encrypted store, PDF, Excel, Qt) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("--store", metavar="DIR", required=True, help="the store's folder")
        p.add_argument("--password-file", metavar="FILE", help="read the password from FILE")
        return p

    p = add("init", cmd_init, "create a new, empty store")
    p.add_argument("--name", required=True, help="the store's name")
    p.add_argument("--owner", required=True, help="the owner's user name")
    p.add_argument("--owner-name", help="the owner's display name")
    p.add_argument(
        "--business-type",
        choices=["retail", "restaurant", "beauty", "other"],
        default="retail",
    )

    p = add("demo-data", cmd_demo_data, "add realistic demo customers to a store")
    p.add_argument("--customers", required=True, metavar="N")  # checked by _demo_sizes
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--months", default=0, metavar="M", help="also add M months of sales history")
    p.add_argument(
        "--bookings",
        action="store_true",
        help="also add a month past and two weeks to come of appointments (a restaurant: "
        "tables and reservations)",
    )
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add(
        "demo-store",
        cmd_demo_store,
        "create a demo store (a salon, or a restaurant) with customers, sales and its book",
    )
    p.add_argument(
        "--business-type",
        choices=["beauty", "restaurant"],
        default="beauty",
        help="salon or restaurant",
    )
    p.add_argument("--customers", default=2000, metavar="N")  # checked by _demo_sizes
    p.add_argument("--months", default=12, metavar="M")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = add(
        "check",
        cmd_check,
        "re-add every ledger and the report summaries; report anything that does not match",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add(
        "rebuild-summaries",
        cmd_rebuild_summaries,
        "build the report summaries again from the sales and the ledger",
    )
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("reminders", cmd_reminders, "list the reminders due today (or on --date)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day to list (default: today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("info", cmd_info, "show the store's name, schema revision and row counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("import", cmd_import, "import customers from an Excel (.xlsx) or CSV file")
    p.add_argument("kind", choices=["customers"], help="what the file holds")
    p.add_argument("file", metavar="FILE", help="the .xlsx or .csv file")
    p.add_argument("--dry-run", action="store_true", help="check everything, save nothing")
    p.add_argument(
        "--on-duplicate",
        choices=["skip", "update"],
        default="skip",
        help="a customer whose phone or card number is already in the store: leave them "
        "alone (default) or fill in what the file has",
    )
    p.add_argument(
        "--mapping",
        metavar="JSON",
        help='correct the guessed columns, e.g. \'{"联系方式": "phone", "D": null}\' '
        "(a column by header, letter or number from 1; a field name or null to ignore it)",
    )
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("export", cmd_export, "export customers to an Excel (.xlsx) file")
    p.add_argument("kind", choices=["customers"], help="what to export")
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="the file to write")
    p.add_argument("--mask-phones", action="store_true", help="show phone numbers as 138****5678")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("report", cmd_report, "the business report for a period: PDF, Excel or a summary")
    p.add_argument("--from", dest="date_from", metavar="DATE", required=True, help="first day")
    p.add_argument("--to", dest="date_to", metavar="DATE", required=True, help="last day")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write the report as an A4 PDF")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="write the report as an Excel workbook")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("staff", cmd_staff, "the staff roster")
    p.add_argument("action", choices=["list"], help="list: every staff member")
    p.add_argument("--all", action="store_true", help="include those who have left")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("appointments", cmd_appointments, "the day's appointments (预约) and who works")
    p.add_argument("--date", metavar="DATE", required=True, help="the day, e.g. 2026-12-07")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("commission", cmd_commission, "staff performance and commission (payroll) for a period")
    p.add_argument("--from", dest="date_from", metavar="DATE", required=True, help="first day")
    p.add_argument("--to", dest="date_to", metavar="DATE", required=True, help="last day")
    p.add_argument("--staff", metavar="NO", help="only this staff member (their number)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write the payroll as an A4 PDF")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="write the payroll as an Excel workbook")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("coupons", cmd_coupons, "issued coupons: a customer's, or all still owed")
    p.add_argument("--customer", type=int, metavar="ID", help="this customer's coupons")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("campaigns", cmd_campaigns, "marketing campaigns and what each really earned")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write the results as an A4 PDF")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="write the results as an Excel workbook")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    recovery_help = "use the recovery code instead of the owner's password (prompted if omitted)"
    p = add("backup", cmd_backup, "write a verified backup file of the store")
    p.add_argument("--to", metavar="DIR", help="into this folder (default: the backup folder)")
    p.add_argument("--user", help="sign in as this user (default: the owner)")

    p = add("restore", cmd_restore, "replace the store (or make one) from a backup file")
    p.add_argument("file", metavar="FILE", help="the .storecrm-backup file")
    p.add_argument("--recovery-code", nargs="?", const="", metavar="CODE", help=recovery_help)
    p.add_argument("--yes", action="store_true", help="replace an existing store without asking")
    p.add_argument(
        "--replace-other-store",
        action="store_true",
        help="also when the backup is of a different store than the one in --store",
    )

    help_text = "check a backup file; exit code 0 only for a backup that would restore"
    p = sub.add_parser("verify", help=help_text, description=help_text)
    p.set_defaults(func=cmd_verify)
    p.add_argument("file", metavar="FILE", help="the .storecrm-backup file")
    p.add_argument(
        "--password-file", metavar="FILE", help="also open it with the owner's password in FILE"
    )
    p.add_argument("--recovery-code", nargs="?", const="", metavar="CODE", help=recovery_help)
    return parser


# Files the user named that are not there, are folders, or may not be written: their mistake
# to fix, said in one line (exit 2), like a full disk.
_USER_OS_ERRORS = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)


def _run_command(args: argparse.Namespace) -> int:
    from storecrm import i18n, messages
    from storecrm.domain.errors import StoreCRMError, is_disk_full

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, args.lang or os.environ.get("STORECRM_LANG") or i18n.DEFAULT_LANGUAGE)
    from storecrm.services import housekeeping

    housekeeping.clean_temporary_folders()  # what killed checks of backups left
    try:
        return int(args.func(args))
    except UserError as exc:
        print(f"storecrm: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreCRMError as exc:
        log.info("command refused: %s", type(exc).__name__)
        print(f"storecrm: {messages.error_text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if is_disk_full(exc) or isinstance(exc, _USER_OS_ERRORS):
            log.info("command refused: %s", type(exc).__name__)
            print(f"storecrm: {messages.error_text(exc)}", file=sys.stderr)
            return EXIT_USER_ERROR
        logging_setup.log_exception(type(exc), exc, exc.__traceback__)
        print(f"storecrm: {messages.error_text(exc)} ({logging_setup.log_file()})", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the user gets one line, the log the traceback
        if is_disk_full(exc):
            print(f"storecrm: {messages.error_text(exc)}", file=sys.stderr)
            return EXIT_USER_ERROR
        logging_setup.log_exception(type(exc), exc, exc.__traceback__)
        print(f"storecrm: {messages.error_text(exc)} ({logging_setup.log_file()})", file=sys.stderr)
        return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:  # before logging: the check writes only to a temporary folder
        from storecrm import selfcheck

        return selfcheck.run()
    logging_setup.configure(debug=args.debug)
    if args.command:
        return _run_command(args)
    from storecrm.gui.app import run_gui

    return run_gui(
        store=Path(args.store) if args.store else None,
        demo=args.demo,
        language=args.lang,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
