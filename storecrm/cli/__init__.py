"""``storecrm``: opens the window, or runs an admin command on a store.

With no command it opens the GUI (``--demo`` for the demo store, ``--store DIR`` for a given
store). Commands print one line and exit with code 2 on a user error (wrong password, not a
store, store in use, invalid input); they never print a traceback (it goes to the log).

The commands live by family, each module holding its ``cmd_*`` functions: ``store_admin``
(init, info, check, rebuild-summaries), ``demo``, ``customers`` (import, export), ``report``,
``staff`` (staff, appointments, commission), ``marketing`` (coupons, campaigns), ``backups``
(backup, restore, verify) and ``reminders``; what they share (exit codes, passwords, sign-in,
output files, progress) is in ``common``. Here: the parser that names them all, and ``main``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import storecrm.gui  # noqa: F401  (first: makes PySide6's check of each later import cheap)
from storecrm import __version__, logging_setup
from storecrm.cli.backups import cmd_backup, cmd_restore, cmd_verify
from storecrm.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USER_ERROR, Cli, Command, UserError
from storecrm.cli.customers import cmd_export, cmd_import
from storecrm.cli.demo import cmd_demo_data, cmd_demo_store
from storecrm.cli.marketing import cmd_campaigns, cmd_coupons
from storecrm.cli.reminders import cmd_reminders
from storecrm.cli.report import cmd_report
from storecrm.cli.staff import cmd_appointments, cmd_commission, cmd_staff
from storecrm.cli.store_admin import cmd_check, cmd_info, cmd_init, cmd_rebuild_summaries

__all__ = [
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_USER_ERROR",
    "Cli",
    "Command",
    "UserError",
    "build_parser",
    "cmd_appointments",
    "cmd_backup",
    "cmd_campaigns",
    "cmd_check",
    "cmd_commission",
    "cmd_coupons",
    "cmd_demo_data",
    "cmd_demo_store",
    "cmd_export",
    "cmd_import",
    "cmd_info",
    "cmd_init",
    "cmd_rebuild_summaries",
    "cmd_reminders",
    "cmd_report",
    "cmd_restore",
    "cmd_staff",
    "cmd_verify",
    "main",
]

log = logging.getLogger(__name__)


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
