"""Commission plans (提成方案): versions of the store's rules, each in force from its date.

A saved version is never changed (a trigger refuses it); the owner changes the plan by saving a
new version effective from today or a later day, so commission already posted is never
recomputed — the past stays as it was paid.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.commission import (
    AssistantPay,
    Basis,
    Method,
    Plan,
    RateTier,
    Rule,
    Target,
    TierMode,
    plan_in_force,
)
from storecrm.domain.errors import ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.staff.dto import PlanInfo

MAX_RULES = 500


def rule_of(row: Mapping[str, Any]) -> Rule:
    tiers = tuple(RateTier(int(a), int(b)) for a, b in json.loads(row["tiers"] or "[]"))
    return Rule(
        rule_id=int(row["id"]),
        target=Target(str(row["target"])),
        item_id=None if row["item_id"] is None else int(row["item_id"]),
        category=row["category"] or None,
        grade=row["grade"],
        requested=None if row["requested"] is None else bool(row["requested"]),
        basis=Basis(str(row["basis"])),
        method=Method(str(row["method"])),
        rate_bp=int(row["rate_bp"]),
        fixed_fen=int(row["fixed_fen"]),
        tiers=tiers,
        tier_mode=TierMode(str(row["tier_mode"])),
        main_permille=int(row["main_permille"]),
        assistant_pay=AssistantPay(str(row["assistant_pay"])),
        assistant_permille=int(row["assistant_permille"]),
        assistant_fixed_fen=int(row["assistant_fixed_fen"]),
        include_bonus=bool(row["include_bonus"]),
    )


def rule_values(rule: Rule) -> dict[str, Any]:
    return {
        "target": rule.target.value,
        "item_id": rule.item_id,
        "category": rule.category or None,
        "grade": rule.grade,
        "requested": rule.requested,
        "basis": rule.basis.value,
        "method": rule.method.value,
        "rate_bp": rule.rate_bp,
        "fixed_fen": rule.fixed_fen,
        "tiers": json.dumps([[t.from_fen, t.rate_bp] for t in rule.tiers]) if rule.tiers else "",
        "tier_mode": rule.tier_mode.value,
        "main_permille": rule.main_permille,
        "assistant_pay": rule.assistant_pay.value,
        "assistant_permille": rule.assistant_permille,
        "assistant_fixed_fen": rule.assistant_fixed_fen,
        "include_bonus": rule.include_bonus,
    }


def load_plans(uow: UnitOfWork) -> list[Plan]:
    """Every version with its rules (a store has a handful of versions of a few dozen rules)."""
    rules: dict[int, list[Rule]] = {}
    for row in uow.staff.rules():
        rules.setdefault(int(row["plan_id"]), []).append(rule_of(row))
    return [
        Plan(int(p["id"]), p["effective_from"], tuple(rules.get(int(p["id"]), ())), p["created_at"])
        for p in uow.staff.plans()
    ]


def _infos(uow: UnitOfWork) -> list[PlanInfo]:
    plans = uow.staff.plans()
    by_id = {p.plan_id: p for p in load_plans(uow)}
    current = plan_in_force(list(by_id.values()), clock.now())
    order = {int(p["id"]): n for n, p in enumerate(sorted(plans, key=lambda p: p["id"]), 1)}
    return [
        PlanInfo(
            plan_id=int(p["id"]),
            version=order[int(p["id"])],
            effective_from=p["effective_from"],
            note=str(p["note"]),
            created_at=p["created_at"],
            created_by_name=str(p["created_by_name"] or ""),
            rules=by_id[int(p["id"])].rules,
            in_force=current is not None and current.plan_id == int(p["id"]),
        )
        for p in plans
    ]


@reads
def list_plans(uow: UnitOfWork, actor: Actor) -> list[PlanInfo]:
    """Every version, oldest effective date first."""
    if not actor.can(Permission.MANAGE_COMMISSION):
        audit.require(uow, actor, Permission.VIEW_STAFF_FIGURES, "commission_view")
    return _infos(uow)


@reads
def current_plan(uow: UnitOfWork, actor: Actor) -> PlanInfo | None:
    """The version the editor starts from: the latest saved one (it may start in future)."""
    plans = list_plans(uow, actor)
    return max(plans, key=lambda p: (p.effective_from, p.plan_id)) if plans else None


def save_plan(
    uow: UnitOfWork,
    actor: Actor,
    effective_from: date,
    rules: Sequence[Rule],
    note: str = "",
) -> PlanInfo:
    """Save a new version of the plan, in force from ``effective_from`` (today or later)."""
    audit.require(uow, actor, Permission.MANAGE_COMMISSION, "commission_plan_change")
    today = clock.now().date()
    if effective_from < today:
        raise ValidationError("effective_from", "in_past")
    if len(rules) > MAX_RULES:
        raise ValidationError("rules", "too_many", max=MAX_RULES)
    Plan(0, effective_from, tuple(rules)).check()
    for rule in rules:
        if rule.item_id is not None:
            uow.catalogue.item(rule.item_id)
    plan_id = uow.staff.insert_plan(
        {
            "effective_from": effective_from,
            "note": note.strip()[:500],
            "created_at": clock.now(),
            "created_by": actor.user_id,
        },
        [rule_values(r) for r in rules],
    )
    audit.record(
        uow,
        actor,
        "commission_plan_change",
        target=f"commission_plan:{plan_id}",
        detail={"effective_from": effective_from.isoformat(), "rules": len(rules)},
    )
    uow.commit()
    return next(p for p in _infos(uow) if p.plan_id == plan_id)


__all__ = ["current_plan", "list_plans", "load_plans", "rule_of", "rule_values", "save_plan"]
