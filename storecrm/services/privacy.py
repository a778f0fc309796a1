"""Personal-data rights and access (PIPL arts. 44–47, 51): what each role sees of a phone,
the audit of bulk reads, consent withdrawal with its history, erasing a person, the customers
proposed for erasure, the privacy settings and the log of personal-data access.

The rules are in :mod:`storecrm.domain.privacy`; ARCHITECTURE.md has the policy as a table.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.customer import mask_phone
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.privacy import (
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS_RANGE,
    ConsentChannel,
    ConsentEvent,
    ConsentSource,
    erased_profile,
    sees_full_phones,
    shown_phone,
    years_before,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.dto import AuditEntry

KEY_CASHIER_FULL_PHONES = "privacy_cashier_full_phones"
KEY_RETENTION_YEARS = "privacy_retention_years"
KEY_NOTICE = "privacy_notice"
MAX_NOTICE = 20_000
READ_ACTION = "personal_data_read"
# A list shown again and again (the reminders screen refreshes after every sale) is recorded
# once per this many seconds for the same user, list and parameters; the command line, a new
# day, another filter or another user is always recorded.
REPEAT_WINDOW_S = 600.0

# The audit actions that are access to (or changes of) personal data, for the privacy screen.
ACCESS_ACTIONS: tuple[str, ...] = (
    READ_ACTION,
    "customer_export",
    "reminder_export",
    "report_export",
    "person_export",
    "customer_import",
    "customer_merge",
    "customer_erase",
    "consent_withdraw",
    "privacy_settings",
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


# -- settings -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PrivacySettings:
    cashier_full_phones: bool  # the owner lets cashiers see whole phone numbers
    retention_years: int  # dormant this long (and nothing owed): proposed for erasure
    notice: str  # what is collected and why, as the store wrote it ("" : not written yet)


def _settings(uow: UnitOfWork) -> PrivacySettings:
    values = uow.settings.all()
    try:
        years = int(values.get(KEY_RETENTION_YEARS, DEFAULT_RETENTION_YEARS))
    except ValueError:
        years = DEFAULT_RETENTION_YEARS
    low, high = RETENTION_YEARS_RANGE
    return PrivacySettings(
        cashier_full_phones=values.get(KEY_CASHIER_FULL_PHONES) == "1",
        retention_years=min(max(years, low), high),
        notice=values.get(KEY_NOTICE, ""),
    )


def get_privacy_settings(uow: UnitOfWork, actor: Actor) -> PrivacySettings:
    return _settings(uow)


def update_privacy_settings(
    uow: UnitOfWork,
    actor: Actor,
    *,
    cashier_full_phones: bool | None = None,
    retention_years: int | None = None,
    notice: str | None = None,
) -> PrivacySettings:
    """The owner's privacy choices; every change is audited (the notice by its length)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "privacy_settings")
    current = _settings(uow)
    changed: dict[str, str] = {}
    detail: dict[str, Any] = {}
    if cashier_full_phones is not None and cashier_full_phones != current.cashier_full_phones:
        changed[KEY_CASHIER_FULL_PHONES] = "1" if cashier_full_phones else "0"
        detail["cashier_full_phones"] = cashier_full_phones
    if retention_years is not None and retention_years != current.retention_years:
        low, high = RETENTION_YEARS_RANGE
        if not low <= retention_years <= high:
            raise ValidationError("retention_years", "range", low=low, high=high)
        changed[KEY_RETENTION_YEARS] = str(retention_years)
        detail["retention_years"] = retention_years
    if notice is not None and notice.strip() != current.notice:
        text = notice.strip()
        if len(text) > MAX_NOTICE:
            raise ValidationError("notice", "too_long", maximum=MAX_NOTICE)
        changed[KEY_NOTICE] = text
        detail["notice_chars"] = len(text)
    for key, value in changed.items():
        uow.settings.put(key, value, actor.user_id)
    if changed:
        audit.record(uow, actor, "privacy_settings", detail=detail)
        uow.commit()
    return _settings(uow)


