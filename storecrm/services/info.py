"""What is in a store: name, schema revision, counts per table (``storecrm info``)."""

from __future__ import annotations

from storecrm.data import migrate
from storecrm.data.repositories import count_rows
from storecrm.data.schema import DATA_TABLES
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.roles import Actor, Permission
from storecrm.services.audit import require
from storecrm.services.dto import AuditEntry, StoreInfo


@reads
def store_info(uow: UnitOfWork, actor: Actor) -> StoreInfo:
    settings = uow.settings.all()
    return StoreInfo(
        store_name=settings.get("store_name", ""),
        business_type=settings.get("business_type", ""),
        folder=str(uow.store.paths.folder),
        store_id=uow.store.keyring.store_id,
        schema_revision=uow.store.revision(),
        head_revision=migrate.head_revision(),
        counts=count_rows(uow.connection, DATA_TABLES),
    )


@reads
def recent_audit(uow: UnitOfWork, actor: Actor, limit: int = 200) -> list[AuditEntry]:
    require(uow, actor, Permission.VIEW_AUDIT_LOG, "audit_view")
    return [
        AuditEntry(
            entry_id=int(r["id"]),
            at=r["at"],
            username=str(r["username"]),
            action=str(r["action"]),
            outcome=str(r["outcome"]),
            target=r["target"],
            detail=str(r["detail"]),
        )
        for r in uow.audit.recent(limit)
    ]
