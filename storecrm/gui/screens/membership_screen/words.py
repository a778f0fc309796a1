"""How membership figures read: multipliers, whole yuan, upgrade and bonus rules, card
validity in its plural forms, the names of item and card kinds, active and yes/no."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject

from storecrm.domain.membership import PERMILLE, CardKind, TopUpBonus
from storecrm.gui.format import money

DAYS_PER_MONTH = 30
DAYS_PER_YEAR = 365


def _plain(value: Decimal) -> str:
    """8.80 → "8.8", 9.0 → "9", 10 → "10" (never "1E+1")."""
    return format(value.normalize(), "f")


def multiplier_text(permille: int) -> str:
    """1500 → "×1.5" (points earned one and a half times)."""
    return "×" + _plain(Decimal(permille) / PERMILLE)


def yuan(fen: int) -> str:
    """Whole yuan without the fen (¥500), other amounts as money (¥88.50)."""
    return money(fen).removesuffix(".00")


def upgrade_text(spend_fen: int | None, top_up_fen: int | None) -> str:
    parts = []
    if spend_fen is not None:
        parts.append(
            QCoreApplication.translate("Membership", "cumulative spend ≥ %1").replace(
                "%1", yuan(spend_fen)
            )
        )
    if top_up_fen is not None:
        parts.append(
            QCoreApplication.translate("Membership", "single top-up ≥ %1").replace(
                "%1", yuan(top_up_fen)
            )
        )
    if not parts:
        return QCoreApplication.translate("Membership", "Set by hand only")
    return QCoreApplication.translate("Membership", " or ", "between two upgrade rules").join(parts)


def bonus_rule_text(bonus: TopUpBonus) -> str:
    """充 ¥500 送 ¥50."""
    return (
        QCoreApplication.translate("Membership", "Top up %1, get %2 free")
        .replace("%1", yuan(bonus.min_fen))
        .replace("%2", yuan(bonus.bonus_fen))
    )


class Membership(QObject):
    """Card validity in its plural forms ("1 month", "2 months"); lupdate reads plural forms
    only from tr() inside a class, whose name is their context."""

    def years(self, n: int) -> str:
        return self.tr("%n year(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


def validity_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("Membership", "No expiry")
    words = Membership()
    if days % DAYS_PER_YEAR == 0:
        return words.years(days // DAYS_PER_YEAR)
    if days % DAYS_PER_MONTH == 0:
        return words.months(days // DAYS_PER_MONTH)
    return words.days(days)


def item_kind_name(kind: str) -> str:
    names = {
        "item": QCoreApplication.translate("Membership", "Product"),
        "service": QCoreApplication.translate("Membership", "Service"),
    }
    return names.get(kind, kind)


def card_kind_name(kind: str) -> str:
    names = {
        CardKind.COUNT.value: QCoreApplication.translate("Membership", "Session card"),
        CardKind.PERIOD.value: QCoreApplication.translate("Membership", "Period card"),
    }
    return names.get(kind, kind)


def active_text(active: bool) -> str:
    if active:
        return QCoreApplication.translate("Membership", "Active")
    return QCoreApplication.translate("Membership", "Inactive")


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Membership", "Yes")
    return QCoreApplication.translate("Membership", "No")
