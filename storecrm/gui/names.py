"""Display names for the store's codes (roles, audit actions, customer categories, sources,
genders, timeline entries, ledger entries, reminders and service records)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from storecrm.domain.membership import PERMILLE
from storecrm.domain.roles import Role
from storecrm.gui.format import chinese_numerals


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
        "login_recovery": QCoreApplication.translate("Audit", "Recovery code tried"),
        "key_change": QCoreApplication.translate("Audit", "Store key changed"),
        "audit_check": QCoreApplication.translate("Audit", "Audit log checked"),
        "user_add": QCoreApplication.translate("Audit", "User added"),
        "user_update": QCoreApplication.translate("Audit", "User changed"),
        "settings_change": QCoreApplication.translate("Audit", "Settings changed"),
        "lifecycle_settings": QCoreApplication.translate("Audit", "Lifecycle offers changed"),
        "lifecycle_issue": QCoreApplication.translate("Audit", "Lifecycle coupons issued"),
        "audit_view": QCoreApplication.translate("Audit", "Audit log viewed"),
        "demo_data": QCoreApplication.translate("Audit", "Demo data added"),
        "customer_create": QCoreApplication.translate("Audit", "Customer added"),
        "customer_update": QCoreApplication.translate("Audit", "Customer changed"),
        "customer_archive": QCoreApplication.translate("Audit", "Customer archived"),
        "customer_restore": QCoreApplication.translate("Audit", "Customer restored"),
        "customer_merge": QCoreApplication.translate("Audit", "Customers merged"),
        "customer_view": QCoreApplication.translate("Audit", "Customer viewed"),
        "customer_list": QCoreApplication.translate("Audit", "Customer list viewed"),
        "customer_search": QCoreApplication.translate("Audit", "Customer search"),
        "backup": QCoreApplication.translate("Audit", "Backup made"),
        "backup_restore": QCoreApplication.translate("Audit", "Store replaced by a backup"),
        "restored_from_backup": QCoreApplication.translate("Audit", "Restored from a backup"),
        "backup_delete": QCoreApplication.translate("Audit", "Backup deleted"),
        "sale": QCoreApplication.translate("Audit", "Sale"),
        "top_up": QCoreApplication.translate("Audit", "Top-up"),
        "gift": QCoreApplication.translate("Audit", "Gift for points"),
        "sale_refund": QCoreApplication.translate("Audit", "Refund"),
        "withdrawal": QCoreApplication.translate("Audit", "Stored value paid back"),
        "approval": QCoreApplication.translate("Audit", "Manager confirmation"),
        "price_override": QCoreApplication.translate("Audit", "Price changed at the till"),
        "catalogue_change": QCoreApplication.translate("Audit", "Catalogue changed"),
        "member_tier_change": QCoreApplication.translate("Audit", "Member tier set by hand"),
        "points_expiry": QCoreApplication.translate("Audit", "Points expired"),
        "ledger_check": QCoreApplication.translate("Audit", "Ledger check"),
        "sale_view": QCoreApplication.translate("Audit", "Sales viewed"),
        "catalogue_view": QCoreApplication.translate("Audit", "Catalogue viewed"),
        "staff_view": QCoreApplication.translate("Audit", "Staff list viewed"),
        "reminder_action": QCoreApplication.translate("Audit", "Reminder acted on"),
        "followup_add": QCoreApplication.translate("Audit", "Follow-up task set"),
        "service_record_add": QCoreApplication.translate("Audit", "Service record added"),
        "service_record_update": QCoreApplication.translate("Audit", "Service record changed"),
        "template_change": QCoreApplication.translate("Audit", "Message template changed"),
        "reminder_export": QCoreApplication.translate("Audit", "Reminder list exported"),
        "report_view": QCoreApplication.translate("Audit", "Report viewed"),
        "report_export": QCoreApplication.translate("Audit", "Report exported"),
        "customer_export": QCoreApplication.translate("Audit", "Customers exported"),
        "customer_import": QCoreApplication.translate("Audit", "Customers imported"),
        "personal_data_read": QCoreApplication.translate("Audit", "Customer data listed"),
        "person_export": QCoreApplication.translate("Audit", "A person's data exported"),
        "customer_erase": QCoreApplication.translate("Audit", "Customer erased"),
        "consent_withdraw": QCoreApplication.translate("Audit", "Marketing consent withdrawn"),
        "privacy_settings": QCoreApplication.translate("Audit", "Privacy settings changed"),
        "order_discount": QCoreApplication.translate("Audit", "Order discount or rounding"),
        "sale_park": QCoreApplication.translate("Audit", "Sale parked"),
        "sale_resume": QCoreApplication.translate("Audit", "Parked sale resumed"),
        "sale_park_discard": QCoreApplication.translate("Audit", "Parked sale dropped"),
        "drawer_open": QCoreApplication.translate("Audit", "Cash drawer opened"),
    }
    return names.get(action, action)


def outcome_name(outcome: str) -> str:
    names = {
        "ok": QCoreApplication.translate("Audit", "OK"),
        "denied": QCoreApplication.translate("Audit", "Denied"),
        "failed": QCoreApplication.translate("Audit", "Failed"),
    }
    return names.get(outcome, outcome)


def category_name(category: str) -> str:
    names = {
        "potential": QCoreApplication.translate("Category", "Potential"),
        "new": QCoreApplication.translate("Category", "New"),
        "regular": QCoreApplication.translate("Category", "Regular"),
        "vip": QCoreApplication.translate("Category", "VIP"),
        "at_risk": QCoreApplication.translate("Category", "At risk"),
        "occasional": QCoreApplication.translate("Category", "Occasional"),
    }
    return names.get(category, category)


# Text and background colour of each category's badge (teal family, red for at risk).
CATEGORY_COLORS = {
    "potential": ("#4B5563", "#F3F4F6"),
    "new": ("#1D4ED8", "#DBEAFE"),
    "regular": ("#0F766E", "#CCFBF1"),
    "vip": ("#92400E", "#FEF3C7"),
    "at_risk": ("#B91C1C", "#FEE2E2"),
    "occasional": ("#374151", "#E5E7EB"),
}


def gender_name(gender: str) -> str:
    names = {
        "female": QCoreApplication.translate("Gender", "Female"),
        "male": QCoreApplication.translate("Gender", "Male"),
        "unknown": QCoreApplication.translate("Gender", "Not given"),
    }
    return names.get(gender, gender)


def source_name(source: str) -> str:
    names = {
        "walk_in": QCoreApplication.translate("Source", "Walk-in"),
        "referral": QCoreApplication.translate("Source", "Referred by a customer"),
        "online": QCoreApplication.translate("Source", "Online"),
        "event": QCoreApplication.translate("Source", "Event or promotion"),
        "other": QCoreApplication.translate("Source", "Other"),
    }
    return names.get(source, source)


def customer_field_name(field: str) -> str:
    """A customer's field as the form labels it (for "changed: phone, notes" on the timeline)."""
    names = {
        "name": QCoreApplication.translate("CustomerField", "name"),
        "phone": QCoreApplication.translate("CustomerField", "phone"),
        "other_phone": QCoreApplication.translate("CustomerField", "other phone"),
        "gender": QCoreApplication.translate("CustomerField", "gender"),
        "card_no": QCoreApplication.translate("CustomerField", "card no."),
        "address": QCoreApplication.translate("CustomerField", "address"),
        "source": QCoreApplication.translate("CustomerField", "source"),
        "referrer_id": QCoreApplication.translate("CustomerField", "referrer"),
        "preferences": QCoreApplication.translate("CustomerField", "preferences"),
        "notes": QCoreApplication.translate("CustomerField", "notes"),
        "taste": QCoreApplication.translate("CustomerField", "taste"),
        "allergies": QCoreApplication.translate("CustomerField", "allergies"),
        "hair_notes": QCoreApplication.translate("CustomerField", "hair"),
        "skin_notes": QCoreApplication.translate("CustomerField", "skin"),
        "sizes": QCoreApplication.translate("CustomerField", "sizes"),
        "marketing_consent": QCoreApplication.translate("CustomerField", "marketing consent"),
        "marketing_consent_at": QCoreApplication.translate("CustomerField", "marketing consent"),
    }
    if field.startswith("birthday"):
        return QCoreApplication.translate("CustomerField", "birthday")
    return names.get(field, field)


