"""The till's usual items, Alt+1…Alt+5: what a member usually buys, or for a walk-in what the
store sells most.

The rule, chosen so that a cashier's fingers can learn it:

- An item counts the *visits* on which it was bought and kept: a sale counts once however many
  of it were bought (as an item, or as a session of a card), and not at all when that item was
  refunded in full. A member's visits of the last year count (``MEMBER_DAYS``); for the store,
  its last ``STORE_SALES`` sales of the last ``STORE_DAYS`` days.
- The five items with the most visits are chosen; a tie goes to the item listed first in the
  till (the catalogue's order: category, then name), so nothing depends on chance.
- The chosen five are shown in the till's list order, not by count. A sale can change which
  items are among the five (rarely: a count must overtake the fifth), but it never shuffles
  the keys of the items that stay: Alt+1 is 剪发 visit after visit. A refund of one visit's
  染发 cannot make it Alt+1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

SLOTS = 5
MEMBER_DAYS = 365
STORE_DAYS = 90
STORE_SALES = 2000


def choose_usual(visits: Mapping[int, int], listed: Sequence[int], slots: int = SLOTS) -> list[int]:
    """The usual items' ids in the order of their keys: the ``slots`` items of ``listed`` (the
    till's order) with the most ``visits``, shown in ``listed`` order. Items that are not
    listed (no longer sold) or were never kept are left out."""
    position = {item: n for n, item in enumerate(listed)}
    bought = [item for item, count in visits.items() if count > 0 and item in position]
    chosen = sorted(bought, key=lambda item: (-visits[item], position[item]))[:slots]
    return sorted(chosen, key=position.__getitem__)
