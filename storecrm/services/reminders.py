"""Reminders, follow-up tasks, service records and message templates.

:func:`due_reminders` works out today's list from the data every time (see
:mod:`storecrm.domain.reminders` for the rules); :func:`act` records what someone did about one
(contacted, snoozed, done, not interested), which also puts it on the customer's timeline and
is what the reports count as the reminders' effect.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Any, ClassVar, overload

from storecrm.data.reminder_repository import (
    BALANCE_FEN,
    CONSENT,
    CUSTOMER_ID,
    ITEM_LAST_THROUGH,
    LAST_VISIT_AT,
    NAME,
    PHONE,
    POINTS,
    REASON,
    VISIT_COUNT,
    Candidate,
)
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.birthday import Birthday, Calendar, solar_to_lunar
from storecrm.domain.customer import mask_phone, surname_sort_key
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.money import money_text
from storecrm.domain.privacy import shown_phone
from storecrm.domain.promotions.lifecycle import SOURCES as LIFECYCLE_SOURCES
from storecrm.domain.reminders import (
    DEFAULT_TEMPLATES,
    KIND_ORDER,
    SNOOZE_LOOKBACK_DAYS,
    Channel,
    DefaultTemplate,
    FollowupStatus,
    LastAction,
    MessageFacts,
    ReminderAction,
    ReminderKind,
    ReminderRules,
    ServiceStatus,
    ServiceType,
    Window,
    anniversary_in,
    anniversary_keys,
    appointment_time_text,
    birthday_in,
    birthday_keys,
    birthday_text,
    check_rules,
    dormant_since,
    is_open,
    no_show_window,
    render_template,
    return_window,
    unknown_placeholders,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy

RULES_KEY = "reminder_rules"
ITEM_LAST_KEY = ITEM_LAST_THROUGH  # the last sale id counted in item_last
#: Sale ids counted per write when the reminders find ``item_last`` far behind (an old store,
#: a bulk history): each slice is its own short write, so a sale never waits long behind it.
CATCH_UP_SLICE = 20_000
MAX_NOTE = 500


# -- what the GUI and the CLI get --------------------------------------------------------------
@dataclass(slots=True)  # not frozen: tens of thousands are built per list, and frozen
class ReminderItem:  # dataclasses pay for object.__setattr__ on every field
    """One due reminder with the customer's key facts and the reason it is due."""

    kind: str
    ref: str
    customer_id: int
    name: str
    phone: str | None
    due_on: date
    days: int  # due_on - today: negative when overdue
    last_visit_on: date | None
    visit_count: int
    balance_fen: int
    points: int
    marketing_consent: bool
    snoozed: bool = False  # back from a snooze
    # birthday
    birthday: Birthday | None = None
    age: int | None = None  # the age reached on this birthday, when the year is known
    # return visit: the customer's own rhythm and the items whose cycle is due
    interval_days: int | None = None
    items: tuple[tuple[str, date], ...] = ()
    # cards
    card_id: int | None = None
    card_name: str = ""
    sessions_left: int | None = None
    card_expires_on: date | None = None
    # anniversary
    years: int | None = None
    # follow-up tasks and service records
    record_id: int | None = None
    title: str = ""
    service_type: str = ""
    assignee_id: int | None = None
    assignee_name: str = ""
    # tomorrow's appointments and no-shows: the appointment, its services and staff member
    appointment_id: int | None = None
    appointment_at: datetime | None = None
    services_text: str = ""  # 剪发、护理
    staff_name: str = ""  # empty: anyone (not yet assigned)
    # lifecycle coupons: the coupon (record_id), its name (title), its source, valid until
    coupon_source: str = ""
    coupon_valid_to: date | None = None


# One due occurrence before it is dressed as a ReminderItem:
# (kind, ref, candidate row (key facts first), due day, reason fields, back from a snooze).
_Entry = tuple[str, str, Candidate, date, Mapping[str, Any], bool]


def _entry_order(entry: _Entry) -> tuple[date, str, int]:
    """Display order of the lines: due day, then name by the surname's pinyin (reading every
    name's full pinyin for tens of thousands of lines would cost seconds the first time),
    then who, for a stable order."""
    row = entry[2]
    return entry[3], surname_sort_key(row[NAME]), row[CUSTOMER_ID]


_APPOINTMENT_KINDS = frozenset({ReminderKind.APPOINTMENT.value, ReminderKind.NO_SHOW.value})


def _appointment_order(entry: _Entry) -> tuple[date, datetime, int]:
    """Tomorrow's appointments and the no-shows in the order of the book: by time."""
    return entry[3], entry[4]["appointment_at"], entry[4]["appointment_id"]


class ReminderLines(Sequence[ReminderItem]):
    """One kind's reminders in display order (due day, then name by the surname's pinyin).
    Each line is made the first time it is read: a big store has tens of thousands due, a
    screen shows a few dozen, and making them all would cost time and a long walk for
    Python's garbage collector."""

    __slots__ = ("_today", "_entries", "_made", "_full_phones")

    def __init__(self, today: date, entries: list[_Entry], full_phones: bool = True) -> None:
        self._today = today
        self._entries = entries
        self._made: list[ReminderItem | None] = [None] * len(entries)
        self._full_phones = full_phones

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> ReminderItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[ReminderItem]: ...

    def __getitem__(self, index: int | slice) -> ReminderItem | list[ReminderItem]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        made = self._made[index]
        if made is None:
            kind, ref, row, due, extra, snoozed = self._entries[index]
            made = _item(kind, ref, row, due, self._today, snoozed, extra)
            if not self._full_phones and made.phone:
                made.phone = mask_phone(made.phone)
            self._made[index] = made
        return made

    def customer_ids(self) -> list[int]:
        """Whose each line is, in order (without making the lines)."""
        return [entry[2][CUSTOMER_ID] for entry in self._entries]

    EMPTY: ClassVar[ReminderLines]


ReminderLines.EMPTY = ReminderLines(date.min, [])


