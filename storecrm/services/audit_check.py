"""`storecrm check`'s look at the audit log: its hash chain, and the heads recorded in backups.

The chain (``domain/audit_chain.py``) shows an entry removed, changed or slipped in. Someone
who holds the database key can rewrite the log and recompute the chain; what shows that is a
head recorded outside the database: every backup's manifest holds the last entry's id and hash
at backup time. Each backup of this store in the backup folder is compared: the entry it
recorded must still be there with the same hash ("missing": the log now ends before it;
"differs": it was rewritten). Backups of a line of history that a restore replaced (made
before the restore, of entries after those the restored backup held) are counted apart, not
compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storecrm.data import backup as files
from storecrm.data.uow import UnitOfWork
from storecrm.domain.audit_chain import ChainCheck, check_chain
from storecrm.domain.errors import BadBackup
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.backup import get_backup_settings


@dataclass(frozen=True, slots=True)
class BackupHeadProblem:
    file_name: str
    created_at: datetime
    entry_id: int
    kind: str  # "missing" | "differs"


@dataclass(frozen=True, slots=True)
class AuditCheck:
    chain: ChainCheck
    backups_compared: int
    backups_superseded: int  # of a line of history a restore replaced: not compared
    backup_problems: tuple[BackupHeadProblem, ...]

    @property
    def ok(self) -> bool:
        return self.chain.intact and not self.backup_problems


def check_audit_log(uow: UnitOfWork, actor: Actor, folder: Path | None = None) -> AuditCheck:
    """Check the chain and compare it with the backups in ``folder`` (default: the store's
    backup folder). Needs VIEW_AUDIT_LOG."""
    audit.require(uow, actor, Permission.VIEW_AUDIT_LOG, "audit_check")
    store_id = uow.store.keyring.store_id
    target = Path(folder) if folder is not None else Path(get_backup_settings(uow, actor).folder)
    heads: list[tuple[str, datetime, tuple[int, str]]] = []
    for path, found in files.iter_backups(target):
        if isinstance(found, BadBackup):
            continue
        manifest = found.manifest
        if manifest.store_id == store_id and manifest.audit_head is not None:
            heads.append((path.name, manifest.created_at, manifest.audit_head))
    chain = check_chain(uow.audit.chain(), (head[0] for _n, _at, head in heads))
    restores = uow.audit.restores()
    problems: list[BackupHeadProblem] = []
    compared = superseded = 0
    for name, created_at, (entry_id, digest) in sorted(heads, key=lambda h: h[1]):
        if chain.hashes.get(entry_id) == digest:
            compared += 1
            continue
        if any(_replaced(entry_id, created_at, restore) for restore in restores):
            superseded += 1
            continue
        compared += 1
        kind = "differs" if entry_id in chain.hashes else "missing"
        problems.append(BackupHeadProblem(name, created_at, entry_id, kind))
    return AuditCheck(chain, compared, superseded, tuple(problems))


def _replaced(
    entry_id: int, created_at: datetime, restore: tuple[datetime, datetime, int | None]
) -> bool:
    """Whether a backup with this head was of the line of history that ``restore`` replaced:
    made before the restore, of entries after those the restored backup held (or, for a
    restore recorded before heads were, made after the restored backup)."""
    backup_made, restored_at, head_id = restore
    if created_at > restored_at:
        return False
    return entry_id > head_id if head_id is not None else backup_made < created_at
