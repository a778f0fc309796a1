"""Repositories: the SQL for each kind of record, returning plain rows/dataclasses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from storecrm.data.rows import AuditRow, UserRow, new_id, row_as, rows_as
from storecrm.data.schema import audit_log, store_settings, users
from storecrm.domain import clock
from storecrm.domain.audit_chain import GENESIS, at_text, link
from storecrm.domain.audit_chain import AuditRow as ChainRow
from storecrm.domain.errors import NotFound
from storecrm.domain.roles import Role


class SettingsRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def all(self) -> dict[str, str]:
        rows = self.conn.execute(select(store_settings.c.key, store_settings.c.value))
        return {k: v for k, v in rows}

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.conn.execute(
            select(store_settings.c.value).where(store_settings.c.key == key)
        ).scalar_one_or_none()
        return default if value is None else value

    def put(self, key: str, value: str, user_id: int | None) -> None:
        exists = self.get(key) is not None
        row = {"value": value, "updated_at": clock.now(), "updated_by": user_id}
        if exists:
            self.conn.execute(
                update(store_settings).where(store_settings.c.key == key).values(**row)
            )
        else:
            self.conn.execute(insert(store_settings).values(key=key, **row))


class UserRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        created_by: int | None,
    ) -> int:
        now = clock.now()
        result = self.conn.execute(
            insert(users).values(
                username=username,
                username_key=username.casefold(),
                display_name=display_name,
                role=role.value,
                active=True,
                created_at=now,
                created_by=created_by,
                updated_at=now,
                password_changed_at=now,
            )
        )
        return new_id(result)

    def get(self, user_id: int) -> UserRow:
        row = row_as(UserRow, self.conn.execute(select(users).where(users.c.id == user_id)).first())
        if row is None:
            raise NotFound("user", user_id)
        return row

    def by_username(self, username: str) -> UserRow | None:
        query = select(users).where(users.c.username_key == username.casefold())
        return row_as(UserRow, self.conn.execute(query).first())

    def all(self) -> list[UserRow]:
        return rows_as(UserRow, self.conn.execute(select(users).order_by(users.c.id)))

    def display_names(self) -> Mapping[int, str]:
        """Every account's display name by user id (a sale's receipt names its staff)."""
        rows = self.conn.execute(select(users.c.id, users.c.display_name))
        return MappingProxyType({int(i): str(name) for i, name in rows})

    def set_fields(self, user_id: int, **fields: Any) -> None:
        fields["updated_at"] = clock.now()
        self.conn.execute(update(users).where(users.c.id == user_id).values(**fields))

    def password_changed(self, user_id: int) -> None:
        now = clock.now()
        self.conn.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(password_changed_at=now, updated_at=now)
        )


CHAIN_QUERY = (
    "SELECT id, at, user_id, username, action, outcome, target, detail, hash "
    "FROM audit_log ORDER BY id"
)


def chain_rows(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[ChainRow, str]]:
    """Raw rows of :data:`CHAIN_QUERY` (any DB-API or SQLAlchemy result) as hashed content."""
    for entry_id, at, user_id, username, action, outcome, target, detail, stored in rows:
        yield (
            ChainRow(
                int(entry_id),
                at_text(str(at)),
                None if user_id is None else int(user_id),
                str(username),
                str(action),
                str(outcome),
                None if target is None else str(target),
                str(detail),
            ),
            str(stored or ""),
        )


class AuditRepository:
    """Append-only (the database has triggers that refuse UPDATE and DELETE), and chained: each
    entry carries the hash of the one before it and its own content (domain/audit_chain.py)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._chained: bool | None = None

    def _has_chain(self) -> bool:
        # False only while a store is being made at a revision before 0008 (migration tests)
        if self._chained is None:
            columns = self.conn.exec_driver_sql("PRAGMA table_info(audit_log)").fetchall()
            self._chained = any(c[1] == "hash" for c in columns)
        return self._chained

    def head(self) -> tuple[int, str] | None:
        """The last entry's id and hash (what a backup's manifest records)."""
        row = self.conn.execute(
            select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
        ).first()
        return None if row is None else (int(row[0]), str(row[1]))

    def restores(self) -> list[tuple[datetime, datetime, int | None]]:
        """For each restore: when the restored backup was made, when it was restored, and the
        id of the backup's last audit entry (after which this line of the log is new)."""
        found = []
        rows = self.conn.execute(
            select(audit_log.c.at, audit_log.c.detail).where(
                audit_log.c.action == "restored_from_backup"
            )
        )
        for at, detail in rows:
            try:
                data = json.loads(detail)
                made = datetime.fromisoformat(str(data["backup_created_at"]))
                head = data.get("audit_head_id")
                head_id = int(head) if isinstance(head, int) else None
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                continue
            found.append((made, at, head_id))
        return found

    def chain(self) -> Iterator[tuple[ChainRow, str]]:
        """Every entry in id order, as hashed, with its stored hash."""
        return chain_rows(self.conn.exec_driver_sql(CHAIN_QUERY))

    def append(
        self,
        action: str,
        *,
        user_id: int | None,
        username: str,
        outcome: str = "ok",
        target: str | None = None,
        detail: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        values: dict[str, Any] = {
            "at": at or clock.now(),
            "user_id": user_id,
            "username": username,
            "action": action,
            "outcome": outcome,
            "target": target,
            "detail": json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True),
        }
        if self._has_chain():
            last = self.head()
            entry_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
            row = ChainRow(
                entry_id,
                at_text(values["at"]),
                user_id,
                username,
                action,
                outcome,
                target,
                values["detail"],
            )
            values.update(id=entry_id, hash=link(previous, row))
        self.conn.execute(insert(audit_log).values(**values))

    def recent(self, limit: int = 200, action: str | None = None) -> list[AuditRow]:
        query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if action is not None:
            query = query.where(audit_log.c.action == action)
        return rows_as(AuditRow, self.conn.execute(query))


def count_rows(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables
    }
