"""The user's words for every error: one place shared by the GUI and the CLI.

Services raise errors with codes (``storecrm.domain.errors``); this module turns them into
translated sentences with Qt's translation system, so the CLI speaks the same language as the
window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from storecrm.domain.customer_import import RowProblem
from storecrm.domain.errors import (
    AccountDisabled,
    BackupFolderProblem,
    BadBackup,
    DiskFull,
    KeyChangeBusy,
    NotAStore,
    NotFound,
    OtherStoreBackup,
    PermissionDenied,
    StoreBusy,
    StoreCRMError,
    StoreExists,
    StoreLocked,
    UnreadableFile,
    ValidationError,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
    WrongPassword,
    WrongRecoveryCode,
    is_disk_full,
)
from storecrm.domain.money import money_text
from storecrm.services.customers import DuplicateCustomer, InvalidCustomer


class Messages(QObject):
    """The messages with a count in them, in their plural forms. lupdate reads plural forms
    only from tr() inside a class, whose name is their context ("Messages", as for the other
    messages here)."""

    def sale_lines_limit(self, n: int) -> str:
        return self.tr("A sale can have at most %n line(s).", "", n)

    def password_minimum(self, n: int) -> str:
        return self.tr("The password needs at least %n character(s).", "", n)

    def too_long(self, n: int) -> str:
        return self.tr("This is too long (at most %n character(s)).", "", n)

    def line_staff_limit(self, n: int) -> str:
        return self.tr("At most %n person(s) can serve one line.", "", n)

    def plan_rules_limit(self, n: int) -> str:
        return self.tr("A plan has at most %n rule(s).", "", n)

    def period_limit(self, n: int) -> str:
        return self.tr("A period is at most %n day(s).", "", n)

    def table_name_limit(self, n: int) -> str:
        return self.tr("A table's name is at most %n character(s).", "", n)

    def area_name_limit(self, n: int) -> str:
        return self.tr("An area's name is at most %n character(s).", "", n)

    def room_name_limit(self, n: int) -> str:
        return self.tr("A room's name is at most %n character(s).", "", n)


_messages: list[Messages] = []


def _counts() -> Messages:
    if not _messages:
        _messages.append(Messages())
    return _messages[0]


def permission_name(permission: str) -> str:
    names = {
        "manage_users": QCoreApplication.translate("Messages", "manage user accounts"),
        "change_settings": QCoreApplication.translate("Messages", "change the store's settings"),
        "view_audit_log": QCoreApplication.translate("Messages", "view the audit log"),
        "view_customers": QCoreApplication.translate("Messages", "view customers"),
        "edit_customers": QCoreApplication.translate("Messages", "edit customers"),
        "delete_customers": QCoreApplication.translate("Messages", "delete customers"),
        "import_data": QCoreApplication.translate("Messages", "import data"),
        "export_data": QCoreApplication.translate("Messages", "export data"),
        "generate_demo_data": QCoreApplication.translate("Messages", "generate demo data"),
        "record_sales": QCoreApplication.translate("Messages", "record sales"),
        "refund_sales": QCoreApplication.translate("Messages", "refund sales"),
        "approve_refunds": QCoreApplication.translate(
            "Messages", "approve refunds and withdrawals above the limit"
        ),
        "view_sales": QCoreApplication.translate("Messages", "view sales"),
        "manage_catalogue": QCoreApplication.translate(
            "Messages", "change the catalogue, prices or card plans"
        ),
        "manage_membership": QCoreApplication.translate(
            "Messages", "change the membership tiers and rules"
        ),
        "adjust_members": QCoreApplication.translate("Messages", "change a member's tier"),
        "backup_data": QCoreApplication.translate("Messages", "make a backup"),
        "restore_backup": QCoreApplication.translate("Messages", "restore the store from a backup"),
        "view_reports": QCoreApplication.translate("Messages", "see the reports"),
        "manage_reminders": QCoreApplication.translate(
            "Messages", "change the reminder rules and message templates"
        ),
        "open_drawer": QCoreApplication.translate(
            "Messages", "open the cash drawer without a sale"
        ),
        "manage_promotions": QCoreApplication.translate(
            "Messages", "change promotions and coupons, or issue coupons"
        ),
        "approve_discounts": QCoreApplication.translate(
            "Messages", "approve a discount above the limit"
        ),
        "manage_campaigns": QCoreApplication.translate(
            "Messages", "create and launch marketing campaigns"
        ),
    }
    return names.get(permission, permission)


#: Parameters that are money (fen) in the sale and membership problems, per field.
_MONEY_FIELDS = frozenset(
    {
        "amount",
        "stored_value",
        "principal",
        "payments",
        "payment",
        "refund",
        "price",
        "upgrade_spend",
        "upgrade_top_up",
        "refund_approval",
    }
)


def sale_problem_text(err: ValidationError) -> str | None:
    """A problem of a sale, refund, top-up or withdrawal (by field and code); None if the
    problem is not one of these (the plain code texts apply)."""
    texts = {
        ("payments", "short"): QCoreApplication.translate("Messages", "Still to pay: %1."),
        ("payments", "overpaid"): QCoreApplication.translate(
            "Messages", "Only cash can be more than the total; the other payments are %1 too much."
        ),
        ("payments", "needs_member"): QCoreApplication.translate(
            "Messages", "Stored value and points can only be used by a member; choose the member."
        ),
        ("card", "needs_member"): QCoreApplication.translate(
            "Messages", "Cards are sold to and used by members only; choose the member."
        ),
        ("stored_value", "insufficient"): QCoreApplication.translate(
            "Messages", "Not enough stored value: %1 available, %2 needed."
        ),
        ("principal", "insufficient"): QCoreApplication.translate(
            "Messages", "Only %1 of paid-in stored value can be paid back (%2 asked)."
        ),
        ("points", "insufficient"): QCoreApplication.translate(
            "Messages", "Not enough points: %1 available, %2 needed."
        ),
        ("sessions", "insufficient"): QCoreApplication.translate(
            "Messages", "Not enough sessions left on the card: %1 left, %2 wanted."
        ),
        ("points", "redemption_off"): QCoreApplication.translate(
            "Messages", "Paying with points is switched off in the membership rules."
        ),
        ("lines", "required"): QCoreApplication.translate(
            "Messages", "Add at least one item or amount."
        ),
        ("customer", "archived"): QCoreApplication.translate(
            "Messages", "This customer is archived; restore the customer first."
        ),
        ("item", "required"): QCoreApplication.translate("Messages", "Choose an item."),
        ("item", "inactive"): QCoreApplication.translate(
            "Messages", "This item is no longer sold."
        ),
        ("item", "not_a_gift"): QCoreApplication.translate(
            "Messages", "This item cannot be taken for points."
        ),
        ("card", "required"): QCoreApplication.translate("Messages", "Choose a card."),
        ("card", "inactive"): QCoreApplication.translate(
            "Messages", "This card plan is no longer sold."
        ),
        ("card", "not_found"): QCoreApplication.translate(
            "Messages", "This card does not belong to the member."
        ),
        ("card", "card_unusable"): QCoreApplication.translate(
            "Messages", "This card cannot be used any more (used up, expired or refunded)."
        ),
        ("card", "wrong_service"): QCoreApplication.translate(
            "Messages", "This card is for another service."
        ),
        ("card", "card_used"): QCoreApplication.translate(
            "Messages", "The card %1 has been used already; it cannot be refunded."
        ),
        ("price", "price_locked"): QCoreApplication.translate(
            "Messages", "Only the owner or a manager can change a price."
        ),
        ("payment", "range"): QCoreApplication.translate(
            "Messages", "A payment must be more than ¥0.00."
        ),
        ("amount", "range"): QCoreApplication.translate(
            "Messages", "The amount must be between %1 and %2."
        ),
        ("stored_value", "range"): QCoreApplication.translate(
            "Messages", "The amount must be between %1 and %2."
        ),
        ("qty", "range"): QCoreApplication.translate(
            "Messages", "The quantity must be between %1 and %2."
        ),
        ("line", "not_found"): QCoreApplication.translate(
            "Messages", "An item of this sale no longer exists."
        ),
        ("line", "invalid"): QCoreApplication.translate("Messages", "This line cannot be sold."),
        ("method", "invalid"): QCoreApplication.translate("Messages", "Choose a payment method."),
        ("refund", "nothing_left"): QCoreApplication.translate(
            "Messages", "Nothing is left to refund on this sale."
        ),
        ("refund", "exceeds_paid"): QCoreApplication.translate(
            "Messages", "The refund (%2) is more than what is left of the payments (%1)."
        ),
        ("sale", "not_refundable"): QCoreApplication.translate(
            "Messages", "Only sales and top-ups can be refunded."
        ),
        ("staff", "inactive"): QCoreApplication.translate(
            "Messages", "This staff member's account is disabled."
        ),
        ("reason", "required"): QCoreApplication.translate("Messages", "Give a reason."),
    }
    text = texts.get((err.field, err.code))
    if text is None:
        return None
    money = err.field in _MONEY_FIELDS or (err.field == "refund" and err.code == "exceeds_paid")
    for value in err.params.values():
        shown = money_text(value) if money and isinstance(value, int) else str(value)
        text = text.replace("%1", shown, 1) if "%1" in text else text.replace("%2", shown, 1)
    return text


def reminder_problem_text(err: ValidationError) -> str | None:
    """A problem of a follow-up task, a service record or a message template (by field and
    code); None if the problem is not one of these."""
    texts = {
        ("customer", "required"): QCoreApplication.translate("Messages", "Choose a customer."),
        ("title", "required"): QCoreApplication.translate("Messages", "Give the task a title."),
        ("subject", "required"): QCoreApplication.translate(
            "Messages", "Give the record a subject."
        ),
        ("resolution", "required"): QCoreApplication.translate(
            "Messages", "Write down how it was resolved before marking it resolved."
        ),
        ("satisfaction", "out_of_range"): QCoreApplication.translate(
            "Messages", "Satisfaction is from 1 to 5 stars."
        ),
        ("assignee", "inactive"): QCoreApplication.translate(
            "Messages", "This staff member's account is disabled."
        ),
        ("name", "duplicate"): QCoreApplication.translate(
            "Messages", "A template with this name already exists."
        ),
        ("body", "required"): QCoreApplication.translate(
            "Messages", "The message must not be empty."
        ),
        ("body", "unknown_placeholder"): QCoreApplication.translate(
            "Messages",
            "Unknown placeholder: %1. Use {姓名}, {余额}, {积分}, {剩余次数}, {生日} or {店名}.",
        ),
        ("channel", "required"): QCoreApplication.translate(
            "Messages", "Choose how the customer was contacted."
        ),
        ("snooze_until", "required"): QCoreApplication.translate(
            "Messages", "Choose the day the reminder comes back."
        ),
        ("snooze_until", "not_in_future"): QCoreApplication.translate(
            "Messages", "A reminder can only be put off to a day after today."
        ),
    }
    if (err.field, err.code) == ("lines", "too_many"):
        return _counts().sale_lines_limit(_count(err))
    text = texts.get((err.field, err.code))
    if text is None:
        return None
    for value in err.params.values():
        text = text.replace("%1", str(value), 1)
    return text


def staff_problem_text(err: ValidationError) -> str | None:
    """A problem with who served, the roster or a commission plan; None if it is not one."""
    texts = {
        ("staff_member", "inactive"): QCoreApplication.translate(
            "Messages", "This staff member no longer works here."
        ),
        ("staff_member", "not_found"): QCoreApplication.translate(
            "Messages", "This staff member is not on the roster."
        ),
        ("line_staff", "needs_main"): QCoreApplication.translate(
            "Messages", "A line needs a main staff member, not only assistants."
        ),
        ("line_staff", "duplicate"): QCoreApplication.translate(
            "Messages", "The same person is named twice on a line."
        ),
        ("effective_from", "in_past"): QCoreApplication.translate(
            "Messages", "A plan starts today or later: the past is never paid again."
        ),
        ("rules", "duplicate"): QCoreApplication.translate(
            "Messages", "Two rules pay the same thing for the same people; keep one."
        ),
        ("rule_scope", "invalid"): QCoreApplication.translate(
            "Messages", "Card sales and top-ups are paid store-wide, not per item or category."
        ),
        ("rule_basis", "invalid"): QCoreApplication.translate(
            "Messages", "Card sales and top-ups pay on cash performance."
        ),
        ("tiers", "invalid"): QCoreApplication.translate(
            "Messages",
            "Tiers start at ¥0 and go up; a fixed amount per unit cannot be tiered.",
        ),
        ("split", "invalid"): QCoreApplication.translate(
            "Messages", "The main staff's and the assistants' shares add up to more than 100%."
        ),
        ("rate", "range"): QCoreApplication.translate("Messages", "A rate is between 0% and 100%."),
        ("main_share", "range"): QCoreApplication.translate(
            "Messages", "A share is between 0% and 100%."
        ),
        ("assistant_share", "range"): QCoreApplication.translate(
            "Messages", "A share is between 0% and 100%."
        ),
        ("staff_no", "taken"): QCoreApplication.translate(
            "Messages", "Another staff member has this number."
        ),
        ("account", "taken"): QCoreApplication.translate(
            "Messages", "This account is already linked to another staff member."
        ),
        ("period", "invalid"): QCoreApplication.translate(
            "Messages", "The last day is before the first."
        ),
        ("month", "invalid"): QCoreApplication.translate("Messages", "Not a month (YYYY-MM)."),
    }
    counted = {
        ("line_staff", "too_many"): _counts().line_staff_limit,
        ("rules", "too_many"): _counts().plan_rules_limit,
        ("period", "too_long"): _counts().period_limit,
    }.get((err.field, err.code))
    if counted is not None:
        return counted(_count(err))
    return texts.get((err.field, err.code))


def appointment_problem_text(err: ValidationError) -> str | None:
    """A booking refused (the day book's conflicts, a status change); None if not one of these."""
    texts = {
        ("start", "closed_day"): QCoreApplication.translate(
            "Messages", "The store is closed on %1: choose another day."
        ),
        ("start", "outside_hours"): QCoreApplication.translate(
            "Messages", "The store is open from %1 to %2; the appointment must fit within."
        ),
        ("staff", "resting"): QCoreApplication.translate(
            "Messages", "This staff member has the day off (rest) that day."
        ),
        ("staff", "off_shift"): QCoreApplication.translate(
            "Messages", "This staff member's shift is %1–%2; the appointment must fit within."
        ),
        ("staff", "on_leave"): QCoreApplication.translate(
            "Messages", "This staff member is on leave at that time."
        ),
        ("staff", "booked"): QCoreApplication.translate(
            "Messages", "This staff member is already booked %1–%2; choose another time."
        ),
        ("staff", "no_one_free"): QCoreApplication.translate(
            "Messages", "Nobody on shift is free at that time; choose another time."
        ),
        ("customer", "double_booked"): QCoreApplication.translate(
            "Messages", "This customer already has an appointment at %1."
        ),
        ("resource", "full"): QCoreApplication.translate(
            "Messages", "This room (bed, chair) is full at that time; choose another time or room."
        ),
        ("resource", "not_found"): QCoreApplication.translate(
            "Messages", "This room, bed or chair no longer exists."
        ),
        ("resource", "none"): QCoreApplication.translate(
            "Messages", "The store has no rooms yet: add them with Settings → Rooms…"
        ),
        ("resource", "none_free"): QCoreApplication.translate(
            "Messages", "No room (bed, chair) is free at that time; choose another time."
        ),
        ("room", "has_appointments"): QCoreApplication.translate(
            "Messages", "This room has appointments to come; move or cancel them first."
        ),
        ("room_name", "required"): QCoreApplication.translate("Messages", "A room needs a name."),
        ("room_name", "too_long"): _counts().room_name_limit(_count(err)),
        ("room_name", "taken"): QCoreApplication.translate(
            "Messages", "There is already a room called %1."
        ),
        ("capacity", "range"): QCoreApplication.translate(
            "Messages", "A room takes %1 to %2 appointments at once."
        ),
        ("services", "required"): QCoreApplication.translate(
            "Messages", "Choose at least one service."
        ),
        ("services", "too_long"): QCoreApplication.translate(
            "Messages", "An appointment lasts at most 12 hours."
        ),
        ("status", "invalid_transition"): QCoreApplication.translate(
            "Messages", "This appointment can no longer be changed that way."
        ),
        ("cancel_reason", "required"): QCoreApplication.translate(
            "Messages", "Say why the appointment is cancelled."
        ),
        ("leave", "empty"): QCoreApplication.translate("Messages", "Leave ends after it starts."),
        ("shift_name", "required"): QCoreApplication.translate("Messages", "A shift needs a name."),
        ("shift_time", "empty"): QCoreApplication.translate(
            "Messages", "A shift ends at another time than it starts."
        ),
    }
    text = texts.get((err.field, err.code))
    if text is None:
        return None
    order = {
        "closed_day": ("day",),
        "outside_hours": ("open", "close"),
        "off_shift": ("start", "end"),
        "booked": ("start", "end"),
        "double_booked": ("at",),
        "too_long": ("max",),
        "taken": ("name",),
        "range": ("low", "high"),
    }.get(err.code, ())
    for number, name in enumerate(order, start=1):
        text = text.replace(f"%{number}", str(err.params.get(name, "")))
    return text


def reservation_problem_text(err: ValidationError) -> str | None:
    """A table or a reservation refused (a restaurant's book); None if not one of these."""
    texts = {
        ("reservation", "closed_day"): QCoreApplication.translate(
            "Messages", "The restaurant is closed on %1: choose another day."
        ),
        ("reservation", "outside_hours"): QCoreApplication.translate(
            "Messages",
            "The restaurant is open from %1 to %2; a reservation holds its table %3 minutes "
            "and must end by closing.",
        ),
        ("table", "taken"): QCoreApplication.translate(
            "Messages", "Table %1 is taken %2–%3; choose another table or time."
        ),
        ("table", "too_small"): QCoreApplication.translate(
            "Messages", "Table %1 seats %2; a party of %3 needs a larger table."
        ),
        ("table", "none_big_enough"): QCoreApplication.translate(
            "Messages", "No table seats a party of %1."
        ),
        ("table", "none_free"): QCoreApplication.translate(
            "Messages", "No table for a party of %1 is free at that time; choose another time."
        ),
        ("table", "not_found"): QCoreApplication.translate(
            "Messages", "This table no longer exists."
        ),
        ("table", "inactive"): QCoreApplication.translate(
            "Messages", "Table %1 is no longer in use."
        ),
        ("table", "has_reservations"): QCoreApplication.translate(
            "Messages", "This table has reservations to come; move or cancel them first."
        ),
        ("party_size", "range"): QCoreApplication.translate(
            "Messages", "A party is %1 to %2 people."
        ),
        ("table_name", "required"): QCoreApplication.translate("Messages", "A table needs a name."),
        ("table_name", "too_long"): _counts().table_name_limit(_count(err)),
        ("table_name", "taken"): QCoreApplication.translate(
            "Messages", "There is already a table called %1."
        ),
        ("area", "required"): QCoreApplication.translate(
            "Messages", "A table needs an area (大厅, 包间 …)."
        ),
        ("area", "too_long"): _counts().area_name_limit(_count(err)),
        ("seats", "range"): QCoreApplication.translate("Messages", "A table has %1 to %2 seats."),
        ("sitting", "range"): QCoreApplication.translate(
            "Messages", "A sitting lasts %1 to %2 minutes."
        ),
    }
    text = texts.get((err.field, err.code))
    if text is None:
        return None
    order = {
        "closed_day": ("day",),
        "outside_hours": ("open", "close", "minutes"),
        "taken": ("table", "start", "end") if err.field == "table" else ("name",),
        "too_small": ("table", "seats", "party"),
        "none_big_enough": ("party",),
        "none_free": ("party",),
        "inactive": ("table",),
        "range": ("low", "high"),
        "too_long": ("max",),
    }.get(err.code, ())
    for number, name in enumerate(order, start=1):
        text = text.replace(f"%{number}", str(err.params.get(name, "")))
    return text


def _count(err: ValidationError) -> int:
    """The one number a message counts with (a limit)."""
    numbers = [v for v in err.params.values() if isinstance(v, int)]
    return numbers[0] if numbers else 0


def too_long_text(limit: int) -> str:
    return _counts().too_long(limit)


def privacy_problem_text(err: ValidationError) -> str | None:
    """A problem of withdrawing consent or erasing a customer; None if not one of these."""
    texts = {
        ("customer", "has_balance"): QCoreApplication.translate(
            "Messages",
            "The store still owes this customer stored value. Pay it back (withdraw) first, "
            "then erase the customer.",
        ),
        ("customer", "has_cards"): QCoreApplication.translate(
            "Messages",
            "This customer still has a card with sessions or days left. Use it up or refund it "
            "first, then erase the customer.",
        ),
        ("customer", "already_erased"): QCoreApplication.translate(
            "Messages", "This customer's personal data has already been erased."
        ),
        ("customer", "erased"): QCoreApplication.translate(
            "Messages", "This customer's personal data was erased; nothing can be changed."
        ),
        ("marketing_consent", "not_given"): QCoreApplication.translate(
            "Messages", "This customer has not agreed to marketing messages: nothing to withdraw."
        ),
        ("withdrawn_on", "future_date"): QCoreApplication.translate(
            "Messages", "The day of the withdrawal cannot be in the future."
        ),
        ("withdrawn_on", "before_consent"): QCoreApplication.translate(
            "Messages", "The day of the withdrawal cannot be before the consent was given."
        ),
    }
    return texts.get((err.field, err.code))


# -- promotions and coupons (issue 20) -------------------------------------------------------------
def coupon_refusal_text(reason: str, *, min_spend_fen: int = 0, base_fen: int = 0) -> str:
    """Why a coupon handed over at the till is not used on this sale (an engine ``Refusal``)."""
    texts = {
        "expired": QCoreApplication.translate("Messages", "This coupon has expired."),
        "not_yet": QCoreApplication.translate("Messages", "This coupon is not valid yet."),
        "redeemed": QCoreApplication.translate("Messages", "This coupon has already been used."),
        "voided": QCoreApplication.translate("Messages", "This coupon was voided."),
        "foreign": QCoreApplication.translate(
            "Messages", "This coupon belongs to another customer."
        ),
        "no_items": QCoreApplication.translate(
            "Messages", "Nothing on this sale is covered by the coupon."
        ),
        "item_missing": QCoreApplication.translate(
            "Messages", "The item this coupon is for is not on the sale."
        ),
        "same_template": QCoreApplication.translate(
            "Messages", "Only one coupon of this kind per sale."
        ),
        "too_many": QCoreApplication.translate("Messages", "Too many coupons on one sale."),
        "not_combinable": QCoreApplication.translate(
            "Messages", "Not used: the sale's better offer cannot be combined with it."
        ),
        "unknown": QCoreApplication.translate(
            "Messages", "No coupon has this code; check what was typed."
        ),
    }
    if reason == "min_spend":
        return (
            QCoreApplication.translate(
                "Messages", "The coupon needs a spend of %1; the items it covers come to %2."
            )
            .replace("%1", money_text(min_spend_fen))
            .replace("%2", money_text(base_fen))
        )
    return texts.get(reason, reason)


def promotion_problem_text(err: ValidationError) -> str | None:
    """A problem with a promotion, a coupon template, a coupon or a top-up gift."""
    texts = {
        ("coupon", "unknown"): coupon_refusal_text("unknown"),
        ("coupon", "redeemed"): coupon_refusal_text("redeemed"),
        ("coupon", "voided"): coupon_refusal_text("voided"),
        ("coupon", "over_limit"): QCoreApplication.translate(
            "Messages", "This customer already has as many of these coupons as allowed."
        ),
        ("coupon_template", "inactive"): QCoreApplication.translate(
            "Messages", "This coupon is switched off."
        ),
        ("coupon_template", "required"): QCoreApplication.translate(
            "Messages", "Choose the coupon to give."
        ),
        ("coupon_template", "ended"): QCoreApplication.translate(
            "Messages", "This coupon's validity has ended."
        ),
        ("coupon_template", "not_for_points"): QCoreApplication.translate(
            "Messages", "This coupon cannot be bought with points."
        ),
        ("off_fen", "invalid"): QCoreApplication.translate(
            "Messages", "The amount off must be more than ¥0 and at most the threshold."
        ),
        ("off_fen", "above_min_spend"): QCoreApplication.translate(
            "Messages", "The amount off cannot be more than the minimum spend."
        ),
        ("permille", "range"): QCoreApplication.translate(
            "Messages", "A discount is between 0% and 99% of the price paid (e.g. 88 for 8.8折)."
        ),
        ("buy_qty", "range"): QCoreApplication.translate(
            "Messages", "Say how many are bought and how many come free (at least 1 each)."
        ),
        ("gift_item", "required"): QCoreApplication.translate(
            "Messages", "A gift promotion needs a threshold and the gift item."
        ),
        ("tiers", "required"): QCoreApplication.translate(
            "Messages", "Choose at least one membership tier."
        ),
        ("validity", "one_of"): QCoreApplication.translate(
            "Messages", "Give either an end date or a number of days from issue."
        ),
        ("valid_to", "before_start"): QCoreApplication.translate(
            "Messages", "The last day is before the first."
        ),
        ("ends_on", "before_start"): QCoreApplication.translate(
            "Messages", "The last day is before the first."
        ),
        ("time_window", "invalid"): QCoreApplication.translate(
            "Messages", "Give both times of the window, and not the same time twice."
        ),
        ("month_days", "invalid"): QCoreApplication.translate(
            "Messages", "Days of the month are numbers from 1 to 31, separated by commas."
        ),
        ("month_days", "range"): QCoreApplication.translate(
            "Messages", "Days of the month are numbers from 1 to 31, separated by commas."
        ),
        ("gift", "required"): QCoreApplication.translate(
            "Messages", "A top-up gift gives at least one thing: bonus, a card, points or coupons."
        ),
        ("coupon_qty", "invalid"): QCoreApplication.translate(
            "Messages", "Choose the coupon and how many to give, or neither."
        ),
        ("threshold", "invalid"): QCoreApplication.translate(
            "Messages", "The top-up amount must be more than ¥0."
        ),
    }
    return texts.get((err.field, err.code))


def campaign_problem_text(err: ValidationError) -> str | None:
    """A problem with a campaign or its segment (issue 20)."""
    texts = {
        ("campaign", "already_launched"): QCoreApplication.translate(
            "Messages", "This campaign has already been launched."
        ),
        ("campaign", "ended"): QCoreApplication.translate(
            "Messages", "This campaign's period is over: it can no longer be launched."
        ),
        ("last_visit", "order"): QCoreApplication.translate(
            "Messages", "The last visit's range ends before it starts."
        ),
        ("spend", "order"): QCoreApplication.translate(
            "Messages", "The spending range's lower amount is above its upper amount."
        ),
        ("spend", "negative"): QCoreApplication.translate(
            "Messages", "Spending amounts cannot be negative."
        ),
        ("categories", "unknown"): QCoreApplication.translate(
            "Messages", "This customer category does not exist."
        ),
        ("rfm_segments", "unknown"): QCoreApplication.translate(
            "Messages", "This RFM segment does not exist."
        ),
        ("offer", "required"): QCoreApplication.translate(
            "Messages", "Choose the offer: a coupon or a promotion, one of the two."
        ),
        ("promotion", "inactive"): QCoreApplication.translate(
            "Messages", "This promotion is switched off."
        ),
        ("promotion", "not_for_campaign"): QCoreApplication.translate(
            "Messages",
            "Only a promotion for a campaign's target (For: Campaign target only) can be a "
            "campaign's offer.",
        ),
        ("promotion", "in_use"): QCoreApplication.translate(
            "Messages", "Another campaign already offers this promotion."
        ),
        ("audience", "campaign_offer"): QCoreApplication.translate(
            "Messages",
            "A campaign offers this promotion: it stays for the campaign's target only.",
        ),
    }
    return texts.get((err.field, err.code))


def validation_text(err: ValidationError) -> str:
    special = sale_problem_text(err)
    if special is None:
        special = reminder_problem_text(err)
    if special is None:
        special = staff_problem_text(err)
    if special is None:
        special = privacy_problem_text(err)
    if special is None:
        special = appointment_problem_text(err)
    if special is None:
        special = reservation_problem_text(err)
    if special is None:
        special = promotion_problem_text(err)
    if special is None:
        special = campaign_problem_text(err)
    if special is not None:
        return special
    texts = {
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "invalid_username": QCoreApplication.translate(
            "Messages",
            "A user name must be 2–32 characters: letters, digits, '.', '-' or '_', no spaces.",
        ),
        "password_blank_edges": QCoreApplication.translate(
            "Messages", "The password must not start or end with a space."
        ),
        "passwords_differ": QCoreApplication.translate(
            "Messages", "The two passwords are not the same."
        ),
        "username_taken": QCoreApplication.translate(
            "Messages", "This user name is already in use."
        ),
        "role_not_assignable": QCoreApplication.translate(
            "Messages", "Only the owner can give this role."
        ),
        "owner_is_fixed": QCoreApplication.translate(
            "Messages", "The owner's account cannot be changed here."
        ),
        "password_needed": QCoreApplication.translate(
            "Messages", "A disabled account gets a new password when it is enabled again."
        ),
        "account_disabled": QCoreApplication.translate(
            "Messages", "This account is disabled; enable it again with a new password."
        ),
        "invalid_phone": QCoreApplication.translate(
            "Messages", "Not a valid phone number (11-digit mobile, or area code + number)."
        ),
        "invalid_card_no": QCoreApplication.translate(
            "Messages", "A card number has only digits, letters and '-' (at most 32)."
        ),
        "impossible_date": QCoreApplication.translate("Messages", "This date does not exist."),
        "future_date": QCoreApplication.translate("Messages", "This date is in the future."),
        "too_old": QCoreApplication.translate("Messages", "This date is too far in the past."),
        "referrer_without_referral": QCoreApplication.translate(
            "Messages", "A referrer can only be given when the source is a referral."
        ),
        "referrer_is_self": QCoreApplication.translate(
            "Messages", "A customer cannot refer themselves."
        ),
        "merge_same": QCoreApplication.translate(
            "Messages", "Choose two different customers to merge."
        ),
        "already_merged": QCoreApplication.translate(
            "Messages", "This customer was already merged into another one."
        ),
        "merged_cannot_restore": QCoreApplication.translate(
            "Messages",
            "A merged customer cannot be restored; open the customer it was merged into.",
        ),
        "out_of_range": QCoreApplication.translate("Messages", "This number is out of range."),
        "no_name_column": QCoreApplication.translate(
            "Messages", "No column is used for the name; choose which column holds the names."
        ),
        "unknown_column": QCoreApplication.translate(
            "Messages", "The file has no column %1 (give its header, its letter or its number)."
        ),
        "unknown_field": QCoreApplication.translate(
            "Messages", "There is no field called %1 to import into."
        ),
        "field_twice": QCoreApplication.translate(
            "Messages", "The field %1 is given to two columns; choose one."
        ),
        "range": QCoreApplication.translate("Messages", "This must be between %1 and %2."),
        "taken": QCoreApplication.translate("Messages", "This name is already in use."),
        "insufficient": QCoreApplication.translate(
            "Messages", "Not enough: %1 available, %2 needed."
        ),
        "bonus_too_large": QCoreApplication.translate(
            "Messages", "The bonus must be more than ¥0 and at most ten times the top-up."
        ),
    }
    if err.code == "too_long" and _count(err):
        return too_long_text(_count(err))
    if err.code == "password_too_short":
        return _counts().password_minimum(_count(err))
    text = texts.get(err.code, QCoreApplication.translate("Messages", "This value is not valid."))
    money = err.field in _MONEY_FIELDS
    for value in err.params.values():
        shown = money_text(value) if money and isinstance(value, int) else str(value)
        text = text.replace("%1", shown, 1) if "%1" in text else text.replace("%2", shown, 1)
    return text


def disk_full_text(exc: DiskFull | OSError | None = None) -> str:
    """A full disk, said so, with what was and was not saved."""
    if isinstance(exc, DiskFull) and exc.what == "restore":
        return QCoreApplication.translate(
            "Messages",
            "There is not enough free space on the disk to restore the backup into %1. The "
            "current store was not changed. Free some space, or restore onto another disk.",
        ).replace("%1", exc.path)
    if isinstance(exc, DiskFull) and exc.what == "open":
        return QCoreApplication.translate(
            "Messages",
            "The disk that holds the store is full: the store cannot be opened until some "
            "space is freed on it (%1). Nothing was lost.",
        ).replace("%1", exc.path)
    if isinstance(exc, DiskFull) and exc.what == "store":
        return QCoreApplication.translate(
            "Messages",
            "The disk that holds the store is full, so the last change was not saved. Nothing "
            "was lost: everything saved before is safe. Free some space on that disk (%1) "
            "and try again.",
        ).replace("%1", exc.path)
    where = ""
    if isinstance(exc, DiskFull):
        where = exc.path
    elif isinstance(exc, OSError) and exc.filename:
        where = str(exc.filename)
    return QCoreApplication.translate(
        "Messages",
        "The disk is full, so the file was not written: %1. Nothing in the store was changed. "
        "Free some space or choose another disk.",
    ).replace("%1", where)


def error_text(exc: BaseException) -> str:
    """One plain sentence (or two) for the user; never a traceback."""
    if isinstance(exc, DiskFull) or (not isinstance(exc, StoreCRMError) and is_disk_full(exc)):
        return disk_full_text(exc if isinstance(exc, DiskFull | OSError) else None)
    if isinstance(exc, BadBackup | WrongBackupPassword | WrongBackupRecoveryCode):
        return _backup_text(exc)
    if isinstance(exc, BackupFolderProblem):
        return _backup_folder_text(exc)
    if isinstance(exc, WrongPassword):
        return QCoreApplication.translate("Messages", "The user name or password is not correct.")
    if isinstance(exc, WrongRecoveryCode):
        return QCoreApplication.translate(
            "Messages",
            "This recovery code does not open this store. Check it against the paper copy.",
        )
    if isinstance(exc, AccountDisabled):
        return QCoreApplication.translate(
            "Messages", "This account has been disabled. Ask the store owner."
        )
    if isinstance(exc, StoreLocked):
        if exc.host:
            return (
                QCoreApplication.translate(
                    "Messages",
                    "This store is already open in another copy of StoreCRM (on computer %1, "
                    "since %2). Close that copy first.",
                )
                .replace("%1", exc.host)
                .replace("%2", exc.since.replace("T", " "))
            )
        return QCoreApplication.translate(
            "Messages",
            "This store is already open in another copy of StoreCRM. Close that copy first.",
        )
    if isinstance(exc, KeyChangeBusy):
        return QCoreApplication.translate(
            "Messages",
            "The store's key could not be changed just now: the store is busy (a report, a "
            "backup, or another program reading it). It is changed at the owner's next sign-in.",
        )
    if isinstance(exc, StoreBusy):
        return QCoreApplication.translate(
            "Messages",
            "Another task (an import, for example) is still saving to the store. Nothing was "
            "changed; please try again in a moment.",
        )
    if isinstance(exc, NotAStore):
        if exc.reason == "closed":
            return QCoreApplication.translate(
                "Messages", "The store was closed (signed out or restored). Please sign in again."
            )
        if exc.reason == "newer":
            return QCoreApplication.translate(
                "Messages", "This store was saved by a newer version of StoreCRM. Please update."
            )
        if exc.reason == "needs_upgrade":
            return QCoreApplication.translate(
                "Messages", "This store must first be upgraded by opening it in StoreCRM."
            )
        if exc.reason == "read_only":
            return QCoreApplication.translate(
                "Messages",
                "The store's folder may not be written (a read-only disk, share or folder): "
                "%1. The store is not damaged. Open it from a place where StoreCRM may write, "
                "or ask whoever manages the computer to allow writing there.",
            ).replace("%1", exc.path)
        if exc.reason == "damaged_db":
            from storecrm.services.backup import default_folder

            return (
                QCoreApplication.translate(
                    "Messages",
                    "The store's database is empty or damaged, so the store cannot be opened; "
                    "nothing was changed: %1. Restore it from a backup (“Restore from a backup "
                    "file” when choosing a store); unless another folder was chosen, backups "
                    "are kept in %2.",
                )
                .replace("%1", exc.path)
                .replace("%2", str(default_folder(Path(exc.path))))
            )
        if exc.reason == "keyring_changed":
            return QCoreApplication.translate(
                "Messages",
                "The store's key file (keyring.json) was changed outside StoreCRM, so it is not "
                "trusted and the store was not opened: %1. Put back this store's own "
                "keyring.json, or restore the store from a backup.",
            ).replace("%1", exc.path)
        if exc.reason in ("keyring", "database"):
            return QCoreApplication.translate(
                "Messages", "The store's files are damaged or not StoreCRM files: %1"
            ).replace("%1", exc.path)
        return QCoreApplication.translate(
            "Messages", "This folder is not a StoreCRM store: %1"
        ).replace("%1", exc.path)
    if isinstance(exc, OtherStoreBackup):
        return (
            QCoreApplication.translate(
                "Messages",
                "This backup is of the store “%1”, but %3 holds the store “%2”. Restoring it "
                "would replace that store with a different one.",
            )
            .replace("%1", exc.backup_store or "?")
            .replace("%2", exc.current_store or "?")
            .replace("%3", exc.path)
        )
    if isinstance(exc, StoreExists):
        return QCoreApplication.translate(
            "Messages", "The folder is not empty; choose an empty or new folder: %1"
        ).replace("%1", exc.path)
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "Messages", "Your role does not allow you to %1. Ask the store owner."
        ).replace("%1", permission_name(exc.permission))
    if isinstance(exc, ValidationError):
        return validation_text(exc)
    if isinstance(exc, UnreadableFile):
        return _unreadable_file_text(exc)
    if isinstance(exc, DuplicateCustomer):
        text = (
            QCoreApplication.translate("Messages", "This phone number already belongs to %1.")
            if exc.field == "phone"
            else QCoreApplication.translate("Messages", "This card number already belongs to %1.")
        )
        return text.replace("%1", exc.existing_name)
    if isinstance(exc, InvalidCustomer):
        return "\n".join(validation_text(p) for p in exc.problems)
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Messages", "The record was not found; it may have been removed."
        )
    if isinstance(exc, IsADirectoryError):
        return QCoreApplication.translate(
            "Messages", "This is a folder, not a file: %1. Give a file name inside it."
        ).replace("%1", str(exc.filename2 or exc.filename or ""))
    if isinstance(exc, FileNotFoundError | NotADirectoryError) and exc.filename:
        return QCoreApplication.translate(
            "Messages", "The folder does not exist: %1. Choose an existing folder."
        ).replace("%1", str(Path(str(exc.filename)).parent))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages", "The file could not be read or written: %1"
        ).replace("%1", exc.strerror or str(exc))
    if isinstance(exc, StoreCRMError):
        return QCoreApplication.translate("Messages", "The action could not be completed.")
    return QCoreApplication.translate(
        "Messages", "Something went wrong. The details were written to the log file."
    )


