"""The till's search statements: each shape of query built once (a name fragment, pinyin,
digits), and the digit look-up (a card, a whole phone, a phone's last digits) as plain driver SQL
with the nine columns a search hit shows, typed here (``CustomerRepository.search_ids``,
``digit_hits`` and ``hit_rows`` run them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.dialects import sqlite

from storecrm.data.rows import CustomerHitRow
from storecrm.data.schema import customer_grams, customer_keys, customer_search, customers
from storecrm.domain.customer import QueryKind

#: A pinyin search for at most this many is read in order and stopped once full
#: (data/customer_search.py); the list's filter (all matches) takes one grouped statement.
LETTERS_PAGED_UP_TO = 1_000
#: The same for a name fragment of one or two characters (data/name_search.py): every customer
#: with its gram is a match. A longer fragment is narrowed by its first pair and checked in full;
#: most customers with the pair are not matches, so it keeps the one ranked statement, which
#: reads them once (1M customers, "王小明": 8,800 SQLite steps, 20,400 read in order).
NAMES_PAGED_UP_TO = 1_000

TOP = "\U0010ffff"  # above every character: ``prefix + TOP`` ends a prefix's index range


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column LIKE prefix%`` written as an index range (LIKE would not use the index)."""
    return and_(column >= prefix, column < prefix + TOP)


def _bound_prefix(column: Any, low: str, high: str) -> ColumnElement[bool]:
    """:func:`prefix_range` with the ends bound at each call (``prefix``, ``prefix + TOP``)."""
    return and_(column >= bindparam(low), column < bindparam(high))


@lru_cache(maxsize=16)
def search_statement(
    kind: QueryKind, long_digits: bool, checked: bool, include_archived: bool
) -> Select[Any]:
    """The search for one shape of query, built once; bound per call: ``text``, ``hi``
    (text + TOP), ``rev``/``rev_hi`` (digits reversed), ``gram``, ``folded``, ``limit``."""
    text: BindParameter[str] = bindparam("text")
    if kind is QueryKind.DIGITS:
        union = _digit_matches(long_digits, include_archived)
        return (
            select(union.c.id)
            .join(customers, customers.c.id == union.c.id)
            .group_by(union.c.id)
            .order_by(*_digit_order(union))
            .limit(bindparam("limit"))
        )
    if kind is QueryKind.LETTERS:
        key_hits = (
            select(
                customer_keys.c.customer_id.label("id"),
                func.min(case((customer_keys.c.key == text, 0), else_=1)).label("rank"),
            )
            .where(_bound_prefix(customer_keys.c.key, "text", "hi"))
            .group_by(customer_keys.c.customer_id)
            .subquery()
        )
        query = (
            select(key_hits.c.id)
            .join(customer_search, customer_search.c.customer_id == key_hits.c.id)
            .order_by(key_hits.c.rank, func.length(customer_search.c.name), key_hits.c.id.desc())
            .limit(bindparam("limit"))
        )
        if not include_archived:
            query = query.where(customer_search.c.archived.is_(False))
        return query
    # A name fragment: look its first one or two characters up in the gram index, then
    # check the whole fragment on the narrow search table.
    name = customer_search.c.name
    rank = case((name == text, 0), (_bound_prefix(name, "text", "hi"), 1), else_=2)
    query = (
        select(customer_search.c.customer_id)
        .join(customer_grams, customer_grams.c.customer_id == customer_search.c.customer_id)
        .where(customer_grams.c.gram == bindparam("gram"))
        .order_by(rank, func.length(name), customer_search.c.customer_id.desc())
        .limit(bindparam("limit"))
    )
    if checked:
        query = query.where(func.instr(func.lower(name), bindparam("folded")) > 0)
    if not include_archived:
        query = query.where(customer_search.c.archived.is_(False))
    return query


def _digit_matches(long_digits: bool, include_archived: bool) -> Subquery:
    """Customers whose card or phone matches the digits typed, each with the rank of the way
    it matched (0 the card, 1 the whole phone, 2 its last digits, 3 its first, 4 the card's
    first digits: the list's filter; the till's are ``_DIGIT_WAYS``); bound per call:
    ``text``, ``hi``, ``rev``, ``rev_hi``."""
    text: BindParameter[str] = bindparam("text")
    live = customers.c.archived_at.is_(None)
    candidates = [
        select(customers.c.id, literal(0).label("rank")).where(customers.c.card_no == text)
    ]
    if long_digits:
        candidates += [
            select(customers.c.id, literal(1).label("rank")).where(customers.c.phone == text),
            select(customers.c.id, literal(2).label("rank")).where(
                _bound_prefix(customers.c.phone_rev, "rev", "rev_hi")
            ),
            select(customers.c.id, literal(3).label("rank")).where(
                _bound_prefix(customers.c.phone, "text", "hi")
            ),
            select(customers.c.id, literal(4).label("rank")).where(
                _bound_prefix(customers.c.card_no, "text", "hi")
            ),
        ]
    if not include_archived:
        candidates = [c.where(live) for c in candidates]
    return candidates[0].union_all(*candidates[1:]).subquery()


def _digit_order(union: Subquery) -> tuple[ColumnElement[Any], ...]:
    # Among equally good matches (e.g. the same last four digits), the customer seen most
    # recently is the likeliest one at the till.
    return (
        func.min(union.c.rank),
        customers.c.last_visit_at.is_(None),
        customers.c.last_visit_at.desc(),
        union.c.id.desc(),
    )