def timeline_text(kind: str, text: str) -> str:
    """The details under a timeline entry's heading (empty when the heading says it all)."""
    if kind == "updated":
        fields = list(dict.fromkeys(customer_field_name(f) for f in text.split(",") if f))
        separator = QCoreApplication.translate("Timeline", ", ", "between field names")
        return separator.join(fields)
    if kind == "merged":
        if not text:  # erased since
            return ""
        return QCoreApplication.translate("Timeline", "%1 was merged into this customer").replace(
            "%1", text
        )
    if kind == "consent_withdrawn":
        return QCoreApplication.translate("Timeline", "The customer withdrew it on %1").replace(
            "%1", text
        )
    if kind in ("created", "restored"):
        return text
    if kind in ("opening", "opening_balance") and not text:
        return QCoreApplication.translate("Timeline", "Opening balance carried over")
    if kind == "tier":  # the tier's name, then the reason given by hand (if any)
        name, _, reason = text.partition(" · ")
        shown = QCoreApplication.translate("Timeline", "Now in the tier %1").replace(
            "%1", name.strip()
        )
        if not name.strip():
            shown = QCoreApplication.translate("Timeline", "No tier any more")
        return f"{shown} · {reason}" if reason else shown
    if kind in ("contact", "reminder", "followup", "service", "service_resolved"):
        return _reminder_timeline_text(kind, text.split("\x1f"))
    if kind == "appointment":
        return _appointment_timeline_text(text.split("\x1f"))
    return text  # a note, an archive reason, what a sale was for


