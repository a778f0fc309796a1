"""Backups: make one (now, on schedule, on exit), rotate old ones, report the status, verify a
file, and restore a store from one.

The file format and the checks are in ``storecrm.data.backup``. Here:

- :func:`run_backup` writes a verified backup into the store's backup folder (or a given one),
  then rotates: the newest backup of each of the last ``keep_daily`` days and of each of the last
  ``keep_monthly`` months stay, older ones of this store are deleted. Rotation runs only after
  the new backup was verified and renamed into place, so a full or unplugged drive never costs
  the previous good backups. Rotation only ever deletes the daily and on-exit backups: a backup
  made by hand ("manual" in its manifest) stays until the owner deletes it
  (:func:`delete_backup`). A manual backup needs ``BACKUP_DATA`` (owner, manager); the
  scheduled and on-exit ones run for whoever is signed in.
- The settings (folder, daily time, N, M, on exit) live in the store's settings, so they travel
  with the store. The last good backup is read from the backup files that exist (their
  manifests), so it stays true after a restore, which brings back the settings of backup time.
- :func:`restore_backup` checks the whole backup with the password or recovery code in a staging
  folder first; only then does it take the store's lock, move the current files into
  ``safety/before-restore-<time>/`` and put the restored ones in place, and reopen the store
  (an older revision is upgraded, after its own safety copy). Any refusal before that point
  leaves the current store exactly as it was.

One backup or restore runs at a time in a process (a scheduled backup and "Back up now" queue).
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from storecrm import __version__
from storecrm.data import backup as files
from storecrm.data import migrate
from storecrm.data.keyring import Keyring
from storecrm.data.lock import StoreLock, WorkLock
from storecrm.data.store import Store, open_store_files, record_pending_audit
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.audit_chain import ChainBreak
from storecrm.domain.errors import (
    BackupFolderProblem,
    BadBackup,
    NotAStore,
    NotFound,
    OtherStoreBackup,
    StoreExists,
    ValidationError,
    WrongBackupPassword,
    WrongBackupRecoveryCode,
    is_disk_full,
)
from storecrm.domain.roles import Actor, Permission, Role
from storecrm.services import audit
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

SUFFIX = files.SUFFIX
KEY_FOLDER = "backup_folder"
KEY_TIME = "backup_time"
KEY_KEEP_DAILY = "backup_keep_daily"
KEY_KEEP_MONTHLY = "backup_keep_monthly"
KEY_ON_EXIT = "backup_on_exit"
KEY_LAST_AT = "backup_last_at"
KEY_LAST_FILE = "backup_last_file"

DEFAULT_TIME = time(13, 0)
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_MONTHLY = 12
KEEP_DAILY_RANGE = (1, 365)
KEEP_MONTHLY_RANGE = (0, 120)
STALE_AFTER = timedelta(hours=48)
KINDS = ("manual", "scheduled", "exit")
ROTATED_KINDS = ("scheduled", "exit")  # a backup made by hand is never rotated away

_busy = threading.Lock()


# -- what the services return ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str  # where backups go (the default one until the owner chooses)
    folder_chosen: bool  # False: the default folder beside the store
    daily_time: time
    keep_daily: int
    keep_monthly: int
    on_exit: bool


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file's manifest, as the window and the CLI show it."""

    path: str
    file_name: str
    size_bytes: int
    created_at: datetime
    app_version: str
    schema_revision: str | None
    store_id: str
    store_name: str
    business_type: str
    kind: str
    counts: dict[str, int]
    upgrade_needed: bool  # from an older schema revision: upgraded when restored
    audit_head: tuple[int, str] | None = None  # the audit log's last entry at backup time

    @property
    def customers(self) -> int:
        return self.counts.get("customers", 0)

    @property
    def sales(self) -> int:
        return self.counts.get("sales", 0)


@dataclass(frozen=True, slots=True)
class FolderEntry:
    """A file in the backup folder: its manifest, or why it cannot be read."""

    path: str
    file_name: str
    info: BackupInfo | None
    problem: BadBackup | None
    this_store: bool
    # Made before a customer was erased: it still holds that person's data. Rotation removes
    # such backups of this store once a newer backup is good (see rotate).
    before_erasure: bool = False


@dataclass(frozen=True, slots=True)
class BackupResult:
    info: BackupInfo
    deleted: tuple[str, ...]  # file names removed by rotation
    seconds: float


