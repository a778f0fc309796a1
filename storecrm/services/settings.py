"""Store settings (name, business type). The window's language is a preference of the computer,
not of the store (``storecrm.gui.preferences``)."""

from __future__ import annotations

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.roles import Actor, Permission
from storecrm.domain.store_profile import BusinessType, check_store_name
from storecrm.services import audit
from storecrm.services.dto import StoreSettings


@reads
def get_settings(uow: UnitOfWork, actor: Actor) -> StoreSettings:
    values = uow.settings.all()
    return StoreSettings(
        store_name=values.get("store_name", ""),
        business_type=values.get("business_type", BusinessType.OTHER.value),
    )


def update_settings(
    uow: UnitOfWork,
    actor: Actor,
    *,
    store_name: str | None = None,
    business_type: BusinessType | None = None,
) -> StoreSettings:
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings_change")
    changed: dict[str, str] = {}
    if store_name is not None:
        changed["store_name"] = check_store_name(store_name)
    if business_type is not None:
        changed["business_type"] = business_type.value
    current = uow.settings.all()
    changed = {k: v for k, v in changed.items() if current.get(k) != v}
    for key, value in changed.items():
        uow.settings.put(key, value, actor.user_id)
    if changed:
        audit.record(uow, actor, "settings_change", detail={"keys": sorted(changed)})
        uow.commit()
    return get_settings(uow, actor)