def _reminder_timeline_text(kind: str, parts: list[str]) -> str:
    """Contacts, snoozes, follow-up tasks and service records (fields joined by \x1f)."""
    parts += [""] * 5
    if kind in ("contact", "reminder"):
        reminder, action, channel, snooze, note = parts[:5]
        shown = reminder_kind_name(reminder)
        if kind == "contact":
            shown += " · " + channel_name(channel)
        elif action == "snoozed":
            shown += " · " + QCoreApplication.translate("Timeline", "snoozed until %1").replace(
                "%1", snooze
            )
        elif action == "done":
            shown += " · " + QCoreApplication.translate("Timeline", "done")
        elif action == "not_interested":
            shown += " · " + QCoreApplication.translate("Timeline", "not interested")
        return f"{shown} · {note}" if note else shown
    if kind == "followup":
        title, due, assignee = parts[:3]
        shown = QCoreApplication.translate("Timeline", "%1, due %2").replace("%1", title)
        shown = shown.replace("%2", due)
        return f"{shown} · {assignee}" if assignee else shown
    if kind == "service":
        service_type, subject, detail = parts[:3]
        shown = f"{service_type_name(service_type)}: {subject}"
        return f"{shown} · {detail}" if detail else shown
    subject, resolution, satisfaction = parts[:3]
    shown = f"{subject} · {resolution}"
    if satisfaction:
        shown += " · " + "★" * int(satisfaction)
    return shown


def _appointment_timeline_text(parts: list[str]) -> str:
    """An appointment: its status, services and staff member (the reason when cancelled)."""
    from storecrm.domain.appointments import AppointmentStatus
    from storecrm.gui.screens.appointments.model import status_name

    parts += [""] * 4
    status, services, staff_name, reason = parts[:4]
    try:
        shown = [status_name(AppointmentStatus(status))]
    except ValueError:
        shown = [status]
    shown += [p for p in (services, staff_name, reason) if p]
    return " · ".join(shown)


