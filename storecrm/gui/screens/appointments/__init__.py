"""The day's book (预约簿): one column per staff member, the day's times down the side.

Arrows move between slots, Enter books the slot (or shows what is booked there), F5 marks the
selected appointment arrived and opens the till with the customer and the booked services
(the staff member as each line's main staff, 指定 when the customer asked for them), F6 marks a
no-show, Delete cancels with a reason; PageUp/PageDown go to the day before/after, Ctrl+Home
to today.

- ``model.py``: ``DayBookModel``, the grid (slots × staff) with each appointment's cells, the
  status colours and the off-shift grey;
- ``booking.py``: ``BookingDialog``, a booking (a customer found by phone or name, or a new
  one from name and phone; services; the staff member or anyone; 指定; the time; the source);
- ``screen.py``: ``AppointmentsScreen``, the day's bar, the grid and the actions, and arrival
  into the till.
"""

from storecrm.gui.screens.appointments.screen import AppointmentsScreen

__all__ = ["AppointmentsScreen"]
