"""What a store is: its name and business type, which shape later screens (taste notes for
restaurants, hair/skin notes for salons, sizes for retail)."""

from __future__ import annotations

from enum import StrEnum

from storecrm.domain.errors import ValidationError


class BusinessType(StrEnum):
    RETAIL = "retail"
    RESTAURANT = "restaurant"
    BEAUTY = "beauty"
    OTHER = "other"


def check_store_name(raw: str) -> str:
    name = raw.strip()
    if not name:
        raise ValidationError("store_name", "required")
    if len(name) > 60:
        raise ValidationError("store_name", "too_long", maximum=60)
    return name