#: Up to this many digits typed at the till are a card, a whole phone or a phone's last digits
#: (尾号), never a phone's or a card's first digits (``CustomerRepository.digit_hits``).
TAIL_DIGITS = 4
#: Up to this many digits typed, the matches by first digits may be many (a phone's start):
#: the other matches are read first, and these only if the page is not full.
FEW_DIGITS = 6


# The ways digits match a customer, best first (the ranks of ``_digit_matches``); bound: ?1
# the digits, ?2/?3 the digits reversed and that + TOP (a phone's last digits), ?4 the digits
# + TOP (first digits).
_DIGIT_WAYS = (
    "card_no = ?1",
    "phone = ?1",
    "phone_rev >= ?2 AND phone_rev < ?3",
    "phone >= ?1 AND phone < ?4",
    "card_no >= ?1 AND card_no < ?4",
)


@lru_cache(maxsize=8)
def digit_hits_sql(long_digits: bool, include_archived: bool, prefixes: bool) -> str:
    """:func:`search_statement` for digits as driver SQL, reading what a search result shows:
    an exact phone or card look-up is one statement, not two. The matching ids come from the
    indexes alone (each way a covering index look-up) and each customer's row is read once;
    its rank is the first way that matches it, which is the best of the ways that found it
    (``min(rank)`` of the grouped statement before, whose rows a test holds these to: there
    each way read its rows to test them, and the ids were grouped, then joined to their rows
    again: ~30 % slower). ?5 is the limit."""
    ways = _DIGIT_WAYS[: (5 if prefixes else 3) if long_digits else 1]
    found = " UNION ALL ".join(f"SELECT id FROM customers WHERE {where}" for where in ways)
    ranks = " ".join(f"WHEN {where} THEN {n}" for n, where in enumerate(ways[:-1]))
    # One way alone needs no rank (and a bare number would name a column to ORDER BY).
    rank = f"CASE {ranks} ELSE {len(ways) - 1} END, " if ranks else ""
    live = "" if include_archived else " AND archived_at IS NULL"
    columns = ", ".join(c.name for c in _HIT_COLUMNS)
    return (
        f"SELECT {columns} FROM customers WHERE id IN ({found}){live} "
        f"ORDER BY {rank}last_visit_at IS NULL, last_visit_at DESC, id DESC LIMIT ?5"
    )


def _hit_converters() -> tuple[Callable[[Any], Any] | None, ...]:
    """Each hit column's conversion from what the driver returns (SQLAlchemy's own: the
    DateTime columns are stored as text), for rows read as plain driver SQL."""
    return tuple(c.type.dialect_impl(_SQLITE).result_processor(_SQLITE, None) for c in _HIT_COLUMNS)


@lru_cache(maxsize=16)
def plain_sql(statement: Select[Any]) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """A search statement as the driver runs it: its SQL, the order of its parameters and the
    values fixed in it. The ids it returns need no type processing, so a call skips
    SQLAlchemy's per-execution work (cache key, result set-up: ~0.1 ms a statement)."""
    compiled = statement.compile(dialect=_SQLITE)
    fixed = {k: v for k, v in compiled.params.items() if v is not None}
    return compiled.string, tuple(compiled.positiontup or ()), fixed


_SQLITE = sqlite.dialect()

# A search page needs nine columns, not the profile's sixty (their type processing was most of
# a card look-up's time).
_HIT_COLUMNS = (
    customers.c.id,
    customers.c.name,
    customers.c.phone,
    customers.c.card_no,
    customers.c.gender,
    customers.c.balance_fen,
    customers.c.points,
    customers.c.last_visit_at,
    customers.c.archived_at,
)
HITS_BY_IDS = select(*_HIT_COLUMNS).where(customers.c.id.in_(bindparam("ids", expanding=True)))
HIT_BY_CARD = select(*_HIT_COLUMNS).where(customers.c.card_no == bindparam("card_no"))
_HIT_CONVERTERS = _hit_converters()
# The hit columns the driver returns as stored (text for the two times): SQLAlchemy's own
# conversion, applied here to a row read as plain driver SQL.
_LAST_VISIT = _HIT_COLUMNS.index(customers.c.last_visit_at)
_ARCHIVED = _HIT_COLUMNS.index(customers.c.archived_at)
_to_datetime = _HIT_CONVERTERS[_LAST_VISIT]
assert _to_datetime is not None and all(
    (to is None) == (i not in (_LAST_VISIT, _ARCHIVED)) for i, to in enumerate(_HIT_CONVERTERS)
)  # if a hit column's type changes, so must hit_row
_TO_DATETIME: Callable[[Any], Any] = _to_datetime


def hit_row(row: Sequence[Any]) -> CustomerHitRow:
    """A hit as the driver returned it (the columns of ``_HIT_COLUMNS``), typed."""
    last_visit, archived = row[_LAST_VISIT], row[_ARCHIVED]
    return {
        "id": row[0],
        "name": row[1],
        "phone": row[2],
        "card_no": row[3],
        "gender": row[4],
        "balance_fen": row[5],
        "points": row[6],
        "last_visit_at": None if last_visit is None else _TO_DATETIME(last_visit),
        "archived_at": None if archived is None else _TO_DATETIME(archived),
    }
