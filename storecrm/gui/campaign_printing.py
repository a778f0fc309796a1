"""The campaign results' words in the user's language (``reports/campaign_labels``, marked
for lupdate in the "Campaigns" context), for the screens and the CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.reports.campaign_labels import DEFAULT_LABELS


def campaign_labels() -> dict[str, str]:
    return {
        key: QCoreApplication.translate("Campaigns", source)
        for key, source in DEFAULT_LABELS.items()
    }


__all__ = ["campaign_labels"]
