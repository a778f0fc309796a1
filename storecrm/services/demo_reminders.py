"""Demo reminder history: contacts over the past months (what the reports count as the
reminders' effect), follow-up tasks and service records, so the demo store's Reminders and
Reports screens show a store that has been using them."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select

from storecrm.data.schema import customers, users
from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit

_NOTES = (
    "约了周六下午",
    "说最近忙，下周再联系",
    "已发微信祝福",
    "很满意上次的服务",
    "考虑续卡",
    "",
)
_TASKS = ("回访烫发效果", "提醒续次卡", "确认周末预约", "询问护理后感受")
_SERVICES = (
    ("complaint", "染发颜色不均匀", "希望免费补染", "已免费补染，顾客满意", 4),
    ("request", "预约周六上午 Tony 老师", "", "已安排", 5),
    ("feedback", "建议增加晚间营业时间", "", "", None),
    ("complaint", "等候时间太长", "周日下午等了四十分钟", "", None),
    ("request", "想了解头皮护理套餐", "", "", None),
)


def add_demo_reminders(uow: UnitOfWork, actor: Actor, seed: int = 1, days: int = 180) -> int:
    """Contacts on about one customer in twenty over ``days``; tasks and service records.
    Returns the number of contacts written."""
    audit.require(uow, actor, Permission.GENERATE_DEMO_DATA, "demo_data")
    rng = random.Random(seed * 7919)
    now = clock.now()
    ids = [
        int(r[0])
        for r in uow.connection.execute(
            select(customers.c.id).where(customers.c.archived_at.is_(None))
        )
    ]
    staff = [
        int(r[0])
        for r in uow.connection.execute(
            select(users.c.id).where(users.c.active.is_(True)).order_by(users.c.id)
        )
    ]
    if not ids:
        return 0
    written = 0
    for cid in rng.sample(ids, max(1, len(ids) // 20)):
        day = (now - timedelta(days=rng.randint(1, days))).date()
        at = datetime.combine(day, time(rng.randint(10, 20), rng.randint(0, 59)))
        uow.reminders.add_action(
            {
                "customer_id": cid,
                "kind": rng.choice(
                    (
                        "return_visit",
                        "return_visit",
                        "birthday",
                        "dormant",
                        "balance_low",
                        "card_expiring",
                    )
                ),
                "ref": day.isoformat(),
                "action": "contacted",
                "channel": rng.choice(("phone", "wechat", "wechat", "sms", "in_store")),
                "note": rng.choice(_NOTES),
                "snooze_until": None,
                "at": at,
                "user_id": rng.choice(staff) if staff else actor.user_id,
            }
        )
        written += 1
    today = now.date()
    for n, title in enumerate(_TASKS):
        uow.reminders.add_followup(
            {
                "customer_id": rng.choice(ids),
                "title": title,
                "note": "",
                "due_on": today + timedelta(days=n - 2),
                "assignee_id": staff[n % len(staff)] if staff else None,
                "status": "open",
                "created_at": now - timedelta(days=3),
                "created_by": actor.user_id,
            }
        )
    for n, (kind, subject, detail, resolution, score) in enumerate(_SERVICES):
        created = now - timedelta(days=10 - n)
        uow.reminders.add_service_record(
            {
                "customer_id": rng.choice(ids),
                "type": kind,
                "subject": subject,
                "detail": detail,
                "status": "resolved" if resolution else ("in_progress" if n == 3 else "open"),
                "assignee_id": staff[n % len(staff)] if staff else None,
                "due_on": today + timedelta(days=n - 3),
                "resolution": resolution,
                "satisfaction": score,
                "created_at": created,
                "created_by": actor.user_id,
                "updated_at": created,
                "resolved_at": created + timedelta(days=1) if resolution else None,
            }
        )
    uow.commit()
    return written
