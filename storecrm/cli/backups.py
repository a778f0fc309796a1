"""``backup`` (write a verified backup), ``restore`` (replace or make a store from a backup
file) and ``verify`` (check a backup file, with or without its secret)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    UserError,
    _chain_break_text,
    _counts,
    _progress_printer,
    _read_password,
    _sign_in,
)


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
        # with recomputed checksums passes this too (see storecrm/data/backup/).
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
