"""Roles, permissions and the acting user: who may do what in the store."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    CASHIER = "cashier"


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    VIEW_AUDIT_LOG = "view_audit_log"
    VIEW_CUSTOMERS = "view_customers"
    EDIT_CUSTOMERS = "edit_customers"
    DELETE_CUSTOMERS = "delete_customers"
    IMPORT_DATA = "import_data"
    EXPORT_DATA = "export_data"
    GENERATE_DEMO_DATA = "generate_demo_data"


_CASHIER = frozenset({Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS})
_MANAGER = _CASHIER | {
    Permission.VIEW_AUDIT_LOG,
    Permission.DELETE_CUSTOMERS,
    Permission.IMPORT_DATA,
    Permission.EXPORT_DATA,
}
_OWNER = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: _OWNER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.CASHIER: _CASHIER,
}


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in user on whose behalf a service runs."""

    user_id: int
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def can_assign(actor_role: Role, target_role: Role) -> bool:
    """Only the owner manages accounts; there is exactly one owner role holder per store."""
    return actor_role is Role.OWNER and target_role is not Role.OWNER
