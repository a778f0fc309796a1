"""Membership: the tiers, the points and stored-value rules, the session and period card plans,
and the catalogue of items and services with their prices.

The owner sets the tiers and the rules; the owner or a manager keeps the catalogue and the card
plans. Everyone else sees the same tables read-only, with a note saying who can change them.

The parts, and where a change goes:

- ``screen.py``: ``MembershipScreen`` assembles the four tabs (the main window builds it on
  its first opening).
- ``tiers.py``, ``rules_tab.py``, ``card_plans.py``, ``catalogue_tab.py``: one tab each, with
  its dialog.
- ``list_tab.py``: ``_ListTab``, a table with Add / Edit; ``forms.py``: ``_FormDialog`` (the
  dialogs' frame) and ``MoneyEdit``; ``tables.py``: ``RecordModel`` and its view;
  ``words.py``: how the figures read.

The names other screens and the tests import from here are re-exported below.
"""

from storecrm.gui.screens.membership_screen.card_plans import CardPlanDialog, CardPlansTab
from storecrm.gui.screens.membership_screen.catalogue_tab import CatalogueTab, ItemDialog
from storecrm.gui.screens.membership_screen.forms import MoneyEdit, _FormDialog
from storecrm.gui.screens.membership_screen.list_tab import _ListTab
from storecrm.gui.screens.membership_screen.rules_tab import RulesTab
from storecrm.gui.screens.membership_screen.screen import MembershipScreen
from storecrm.gui.screens.membership_screen.tables import (
    GREY,
    RecordModel,
    record_table,
    select_where,
    selected_row,
)
from storecrm.gui.screens.membership_screen.tiers import TierDialog, TiersTab
from storecrm.gui.screens.membership_screen.words import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    Membership,
    active_text,
    bonus_rule_text,
    card_kind_name,
    item_kind_name,
    multiplier_text,
    upgrade_text,
    validity_text,
    yes_no,
    yuan,
)

__all__ = [
    "DAYS_PER_MONTH",
    "DAYS_PER_YEAR",
    "GREY",
    "CardPlanDialog",
    "CardPlansTab",
    "CatalogueTab",
    "ItemDialog",
    "Membership",
    "MembershipScreen",
    "MoneyEdit",
    "RecordModel",
    "RulesTab",
    "TierDialog",
    "TiersTab",
    "_FormDialog",
    "_ListTab",
    "active_text",
    "bonus_rule_text",
    "card_kind_name",
    "item_kind_name",
    "multiplier_text",
    "record_table",
    "select_where",
    "selected_row",
    "upgrade_text",
    "validity_text",
    "yes_no",
    "yuan",
]
