"""What every sale reads and what changes rarely (the membership rules, the tiers, the catalogue,
the promotions, the commission plans, the staff's grades), kept per open store (issue 23: ten
of a sale's forty-five statements read these).

A figure is kept as it was read in a unit of work (:meth:`UnitOfWork.cached`) and dropped with
everything else kept when a unit that wrote one of the :data:`WATCHED` tables commits. How a
change is never missed:

- Every statement the writer's engine runs is looked at (:func:`watch`): an INSERT, UPDATE or
  DELETE on a watched table marks the connection's transaction. It does not matter which code
  made the change (a repository, a service's own SQL, an import).
- A unit that changed a watched table reads the figures from its own transaction (it must see
  its change) and keeps none of them; when it commits, the cache is dropped after the commit.
  Rolled back, nothing of it was kept.
- Each unit notes the cache's :attr:`StoreCache.generation` when it begins; what it read is
  kept only if no drop came in between (a reader whose snapshot is older than a commit never
  puts the old figure back).

The values kept must not be changed by those who read them: frozen dataclasses, tuples, or
read-only mappings (see the callers). A write must go through SQLAlchemy (``execute``,
``exec_driver_sql``), as every write of the program does, and start with its verb (no ``WITH``
before an INSERT): a DB-API cursor of its own would not be seen.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Engine, event

T = TypeVar("T")

#: The tables the kept figures are read from. A sale writes none of them.
WATCHED = frozenset(
    {
        "store_settings",
        "tiers",
        "catalogue_items",
        "card_plans",
        "promotions",
        "promotion_targets",
        "promotion_tiers",
        "commission_plans",
        "commission_rules",
        "staff",
        "users",
    }
)
#: Settings that are bookkeeping, read by no kept figure, and written with every sale (the last
#: sale counted in ``item_last``, see data/reminder_repository): a write of one of them alone is
#: not a change of the settings.
BOOKKEEPING_SETTINGS = frozenset({"item_last_through"})

#: Set in a connection's ``info`` while its transaction has written a watched table.
WROTE_WATCHED = "storecrm_wrote_watched"

_WRITE = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def written_table(statement: str, parameters: Any) -> str | None:
    """The watched table ``statement`` changes, if it changes one."""
    if statement[:1] in ("S", "s", "B", "b", "C", "c", "P", "p"):  # SELECT, BEGIN, COMMIT…
        return None
    match = _WRITE.match(statement)
    if match is None:
        return None
    table = match.group(1).lower()
    if table not in WATCHED:
        return None
    if table == "store_settings" and _only_bookkeeping(parameters):
        return None
    return table


def _only_bookkeeping(parameters: Any) -> bool:
    """Whether the parameters name a bookkeeping setting (the statement writes only it)."""
    values: Iterable[Any]
    if isinstance(parameters, Mapping):
        values = parameters.values()
    elif isinstance(parameters, list | tuple):
        values = parameters
    else:
        return False
    return any(isinstance(v, str) and v in BOOKKEEPING_SETTINGS for v in values)


def watch(engine: Engine) -> None:
    """Mark each transaction of ``engine`` that writes a watched table (see the module)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _note(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if many and isinstance(parameters, list) and parameters:
            parameters = parameters[0]
        if written_table(statement, parameters) is not None:
            conn.info[WROTE_WATCHED] = True


class StoreCache:
    """The figures kept for one open store (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[Hashable, Any] = {}
        self.generation = 0

    def get(self, key: Hashable, load: Callable[[], T], generation: int) -> T:
        """The figure kept under ``key``, or ``load()`` kept when nothing was dropped since
        ``generation`` (the one the asking unit began with)."""
        with self._lock:
            if key in self._values:
                return self._values[key]  # type: ignore[no-any-return]
        value = load()
        with self._lock:
            if self.generation == generation:
                self._values[key] = value
        return value

    def drop(self) -> None:
        """Forget every figure (a watched table changed and was committed)."""
        with self._lock:
            self._values.clear()
            self.generation += 1

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)
