"""Promotions, coupons and campaigns: the pure rules (no Qt, no SQLAlchemy)."""