@dataclass(frozen=True, slots=True)
class BackupStatus:
    folder: str
    folder_ok: bool
    last_at: datetime | None
    last_file: str | None
    warning: str | None  # None | "folder_missing" | "never" | "stale"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    info: BackupInfo
    opened: bool  # True: opened with the key and checked inside; False: checksum and structure
    audit_break: ChainBreak | None = None  # opened: where the audit log inside is broken
    audit_entries: int = 0


@dataclass(frozen=True, slots=True)
class RestoreResult:
    info: BackupInfo
    store_folder: str
    safety_folder: str | None  # where the replaced store's files were kept
    upgraded_from: str | None  # the backup's revision when the store was upgraded on opening


def _info(path: Path, manifest: files.Manifest) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(
        path=str(path),
        file_name=path.name,
        size_bytes=size,
        created_at=manifest.created_at,
        app_version=manifest.app_version,
        schema_revision=manifest.schema_revision,
        store_id=manifest.store_id,
        store_name=manifest.store_name,
        business_type=manifest.business_type,
        kind=manifest.kind,
        counts=dict(manifest.counts),
        upgrade_needed=manifest.schema_revision != migrate.head_revision(),
        audit_head=manifest.audit_head,
    )


# -- settings ---------------------------------------------------------------------------------
def default_folder(store_folder: Path) -> Path:
    """Beside the store on the same disk: protects against mistakes, not a dead disk."""
    return store_folder.parent / f"{store_folder.name}-backups"


def _int(value: str | None, default: int, bounds: tuple[int, int]) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(number, bounds[0]), bounds[1])


def _parse_time(value: str | None) -> time:
    try:
        return time.fromisoformat(value) if value else DEFAULT_TIME
    except ValueError:
        return DEFAULT_TIME


def _settings(uow: UnitOfWork) -> BackupSettings:
    values = uow.settings.all()
    chosen = values.get(KEY_FOLDER, "")
    return BackupSettings(
        folder=chosen or str(default_folder(uow.store.paths.folder)),
        folder_chosen=bool(chosen),
        daily_time=_parse_time(values.get(KEY_TIME)),
        keep_daily=_int(values.get(KEY_KEEP_DAILY), DEFAULT_KEEP_DAILY, KEEP_DAILY_RANGE),
        keep_monthly=_int(values.get(KEY_KEEP_MONTHLY), DEFAULT_KEEP_MONTHLY, KEEP_MONTHLY_RANGE),
        on_exit=values.get(KEY_ON_EXIT, "1") != "0",
    )


@reads
def get_backup_settings(uow: UnitOfWork, actor: Actor) -> BackupSettings:
    return _settings(uow)


def backup_folder(uow: UnitOfWork) -> Path:
    """Where this store's backups go (the chosen folder, or the default one)."""
    return Path(_settings(uow).folder)


def set_backup_settings(
    uow: UnitOfWork,
    actor: Actor,
    *,
    folder: str | None = None,
    daily_time: time | None = None,
    keep_daily: int | None = None,
    keep_monthly: int | None = None,
    on_exit: bool | None = None,
) -> BackupSettings:
    """The owner sets where and when backups are made and how many are kept.

    ``folder=""`` goes back to the default folder. A chosen folder must exist (a USB drive is
    plugged in when it is chosen); it is not created later, so a backup never lands on whatever
    drive gets that letter next.
    """
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "settings_change")
    changed: dict[str, str] = {}
    if folder is not None:
        folder = folder.strip()
        if folder and not Path(folder).is_dir():
            raise BackupFolderProblem(folder, "missing")
        changed[KEY_FOLDER] = str(Path(folder).resolve()) if folder else ""
    if daily_time is not None:
        changed[KEY_TIME] = daily_time.replace(second=0, microsecond=0).strftime("%H:%M")
    for key, value, bounds in (
        (KEY_KEEP_DAILY, keep_daily, KEEP_DAILY_RANGE),
        (KEY_KEEP_MONTHLY, keep_monthly, KEEP_MONTHLY_RANGE),
    ):
        if value is not None:
            if not bounds[0] <= value <= bounds[1]:
                raise ValidationError(key, "out_of_range", low=bounds[0], high=bounds[1])
            changed[key] = str(value)
    if on_exit is not None:
        changed[KEY_ON_EXIT] = "1" if on_exit else "0"
    current = uow.settings.all()
    changed = {k: v for k, v in changed.items() if current.get(k, "") != v}
    for key, text in changed.items():
        uow.settings.put(key, text, actor.user_id)
    if changed:
        audit.record(uow, actor, "settings_change", detail={"keys": sorted(changed)})
        uow.commit()
    return _settings(uow)


