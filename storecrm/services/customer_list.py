"""The customer list (客户档案) a page at a time: each page starts after the last row of the
page before (keyset paging, data/customer_list.py), so opening, sorting and filtering read one
page whatever the store's size. What acts on every matching customer (the export) still takes
the whole list from customers.list_customer_ids."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from storecrm.data.customer_list import ListFilter
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.customer import QueryKind, classify_query
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy
from storecrm.services.customers import (
    CustomerFilter,
    customer_rows,
    filter_summary,
    get_category_rules,
)
from storecrm.services.dto import CustomerRow

#: The count shown above the list stops here ("10,000+ customers"): counting a million
#: customers takes 0.1 s warm and 1 s cold, a bounded count ~1 ms.
COUNT_AT_MOST = 10_000
#: A page read walks the sort index for at most about this long, then returns what it found
#: (maybe nothing) and where to go on: a filter whose customers come late in the order (a
#: category sorted by spend, "王" sorted by name) walked up to 20 s at 1M in one call. It
#: walks FIRST_WALK index entries (~25 ms when each entry's row is read, at 1M), then twice
#: as many each time while within the time.
WALK_SECONDS = 0.05
FIRST_WALK = 1_000


@dataclass(frozen=True, slots=True)
class CustomerPage:
    """One page of the list: its customers in order, and where the next page starts."""

    ids: tuple[int, ...]
    rows: tuple[CustomerRow, ...]  # (a customer gone meanwhile is missing)
    next_key: tuple[Any, int] | None  # None: the list ends with this page
    #: The walk stopped on its time before the page was full: more may follow (next_key).
    partial: bool = False


def _filter(uow: UnitOfWork, actor: Actor, flt: CustomerFilter) -> ListFilter:
    kind, text = classify_query(flt.text)
    return uow.customers.list_filter(
        tag_id=flt.tag_id,
        category=flt.category,
        rules=get_category_rules(uow, actor),
        today=date.today(),
        include_archived=flt.include_archived,
        text=None if kind is QueryKind.EMPTY else (kind, text),
    )


@reads
def customer_page(
    uow: UnitOfWork,
    actor: Actor,
    flt: CustomerFilter,
    sort: str,
    descending: bool,
    after: tuple[Any, int] | None,
    limit: int,
) -> CustomerPage:
    """The ``limit`` customers of the (filtered, sorted) list after ``after`` (None: the first
    page), with what the list shows of each; fewer (``partial``) if the walk through the sort
    index took WALK_SECONDS first: the next page goes on from where it stopped."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    listed = _filter(uow, actor, flt)
    deadline = time.monotonic() + WALK_SECONDS
    budget = FIRST_WALK
    keys: list[tuple[Any, int]] = []
    while True:
        # One more than the page: whether the list goes on is known without another statement.
        found, resume = uow.customers.list_page(
            listed,
            sort=sort,
            descending=descending,
            after=after,
            limit=limit + 1 - len(keys),
            budget=budget,
        )
        keys += found
        if resume is None or time.monotonic() >= deadline:
            break
        after, budget = resume, budget * 2
    more = len(keys) > limit
    del keys[limit:]
    ids = [i for _key, i in keys]
    rows = customer_rows(uow, actor, ids)
    privacy.record_read(
        uow,
        actor,
        "customer_list",
        len(rows),
        masked=not privacy.full_phones(uow, actor),
        params=filter_summary(flt),
    )
    return CustomerPage(
        ids=tuple(ids),
        rows=tuple(rows),
        next_key=resume if resume is not None else keys[-1] if more else None,
        partial=resume is not None,
    )


@reads
def count_customers(
    uow: UnitOfWork, actor: Actor, flt: CustomerFilter, at_most: int | None = COUNT_AT_MOST
) -> int:
    """How many customers the (filtered) list holds, counting no further than ``at_most + 1``
    (None: all of them)."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    return uow.customers.count_listed(_filter(uow, actor, flt), at_most)


__all__ = ["COUNT_AT_MOST", "CustomerPage", "count_customers", "customer_page"]
