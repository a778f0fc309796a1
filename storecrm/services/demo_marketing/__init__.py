"""The demo history's marketing: the year's promotions and a 会员日, coupon templates, two
finished campaigns with holdouts (one that brought customers in, one that did not), a running
one, and the lifecycle offers switched on, so the promotions, campaigns and report screens show
realistic figures.

Every generated basket is priced by the till's own engine (``domain/promotions/engine``): the
tier discount, the promotions of the moment and the coupons the customer hands over, each saving
shared over the lines to the fen exactly as at the till. What the history writes follows the
services: ``sale_savings`` per line, one ``redeemed`` coupon event per coupon used, a
``returned`` event when the sale is refunded while the coupon is valid, campaign members written
once at the launch with their group. The generator keeps only wallets of coupons still usable
and a queue of what happens when (launches, lifecycle occasions), so memory stays bounded.
"""

from storecrm.services.demo_marketing.generator import (
    DemoMarketing,
    Priced,
    birthday_from,
    finish,
    prepare_marketing,
)

__all__ = ["DemoMarketing", "Priced", "birthday_from", "finish", "prepare_marketing"]
