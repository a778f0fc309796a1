"""The till's settings that belong to the store: how much whole-order discount and rounding a
cashier or a manager may give without a manager's password (the owner sets them), and the
promotion the customer display shows while the till is idle.

Settings of one computer (its printer, cash drawer, customer display) are not the store's: they
live in the program's preferences on that computer (``gui/hardware_settings.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.errors import ValidationError
from storecrm.domain.order_adjust import AdjustLimit, AdjustLimits
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit

PROMOTION_MAX = 200
_KEYS = {
    "cashier_discount": "till_cashier_discount_permille",
    "cashier_rounding": "till_cashier_rounding_fen",
    "manager_discount": "till_manager_discount_permille",
    "manager_rounding": "till_manager_rounding_fen",
    "promotion": "till_promotion_text",
}


@dataclass(frozen=True, slots=True)
class TillSettings:
    limits: AdjustLimits = AdjustLimits()
    promotion_text: str = ""  # shown on the customer display between sales


def _int(values: dict[str, str], key: str, default: int) -> int:
    try:
        return int(values.get(_KEYS[key], default))
    except ValueError:
        return default


def load_till_settings(uow: UnitOfWork) -> TillSettings:
    values = uow.settings.all()
    default = AdjustLimits()
    limits = AdjustLimits(
        cashier=AdjustLimit(
            _int(values, "cashier_discount", default.cashier.discount_permille),
            _int(values, "cashier_rounding", default.cashier.rounding_fen),
        ),
        manager=AdjustLimit(
            _int(values, "manager_discount", default.manager.discount_permille),
            _int(values, "manager_rounding", default.manager.rounding_fen),
        ),
    )
    return TillSettings(limits, values.get(_KEYS["promotion"], ""))


@reads
def get_till_settings(uow: UnitOfWork, actor: Actor) -> TillSettings:
    """Anyone signed in reads them: the till prices with them, the display shows the text."""
    return load_till_settings(uow)


def set_till_settings(uow: UnitOfWork, actor: Actor, new: TillSettings) -> TillSettings:
    """The owner's limits and promotion text (audited with the old and new limits)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings_change")
    new.limits.check()
    text = new.promotion_text.strip()
    if len(text) > PROMOTION_MAX:
        raise ValidationError("promotion_text", "too_long", max=PROMOTION_MAX)
    old = load_till_settings(uow)
    values = {
        _KEYS["cashier_discount"]: str(new.limits.cashier.discount_permille),
        _KEYS["cashier_rounding"]: str(new.limits.cashier.rounding_fen),
        _KEYS["manager_discount"]: str(new.limits.manager.discount_permille),
        _KEYS["manager_rounding"]: str(new.limits.manager.rounding_fen),
        _KEYS["promotion"]: text,
    }
    current = uow.settings.all()
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    for key, value in changed.items():
        uow.settings.put(key, value, actor.user_id)
    if changed:
        detail: dict[str, object] = {"keys": sorted(changed)}
        if old.limits != new.limits:
            detail["limits_before"] = _limits_detail(old.limits)
            detail["limits_after"] = _limits_detail(new.limits)
        audit.record(uow, actor, "settings_change", detail=detail)
        uow.commit()
    return load_till_settings(uow)


def _limits_detail(limits: AdjustLimits) -> dict[str, int]:
    return {
        "cashier_discount_permille": limits.cashier.discount_permille,
        "cashier_rounding_fen": limits.cashier.rounding_fen,
        "manager_discount_permille": limits.manager.discount_permille,
        "manager_rounding_fen": limits.manager.rounding_fen,
    }


def open_drawer(uow: UnitOfWork, actor: Actor, reason: str = "") -> None:
    """The drawer opened without a sale (the owner's key at the till): allowed to the owner
    only, and always in the audit log, since cash can leave the drawer."""
    audit.require(uow, actor, Permission.OPEN_DRAWER, "drawer_open")
    audit.record(uow, actor, "drawer_open", detail={"reason": reason.strip()[:100]})
    uow.commit()


__all__ = [
    "TillSettings",
    "get_till_settings",
    "load_till_settings",
    "open_drawer",
    "set_till_settings",
]