# -- making a backup --------------------------------------------------------------------------
def plan_rotation(
    backups: Iterable[tuple[str, datetime]], keep_daily: int, keep_monthly: int
) -> set[str]:
    """Which backups to keep: the newest overall, the newest of each of the last ``keep_daily``
    days that have one, and the newest of each of the last ``keep_monthly`` months."""
    ordered = sorted(backups, key=lambda b: (b[1], b[0]), reverse=True)
    keep: set[str] = {ordered[0][0]} if ordered else set()
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    for name, at in ordered:
        if at.date() not in days and len(days) < keep_daily:
            days.add(at.date())
            keep.add(name)
        month = (at.year, at.month)
        if month not in months and len(months) < keep_monthly:
            months.add(month)
            keep.add(name)
    return keep


def rotate(
    folder: Path,
    store_id: str,
    keep_daily: int,
    keep_monthly: int,
    newest: Path,
    *,
    erased_at: datetime | None = None,
) -> tuple[str, ...]:
    """Delete this store's daily and on-exit backups that the plan does not keep; never
    ``newest``, never a backup made by hand. Rotated backups made before ``erased_at`` (the
    latest erasure of a customer) go too: ``newest`` is good and does not hold the erased
    data."""
    ours: dict[str, tuple[Path, datetime]] = {}
    for path, found in files.iter_backups(folder):
        if isinstance(found, BadBackup):
            continue  # not ours to judge: never deleted
        manifest = found.manifest
        if manifest.store_id == store_id and manifest.kind in ROTATED_KINDS:
            ours[path.name] = (path, manifest.created_at)
    keep = plan_rotation(((n, at) for n, (_p, at) in ours.items()), keep_daily, keep_monthly)
    if erased_at is not None:
        keep = {n for n in keep if ours[n][1] >= erased_at}
    keep.add(newest.name)
    deleted = []
    for name, (path, _at) in sorted(ours.items()):
        if name in keep:
            continue
        try:
            path.unlink()
        except OSError:
            log.warning("rotation could not delete an old backup")
            continue
        deleted.append(name)
    return tuple(deleted)


@reads
def run_backup(
    uow: UnitOfWork,
    actor: Actor,
    folder: Path | None = None,
    *,
    kind: str = "manual",
    progress: Progress | None = None,
) -> BackupResult:
    """Write a verified backup; rotate the backup folder after it (not a folder given here)."""
    if kind not in KINDS:
        raise ValueError(kind)
    if kind == "manual":
        audit.require(uow, actor, Permission.BACKUP_DATA, "backup")
    cfg = _settings(uow)
    erased_at = uow.privacy.last_erasure_at()
    configured = Path(cfg.folder)
    target = Path(folder) if folder is not None else configured
    store: Store = uow.store
    uow.rollback()  # hold no read snapshot while the backup runs
    started = perf_counter()
    with _busy:
        if not store.read_only and store.lock is None:
            # A restore replaced the store while this backup waited for it.
            raise NotAStore(str(store.paths.folder), "closed")
        try:
            if folder is None and not cfg.folder_chosen:
                target.mkdir(parents=True, exist_ok=True)
            if target.is_dir():
                files.remove_stale_parts(target, store.keyring.store_id)
            path, manifest = files.create_backup(
                store.paths.db,
                store.db_key,
                store.keyring,
                target,
                kind=kind,
                app_version=__version__,
                created_at=clock.now(),
                progress=progress,
            )
        except (BackupFolderProblem, BadBackup, OSError) as exc:
            if not store.read_only:
                reason = getattr(exc, "reason", type(exc).__name__)
                audit.record(uow, actor, "backup", outcome="failed", detail={"reason": reason})
                uow.commit()
            if isinstance(exc, OSError):
                problem = files.folder_error(target, exc)
                if problem is not None:
                    raise problem from exc
            raise
        deleted: tuple[str, ...] = ()
        if folder is None or target.resolve() == configured.resolve():
            deleted = rotate(
                target,
                store.keyring.store_id,
                cfg.keep_daily,
                cfg.keep_monthly,
                path,
                erased_at=erased_at,
            )
    if not store.read_only:

        def record(w: UnitOfWork) -> None:
            w.settings.put(KEY_LAST_AT, manifest.created_at.isoformat(), actor.user_id)
            w.settings.put(KEY_LAST_FILE, str(path), actor.user_id)
            audit.record(
                w, actor, "backup", target=path.name, detail={"kind": kind, "deleted": len(deleted)}
            )

        uow.hand_to_writer(record)  # this unit only read; the writer records the backup
        try:
            uow.commit()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            # The store's disk is full, the backup (on another disk) is good: that is what
            # counts now; only its note in the store is missing.
            log.warning("disk full: the backup was made but could not be noted in the store")
    log.info("backup written (%s, %d old removed)", kind, len(deleted))
    return BackupResult(_info(path, manifest), deleted, perf_counter() - started)