# -- who sees what ------------------------------------------------------------------------------
def full_phones(uow: UnitOfWork, actor: Actor) -> bool:
    """Whether ``actor`` is shown whole phone numbers (see domain.privacy.PHONE_POLICY)."""
    if sees_full_phones(actor.role, False):
        return True
    # Kept per open store (data/cache.py): a cashier's every look-up asks.
    return uow.cached(
        ("cashier_full_phones",), lambda: uow.settings.get(KEY_CASHIER_FULL_PHONES) == "1"
    )


def phone_view(uow: UnitOfWork, actor: Actor) -> Callable[[str | None], str | None]:
    """The phone as ``actor`` may see it, for a service to apply to what it returns."""
    full = full_phones(uow, actor)
    return lambda phone: shown_phone(phone, full)


# -- the audit of bulk reads ----------------------------------------------------------------------
_recent_reads: dict[tuple[str, int, str, str], float] = {}
_recent_lock = threading.Lock()


def record_read(
    uow: UnitOfWork,
    actor: Actor,
    what: str,
    count: int,
    *,
    masked: bool,
    params: Mapping[str, Any] | None = None,
) -> None:
    """Audit a read of many people's data: who (the actor), what (a list's name and its
    parameters, never a name or a phone), how many people, and whether phones were masked.

    Committed at once (the caller only reads). A read-only store (``storecrm info``) cannot
    be written and records nothing.
    """
    if uow.store.read_only:
        return
    shown = json.dumps(dict(params or {}), sort_keys=True, default=str)
    key = (str(uow.store.paths.folder), actor.user_id, what, shown)
    now = time.monotonic()
    with _recent_lock:
        last = _recent_reads.get(key)
        if last is not None and now - last < REPEAT_WINDOW_S:
            return
        _recent_reads[key] = now
    detail = {"what": what, "count": count, "masked": masked} | dict(params or {})
    audit.record(uow, actor, READ_ACTION, detail=detail)
    uow.commit()


def forget_recent_reads() -> None:
    """Record the next read of every list again (a new sign-in; tests)."""
    with _recent_lock:
        _recent_reads.clear()


def commit_or_remove(uow: UnitOfWork, *written: Path) -> None:
    """Commit the audit entry of an export that was just written; when it cannot be written
    (a full store disk), remove the files again: personal data leaves the store audited or
    not at all."""
    try:
        uow.commit()
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


# -- consent --------------------------------------------------------------------------------------
def consent_event(
    customer_id: int,
    given: bool,
    at: datetime,
    source: ConsentSource,
    user_id: int | None,
    channel: ConsentChannel | None = None,
    recorded_at: datetime | None = None,
) -> dict[str, Any]:
    """A row of the consent history (the caller appends it in the same transaction as it
    moves ``customers.marketing_consent``)."""
    return {
        "customer_id": customer_id,
        "at": at,
        "given": given,
        "source": source.value,
        "channel": None if channel is None else channel.value,
        "recorded_at": recorded_at or at,
        "user_id": user_id,
    }


def withdraw_consent(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    *,
    on: date | None = None,
    channel: ConsentChannel = ConsentChannel.IN_STORE,
) -> None:
    """The customer withdrew their consent to marketing messages, on ``on`` (today unless
    given; not in the future). Kept in the history with who recorded it and when; reminders
    and message exports leave the customer out from now on."""
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "consent_withdraw")
    row = uow.customers.get(customer_id)
    if uow.privacy.erased([customer_id]):
        raise ValidationError("customer", "erased")
    if not row["marketing_consent"]:
        raise ValidationError("marketing_consent", "not_given")
    now = clock.now()
    day = on or now.date()
    if day > now.date():
        raise ValidationError("withdrawn_on", "future_date")
    given_at = row["marketing_consent_at"]
    if given_at is not None and day < given_at.date():
        raise ValidationError("withdrawn_on", "before_consent")
    at = now if day == now.date() else datetime.combine(day, datetime.min.time())
    uow.privacy.add_consents(
        [
            consent_event(
                customer_id, False, at, ConsentSource.WITHDRAWAL, actor.user_id, channel, now
            )
        ]
    )
    uow.customers.update(
        customer_id,
        {
            "marketing_consent": False,
            "marketing_consent_at": None,
            "updated_at": now,
            "updated_by": actor.user_id,
        },
    )
    uow.customers.add_event(customer_id, "consent_withdrawn", day.isoformat(), actor.user_id, now)
    audit.record(
        uow,
        actor,
        "consent_withdraw",
        target=f"customer:{customer_id}",
        detail={"on": day.isoformat(), "channel": channel.value},
    )
    uow.commit()


