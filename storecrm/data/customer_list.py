"""The customer list (客户档案) a page at a time, in index order (keyset paging).

A page starts after the last row of the page before: its sort value and, for ties, its id. No
statement reads the whole list:

* With a narrow filter (a text match or a tag with at most ``NARROW`` customers) the page is
  read from those customers by id and sorted (a bounded sort).
* Otherwise the live customers are walked in the order of the sort column's partial index
  (``ix_customers_live_<column>``) and each is checked against the filter until the page is
  full; ties are read by a seek on (value, id), so a page deep in 190,000 customers who never
  spent anything costs what the first page does. Archived customers, when shown, are found
  by their own index (``ix_customers_archived``), sorted (a store archives few) and merged in.
* A walk may be bounded (``budget``): it first finds, in the index alone, the entry that many
  places on, walks no further, and says where the next page goes on if the page is not full
  (a category sorted by spend found its 60 customers after 800,000 entries, 20 s at 1M).
* The "potential" customers (never bought) are walked in their own partial indexes
  (``ix_customers_potential_<column>``, 0022): in the live indexes they lie past every buyer
  by spend, visits or last visit, 9-12 s of walking at 1M before the first row.

The order is the old list's order (tests/data/test_customer_list.py keeps its statement as
the oracle): the column, then the id; SQLite puts empty values first ascending, last
descending.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import String

from storecrm.data.schema import (
    POTENTIAL_SORTS,
    customer_grams,
    customer_keys,
    customer_search,
    customer_tags,
)
from storecrm.data.schema import customers as c_table
from storecrm.domain.customer import CategoryRules, QueryKind

#: A filter matching at most this many customers is read by id and sorted; a wider one walks
#: the sort index, checking each entry against the matches (a Bloom filter, no row read). By
#: id costs a row look-up a match (~25 µs); the walk ~0.5 µs an index entry, and a page of
#: 200 takes 200 × customers / matches entries: the two meet near 2 × √customers (2,000 at
#: 1M). Measured at 100k (load 7): "138" (5,600 matches) by id 187 ms, walking 9 ms.
NARROW = 2_000
#: A walk checks a filter of more than this many matches customer by customer (see
#: ListFilter.plan): 60 rows of "王" (95,000 matches at 1M) take ~600 seeks, not gathering
#: 95,000 ids; a filter of 2,000-10,000 matches is gathered (a few ms) and the walk is long.
WIDE = 10_000
#: A bounded walk whose checks need no row (only ids gathered beforehand: a name fragment, a
#: tag) looks at this many times the entries it is allowed: an entry costs ~0.5 µs against
#: ~25 µs when the row is read (a category), and each statement gathers the ids again.
INDEX_ONLY_WALK = 256

_TOP = "\U0010ffff"  # above every character: ``prefix + _TOP`` ends a prefix's index range

#: The sortable columns: name of the key -> column (each has ix_customers_live_<column>).
SORT_COLUMNS = {
    "name": c_table.c.name_sort,
    "last_visit": c_table.c.last_visit_at,
    "total_spend": c_table.c.total_spend_fen,
    "balance": c_table.c.balance_fen,
    "visits": c_table.c.visit_count,
    "created": c_table.c.created_at,
}
_LIVE_INDEX = {key: f"ix_customers_live_{column.name}" for key, column in SORT_COLUMNS.items()}
#: The same orders over the live customers who never bought ("potential", 0022): they sit past
#: every customer who bought in the spend, visits and last-visit orders, so a walk of the live
#: index to reach them was long (9-12 s at 1M).
_POTENTIAL_INDEX = {
    key: f"ix_customers_potential_{column.name}" for key, column in SORT_COLUMNS.items()
}
# Each sort column has its potential customers' index (schema.py), and "potential" is the
# condition the indexes hold (customer_repository.category_condition): held in step here.
assert {c.name for c in SORT_COLUMNS.values()} == set(POTENTIAL_SORTS)

#: Where a page starts: the sort value and the id of the last row of the page before.
Key = tuple[Any, int]


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + _TOP)


class Matches:
    """Customers a filter keeps, two ways: ``ids``, every one of them (to read them by id, or
    to check a walked entry against, built once per statement), and ``each``, a check of one
    walked customer (an index seek each). ``by_name``: the matches come together in the
    order of names (a name fragment, pinyin), so walking the name index to find them is long."""

    def __init__(self, ids: Select[Any], each: ColumnElement[bool], by_name: bool) -> None:
        self.ids, self.each, self.by_name = ids, each, by_name


def text_matches(kind: QueryKind, text: str) -> Matches:
    """The customers what was typed finds (the till's search, without its ranking and its
    limit; archived or not is decided by the list)."""
    c = c_table.c
    if kind is QueryKind.DIGITS:
        checks = [c.card_no == text]
        if len(text) >= 3:
            checks += [
                c.phone == text,
                _prefix(c.phone_rev, text[::-1]),
                _prefix(c.phone, text),
                _prefix(c.card_no, text),
            ]
        ids = union_all(*(select(c.id).where(check) for check in checks)).subquery()
        return Matches(select(ids.c.id), or_(*checks), by_name=False)
    if kind is QueryKind.LETTERS:
        keys = customer_keys.c
        hit = _prefix(keys.key, text)
        return Matches(
            select(keys.customer_id).where(hit),
            exists().where(keys.customer_id == c.id, hit),
            by_name=True,
        )
    compact = "".join(text.split()).casefold()
    grams, names = customer_grams.c, customer_search.c
    found = select(grams.customer_id).where(grams.gram == compact[:2])
    if len(compact) > 2 or compact != text.casefold():  # the gram narrows, the name decides
        found = found.join(customer_search, names.customer_id == grams.customer_id).where(
            func.instr(func.lower(names.name), text.casefold()) > 0
        )
    return Matches(found, exists(found.where(grams.customer_id == c.id)), by_name=True)


def _at_most(conn: Connection, ids: Select[Any], bound: int) -> int:
    """How many rows ``ids`` gives, counting no further than ``bound + 1``."""
    limited = ids.limit(bound + 1).subquery()
    return int(conn.execute(select(func.count()).select_from(limited)).scalar_one())


class ListFilter:
    """The list's filter as SQL: the conditions every row must meet and the sets of matches
    (a text match, a tag's customers) it must be in."""

    def __init__(
        self,
        *,
        tag_id: int | None,
        category: str | None,
        rules: CategoryRules,
        today: date,
        include_archived: bool,
        text: tuple[QueryKind, str] | None,
    ) -> None:
        self.include_archived = include_archived
        #: The category "potential" is a condition on stored columns alone: its walks use the
        #: potential customers' own indexes, where every entry is one of them.
        self.potential = category == "potential"
        self.category_check: ColumnElement[bool] | None = None
        self.reads_rows = True  # whether a walk's checks read each entry's row (see plan)
        self.conditions: list[ColumnElement[bool]] = []
        self.sets: list[Matches] = []
        if text is not None:
            self.sets.append(text_matches(*text))
        if tag_id is not None:
            tagged = customer_tags.c
            self.sets.append(
                Matches(
                    select(tagged.customer_id).where(tagged.tag_id == tag_id),
                    exists().where(tagged.customer_id == c_table.c.id, tagged.tag_id == tag_id),
                    by_name=False,
                )
            )
        if category is not None:
            from storecrm.data.customer_repository import category_condition  # noqa: PLC0415

            self.category_check = category_condition(category, rules, today)
            self.conditions.append(self.category_check)

    def plan(
        self, conn: Connection, sort: str, narrow: int, wide: int
    ) -> tuple[Select[Any] | None, list[ColumnElement[bool]]]:
        """How to read a page: the matches to read by id (a set of at most ``narrow``), or
        None to walk the sort index; and the checks every row must pass. A walk checks a set
        of more than ``wide`` matches customer by customer (its matches are dense: the walk is
        short), a smaller one against all its matches gathered once (~1 µs a match: 95,000
        for "王" at 1M were most of a page's 259 ms) -- unless the set gathers in the order of
        names and the walk is by name: checking each of ~900,000 names seeks 3 µs."""
        counted = [(_at_most(conn, m.ids, max(narrow, wide)), m) for m in self.sets]
        by_id = min(((n, m) for n, m in counted if n <= narrow), default=None, key=lambda x: x[0])
        checks = list(self.conditions)
        # Ids gathered beforehand are checked first from the index entry (the old plan's
        # "王" + a category walked 900,000 entries in 0.3 s): a row is read only for those.
        gathered = False
        each = False
        for n, m in counted:
            if by_id is not None and m is by_id[1]:
                continue  # the page is read from these
            if by_id is None and n > wide and not (m.by_name and sort == "name"):
                checks.append(m.each)
                each = True
            else:
                checks.append(c_table.c.id.in_(m.ids))
                gathered = True
        self.reads_rows = each or (bool(self.conditions) and not gathered)
        return (None if by_id is None else by_id[1].ids), checks

    def checks(self) -> list[ColumnElement[bool]]:
        """Every row's checks, the matches as sets (for a count: SQLite picks the way)."""
        return [*self.conditions, *(c_table.c.id.in_(m.ids) for m in self.sets)]

    def walked(self) -> tuple[list[ColumnElement[bool]], dict[str, str]]:
        """What puts a customer in the walked indexes (the terms of their partial index's
        WHERE, which a statement must hold for SQLite to read them) and the index per sort:
        the live customers; for "potential" the live customers who never bought, so that every
        entry walked is a row of the list."""
        c = c_table.c
        if self.potential:
            return [c.archived_at.is_(None), c.last_visit_at.is_(None)], _POTENTIAL_INDEX
        return [c.archived_at.is_(None)], _LIVE_INDEX


def _after(column: Any, descending: bool, key: Key | None) -> ColumnElement[bool]:
    """Rows after ``key`` in the list's order, as one condition (for a bounded sort)."""
    if key is None:
        return literal(True)
    value, last_id = key
    c = c_table.c
    if not descending:  # empty values first
        if value is None:
            return or_(and_(column.is_(None), c.id > last_id), column.is_not(None))
        return or_(column > value, and_(column == value, c.id > last_id))
    if value is None:
        return and_(column.is_(None), c.id < last_id)
    return or_(column < value, and_(column == value, c.id < last_id), column.is_(None))


def _walk_steps(
    column: Any, descending: bool, key: Key | None, upto: Key | None = None
) -> list[tuple[ColumnElement[bool], tuple[Any, ...]]]:
    """The rows after ``key`` (up to and with ``upto``, None: to the end) as a few ranges read
    one after the other, each a seek in the index on (column, id): the empty values (first
    ascending, last descending) by id; then the rest of the key's ties, the values between,
    the ties of ``upto`` up to its id. Each with its ORDER BY."""
    c = c_table.c
    order = (column.desc(), c.id.desc()) if descending else (column.asc(), c.id.asc())

    def later(a: Any, b: Any) -> ColumnElement[bool]:
        return a < b if descending else a > b  # type: ignore[no-any-return]

    def not_later(a: Any, b: Any) -> ColumnElement[bool]:
        return a >= b if descending else a <= b  # type: ignore[no-any-return]

    def band(k: Key) -> str:
        return "empty" if k[0] is None else "values"

    bands = ["values", "empty"] if descending else ["empty", "values"]
    steps: list[ColumnElement[bool]] = []
    for this in bands:
        if key is not None and bands.index(this) < bands.index(band(key)):
            continue
        if upto is not None and bands.index(this) > bands.index(band(upto)):
            continue
        start = key if key is not None and band(key) == this else None
        end = upto if upto is not None and band(upto) == this else None
        if this == "empty":
            conds = [column.is_(None)]
            if start is not None:
                conds.append(later(c.id, start[1]))
            if end is not None:
                conds.append(not_later(c.id, end[1]))
            steps.append(and_(*conds))
            continue
        if start is not None and end is not None and start[0] == end[0]:
            steps.append(and_(column == start[0], later(c.id, start[1]), not_later(c.id, end[1])))
            continue
        if start is not None:
            steps.append(and_(column == start[0], later(c.id, start[1])))
        between = [column.is_not(None)]
        if start is not None:
            between = [later(column, start[0])]
        if end is not None:
            between.append(_before(column, end[0], descending))
        steps.append(and_(*between))
        if end is not None:
            steps.append(and_(column == end[0], not_later(c.id, end[1])))
    return [(step, order) for step in steps]


def _before(column: Any, value: Any, descending: bool) -> ColumnElement[bool]:
    """The values that come before ``value`` in the list's order."""
    return column > value if descending else column < value  # type: ignore[no-any-return]


_SQLITE = sqlite.dialect()


def _run(conn: Connection, query: Select[Any], index: str | None) -> list[Any]:
    """Run ``query`` with SQLite's ``INDEXED BY index`` (``NOT INDEXED`` for None: only
    look-ups by id) on its first customers table, which SQLAlchemy cannot write."""
    compiled = query.compile(dialect=_SQLITE)
    hint = f"INDEXED BY {index}" if index else "NOT INDEXED"
    sql = compiled.string.replace("FROM customers ", f"FROM customers {hint} ", 1)
    params = compiled.params
    values = tuple(params[name] for name in compiled.positiontup or ())
    return list(conn.exec_driver_sql(sql, values))


def _keys(conn: Connection, query: Select[Any], index: str | None) -> list[Key]:
    """Run ``query`` (sort value, id), see :func:`_run`."""
    return [(v, int(i)) for v, i in _run(conn, query, index)]


def _sort_key(descending: bool) -> Any:
    def key(row: Key) -> tuple[Any, ...]:
        value, row_id = row
        return (0, 0, row_id) if value is None else (1, value, row_id)

    return key


def _boundary(
    conn: Connection, flt: ListFilter, sort: str, descending: bool, after: Key | None, budget: int
) -> Key | None:
    """The ``budget``-th customer after ``after`` in the walked sort index (its entries only,
    no row read: 20,000 in 3-6 ms at 1M), or None if fewer are left."""
    c = c_table.c
    column = type_coerce(SORT_COLUMNS[sort], String)
    where, indexes = flt.walked()
    left = budget
    for condition, step_order in _walk_steps(column, descending, after):
        walked = select(column, c.id).where(*where, condition)
        walked = walked.order_by(*step_order)
        found = _keys(conn, walked.limit(1).offset(left - 1), indexes[sort])
        if found:
            return found[0]
        step = select(literal(1)).where(*where, condition)
        counted = step.order_by(*step_order).limit(left).subquery()
        left -= _run(conn, select(func.count()).select_from(counted), indexes[sort])[0][0]
    return None


def list_page(
    conn: Connection,
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
    """The next ``limit`` rows of the list after ``after`` (None: from the top), as (sort
    value as stored, id) in the list's order; and where to go on if the walk stopped on its
    ``budget`` (at most that many index entries looked at; None: no bound) before the page
    was full: the last entry looked at. The next page starts there; the page may be short,
    even empty, though more rows follow."""
    if limit <= 0:
        return [], None
    c = c_table.c
    # Read and bound as stored (a time is its text): a key binds back exactly.
    column = value = type_coerce(SORT_COLUMNS[sort], String)
    order = (column.desc(), c.id.desc()) if descending else (column.asc(), c.id.asc())
    ids, checks = flt.plan(conn, sort, narrow, wide)
    if ids is not None:
        query = select(value, c.id).where(c.id.in_(ids), _after(column, descending, after), *checks)
        if not flt.include_archived:
            query = query.where(c.archived_at.is_(None))
        return _keys(conn, query.order_by(*order).limit(limit), None), None
    where, indexes = flt.walked()
    # The potential customers' index holds them alone: their walk needs no check of that.
    walk_checks = [
        check for check in checks if check is not flt.category_check or not flt.potential
    ]
    if not walk_checks:
        budget = None  # every entry walked is a row of the list: the page fills at once
    elif budget is not None and not flt.reads_rows:
        budget *= INDEX_ONLY_WALK
    upto = None if budget is None else _boundary(conn, flt, sort, descending, after, budget)
    found: list[Key] = []
    for condition, step_order in _walk_steps(column, descending, after, upto):
        query = select(value, c.id).where(*where, condition, *walk_checks)
        query = query.order_by(*step_order).limit(limit - len(found))
        found += _keys(conn, query, indexes[sort])
        if len(found) >= limit:
            break
    resume = upto if len(found) < limit else None
    if flt.include_archived:
        query = select(value, c.id).where(c.archived_at.is_not(None), *checks)
        query = query.where(_after(column, descending, after)).order_by(*order).limit(limit)
        archived = _keys(conn, query, "ix_customers_archived")
        if resume is not None:  # only those up to where the walk stopped
            last = _sort_key(descending)(resume)
            position = _sort_key(descending)
            archived = [
                k for k in archived if (position(k) >= last if descending else position(k) <= last)
            ]
        found += archived
        found.sort(key=_sort_key(descending), reverse=descending)
        del found[limit:]
        if len(found) >= limit:
            resume = None
    return found, resume


def count_at_most(conn: Connection, flt: ListFilter, bound: int | None) -> int:
    """How many customers the list shows, counting no further than ``bound + 1`` (None: all)."""
    c = c_table.c
    query = select(c.id).where(*flt.checks())
    if not flt.include_archived:
        query = query.where(c.archived_at.is_(None))
    if bound is not None:
        query = query.limit(bound + 1)
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())


__all__ = [
    "INDEX_ONLY_WALK",
    "NARROW",
    "WIDE",
    "SORT_COLUMNS",
    "Key",
    "ListFilter",
    "Matches",
    "count_at_most",
    "list_page",
    "text_matches",
]
