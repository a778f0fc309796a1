"""Display names for the store's codes (roles, audit actions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storecrm.domain.roles import Role


def role_name(role: Role) -> str:
    return {
        Role.OWNER: QCoreApplication.translate("Role", "Owner"),
        Role.MANAGER: QCoreApplication.translate("Role", "Manager"),
        Role.CASHIER: QCoreApplication.translate("Role", "Cashier"),
    }[role]


def action_name(action: str) -> str:
    names = {
        "store_created": QCoreApplication.translate("Audit", "Store created"),
        "login": QCoreApplication.translate("Audit", "Sign in"),
        "logout": QCoreApplication.translate("Audit", "Sign out"),
        "login_after_recovery": QCoreApplication.translate("Audit", "Sign in with recovery code"),
        "password_reset_with_recovery_code": QCoreApplication.translate(
            "Audit", "Password reset with recovery code"
        ),
        "password_change": QCoreApplication.translate("Audit", "Password changed"),
        "password_reset": QCoreApplication.translate("Audit", "Password reset by owner"),
        "user_add": QCoreApplication.translate("Audit", "User added"),
        "user_update": QCoreApplication.translate("Audit", "User changed"),
        "settings_change": QCoreApplication.translate("Audit", "Settings changed"),
        "audit_view": QCoreApplication.translate("Audit", "Audit log viewed"),
        "demo_data": QCoreApplication.translate("Audit", "Demo data added"),
    }
    return names.get(action, action)


def outcome_name(outcome: str) -> str:
    names = {
        "ok": QCoreApplication.translate("Audit", "OK"),
        "denied": QCoreApplication.translate("Audit", "Denied"),
        "failed": QCoreApplication.translate("Audit", "Failed"),
    }
    return names.get(outcome, outcome)
