"""``report``: the business report for a period, as a PDF, a workbook or a short summary."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storecrm.cli.common import (
    EXIT_OK,
    UserError,
    _output_file,
    _progress_printer,
    _report_day,
    _sign_in,
)


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
