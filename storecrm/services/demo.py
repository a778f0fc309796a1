"""Demo data: realistic Chinese customers for trying the program and for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock, demo_people
from storecrm.domain.birthday import Birthday
from storecrm.domain.customer import NamePartReader
from storecrm.domain.demo_people import DemoPerson
from storecrm.domain.privacy import ConsentSource
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.domain.store_profile import BusinessType
from storecrm.services import audit, demo_bookings, demo_reminders, demo_sales, session, users
from storecrm.services import customers as customers_service
from storecrm.services.privacy import consent_event

#: Customers per transaction. A chunk's rows land all over the customers' indexes (name order,
#: phones, spend …), so a commit writes most of those indexes' pages to the WAL whatever the
#: chunk's size: at a million customers 5,000 a chunk wrote ~120 MB to the WAL 200 times over;
#: 20,000 a chunk writes a little more each time, a quarter as often. The WAL holds one chunk at
#: most (SQLite's automatic checkpoint after each commit lets the next one start it over).
CHUNK = 20_000


def _visit_summary(rng: random.Random, created: datetime, today: date) -> dict[str, object]:
    """Plausible visits and spend until real sales exist for the customer."""
    if rng.random() < 0.18:
        return {
            "first_visit_at": None,
            "last_visit_at": None,
            "visit_count": 0,
            "total_spend_fen": 0,
        }
    end = datetime.combine(today, datetime.min.time()).replace(hour=20)
    span = max(1, int((end - created).total_seconds()))
    first = created + timedelta(seconds=int(span * rng.random() ** 3))
    visits = 1 + int(rng.paretovariate(1.6)) if rng.random() < 0.85 else rng.randint(8, 40)
    # Most customers came back recently; some stopped coming (流失风险).
    stay = rng.random() ** (0.4 if rng.random() < 0.75 else 3.0)
    last = first + timedelta(seconds=int((end - first).total_seconds() * stay))
    if visits == 1:
        last = first
    ticket = rng.choice((6_800, 12_800, 18_800, 25_800, 38_800, 58_800))
    return {
        "first_visit_at": first.replace(microsecond=0),
        "last_visit_at": last.replace(microsecond=0),
        "visit_count": visits,
        "total_spend_fen": visits * ticket + rng.randint(0, 99) * 100,
    }


def add_demo_customers(
    uow: UnitOfWork,
    actor: Actor,
    count: int,
    seed: int,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` generated customers, committed every :data:`CHUNK` (so the WAL and the
    memory stay bounded whatever the count, up to a million); returns how many were added.

    The people are drawn from the generator a chunk at a time and written with one
    executemany per table; each surname and given name is read by pypinyin once
    (:class:`~storecrm.domain.customer.NamePartReader`), and the rows are exactly those the
    customer form and the ledger would write (tests/services/test_demo_customers.py).

    They come with card numbers, tags, solar and lunar birthdays, a visit summary and, for
    some, an opening stored-value balance and points (as opening ledger entries). A generated
    phone or card number that the store already has is left empty rather than duplicated.
    """
    audit.require(uow, actor, Permission.GENERATE_DEMO_DATA, "demo_data")
    conn = uow.connection
    # The customers' indexes (name order, phones, spend …) take new rows in no order: keep
    # their pages in memory rather than re-read and decrypt them (as the history does).
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {demo_sales.BULK_CACHE_KB}")
    try:
        return _add_customers(uow, actor, count, seed, today, progress)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _add_customers(
    uow: UnitOfWork,
    actor: Actor,
    count: int,
    seed: int,
    today: date | None,
    progress: Callable[[int, int], None] | None,
) -> int:
    today = today or clock.now().date()  # the one clock the history also reads
    business_type = uow.settings.get("business_type", "retail") or "retail"
    rng = random.Random(seed * 7919 + 17)
    tag_ids: dict[str, int] = {str(t["name"]): int(t["id"]) for t in uow.customers.all_tags()}
    reader = demo_people_reader()
    now = clock.now()
    added = 0
    people = demo_people.generate(count, seed, today=today, business_type=business_type)
    for chunk in chunks(people, CHUNK):
        _write_chunk(uow, actor, chunk, rng, today, business_type, tag_ids, reader, now)
        added += len(chunk)
        uow.commit()  # each chunk on its own: the WAL never holds more than one
        if progress:
            progress(added, count)
    audit.record(uow, actor, "demo_data", detail={"customers": added, "seed": seed})
    uow.commit()
    return added


def demo_people_reader() -> NamePartReader:
    """Reads each surname and given name of the demo people once (names repeat in parts)."""
    return NamePartReader()


