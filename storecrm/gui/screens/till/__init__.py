"""The till (收银): one sale from look-up to payment, with the keyboard.

A regular member's usual purchase: type the phone's last digits (or pinyin, or swipe the card)
and Enter, Alt+1 for the usual item, F9 to pay by stored value, Ctrl+Enter to record.

Every change is priced live by ``sales.quote_sale`` (fast, on the GUI thread) and the quote is
what the screen shows: lines with the tier discount, totals, what is still due, the change, and
the member's balances before and after. After Ctrl+Enter the dialog stays open on the recorded
sale (change to hand back, balances after, Print receipt); "Next sale" (Ctrl+N) clears it for the
next customer, Esc closes it.

Shortcuts: F2 member search · Ctrl+W walk-in (drops the member) · F3 item search (Enter adds the
highlighted item; a number such as 88 or 88.5 adds a free amount) · Alt+1…Alt+5 usual items ·
Ctrl+K use a session card · Ctrl+D sell a card · Ctrl+= / Ctrl+- quantity (+ / - in the list) ·
Delete (in the list) or Ctrl+Del remove the line or payment · F4 who served the selected line
(type to filter, Enter main, Shift+Enter assistant, Space/R/Delete on the chosen, Ctrl+Enter) ·
F5 cash · F6 WeChat · F7 Alipay · F8 bank card · F9 stored value · F10 points · Ctrl+Enter
complete · Ctrl+P print · Ctrl+N next · Esc close (asks before discarding an unrecorded sale).

The parts, and where a new feature goes:

- ``dialog.py``: ``SaleDialog`` assembles the parts (``_arrange``: one place, so a compact or
  touch layout is another arrangement of the same parts), holds the sale being entered
  (``draft()`` is all of it: parking a sale saves a draft, resuming loads one), binds every key
  (``_build_actions``), prices on each change (``requote``) and records.
- ``member.py``: the look-up box, walk-in, and the member with balances before/after.
- ``items.py``: usual items, the item search and list, the card buttons.
- ``lines.py``: the lines (model, view, − + Remove, Served by…). Per-line facts are a field of
  the line's draft and a column of ``SaleLinesModel``: who served the line (``LineDraft.staff``,
  chosen with ``gui/screens/staff/pickers.LineStaffDialog``), next a promotion on it.
- ``payments.py``: the method buttons (F5–F10), the split's payment rows, served by (the staff
  roster; every line's default) with 指定, and note.
- ``totals.py``: the quote's figures and problems; promotions, coupons and a whole-order
  discount show here once the quote (services/sales.py) carries them.
- ``keys.py``: small keyboard helpers shared by the parts.
"""

from storecrm.gui.screens.till.dialog import SaleDialog

__all__ = ["SaleDialog"]
