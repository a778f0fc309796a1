"""What services return: frozen, plain dataclasses (never rows, sessions or ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storecrm.domain.roles import Role


@dataclass(frozen=True, slots=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True, slots=True)
class StoreSettings:
    store_name: str
    business_type: str


@dataclass(frozen=True, slots=True)
class StoreInfo:
    store_name: str
    business_type: str
    folder: str
    store_id: str
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    entry_id: int
    at: datetime
    username: str
    action: str
    outcome: str
    target: str | None
    detail: str
