"""Repositories: the SQL for each kind of record, returning plain rows/dataclasses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from storecrm.data.rows import AuditRow, UserRow, new_id, row_as, rows_as
from storecrm.data.schema import audit_log, store_settings, users
from storecrm.domain import clock
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


class AuditRepository:
    """Append-only (the database has triggers that refuse UPDATE and DELETE)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

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
        self.conn.execute(
            insert(audit_log).values(
                at=at or clock.now(),
                user_id=user_id,
                username=username,
                action=action,
                outcome=outcome,
                target=target,
                detail=json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True),
            )
        )

    def recent(self, limit: int = 200, action: str | None = None) -> list[AuditRow]:
        query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if action is not None:
            query = query.where(audit_log.c.action == action)
        return rows_as(AuditRow, self.conn.execute(query))


def count_rows(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables
    }
