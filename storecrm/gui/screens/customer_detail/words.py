"""How the profile reads: its membership rows (tier, stored value, points, each card),
the birthday with the next one, the source with the referrer's link, a ledger figure.
The strings keep the panel's translation context ("CustomerDetailPanel")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.gui.format import date_text, money
from storecrm.gui.names import discount_text, source_name
from storecrm.gui.screens.membership_screen.words import multiplier_text
from storecrm.services.dto import CardBalance, CustomerDetail, MemberSummary

GREY = "#9CA3AF"
MEMBER_ROWS = ("tier", "stored_value", "points", "cards")


def member_texts(summary: MemberSummary | None) -> dict[str, str]:
    """The membership rows of the profile: tier, stored value, points, cards ("" hides)."""
    s = summary
    if s is None:
        return dict.fromkeys(MEMBER_ROWS, "")
    b = s.balances
    tier = ""
    if s.tier_name:
        tier = " · ".join(
            (
                s.tier_name,
                discount_text(s.discount_permille),
                QCoreApplication.translate("CustomerDetailPanel", "points %1").replace(
                    "%1", multiplier_text(s.points_permille)
                ),
            )
        )
    stored = ""
    if b.principal_fen or b.bonus_fen:
        stored = (
            QCoreApplication.translate("CustomerDetailPanel", "%1 (principal %2 + bonus %3)")
            .replace("%1", money(b.balance_fen))
            .replace("%2", money(b.principal_fen))
            .replace("%3", money(b.bonus_fen))
        )
    points = ""
    if b.points or s.points_expiring:
        points = f"{b.points:,}"
        if s.points_expiring and s.points_expire_on is not None:
            points += " · " + (
                QCoreApplication.translate("CustomerDetailPanel", "%1 lapse on %2")
                .replace("%1", f"{s.points_expiring:,}")
                .replace("%2", date_text(s.points_expire_on))
            )
    cards = sorted(b.cards, key=lambda card: not card.usable)  # usable ones first
    return {
        "tier": tier,
        "stored_value": stored,
        "points": points,
        "cards": "<br>".join(card_html(card) for card in cards),
    }


def card_html(card: CardBalance) -> str:
    if card.status == "refunded":
        state = QCoreApplication.translate("CustomerDetailPanel", "refunded")
    elif card.status == "expired":
        state = QCoreApplication.translate("CustomerDetailPanel", "expired on %1").replace(
            "%1", date_text(card.expires_on)
        )
    else:
        if card.kind == "count":
            state = (
                QCoreApplication.translate("CustomerDetailPanel", "%1 / %2 left")
                .replace("%1", str(card.sessions_left or 0))
                .replace("%2", str(card.sessions_total or 0))
            )
        else:
            state = QCoreApplication.translate("CustomerDetailPanel", "unlimited visits")
        if card.status == "used_up":
            state += " · " + QCoreApplication.translate("CustomerDetailPanel", "used up")
        elif card.expires_on is not None:
            state += " · " + QCoreApplication.translate("CustomerDetailPanel", "until %1").replace(
                "%1", date_text(card.expires_on)
            )
    if card.usable:
        return f"<b>{escape(card.name)}</b>&nbsp;&nbsp;{escape(state)}"
    return f"<span style='color:{GREY}'>{escape(card.name)}&nbsp;&nbsp;{escape(state)}</span>"


def source_html(c: CustomerDetail) -> str:
    text = source_name(c.source)
    if c.referrer_id is not None and c.referrer_name:
        link = f'<a href="customer:{c.referrer_id}">{escape(c.referrer_name)}</a>'
        return f"{escape(text)} · {link}"
    return escape(text)


def ledger_amount(account: str, value: int, signed: bool = False) -> str:
    """A ledger figure: money for stored value, a count for points and sessions."""
    text = money(value) if account in ("principal", "bonus") else f"{value:,}"
    return f"+{text}" if signed and value > 0 else text


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
