"""Promotions, coupons and top-up gifts (issue 20, points 1–3).

- ``catalogue``: the owner's promotions, coupon templates and top-up gifts (list, save,
  switch off), read into the domain's types.
- ``coupons``: issuing coupons (to one customer, to a list), the member's wallet, a code
  looked up, voiding, buying a coupon with points, the export for an SMS platform, and the
  reports (outstanding coupons as a liability, what each promotion cost).
- ``till``: the offers of a sale being priced (``sales._price`` calls it), the savings and
  redemptions recorded with the sale, coupons returned by its refund.
- ``bulk``: one coupon to each customer of a segment (a tag, a tier) with marketing consent.
- ``gifts``: a top-up's gift given with it and taken back with its refund.
"""