def consent_history(uow: UnitOfWork, actor: Actor, customer_id: int) -> list[ConsentEvent]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    uow.customers.get(customer_id)
    return [
        ConsentEvent(
            at=r["at"],
            given=bool(r["given"]),
            source=str(r["source"]),
            channel=r["channel"],
            recorded_at=r["recorded_at"],
            recorded_by=str(r["display_name"] or ""),
        )
        for r in uow.privacy.consent_history(customer_id)
    ]


# -- erasure ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EraseReport:
    erased: int
    skipped: tuple[tuple[int, str], ...]  # (customer id, reason code) of those left as they were
    cancelled: bool


def _erase_problem(uow: UnitOfWork, customer_id: int) -> str | None:
    """Why this customer cannot be erased now (a reason code), or None."""
    try:
        row = uow.customers.get(customer_id)
    except NotFound:
        return "not_found"
    if uow.privacy.erased([customer_id]):
        return "already_erased"
    if int(row["balance_fen"]) != 0:
        return "has_balance"  # money the store owes them: pay it back first
    if uow.sales.usable_cards_of([customer_id], clock.now().date()):
        return "has_cards"  # sessions or a period card the customer paid for
    return None


def _erase(uow: UnitOfWork, actor: Actor, customer_id: int, now: datetime) -> None:
    row = uow.customers.get(customer_id)
    points = int(row["points"])
    if points:  # unused points lapse: the ledger still adds up to the cached balance
        uow.customers.add_ledger_entries(
            [
                {
                    "customer_id": customer_id,
                    "account": "points",
                    "kind": "expiry",
                    "delta": -points,
                    "at": now,
                    "user_id": actor.user_id,
                    "note": "erasure",
                }
            ]
        )
    if row["marketing_consent"]:
        uow.privacy.add_consents(
            [consent_event(customer_id, False, now, ConsentSource.ERASURE, actor.user_id)]
        )
    uow.privacy.erase(customer_id, erased_profile(customer_id), now, actor.user_id)
    uow.till.drop_parked_of(customer_id)  # what was typed at the till about them
    uow.customers.add_event(customer_id, "erased", "", actor.user_id, now)
    # Only the record's number: the audit log must not keep what was erased.
    audit.record(uow, actor, "customer_erase", target=f"customer:{customer_id}")
    # Duplicates merged into this record are the same person; their balances moved here.
    for twin in uow.privacy.merged_into(customer_id):
        if not uow.privacy.erased([twin]):
            _erase(uow, actor, twin, now)


def erase_customer(uow: UnitOfWork, actor: Actor, customer_id: int) -> None:
    """Erase one person's data irreversibly (see :meth:`PrivacyRepository.erase` for what is
    cleared). Their sales, ledger and cards stay, under "已删除客户 #id", so the books still add
    up; unused points lapse. Refused while the store owes them stored value or sessions."""
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_erase")
    problem = _erase_problem(uow, customer_id)
    if problem == "not_found":
        raise NotFound("customer", customer_id)
    if problem is not None:
        raise ValidationError("customer", problem)
    _erase(uow, actor, customer_id, clock.now())
    uow.commit()


