"""Queries behind the reminders: who is due, what was done about it, follow-up tasks, service
records and message templates.

Each candidate query narrows the customers with an index or a cheap scan of ``customers`` and
returns the customer's key facts with the reason; the exact due-date rules are applied by
:mod:`storecrm.domain.reminders` in the service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from storecrm.data.rows import (
    ActionTaken,
    CycleItem,
    FollowupDetail,
    LastAction,
    ServiceRecordDetail,
    TemplateRow,
    new_id,
    row_as,
    rows_as,
)
from storecrm.data.schema import (
    catalogue_items,
    customer_cards,
    customers,
    followups,
    item_last,
    message_templates,
    reminder_actions,
    service_records,
    users,
)
from storecrm.domain.errors import NotFound

Row = Mapping[str, Any]

ITEM_LAST_THROUGH = "item_last_through"  # a store setting: the last sale id counted in item_last
#: A sale brings ``item_last`` up to date in its own transaction when at most this many sale
#: ids are uncounted (normally one: itself).
KEEP_UP_AT_MOST = 200

_LIVE = customers.c.archived_at.is_(None)


# The candidate queries give tens of thousands of rows on a big store, so they are plain SQL
# read as plain tuples: no type processing, no mapping per row. Every candidate row starts with
# the customer's key facts in this order, then the query's own columns (from REASON on). Times
# and days come back as the stored text ('2026-11-23 10:30:00.000000', '2026-11-23').
(
    CUSTOMER_ID,
    NAME,
    PHONE,
    LAST_VISIT_AT,
    VISIT_COUNT,
    BALANCE_FEN,
    POINTS,
    CONSENT,
) = range(8)
REASON = 8
Candidate = tuple[Any, ...]
_FACTS_SQL = (
    "c.id, c.name, c.phone, c.last_visit_at, c.visit_count, c.balance_fen, c.points, "
    "c.marketing_consent"
)
_BIRTHDAY_SQL = (
    "c.birthday_calendar, c.birthday_year, c.birthday_month, c.birthday_day, c.birthday_leap"
)
_CARD_SQL = "k.id, k.name, k.kind, k.sessions_left, k.expires_on"


def _text_day(d: date) -> str:
    return f"{d.isoformat()} 00:00:00.000000"


def _raw(conn: Connection, sql: str, params: Sequence[Any]) -> list[Candidate]:
    """Plain tuples straight from the DB-API cursor of this unit's connection."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _by_id(conn: Connection, sql: str, ids: Iterable[int]) -> dict[int, Candidate]:
    """Rows of ``sql`` (ending in ``c.id IN``) for ``ids``, by customer id, in chunks."""
    wanted = sorted(set(ids))
    found: dict[int, Candidate] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        marks = ", ".join("?" for _ in chunk)
        for row in _raw(conn, f"{sql} ({marks})", chunk):
            found[row[CUSTOMER_ID]] = row
    return found


class ReminderRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- candidates: rows of (key facts…, reason…) ------------------------------------------------
    def birthdays(
        self, solar: Iterable[tuple[int, int]], lunar: Iterable[tuple[int, int]]
    ) -> list[Candidate]:
        """Live customers born on one of these solar or lunar month/days; reason: the birthday
        fields (calendar, year, month, day, leap)."""
        keys = sorted(
            [(m, d, "solar") for m, d in set(solar)] + [(m, d, "lunar") for m, d in set(lunar)]
        )
        if not keys:
            return []
        values = ", ".join("(?, ?, ?)" for _ in keys)
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, {_BIRTHDAY_SQL} FROM customers c WHERE c.archived_at IS NULL "
            "AND (c.birthday_month, c.birthday_day, c.birthday_calendar) "
            f"IN (VALUES {values})",
            [value for key in keys for value in key],
        )

    def birthday_facts(self, customer_ids: Iterable[int]) -> dict[int, Candidate]:
        """The same rows as :meth:`birthdays` for these live customers, by id (snoozed
        birthdays, and the facts a message's placeholders stand for)."""
        return _by_id(
            self.conn,
            f"SELECT {_FACTS_SQL}, {_BIRTHDAY_SQL} FROM customers c "
            "WHERE c.archived_at IS NULL AND c.id IN",
            customer_ids,
        )

    def anniversaries(self, month_days: Iterable[str], joined_before: date) -> list[Candidate]:
        """Live customers who joined on one of these 'MM-DD' before ``joined_before``; reason:
        created_at."""
        keys = sorted(month_days)
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, c.created_at FROM customers c WHERE c.archived_at IS NULL "
            f"AND c.joined_md IN ({marks}) AND c.created_at < ?",
            [*keys, _text_day(joined_before)],
        )

    def returns_due(
        self, visited_from: date, min_visits: int, due_from: date, due_to: date
    ) -> list[Candidate]:
        """Customers with ``min_visits`` visits or more, last seen on or after ``visited_from``,
        whose return by their average interval (the generated, indexed ``return_due``) falls
        on ``due_from`` … ``due_to``; reason: return_due."""
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, c.return_due FROM customers c "
            "WHERE c.archived_at IS NULL AND c.return_due BETWEEN ? AND ? "
            "AND c.last_visit_at >= ? AND c.visit_count >= ?",
            (due_from.isoformat(), due_to.isoformat(), _text_day(visited_from), max(2, min_visits)),
        )

    def cycle_items(self) -> list[CycleItem]:
        statement = select(
            catalogue_items.c.id, catalogue_items.c.name, catalogue_items.c.revisit_days
        ).where(catalogue_items.c.revisit_days.is_not(None))
        return rows_as(CycleItem, self.conn.execute(statement))

    def item_last_behind(self, through_key: str = ITEM_LAST_THROUGH) -> int:
        """How many sale ids ``item_last`` has not counted yet (0: up to date)."""
        done, newest = self._item_last_span(through_key)
        return max(0, newest - done)

    def _item_last_span(self, through_key: str) -> tuple[int, int]:
        """(the last sale id counted, the newest sale id): one plain query, as every sale
        asks (:meth:`keep_item_last`)."""
        done, newest = _raw(
            self.conn,
            "SELECT (SELECT value FROM store_settings WHERE key = ?), (SELECT max(id) FROM sales)",
            (through_key,),
        )[0]
        return (int(done) if done else 0), int(newest or 0)

    def catch_up_item_last(
        self, through_key: str = ITEM_LAST_THROUGH, *, at_most: int | None = None
    ) -> int:
        """Bring ``item_last`` up to date with the sales recorded since the last call (the
        next ``at_most`` sale ids of them at most); returns the number of sale ids read.
        Sales are append-only, so counting those after the last id seen is exact; a merge
        recounts the customers involved (:meth:`recount_item_last`). A write: the writer's."""
        done, newest = self._item_last_span(through_key)
        if at_most is not None:
            newest = min(newest, done + at_most)
        if newest <= done:
            return 0
        self._count_item_last(through_key, done, newest)
        return newest - done

    def _count_item_last(self, through_key: str, done: int, newest: int) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO item_last (customer_id, item_id, last_at) "
            "SELECT s.customer_id, l.item_id, max(s.at) FROM sales s "
            "JOIN sale_lines l ON l.sale_id = s.id "
            "WHERE s.id > ? AND s.id <= ? AND s.kind = 'sale' AND s.customer_id IS NOT NULL "
            "AND l.item_id IS NOT NULL AND l.qty > 0 GROUP BY s.customer_id, l.item_id "
            "ON CONFLICT (customer_id, item_id) DO UPDATE "
            "SET last_at = max(last_at, excluded.last_at)",
            (done, newest),
        )
        self.conn.exec_driver_sql(
            "INSERT INTO store_settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (through_key, str(newest), datetime.now()),
        )

    def keep_item_last(self) -> None:
        """After a sale is written, in its transaction: count it (and the few before it, if
        any were missed) in ``item_last``, so readers find the cache current. A long way
        behind (an old store, a bulk history) is left to the reminders, which hand the
        catch-up to the writer in slices rather than keep this sale waiting."""
        done, newest = self._item_last_span(ITEM_LAST_THROUGH)
        if 0 < newest - done <= KEEP_UP_AT_MOST:
            self._count_item_last(ITEM_LAST_THROUGH, done, newest)

    def recount_item_last(self, customer_ids: Iterable[int]) -> None:
        """Recount these customers' rows from all their sales (after a merge moved sales)."""
        for cid in set(customer_ids):
            self.conn.execute(item_last.delete().where(item_last.c.customer_id == cid))
            self.conn.exec_driver_sql(
                "INSERT INTO item_last (customer_id, item_id, last_at) "
                "SELECT s.customer_id, l.item_id, max(s.at) FROM sales s "
                "JOIN sale_lines l ON l.sale_id = s.id "
                "WHERE s.customer_id = ? AND s.kind = 'sale' "
                "AND l.item_id IS NOT NULL AND l.qty > 0 GROUP BY s.customer_id, l.item_id",
                (cid,),
            )

    def item_last_between(
        self, item_ids: Sequence[int], first: date, last: date, seen_since: date
    ) -> list[Candidate]:
        """Customers seen on or after ``seen_since`` who last bought one of ``item_ids`` on
        ``first`` … ``last``; reason: item_id, bought at."""
        marks = ", ".join("?" for _ in item_ids)
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, il.item_id, il.last_at FROM item_last il "
            "JOIN customers c ON c.id = il.customer_id "
            f"WHERE il.item_id IN ({marks}) AND il.last_at >= ? AND il.last_at < ? "
            "AND c.archived_at IS NULL AND c.last_visit_at >= ?",
            (
                *item_ids,
                _text_day(first),
                _text_day(last + timedelta(days=1)),
                _text_day(seen_since),
            ),
        )

    def customer_facts(self, customer_ids: Iterable[int]) -> dict[int, Candidate]:
        """The key facts of these live customers, by id."""
        return _by_id(
            self.conn,
            f"SELECT {_FACTS_SQL} FROM customers c WHERE c.archived_at IS NULL AND c.id IN",
            customer_ids,
        )

    def last_visit_between(self, first: date, last: date) -> list[Candidate]:
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL} FROM customers c WHERE c.archived_at IS NULL "
            "AND c.last_visit_at >= ? AND c.last_visit_at < ?",
            (_text_day(first), _text_day(last + timedelta(days=1))),
        )

    def cards_expiring(self, today: date, until: date) -> list[Candidate]:
        """Usable cards of live customers expiring on ``today`` … ``until``; reason: card id,
        name, kind, sessions left, expires on."""
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, {_CARD_SQL} FROM customer_cards k "
            "JOIN customers c ON c.id = k.customer_id WHERE c.archived_at IS NULL "
            "AND k.status = 'active' AND k.expires_on BETWEEN ? AND ? "
            "AND (k.kind = 'period' OR k.sessions_left > 0)",
            (today.isoformat(), until.isoformat()),
        )

    def cards_low(self, today: date, at_most: int) -> list[Candidate]:
        """Unexpired count cards of live customers with 1 … ``at_most`` sessions left; reason
        as :meth:`cards_expiring`."""
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL}, {_CARD_SQL} FROM customer_cards k "
            "JOIN customers c ON c.id = k.customer_id WHERE c.archived_at IS NULL "
            "AND k.status = 'active' AND k.kind = 'count' AND k.sessions_left BETWEEN 1 AND ? "
            "AND (k.expires_on IS NULL OR k.expires_on >= ?)",
            (at_most, today.isoformat()),
        )

    def balances_below(self, below_fen: int) -> list[Candidate]:
        return _raw(
            self.conn,
            f"SELECT {_FACTS_SQL} FROM customers c WHERE c.archived_at IS NULL "
            "AND c.balance_fen > 0 AND c.balance_fen < ?",
            (below_fen,),
        )

    def sessions_left(self, customer_ids: Iterable[int], today: date) -> dict[int, int]:
        """Sessions left on each customer's usable count cards."""
        ids = sorted(set(customer_ids))
        found: dict[int, int] = {}
        for start in range(0, len(ids), 900):
            statement = (
                select(customer_cards.c.customer_id, func.sum(customer_cards.c.sessions_left))
                .where(
                    customer_cards.c.customer_id.in_(ids[start : start + 900]),
                    customer_cards.c.status == "active",
                    customer_cards.c.kind == "count",
                    or_(
                        customer_cards.c.expires_on.is_(None), customer_cards.c.expires_on >= today
                    ),
                )
                .group_by(customer_cards.c.customer_id)
            )
            found.update({int(c): int(n or 0) for c, n in self.conn.execute(statement)})
        return found

    # -- what was done -----------------------------------------------------------------------
    def last_actions(self, since: datetime) -> dict[tuple[int, str, str], LastAction]:
        """The latest action on each occurrence acted on since ``since``."""
        latest = (
            select(func.max(reminder_actions.c.id))
            .where(reminder_actions.c.at >= since)
            .group_by(
                reminder_actions.c.customer_id, reminder_actions.c.kind, reminder_actions.c.ref
            )
        )
        statement = select(
            reminder_actions.c.customer_id,
            reminder_actions.c.kind,
            reminder_actions.c.ref,
            reminder_actions.c.action,
            reminder_actions.c.snooze_until,
        ).where(reminder_actions.c.id.in_(latest))
        return {
            (r["customer_id"], r["kind"], r["ref"]): r
            for r in rows_as(LastAction, self.conn.execute(statement))
        }

    def add_action(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(reminder_actions).values(**values)))

    def customer_actions(self, customer_id: int) -> list[ActionTaken]:
        statement = (
            select(reminder_actions, users.c.display_name)
            .select_from(
                reminder_actions.outerjoin(users, users.c.id == reminder_actions.c.user_id)
            )
            .where(reminder_actions.c.customer_id == customer_id)
        )
        return rows_as(ActionTaken, self.conn.execute(statement))

    # -- follow-ups --------------------------------------------------------------------------
    def _followup_query(self) -> Any:
        assignee = users.alias("assignee")
        creator = users.alias("creator")
        return select(
            followups,
            customers.c.name.label("customer_name"),
            customers.c.phone,
            assignee.c.display_name.label("assignee_name"),
            creator.c.display_name.label("creator_name"),
        ).select_from(
            followups.join(customers, customers.c.id == followups.c.customer_id)
            .outerjoin(assignee, assignee.c.id == followups.c.assignee_id)
            .outerjoin(creator, creator.c.id == followups.c.created_by)
        )

    def followups_due(self, until: date) -> list[FollowupDetail]:
        statement = self._followup_query().where(
            followups.c.status == "open", followups.c.due_on <= until, _LIVE
        )
        return rows_as(FollowupDetail, self.conn.execute(statement))

    def followups(
        self,
        *,
        status: str | None = None,
        customer_id: int | None = None,
        assignee_id: int | None = None,
    ) -> list[FollowupDetail]:
        conditions: list[ColumnElement[bool]] = []
        if status is not None:
            conditions.append(followups.c.status == status)
        if customer_id is not None:
            conditions.append(followups.c.customer_id == customer_id)
        if assignee_id is not None:
            conditions.append(followups.c.assignee_id == assignee_id)
        statement = (
            self._followup_query().where(*conditions).order_by(followups.c.due_on, followups.c.id)
        )
        return rows_as(FollowupDetail, self.conn.execute(statement))

    def followup(self, followup_id: int) -> FollowupDetail:
        statement = self._followup_query().where(followups.c.id == followup_id)
        row = row_as(FollowupDetail, self.conn.execute(statement).first())
        if row is None:
            raise NotFound("followup", followup_id)
        return row

    def add_followup(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(followups).values(**values)))

    def update_followup(self, followup_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(update(followups).where(followups.c.id == followup_id).values(**values))

    # -- service records ---------------------------------------------------------------------
    def _service_query(self) -> Any:
        assignee = users.alias("assignee")
        creator = users.alias("creator")
        return select(
            service_records,
            customers.c.name.label("customer_name"),
            customers.c.phone,
            assignee.c.display_name.label("assignee_name"),
            creator.c.display_name.label("creator_name"),
        ).select_from(
            service_records.join(customers, customers.c.id == service_records.c.customer_id)
            .outerjoin(assignee, assignee.c.id == service_records.c.assignee_id)
            .outerjoin(creator, creator.c.id == service_records.c.created_by)
        )

    def services_overdue(self, until: date) -> list[ServiceRecordDetail]:
        statement = self._service_query().where(
            service_records.c.status != "resolved",
            service_records.c.due_on.is_not(None),
            service_records.c.due_on <= until,
            _LIVE,
        )
        return rows_as(ServiceRecordDetail, self.conn.execute(statement))

    def service_records(
        self,
        *,
        status: str | None = None,
        open_only: bool = False,
        customer_id: int | None = None,
        type_: str | None = None,
    ) -> list[ServiceRecordDetail]:
        conditions: list[ColumnElement[bool]] = []
        if status is not None:
            conditions.append(service_records.c.status == status)
        if open_only:
            conditions.append(service_records.c.status != "resolved")
        if customer_id is not None:
            conditions.append(service_records.c.customer_id == customer_id)
        if type_ is not None:
            conditions.append(service_records.c.type == type_)
        open_first = case((service_records.c.status == "resolved", 1), else_=0)
        statement = (
            self._service_query()
            .where(*conditions)
            .order_by(
                open_first,
                service_records.c.due_on.is_(None),
                service_records.c.due_on,
                service_records.c.id.desc(),
            )
        )
        return rows_as(ServiceRecordDetail, self.conn.execute(statement))

    def service_record(self, record_id: int) -> ServiceRecordDetail:
        statement = self._service_query().where(service_records.c.id == record_id)
        row = row_as(ServiceRecordDetail, self.conn.execute(statement).first())
        if row is None:
            raise NotFound("service_record", record_id)
        return row

    def add_service_record(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(service_records).values(**values)))

    def update_service_record(self, record_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            update(service_records).where(service_records.c.id == record_id).values(**values)
        )

    # -- templates ---------------------------------------------------------------------------
    def templates(self) -> list[TemplateRow]:
        statement = select(message_templates).order_by(message_templates.c.id)
        return rows_as(TemplateRow, self.conn.execute(statement))

    def template(self, template_id: int) -> TemplateRow:
        statement = select(message_templates).where(message_templates.c.id == template_id)
        row = row_as(TemplateRow, self.conn.execute(statement).first())
        if row is None:
            raise NotFound("message_template", template_id)
        return row

    def template_named(self, name: str, other_than: int | None = None) -> TemplateRow | None:
        statement = select(message_templates).where(message_templates.c.name == name)
        if other_than is not None:
            statement = statement.where(message_templates.c.id != other_than)
        return row_as(TemplateRow, self.conn.execute(statement).first())

    def add_template(self, values: Mapping[str, Any]) -> int:
        return new_id(self.conn.execute(insert(message_templates).values(**values)))

    def update_template(self, template_id: int, values: Mapping[str, Any]) -> None:
        self.conn.execute(
            update(message_templates).where(message_templates.c.id == template_id).values(**values)
        )

    def delete_template(self, template_id: int) -> None:
        self.conn.execute(message_templates.delete().where(message_templates.c.id == template_id))


__all__ = ["ReminderRepository"]
