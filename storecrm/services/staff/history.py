"""Posting a history of tickets in bulk (the demo store's year): the same ``Poster`` as the
till, reading the tickets back in slices and settling the tiers once at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from storecrm.data.staff_repository import SaleToPost
from storecrm.data.uow import UnitOfWork
from storecrm.domain import clock
from storecrm.domain.commission import LineFacts, LineStaff, session_value
from storecrm.services.staff.posting import LineInput, Poster, RefundLineInput

SLICE = 5_000
Assign = Callable[[SaleToPost], Sequence[tuple[LineStaff, ...]]]


def post_history(
    uow: UnitOfWork,
    after_id: int,
    assign: Assign,
    progress: Callable[[int], None] | None = None,
    commit: Callable[[], None] | None = None,
) -> int:
    """Post every ticket after ``after_id``: ``assign`` says who served each line of a sale or
    top-up (refunds follow their originals). Returns the tickets read. Does not commit, unless
    ``commit`` is given: then it is called after each slice is written (a bulk writer's
    bounded WAL)."""
    poster = Poster(uow)
    left: dict[int, int] = {}  # count card → sessions left, as the history goes
    refunded: dict[int, int] = {}  # line → quantity refunded so far
    quantities: dict[int, int] = {}  # lines of the recent slice
    last, done = after_id, 0
    while True:
        batch = uow.staff.sales_to_post(last, SLICE)
        if not batch:
            break
        cards = uow.staff.cards(
            {int(x[3]) for t in batch for x in t.lines if x[1] == "session" and x[3] is not None}
        )
        for ticket in batch:
            if ticket.kind == "refund":
                _refund(uow, poster, ticket, quantities, refunded)
            else:
                _sale(poster, ticket, assign(ticket), cards, left)
                quantities.update({int(x[0]): int(x[4]) for x in ticket.lines})
        last = batch[-1].sale_id
        done += len(batch)
        poster.flush()
        poster.forget_batch()
        if commit is not None:
            commit()
        if len(quantities) > 4 * SLICE:
            quantities.clear()
        if progress is not None:
            progress(done)
    poster.settle(clock.now())
    poster.flush()
    return done


def _sale(
    poster: Poster,
    ticket: SaleToPost,
    staff: Sequence[tuple[LineStaff, ...]],
    cards: dict[int, tuple[int, int, str]],
    left: dict[int, int],
) -> None:
    inputs = []
    for line, people in zip(ticket.lines, staff, strict=True):
        line_id, kind, item_id, card_id, qty, unit, list_fen, amount, _of = line
        facts = LineFacts(str(kind), int(qty), int(list_fen), int(amount))
        if kind == "session" and card_id is not None:
            price, total, card_kind = cards.get(int(card_id), (0, 0, "period"))
            value = int(unit) * int(qty)
            if card_kind == "count":
                before = left.get(int(card_id), total)
                value = session_value(price, total, before, int(qty))
                left[int(card_id)] = before - int(qty)
            facts = LineFacts("session", int(qty), int(unit) * int(qty), 0, value)
        inputs.append(LineInput(int(line_id), facts, item_id, people))
    poster.post_sale(ticket.sale_id, ticket.at, inputs, ticket.payments, ticket.bonus_spent_fen)


def _refund(
    uow: UnitOfWork,
    poster: Poster,
    ticket: SaleToPost,
    quantities: dict[int, int],
    refunded: dict[int, int],
) -> None:
    originals = [int(x[8]) for x in ticket.lines if x[8] is not None]
    missing = [i for i in originals if i not in quantities]
    quantities.update(uow.staff.line_quantities(missing))
    inputs = []
    for line in ticket.lines:
        if line[8] is None:
            continue
        of_line, count = int(line[8]), -int(line[4])
        qty = quantities[of_line]
        before = qty - refunded.get(of_line, 0)
        refunded[of_line] = refunded.get(of_line, 0) + count
        inputs.append(RefundLineInput(int(line[0]), of_line, qty, before, count))
    poster.post_refund(ticket.sale_id, ticket.at, inputs)


__all__ = ["post_history"]