# -- the backups that exist ------------------------------------------------------------------
_manifests: dict[tuple[str, int, int], files.Manifest | None] = {}
_manifests_lock = threading.Lock()


def _manifest(path: Path) -> files.Manifest | None:
    """The manifest of a complete backup file (None for any other file), read once for each
    version of the file: the status bar asks every minute, and a USB drive is slow."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _manifests_lock:
        if key in _manifests:
            return _manifests[key]
    try:
        manifest: files.Manifest | None = files.read_header(path).manifest
    except BadBackup:
        manifest = None
    with _manifests_lock:
        if len(_manifests) > 4096:
            _manifests.clear()
        _manifests[key] = manifest
    return manifest


def newest_backup(folder: Path, store_id: str) -> tuple[datetime, Path] | None:
    """This store's newest complete backup in ``folder``: (made at, file), or None.

    A file only gets its end marker after its copy passed every check, so a complete file is a
    good backup."""
    try:
        paths = [
            p
            for p in Path(folder).iterdir()
            if p.name.endswith(SUFFIX) and not p.name.startswith(".")
        ]
    except OSError:
        return None
    newest: tuple[datetime, Path] | None = None
    for path in paths:
        manifest = _manifest(path)
        if manifest is None or manifest.store_id != store_id:
            continue
        if newest is None or manifest.created_at > newest[0]:
            newest = (manifest.created_at, path)
    return newest


def _recorded_backup(values: dict[str, str]) -> tuple[datetime, Path] | None:
    """The last backup this store recorded (one written to another folder counts too), while
    its file is still there."""
    try:
        at = datetime.fromisoformat(values[KEY_LAST_AT]) if values.get(KEY_LAST_AT) else None
    except ValueError:
        at = None
    file = values.get(KEY_LAST_FILE, "")
    if at is None or not file or not Path(file).is_file():
        return None
    return at, Path(file)


@reads
def backup_status(uow: UnitOfWork, actor: Actor, now: datetime | None = None) -> BackupStatus:
    """What the status bar shows: the last good backup, or why to worry.

    The last good backup is the newest of this store's backup files that exist, in the backup
    folder (or the one the store recorded elsewhere): not a setting, which a restore would
    take back to the day of the backup."""
    cfg = _settings(uow)
    values = uow.settings.all()
    folder = Path(cfg.folder)
    # The default folder is made by the first backup; only a chosen one can go missing.
    folder_ok = folder.is_dir() or not cfg.folder_chosen
    found = [
        b
        for b in (newest_backup(folder, uow.store.keyring.store_id), _recorded_backup(values))
        if b is not None
    ]
    last = max(found, key=lambda b: b[0]) if found else None
    last_at = last[0] if last else None
    current = now or clock.now()
    warning: str | None = None
    if not folder_ok:
        warning = "folder_missing"
    elif last_at is None:
        warning = "never"
    elif current - last_at > STALE_AFTER:
        warning = "stale"
    return BackupStatus(cfg.folder, folder_ok, last_at, str(last[1]) if last else None, warning)


@reads
def is_due(uow: UnitOfWork, actor: Actor, now: datetime | None = None) -> bool:
    """Whether today's scheduled backup is due (its time has come and none was made since)."""
    cfg = _settings(uow)
    current = now or clock.now()
    slot = datetime.combine(current.date(), cfg.daily_time)
    if current < slot:
        return False
    last = backup_status(uow, actor, current).last_at
    return last is None or last < slot