class ReminderList:
    """Today's reminders by kind. Working out *which* reminders are due is done at once; each
    kind is put in display order when first asked for, and its lines are made as they are read
    (see :class:`ReminderLines`)."""

    def __init__(
        self, today: date, entries: Mapping[str, list[_Entry]], *, full_phones: bool = True
    ) -> None:
        self.today = today
        self._entries = {kind.value: list(entries.get(kind.value, ())) for kind in KIND_ORDER}
        self._lines: dict[str, ReminderLines] = {}
        self.full_phones = full_phones  # False: the lines show phones as 138****5678

    def __len__(self) -> int:
        return sum(len(e) for e in self._entries.values())

    def people(self) -> int:
        """How many different customers the list shows."""
        return len({e[2][CUSTOMER_ID] for entries in self._entries.values() for e in entries})

    def counts(self) -> dict[str, int]:
        return {kind: len(entries) for kind, entries in self._entries.items()}

    def of_kind(self, kind: str) -> ReminderLines:
        lines = self._lines.get(kind)
        if lines is None:
            order = _appointment_order if kind in _APPOINTMENT_KINDS else _entry_order
            entries = sorted(self._entries.get(kind, ()), key=order)
            lines = self._lines[kind] = ReminderLines(self.today, entries, self.full_phones)
        return lines

    def prepare(self) -> None:
        """Put every kind in display order now (the screen does this in its worker)."""
        for kind in KIND_ORDER:
            self.of_kind(kind.value)

    @property
    def items(self) -> tuple[ReminderItem, ...]:
        """Every line, kind by kind (makes them all: for the command line and exports)."""
        with _collector_paused():
            return tuple(item for kind in KIND_ORDER for item in self.of_kind(kind.value))

    def only(self, keep: Any) -> ReminderList:
        """The reminders whose entry passes ``keep(kind, reason fields)``."""
        return ReminderList(
            self.today,
            {k: [e for e in entries if keep(k, e[4])] for k, entries in self._entries.items()},
            full_phones=self.full_phones,
        )

    def masked(self) -> ReminderList:
        """The same reminders with phones shown as 138****5678."""
        return ReminderList(self.today, self._entries, full_phones=False)


@dataclass(frozen=True, slots=True)
class FollowupInfo:
    followup_id: int
    customer_id: int
    customer_name: str
    phone: str | None
    title: str
    note: str
    due_on: date
    assignee_id: int | None
    assignee_name: str
    status: str
    created_at: datetime
    created_by_name: str
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class ServiceRecordDraft:
    customer_id: int
    type: ServiceType
    subject: str
    detail: str = ""
    status: ServiceStatus = ServiceStatus.OPEN
    assignee_id: int | None = None
    due_on: date | None = None
    resolution: str = ""
    satisfaction: int | None = None


@dataclass(frozen=True, slots=True)
class ServiceRecordInfo:
    record_id: int
    customer_id: int
    customer_name: str
    phone: str | None
    type: str
    subject: str
    detail: str
    status: str
    assignee_id: int | None
    assignee_name: str
    due_on: date | None
    resolution: str
    satisfaction: int | None
    created_at: datetime
    created_by_name: str
    updated_at: datetime
    resolved_at: datetime | None

    def overdue(self, today: date) -> bool:
        return self.status != "resolved" and self.due_on is not None and self.due_on < today


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    template_id: int
    name: str
    kind: str | None
    body: str


@dataclass(frozen=True, slots=True)
class MessageRow:
    customer_id: int
    name: str
    phone: str
    kind: str
    due_on: date | None
    message: str


@dataclass(frozen=True, slots=True)
class MessageList:
    rows: tuple[MessageRow, ...]
    skipped_no_consent: int
    skipped_no_phone: int


# -- rules -------------------------------------------------------------------------------------
def load_rules(uow: UnitOfWork) -> ReminderRules:
    raw = uow.settings.get(RULES_KEY)
    if not raw:
        return ReminderRules()
    try:
        data = json.loads(raw)
    except ValueError:
        return ReminderRules()
    return ReminderRules.from_dict(data) if isinstance(data, dict) else ReminderRules()


@reads
def get_rules(uow: UnitOfWork, actor: Actor) -> ReminderRules:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    return load_rules(uow)


def set_rules(uow: UnitOfWork, actor: Actor, rules: ReminderRules) -> ReminderRules:
    audit.require(uow, actor, Permission.MANAGE_REMINDERS, "settings_change")
    check_rules(rules)
    uow.settings.put(RULES_KEY, json.dumps(rules.to_dict(), sort_keys=True), actor.user_id)
    audit.record(uow, actor, "settings_change", detail={"keys": [RULES_KEY]})
    uow.commit()
    return rules


# -- today's list ------------------------------------------------------------------------------
@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of small objects are made
    and all kept (the rows of a list, then its lines). It would walk them again and again and
    find nothing to free: a quarter of the time on the 100k store, and a full collection there
    holds Python's lock for some 170 ms, so a window whose list is built in a worker would not
    answer meanwhile. Whoever saw it running turns it back on."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _item(
    kind: str,
    ref: str,
    row: Candidate,
    due: date,
    today: date,
    snoozed: bool,
    extra: Mapping[str, Any],
) -> ReminderItem:
    last_visit = row[LAST_VISIT_AT]
    return ReminderItem(
        kind,
        ref,
        row[CUSTOMER_ID],
        row[NAME],
        row[PHONE],
        due,
        (due - today).days,
        None if last_visit is None else date.fromisoformat(last_visit[:10]),
        row[VISIT_COUNT] or 0,
        row[BALANCE_FEN] or 0,
        row[POINTS] or 0,
        bool(row[CONSENT]),
        snoozed,
        **extra,
    )


@lru_cache(maxsize=8192)  # Birthday is immutable: people born the same day share one
def _birthday(calendar: Any, year: Any, month: Any, day: Any, leap: Any) -> Birthday | None:
    try:
        return Birthday(
            calendar=Calendar(calendar),
            month=int(month),
            day=int(day),
            year=None if year is None else int(year),
            leap_month=bool(leap),
        )
    except (TypeError, ValueError):
        return None


# Reason fields of the kinds that have none (shared: entries are never changed).
_NO_REASON: Mapping[str, Any] = MappingProxyType({})