def _backup_text(exc: BadBackup | WrongBackupPassword | WrongBackupRecoveryCode) -> str:
    if isinstance(exc, WrongBackupPassword):
        return QCoreApplication.translate(
            "Messages",
            "This password does not open the backup. Type the owner's password as it was when "
            "the backup was made, or use the recovery code.",
        )
    if isinstance(exc, WrongBackupRecoveryCode):
        return QCoreApplication.translate(
            "Messages",
            "This recovery code does not open the backup. Check it against the paper copy.",
        )
    texts = {
        "missing": QCoreApplication.translate("Messages", "The backup file does not exist: %1"),
        "foreign": QCoreApplication.translate("Messages", "This is not a StoreCRM backup file: %1"),
        "incomplete": QCoreApplication.translate(
            "Messages",
            "The backup file is incomplete (it was cut short, perhaps while it was being made "
            "or copied) and cannot be restored: %1",
        ),
        "damaged": QCoreApplication.translate(
            "Messages", "The backup file is damaged and cannot be restored: %1"
        ),
        "newer": QCoreApplication.translate(
            "Messages",
            "This backup was made by a newer version of StoreCRM. Update StoreCRM first: %1",
        ),
        "not_a_file": QCoreApplication.translate(
            "Messages",
            "This is not a file that can hold a backup (a folder, a pipe or a device): %1",
        ),
        "unverified": QCoreApplication.translate(
            "Messages",
            "The new backup did not pass its check, so it was not kept: %1. The previous "
            "backups were kept. If this happens again, the store's data or the backup drive "
            "may be damaged.",
        ),
    }
    text = texts.get(
        exc.reason, QCoreApplication.translate("Messages", "The backup file could not be read: %1")
    )
    return text.replace("%1", exc.path)