@reads
def list_backups(uow: UnitOfWork, actor: Actor, folder: Path | None = None) -> list[FolderEntry]:
    """The backup files in the folder, newest first; unreadable ones last, with the reason."""
    target = Path(folder) if folder is not None else Path(_settings(uow).folder)
    store_id = uow.store.keyring.store_id
    erased_at = uow.privacy.last_erasure_at()
    entries = []
    for path, found in files.iter_backups(target):
        if isinstance(found, BadBackup):
            entries.append(FolderEntry(str(path), path.name, None, found, False))
        else:
            info = _info(path, found.manifest)
            ours = info.store_id == store_id
            before = ours and erased_at is not None and info.created_at < erased_at
            entries.append(FolderEntry(str(path), path.name, info, None, ours, before))
    entries.sort(
        key=lambda e: (e.info is not None, e.info.created_at if e.info else datetime.min),
        reverse=True,
    )
    return entries


def delete_backup(uow: UnitOfWork, actor: Actor, path: Path) -> None:
    """The owner deletes a backup file from the backup folder (rotation never deletes one made
    by hand). Only a ``*.storecrm-backup`` file directly in the backup folder is deleted."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "backup_delete")
    path = Path(path)
    folder = Path(_settings(uow).folder)
    if (
        not path.name.endswith(SUFFIX)
        or path.name.startswith(".")
        or path.parent.resolve() != folder.resolve()
    ):
        raise ValueError("not a backup file of the backup folder")
    manifest = _manifest(path)
    try:
        path.unlink()
    except FileNotFoundError:
        raise NotFound("backup", path.name) from None
    except OSError as exc:
        problem = files.folder_error(folder, exc)
        if problem is not None:
            raise problem from exc
        raise
    detail = {"kind": manifest.kind} if manifest is not None else {}
    audit.record(uow, actor, "backup_delete", target=path.name, detail=detail)
    uow.commit()
    log.info("backup deleted by hand")


# -- reading and checking a file (no store needed) --------------------------------------------
def read_manifest(path: Path) -> BackupInfo:
    """The manifest of a backup file (quick: the checksum is not read)."""
    path = Path(path)
    return _info(path, files.read_header(path).manifest)


def verify_backup(
    path: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> VerifyReport:
    """Without a secret: checksum and structure. With the owner's password of backup time or
    the recovery code: also opened and checked inside (see ``storecrm.data.backup``)."""
    path = Path(path)
    header, opened, chain = files.verify_with_audit(
        path, password=password, recovery_code=recovery_code, progress=progress
    )
    return VerifyReport(
        _info(path, header.manifest),
        opened,
        chain.first_break if chain is not None else None,
        chain.entries if chain is not None else 0,
    )


# -- restoring --------------------------------------------------------------------------------
def _require_restore(uow: UnitOfWork, actor: Actor) -> Store:
    audit.require(uow, actor, Permission.RESTORE_BACKUP, "backup_restore")
    return uow.store


def _record_restore_start(uow: UnitOfWork, actor: Actor, manifest: files.Manifest) -> None:
    audit.record(
        uow,
        actor,
        "backup_restore",
        detail={"backup_created_at": manifest.created_at.isoformat(), "kind": manifest.kind},
    )
    uow.commit()


def _owner_actor(store: Store) -> Actor | None:
    owner_id = store.keyring.owner_user_id
    if owner_id is None:
        return None
    with store.unit_of_work(read_only=True) as uow:
        try:
            row = uow.users.get(int(owner_id))
        except NotFound:
            return None
        return Actor(int(row["id"]), str(row["username"]), str(row["display_name"]), Role.OWNER)


def _refuse_another_store(path: Path, store_folder: Path, context: StoreContext | None) -> None:
    """OtherStoreBackup when ``path`` is a backup of another store than the one in the folder
    (a store whose keyring cannot be read is what a restore repairs: not questioned)."""
    header = files.read_header(path)
    try:
        current = Keyring.load(store_folder / files.KEYRING_NAME)
    except NotAStore:
        return
    if header.keyring.store_id == current.store_id:
        return
    name = current.store_name
    if context is not None:
        from storecrm.services import info

        name = context.call(info.store_info).store_name
    raise OtherStoreBackup(header.manifest.store_name, name, str(store_folder))


def _record_wrong_secret(
    store_folder: Path, state: str, context: StoreContext | None, wrong: Exception
) -> None:
    """A restore refused for its password or recovery code is a failed sign-in of a kind."""
    reason = "wrong_password" if isinstance(wrong, WrongBackupPassword) else "wrong_recovery_code"
    if context is not None:
        context.call(_record_restore_refused, reason)
    elif state == "store":
        record_pending_audit(
            store_folder,
            {
                "action": "backup_restore",
                "outcome": "failed",
                "account": None,
                "reason": reason,
                "at": clock.now().isoformat(timespec="seconds"),
            },
        )


def _record_restore_refused(uow: UnitOfWork, actor: Actor, reason: str) -> None:
    audit.record(uow, actor, "backup_restore", outcome="failed", detail={"reason": reason})
    uow.commit()


def restore_backup(
    path: Path,
    store_folder: Path,
    *,
    password: str | None = None,
    recovery_code: str | None = None,
    context: StoreContext | None = None,
    progress: Progress | None = None,
    replace_other_store: bool = False,
) -> RestoreResult:
    """Replace the store in ``store_folder`` (or make one there) with the backup ``path``.

    ``password`` is the owner's password at the time of the backup; or give ``recovery_code``.
    ``context``: the signed-in owner's open store in ``store_folder`` (the window): it is closed
    here and its lock handed over, so no other program can slip in; afterwards it stays closed
    and the window signs in again. A backup of a different store than the one in the folder is
    refused (OtherStoreBackup, naming both) unless ``replace_other_store``. A wrong password or
    recovery code is audited (in the open store, or beside the store for its next sign-in).
    Raises BadBackup, WrongBackupPassword, WrongBackupRecoveryCode, OtherStoreBackup,
    StoreExists (a folder with other files), StoreLocked, PermissionDenied or an OSError; in
    every such case the current store is untouched.
    """
    path = Path(path)
    store_folder = Path(store_folder).resolve()
    if context is not None and Path(context.folder).resolve() != store_folder:
        raise ValueError("the open store is not the one to restore into")
    with _busy:
        state = files.restore_target_state(store_folder)
        if state == "other":
            raise StoreExists(str(store_folder))
        current: Store | None = None
        if context is not None:
            current = context.call(_require_restore)
        if state == "store" and not replace_other_store:
            _refuse_another_store(path, store_folder, context)
        staging = files.staging_folder(store_folder)
        working = WorkLock.hold(staging)  # the next start's clean-up leaves it alone
        lock: StoreLock | None = None
        try:
            try:
                header, key = files.stage_restore(
                    path,
                    staging,
                    password=password,
                    recovery_code=recovery_code,
                    progress=progress,
                )
            except (WrongBackupPassword, WrongBackupRecoveryCode) as wrong:
                _record_wrong_secret(store_folder, state, context, wrong)
                raise
            if context is not None and current is not None:
                context.call(_record_restore_start, header.manifest)
                lock, current.lock = current.lock, None
                context.close()  # the engine goes; the lock stays with us
            elif state == "store":
                lock = StoreLock.acquire(store_folder)
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            working.release()  # its file must not move into the store with the staged files
            safety = files.install_staged(staging, store_folder, stamp)
        except BaseException:
            working.release()
            shutil.rmtree(staging, ignore_errors=True)
            if lock is not None:
                lock.release()
            raise
        if lock is None:
            lock = StoreLock.acquire(store_folder)
        keyring = Keyring.load(store_folder / files.KEYRING_NAME)
        try:
            store = open_store_files(store_folder, key, keyring, lock=lock)
        except BaseException:
            lock.release()
            raise
        try:
            detail: dict[str, Any] = {
                "backup_created_at": header.manifest.created_at.isoformat(),
                "app_version": header.manifest.app_version,
            }
            if safety is not None:
                detail["safety"] = safety.name
            if header.manifest.audit_head is not None:
                # where this line of the audit log goes on from (storecrm check reads it)
                detail["audit_head_id"] = header.manifest.audit_head[0]
            if store.upgraded_from:
                detail["upgraded_from"] = store.upgraded_from
            owner = _owner_actor(store)
            with store.unit_of_work() as uow:
                audit.record(uow, owner, "restored_from_backup", detail=detail)
                uow.commit()
        finally:
            store.close()
    log.info("store restored from a backup")
    return RestoreResult(
        info=_info(path, header.manifest),
        store_folder=str(store_folder),
        safety_folder=str(safety) if safety is not None else None,
        upgraded_from=store.upgraded_from,
    )


def exclusive() -> threading.Lock:
    """The lock that one backup or restore holds at a time in this program; a change of the
    store's key takes it too, so no backup copies the database while its key changes."""
    return _busy
