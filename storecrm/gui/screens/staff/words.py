"""The staff screens' words for the rules' choices and figures (translated in one place)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.domain.commission import AssistantPay, Basis, Method, Role, Rule, Target, TierMode
from storecrm.gui.format import money


def target_name(target: Target) -> str:
    return {
        Target.LINE: QCoreApplication.translate("StaffWords", "Services and goods"),
        Target.CARD: QCoreApplication.translate("StaffWords", "Card sales"),
        Target.TOP_UP: QCoreApplication.translate("StaffWords", "Top-ups"),
    }[target]


def basis_name(basis: Basis) -> str:
    return {
        Basis.CASH: QCoreApplication.translate("StaffWords", "Cash performance"),
        Basis.CONSUMPTION: QCoreApplication.translate("StaffWords", "Consumption"),
    }[basis]


def method_name(method: Method) -> str:
    return {
        Method.PERCENT: QCoreApplication.translate("StaffWords", "% of what was paid"),
        Method.PERCENT_LIST: QCoreApplication.translate("StaffWords", "% of list price"),
        Method.FIXED: QCoreApplication.translate("StaffWords", "Fixed per unit"),
    }[method]


def mode_name(mode: TierMode) -> str:
    return {
        TierMode.WHOLE: QCoreApplication.translate("StaffWords", "Whole month"),
        TierMode.MARGINAL: QCoreApplication.translate("StaffWords", "Marginal"),
    }[mode]


def role_name(role: str) -> str:
    return (
        QCoreApplication.translate("StaffWords", "Main")
        if role == Role.MAIN.value
        else QCoreApplication.translate("StaffWords", "Assistant")
    )


def kind_name(kind: str) -> str:
    return {
        "line": QCoreApplication.translate("StaffWords", "Sale"),
        "reversal": QCoreApplication.translate("StaffWords", "Refund"),
        "tier": QCoreApplication.translate("StaffWords", "Tier adjustment"),
    }.get(kind, kind)


def rate_text(rate_bp: int | None) -> str:
    """1250 bp → "12.5%"."""
    if rate_bp is None:
        return ""
    whole, part = divmod(rate_bp, 100)
    return f"{whole}%" if not part else f"{whole}.{part:02d}".rstrip("0") + "%"


def permille_text(value: int | None) -> str:
    if value is None:
        return "—"
    whole, part = divmod(value, 10)
    return f"{whole}.{part}%"


def scope_text(rule: Rule, item_names: dict[int, str]) -> str:
    if rule.item_id is not None:
        return item_names.get(rule.item_id, f"#{rule.item_id}")
    if rule.category:
        return QCoreApplication.translate("StaffWords", "Category %1").replace("%1", rule.category)
    return QCoreApplication.translate("StaffWords", "Everything (store default)")


def requested_text(value: bool | None) -> str:
    return {
        None: QCoreApplication.translate("StaffWords", "Either"),
        True: QCoreApplication.translate("StaffWords", "Asked for (指定)"),
        False: QCoreApplication.translate("StaffWords", "Assigned (非指定)"),
    }[value]


def pay_text(rule: Rule) -> str:
    """What a rule pays, in one line: "10% of what was paid", "tiers 8% / 10% from ¥50,000
    (whole month)", "¥5.00 per unit"."""
    if rule.method is Method.FIXED:
        return QCoreApplication.translate("StaffWords", "%1 per unit").replace(
            "%1", money(rule.fixed_fen)
        )
    of = (
        QCoreApplication.translate("StaffWords", "of list price")
        if rule.method is Method.PERCENT_LIST
        else QCoreApplication.translate("StaffWords", "of what was paid")
    )
    if not rule.tiers:
        return f"{rate_text(rule.rate_bp)} {of}"
    steps = " / ".join(
        rate_text(t.rate_bp) if not t.from_fen else f"{rate_text(t.rate_bp)} ≥{money(t.from_fen)}"
        for t in rule.tiers
    )
    return f"{steps} {of} ({mode_name(rule.tier_mode)})"


def split_text(rule: Rule) -> str:
    if rule.assistant_pay is AssistantPay.FIXED:
        return (
            QCoreApplication.translate("StaffWords", "Main %1 · assistant %2 a unit")
            .replace("%1", permille_text(rule.main_permille))
            .replace("%2", money(rule.assistant_fixed_fen))
        )
    if not rule.assistant_permille and rule.main_permille == 1000:
        return ""
    return f"{permille_text(rule.main_permille)} / {permille_text(rule.assistant_permille)}"
