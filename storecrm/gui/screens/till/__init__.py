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
F5 cash · F6 WeChat · F7 Alipay · F8 bank card (Enter in their amount goes to the reference a
scanner reads) · F9 stored value · F10 points · F11 park the sale (挂单) · F12 the parked sales
(取单) · Ctrl+T whole-order discount (整单优惠) · Ctrl+R round off (抹零 to the yuan) ·
Ctrl+U the coupon box (scan or type a code, Enter) · Ctrl+Shift+U the member's coupon wallet ·
Ctrl+G add the gift of a 满赠 reached ·
Ctrl+Enter complete · Ctrl+P print the receipt (again; while the next sale is entered, the last
one) · Ctrl+Shift+P preview · Ctrl+Shift+O open the drawer (the owner, audited) · Ctrl+N next ·
Esc close (asks before discarding a sale that is not recorded). Enter again on "no member
matches" makes a member of what was typed.

The parts, and where a new feature goes:

- ``dialog.py``: ``SaleDialog`` assembles the parts (``_arrange``, or ``compact.py`` for the
  touch layout), holds the sale being entered (``draft()`` is all of it: parking a sale saves a
  draft, resuming loads one), binds every key (``_build_actions``), prices on each change
  (``requote``), records (asking a manager when a discount is above the cashier's limit) and
  says what the customer should see (``view_changed``).
- ``member.py``: the look-up box, walk-in, the member with balances before/after, "new member".
- ``items.py``: usual items, the item search and list, the card buttons.
- ``lines.py``: the lines (model, view, − + Remove, Served by…). Per-line facts are a field of
  the line's draft and a column of ``SaleLinesModel``: who served the line (``LineDraft.staff``,
  chosen with ``gui/screens/staff/pickers.LineStaffDialog``), next a promotion on it.
- ``payments.py``: the method buttons (F5–F10), the split's payment rows (with the platform's
  reference for WeChat, Alipay and bank card), served by (the staff roster; every line's
  default) with 指定, and note.
- ``totals.py``: the quote's figures and problems, the whole-order discount and rounding on rows
  of their own, and each promotion's and coupon's saving on a row of its own.
- ``offers.py``: promotions apply by themselves (the quote carries them); the coupon box, the
  member's wallet, the coupons handed over with what they take off or why not, the gifts
  reached, the coupon slip (its code as a QR code and a barcode).
- ``wiring.py``: where the parts go, their signals, every key and the Tab order.
- ``buttons.py``: the bottom row: the counter's tools, Cancel / Complete, then Print / Next.
- ``adjust.py``: 整单优惠 (a percentage as 折, or a new total) and 抹零.
- ``resume.py`` and ``parking.py``: 挂单/取单 (the draft into the store and back; the list).
- ``quick_member.py``: a member in three fields from a phone or card that found nobody.
- ``output.py``: the receipt by itself on the counter's printer, again, or previewed; the
  drawer; what the customer display and pole show (``gui/counter``).
- ``compact.py`` and ``keypad.py``: the touch layout of a 1024×768 screen, its keypad.
- ``keys.py``: small keyboard helpers shared by the parts.
"""

from storecrm.gui.screens.till.dialog import SaleDialog

__all__ = ["SaleDialog"]
