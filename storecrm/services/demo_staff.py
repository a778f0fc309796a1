"""The demo store's staff and commission: a roster with grades (the demo's stylist accounts
become staff with their accounts), two versions of a commission plan (a tiered plan, 指定 and
非指定 rates, a 70/30 split with assistants, a fixed amount for the shampoo assistant, card and
top-up commission), and who served each line of the generated history — customers keep to a
favourite stylist and often ask for them, assistants help on some services.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from storecrm.data.staff_repository import SaleToPost
from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.commission import (
    AssistantPay,
    Basis,
    LineStaff,
    RateTier,
    Role,
    Rule,
    Target,
    TierMode,
)
from storecrm.domain.roles import Actor
from storecrm.services.staff.plans import rule_values

# name, position, grade, account user name (None: no account), how much they serve (weight)
_SALON = (
    ("Tony老师", "发型师", "总监", "tony", 3),
    ("Amy老师", "发型师", "首席", "amy", 4),
    ("Kevin老师", "发型师", "高级", None, 5),
    ("Lily老师", "美容师", "高级", None, 3),
    ("小雅", "助理", "助理", None, 0),
    ("阿杰", "助理", "助理", None, 0),
    ("小李", "前台", "收银", "cashier", 0),
)
_GENERIC = (
    ("店员A", "店员", "高级", None, 3),
    ("店员B", "店员", "普通", None, 3),
)


class Served:
    """Who served each generated sale, (staff, 指定), kept as one 32-bit number a sale (the
    history's sale ids follow each other from ``first_id``): a 1,000,000-customer store's
    history has some six million tickets, which as a dict of tuples took over a gigabyte."""

    def __init__(self, first_id: int) -> None:
        self.first_id = first_id
        self.codes = array("i")  # staff id × 2 + 指定, or -1: nobody (a refund, no roster)

    def set(self, sale_id: int, serving: tuple[int, bool] | None) -> None:
        gap = sale_id - self.first_id - 1 - len(self.codes)
        if gap > 0:
            self.codes.extend([-1] * gap)
        code = -1 if serving is None else serving[0] * 2 + int(serving[1])
        self.codes.append(code)

    def get(self, sale_id: int) -> tuple[int, bool] | None:
        index = sale_id - self.first_id - 1
        if not 0 <= index < len(self.codes) or self.codes[index] < 0:
            return None
        code = self.codes[index]
        return code >> 1, bool(code & 1)


@dataclass
class DemoStaff:
    """Who serves in the demo history."""

    servers: list[tuple[int, int | None]] = field(default_factory=list)  # (staff, account)
    weights: list[int] = field(default_factory=list)
    assistants: list[int] = field(default_factory=list)
    front_desk: tuple[int, int | None] | None = None
    service_items: set[int] = field(default_factory=set)
    served: Served = field(default_factory=lambda: Served(0))  # sale → (staff, 指定)

    def pick(self, rng: random.Random) -> tuple[int, int | None]:
        return rng.choices(self.servers, self.weights)[0]


def ensure_demo_staff(uow: UnitOfWork, actor: Actor, start: date) -> DemoStaff:
    """The roster (made once) and a commission plan in force from ``start``."""
    business = uow.settings.get("business_type", "retail") or "retail"
    people = _SALON if business == "beauty" else _GENERIC
    now = clock.now()
    accounts = {str(u["username"]): int(u["id"]) for u in uow.users.all() if u["active"]}
    roster = {str(r["name"]): r for r in uow.staff.roster()}
    demo = DemoStaff()
    for number, (name, position, grade, username, weight) in enumerate(people, start=1):
        row = roster.get(name)
        user_id = accounts.get(username) if username else None
        if row is None:
            if user_id is not None and uow.staff.of_user(user_id) is not None:
                user_id = None
            staff_id = uow.staff.insert(
                {
                    "no": f"{number:03d}",
                    "name": name,
                    "position": position,
                    "grade": grade,
                    "phone": None,
                    "hired_on": start - timedelta(days=400 - 60 * number),
                    "active": True,
                    "user_id": user_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        else:
            staff_id, user_id = int(row["id"]), row["user_id"]
        if weight:
            demo.servers.append((staff_id, user_id))
            demo.weights.append(weight)
        elif grade == "助理":
            demo.assistants.append(staff_id)
        else:
            demo.front_desk = (staff_id, user_id)
    demo.service_items = {
        int(i["id"]) for i in uow.catalogue.items(include_inactive=True) if i["kind"] == "service"
    }
    if not uow.staff.plans():
        _demo_plans(uow, actor, start)
    return demo


def _demo_plans(uow: UnitOfWork, actor: Actor, start: date) -> None:
    """Version 1 from the first day of the history; version 2 (card sales pay more) from
    about halfway. Written directly: the demo's plans begin in the past, which the owner's
    editor never allows."""
    wash = uow.catalogue.item_by_name("洗剪吹")
    retail = "零售"
    tiers = (RateTier(0, 800), RateTier(5_000_000, 1000), RateTier(10_000_000, 1200))
    asked = (RateTier(0, 1000), RateTier(5_000_000, 1200), RateTier(10_000_000, 1500))

    def rules(card_rate: int) -> list[Rule]:
        found = [
            # 非指定 (轮牌): tiered on the month's consumption, the whole month at the tier reached
            Rule(
                0,
                Target.LINE,
                tiers=tiers,
                tier_mode=TierMode.WHOLE,
                main_permille=700,
                assistant_permille=300,
            ),  # fmt: skip
            # 指定: a higher, marginal ladder
            Rule(
                0,
                Target.LINE,
                requested=True,
                tiers=asked,
                tier_mode=TierMode.MARGINAL,
                main_permille=700,
                assistant_permille=300,
            ),  # fmt: skip
            # Assistants serving on their own: a flat 5 %
            Rule(0, Target.LINE, grade="助理", rate_bp=500),
            # Retail: 5 % of what was paid
            Rule(0, Target.LINE, category=retail, basis=Basis.CASH, rate_bp=500),
            Rule(0, Target.CARD, basis=Basis.CASH, rate_bp=card_rate),
            Rule(0, Target.TOP_UP, basis=Basis.CASH, rate_bp=200),
        ]
        if wash is not None:  # the shampoo assistant gets ¥3 a wash
            found.append(
                Rule(0, Target.LINE, item_id=int(wash["id"]), rate_bp=800,
                     assistant_pay=AssistantPay.FIXED, assistant_fixed_fen=300)
            )  # fmt: skip
        return found

    halfway = start + (clock.now().date() - start) / 2
    for effective, card_rate, note in (
        (start, 300, "开业方案"),
        (halfway, 500, "开卡提成提高到 5%"),
    ):
        uow.staff.insert_plan(
            {
                "effective_from": effective,
                "note": note,
                "created_at": datetime.combine(effective, time.min),
                "created_by": actor.user_id,
            },
            [rule_values(r) for r in rules(card_rate)],
        )


def assigner(demo: DemoStaff, seed: int) -> Any:
    """Who served each line of a generated ticket: the ticket's stylist as main staff (asked
    for when the customer keeps to them), an assistant on about a third of the services."""
    rng = random.Random(seed * 7919 + 17)

    def assign(ticket: SaleToPost) -> Sequence[tuple[LineStaff, ...]]:
        served = demo.served.get(ticket.sale_id)
        if served is None:
            return [() for _ in ticket.lines]
        staff_id, requested = served
        main = LineStaff(staff_id, Role.MAIN, requested)
        result: list[tuple[LineStaff, ...]] = []
        for line in ticket.lines:
            kind, item_id = line[1], line[2]
            service = kind == "session" or (kind == "item" and item_id in demo.service_items)
            if service and demo.assistants and rng.random() < 0.35:
                helper = LineStaff(rng.choice(demo.assistants), Role.ASSISTANT)
                result.append((main, helper))
            else:
                result.append((main,))
        return result

    return assign


__all__ = ["DemoStaff", "Served", "assigner", "ensure_demo_staff"]
