"""What every command shares: exit codes, the one-line user error, the words with a count in
them (``Cli``, lupdate's context for their plural forms), reading the password (a file,
``STORECRM_PASSWORD`` or a prompt) and signing in, checking an output file before any work,
progress on stderr, a date option, and the wording of a break in the audit log's chain."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

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


def _progress_printer() -> Callable[[int, int], None]:
    """Progress on stderr, only when a person is watching."""
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.5 or done == total):
            last[0] = now
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return progress


def _report_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QCoreApplication.translate("Cli", "%1 must be a date such as 2025-11-30.").replace(
                "%1", option
            )
        ) from None


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
