"""The payroll's words in the user's language (``reports/payroll_labels.DEFAULT_LABELS``,
marked for lupdate in the "Payroll" context), for the screens and the CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.reports.payroll_labels import DEFAULT_LABELS


def payroll_labels() -> dict[str, str]:
    return {
        key: QCoreApplication.translate("Payroll", source) for key, source in DEFAULT_LABELS.items()
    }


__all__ = ["payroll_labels"]
