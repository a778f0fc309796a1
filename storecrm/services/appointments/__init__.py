"""Appointments and the roster (预约与排班).

- ``dto``: what these services return (the day's book, an appointment, a booking draft);
- ``roster``: shift templates, each staff member's week and days of their own, leave, the
  store's opening hours and closed days, rooms/beds/chairs;
- ``book``: the day's book, and booking, moving, arrival, no-show, cancelling and done.

The rules (conflicts, statuses) are ``storecrm/domain/appointments.py``.
"""
