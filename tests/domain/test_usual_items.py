"""The till's usual items: the most visited five, in the till's order (domain/usual_items.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storecrm.domain.usual_items import choose_usual

LISTED = [10, 11, 12, 13, 14, 15, 16]  # the till's list: 剪发, 护发, 洗发水, …


def test_the_most_visited_five_in_the_tills_order() -> None:
    visits = {16: 9, 12: 7, 10: 2, 13: 2, 11: 1, 14: 1, 15: 3}
    # 16 (9), 12 (7), 15 (3), then 10 and 13 (2 each); 11 and 14 (1) stay out.
    assert choose_usual(visits, LISTED) == [10, 12, 13, 15, 16]


def test_a_tie_for_the_last_key_goes_to_the_item_listed_first() -> None:
    visits = {14: 1, 11: 1, 13: 1}
    assert choose_usual(visits, LISTED, slots=2) == [11, 13]


def test_items_no_longer_sold_or_never_kept_are_left_out() -> None:
    assert choose_usual({99: 5, 12: 0, 13: 1}, LISTED) == [13]
    assert choose_usual({}, LISTED) == []


def test_another_visit_of_a_chosen_item_moves_no_key() -> None:
    visits = {10: 2, 12: 1}
    assert choose_usual(visits, LISTED) == [10, 12]
    for _ in range(3):  # 洗发水 overtakes 剪发: the keys stay
        visits[12] += 1
        assert choose_usual(visits, LISTED) == [10, 12]


@given(
    st.dictionaries(st.sampled_from(LISTED + [99]), st.integers(0, 20), max_size=8),
    st.integers(1, 5),
)
def test_properties(visits: dict[int, int], slots: int) -> None:
    chosen = choose_usual(visits, LISTED, slots)
    assert len(chosen) <= slots and len(set(chosen)) == len(chosen)
    assert chosen == [i for i in LISTED if i in chosen]  # in the till's order
    assert all(visits.get(i, 0) > 0 for i in chosen)
    left_out = [i for i in LISTED if visits.get(i, 0) > 0 and i not in chosen]
    assert len(chosen) == slots or not left_out  # a free key means nothing was left out
    assert all(visits[i] <= min(visits[c] for c in chosen) for i in left_out)
    for item in chosen:  # one more visit of a chosen item changes nothing
        assert choose_usual({**visits, item: visits[item] + 1}, LISTED, slots) == chosen
