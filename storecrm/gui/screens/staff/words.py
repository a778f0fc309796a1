"""The staff screens' words for the rules' choices and figures (translated in one place)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.domain.commission import AssistantPay, Basis, Method, Role, Rule, Target, TierMode
from storecrm.gui.format import money


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffWords", text)


def target_name(target: Target) -> str:
    return {
        Target.LINE: tr("Services and goods"),
        Target.CARD: tr("Card sales"),
        Target.TOP_UP: tr("Top-ups"),
    }[target]


def basis_name(basis: Basis) -> str:
    return {Basis.CASH: tr("Cash performance"), Basis.CONSUMPTION: tr("Consumption")}[basis]


def method_name(method: Method) -> str:
    return {
        Method.PERCENT: tr("% of what was paid"),
        Method.PERCENT_LIST: tr("% of list price"),
        Method.FIXED: tr("Fixed per unit"),
    }[method]


def mode_name(mode: TierMode) -> str:
    return {TierMode.WHOLE: tr("Whole month"), TierMode.MARGINAL: tr("Marginal")}[mode]


def role_name(role: str) -> str:
    return tr("Main") if role == Role.MAIN.value else tr("Assistant")


def kind_name(kind: str) -> str:
    return {"line": tr("Sale"), "reversal": tr("Refund"), "tier": tr("Tier adjustment")}.get(
        kind, kind
    )


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
        return tr("Category %1").replace("%1", rule.category)
    return tr("Everything (store default)")


def requested_text(value: bool | None) -> str:
    return {None: tr("Either"), True: tr("Asked for (指定)"), False: tr("Assigned (非指定)")}[value]


def pay_text(rule: Rule) -> str:
    """What a rule pays, in one line: "10% of what was paid", "tiers 8% / 10% from ¥50,000
    (whole month)", "¥5.00 per unit"."""
    if rule.method is Method.FIXED:
        return tr("%1 per unit").replace("%1", money(rule.fixed_fen))
    of = tr("of list price") if rule.method is Method.PERCENT_LIST else tr("of what was paid")
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
            tr("Main %1 · assistant %2 a unit")
            .replace("%1", permille_text(rule.main_permille))
            .replace("%2", money(rule.assistant_fixed_fen))
        )
    if not rule.assistant_permille and rule.main_permille == 1000:
        return ""
    return f"{permille_text(rule.main_permille)} / {permille_text(rule.assistant_permille)}"
