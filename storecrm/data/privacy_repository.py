"""SQL for personal-data rights: the consent history, erasing a person, the customers proposed
for erasure, and the audit entries of personal-data access."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    RowMapping,
    and_,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)

from storecrm.data.rows import stored
from storecrm.data.schema import (
    appointments,
    audit_log,
    consent_events,
    customer_cards,
    customer_erasures,
    customer_events,
    customer_grams,
    customer_keys,
    customer_search,
    customer_tags,
    customers,
    followups,
    reminder_actions,
    sales,
    service_records,
    users,
)
from storecrm.domain.customer import name_sort_key

ERASED_SUBJECT = "—"  # a follow-up's title or a service record's subject after an erasure


class PrivacyRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- consent -----------------------------------------------------------------------------
    def add_consents(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Append consent events (customer_id, at, given, source, channel, recorded_at,
        user_id); the caller moves ``customers.marketing_consent`` in the same transaction."""
        if rows:
            self.conn.exec_driver_sql(
                "INSERT INTO consent_events (customer_id, at, given, source, channel, "
                "recorded_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r["customer_id"],
                        stored(r["at"]),
                        int(bool(r["given"])),
                        r["source"],
                        r.get("channel"),
                        stored(r["recorded_at"]),
                        r["user_id"],
                    )
                    for r in rows
                ],
            )

    def consent_history(self, customer_id: int) -> Sequence[RowMapping]:
        query = (
            select(consent_events, users.c.display_name)
            .outerjoin(users, users.c.id == consent_events.c.user_id)
            .where(consent_events.c.customer_id == customer_id)
            .order_by(consent_events.c.id)
        )
        return self.conn.execute(query).mappings().all()

    # -- erasure -----------------------------------------------------------------------------
    def erase(
        self, customer_id: int, profile: Mapping[str, Any], at: datetime, user_id: int | None
    ) -> None:
        """Overwrite the person's data in every table that may hold it. Sales, their lines
        and payments, the ledger and the cards stay (the books must still add up); the free
        text people typed about the customer is cleared."""
        # First: the sales' trigger lets a note be cleared only for an erased customer.
        self.conn.execute(
            insert(customer_erasures).values(customer_id=customer_id, at=at, user_id=user_id)
        )
        row = dict(profile) | {"phone_rev": None, "updated_at": at}
        row["name_sort"] = name_sort_key(str(profile["name"]))
        row["updated_by"] = user_id
        self.conn.execute(
            update(customers)
            .where(customers.c.id == customer_id)
            .values(
                **row,
                archived_at=func.coalesce(customers.c.archived_at, at),
                archived_by=func.coalesce(customers.c.archived_by, user_id),
            )
        )
        self.conn.execute(
            update(customer_search)
            .where(customer_search.c.customer_id == customer_id)
            .values(name=str(profile["name"]), archived=True)
        )
        for table in (customer_keys, customer_grams, customer_tags):
            self.conn.execute(delete(table).where(table.c.customer_id == customer_id))
        # Others this person referred keep their referral, to the erased record.
        self.conn.execute(
            update(customer_events)
            .where(customer_events.c.customer_id == customer_id)
            .values(text="")
        )
        self.conn.execute(
            update(reminder_actions)
            .where(reminder_actions.c.customer_id == customer_id)
            .values(note="")
        )
        self.conn.execute(
            update(followups)
            .where(followups.c.customer_id == customer_id)
            .values(title=ERASED_SUBJECT, note="")
        )
        self.conn.execute(
            update(service_records)
            .where(service_records.c.customer_id == customer_id)
            .values(subject=ERASED_SUBJECT, detail="", resolution="")
        )
        # an appointment's note and cancel reason (its times stay: the roster's history)
        self.conn.execute(
            update(appointments)
            .where(appointments.c.customer_id == customer_id)
            .values(note="", reason="")
        )
        # The one column of a sale that may change, and only now (see migration 0009).
        self.conn.execute(
            update(sales)
            .where(and_(sales.c.customer_id == customer_id, sales.c.note != ""))
            .values(note="")
        )

    def merged_into(self, customer_id: int) -> list[int]:
        """The duplicate records that were merged into this customer (the same person)."""
        query = select(customers.c.id).where(customers.c.merged_into_id == customer_id)
        return [int(i) for i in self.conn.execute(query).scalars()]

    def erased(self, customer_ids: Iterable[int]) -> set[int]:
        wanted = list(set(customer_ids))
        found: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                int(i)
                for i in self.conn.execute(
                    select(customer_erasures.c.customer_id).where(
                        customer_erasures.c.customer_id.in_(chunk)
                    )
                ).scalars()
            )
        return found

    def last_erasure_at(self) -> datetime | None:
        value = self.conn.execute(select(func.max(customer_erasures.c.at))).scalar_one()
        return value if value is None or isinstance(value, datetime) else None

    def erasure_count(self) -> int:
        return int(
            self.conn.execute(select(func.count()).select_from(customer_erasures)).scalar_one()
        )

    # -- retention -----------------------------------------------------------------------------
    def dormant(self, before: datetime, today: date, limit: int) -> Sequence[RowMapping]:
        """Customers not erased, with nothing owed to them (stored value, points, sessions
        left, a period card still valid) and no visit, sale of any kind, change, note, contact,
        task or service record since ``before``; the longest-quiet first."""
        c = customers.c
        last = func.max(
            c.created_at, c.updated_at, func.coalesce(c.last_visit_at, c.created_at)
        ).label("last_activity")
        owed_card = exists().where(
            and_(
                customer_cards.c.customer_id == c.id,
                customer_cards.c.status == "active",
                or_(
                    and_(customer_cards.c.kind == "count", customer_cards.c.sessions_left > 0),
                    and_(
                        customer_cards.c.kind == "period",
                        or_(
                            customer_cards.c.expires_on.is_(None),
                            customer_cards.c.expires_on >= today,
                        ),
                    ),
                ),
            )
        )
        recent = [
            exists().where(and_(sales.c.customer_id == c.id, sales.c.at >= before)),
            exists().where(
                and_(customer_events.c.customer_id == c.id, customer_events.c.at >= before)
            ),
            exists().where(
                and_(reminder_actions.c.customer_id == c.id, reminder_actions.c.at >= before)
            ),
            exists().where(
                and_(
                    followups.c.customer_id == c.id,
                    or_(followups.c.status == "open", followups.c.created_at >= before),
                )
            ),
            exists().where(
                and_(
                    service_records.c.customer_id == c.id,
                    or_(
                        service_records.c.status != "resolved",
                        service_records.c.updated_at >= before,
                    ),
                )
            ),
            exists().where(customer_erasures.c.customer_id == c.id),
        ]
        query = (
            select(
                c.id,
                c.name,
                c.phone,
                c.created_at,
                c.last_visit_at,
                c.visit_count,
                c.archived_at,
                last,
            )
            .where(
                and_(
                    c.balance_fen == 0,
                    c.points == 0,
                    c.created_at < before,
                    c.updated_at < before,
                    or_(c.last_visit_at.is_(None), c.last_visit_at < before),
                    ~owed_card,
                    *(~condition for condition in recent),
                )
            )
            .order_by(last, c.id)
            .limit(limit)
        )
        return self.conn.execute(query).mappings().all()

    # -- access log ----------------------------------------------------------------------------
    def audit_entries(
        self, actions: Sequence[str], user_id: int | None, limit: int
    ) -> Sequence[RowMapping]:
        query = (
            select(audit_log)
            .where(audit_log.c.action.in_(list(actions)))
            .order_by(audit_log.c.id.desc())
            .limit(limit)
        )
        if user_id is not None:
            query = query.where(audit_log.c.user_id == user_id)
        return self.conn.execute(query).mappings().all()
