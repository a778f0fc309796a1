"""What the customer sees of the sale on the customer display and the pole: made by the till
from its quote (never read from the database), handed over by a signal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Phase(StrEnum):
    IDLE = "idle"  # no sale: the store's promotion
    SELLING = "selling"  # lines being added
    PAID = "paid"  # recorded: paid and the change


@dataclass(frozen=True, slots=True)
class ViewLine:
    name: str
    qty: int
    amount_fen: int  # after the line's own discount


@dataclass(frozen=True, slots=True)
class CustomerView:
    phase: Phase
    store_name: str
    lines: tuple[ViewLine, ...] = ()
    discount_fen: int = 0  # the lines' own discounts (the tier's)
    order_discount_fen: int = 0
    rounding_fen: int = 0
    total_fen: int = 0
    paid_fen: int = 0
    change_fen: int = 0
    member_name: str | None = None
    points_after: int | None = None  # the member's points and stored value after the sale
    balance_after_fen: int | None = None
    promotion_text: str = ""

    @property
    def items(self) -> int:
        return sum(line.qty for line in self.lines)


__all__ = ["CustomerView", "Phase", "ViewLine"]