def _backup_folder_text(exc: BackupFolderProblem) -> str:
    texts = {
        "missing": QCoreApplication.translate(
            "Messages",
            "The backup folder is not there (is the USB drive plugged in?): %1. "
            "The previous backups were kept.",
        ),
        "unwritable": QCoreApplication.translate(
            "Messages",
            "StoreCRM may not write into the backup folder: %1. The previous backups were kept.",
        ),
        "full": QCoreApplication.translate(
            "Messages",
            "There is not enough free space for the backup in %1. The previous backups were kept.",
        ),
    }
    text = texts.get(
        exc.reason,
        QCoreApplication.translate("Messages", "The backup could not be written to %1."),
    )
    return text.replace("%1", exc.path)


def _unreadable_file_text(exc: UnreadableFile) -> str:
    texts = {
        "missing": QCoreApplication.translate("Messages", "The file does not exist: %1"),
        "unsupported": QCoreApplication.translate(
            "Messages", "Only Excel (.xlsx) and CSV files can be imported: %1"
        ),
        "old_excel": QCoreApplication.translate(
            "Messages",
            "This is an old Excel file (.xls). Open it in Excel or WPS, save it as .xlsx, "
            "and import that file: %1",
        ),
        "damaged": QCoreApplication.translate(
            "Messages", "The file is damaged or is not what its name says: %1"
        ),
        "encoding": QCoreApplication.translate(
            "Messages",
            "The file's text could not be read (it is not UTF-8 or GBK text). "
            "Save it from Excel as CSV or .xlsx again: %1",
        ),
        "empty": QCoreApplication.translate("Messages", "The file has no rows to import: %1"),
    }
    text = texts.get(
        exc.reason, QCoreApplication.translate("Messages", "The file could not be read: %1")
    )
    return text.replace("%1", exc.path)


