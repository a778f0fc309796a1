"""The whole-order discount and rounding of a sale being priced (``sales.quote_sale`` and
``record_sale`` call this on the lines they priced): which lines may carry them, each line's
share, whether the acting user may give that much, and who approved it when they may not.

The arithmetic is ``domain/order_adjust.py``; this module brings the catalogue (is an item
discountable?) and the owner's per-role limits (``till_settings``) to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from storecrm.data.uow import UnitOfWork
from storecrm.domain import order_adjust
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.membership import LineKind
from storecrm.domain.order_adjust import Adjusted, OrderAdjust
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.dto import QuotedLine
from storecrm.services.till_settings import load_till_settings


@dataclass(frozen=True, slots=True)
class AdjustedLines:
    lines: tuple[QuotedLine, ...]  # with their shares of the discount and rounding
    adjusted: Adjusted
    problems: tuple[ValidationError, ...]
    needs_approval: bool  # above the acting user's limit


def _adjustable(uow: UnitOfWork, line: QuotedLine) -> bool:
    """Free amounts and discountable catalogue items; never cards sold or sessions used."""
    if line.kind == LineKind.AMOUNT.value:
        return True
    if line.kind == LineKind.ITEM.value and line.item_id is not None:
        return bool(uow.catalogue.item(line.item_id)["discountable"])
    return False


def adjust_lines(
    uow: UnitOfWork, actor: Actor, order: OrderAdjust | None, lines: Sequence[QuotedLine]
) -> AdjustedLines:
    amounts = [x.amount_fen for x in lines]
    if order is None or order.empty:
        flags = [False] * len(lines)
        return AdjustedLines(tuple(lines), order_adjust.none(amounts, flags), (), False)
    flags = [_adjustable(uow, x) for x in lines]
    try:
        adjusted = order_adjust.adjust(amounts, flags, order)
    except ValidationError as exc:
        return AdjustedLines(tuple(lines), order_adjust.none(amounts, flags), (exc,), False)
    shared = tuple(
        replace(x, order_discount_fen=d, rounding_fen=r)
        for x, d, r in zip(lines, adjusted.line_discounts, adjusted.line_roundings, strict=True)
    )
    limit = load_till_settings(uow).limits.for_role(actor.role)
    return AdjustedLines(shared, adjusted, (), not order_adjust.within(limit, adjusted))


def recorded_line(line: QuotedLine) -> QuotedLine:
    """The line as recorded: its amount is what was really paid for it, its discount holds
    its share of the whole-order discount and rounding."""
    moved = line.order_discount_fen + line.rounding_fen
    if not moved:
        return line
    return replace(line, amount_fen=line.amount_fen - moved, discount_fen=line.discount_fen + moved)


def require_approval(
    uow: UnitOfWork, actor: Actor, adjusted: Adjusted, approved_by: Actor | None
) -> int | None:
    """The approver's user id when one was needed (or given); refuses (audited) when the
    actor is above their limit and nobody whose own limit covers it approved."""
    limits = load_till_settings(uow).limits
    if order_adjust.within(limits.for_role(actor.role), adjusted):
        return approved_by.user_id if approved_by is not None else None
    if (
        approved_by is None
        or not approved_by.can(Permission.APPROVE_REFUNDS)
        or not order_adjust.within(limits.for_role(approved_by.role), adjusted)
    ):
        uow.rollback()
        audit.record(
            uow,
            actor,
            "order_discount",
            outcome="denied",
            detail={
                "discount_fen": adjusted.discount_fen,
                "rounding_fen": adjusted.rounding_fen,
                "approver": None if approved_by is None else approved_by.username,
            },
        )
        uow.commit()
        raise PermissionDenied("approve_discounts")
    return approved_by.user_id


def describe(order: OrderAdjust | None) -> dict[str, object]:
    """How the discount was asked for, for the audit log."""
    if order is None:
        return {}
    detail: dict[str, object] = {}
    if order.discount is not None:
        detail["discount"] = f"{order.discount.kind.value}:{order.discount.value}"
    if order.rounding is not None:
        detail["rounding"] = f"{order.rounding.unit.value}:{order.rounding.mode.value}"
    return detail


__all__ = ["AdjustedLines", "adjust_lines", "describe", "recorded_line", "require_approval"]
