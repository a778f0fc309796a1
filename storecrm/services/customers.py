"""Customer archive use cases: look-up at the till, the list, the profile, tags, archive, merge.

Every function takes a unit of work and the acting user, checks the permission, records what
it changed (audit log for sensitive acts, the customer's timeline for the story of the
customer) and returns plain dataclasses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from storecrm.data.rows import CustomerHitRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import (
    Category,
    CategoryRules,
    CustomerDraft,
    QueryKind,
    ValidCustomer,
    VisitSummary,
    categorise,
    classify_query,
    normalise_card_no,
    validate,
)
from storecrm.domain.errors import NotFound, StoreCRMError, ValidationError
from storecrm.domain.privacy import ConsentSource, is_masked_phone, shown_phone
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy
from storecrm.services.dto import (
    BirthdayInfo,
    CardBalance,
    CustomerDetail,
    CustomerHit,
    CustomerRow,
    TagInfo,
    TimelineEntry,
)

SEARCH_LIMIT = 20
CATEGORY_RULES_KEY = "category_rules"


class DuplicateCustomer(StoreCRMError):
    """The phone or card number already belongs to another customer."""

    def __init__(self, field: str, existing_id: int, existing_name: str) -> None:
        super().__init__(f"duplicate {field}")
        self.field = field
        self.existing_id = existing_id
        self.existing_name = existing_name


class InvalidCustomer(StoreCRMError):
    """Every field problem of a form at once, so each can be shown next to its field."""

    def __init__(self, problems: Sequence[ValidationError]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    tag_id: int | None = None
    category: str | None = None
    include_archived: bool = False
    text: str = ""


# -- rules ------------------------------------------------------------------------------------
@reads
def get_category_rules(uow: UnitOfWork, actor: Actor) -> CategoryRules:
    raw = uow.settings.get(CATEGORY_RULES_KEY)
    if not raw:
        return CategoryRules()
    try:
        return CategoryRules(**json.loads(raw)).check()
    except (ValueError, TypeError, ValidationError):
        return CategoryRules()


def set_category_rules(uow: UnitOfWork, actor: Actor, rules: CategoryRules) -> CategoryRules:
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings_change")
    rules.check()
    uow.settings.put(CATEGORY_RULES_KEY, json.dumps(asdict(rules), sort_keys=True), actor.user_id)
    audit.record(uow, actor, "settings_change", detail={"keys": [CATEGORY_RULES_KEY]})
    uow.commit()
    return rules


def category_of(row: Mapping[str, Any], rules: CategoryRules, today: date) -> Category:
    return categorise(
        VisitSummary(
            first_visit=row["first_visit_at"],
            last_visit=row["last_visit_at"],
            visit_count=int(row["visit_count"]),
            total_spend_fen=int(row["total_spend_fen"]),
        ),
        rules,
        today,
    )


# -- conversions --------------------------------------------------------------------------------
def birthday_columns(birthday: Birthday | None) -> dict[str, Any]:
    if birthday is None:
        return {
            "birthday": None,
            "birthday_calendar": None,
            "birthday_year": None,
            "birthday_month": None,
            "birthday_day": None,
            "birthday_leap": False,
        }
    return {
        "birthday": birthday.solar_birth_date(),
        "birthday_calendar": birthday.calendar.value,
        "birthday_year": birthday.year,
        "birthday_month": birthday.month,
        "birthday_day": birthday.day,
        "birthday_leap": birthday.leap_month,
    }


def birthday_of(row: Mapping[str, Any]) -> Birthday | None:
    if not row["birthday_calendar"] or not row["birthday_month"] or not row["birthday_day"]:
        return None
    return Birthday(
        calendar=Calendar(row["birthday_calendar"]),
        month=int(row["birthday_month"]),
        day=int(row["birthday_day"]),
        year=row["birthday_year"],
        leap_month=bool(row["birthday_leap"]),
    )


def birthday_info(birthday: Birthday | None) -> BirthdayInfo | None:
    if birthday is None:
        return None
    return BirthdayInfo(
        birthday.calendar.value, birthday.month, birthday.day, birthday.year, birthday.leap_month
    )


def profile_columns(valid: ValidCustomer) -> dict[str, Any]:
    b = valid.business
    return {
        "name": valid.name,
        "phone": valid.phone,
        "other_phone": valid.other_phone,
        "gender": valid.gender.value,
        "card_no": valid.card_no,
        "address": valid.address,
        "source": valid.source.value,
        "referrer_id": valid.referrer_id,
        "preferences": valid.preferences,
        "notes": valid.notes,
        "taste": b.taste,
        "allergies": b.allergies,
        "hair_notes": b.hair_notes,
        "skin_notes": b.skin_notes,
        "sizes": b.sizes,
        "marketing_consent": valid.marketing_consent,
    }


def _tag_infos(rows: Sequence[Mapping[str, Any]]) -> tuple[TagInfo, ...]:
    return tuple(TagInfo(int(r["id"]), str(r["name"]), str(r["color"])) for r in rows)


def _check_unique(uow: UnitOfWork, valid: ValidCustomer, own_id: int | None) -> None:
    for field_name, value, finder in (
        ("phone", valid.phone, uow.customers.by_phone),
        ("card_no", valid.card_no, uow.customers.by_card),
    ):
        if value is None:
            continue
        other = finder(value)
        if other is not None and int(other["id"]) != own_id:
            raise DuplicateCustomer(field_name, int(other["id"]), str(other["name"]))


def _unmasked(draft: CustomerDraft, before: Mapping[str, Any], full: bool) -> CustomerDraft:
    """A form sent back by one who sees phones masked: a phone left as it was shown
    (138****5678) keeps the stored number; a new number typed in replaces it."""
    if full:
        return draft

    def kept(typed: str, stored: str | None) -> str:
        if stored and is_masked_phone(typed) and typed.strip() == shown_phone(stored, False):
            return stored
        return typed

    return replace(
        draft,
        phone=kept(draft.phone, before["phone"]),
        other_phone=kept(draft.other_phone, before["other_phone"]),
    )


def _resolve_tags(uow: UnitOfWork, names: Sequence[str]) -> list[int]:
    ids = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        if len(name) > 24:
            raise ValidationError("tags", "too_long", maximum=24)
        existing = uow.customers.tag_by_name(name)
        if existing is not None:
            ids.append(int(existing["id"]))
        else:
            ids.append(uow.customers.add_tag(name, clock.now()))
    return ids


# -- writes ---------------------------------------------------------------------------------------
def create_customer(
    uow: UnitOfWork,
    actor: Actor,
    draft: CustomerDraft,
    *,
    birthday: Birthday | None = None,
    tags: Sequence[str] = (),
) -> CustomerDetail:
    """Raises :class:`InvalidCustomer` (all field problems) or :class:`DuplicateCustomer`."""
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_create")
    valid, problems = validate(draft)
    if problems:
        raise InvalidCustomer(problems)
    _check_unique(uow, valid, None)
    if valid.referrer_id is not None:
        uow.customers.get(valid.referrer_id)
    now = clock.now()
    values = profile_columns(valid) | birthday_columns(birthday)
    values |= {
        "marketing_consent_at": now if valid.marketing_consent else None,
        "created_at": now,
        "created_by": actor.user_id,
        "updated_at": now,
        "updated_by": actor.user_id,
    }
    customer_id = uow.customers.insert(values)
    if valid.marketing_consent:
        uow.privacy.add_consents(
            [privacy.consent_event(customer_id, True, now, ConsentSource.FORM, actor.user_id)]
        )
    uow.customers.set_tags(customer_id, _resolve_tags(uow, tags))
    uow.customers.add_event(customer_id, "created", "", actor.user_id, now)
    uow.commit()
    return get_customer(uow, actor, customer_id)


def update_customer(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    draft: CustomerDraft,
    *,
    birthday: Birthday | None = None,
    tags: Sequence[str] = (),
) -> CustomerDetail:
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    before = uow.customers.get(customer_id)
    if uow.privacy.erased([customer_id]):
        raise ValidationError("customer", "erased")
    draft = _unmasked(draft, before, privacy.full_phones(uow, actor))
    valid, problems = validate(draft)
    if problems:
        raise InvalidCustomer(problems)
    if valid.referrer_id == customer_id:
        raise InvalidCustomer([ValidationError("referrer", "referrer_is_self")])
    _check_unique(uow, valid, customer_id)
    now = clock.now()
    values = profile_columns(valid) | birthday_columns(birthday)
    if valid.marketing_consent != bool(before["marketing_consent"]):
        values["marketing_consent_at"] = now if valid.marketing_consent else None
        uow.privacy.add_consents(
            [
                privacy.consent_event(
                    customer_id, valid.marketing_consent, now, ConsentSource.FORM, actor.user_id
                )
            ]
        )
    old: Mapping[str, object] = before
    changed = sorted(k for k, v in values.items() if old[k] != v)
    values |= {"updated_at": now, "updated_by": actor.user_id}
    uow.customers.update(customer_id, values)
    uow.customers.set_tags(customer_id, _resolve_tags(uow, tags))
    if changed:
        uow.customers.add_event(customer_id, "updated", ",".join(changed), actor.user_id, now)
    uow.commit()
    return get_customer(uow, actor, customer_id)


def archive_customer(uow: UnitOfWork, actor: Actor, customer_id: int, reason: str = "") -> None:
    """Hide a customer from look-ups and lists; nothing of their history is removed."""
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_archive")
    row = uow.customers.get(customer_id)
    if row["archived_at"] is not None:
        return
    now = clock.now()
    uow.customers.set_archived(customer_id, now, actor.user_id)
    uow.customers.add_event(customer_id, "archived", reason.strip()[:200], actor.user_id, now)
    audit.record(uow, actor, "customer_archive", target=f"customer:{customer_id}")
    uow.commit()


def restore_customer(uow: UnitOfWork, actor: Actor, customer_id: int) -> None:
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_restore")
    row = uow.customers.get(customer_id)
    if row["merged_into_id"] is not None:
        raise ValidationError("customer", "merged_cannot_restore")
    if uow.privacy.erased([customer_id]):
        raise ValidationError("customer", "erased")
    now = clock.now()
    uow.customers.set_archived(customer_id, None, None)
    uow.customers.add_event(customer_id, "restored", "", actor.user_id, now)
    audit.record(uow, actor, "customer_restore", target=f"customer:{customer_id}")
    uow.commit()


def merge_customers(uow: UnitOfWork, actor: Actor, keep_id: int, merge_id: int) -> CustomerDetail:
    """Move everything of ``merge_id`` to ``keep_id``: timeline, tags, referrals, balances and
    visit summary. ``merge_id`` is archived and points to ``keep_id``. Audited."""
    audit.require(uow, actor, Permission.DELETE_CUSTOMERS, "customer_merge")
    if keep_id == merge_id:
        raise ValidationError("customer", "merge_same")
    keep = uow.customers.get(keep_id)
    gone = uow.customers.get(merge_id)
    if gone["merged_into_id"] is not None or keep["merged_into_id"] is not None:
        raise ValidationError("customer", "already_merged")
    if keep["archived_at"] is not None:
        raise ValidationError("customer", "archived")
    now = clock.now()
    uow.customers.move_history(merge_id, keep_id)
    # Balances live in the append-only ledger: transfer them with a pair of entries.
    sums = uow.customers.ledger_sums(merge_id)
    entries = []
    for account, amount in sorted(sums.items()):
        if amount and account != "sessions":
            note = f"merge {merge_id}->{keep_id}"
            base = {"account": account, "kind": "merge", "at": now, "user_id": actor.user_id}
            entries.append(base | {"customer_id": merge_id, "delta": -amount, "note": note})
            entries.append(base | {"customer_id": keep_id, "delta": amount, "note": note})
    # Session cards go with their sessions (a pair of entries per card) and sales follow.
    uow.promotions.move_coupons(merge_id, keep_id)  # the coupons go with the customer
    for card in uow.sales.move_cards(merge_id, keep_id):
        left = int(card["sessions_left"] or 0)
        if card["kind"] == "count" and left:
            note = f"merge {merge_id}->{keep_id}"
            base = {"account": "sessions", "kind": "merge", "at": now, "user_id": actor.user_id}
            base |= {"card_id": int(card["id"]), "note": note}
            entries.append(base | {"customer_id": merge_id, "delta": -left})
            entries.append(base | {"customer_id": keep_id, "delta": left})
    uow.sales.move_sales(merge_id, keep_id)
    uow.till.move_parked(merge_id, keep_id)
    uow.reminders.recount_item_last((merge_id, keep_id))
    uow.customers.add_ledger_entries(entries)
    if keep["tier_id"] is None and gone["tier_id"] is not None:
        uow.sales.set_tier(keep_id, int(gone["tier_id"]))
    firsts = [v for v in (keep["first_visit_at"], gone["first_visit_at"]) if v is not None]
    lasts = [v for v in (keep["last_visit_at"], gone["last_visit_at"]) if v is not None]
    fill: dict[str, object] = {
        k: gone[k]
        for k in ("phone", "other_phone", "card_no", "address", "birthday")
        if not keep[k] and gone[k]
    }
    moved_ids: dict[str, None] = {k: None for k in ("phone", "card_no") if k in fill}
    if moved_ids:  # free the unique values before giving them to the kept customer
        uow.customers.update(merge_id, moved_ids)
    if "birthday" in fill:
        fill |= {
            k: gone[k]
            for k in ("birthday_calendar", "birthday_year", "birthday_month", "birthday_day")
        } | {"birthday_leap": gone["birthday_leap"]}
    notes = keep["notes"]
    if gone["notes"] and gone["notes"] not in notes:
        notes = f"{notes}\n{gone['notes']}".strip()
    uow.customers.update(
        keep_id,
        fill
        | {
            "notes": notes,
            "first_visit_at": min(firsts) if firsts else None,
            "last_visit_at": max(lasts) if lasts else None,
            "visit_count": int(keep["visit_count"]) + int(gone["visit_count"]),
            "total_spend_fen": int(keep["total_spend_fen"]) + int(gone["total_spend_fen"]),
            "updated_at": now,
            "updated_by": actor.user_id,
        },
    )
    uow.customers.update(
        merge_id,
        {
            "merged_into_id": keep_id,
            "visit_count": 0,
            "total_spend_fen": 0,
            "first_visit_at": None,
            "last_visit_at": None,
        },
    )
    uow.customers.set_archived(merge_id, now, actor.user_id)
    uow.customers.add_event(keep_id, "merged", str(gone["name"]), actor.user_id, now)
    audit.record(
        uow, actor, "customer_merge", target=f"customer:{keep_id}", detail={"merged": merge_id}
    )
    uow.commit()
    return get_customer(uow, actor, keep_id)


# -- reads --------------------------------------------------------------------------------------
def _user_name(names: Mapping[int, str], user_id: int | None) -> str:
    return "" if user_id is None else names.get(user_id, "")


@reads
def get_customer(uow: UnitOfWork, actor: Actor, customer_id: int) -> CustomerDetail:
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    row = uow.customers.get(customer_id)
    today = date.today()
    rules = get_category_rules(uow, actor)
    names = uow.customers.user_names([row["created_by"], row["updated_by"]])
    referrer_name = None
    if row["referrer_id"] is not None:
        try:
            referrer_name = str(uow.customers.get(int(row["referrer_id"]))["name"])
        except NotFound:
            referrer_name = None
    birthday = birthday_of(row)
    tags = _tag_infos(uow.customers.tags_of([customer_id])[customer_id])
    full = privacy.full_phones(uow, actor)
    return CustomerDetail(
        customer_id=customer_id,
        name=str(row["name"]),
        phone=shown_phone(row["phone"], full),
        other_phone=shown_phone(row["other_phone"], full),
        gender=str(row["gender"]),
        birthday=birthday_info(birthday),
        birthday_solar=row["birthday"],
        age=birthday.age_on(today) if birthday else None,
        card_no=row["card_no"],
        address=str(row["address"]),
        source=str(row["source"]),
        referrer_id=row["referrer_id"],
        referrer_name=referrer_name,
        preferences=str(row["preferences"]),
        notes=str(row["notes"]),
        taste=str(row["taste"]),
        allergies=str(row["allergies"]),
        hair_notes=str(row["hair_notes"]),
        skin_notes=str(row["skin_notes"]),
        sizes=str(row["sizes"]),
        marketing_consent=bool(row["marketing_consent"]),
        marketing_consent_at=row["marketing_consent_at"],
        tags=tags,
        category=category_of(row, rules, today).value,
        first_visit_at=row["first_visit_at"],
        last_visit_at=row["last_visit_at"],
        visit_count=int(row["visit_count"]),
        total_spend_fen=int(row["total_spend_fen"]),
        balance_fen=int(row["balance_fen"]),
        points=int(row["points"]),
        created_at=row["created_at"],
        created_by=_user_name(names, row["created_by"]),
        updated_at=row["updated_at"],
        updated_by=_user_name(names, row["updated_by"]),
        archived_at=row["archived_at"],
        merged_into_id=row["merged_into_id"],
        phones_masked=not full,
        erased=bool(uow.privacy.erased([customer_id])),
    )


def _hit(row: Mapping[str, Any], full: bool) -> CustomerHit:
    return CustomerHit(
        customer_id=int(row["id"]),
        name=str(row["name"]),
        phone=shown_phone(row["phone"], full),
        card_no=row["card_no"],
        gender=str(row["gender"]),
        balance_fen=int(row["balance_fen"]),
        points=int(row["points"]),
        last_visit_at=row["last_visit_at"],
        archived=row["archived_at"] is not None,
    )


@reads
def search_customers(
    uow: UnitOfWork,
    actor: Actor,
    query: str,
    *,
    limit: int = SEARCH_LIMIT,
    include_archived: bool = False,
) -> list[CustomerHit]:
    """What the cashier typed → best matches first: card number, phone (full, first or last
    digits), pinyin (full or initials) or a fragment of the name."""
    if not actor.can(Permission.VIEW_CUSTOMERS):
        audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_search")
    kind, text = classify_query(query)
    if kind is QueryKind.EMPTY:
        return []
    if kind is QueryKind.DIGITS:  # a card, a phone: matches and what they show in one read
        found = uow.customers.digit_hits(text, limit, include_archived)
        # Digits typed as they are printed on a card (or with +86, dashes): the digit search's
        # first rank is the card with those digits alone, not this one.
        printed = (
            None if _plain_card(query, kind, text) else _card_row(uow, query, include_archived)
        )
        if printed is not None:
            found = [printed] + [r for r in found if r["id"] != printed["id"]][: limit - 1]
        full = privacy.full_phones(uow, actor)
        return [_hit(row, full) for row in found]
    ids = uow.customers.search_ids(kind, text, limit, include_archived)
    card = _card_match(uow, query, include_archived)
    if card is not None:  # a card number as printed (with letters or dashes) comes first
        ids = [card] + [i for i in ids if i != card][: limit - 1]
    rows = uow.customers.hit_rows(ids)
    full = privacy.full_phones(uow, actor)
    return [_hit(rows[i], full) for i in ids if i in rows]


def _plain_card(typed: str, kind: QueryKind, text: str) -> bool:
    """Whether ``typed`` is a card number the digit search already looks up as such."""
    if kind is not QueryKind.DIGITS:
        return False
    try:
        return normalise_card_no(typed) == text
    except ValidationError:
        return False


def _card_match(uow: UnitOfWork, typed: str, include_archived: bool) -> int | None:
    row = _card_row(uow, typed, include_archived)
    return None if row is None else int(row["id"])


def _card_row(uow: UnitOfWork, typed: str, include_archived: bool) -> CustomerHitRow | None:
    try:
        card_no = normalise_card_no(typed)
    except ValidationError:
        return None
    if card_no is None:
        return None
    row = uow.customers.hit_by_card(card_no)
    if row is None or (row["archived_at"] is not None and not include_archived):
        return None
    return row


@reads
def find_by_card(uow: UnitOfWork, actor: Actor, card_no: str) -> CustomerHit | None:
    """Exact card look-up for a card reader's Enter: one narrow statement."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_search")
    row = _card_row(uow, card_no, include_archived=False)
    if row is None:
        return None
    return _hit(row, privacy.full_phones(uow, actor))