def import_field_name(field: str) -> str:
    """The name of an import field (a column's meaning), for reports and the mapping editor."""
    names = {
        "row": QCoreApplication.translate("Messages", "Row"),
        "name": QCoreApplication.translate("Messages", "Name"),
        "phone": QCoreApplication.translate("Messages", "Phone"),
        "other_phone": QCoreApplication.translate("Messages", "Other phone"),
        "gender": QCoreApplication.translate("Messages", "Gender"),
        "birthday": QCoreApplication.translate("Messages", "Birthday"),
        "lunar_birthday": QCoreApplication.translate("Messages", "Lunar birthday"),
        "birthday_calendar": QCoreApplication.translate("Messages", "Birthday calendar"),
        "card_no": QCoreApplication.translate("Messages", "Card number"),
        "tags": QCoreApplication.translate("Messages", "Tags"),
        "balance": QCoreApplication.translate("Messages", "Stored-value balance"),
        "points": QCoreApplication.translate("Messages", "Points"),
        "sessions": QCoreApplication.translate("Messages", "Sessions left"),
        "session_card": QCoreApplication.translate("Messages", "Session card"),
        "source": QCoreApplication.translate("Messages", "Source"),
        "address": QCoreApplication.translate("Messages", "Address"),
        "preferences": QCoreApplication.translate("Messages", "Preferences"),
        "taste": QCoreApplication.translate("Messages", "Taste"),
        "allergies": QCoreApplication.translate("Messages", "Allergies"),
        "hair_notes": QCoreApplication.translate("Messages", "Hair"),
        "skin_notes": QCoreApplication.translate("Messages", "Skin"),
        "sizes": QCoreApplication.translate("Messages", "Sizes"),
        "notes": QCoreApplication.translate("Messages", "Notes"),
        "marketing_consent": QCoreApplication.translate("Messages", "Marketing consent"),
    }
    return names.get(field, field)


