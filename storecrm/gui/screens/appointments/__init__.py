"""The day's book (预约簿): one column per staff member, the day's times down the side.

Arrows move between slots, Enter books the slot (or shows what is booked there), F5 marks the
selected appointment arrived and opens the till with the customer and the booked services
(the staff member as each line's main staff, 指定 when the customer asked for them), F6 marks a
no-show, Delete cancels with a reason, M picks a booked appointment up (arrows to the new
time or staff member, Enter places it, Esc stops); PageUp/PageDown go to the day before/after,
Ctrl+Home to today; a booked block can also be dragged to another time or staff member.
Ctrl+W (or 日/周) switches to the week: a column per day for one staff member or everyone,
PageUp/PageDown a week, Enter books a free slot's day and time. 打印 (Ctrl+P) prints the
day's book on A4, or the selected appointment's slip on the receipt roll.
排班… (those who manage the staff) opens the week's roster, 营业时间…
(those who change the settings) the store's hours and closed days. A change
announces "appointments" on the store bus; the book and an open profile reload on it.

- ``model.py``: ``DayBookModel``, the grid (slots × staff) with each appointment's cells, the
  status colours and the off-shift grey;
- ``booking.py``: ``BookingDialog``, a booking (a customer found by phone or name, or a new
  one from name and phone; services; the staff member or anyone; 指定; the time; the source);
- ``hours.py``: ``HoursDialog``, the store's hours per weekday and its closed days;
- ``week.py``: ``WeekDialog``, the roster's week (a shift or 休息 per staff member and weekday),
  and a dated week: copy last week (复制上周), print the week (打印本周排班);
- ``week_book.py``: ``WeekBookModel``, the book's week view (a column per day);
- ``drag.py``: ``BlockDrag``, dragging a booked block on the day's book;
- ``printing.py``: the day's book and the roster's week as PDFs in the print preview, the
  appointment slip on the counter's printer or the roll;
- ``customer_tab.py``: the profile's 预约 tab (to come, past, no-shows);
- ``screen.py``: ``AppointmentsScreen``, the day's bar, the grid and the actions, moving, and
  arrival into the till.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storecrm.gui.screens.appointments.screen import AppointmentsScreen


def __getattr__(name: str) -> Any:
    """The screen is loaded when asked for: the profile's tab (``customer_tab``) is part of the
    first screen, the book and its printing are not."""
    if name == "AppointmentsScreen":
        from storecrm.gui.screens.appointments.screen import AppointmentsScreen

        return AppointmentsScreen
    raise AttributeError(name)


__all__ = ["AppointmentsScreen"]