@reads
def list_customer_ids(
    uow: UnitOfWork,
    actor: Actor,
    flt: CustomerFilter = CustomerFilter(),  # noqa: B008 - frozen dataclass
    sort: str = "name",
    descending: bool = False,
) -> list[int]:
    """Every id in the (filtered) list, sorted in SQL; the list view fetches rows lazily."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    text_ids: list[int] | None = None
    kind, text = classify_query(flt.text)
    if kind is not QueryKind.EMPTY:
        text_ids = uow.customers.search_ids(kind, text, 100_000, flt.include_archived)
    ids = uow.customers.list_ids(
        sort=sort,
        descending=descending,
        tag_id=flt.tag_id,
        category=flt.category,
        rules=get_category_rules(uow, actor),
        today=date.today(),
        include_archived=flt.include_archived,
        text_ids=text_ids,
    )
    privacy.record_read(
        uow,
        actor,
        "customer_list",
        len(ids),
        masked=not privacy.full_phones(uow, actor),
        params=filter_summary(flt),
    )
    return ids


def filter_summary(flt: CustomerFilter) -> dict[str, object]:
    """The filter without personal data (the search text may be a name or a phone number)."""
    return {
        "tag_id": flt.tag_id,
        "category": flt.category,
        "include_archived": flt.include_archived,
        "text": bool(flt.text.strip()),
    }


@reads
def customer_rows(uow: UnitOfWork, actor: Actor, ids: Sequence[int]) -> list[CustomerRow]:
    """The rows for ``ids`` in that order (one page of the list)."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    rows = uow.customers.rows(ids)
    tag_map = uow.customers.tags_of([i for i in ids if i in rows])
    rules = get_category_rules(uow, actor)
    today = date.today()
    full = privacy.full_phones(uow, actor)
    cards: dict[int, list[CardBalance]] = {}
    for card in uow.sales.usable_cards_of([i for i in ids if i in rows], today):
        cards.setdefault(int(card["customer_id"]), []).append(
            CardBalance(
                card_id=int(card["id"]),
                name=str(card["name"]),
                kind=str(card["kind"]),
                item_id=card["item_id"],
                sessions_total=card["sessions_total"],
                sessions_left=card["sessions_left"],
                expires_on=card["expires_on"],
                status="active",
            )
        )
    result = []
    for customer_id in ids:
        row = rows.get(customer_id)
        if row is None:
            continue
        result.append(
            CustomerRow(
                customer_id=customer_id,
                name=str(row["name"]),
                phone=shown_phone(row["phone"], full),
                card_no=row["card_no"],
                gender=str(row["gender"]),
                category=category_of(row, rules, today).value,
                tags=_tag_infos(tag_map.get(customer_id, [])),
                last_visit_at=row["last_visit_at"],
                visit_count=int(row["visit_count"]),
                total_spend_fen=int(row["total_spend_fen"]),
                balance_fen=int(row["balance_fen"]),
                points=int(row["points"]),
                archived=row["archived_at"] is not None,
                cards=tuple(cards.get(customer_id, ())),
            )
        )
    return result


