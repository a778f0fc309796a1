"""The campaigns screen (营销活动): the list with each campaign's figures, the result view with
the verdict, the dialog that creates one (with the segment's preview count), exports.

- ``screen``: ``CampaignsScreen`` (and ``campaigns_screen``, which gives others a polite word);
- ``result_view``: the selected campaign's figures and verdict;
- ``dialog``: ``CampaignDialog``, a new campaign.
"""

from storecrm.gui.screens.campaigns.screen import CampaignsScreen, campaigns_screen

__all__ = ["CampaignsScreen", "campaigns_screen"]
