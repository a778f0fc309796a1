"""Personal data rules (PIPL): who sees which of a customer's fields, what an erasure clears,
how consent is recorded and which customers are dormant enough to be proposed for erasure.

Pure rules; the services apply them (``storecrm.services.privacy``) so that every output — the
window, the command line, the exports and the printouts — carries only what the role may see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from storecrm.domain.customer import mask_phone
from storecrm.domain.roles import Role

# What an erased customer is called wherever a name used to appear (lists, sales, receipts,
# reports, exports). It is data, written into the row: every output shows it without a rule of
# its own, and it is the same in every language, as the issue and the store's files spell it.
ERASED_NAME = "已删除客户 #{id}"

_MASKED = re.compile(r"^\d{2,3}\*+\d{0,4}$")


def erased_name(customer_id: int) -> str:
    return ERASED_NAME.format(id=customer_id)


def sees_full_phones(role: Role, cashier_full_phones: bool) -> bool:
    """Owner and manager see whole numbers; a cashier sees 138****5678 unless the owner has
    allowed cashiers to see full numbers."""
    return role is not Role.CASHIER or cashier_full_phones


def shown_phone(phone: str | None, full: bool) -> str | None:
    """The phone as one who may (``full``) or may not see it whole is shown it."""
    if not phone:
        return phone
    return phone if full else mask_phone(phone)


def is_masked_phone(text: str) -> bool:
    """Whether ``text`` is a phone as :func:`mask_phone` shows it (a form sent back as it was
    shown: the stored number is kept)."""
    return bool(_MASKED.fullmatch(text.strip()))


class ConsentSource(StrEnum):
    """Where a consent event came from."""

    FORM = "form"  # the profile form (created with consent, or the box ticked/unticked)
    IMPORT = "import"
    WITHDRAWAL = "withdrawal"  # the customer withdrew it; recorded with the day they said so
    ERASURE = "erasure"  # the person was erased: no consent remains
    MIGRATION = "migration"  # consent given before the history was kept (0009)


class ConsentChannel(StrEnum):
    """How the customer told the store (for a withdrawal)."""

    IN_STORE = "in_store"
    PHONE = "phone"
    WECHAT = "wechat"
    SMS = "sms"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One line of a customer's consent history (append-only, never overwritten)."""

    at: datetime  # when the customer gave or withdrew it
    given: bool
    source: str  # a ConsentSource value
    channel: str | None  # a ConsentChannel value, for withdrawals
    recorded_at: datetime
    recorded_by: str  # the user's display name


# -- who sees what ------------------------------------------------------------------------------
# The policy, output by output: which roles see a customer's fields in it and how. "full": as
# stored; "masked": phones as 138****5678; "—": the output is refused to that role. Kept here as
# data so that ARCHITECTURE.md's table and the tests read the same thing.
FULL = "full"
MASKED = "masked"
REFUSED = "—"

PHONE_POLICY: dict[str, dict[Role, str]] = {
    # output: owner, manager, cashier (cashier's "masked" becomes "full" when the owner allows)
    "till search and member panel": {Role.OWNER: FULL, Role.MANAGER: FULL, Role.CASHIER: MASKED},
    "customer list and profile": {Role.OWNER: FULL, Role.MANAGER: FULL, Role.CASHIER: MASKED},
    "reminders, tasks, service records": {
        Role.OWNER: FULL,
        Role.MANAGER: FULL,
        Role.CASHIER: MASKED,
    },
    "reminder messages export": {Role.OWNER: FULL, Role.MANAGER: FULL, Role.CASHIER: REFUSED},
    "customer export (xlsx)": {Role.OWNER: FULL, Role.MANAGER: FULL, Role.CASHIER: REFUSED},
    "one person's export (PDF + xlsx)": {
        Role.OWNER: FULL,
        Role.MANAGER: FULL,
        Role.CASHIER: REFUSED,
    },
    "reports (PDF, xlsx, screen)": {
        Role.OWNER: MASKED,
        Role.MANAGER: MASKED,
        Role.CASHIER: REFUSED,
    },
    "receipts and sale details": {Role.OWNER: MASKED, Role.MANAGER: MASKED, Role.CASHIER: MASKED},
}


# -- erasure ------------------------------------------------------------------------------------
def erased_profile(customer_id: int) -> dict[str, object]:
    """The customer row's personal columns after an erasure: nothing left that names or
    reaches the person. Visit summary, balances, tier and dates stay (the books need them)."""
    return {
        "name": erased_name(customer_id),
        "phone": None,
        "other_phone": None,
        "card_no": None,
        "gender": "unknown",
        "birthday": None,
        "birthday_calendar": None,
        "birthday_year": None,
        "birthday_month": None,
        "birthday_day": None,
        "birthday_leap": False,
        "notes": "",
        "address": "",
        "preferences": "",
        "taste": "",
        "allergies": "",
        "hair_notes": "",
        "skin_notes": "",
        "sizes": "",
        "source": "other",
        "referrer_id": None,
        "marketing_consent": False,
        "marketing_consent_at": None,
    }


# -- retention ------------------------------------------------------------------------------------
DEFAULT_RETENTION_YEARS = 3
RETENTION_YEARS_RANGE = (1, 30)


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


__all__ = [
    "ConsentChannel",
    "ConsentEvent",
    "ConsentSource",
    "DEFAULT_RETENTION_YEARS",
    "ERASED_NAME",
    "PHONE_POLICY",
    "RETENTION_YEARS_RANGE",
    "erased_name",
    "erased_profile",
    "is_masked_phone",
    "sees_full_phones",
    "shown_phone",
    "years_before",
]
