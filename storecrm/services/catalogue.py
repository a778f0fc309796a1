"""The store's catalogue (items and services with prices), card plans, and the staff list.

The owner and managers edit prices; cashiers only read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain import usual_items as usual
from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import MAX_AMOUNT_FEN, CardKind
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.services import audit
from storecrm.services.dto import CardPlanDraft, CardPlanInfo, ItemDraft, ItemInfo, StaffInfo

ITEM_KINDS = ("item", "service")
MEMBER_SALES = 1000  # more than a year of anyone's visits: the window is what limits them


def item_info(row: Mapping[str, Any]) -> ItemInfo:
    return ItemInfo(
        item_id=int(row["id"]),
        name=str(row["name"]),
        category=str(row["category"]),
        kind=str(row["kind"]),
        price_fen=int(row["price_fen"]),
        points_cost=None if row["points_cost"] is None else int(row["points_cost"]),
        discountable=bool(row["discountable"]),
        revisit_days=None if row["revisit_days"] is None else int(row["revisit_days"]),
        active=bool(row["active"]),
        duration_min=None if row["duration_min"] is None else int(row["duration_min"]),
    )


def plan_info(row: Mapping[str, Any]) -> CardPlanInfo:
    return CardPlanInfo(
        plan_id=int(row["id"]),
        name=str(row["name"]),
        kind=str(row["kind"]),
        sessions=None if row["sessions"] is None else int(row["sessions"]),
        price_fen=int(row["price_fen"]),
        valid_days=None if row["valid_days"] is None else int(row["valid_days"]),
        item_id=None if row["item_id"] is None else int(row["item_id"]),
        item_name=None if row["item_name"] is None else str(row["item_name"]),
        active=bool(row["active"]),
    )


def usual_items_for(uow: UnitOfWork, customer_id: int | None) -> tuple[ItemInfo, ...]:
    """The till's Alt+1…Alt+5 (the rule is in domain/usual_items.py): the member's usual
    items, or for a walk-in (``customer_id`` None) the store's best sellers."""
    now = clock.now()
    if customer_id is None:
        since, most = now - timedelta(days=usual.STORE_DAYS), usual.STORE_SALES
    else:
        since, most = now - timedelta(days=usual.MEMBER_DAYS), MEMBER_SALES
    visits = uow.sales.item_visits(customer_id, since, most)
    if not visits:
        return ()
    listed = {int(r["id"]): r for r in uow.catalogue.items()}
    return tuple(item_info(listed[i]) for i in usual.choose_usual(visits, list(listed)))


