"""The customer list (客户档案) a page at a time: each page starts after the last row of the
page before (keyset paging, data/customer_list.py), so opening, sorting and filtering read one
page whatever the store's size. What acts on every matching customer (the export) still takes
the whole list from customers.list_customer_ids."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class CustomerPage:
    """One page of the list: its customers in order, and where the next page starts."""

    ids: tuple[int, ...]
    rows: tuple[CustomerRow, ...]  # (a customer gone meanwhile is missing)
    next_key: tuple[Any, int] | None  # None: the list ends with this page


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
    page), with what the list shows of each."""
    audit.require(uow, actor, Permission.VIEW_CUSTOMERS, "customer_list")
    # One more than the page: whether the list goes on is known without another statement.
    keys = uow.customers.list_page(
        _filter(uow, actor, flt), sort=sort, descending=descending, after=after, limit=limit + 1
    )
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
        next_key=keys[-1] if more else None,
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
