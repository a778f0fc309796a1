"""The store's own commands: ``init`` (a new, empty store), ``info`` (name, schema revision,
row counts), ``check`` (ledgers, report summaries and the audit log's chain add up) and
``rebuild-summaries``."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import EXIT_OK, _chain_break_text, _counts, _read_password, _sign_in


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