@reads
def list_tags(uow: UnitOfWork, actor: Actor) -> list[TagInfo]:
    return [
        TagInfo(int(r["id"]), str(r["name"]), str(r["color"]), int(r["n"]))
        for r in uow.customers.all_tags()
    ]


@reads
def timeline(uow: UnitOfWork, actor: Actor, customer_id: int) -> list[TimelineEntry]:
    """Everything that happened with this customer, newest first: the archive's events,
    every sale, top-up, refund, withdrawal and gift (read from the sales themselves), the
    contacts, follow-up tasks and service records (read from their own tables), and their
    appointments, past and to come, each at its start (those to come on top)."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_view")
    entries = [
        TimelineEntry(
            at=row["at"],
            kind=str(row["kind"]),
            text=str(row["text"]),
            username=str(row["display_name"] or ""),
        )
        for row in uow.customers.events(customer_id)
    ]
    entries += [
        TimelineEntry(
            at=row["at"],
            kind=str(row["kind"]),
            text=str(row["what"] or ""),
            username=str(row["display_name"] or ""),
            sale_id=int(row["id"]),
            amount_fen=int(row["total_fen"]),
        )
        for row in uow.sales.customer_sales(customer_id)
    ]
    from storecrm.services.reminders import timeline_items  # reminders build on customers

    entries += [
        TimelineEntry(at=i.at, kind=i.kind, text=i.text, username=i.username)
        for i in timeline_items(uow, customer_id)
    ]
    from storecrm.services.appointments.timeline import timeline_items as appointment_items

    entries += [
        TimelineEntry(at=i.at, kind=i.kind, text=i.text, username=i.username)
        for i in appointment_items(uow, customer_id)
    ]
    # Newest first; within one second, what a sale caused (a tier upgrade) above the sale and
    # the customer's creation below everything.
    order = {"created": 0, "tier": 3}
    entries.sort(key=lambda e: (e.at, 1 if e.sale_id else order.get(e.kind, 2)), reverse=True)
    return entries


def add_note(uow: UnitOfWork, actor: Actor, customer_id: int, text: str) -> None:
    """A free note on the customer's timeline (a call, a request, a remark)."""
    audit.require(uow, actor, Permission.EDIT_CUSTOMERS, "customer_update")
    uow.customers.get(customer_id)
    body = text.strip()
    if not body:
        raise ValidationError("note", "required")
    uow.customers.add_event(customer_id, "note", body[:1000], actor.user_id, clock.now())
    uow.commit()


__all__ = [
    "CustomerFilter",
    "DuplicateCustomer",
    "InvalidCustomer",
    "add_note",
    "archive_customer",
    "create_customer",
    "customer_rows",
    "find_by_card",
    "get_category_rules",
    "get_customer",
    "list_customer_ids",
    "list_tags",
    "merge_customers",
    "restore_customer",
    "search_customers",
    "set_category_rules",
    "timeline",
    "update_customer",
]
