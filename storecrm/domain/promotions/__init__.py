"""Promotions, coupons and top-up gifts: pure rules over fen (no Qt, no SQL).

- ``offers``: what a promotion, a coupon template, an issued coupon and a top-up gift are, and
  when (dates, 会员日, time window), for whom and to what they apply.
- ``codes``: coupon codes (short, unambiguous, with a check character).
- ``engine``: the till's choice of the best allowed combination of promotions, tier discount
  and the coupons the customer hands over, each saving shared over the lines to the fen.
- ``campaign``: a campaign's holdout by seed, the incremental revenue with its 95 % interval,
  the plain-language verdict.
- ``segment``: which customers a campaign goes to (never those without marketing consent).
"""
