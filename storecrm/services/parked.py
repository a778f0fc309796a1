"""挂单 / 取单: a sale put aside at the till so the cashier can serve the next customer, and
resumed later. A parked sale is the sale as entered (``SaleDraft``: customer, lines, payments,
who served, the whole-order discount), kept in the store's database (encrypted, as everything
the till knows about a customer), so it survives closing the program. Resuming it takes it out
of the list and back into the till, where it is priced again as it stands then; the day
summary lists the ones left unfinished.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from storecrm.data.rows import ParkedSaleListRow
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.errors import NotFound, ValidationError
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.dto import ParkedSaleInfo, SaleDraft

NOTE_MAX = 60
FORMAT = 1  # the version of the JSON a draft is kept as


# -- the draft as JSON -------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _typed(hint: Any, value: Any) -> Any:
    """``value`` (from JSON) as the type ``hint`` names: dataclasses, tuples, enums, optionals
    and plain values, which is all a sale draft is made of."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _typed(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint)
        return tuple(_typed(item, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        known = {f.name for f in fields(hint)}
        return hint(**{k: _typed(hints[k], v) for k, v in value.items() if k in known})
    return value


def draft_to_json(draft: SaleDraft) -> str:
    return json.dumps({"format": FORMAT, "draft": _plain(draft)}, ensure_ascii=False)


def draft_from_json(text: str) -> SaleDraft:
    data = json.loads(text)
    draft = _typed(SaleDraft, data["draft"])
    assert isinstance(draft, SaleDraft)
    return draft


# -- the use cases -----------------------------------------------------------------------------
def parked_infos(rows: Iterable[ParkedSaleListRow]) -> list[ParkedSaleInfo]:
    return [
        ParkedSaleInfo(
            parked_id=int(r["id"]),
            parked_at=r["parked_at"],
            customer_id=r["customer_id"],
            customer_name=r["customer_name"],
            parked_by=str(r["user_name"] or ""),
            lines=int(r["lines"]),
            total_fen=int(r["total_fen"]),
            note=str(r["note"]),
        )
        for r in rows
    ]


def park_sale(uow: UnitOfWork, actor: Actor, draft: SaleDraft, note: str = "") -> ParkedSaleInfo:
    """Put the sale aside (its lines, customer, payments entered, who served, discount)."""
    from storecrm.services.sales import quote_sale  # sales lists parked sales in its summary

    audit.require(uow, actor, Permission.RECORD_SALES, "sale_park")
    if not draft.lines:
        raise ValidationError("lines", "required")
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "too_long", max=NOTE_MAX)
    quote = quote_sale(uow, actor, draft)
    parked_id = uow.till.park(
        {
            "parked_at": clock.now(),
            "user_id": actor.user_id,
            "customer_id": draft.customer_id,
            "lines": sum(x.qty for x in draft.lines),
            "total_fen": quote.total_fen,
            "note": note,
            "draft": draft_to_json(draft),
        }
    )
    audit.record(
        uow,
        actor,
        "sale_park",
        target=f"parked:{parked_id}",
        detail={"lines": len(draft.lines), "total_fen": quote.total_fen},
    )
    uow.commit()
    return _info(uow, parked_id)


def _info(uow: UnitOfWork, parked_id: int) -> ParkedSaleInfo:
    found = [r for r in uow.till.parked_list() if int(r["id"]) == parked_id]
    if not found:
        raise NotFound("parked_sale", parked_id)
    return parked_infos(found)[0]


@reads
def list_parked(uow: UnitOfWork, actor: Actor) -> list[ParkedSaleInfo]:
    """The parked sales, oldest first (every cashier's: any till may resume any)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale_park")
    return parked_infos(uow.till.parked_list())


def resume_parked(uow: UnitOfWork, actor: Actor, parked_id: int) -> SaleDraft:
    """Take a parked sale back into the till: it leaves the list (parking it again puts it
    back)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale_park")
    row = uow.till.parked(parked_id)
    draft = draft_from_json(str(row["draft"]))
    uow.till.unpark(parked_id)
    audit.record(uow, actor, "sale_resume", target=f"parked:{parked_id}")
    uow.commit()
    return draft


def discard_parked(uow: UnitOfWork, actor: Actor, parked_id: int) -> None:
    """Drop a parked sale the customer will not come back for (audited)."""
    audit.require(uow, actor, Permission.RECORD_SALES, "sale_park")
    row = uow.till.parked(parked_id)
    uow.till.unpark(parked_id)
    audit.record(
        uow,
        actor,
        "sale_park_discard",
        target=f"parked:{parked_id}",
        detail={"total_fen": int(row["total_fen"])},
    )
    uow.commit()


__all__ = [
    "discard_parked",
    "draft_from_json",
    "draft_to_json",
    "list_parked",
    "park_sale",
    "parked_infos",
    "resume_parked",
]
