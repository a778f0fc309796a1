"""The owner's promotions screen: the promotions the till applies by itself, the coupons
(templates, giving one to a member, what is still owed) and the top-up gifts.

- ``screen.py``: ``PromotionsScreen`` and its three tabs (lists with Add / Edit).
- ``forms.py``: the forms of a promotion, a coupon and a top-up gift.

The till's own part (coupon box, wallet, slips) is ``gui/screens/till/offers.py``.
"""

from storecrm.gui.screens.promotions.screen import PromotionsScreen

__all__ = ["PromotionsScreen"]