@reads
def best_sellers(uow: UnitOfWork, actor: Actor) -> tuple[ItemInfo, ...]:
    """The usual items of a walk-in: what the store sells most (no one's personal data)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale")
    return usual_items_for(uow, None)


@reads
def list_items(uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False) -> list[ItemInfo]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "catalogue_view")
    return [item_info(r) for r in uow.catalogue.items(include_inactive)]


def _check_optional(field: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        raise ValidationError(field, "range", low=low, high=high)


def save_item(uow: UnitOfWork, actor: Actor, draft: ItemDraft) -> ItemInfo:
    """Create (``item_id`` None) or change an item; names are unique."""
    audit.require(uow, actor, Permission.MANAGE_CATALOGUE, "catalogue_change")
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("name", "required")
    if len(name) > 64:
        raise ValidationError("name", "too_long", max=64)
    if draft.kind not in ITEM_KINDS:
        raise ValidationError("kind", "invalid")
    _check_optional("price", draft.price_fen, 0, MAX_AMOUNT_FEN)
    _check_optional("points_cost", draft.points_cost, 1, 10_000_000)
    _check_optional("revisit_days", draft.revisit_days, 1, 3650)
    _check_optional("duration_min", draft.duration_min, 5, 720)
    other = uow.catalogue.item_by_name(name)
    if other is not None and int(other["id"]) != draft.item_id:
        raise ValidationError("name", "taken")
    now = clock.now()
    values = {
        "name": name,
        "category": " ".join(draft.category.split())[:32],
        "kind": draft.kind,
        "price_fen": draft.price_fen,
        "points_cost": draft.points_cost,
        "discountable": draft.discountable,
        "revisit_days": draft.revisit_days,
        "duration_min": draft.duration_min,
        "active": draft.active,
        "updated_at": now,
    }
    if draft.item_id is None:
        item_id = uow.catalogue.insert_item(values | {"created_at": now})
        detail: dict[str, Any] = {"name": name, "price_fen": draft.price_fen}
    else:
        old = uow.catalogue.item(draft.item_id)
        item_id = draft.item_id
        uow.catalogue.update_item(item_id, values)
        detail = {"name": name}
        if int(old["price_fen"]) != draft.price_fen:
            detail |= {"price_from": int(old["price_fen"]), "price_to": draft.price_fen}
    audit.record(uow, actor, "catalogue_change", target=f"item:{item_id}", detail=detail)
    uow.commit()
    return item_info(uow.catalogue.item(item_id))


@reads
def list_card_plans(
    uow: UnitOfWork, actor: Actor, *, include_inactive: bool = False
) -> list[CardPlanInfo]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "catalogue_view")
    return [plan_info(r) for r in uow.catalogue.plans(include_inactive)]


def save_card_plan(uow: UnitOfWork, actor: Actor, draft: CardPlanDraft) -> CardPlanInfo:
    """A session card (次卡: n sessions) or a period card (期限卡: unlimited until expiry)."""
    audit.require(uow, actor, Permission.MANAGE_CATALOGUE, "catalogue_change")
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("name", "required")
    if draft.kind not in (CardKind.COUNT.value, CardKind.PERIOD.value):
        raise ValidationError("kind", "invalid")
    if draft.kind == CardKind.COUNT.value:
        if draft.sessions is None:
            raise ValidationError("sessions", "required")
        _check_optional("sessions", draft.sessions, 1, 1000)
    elif draft.valid_days is None:
        raise ValidationError("valid_days", "required")
    _check_optional("price", draft.price_fen, 0, MAX_AMOUNT_FEN)
    _check_optional("valid_days", draft.valid_days, 1, 3660)
    if draft.item_id is not None:
        uow.catalogue.item(draft.item_id)
    other = uow.catalogue.plan_by_name(name)
    if other is not None and int(other["id"]) != draft.plan_id:
        raise ValidationError("name", "taken")
    values = {
        "name": name,
        "kind": draft.kind,
        "sessions": draft.sessions if draft.kind == CardKind.COUNT.value else None,
        "price_fen": draft.price_fen,
        "valid_days": draft.valid_days,
        "item_id": draft.item_id,
        "active": draft.active,
    }
    detail: dict[str, Any] = {"name": name, "price_fen": draft.price_fen}
    if draft.plan_id is None:
        plan_id = uow.catalogue.insert_plan(values | {"created_at": clock.now()})
    else:
        old = uow.catalogue.plan(draft.plan_id)
        plan_id = draft.plan_id
        uow.catalogue.update_plan(plan_id, values)
        if int(old["price_fen"]) != draft.price_fen:
            detail |= {"price_from": int(old["price_fen"])}
    audit.record(uow, actor, "catalogue_change", target=f"card_plan:{plan_id}", detail=detail)
    uow.commit()
    return plan_info(uow.catalogue.plan(plan_id))


@reads
def list_staff(uow: UnitOfWork, actor: Actor) -> list[StaffInfo]:
    """Everyone who can be named as serving a sale: the store's active users."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "staff_view")
    return [
        StaffInfo(int(r["id"]), str(r["display_name"]), Role(str(r["role"])))
        for r in uow.users.all()
        if r["active"]
    ]


__all__ = [
    "best_sellers",
    "item_info",
    "list_card_plans",
    "list_items",
    "list_staff",
    "plan_info",
    "save_card_plan",
    "save_item",
    "usual_items_for",
]