ERASE_CHUNK = 100


def erase_customers(
    uow: UnitOfWork,
    actor: Actor,
    customer_ids: Sequence[int],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> EraseReport:
    """Erase many (the retention review): committed in chunks, so a cancel keeps what was
    done. Customers that cannot be erased now are skipped with their reason."""
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_erase")
    ids = list(dict.fromkeys(customer_ids))
    skipped: list[tuple[int, str]] = []
    erased = 0
    if progress is not None:
        progress(0, len(ids))
    for start in range(0, len(ids), ERASE_CHUNK):
        if cancel is not None and cancel():
            return EraseReport(erased, tuple(skipped), True)
        now = clock.now()
        for customer_id in ids[start : start + ERASE_CHUNK]:
            problem = _erase_problem(uow, customer_id)
            if problem is not None:
                skipped.append((customer_id, problem))
                continue
            _erase(uow, actor, customer_id, now)
            erased += 1
        uow.commit()
        if progress is not None:
            progress(min(start + ERASE_CHUNK, len(ids)), len(ids))
    return EraseReport(erased, tuple(skipped), False)


def last_erasure_at(uow: UnitOfWork) -> datetime | None:
    """When the latest erasure was done (backups made before it still hold erased data)."""
    return uow.privacy.last_erasure_at()


# -- retention ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DormantCustomer:
    customer_id: int
    name: str
    phone: str | None  # masked: enough to recognise, not to call
    created_at: datetime
    last_visit_at: datetime | None
    visit_count: int
    archived: bool
    last_activity: datetime


DORMANT_LIMIT = 5000


def dormant_customers(
    uow: UnitOfWork, actor: Actor, years: int | None = None, *, today: date | None = None
) -> list[DormantCustomer]:
    """Customers to propose for erasure: nothing owed to them and no activity for ``years``
    (the retention setting unless given). The owner reviews the list and erases in bulk."""
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_erase")
    day = today or clock.now().date()
    span = years if years is not None else _settings(uow).retention_years
    before = datetime.combine(years_before(day, span), datetime.min.time())
    rows = uow.privacy.dormant(before, day, DORMANT_LIMIT)
    result = [
        DormantCustomer(
            customer_id=int(r["id"]),
            name=str(r["name"]),
            phone=mask_phone(r["phone"]) if r["phone"] else None,
            created_at=r["created_at"],
            last_visit_at=r["last_visit_at"],
            visit_count=int(r["visit_count"]),
            archived=r["archived_at"] is not None,
            last_activity=_as_datetime(r["last_activity"]),
        )
        for r in rows
    ]
    record_read(uow, actor, "dormant_customers", len(result), masked=True, params={"years": span})
    return result


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


# -- the access log -----------------------------------------------------------------------------
def access_log(
    uow: UnitOfWork, actor: Actor, user_id: int | None = None, limit: int = 1000
) -> list[AuditEntry]:
    """Who read, exported, changed or erased personal data, newest first (one user's only
    when ``user_id`` is given)."""
    audit.require(uow, actor, Permission.VIEW_AUDIT_LOG, "audit_view")
    return [
        AuditEntry(
            entry_id=int(r["id"]),
            at=r["at"],
            username=str(r["username"]),
            action=str(r["action"]),
            outcome=str(r["outcome"]),
            target=r["target"],
            detail=str(r["detail"]),
        )
        for r in uow.privacy.audit_entries(ACCESS_ACTIONS, user_id, limit)
    ]


__all__ = [
    "ACCESS_ACTIONS",
    "DormantCustomer",
    "EraseReport",
    "PrivacySettings",
    "access_log",
    "consent_event",
    "consent_history",
    "dormant_customers",
    "erase_customer",
    "erase_customers",
    "commit_or_remove",
    "forget_recent_reads",
    "full_phones",
    "get_privacy_settings",
    "last_erasure_at",
    "phone_view",
    "record_read",
    "update_privacy_settings",
    "withdraw_consent",
]
