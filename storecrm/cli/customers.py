"""``import customers`` (from an Excel or CSV file, with corrected column guesses) and
``export customers`` (to an Excel workbook)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import (
    EXIT_OK,
    UserError,
    _counts,
    _output_file,
    _progress_printer,
    _sign_in,
)


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