class _Collector:
    """Gathers the occurrences of one computation and keeps those that are open today."""

    def __init__(self, today: date, actions: Mapping[tuple[int, str, str], Mapping[str, Any]]):
        self.today = today
        self.actions = actions
        self.entries: dict[str, list[_Entry]] = {kind.value: [] for kind in KIND_ORDER}
        # customers someone acted on, per kind: everyone else's occurrences are simply open
        self._acted: dict[str, set[int]] = {kind.value: set() for kind in KIND_ORDER}
        for cid, kind, _ref in actions:
            self._acted.setdefault(kind, set()).add(cid)

    def offer(
        self,
        kind: ReminderKind,
        ref: str,
        row: Candidate,
        due: date,
        extra: Mapping[str, Any],
        *,
        in_window: bool = True,
    ) -> None:
        """Keep one occurrence if it is open: in its window and not acted on, or back from
        a snooze (``in_window=False`` for one found only because it was snoozed)."""
        value = kind._value_
        last = self.actions.get((row[CUSTOMER_ID], value, ref))
        if last is None:
            if in_window:
                self.entries[value].append((value, ref, row, due, extra, False))
            return
        action = LastAction(ReminderAction(last["action"]), last["snooze_until"])
        if is_open(action, due, self.today):
            self.entries[value].append((value, ref, row, due, extra, True))

    def offer_all(self, kind: ReminderKind, entries: list[_Entry]) -> None:
        """:meth:`offer` for many occurrences in their windows, made as entries of ``kind``
        not back from a snooze (the hot path: tens of thousands on a big store, almost all
        of customers nobody acted on yet, which are kept as they are)."""
        value = kind._value_
        acted = self._acted[value]
        if not acted:
            self.entries[value].extend(entries)
            return
        keep = self.entries[value].append
        for entry in entries:
            row = entry[2]
            if row[CUSTOMER_ID] in acted:
                self.offer(kind, entry[1], row, entry[3], entry[4])
            else:
                keep(entry)

    def snoozed_refs(self, kind: ReminderKind) -> list[tuple[int, str]]:
        """(customer, ref) of this kind's occurrences whose snooze ended by today."""
        return [
            (cid, ref)
            for (cid, k, ref), row in self.actions.items()
            if k == kind.value
            and row["action"] == ReminderAction.SNOOZED.value
            and row["snooze_until"] is not None
            and row["snooze_until"] <= self.today
        ]


@lru_cache(maxsize=4096)
def _celebrated(calendar: str, month: int, day: int, window: Window) -> date | None:
    """When a birthday on ``month``/``day`` is celebrated in ``window`` (the same for everyone
    born that day, whatever the year or leap month, so worked out once per list)."""
    try:
        return birthday_in(Birthday(Calendar(calendar), month, day), window)
    except ValueError:  # not a birthday the archive could hold
        return None


@lru_cache(maxsize=4096)
def _year_in(calendar: str, celebrated: date) -> int:
    """The year (solar, or lunar for a lunar birthday) of a day a birthday is celebrated on:
    the age reached that day is this minus the birth year."""
    return celebrated.year if calendar == Calendar.SOLAR else solar_to_lunar(celebrated).year


