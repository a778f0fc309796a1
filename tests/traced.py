"""The SQL a piece of work ran on a store's connections, as SQLite itself saw it: statements
run straight on the driver's connection (the till's digit look-up) are counted as well as
those run through SQLAlchemy."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event


def statements_run(engines: tuple[Engine, ...], run: Callable[[], object]) -> list[str]:
    """Every statement SQLite ran for ``run`` on a connection checked out of ``engines``
    meanwhile by the calling thread (a unit of work checks its connection out as it begins)."""
    seen: list[str] = []
    traced: list[Any] = []

    caller = threading.get_ident()

    def trace(dbapi: Any, _record: Any, _proxy: Any) -> None:
        if threading.get_ident() != caller:  # the store's checkpoint thread, say: not ``run``'s
            return
        dbapi.set_trace_callback(lambda sql: seen.append(" ".join(sql.split())))
        traced.append(dbapi)

    for engine in engines:
        event.listen(engine, "checkout", trace)
    try:
        run()
    finally:
        for engine in engines:
            event.remove(engine, "checkout", trace)
        for dbapi in traced:
            dbapi.set_trace_callback(None)
    return seen