def import_problem_text(problem: RowProblem) -> str:
    """What is wrong with one cell of an imported row (or, for a warning, what was not done).

    The row number and the column are not part of the sentence; the caller shows them.
    """
    texts = {
        "required": QCoreApplication.translate("Messages", "This cell must not be empty."),
        "invalid_phone": QCoreApplication.translate(
            "Messages", "Not a valid phone number (11-digit mobile, or area code + number)."
        ),
        "invalid_card_no": QCoreApplication.translate(
            "Messages", "A card number has only digits, letters and '-' (at most 32)."
        ),
        "invalid_gender": QCoreApplication.translate(
            "Messages", "Write 男 or 女 (or leave the cell empty)."
        ),
        "invalid_date": QCoreApplication.translate(
            "Messages", "Not a date we can read (write e.g. 1990-10-31, 10月31日 or 农历八月十五)."
        ),
        "ambiguous_date": QCoreApplication.translate(
            "Messages", "Day and month could be either way round; write the year first."
        ),
        "impossible_date": QCoreApplication.translate("Messages", "This date does not exist."),
        "future_date": QCoreApplication.translate("Messages", "This date is in the future."),
        "too_old": QCoreApplication.translate("Messages", "This date is too far in the past."),
        "invalid_calendar": QCoreApplication.translate(
            "Messages", "Write 公历 or 农历 (or leave the cell empty)."
        ),
        "invalid_yes_no": QCoreApplication.translate(
            "Messages", "Write 是 or 否 (or leave the cell empty)."
        ),
        "invalid_amount": QCoreApplication.translate(
            "Messages", "Not an amount of money (write e.g. 1234.50)."
        ),
        "too_many_decimals": QCoreApplication.translate(
            "Messages", "An amount has at most two decimals (fen)."
        ),
        "negative": QCoreApplication.translate("Messages", "This must not be negative."),
        "too_large": QCoreApplication.translate("Messages", "This number is too large."),
        "not_whole_number": QCoreApplication.translate(
            "Messages", "Points must be a whole number."
        ),
        "archived_customer": QCoreApplication.translate(
            "Messages",
            "This belongs to an archived customer. Restore that customer first, then import again.",
        ),
        "duplicate_in_file": QCoreApplication.translate(
            "Messages", "Row %1 of the file already has this; the row is not imported."
        ),
        "matches_two_customers": QCoreApplication.translate(
            "Messages",
            "The phone belongs to one customer in the store and the card number to another.",
        ),
        "total_row": QCoreApplication.translate(
            "Messages", "This looks like a totals row, not a customer; it is not imported."
        ),
        "formula_without_value": QCoreApplication.translate(
            "Messages",
            "A formula whose result was not saved in the file (it was not saved by Excel or "
            "WPS). Open the file in Excel or WPS, save it, and import it again.",
        ),
        "balance_not_changed": QCoreApplication.translate(
            "Messages",
            "The customer already exists; an import does not change an existing balance or points.",
        ),
    }
    if problem.code == "too_long" and problem.limit is not None:
        return too_long_text(problem.limit)
    text = texts.get(
        problem.code, QCoreApplication.translate("Messages", "This value is not valid.")
    )
    if problem.other_row is not None:
        text = text.replace("%1", str(problem.other_row))
    elif problem.limit is not None:
        text = text.replace("%1", str(problem.limit))
    return text