def chunks(people: Iterable[DemoPerson], size: int) -> Iterator[list[DemoPerson]]:
    """The people in lists of ``size`` (the last may be shorter), drawn as each is needed:
    no more than one list is held at a time, whatever the count."""
    chunk: list[DemoPerson] = []
    for person in people:
        chunk.append(person)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _write_chunk(
    uow: UnitOfWork,
    actor: Actor,
    chunk: list[DemoPerson],
    rng: random.Random,
    today: date,
    business_type: str,
    tag_ids: dict[str, int],
    reader: NamePartReader,
    now: datetime,
) -> None:
    """Insert one chunk of people with their search keys, tags, events, consents and opening
    ledger entries; the opening balances go into the rows as they are inserted."""
    # A generated phone or card number the store already has is left empty (one call's
    # numbers never repeat, so only numbers from before this call can clash).
    taken_phones = uow.customers.phones_taken([p.phone for p in chunk])
    taken_cards = uow.customers.cards_taken([p.card_no for p in chunk if p.card_no])
    user = actor.user_id
    rows: list[dict[str, object]] = []
    syllables: list[tuple[str, ...]] = []
    openings: list[tuple[int, int]] = []
    for person in chunk:
        phone = None if person.phone in taken_phones else person.phone
        card = None if person.card_no in taken_cards else person.card_no
        birthday = None
        if person.birthday is not None:
            birthday = (
                Birthday.from_solar_as_lunar(person.birthday)
                if person.birthday_is_lunar
                else Birthday.solar(person.birthday)
            )
        summary = _visit_summary(rng, person.created_at, today)
        business = _business_notes(business_type, person.notes)
        has_card = card is not None and summary["visit_count"]
        balance = rng.choice((0, 0, 10_000, 30_000, 50_000, 100_000, 200_000)) if has_card else 0
        if balance:
            balance -= rng.randint(0, balance // 100) * 100
        points = int(summary["total_spend_fen"]) // 100 if has_card else 0  # type: ignore[call-overload]
        rows.append(
            {
                "name": person.name,
                "phone": phone,
                "gender": person.gender,
                "card_no": card,
                "source": person.source,
                "notes": "" if business else person.notes,
                "marketing_consent": person.marketing_consent,
                "marketing_consent_at": person.created_at if person.marketing_consent else None,
                "created_at": person.created_at,
                "created_by": user,
                "updated_at": person.created_at,
                "updated_by": user,
                # the opening entries below, as add_ledger_entries would have moved them
                "balance_fen": balance,
                "points": points,
            }
            | customers_service.birthday_columns(birthday)
            | business
            | summary
        )
        syllables.append(reader.syllables(person.surname, person.name[len(person.surname) :]))
        openings.append((balance, points))
    ids = uow.customers.insert_many(rows, syllables)
    links: list[tuple[int, int]] = []
    ledger: list[tuple[int, str, int, datetime, int | None]] = []
    events: list[dict[str, object]] = []
    consents: list[dict[str, object]] = []
    for customer_id, person, (balance, points) in zip(ids, chunk, openings, strict=True):
        for name in person.tags:
            if name not in tag_ids:
                tag_ids[name] = uow.customers.add_tag(name, now)
            links.append((customer_id, tag_ids[name]))
        at = person.created_at
        events.append(
            {"customer_id": customer_id, "at": at, "kind": "created", "text": "", "user_id": user}
        )
        if balance:
            ledger.append((customer_id, "principal", balance, at, user))
        if points:
            ledger.append((customer_id, "points", points, at, user))
        if person.marketing_consent:
            consents.append(consent_event(customer_id, True, at, ConsentSource.FORM, user))
    uow.customers.add_tag_links(links)
    uow.customers.add_events(events)
    uow.customers.add_opening_entries(ledger)
    uow.privacy.add_consents(consents)


def _business_notes(business_type: str, note: str) -> dict[str, str]:
    """Put a generated note in the business-type field it belongs to."""
    if not note:
        return {}
    if business_type == "restaurant":
        key = "allergies" if ("过敏" in note or "不吃" in note) else "taste"
    elif business_type == "beauty":
        key = "skin_notes" if ("肌" in note or "皮" in note) else "hair_notes"
    elif business_type == "retail":
        key = "sizes" if ("码" in note or "号" in note) else "preferences"
    else:
        key = "preferences"
    return {key: note}


DEMO_STORE_NAME = "悦容美发沙龙（演示）"
DEMO_RESTAURANT_NAME = "蜀香小馆（演示）"
DEMO_OWNER = "owner"
DEMO_CASHIER = "cashier"
DEMO_PASSWORD = "demo1234"
DEMO_CUSTOMERS = 2000


def create_demo_store(
    folder: Path,
    customers_count: int = DEMO_CUSTOMERS,
    seed: int = 1,
    months: int = 12,
    business_type: BusinessType = BusinessType.BEAUTY,
) -> str:
    """Create the demo store (a hair & beauty salon, or a restaurant) with an owner, a cashier,
    (for the salon) two stylists' accounts, customers, ``months`` of sales, top-ups and card
    uses, and the book: a month past and two weeks to come of appointments (the salon's
    stylists on a roster) or table reservations (the restaurant's 大厅 and 包间).

    Returns the recovery code. The demo's accounts are stated in the README.
    """
    salon = business_type is BusinessType.BEAUTY
    created = session.create_store(
        folder,
        store_name=DEMO_STORE_NAME if salon else DEMO_RESTAURANT_NAME,
        business_type=business_type,
        owner_username=DEMO_OWNER,
        owner_display_name="王店长",
        owner_password=DEMO_PASSWORD,
    )
    ctx = created.context
    try:
        ctx.call(
            users.add_user,
            username=DEMO_CASHIER,
            display_name="小李",
            role=Role.CASHIER,
            password=DEMO_PASSWORD,
        )
        for username, name in (("tony", "Tony老师"), ("amy", "Amy老师")) if salon else ():
            ctx.call(
                users.add_user,
                username=username,
                display_name=name,
                role=Role.CASHIER,
                password=DEMO_PASSWORD,
            )
        ctx.call(add_demo_customers, customers_count, seed)
        ctx.call(demo_sales.add_demo_history, months, seed)
        ctx.call(demo_reminders.add_demo_reminders, seed)
        ctx.call(demo_bookings.add_demo_bookings, seed)
    finally:
        ctx.sign_out()
    return created.recovery_code
