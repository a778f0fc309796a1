"""Campaigns (营销活动): a segment of customers who gave marketing consent, an offer to the target
group, a random holdout that gets nothing, and the effect measured against the holdout.

- ``segments``: choosing the customers and the preview count.
"""
