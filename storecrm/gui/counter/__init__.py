"""The counter's devices as the window drives them: the receipt printer and cash drawer, the
customer display (副屏) on a second screen and the LED pole display.

- ``settings``: the devices of this PC, kept in the program's preferences (Settings →
  Hardware);
- ``view``: what the customer sees of the sale (``CustomerView``), made by the till from its
  quote and handed over by a signal;
- ``display``: the customer display window, placed on the chosen screen;
- ``devices``: ``Counter``, one per program: prints tickets and pulses the drawer on a worker
  thread (a printer that is off must not freeze the till), and passes each ``CustomerView`` to
  the display and the pole;
- ``render``: a ticket drawn as the printer would print it (the test print's preview, the
  screenshots, the tests).
"""

from storecrm.gui.counter.devices import Counter, counter

__all__ = ["Counter", "counter"]