def timeline_kind_name(kind: str) -> str:
    names = {
        "created": QCoreApplication.translate("Timeline", "Created"),
        "updated": QCoreApplication.translate("Timeline", "Changed"),
        "archived": QCoreApplication.translate("Timeline", "Archived"),
        "restored": QCoreApplication.translate("Timeline", "Restored"),
        "merged": QCoreApplication.translate("Timeline", "Merged"),
        "note": QCoreApplication.translate("Timeline", "Note"),
        "opening": QCoreApplication.translate("Timeline", "Opening balance"),
        "opening_balance": QCoreApplication.translate("Timeline", "Opening balance"),
        "sale": QCoreApplication.translate("Timeline", "Sale"),
        "top_up": QCoreApplication.translate("Timeline", "Top-up"),
        "refund": QCoreApplication.translate("Timeline", "Refund"),
        "withdrawal": QCoreApplication.translate("Timeline", "Stored value paid back"),
        "gift": QCoreApplication.translate("Timeline", "Gift for points"),
        "tier": QCoreApplication.translate("Timeline", "Tier changed"),
        "contact": QCoreApplication.translate("Timeline", "Contacted"),
        "reminder": QCoreApplication.translate("Timeline", "Reminder"),
        "followup": QCoreApplication.translate("Timeline", "Follow-up task set"),
        "service": QCoreApplication.translate("Timeline", "Service record"),
        "service_resolved": QCoreApplication.translate("Timeline", "Service record resolved"),
        "consent_withdrawn": QCoreApplication.translate("Timeline", "Marketing consent withdrawn"),
        "erased": QCoreApplication.translate("Timeline", "Personal data erased"),
        "appointment": QCoreApplication.translate("Timeline", "Appointment"),
    }
    return names.get(kind, kind)


def account_name(account: str, card_name: str | None = None) -> str:
    """A member's ledger account: stored value (principal or bonus), points, a card's sessions."""
    if account == "sessions":
        return QCoreApplication.translate("Ledger", "Sessions: %1").replace("%1", card_name or "—")
    names = {
        "principal": QCoreApplication.translate("Ledger", "Stored value (paid in)"),
        "bonus": QCoreApplication.translate("Ledger", "Stored value (bonus)"),
        "points": QCoreApplication.translate("Ledger", "Points"),
    }
    return names.get(account, account)


def ledger_kind_name(kind: str) -> str:
    """Why a ledger entry was written."""
    names = {
        "opening": QCoreApplication.translate("Ledger", "Opening balance"),
        "opening_balance": QCoreApplication.translate("Ledger", "Opening balance"),
        "top_up": QCoreApplication.translate("Ledger", "Top-up"),
        "sale": QCoreApplication.translate("Ledger", "Sale"),
        "refund": QCoreApplication.translate("Ledger", "Refund"),
        "earn": QCoreApplication.translate("Ledger", "Earned"),
        "earned": QCoreApplication.translate("Ledger", "Earned"),
        "redeem": QCoreApplication.translate("Ledger", "Paid with points"),
        "redeemed": QCoreApplication.translate("Ledger", "Paid with points"),
        "card": QCoreApplication.translate("Ledger", "Card bought"),
        "card_bought": QCoreApplication.translate("Ledger", "Card bought"),
        "use": QCoreApplication.translate("Ledger", "Card used"),
        "card_used": QCoreApplication.translate("Ledger", "Card used"),
        "withdrawal": QCoreApplication.translate("Ledger", "Paid back"),
        "forfeit": QCoreApplication.translate("Ledger", "Bonus forfeited"),
        "gift": QCoreApplication.translate("Ledger", "Gift for points"),
        "expiry": QCoreApplication.translate("Ledger", "Points lapsed"),
        "merge": QCoreApplication.translate("Ledger", "Merged"),
        "adjust": QCoreApplication.translate("Ledger", "Adjusted"),
        "coupon": QCoreApplication.translate("Ledger", "Coupon bought with points"),
        "top_up_gift": QCoreApplication.translate("Ledger", "Top-up gift"),
    }
    return names.get(kind, kind)


