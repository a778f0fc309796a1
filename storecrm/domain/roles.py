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
    RECORD_SALES = "record_sales"  # sales, top-ups, card uses, gifts
    REFUND_SALES = "refund_sales"  # above the owner's threshold a cashier needs approval
    APPROVE_REFUNDS = "approve_refunds"  # confirm a cashier's refund or withdrawal
    VIEW_SALES = "view_sales"
    MANAGE_CATALOGUE = "manage_catalogue"  # items, prices, card plans
    MANAGE_MEMBERSHIP = "manage_membership"  # tiers and the points / stored-value rules
    ADJUST_MEMBERS = "adjust_members"  # set a member's tier by hand
    BACKUP_DATA = "backup_data"  # make a backup now (scheduled backups run for anyone)
    RESTORE_BACKUP = "restore_backup"  # replace the store with a backup (the owner)
    VIEW_REPORTS = "view_reports"  # the reports: takings, best customers, liabilities
    MANAGE_REMINDERS = "manage_reminders"  # reminder rules and message templates
    MANAGE_STAFF = "manage_staff"  # the staff roster (员工): names, grades, accounts linked
    MANAGE_COMMISSION = "manage_commission"  # commission plans (the owner)
    VIEW_STAFF_FIGURES = "view_staff_figures"  # every staff member's performance and pay
    OPEN_DRAWER = "open_drawer"  # open the cash drawer without a sale (the owner)
    MANAGE_PROMOTIONS = "manage_promotions"  # promotions, coupon templates, issuing coupons
    MANAGE_CAMPAIGNS = "manage_campaigns"  # create and launch marketing campaigns (营销活动)


_CASHIER = frozenset(
    {
        Permission.VIEW_CUSTOMERS,
        Permission.EDIT_CUSTOMERS,
        Permission.RECORD_SALES,
        Permission.REFUND_SALES,
        Permission.VIEW_SALES,
    }
)
_MANAGER = _CASHIER | {
    Permission.APPROVE_REFUNDS,
    Permission.MANAGE_CATALOGUE,
    Permission.ADJUST_MEMBERS,
    Permission.VIEW_AUDIT_LOG,
    Permission.DELETE_CUSTOMERS,
    Permission.IMPORT_DATA,
    Permission.EXPORT_DATA,
    Permission.BACKUP_DATA,
    Permission.VIEW_REPORTS,
    Permission.MANAGE_REMINDERS,
    Permission.MANAGE_STAFF,
    Permission.VIEW_STAFF_FIGURES,
    Permission.MANAGE_PROMOTIONS,
    Permission.MANAGE_CAMPAIGNS,
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
