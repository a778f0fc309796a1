"""The till's name-fragment search, stopping once its page is full.

The order is the one the search always had (``search_statement`` in search_statements, kept
for the list's larger pages): the name equal to what was typed, then names starting with it,
then every other name with the fragment; within each, shorter names first, then the newest
customer. Every customer with the fragment's gram was ranked before the first 20 were taken
(21.6 ms at the 95th percentile for a common given-name character on a 1,000,000-customer
store); here the matches are read in that order:

- A name of the fragment's length that starts with it is the fragment itself, and no shorter
  name starts with it: the first two groups together are the names starting with the
  fragment, shortest first, newest first. Every such name starts with the fragment's gram
  (``domain.customer.name_lead_grams``), so ``ix_customer_grams_starts`` (gram, length,
  customer; only the grams a name starts with) hands them over length by length, newest first.
- The rest are read length by length, newest first, from ``ix_customer_grams_len`` (gram,
  length, customer), leaving out the names starting with the fragment (shown already).

Each statement stops at the page's remaining room, so a search reads about as many index
entries as it shows. This is for a fragment that is one gram (one or two characters, already
case folded): every customer with the gram is a match. A longer fragment is checked in full and
keeps the ranked statement (see ``NAMES_PAGED_UP_TO`` in customer_repository). The statements
are plain SQL strings compiled once by the driver's statement cache.
"""

from __future__ import annotations

from sqlalchemy import Connection

_TOP = "\U0010ffff"  # above every character: ``text + _TOP`` ends the names starting with text

_NEXT_LENGTH = {
    index: (
        f"SELECT name_len FROM customer_grams INDEXED BY {index} "
        "WHERE gram = ? AND name_len > ?"
        + (" AND starts = 1" if "starts" in index else "")
        + " ORDER BY name_len LIMIT 1"
    )
    for index in ("ix_customer_grams_len", "ix_customer_grams_starts")
}
_PAGE = (
    "SELECT g.customer_id FROM customer_grams g INDEXED BY {index} "
    "JOIN customer_search s ON s.customer_id = g.customer_id "
    "WHERE g.gram = ? AND g.name_len = ?{starts} AND {place}{live} "
    "ORDER BY g.customer_id DESC LIMIT ?"
)
_STARTING = "s.name >= ? AND s.name < ?"
_LIVE = " AND s.archived = 0"


def _statements(live: bool) -> tuple[str, str]:
    """The page statements for names starting with the fragment and for the rest."""
    common = {"live": _LIVE if live else ""}
    starting = _PAGE.format(
        index="ix_customer_grams_starts", starts=" AND g.starts = 1", place=_STARTING, **common
    )
    rest = _PAGE.format(
        index="ix_customer_grams_len", starts="", place=f"NOT ({_STARTING})", **common
    )
    return starting, rest


_STATEMENTS = {live: _statements(live) for live in (True, False)}


def _lengths(conn: Connection, index: str, gram: str, shortest: int) -> list[int]:
    """The name lengths from ``shortest`` on there are grams ``gram`` for in ``index``,
    shortest first (one index seek each)."""
    found: list[int] = []
    last = shortest - 1
    sql = _NEXT_LENGTH[index]
    while True:
        row = conn.exec_driver_sql(sql, (gram, last)).first()
        if row is None:
            return found
        last = int(row[0])
        found.append(last)


def name_search(
    conn: Connection, text: str, gram: str, limit: int, include_archived: bool
) -> list[int]:
    """Ids of the customers whose name has ``gram`` (the fragment ``text`` folded, without
    spaces), best first for ``text`` (see above), at most ``limit``."""
    if limit <= 0:
        return []
    starting, rest = _STATEMENTS[not include_archived]
    found: list[int] = []
    bounds = (text, text + _TOP)
    # No name shorter than the fragment starts with it.
    for sql, index, shortest in (
        (starting, "ix_customer_grams_starts", len(text)),
        (rest, "ix_customer_grams_len", 0),
    ):
        for length in _lengths(conn, index, gram, shortest):
            params = (gram, length, *bounds, limit - len(found))
            found += [int(i) for (i,) in conn.exec_driver_sql(sql, params)]
            if len(found) >= limit:
                return found
    return found


__all__ = ["name_search"]