BUSINESS_FIELDS = ("taste", "allergies", "hair_notes", "skin_notes", "sizes")
_BUSINESS_FIRST = {
    "restaurant": ("taste", "allergies"),
    "beauty": ("hair_notes", "skin_notes"),
    "retail": ("sizes",),
}


def business_fields(business_type: str) -> tuple[list[str], list[str]]:
    """The store's own fields (shown first, always) and the others (shown when filled in)."""
    first = list(_BUSINESS_FIRST.get(business_type, ()))
    return first, [f for f in BUSINESS_FIELDS if f not in first]


def business_field_label(field: str) -> str:
    names = {
        "taste": QCoreApplication.translate("CustomerField", "Taste"),
        "allergies": QCoreApplication.translate("CustomerField", "Allergies"),
        "hair_notes": QCoreApplication.translate("CustomerField", "Hair"),
        "skin_notes": QCoreApplication.translate("CustomerField", "Skin"),
        "sizes": QCoreApplication.translate("CustomerField", "Sizes"),
    }
    return names[field]


def method_name(method: str) -> str:
    # The same context and words as the till's dialogs: one translation for both.
    names = {
        "cash": QCoreApplication.translate("PaymentMethod", "Cash"),
        "wechat": QCoreApplication.translate("PaymentMethod", "WeChat Pay"),
        "alipay": QCoreApplication.translate("PaymentMethod", "Alipay"),
        "bank_card": QCoreApplication.translate("PaymentMethod", "Bank card"),
        "stored_value": QCoreApplication.translate("PaymentMethod", "Stored value"),
        "points": QCoreApplication.translate("PaymentMethod", "Points"),
    }
    return names.get(method, method)


def sale_kind_name(kind: str) -> str:
    names = {
        "sale": QCoreApplication.translate("Sales", "Sale"),
        "top_up": QCoreApplication.translate("Sales", "Top-up"),
        "refund": QCoreApplication.translate("Sales", "Refund"),
        "withdrawal": QCoreApplication.translate("Sales", "Withdrawal"),
        "gift": QCoreApplication.translate("Sales", "Gift"),
    }
    return names.get(kind, kind)


def discount_text(permille: int) -> str:
    """A tier discount as the shop says it: 880 → 8.8折 (Chinese) / "12% off" (English)."""
    if permille >= PERMILLE:
        return QCoreApplication.translate("Membership", "No discount")
    if chinese_numerals():  # the shop's own way of saying it: 八八折 is written 8.8折
        zhe = Decimal(permille) / 100  # 880 → 8.8, 850 → 8.5, 900 → 9
        return format(zhe.normalize(), "f") + "折"
    off = format((Decimal(PERMILLE - permille) / 10).normalize(), "f")
    return QCoreApplication.translate("Discount", "%1% off").replace("%1", off)


def reminder_kind_name(kind: str) -> str:
    """A reminder's kind as the Reminders screen heads it (生日, 回访, 流失预警 …)."""
    names = {
        "birthday": QCoreApplication.translate("Reminders", "Birthday"),
        "return_visit": QCoreApplication.translate("Reminders", "Return visit due"),
        "dormant": QCoreApplication.translate("Reminders", "Dormant customer"),
        "card_expiring": QCoreApplication.translate("Reminders", "Card expiring"),
        "card_low": QCoreApplication.translate("Reminders", "Card nearly used up"),
        "balance_low": QCoreApplication.translate("Reminders", "Stored value low"),
        "anniversary": QCoreApplication.translate("Reminders", "Membership anniversary"),
        "followup": QCoreApplication.translate("Reminders", "Follow-up task"),
        "service": QCoreApplication.translate("Reminders", "Service record"),
        "appointment": QCoreApplication.translate("Reminders", "Tomorrow's appointments"),
        "no_show": QCoreApplication.translate("Reminders", "No-show follow-up"),
        "lifecycle_coupon": QCoreApplication.translate("Reminders", "Lifecycle coupon to tell"),
    }
    return names.get(kind, kind)


