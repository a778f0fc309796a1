"""SQL for customers: the profile, its search keys, tags, timeline events and opening ledger
entries. Every write to a customer goes through here so the search tables stay in step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Date,
    DateTime,
    Integer,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)

from storecrm.data.customer_list import NARROW, WIDE, Key, ListFilter, count_at_most, list_page
from storecrm.data.customer_search import letters_search
from storecrm.data.name_search import name_search
from storecrm.data.rows import (
    CustomerEvent,
    CustomerHitRow,
    CustomerRow,
    CustomerTag,
    SaleVisit,
    TagCount,
    TagRow,
    new_id,
    row_as,
    rows_as,
)
from storecrm.data.rows import (
    stored as _stored,
)
from storecrm.data.schema import (
    appointments,
    customer_cards,
    customer_events,
    customer_grams,
    customer_keys,
    customer_search,
    customer_tags,
    customers,
    followups,
    ledger_entries,
    reminder_actions,
    service_records,
    tags,
    users,
)
from storecrm.data.search_statements import (
    FEW_DIGITS,
    HIT_BY_CARD,
    HITS_BY_IDS,
    LETTERS_PAGED_UP_TO,
    NAMES_PAGED_UP_TO,
    TAIL_DIGITS,
    TOP,
    digit_hits_sql,
    hit_row,
    plain_sql,
    search_statement,
)
from storecrm.domain.customer import (
    CategoryRules,
    QueryKind,
    name_grams,
    name_lead_grams,
    name_sort_key,
    name_sort_key_of,
    pinyin_keys,
    pinyin_keys_of,
    tag_color,
)
from storecrm.domain.errors import NotFound

SORT_COLUMNS = {
    "name": customers.c.name_sort,
    "last_visit": customers.c.last_visit_at,
    "total_spend": customers.c.total_spend_fen,
    "balance": customers.c.balance_fen,
    "created": customers.c.created_at,
    "visits": customers.c.visit_count,
}


# Look-ups the till makes at every search, built once.
_BY_CARD = select(customers).where(customers.c.card_no == bindparam("card_no"))
_BY_IDS = select(customers).where(customers.c.id.in_(bindparam("ids", expanding=True)))


# What a sale reads of its customer, built once too (see sales_repository).
_BY_ID = select(customers).where(customers.c.id == bindparam("id"))
_LEDGER_SUMS = (
    select(ledger_entries.c.account, func.sum(ledger_entries.c.delta))
    .where(ledger_entries.c.customer_id == bindparam("id"))
    .group_by(ledger_entries.c.account)
)
_LEDGER_SUMS_UP_TO = _LEDGER_SUMS.where(ledger_entries.c.id <= bindparam("up_to"))
# What a ledger entry moves with it (built once: a sale moves them every time).
_MOVE_BALANCES = (
    update(customers)
    .where(customers.c.id == bindparam("cid"))
    .values(
        balance_fen=customers.c.balance_fen + bindparam("money"),
        points=customers.c.points + bindparam("pts"),
    )
)
# A sale's move of its customer's visit summary (a refund moves only the spend).
_VISIT_AT = bindparam("visit_at", type_=DateTime())
_SPEND_VALUES: dict[str, Any] = {
    "total_spend_fen": customers.c.total_spend_fen + bindparam("visit_spend", type_=Integer)
}
_VISIT_VALUES: dict[str, Any] = _SPEND_VALUES | {
    "visit_count": customers.c.visit_count + 1,
    "last_visit_at": case(
        (
            or_(customers.c.last_visit_at.is_(None), customers.c.last_visit_at < _VISIT_AT),
            _VISIT_AT,
        ),
        else_=customers.c.last_visit_at,
    ),
    "first_visit_at": case(
        (
            or_(customers.c.first_visit_at.is_(None), customers.c.first_visit_at > _VISIT_AT),
            _VISIT_AT,
        ),
        else_=customers.c.first_visit_at,
    ),
}
SPEND = update(customers).where(customers.c.id == bindparam("visit_customer")).values(_SPEND_VALUES)
VISIT = SPEND.values(_VISIT_VALUES)
# A sale's balances and visit summary in one UPDATE of the customer's row (issue 23: two
# UPDATEs of the same row were two statements and two rewrites of the row).
_MOVE_BALANCES_AND_VISIT = _MOVE_BALANCES.values(_VISIT_VALUES)
_MOVE_SESSIONS = (
    update(customer_cards)
    .where(customer_cards.c.id == bindparam("card"))
    .values(sessions_left=customer_cards.c.sessions_left + bindparam("n"))
)
_CARD_SESSIONS_UP_TO = (
    select(ledger_entries.c.card_id, func.sum(ledger_entries.c.delta))
    .where(
        and_(
            ledger_entries.c.customer_id == bindparam("id"),
            ledger_entries.c.account == "sessions",
            ledger_entries.c.id <= bindparam("up_to"),
        )
    )
    .group_by(ledger_entries.c.card_id)
)


def category_condition(category: str, rules: CategoryRules, today: date) -> ColumnElement[bool]:
    """SQL for :func:`storecrm.domain.customer.categorise` (tests hold the two in step)."""
    c = customers.c
    day = func.date(c.last_visit_at)
    days_since_last = func.julianday(literal(today.isoformat())) - func.julianday(day)
    days_since_first = func.julianday(literal(today.isoformat())) - func.julianday(
        func.date(c.first_visit_at)
    )
    visited = c.last_visit_at.is_not(None)
    vip = and_(visited, c.total_spend_fen >= rules.vip_spend_fen)
    at_risk = and_(visited, days_since_last >= rules.at_risk_days)
    new = and_(visited, c.first_visit_at.is_not(None), days_since_first < rules.new_days)
    regular = and_(
        visited, c.visit_count >= rules.regular_visits, days_since_last < rules.regular_days
    )
    conditions: dict[str, ColumnElement[bool]] = {
        "potential": c.last_visit_at.is_(None),
        "vip": vip,
        "at_risk": and_(~vip, at_risk),
        "new": and_(~vip, ~at_risk, new),
        "regular": and_(~vip, ~at_risk, ~new, regular),
        "occasional": and_(visited, ~vip, ~at_risk, ~new, ~regular),
    }
    return conditions[category]


_TEXT_DEFAULTS = {
    "notes",
    "address",
    "preferences",
    "taste",
    "allergies",
    "hair_notes",
    "skin_notes",
    "sizes",
}
_ZERO_DEFAULTS = {"visit_count", "total_spend_fen", "balance_fen", "points"}


def _column_default(column: str) -> Any:
    if column in _TEXT_DEFAULTS:
        return ""
    if column in _ZERO_DEFAULTS:
        return 0
    if column in ("marketing_consent", "birthday_leap"):
        return False
    if column == "source":
        return "walk_in"
    if column == "gender":
        return "unknown"
    return None


_CONVERTED_TYPES = (DateTime, Date, Boolean)


class CustomerRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- writes ------------------------------------------------------------------------------
    def insert(self, values: Mapping[str, Any]) -> int:
        row = dict(values)
        row["phone_rev"] = row["phone"][::-1] if row.get("phone") else None
        row["name_sort"] = name_sort_key(row["name"])
        customer_id = new_id(self.conn.execute(insert(customers).values(**row)))
        self.conn.execute(
            insert(customer_search).values(
                customer_id=customer_id, name=row["name"], archived=False
            )
        )
        self._write_keys(customer_id, row["name"])
        return customer_id

    def insert_many(
        self,
        rows: Sequence[Mapping[str, Any]],
        syllables: Sequence[Sequence[str]] | None = None,
    ) -> list[int]:
        """Bulk insert (imports, demo data); returns the new ids in order.

        Plain tuples through the driver's executemany (a million demo customers spent more
        time in SQLAlchemy's per-row parameter processing than in SQLite); values are stored
        as SQLAlchemy stores them (``_stored``). ``syllables``, one per row, is each name's
        ``name_syllables`` when the caller has read them already (the demo reads each part of
        a name once); the sort key and search keys are made from them."""
        if not rows:
            return []
        if syllables is not None and len(syllables) != len(rows):
            raise ValueError("one syllables entry per row")
        first = (
            int(self.conn.execute(select(func.coalesce(func.max(customers.c.id), 0))).scalar_one())
            + 1
        )
        # executemany needs every row to carry the same columns: fill what a row left out.
        given: set[str] = set().union(*(r.keys() for r in rows))
        columns = sorted(given - {"id", "phone_rev", "name_sort"})
        defaults = {c: _column_default(c) for c in columns}
        # Only times, dates and booleans need converting (``_stored``); the rest go as they are.
        converted = [c for c in columns if isinstance(customers.c[c].type, _CONVERTED_TYPES)]
        plain = [c for c in columns if c not in converted]
        names = [*plain, *converted, "id", "phone_rev", "name_sort"]
        prepared = []
        search: list[tuple[Any, ...]] = []
        keys: list[tuple[Any, ...]] = []
        grams: list[tuple[Any, ...]] = []
        for offset, values in enumerate(rows):
            row = defaults | dict(values)
            customer_id = first + offset
            name = str(row["name"])
            lead = name_lead_grams(name)
            phone = row.get("phone")
            if syllables is None:
                sort_key, name_keys = name_sort_key(name), pinyin_keys(name)
            else:
                read = syllables[offset]
                sort_key, name_keys = name_sort_key_of(name, read), pinyin_keys_of(name, read)
            prepared.append(
                (
                    *[row[c] for c in plain],
                    *[_stored(row[c]) for c in converted],
                    customer_id,
                    phone[::-1] if phone else None,
                    sort_key,
                )
            )
            search.append((customer_id, name))
            keys.extend((key, customer_id, len(name)) for key in name_keys)
            grams.extend((gram, customer_id, len(name), gram in lead) for gram in name_grams(name))
        marks = ", ".join("?" for _ in names)
        self.conn.exec_driver_sql(
            f"INSERT INTO customers ({', '.join(names)}) VALUES ({marks})", prepared
        )
        self.conn.exec_driver_sql(
            "INSERT INTO customer_search (customer_id, name, archived) VALUES (?, ?, 0)", search
        )
        if keys:
            self.conn.exec_driver_sql(
                "INSERT INTO customer_keys (key, customer_id, name_len) VALUES (?, ?, ?)", keys
            )
        if grams:
            self.conn.exec_driver_sql(
                "INSERT INTO customer_grams (gram, customer_id, name_len, starts) "
                "VALUES (?, ?, ?, ?)",
                grams,
            )
        return [first + offset for offset in range(len(rows))]

    def phones_taken(self, phones: Sequence[str]) -> set[str]:
        """Which of these phone numbers a customer has (looked up 500 at a time)."""
        return self._taken(customers.c.phone, phones)

    def cards_taken(self, cards: Sequence[str]) -> set[str]:
        """Which of these card numbers a customer has (looked up 500 at a time)."""
        return self._taken(customers.c.card_no, cards)

    def _taken(self, column: Any, values: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(values), 500):
            part = list(values[start : start + 500])
            found.update(v for (v,) in self.conn.execute(select(column).where(column.in_(part))))
        return found

    def update(self, customer_id: int, values: Mapping[str, Any]) -> None:
        row = dict(values)
        if "phone" in row:
            row["phone_rev"] = row["phone"][::-1] if row["phone"] else None
        if "name" in row:
            row["name_sort"] = name_sort_key(row["name"])
        result = self.conn.execute(
            update(customers).where(customers.c.id == customer_id).values(**row)
        )
        if result.rowcount == 0:
            raise NotFound("customer", customer_id)
        if "name" in row:
            self.conn.execute(
                update(customer_search)
                .where(customer_search.c.customer_id == customer_id)
                .values(name=row["name"])
            )
            self._write_keys(customer_id, row["name"])

    def _write_keys(self, customer_id: int, name: str) -> None:
        self.conn.execute(delete(customer_keys).where(customer_keys.c.customer_id == customer_id))
        keys = [
            {"key": k, "customer_id": customer_id, "name_len": len(name)}
            for k in sorted(pinyin_keys(name))
        ]
        if keys:
            self.conn.execute(insert(customer_keys), keys)
        self.conn.execute(delete(customer_grams).where(customer_grams.c.customer_id == customer_id))
        lead = name_lead_grams(name)
        grams = [
            {"gram": g, "customer_id": customer_id, "name_len": len(name), "starts": g in lead}
            for g in sorted(name_grams(name))
        ]
        if grams:
            self.conn.execute(insert(customer_grams), grams)

    def set_archived(self, customer_id: int, at: datetime | None, user_id: int | None) -> None:
        self.conn.execute(
            update(customers)
            .where(customers.c.id == customer_id)
            .values(archived_at=at, archived_by=user_id if at else None)
        )
        self.conn.execute(
            update(customer_search)
            .where(customer_search.c.customer_id == customer_id)
            .values(archived=at is not None)
        )

    # -- reads -------------------------------------------------------------------------------
    def get(self, customer_id: int) -> CustomerRow:
        row = row_as(CustomerRow, self.conn.execute(_BY_ID, {"id": customer_id}).first())
        if row is None:
            raise NotFound("customer", customer_id)
        return row

    def by_phone(self, phone: str) -> CustomerRow | None:
        query = select(customers).where(customers.c.phone == phone)
        return row_as(CustomerRow, self.conn.execute(query).first())

    def by_card(self, card_no: str) -> CustomerRow | None:
        return row_as(CustomerRow, self.conn.execute(_BY_CARD, {"card_no": card_no}).first())

    def ids_by_phones(self, phones: Iterable[str]) -> dict[str, int]:
        wanted = list(set(phones))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for phone, cid in self.conn.execute(
                select(customers.c.phone, customers.c.id).where(customers.c.phone.in_(chunk))
            ):
                found[phone] = int(cid)
        return found

    def ids_by_cards(self, cards: Iterable[str]) -> dict[str, int]:
        wanted = list(set(cards))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for card, cid in self.conn.execute(
                select(customers.c.card_no, customers.c.id).where(customers.c.card_no.in_(chunk))
            ):
                found[card] = int(cid)
        return found

    def user_names(self, user_ids: Iterable[int | None]) -> dict[int, str]:
        ids = [u for u in set(user_ids) if u is not None]
        if not ids:
            return {}
        rows = self.conn.execute(
            select(users.c.id, users.c.display_name).where(users.c.id.in_(ids))
        )
        return {int(i): str(n) for i, n in rows}

    def count(self, include_archived: bool = False) -> int:
        query = select(func.count()).select_from(customers)
        if not include_archived:
            query = query.where(customers.c.archived_at.is_(None))
        return int(self.conn.execute(query).scalar_one())

    def search_ids(
        self, kind: QueryKind, text: str, limit: int, include_archived: bool
    ) -> list[int]:
        """Ids of customers matching what was typed at the till, best first.

        Each shape of query (kind, digits long enough for a phone, a fragment checked in full,
        archived or not) is built and compiled once (:func:`search_statement`); a call only
        binds what was typed."""
        if kind is QueryKind.DIGITS:
            statement = search_statement(kind, len(text) >= 3, False, include_archived)
            params = {
                "text": text,
                "hi": text + TOP,
                "rev": text[::-1],
                "rev_hi": text[::-1] + TOP,
            }
        elif kind is QueryKind.LETTERS:
            if limit <= LETTERS_PAGED_UP_TO:  # the till's page: stop once it is full
                return letters_search(self.conn, text, limit, include_archived)
            statement = search_statement(kind, False, False, include_archived)
            params = {"text": text, "hi": text + TOP}
        else:
            compact = "".join(text.split()).casefold()
            checked = len(compact) > 2 or compact != text.casefold()
            if limit <= NAMES_PAGED_UP_TO and not checked:  # the till's page: stop when full
                return name_search(self.conn, text, compact[:2], limit, include_archived)
            statement = search_statement(kind, False, checked, include_archived)
            params = {
                "text": text,
                "hi": text + TOP,
                "gram": compact[:2],
                "folded": text.casefold(),
            }
        sql, names, fixed = plain_sql(statement)
        values = fixed | params | {"limit": limit}
        return [int(i) for (i,) in self.conn.exec_driver_sql(sql, tuple(values[n] for n in names))]

    def digit_hits(self, text: str, limit: int, include_archived: bool) -> list[CustomerHitRow]:
        """:meth:`search_ids` for digits with :meth:`hit_rows` of them, each statement run
        straight on the driver's connection (a card reader's or a whole phone's look-up at the
        till, a phone's last digits).

        Up to ``TAIL_DIGITS`` digits are a card, a whole phone or a phone's last digits (尾号),
        not a phone's or a card's first digits: "1354" starts ~1,000 phones at 100k customers
        and ~10,000 at 1M, each of whose rows was read to rank it by last visit (1.3 ms at
        100k, where its last digits do not fill the page), to show the 20 who came last rather
        than the one meant. From five digits a phone or card typed from its start is found:
        the matches by first digits come after every other match, and up to ``FEW_DIGITS``
        digits (still many phones start so) they are read only when the card, the whole phone
        and the last digits do not fill the page. The list's filter (:meth:`search_ids`),
        which wants every match, still takes first digits from three.

        Each statement is compiled once per shape and kept in the driver's statement cache;
        its rows are built here, skipping SQLAlchemy's per-execution work (result set-up,
        events: ~150 of an exact look-up's ~400 Python calls). Only a SELECT runs this way: a
        read unit's ``query_only`` connection has nothing to refuse, and outside a
        transaction the one statement reads one snapshot by itself (so does each of the two
        statements of five or six digits: called right after a unit's ``commit``, with no
        statement since to begin the next transaction, they may read two snapshots)."""
        long_digits = len(text) >= 3
        first_digits = len(text) > TAIL_DIGITS
        driver = self.conn.connection.driver_connection
        assert driver is not None  # a unit's connection is checked out until it ends
        rev = text[::-1]
        values = (text, rev, rev + TOP, text + TOP, limit)
        if first_digits and len(text) <= FEW_DIGITS:  # many phones start so: try without them
            sql = digit_hits_sql(True, include_archived, False)
            rows = driver.execute(sql, values).fetchall()
            if len(rows) >= limit:
                return [hit_row(row) for row in rows]
        sql = digit_hits_sql(long_digits, include_archived, first_digits)
        return [hit_row(row) for row in driver.execute(sql, values).fetchall()]

    def list_ids(
        self,
        *,
        sort: str,
        descending: bool,
        tag_id: int | None,
        category: str | None,
        rules: CategoryRules,
        today: date,
        include_archived: bool,
        text_ids: Sequence[int] | None = None,
    ) -> list[int]:
        """All ids for the list, filtered and sorted in SQL (the lazy model fetches rows)."""
        column = SORT_COLUMNS[sort]
        # Plain "column, id" (SQLite puts empty values first ascending, last descending) so the
        # partial index on live customers gives the order without sorting 100k rows.
        if descending:
            query = select(customers.c.id).order_by(column.desc(), customers.c.id.desc())
        else:
            query = select(customers.c.id).order_by(column.asc(), customers.c.id.asc())
        if not include_archived:
            query = query.where(customers.c.archived_at.is_(None))
        if tag_id is not None:
            query = query.where(
                exists().where(
                    and_(
                        customer_tags.c.customer_id == customers.c.id,
                        customer_tags.c.tag_id == tag_id,
                    )
                )
            )
        if category is not None:
            query = query.where(category_condition(category, rules, today))
        if text_ids is not None:
            query = query.where(customers.c.id.in_(list(text_ids)))
        return list(self.conn.execute(query).scalars())

    def list_filter(
        self,
        *,
        tag_id: int | None,
        category: str | None,
        rules: CategoryRules,
        today: date,
        include_archived: bool,
        text: tuple[QueryKind, str] | None,
    ) -> ListFilter:
        """The list's filter as SQL, for :meth:`list_page` and :meth:`count_listed`."""
        return ListFilter(
            tag_id=tag_id,
            category=category,
            rules=rules,
            today=today,
            include_archived=include_archived,
            text=text,
        )

    def list_page(
        self,
        flt: ListFilter,
        *,
        sort: str,
        descending: bool,
        after: Key | None,
        limit: int,
        narrow: int = NARROW,
        wide: int = WIDE,
        budget: int | None = None,
    ) -> tuple[list[Key], Key | None]:
        """One page of the list after ``after`` (keyset paging, data/customer_list.py), and
        where to go on if the walk stopped on its ``budget`` of index entries."""
        return list_page(
            self.conn,
            flt,
            sort=sort,
            descending=descending,
            after=after,
            limit=limit,
            narrow=narrow,
            wide=wide,
            budget=budget,
        )

    def count_listed(self, flt: ListFilter, at_most: int | None) -> int:
        """How many customers the list shows, counting no further than ``at_most + 1``."""
        return count_at_most(self.conn, flt, at_most)

    def rows(self, ids: Sequence[int]) -> dict[int, CustomerRow]:
        found: dict[int, CustomerRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for row in rows_as(CustomerRow, self.conn.execute(_BY_IDS, {"ids": chunk})):
                found[row["id"]] = row
        return found

    def hit_by_card(self, card_no: str) -> CustomerHitRow | None:
        """What a search result shows of the card's holder (a card reader's Enter)."""
        found = rows_as(CustomerHitRow, self.conn.execute(HIT_BY_CARD, {"card_no": card_no}))
        return found[0] if found else None

    def hit_rows(self, ids: Sequence[int]) -> dict[int, CustomerHitRow]:
        """What a search result shows of each of ``ids`` (a page of the till's search)."""
        found: dict[int, CustomerHitRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for row in rows_as(CustomerHitRow, self.conn.execute(HITS_BY_IDS, {"ids": chunk})):
                found[row["id"]] = row
        return found

    # -- tags --------------------------------------------------------------------------------
    def all_tags(self) -> list[TagCount]:
        counts = (
            select(customer_tags.c.tag_id, func.count().label("n"))
            .join(customer_search, customer_search.c.customer_id == customer_tags.c.customer_id)
            .where(customer_search.c.archived.is_(False))
            .group_by(customer_tags.c.tag_id)
            .subquery()
        )
        query = (
            select(tags.c.id, tags.c.name, tags.c.color, func.coalesce(counts.c.n, 0).label("n"))
            .outerjoin(counts, counts.c.tag_id == tags.c.id)
            .order_by(tags.c.name)
        )
        return rows_as(TagCount, self.conn.execute(query))

    def tag_by_name(self, name: str) -> TagRow | None:
        return row_as(TagRow, self.conn.execute(select(tags).where(tags.c.name == name)).first())

    def add_tag(self, name: str, at: datetime) -> int:
        """A new tag, coloured by its place in the order of creation."""
        count = int(self.conn.execute(select(func.count()).select_from(tags)).scalar_one())
        return new_id(
            self.conn.execute(insert(tags).values(name=name, color=tag_color(count), created_at=at))
        )

    def tags_of(self, ids: Sequence[int]) -> dict[int, list[CustomerTag]]:
        found: dict[int, list[CustomerTag]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            query = (
                select(customer_tags.c.customer_id, tags.c.id, tags.c.name, tags.c.color)
                .join(tags, tags.c.id == customer_tags.c.tag_id)
                .where(customer_tags.c.customer_id.in_(chunk))
                .order_by(tags.c.name)
            )
            for row in rows_as(CustomerTag, self.conn.execute(query)):
                found[row["customer_id"]].append(row)
        return found

    def set_tags(self, customer_id: int, tag_ids: Iterable[int]) -> None:
        self.conn.execute(delete(customer_tags).where(customer_tags.c.customer_id == customer_id))
        rows = [{"customer_id": customer_id, "tag_id": t} for t in sorted(set(tag_ids))]
        if rows:
            self.conn.execute(insert(customer_tags), rows)

    def add_tag_links(self, links: Sequence[tuple[int, int]]) -> None:
        """(customer id, tag id) pairs; a pair already there is left as it is."""
        if links:
            self.conn.exec_driver_sql(
                "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
                list(links),
            )

    # -- timeline and ledger -------------------------------------------------------------------
    def add_event(
        self, customer_id: int, kind: str, text: str, user_id: int | None, at: datetime
    ) -> None:
        self.conn.execute(
            insert(customer_events).values(
                customer_id=customer_id, at=at, kind=kind, text=text, user_id=user_id
            )
        )

    def add_events(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Timeline events (customer_id, at, kind, text, user_id), through the driver."""
        if rows:
            self.conn.exec_driver_sql(
                "INSERT INTO customer_events (customer_id, at, kind, text, user_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (r["customer_id"], _stored(r["at"]), r["kind"], r["text"], r["user_id"])
                    for r in rows
                ],
            )

    def events(self, customer_id: int) -> list[CustomerEvent]:
        query = (
            select(customer_events, users.c.display_name)
            .outerjoin(users, users.c.id == customer_events.c.user_id)
            .where(customer_events.c.customer_id == customer_id)
            .order_by(customer_events.c.at.desc(), customer_events.c.id.desc())
        )
        return rows_as(CustomerEvent, self.conn.execute(query))

    def add_ledger_entries(
        self, rows: Sequence[Mapping[str, Any]], *, visit: SaleVisit | None = None
    ) -> None:
        """Append ledger entries and move the cached balances by the same amounts: the
        customer's stored value and points, and each card's sessions left.

        ``visit``: a sale's visit of one customer (``SalesRepository.record_visit`` with
        ``visit=True``), moved in the same UPDATE as that customer's balances."""
        if rows:
            self.conn.execute(
                insert(ledger_entries), [{"sale_id": None, "card_id": None} | dict(r) for r in rows]
            )
        totals: dict[int, list[int]] = {}
        sessions: dict[int, int] = {}
        for row in rows:
            if row["account"] == "sessions":
                card_id = int(row["card_id"])
                sessions[card_id] = sessions.get(card_id, 0) + int(row["delta"])
                continue
            money_points = totals.setdefault(int(row["customer_id"]), [0, 0])
            money_points[1 if row["account"] == "points" else 0] += int(row["delta"])
        if visit is not None:
            money, pts = totals.pop(visit.customer_id, (0, 0))
            self.conn.execute(
                _MOVE_BALANCES_AND_VISIT,
                {"cid": visit.customer_id, "money": money, "pts": pts}
                | {"visit_spend": visit.spend_fen, "visit_at": visit.at},
            )
        if totals:
            self.conn.execute(
                _MOVE_BALANCES,
                [{"cid": cid, "money": m, "pts": p} for cid, (m, p) in totals.items()],
            )
        if sessions:
            self.conn.execute(
                _MOVE_SESSIONS, [{"card": card, "n": n} for card, n in sessions.items()]
            )

    def add_opening_entries(
        self, rows: Sequence[tuple[int, str, int, datetime, int | None]]
    ) -> None:
        """Opening entries (customer id, account "principal" or "points", delta, at, user id;
        kind "opening", note "demo") of customers inserted with these balances already in
        ``balance_fen`` and ``points`` (the demo data): the cached balances are not moved."""
        if rows:
            self.conn.exec_driver_sql(
                "INSERT INTO ledger_entries (customer_id, account, kind, delta, at, user_id, "
                "note, sale_id, card_id) VALUES (?, ?, 'opening', ?, ?, ?, 'demo', NULL, NULL)",
                [(c, a, d, _stored(at), u) for c, a, d, at, u in rows],
            )

    def ledger_sums(self, customer_id: int, up_to_entry: int | None = None) -> dict[str, int]:
        """Sums per account (now, or as they stood after entry ``up_to_entry``)."""
        if up_to_entry is None:
            rows = self.conn.execute(_LEDGER_SUMS, {"id": customer_id})
        else:
            rows = self.conn.execute(_LEDGER_SUMS_UP_TO, {"id": customer_id, "up_to": up_to_entry})
        return {str(a): int(s) for a, s in rows}

    def card_sessions_until(self, customer_id: int, up_to_entry: int) -> dict[int, int]:
        """Each card's sessions as they stood after entry ``up_to_entry``."""
        rows = self.conn.execute(_CARD_SESSIONS_UP_TO, {"id": customer_id, "up_to": up_to_entry})
        return {int(c): int(s) for c, s in rows}

    def last_entry_until(self, customer_id: int, at: datetime) -> int:
        query = select(func.coalesce(func.max(ledger_entries.c.id), 0)).where(
            and_(ledger_entries.c.customer_id == customer_id, ledger_entries.c.at <= at)
        )
        return int(self.conn.execute(query).scalar_one())

    # -- merging -----------------------------------------------------------------------------
    def move_history(self, from_id: int, to_id: int) -> None:
        """Events, tags, referrals, reminder actions, follow-ups, service records and
        appointments of ``from_id`` now belong to ``to_id``."""
        for table in (customer_events, reminder_actions, followups, service_records, appointments):
            self.conn.execute(
                update(table).where(table.c.customer_id == from_id).values(customer_id=to_id)
            )
        self.conn.execute(
            insert(customer_tags)
            .prefix_with("OR IGNORE")
            .from_select(
                ["customer_id", "tag_id"],
                select(literal(to_id), customer_tags.c.tag_id).where(
                    customer_tags.c.customer_id == from_id
                ),
            )
        )
        self.conn.execute(delete(customer_tags).where(customer_tags.c.customer_id == from_id))
        self.conn.execute(
            update(customers)
            .where(and_(customers.c.referrer_id == from_id, customers.c.id != to_id))
            .values(referrer_id=to_id)
        )
        # A customer cannot be their own referrer after the merge.
        self.conn.execute(
            update(customers)
            .where(and_(customers.c.id == to_id, customers.c.referrer_id == from_id))
            .values(referrer_id=None)
        )
