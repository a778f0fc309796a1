"""Demo data: realistic Chinese customers for trying the program and for benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from storecrm.data.schema import customers
from storecrm.data.uow import UnitOfWork
from storecrm.domain import demo_people
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.domain.store_profile import BusinessType
from storecrm.services import audit, session, users

CHUNK = 5000


def add_demo_customers(
    uow: UnitOfWork,
    actor: Actor,
    count: int,
    seed: int,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` generated customers in one transaction; returns how many were added.

    A generated phone that the store already has is left empty rather than duplicated.
    """
    audit.require(uow, actor, Permission.GENERATE_DEMO_DATA, "demo_data")
    business_type = uow.settings.get("business_type", "retail") or "retail"
    existing = {p for (p,) in uow.connection.execute(select(customers.c.phone)) if p is not None}
    people = demo_people.generate(
        count, seed, today=today or date.today(), business_type=business_type
    )
    batch: list[dict[str, object]] = []
    added = 0
    for person in people:
        phone: str | None = person.phone
        if phone in existing:
            phone = None
        batch.append(
            {
                "name": person.name,
                "phone": phone,
                "gender": person.gender,
                "birthday": person.birthday,
                "notes": person.notes,
                "created_at": person.created_at,
                "created_by": actor.user_id,
                "updated_at": person.created_at,
                "updated_by": actor.user_id,
            }
        )
        if len(batch) >= CHUNK:
            uow.customers.add_many(batch)
            added += len(batch)
            batch.clear()
            if progress:
                progress(added, count)
    uow.customers.add_many(batch)
    added += len(batch)
    if progress:
        progress(added, count)
    audit.record(uow, actor, "demo_data", detail={"customers": added, "seed": seed})
    uow.commit()
    return added


DEMO_STORE_NAME = "悦容美发沙龙（演示）"
DEMO_OWNER = "owner"
DEMO_CASHIER = "cashier"
DEMO_PASSWORD = "demo1234"
DEMO_CUSTOMERS = 2000


def create_demo_store(folder: Path, customers_count: int = DEMO_CUSTOMERS, seed: int = 1) -> str:
    """Create the demo store (a hair & beauty salon) with an owner, a cashier and customers.

    Returns the recovery code. The demo's accounts are stated in the README.
    """
    created = session.create_store(
        folder,
        store_name=DEMO_STORE_NAME,
        business_type=BusinessType.BEAUTY,
        owner_username=DEMO_OWNER,
        owner_display_name="王店长",
        owner_password=DEMO_PASSWORD,
    )
    ctx = created.context
    try:
        ctx.call(
            users.add_user,
            username=DEMO_CASHIER,
            display_name="小李",
            role=Role.CASHIER,
            password=DEMO_PASSWORD,
        )
        ctx.call(add_demo_customers, customers_count, seed)
    finally:
        ctx.sign_out()
    return created.recovery_code
