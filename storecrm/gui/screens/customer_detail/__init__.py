"""One customer at a glance, beside the list: who they are, their membership (tier, stored
value, points, cards), their timeline and ledger, and the quick actions (edit, note, archive or
restore, merge; sale, top-up, gift, withdrawal, tier).

The parts, and where a change goes:

- ``panel.py``: ``CustomerDetailPanel`` builds the header, the figures and the tabs, shows a
  customer and starts the quick actions (the customers screen holds it beside its list).
- ``profile.py``: the profile tab, and filling the header, figures and rows from a customer;
  ``words.py``: how the rows read (membership, cards, birthday, source, ledger figures).
- ``ledger.py``: the ledger tab; ``timeline.py``: one timeline entry.
- ``actions.py``: archive, restore, merge; ``set_tier.py``: ``SetTierDialog``.

Functions outside the panel class that show text use the panel's translation context
(``QCoreApplication.translate("CustomerDetailPanel", …)``), as ``self.tr`` in it does. The names
other code and the tests import from here are re-exported below.
"""

from storecrm.gui.screens.customer_detail.panel import (
    PANEL_WIDTH,
    TABS_MIN_HEIGHT,
    CustomerDetailPanel,
)
from storecrm.gui.screens.customer_detail.set_tier import SetTierDialog
from storecrm.gui.screens.customer_detail.timeline import KIND_COLORS
from storecrm.gui.screens.customer_detail.words import GREY, MEMBER_ROWS

__all__ = [
    "GREY",
    "KIND_COLORS",
    "MEMBER_ROWS",
    "PANEL_WIDTH",
    "TABS_MIN_HEIGHT",
    "CustomerDetailPanel",
    "SetTierDialog",
]