def channel_name(channel: str) -> str:
    """How a customer was contacted."""
    names = {
        "phone": QCoreApplication.translate("Reminders", "Phone call"),
        "wechat": QCoreApplication.translate("Reminders", "WeChat"),
        "sms": QCoreApplication.translate("Reminders", "Text message"),
        "in_store": QCoreApplication.translate("Reminders", "In the store"),
    }
    return names.get(channel, channel)


def service_type_name(service_type: str) -> str:
    names = {
        "request": QCoreApplication.translate("Reminders", "Service request"),
        "complaint": QCoreApplication.translate("Reminders", "Complaint"),
        "feedback": QCoreApplication.translate("Reminders", "Feedback"),
    }
    return names.get(service_type, service_type)


def service_status_name(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Reminders", "Open"),
        "in_progress": QCoreApplication.translate("Reminders", "In progress"),
        "resolved": QCoreApplication.translate("Reminders", "Resolved"),
    }
    return names.get(status, status)


def followup_status_name(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Reminders", "Open"),
        "done": QCoreApplication.translate("Reminders", "Done"),
        "cancelled": QCoreApplication.translate("Reminders", "Cancelled"),
    }
    return names.get(status, status)


# -- promotions and coupons (issue 20) -------------------------------------------------------------
def coupon_kind_name(kind: str) -> str:
    names = {
        "amount_off": QCoreApplication.translate("Coupons", "Spend-and-save coupon"),
        "percent_off": QCoreApplication.translate("Coupons", "Discount coupon"),
        "voucher": QCoreApplication.translate("Coupons", "Cash voucher"),
        "item": QCoreApplication.translate("Coupons", "Free item coupon"),
    }
    return names.get(kind, kind)


def coupon_state_name(state: str) -> str:
    names = {
        "usable": QCoreApplication.translate("Coupons", "Usable"),
        "not_yet": QCoreApplication.translate("Coupons", "Not yet valid"),
        "expired": QCoreApplication.translate("Coupons", "Expired"),
        "redeemed": QCoreApplication.translate("Coupons", "Used"),
        "voided": QCoreApplication.translate("Coupons", "Voided"),
    }
    return names.get(state, state)


def promotion_kind_name(kind: str) -> str:
    names = {
        "amount_off": QCoreApplication.translate("Promotions", "Spend and save (满减)"),
        "percent_off": QCoreApplication.translate("Promotions", "Percentage off"),
        "nth_item": QCoreApplication.translate("Promotions", "Nth item at a discount"),
        "buy_get": QCoreApplication.translate("Promotions", "Buy N get M free"),
        "gift": QCoreApplication.translate("Promotions", "Gift for a spend"),
    }
    return names.get(kind, kind)


def coupon_source_name(source: str) -> str:
    names = {
        "manual": QCoreApplication.translate("Coupons", "Given by hand"),
        "bulk": QCoreApplication.translate("Coupons", "Given to a list"),
        "points": QCoreApplication.translate("Coupons", "Bought with points"),
        "top_up": QCoreApplication.translate("Coupons", "Top-up gift"),
        "campaign": QCoreApplication.translate("Coupons", "Campaign"),
        "lc_welcome": QCoreApplication.translate("Coupons", "Welcome coupon"),
        "lc_birthday": QCoreApplication.translate("Coupons", "Birthday coupon"),
        "lc_winback": QCoreApplication.translate("Coupons", "Win-back coupon"),
        "lc_referral": QCoreApplication.translate("Coupons", "Referral reward"),
    }
    return names.get(source, source)