def _birthdays(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    today = c.today
    window = Window(today, today + timedelta(days=rules.birthday_days_ahead))
    solar, lunar = birthday_keys(window)
    rows = {r[CUSTOMER_ID]: r for r in uow.reminders.birthdays(solar, lunar)}
    # Snoozed birthdays come back on their date even when the birthday itself has passed.
    snoozed = {
        cid: ref
        for cid, ref in c.snoozed_refs(ReminderKind.BIRTHDAY)
        if date.fromisoformat(ref) >= today - timedelta(days=SNOOZE_LOOKBACK_DAYS)
    }
    if snoozed:
        facts = uow.reminders.birthday_facts(snoozed)
        for cid, row in facts.items():
            rows.setdefault(cid, row)
    for cid, row in rows.items():
        calendar, year, month, day, leap = row[REASON : REASON + 5]
        if calendar is None or month is None or day is None:
            continue
        due = _celebrated(calendar, month, day, window)
        in_window = due is not None
        if due is None and cid in snoozed:
            due = date.fromisoformat(snoozed[cid])
        birthday = None if due is None else _birthday(calendar, year, month, day, leap)
        if due is None or birthday is None:
            continue
        year = birthday.year
        age = None if year is None else _year_in(calendar, due) - year
        c.offer(
            ReminderKind.BIRTHDAY,
            due.isoformat(),
            row,
            due,
            {"birthday": birthday, "age": age if age else None},
            in_window=in_window,
        )


def _anniversaries(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    today = c.today
    window = Window(today, today + timedelta(days=rules.anniversary_days_ahead))
    kind = ReminderKind.ANNIVERSARY.value
    entries: list[_Entry] = []
    for row in uow.reminders.anniversaries(anniversary_keys(window), joined_before=today):
        joined = date.fromisoformat(row[REASON][:10])
        due = anniversary_in(joined, window)
        if due is not None:
            years = {"years": due.year - joined.year}
            entries.append((kind, due.isoformat(), row, due, years, False))
    c.offer_all(ReminderKind.ANNIVERSARY, entries)


def _by_due(item: tuple[str, date]) -> tuple[date, str]:
    return item[1], item[0]


def _return_visits(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    """Returns due by the customer's rhythm (the indexed ``return_due``, equal to
    :func:`average_interval` — a test holds them together) and by the items' cycles."""
    today = c.today
    earliest, latest = return_window(today, rules)
    not_dormant_from = today - timedelta(days=rules.dormant_days - 1)
    fromisoformat = date.fromisoformat
    # customer id → (facts, due by rhythm, interval)
    rhythm: dict[int, tuple[Candidate, date, int]] = {}
    if rules.return_by_average:
        for row in uow.reminders.returns_due(
            not_dormant_from, rules.return_min_visits, earliest, latest
        ):
            due = fromisoformat(row[REASON])
            interval = (due - fromisoformat(row[LAST_VISIT_AT][:10])).days
            rhythm[row[CUSTOMER_ID]] = (row, due, interval)
    # customer id → [(item, due)], and the facts of those not due by rhythm
    cycled: dict[int, list[tuple[str, date]]] = {}
    facts: dict[int, Candidate] = {}
    if rules.return_by_item:
        cycles: dict[int, dict[int, str]] = {}  # days → item id → name
        for item in uow.reminders.cycle_items():
            cycles.setdefault(int(item["revisit_days"]), {})[int(item["id"])] = str(item["name"])
        for days, names in cycles.items():
            cycle = timedelta(days=days)
            bought_on: dict[str, date] = {}  # a few dozen distinct days per query
            for row in uow.reminders.item_last_between(
                list(names), earliest - cycle, latest - cycle, not_dormant_from
            ):
                day = row[REASON + 1][:10]
                item_due = bought_on.get(day)
                if item_due is None:
                    item_due = bought_on[day] = fromisoformat(day) + cycle
                cid = row[CUSTOMER_ID]
                found = cycled.get(cid)
                if found is None:
                    cycled[cid] = [(names[row[REASON]], item_due)]
                    facts[cid] = row
                else:
                    found.append((names[row[REASON]], item_due))
    kind = ReminderKind.RETURN_VISIT.value
    entries: list[_Entry] = []
    for cid, (row, due, interval) in rhythm.items():
        found = cycled.pop(cid, None)
        items = () if found is None else _items_by_due(found)
        if items and items[0][1] < due:
            due = items[0][1]
        reason = {"interval_days": interval, "items": items}
        entries.append((kind, row[LAST_VISIT_AT][:10], row, due, reason, False))
    for cid, found in cycled.items():
        row = facts[cid]
        items = _items_by_due(found)
        reason = {"interval_days": None, "items": items}
        entries.append((kind, row[LAST_VISIT_AT][:10], row, items[0][1], reason, False))
    c.offer_all(ReminderKind.RETURN_VISIT, entries)


def _items_by_due(found: list[tuple[str, date]]) -> tuple[tuple[str, date], ...]:
    return tuple(found) if len(found) == 1 else tuple(sorted(set(found), key=_by_due))


def _dormant(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    first, last = dormant_since(c.today, rules)
    after = timedelta(days=rules.dormant_days)
    kind = ReminderKind.DORMANT.value
    entries: list[_Entry] = []
    for row in uow.reminders.last_visit_between(first, last):
        visit = row[LAST_VISIT_AT][:10]
        entries.append((kind, visit, row, date.fromisoformat(visit) + after, _NO_REASON, False))
    c.offer_all(ReminderKind.DORMANT, entries)


def _cards(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    today = c.today
    expiring: set[int] = set()
    if rules.card_expiring:
        until = today + timedelta(days=rules.card_expiring_days)
        for row in uow.reminders.cards_expiring(today, until):
            card_id, name, _kind, sessions, expires = row[REASON : REASON + 5]
            expiring.add(card_id)
            due = date.fromisoformat(expires)
            c.offer(
                ReminderKind.CARD_EXPIRING,
                f"{card_id}:{expires}",
                row,
                due,
                {
                    "card_id": card_id,
                    "card_name": name,
                    "sessions_left": sessions,
                    "card_expires_on": due,
                },
            )
    if rules.card_low:
        for row in uow.reminders.cards_low(today, rules.card_low_sessions):
            card_id, name, _kind, sessions, expires = row[REASON : REASON + 5]
            if card_id in expiring:
                continue
            c.offer(
                ReminderKind.CARD_LOW,
                str(card_id),
                row,
                today,
                {
                    "card_id": card_id,
                    "card_name": name,
                    "sessions_left": sessions,
                    "card_expires_on": None if expires is None else date.fromisoformat(expires),
                },
            )


def _balances(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    today = c.today
    kind = ReminderKind.BALANCE_LOW.value
    c.offer_all(
        ReminderKind.BALANCE_LOW,
        [
            (
                kind,
                row[LAST_VISIT_AT][:10] if row[LAST_VISIT_AT] else "-",
                row,
                today,
                _NO_REASON,
                False,
            )
            for row in uow.reminders.balances_below(rules.balance_low_fen)
        ],
    )


def _followups(uow: UnitOfWork, c: _Collector) -> None:
    rows = uow.reminders.followups_due(c.today)
    facts = uow.reminders.customer_facts(int(r["customer_id"]) for r in rows)
    for row in rows:
        customer = facts.get(int(row["customer_id"]))
        if customer is None:  # archived
            continue
        c.offer(
            ReminderKind.FOLLOWUP,
            str(row["id"]),
            customer,
            row["due_on"],
            {
                "record_id": int(row["id"]),
                "title": str(row["title"]),
                "assignee_id": row["assignee_id"],
                "assignee_name": str(row["assignee_name"] or ""),
            },
        )


def _services(uow: UnitOfWork, c: _Collector) -> None:
    rows = uow.reminders.services_overdue(c.today)
    facts = uow.reminders.customer_facts(int(r["customer_id"]) for r in rows)
    for row in rows:
        customer = facts.get(int(row["customer_id"]))
        if customer is None:
            continue
        due = row["due_on"]
        assert due is not None  # services_overdue reads only records with a due date
        c.offer(
            ReminderKind.SERVICE,
            f"{row['id']}:{due.isoformat()}",
            customer,
            due,
            {
                "record_id": int(row["id"]),
                "title": str(row["subject"]),
                "service_type": str(row["type"]),
                "assignee_id": row["assignee_id"],
                "assignee_name": str(row["assignee_name"] or ""),
            },
        )


#: What {技师} says when the appointment is for anyone (the store assigns someone on arrival).
ANY_STAFF_TEXT = "到店安排"


def _appointments(
    uow: UnitOfWork,
    c: _Collector,
    kind: ReminderKind,
    status: AppointmentStatus,
    first: date,
    last: date,
) -> None:
    """One occurrence per appointment with ``status`` starting on days ``first``…``last``,
    due on its day, the appointment's id as its ref."""
    starts = datetime.combine(first, datetime.min.time())
    ends = datetime.combine(last + timedelta(days=1), datetime.min.time())
    rows = uow.appointments.starting(status.value, starts, ends)
    if not rows:
        return
    names: dict[int, list[str]] = {}
    for service in uow.appointments.services(int(r["id"]) for r in rows):
        names.setdefault(int(service["appointment_id"]), []).append(service["item_name"])
    facts = uow.reminders.customer_facts(int(r["customer_id"]) for r in rows)
    for row in rows:
        customer = facts.get(int(row["customer_id"]))
        if customer is None:  # archived
            continue
        appointment_id = int(row["id"])
        c.offer(
            kind,
            str(appointment_id),
            customer,
            row["starts_at"].date(),
            {
                "appointment_id": appointment_id,
                "appointment_at": row["starts_at"],
                "services_text": "、".join(names.get(appointment_id, ())),
                "staff_name": str(row["staff_name"] or ""),
            },
        )


def _tomorrows_appointments(uow: UnitOfWork, c: _Collector) -> None:
    tomorrow = c.today + timedelta(days=1)
    _appointments(uow, c, ReminderKind.APPOINTMENT, AppointmentStatus.BOOKED, tomorrow, tomorrow)


def _no_shows(uow: UnitOfWork, rules: ReminderRules, c: _Collector) -> None:
    window = no_show_window(c.today, rules)
    _appointments(uow, c, ReminderKind.NO_SHOW, AppointmentStatus.NO_SHOW, window.start, window.end)


#: Lifecycle coupons (开卡礼, 生日礼 …) stay on the list this many days after they were issued,
#: while unused: long enough for a shop open a few days a week to tell the customer.
LIFECYCLE_REMIND_DAYS = 14


def _lifecycle_coupons(uow: UnitOfWork, c: _Collector) -> None:
    """One occurrence per lifecycle coupon issued lately and not used yet, due on the day it
    was issued, the coupon's id as its ref (see ``services.campaigns.lifecycle``)."""
    since = c.today - timedelta(days=LIFECYCLE_REMIND_DAYS - 1)
    rows = uow.lifecycle.coupons_issued_since(sorted(LIFECYCLE_SOURCES.values()), since)
    facts = uow.reminders.customer_facts(int(r["customer_id"]) for r in rows)
    for row in rows:
        customer = facts.get(int(row["customer_id"]))
        if customer is None or row["valid_to"] < c.today:
            continue
        c.offer(
            ReminderKind.LIFECYCLE_COUPON,
            str(row["id"]),
            customer,
            row["issued_at"].date(),
            {
                "record_id": int(row["id"]),
                "title": str(row["name"]),
                "coupon_source": str(row["source"]),
                "coupon_valid_to": row["valid_to"],
            },
        )


def compute(uow: UnitOfWork, today: date, rules: ReminderRules) -> ReminderList:
    """Today's reminders, without the permission check (for the CLI and the benchmark too).

    The cyclic garbage collector is paused meanwhile (see :func:`_collector_paused`)."""
    with _collector_paused():
        return _compute(uow, today, rules)


def _catch_up_slice(w: UnitOfWork) -> None:
    w.reminders.catch_up_item_last(ITEM_LAST_KEY, at_most=CATCH_UP_SLICE)


def _compute(uow: UnitOfWork, today: date, rules: ReminderRules) -> ReminderList:
    # Every sale keeps item_last current in its own transaction; what is still behind (an old
    # store, a bulk history) this read hands to the writer, a slice per write, then reads on.
    behind = uow.reminders.item_last_behind(ITEM_LAST_KEY)
    if behind:
        for _slice in range(-(-behind // CATCH_UP_SLICE)):
            uow.hand_to_writer(_catch_up_slice)
        uow.commit()
    since = datetime.combine(today - timedelta(days=800), datetime.min.time())
    collector = _Collector(today, uow.reminders.last_actions(since))
    if rules.followup:
        _followups(uow, collector)
    if rules.service:
        _services(uow, collector)
    if rules.birthday:
        _birthdays(uow, rules, collector)
    if rules.return_visit:
        _return_visits(uow, rules, collector)
    if rules.card_expiring or rules.card_low:
        _cards(uow, rules, collector)
    if rules.balance_low:
        _balances(uow, rules, collector)
    if rules.dormant:
        _dormant(uow, rules, collector)
    if rules.anniversary:
        _anniversaries(uow, rules, collector)
    if rules.appointment:
        _tomorrows_appointments(uow, collector)
    if rules.no_show:
        _no_shows(uow, rules, collector)
    if rules.lifecycle_coupon:
        _lifecycle_coupons(uow, collector)
    return ReminderList(today, collector.entries)


@reads
def due_reminders(
    uow: UnitOfWork, actor: Actor, today: date | None = None, *, mine_only: bool = False
) -> ReminderList:
    """Everything due today (or on ``today``), grouped by kind in :data:`KIND_ORDER`.

    ``mine_only`` keeps the tasks and service records assigned to the signed-in user (and
    every reminder that is nobody's in particular).
    """
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    day = today or clock.now().date()
    result = compute(uow, day, load_rules(uow))
    full = privacy.full_phones(uow, actor)
    if not full:
        result = result.masked()
    if mine_only:
        me = actor.user_id
        result = result.only(lambda _kind, extra: extra.get("assignee_id") in (None, me))
    privacy.record_read(
        uow,
        actor,
        "reminders",
        result.people(),
        masked=not full,
        params={"date": day.isoformat(), "mine_only": mine_only},
    )
    return result


@reads
def due_count(uow: UnitOfWork, actor: Actor, today: date | None = None) -> int:
    """How many reminders are due today: the number on the navigation, worked out before the
    reminders screen is first opened. A number only (nobody's name or phone leaves the
    service), so no read of personal data is recorded; opening the list records it."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    return len(compute(uow, today or clock.now().date(), load_rules(uow)))


# -- acting on a reminder ------------------------------------------------------------------------
def act(
    uow: UnitOfWork,
    actor: Actor,
    *,
    customer_id: int,
    kind: str,
    ref: str,
    action: ReminderAction,
    channel: Channel | None = None,
    note: str = "",
    snooze_until: date | None = None,
) -> None:
    """Record what was done about one reminder. "Contacted" needs a channel; "snoozed" a date
    after today. Acting on a follow-up task closes the task (done or cancelled)."""
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    reminder_kind = ReminderKind(kind)
    now = clock.now()
    uow.customers.get(customer_id)
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("note", "too_long", max=MAX_NOTE)
    if action is ReminderAction.CONTACTED and channel is None:
        raise ValidationError("channel", "required")
    if action is ReminderAction.SNOOZED:
        if snooze_until is None:
            raise ValidationError("snooze_until", "required")
        if snooze_until <= now.date():
            raise ValidationError("snooze_until", "not_in_future")
    else:
        snooze_until = None
    uow.reminders.add_action(
        {
            "customer_id": customer_id,
            "kind": reminder_kind.value,
            "ref": ref[:40],
            "action": action.value,
            "channel": None if channel is None else channel.value,
            "note": note,
            "snooze_until": snooze_until,
            "at": now,
            "user_id": actor.user_id,
        }
    )
    if reminder_kind is ReminderKind.FOLLOWUP and action is not ReminderAction.SNOOZED:
        status = (
            FollowupStatus.CANCELLED
            if action is ReminderAction.NOT_INTERESTED
            else FollowupStatus.DONE
        )
        followup = uow.reminders.followup(int(ref))
        if followup["status"] == FollowupStatus.OPEN.value:
            uow.reminders.update_followup(
                int(ref), {"status": status.value, "closed_at": now, "closed_by": actor.user_id}
            )
    audit.record(
        uow,
        actor,
        "reminder_action",
        target=f"customer:{customer_id}",
        detail={
            "kind": reminder_kind.value,
            "ref": ref,
            "action": action.value,
            "channel": None if channel is None else channel.value,
        },
    )
    uow.commit()


# -- follow-up tasks ---------------------------------------------------------------------------
def _followup_info(row: Mapping[str, Any], full: bool) -> FollowupInfo:
    return FollowupInfo(
        followup_id=int(row["id"]),
        customer_id=int(row["customer_id"]),
        customer_name=str(row["customer_name"]),
        phone=shown_phone(row["phone"], full),
        title=str(row["title"]),
        note=str(row["note"]),
        due_on=row["due_on"],
        assignee_id=row["assignee_id"],
        assignee_name=str(row["assignee_name"] or ""),
        status=str(row["status"]),
        created_at=row["created_at"],
        created_by_name=str(row["creator_name"] or ""),
        closed_at=row["closed_at"],
    )


def _check_assignee(uow: UnitOfWork, assignee_id: int | None) -> None:
    if assignee_id is None:
        return
    user = uow.users.get(assignee_id)
    if not user["active"]:
        raise ValidationError("assignee", "inactive")


def add_followup(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    title: str,
    due_on: date,
    *,
    assignee_id: int | None = None,
    note: str = "",
) -> FollowupInfo:
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    customer = uow.customers.get(customer_id)
    if customer["archived_at"] is not None:
        raise ValidationError("customer", "archived")
    title = " ".join(title.split())
    if not title:
        raise ValidationError("title", "required")
    if len(title) > 120:
        raise ValidationError("title", "too_long", max=120)
    if len(note.strip()) > MAX_NOTE:
        raise ValidationError("note", "too_long", max=MAX_NOTE)
    _check_assignee(uow, assignee_id)
    now = clock.now()
    followup_id = uow.reminders.add_followup(
        {
            "customer_id": customer_id,
            "title": title,
            "note": note.strip(),
            "due_on": due_on,
            "assignee_id": assignee_id,
            "status": FollowupStatus.OPEN.value,
            "created_at": now,
            "created_by": actor.user_id,
        }
    )
    audit.record(
        uow,
        actor,
        "followup_add",
        target=f"customer:{customer_id}",
        detail={"followup": followup_id, "due_on": due_on.isoformat()},
    )
    uow.commit()
    return _followup_info(uow.reminders.followup(followup_id), privacy.full_phones(uow, actor))


@reads
def list_followups(
    uow: UnitOfWork,
    actor: Actor,
    *,
    status: FollowupStatus | None = FollowupStatus.OPEN,
    customer_id: int | None = None,
    assignee_id: int | None = None,
) -> list[FollowupInfo]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    rows = uow.reminders.followups(
        status=None if status is None else status.value,
        customer_id=customer_id,
        assignee_id=assignee_id,
    )
    full = privacy.full_phones(uow, actor)
    if customer_id is None:
        privacy.record_read(
            uow,
            actor,
            "followups",
            len({r["customer_id"] for r in rows}),
            masked=not full,
            params={"status": None if status is None else status.value, "assignee": assignee_id},
        )
    return [_followup_info(r, full) for r in rows]


def close_followup(
    uow: UnitOfWork, actor: Actor, followup_id: int, status: FollowupStatus, note: str = ""
) -> FollowupInfo:
    """Mark a task done or cancelled (through :func:`act`, so it is on the timeline)."""
    row = uow.reminders.followup(followup_id)
    action = (
        ReminderAction.NOT_INTERESTED if status is FollowupStatus.CANCELLED else ReminderAction.DONE
    )
    act(
        uow,
        actor,
        customer_id=int(row["customer_id"]),
        kind=ReminderKind.FOLLOWUP.value,
        ref=str(followup_id),
        action=action,
        note=note,
    )
    return _followup_info(uow.reminders.followup(followup_id), privacy.full_phones(uow, actor))


# -- service records ---------------------------------------------------------------------------
def _service_info(row: Mapping[str, Any], full: bool) -> ServiceRecordInfo:
    return ServiceRecordInfo(
        record_id=int(row["id"]),
        customer_id=int(row["customer_id"]),
        customer_name=str(row["customer_name"]),
        phone=shown_phone(row["phone"], full),
        type=str(row["type"]),
        subject=str(row["subject"]),
        detail=str(row["detail"]),
        status=str(row["status"]),
        assignee_id=row["assignee_id"],
        assignee_name=str(row["assignee_name"] or ""),
        due_on=row["due_on"],
        resolution=str(row["resolution"]),
        satisfaction=row["satisfaction"],
        created_at=row["created_at"],
        created_by_name=str(row["creator_name"] or ""),
        updated_at=row["updated_at"],
        resolved_at=row["resolved_at"],
    )


def _check_service(uow: UnitOfWork, draft: ServiceRecordDraft) -> dict[str, Any]:
    subject = " ".join(draft.subject.split())
    if not subject:
        raise ValidationError("subject", "required")
    if len(subject) > 120:
        raise ValidationError("subject", "too_long", max=120)
    if len(draft.detail) > 4000 or len(draft.resolution) > 4000:
        raise ValidationError("detail", "too_long", max=4000)
    if draft.satisfaction is not None and not 1 <= draft.satisfaction <= 5:
        raise ValidationError("satisfaction", "out_of_range")
    if draft.status is ServiceStatus.RESOLVED and not draft.resolution.strip():
        raise ValidationError("resolution", "required")
    _check_assignee(uow, draft.assignee_id)
    return {
        "type": ServiceType(draft.type).value,
        "subject": subject,
        "detail": draft.detail.strip(),
        "status": ServiceStatus(draft.status).value,
        "assignee_id": draft.assignee_id,
        "due_on": draft.due_on,
        "resolution": draft.resolution.strip(),
        "satisfaction": draft.satisfaction,
    }


def add_service_record(
    uow: UnitOfWork, actor: Actor, draft: ServiceRecordDraft
) -> ServiceRecordInfo:
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    customer = uow.customers.get(draft.customer_id)
    if customer["archived_at"] is not None:
        raise ValidationError("customer", "archived")
    values = _check_service(uow, draft)
    now = clock.now()
    record_id = uow.reminders.add_service_record(
        values
        | {
            "customer_id": draft.customer_id,
            "created_at": now,
            "created_by": actor.user_id,
            "updated_at": now,
            "resolved_at": now if draft.status is ServiceStatus.RESOLVED else None,
        }
    )
    audit.record(
        uow,
        actor,
        "service_record_add",
        target=f"customer:{draft.customer_id}",
        detail={"record": record_id, "type": values["type"]},
    )
    uow.commit()
    return _service_info(uow.reminders.service_record(record_id), privacy.full_phones(uow, actor))


def update_service_record(
    uow: UnitOfWork, actor: Actor, record_id: int, draft: ServiceRecordDraft
) -> ServiceRecordInfo:
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    before = uow.reminders.service_record(record_id)
    values = _check_service(uow, draft)
    now = clock.now()
    resolved_at = before["resolved_at"]
    if draft.status is ServiceStatus.RESOLVED and before["status"] != "resolved":
        resolved_at = now
    elif draft.status is not ServiceStatus.RESOLVED:
        resolved_at = None
    uow.reminders.update_service_record(
        record_id, values | {"updated_at": now, "resolved_at": resolved_at}
    )
    old: Mapping[str, object] = before
    changed = sorted(k for k, v in values.items() if old[k] != v)
    audit.record(
        uow,
        actor,
        "service_record_update",
        target=f"customer:{before['customer_id']}",
        detail={"record": record_id, "changed": changed},
    )
    uow.commit()
    return _service_info(uow.reminders.service_record(record_id), privacy.full_phones(uow, actor))


@reads
def list_service_records(
    uow: UnitOfWork,
    actor: Actor,
    *,
    open_only: bool = False,
    customer_id: int | None = None,
    type_: ServiceType | None = None,
) -> list[ServiceRecordInfo]:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    rows = uow.reminders.service_records(
        open_only=open_only,
        customer_id=customer_id,
        type_=None if type_ is None else type_.value,
    )
    full = privacy.full_phones(uow, actor)
    if customer_id is None:
        privacy.record_read(
            uow,
            actor,
            "service_records",
            len({r["customer_id"] for r in rows}),
            masked=not full,
            params={"open_only": open_only, "type": None if type_ is None else type_.value},
        )
    return [_service_info(r, full) for r in rows]


@reads
def get_service_record(uow: UnitOfWork, actor: Actor, record_id: int) -> ServiceRecordInfo:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    return _service_info(uow.reminders.service_record(record_id), privacy.full_phones(uow, actor))


# -- timeline ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TimelineItem:
    at: datetime
    kind: str  # contact | reminder | followup | followup_closed | service | service_resolved
    text: str  # fields joined by "\x1f" (see gui.names.timeline_text)
    username: str


SEP = "\x1f"


def timeline_items(uow: UnitOfWork, customer_id: int) -> list[TimelineItem]:
    """Contacts, snoozes and dismissals, follow-up tasks and service records of a customer."""
    out: list[TimelineItem] = []
    for row in uow.reminders.customer_actions(customer_id):
        kind = "contact" if row["action"] == ReminderAction.CONTACTED.value else "reminder"
        snooze = row["snooze_until"].isoformat() if row["snooze_until"] else ""
        text = SEP.join(
            [
                str(row["kind"]),
                str(row["action"]),
                str(row["channel"] or ""),
                snooze,
                str(row["note"]),
            ]
        )
        out.append(TimelineItem(row["at"], kind, text, str(row["display_name"] or "")))
    for task in uow.reminders.followups(customer_id=customer_id):
        text = SEP.join(
            [str(task["title"]), task["due_on"].isoformat(), str(task["assignee_name"] or "")]
        )
        out.append(
            TimelineItem(task["created_at"], "followup", text, str(task["creator_name"] or ""))
        )
    for record in uow.reminders.service_records(customer_id=customer_id):
        text = SEP.join([str(record["type"]), str(record["subject"]), str(record["detail"])])
        creator = str(record["creator_name"] or "")
        out.append(TimelineItem(record["created_at"], "service", text, creator))
        if record["resolved_at"] is not None:
            satisfaction = "" if record["satisfaction"] is None else str(record["satisfaction"])
            text = SEP.join([str(record["subject"]), str(record["resolution"]), satisfaction])
            out.append(
                TimelineItem(
                    record["resolved_at"],
                    "service_resolved",
                    text,
                    str(record["assignee_name"] or ""),
                )
            )
    return out


# -- message templates -------------------------------------------------------------------------
def _template_info(row: Mapping[str, Any]) -> TemplateInfo:
    return TemplateInfo(int(row["id"]), str(row["name"]), row["kind"], str(row["body"]))


#: Set once a store has been given the appointments' default templates (预约提醒, 爽约回访),
#: which came after stores had their templates: each store is offered them once, and one that
#: deletes them keeps them deleted.
APPOINTMENT_TEMPLATES_KEY = "appointment_templates_added"
_LATER_KINDS = frozenset({ReminderKind.APPOINTMENT, ReminderKind.NO_SHOW})


@reads
def list_templates(uow: UnitOfWork, actor: Actor) -> list[TemplateInfo]:
    """The store's templates; a store without any gets the default set first, a store that
    had its templates before the appointments' ones existed gets those once."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    rows = uow.reminders.templates()
    if not rows:
        uow.hand_to_writer(_add_default_templates)
        uow.commit()
        rows = uow.reminders.templates()
    elif not uow.settings.get(APPOINTMENT_TEMPLATES_KEY) and not uow.store.read_only:
        uow.hand_to_writer(_add_appointment_templates)
        uow.commit()
        rows = uow.reminders.templates()
    return [_template_info(r) for r in rows]


def _add_template(w: UnitOfWork, template: DefaultTemplate) -> None:
    now = clock.now()
    w.reminders.add_template(
        {
            "name": template.name,
            "kind": None if template.kind is None else template.kind.value,
            "body": template.body,
            "created_at": now,
            "updated_at": now,
        }
    )


def _add_default_templates(w: UnitOfWork) -> None:
    if w.reminders.templates():  # another reader had them added first
        return
    for t in DEFAULT_TEMPLATES:
        _add_template(w, t)
    w.settings.put(APPOINTMENT_TEMPLATES_KEY, "1", None)


def _add_appointment_templates(w: UnitOfWork) -> None:
    if w.settings.get(APPOINTMENT_TEMPLATES_KEY):  # another reader had them added first
        return
    for t in DEFAULT_TEMPLATES:
        if t.kind in _LATER_KINDS and w.reminders.template_named(t.name, other_than=None) is None:
            _add_template(w, t)
    w.settings.put(APPOINTMENT_TEMPLATES_KEY, "1", None)


def save_template(
    uow: UnitOfWork,
    actor: Actor,
    template_id: int | None,
    name: str,
    kind: str | None,
    body: str,
) -> TemplateInfo:
    audit.require(uow, actor, Permission.MANAGE_REMINDERS, "settings_change")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "required")
    if len(name) > 48:
        raise ValidationError("name", "too_long", max=48)
    body = body.strip()
    if not body:
        raise ValidationError("body", "required")
    if len(body) > 1000:
        raise ValidationError("body", "too_long", max=1000)
    unknown = unknown_placeholders(body)
    if unknown:
        raise ValidationError("body", "unknown_placeholder", names=", ".join(unknown))
    if uow.reminders.template_named(name, other_than=template_id) is not None:
        raise ValidationError("name", "duplicate")
    kind_value = None if kind is None else ReminderKind(kind).value
    now = clock.now()
    values = {"name": name, "kind": kind_value, "body": body, "updated_at": now}
    if template_id is None:
        template_id = uow.reminders.add_template(values | {"created_at": now})
    else:
        uow.reminders.template(template_id)
        uow.reminders.update_template(template_id, values)
    audit.record(uow, actor, "template_change", detail={"template": template_id, "name": name})
    uow.commit()
    return _template_info(uow.reminders.template(template_id))


def delete_template(uow: UnitOfWork, actor: Actor, template_id: int) -> None:
    audit.require(uow, actor, Permission.MANAGE_REMINDERS, "settings_change")
    row = uow.reminders.template(template_id)
    uow.reminders.delete_template(template_id)
    audit.record(
        uow,
        actor,
        "template_change",
        detail={"template": template_id, "name": row["name"], "deleted": True},
    )
    uow.commit()


def _facts(
    uow: UnitOfWork,
    customers: Mapping[int, Candidate],
    today: date,
) -> dict[int, MessageFacts]:
    """What the placeholders stand for, from :meth:`ReminderRepository.birthday_facts` rows."""
    store = uow.settings.get("store_name", "") or ""
    sessions = uow.reminders.sessions_left(customers, today)
    out: dict[int, MessageFacts] = {}
    for cid, row in customers.items():
        birthday = _birthday(*row[REASON : REASON + 5]) if row[REASON] else None
        out[cid] = MessageFacts(
            name=row[NAME],
            balance=money_text(row[BALANCE_FEN] or 0),
            points=str(row[POINTS] or 0),
            sessions=str(sessions.get(cid, 0)),
            birthday=birthday_text(birthday) if birthday else "",
            store=store,
        )
    return out


def _with_appointment(
    facts: MessageFacts, at: datetime | None, services_text: str, staff_name: str
) -> MessageFacts:
    """``facts`` with an appointment's {时间}, {项目} and {技师}."""
    if at is None:
        return facts
    return replace(
        facts,
        time=appointment_time_text(at),
        items=services_text,
        staff=staff_name or ANY_STAFF_TEXT,
    )


@reads
def render_message(
    uow: UnitOfWork,
    actor: Actor,
    template_id: int,
    customer_id: int,
    today: date | None = None,
    appointment_id: int | None = None,
) -> str:
    """The template filled in for one customer (for the clipboard); with ``appointment_id``
    (one of this customer's), its time, services and staff member too."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    template = uow.reminders.template(template_id)
    rows = uow.reminders.birthday_facts([customer_id])
    if customer_id not in rows:
        uow.customers.get(customer_id)  # NotFound, or archived
        raise ValidationError("customer", "archived")
    facts = _facts(uow, rows, today or clock.now().date())[customer_id]
    if appointment_id is not None:
        booked = uow.appointments.get(appointment_id)
        if int(booked["customer_id"]) != customer_id:
            raise NotFound("appointment", appointment_id)
        names = [s["item_name"] for s in uow.appointments.services([appointment_id])]
        staff_name = str(booked["staff_name"] or "")
        facts = _with_appointment(facts, booked["starts_at"], "、".join(names), staff_name)
    return render_template(str(template["body"]), facts)


@reads
def message_list(
    uow: UnitOfWork,
    actor: Actor,
    template_id: int,
    items: Sequence[ReminderItem],
    today: date | None = None,
) -> MessageList:
    """The template filled in for each customer of ``items`` who agreed to marketing messages
    and has a phone (once per customer, in the order given)."""
    audit.require(uow, actor, Permission.EXPORT_DATA, "customer_export")
    template = uow.reminders.template(template_id)
    wanted: dict[int, ReminderItem] = {}
    for item in items:
        wanted.setdefault(item.customer_id, item)
    rows = uow.reminders.birthday_facts(wanted)
    facts = _facts(uow, rows, today or clock.now().date())
    out: list[MessageRow] = []
    no_consent = no_phone = 0
    for cid, item in wanted.items():
        row = rows.get(cid)
        if row is None:
            continue
        if not row[CONSENT]:
            no_consent += 1
            continue
        if not row[PHONE]:
            no_phone += 1
            continue
        out.append(
            MessageRow(
                cid,
                row[NAME],
                row[PHONE],
                item.kind,
                item.due_on,
                render_template(
                    str(template["body"]),
                    _with_appointment(
                        facts[cid], item.appointment_at, item.services_text, item.staff_name
                    ),
                ),
            )
        )
    audit.record(
        uow,
        actor,
        "reminder_export",
        detail={"template": template_id, "rows": len(out), "no_consent": no_consent},
    )
    uow.commit()
    return MessageList(tuple(out), no_consent, no_phone)


def customer_ids(items: Iterable[ReminderItem]) -> list[int]:
    return list(dict.fromkeys(i.customer_id for i in items))
