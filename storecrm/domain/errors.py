"""Errors the store raises, as codes the presentation edge turns into the user's language.

Nothing here holds user-facing text: the GUI and the CLI map each class (and its fields)
to a translated sentence (see ``storecrm/messages.py``).
"""

from __future__ import annotations

import errno


class StoreCRMError(Exception):
    """Base of every error a user may be told about."""


class NotAStore(StoreCRMError):
    """The folder or file is not a StoreCRM store (or it is damaged beyond opening)."""

    def __init__(self, path: str, reason: str = "missing") -> None:
        super().__init__(f"not a store: {reason}")
        self.path = path
        # "missing" | "keyring" | "database" | "newer" | "needs_upgrade"
        # | "read_only" (the folder or its files may not be written: a read-only disk or share)
        # | "keyring_changed" (the keyring's MAC does not match: changed outside StoreCRM)
        # | "damaged_db" (store.db is empty or holds no store beside a valid keyring)
        self.reason = reason


class WrongPassword(StoreCRMError):
    """Unknown user name or wrong password (deliberately not told apart)."""


class WrongRecoveryCode(StoreCRMError):
    """The recovery code does not open this store."""


class StoreLocked(StoreCRMError):
    """Another copy of the program has this store open."""

    def __init__(self, host: str = "", pid: int | None = None, since: str = "") -> None:
        super().__init__("store is open in another copy of the program")
        self.host = host  # computer name, "" when unknown
        self.pid = pid
        self.since = since  # ISO time the other copy opened the store

    @property
    def holder(self) -> str:
        return f"{self.host}, pid {self.pid}, {self.since}" if self.host else ""


class StoreBusy(StoreCRMError):
    """Another task of this program (an import, for example) is still saving to the store; the
    change asked for was not made and may be tried again in a moment."""

    def __init__(self, detail: str = "the store is busy saving another change") -> None:
        super().__init__(detail)


class KeyChangeBusy(StoreBusy):
    """Work in progress (or another program reading the store) kept the store's key from
    changing now; it is changed later (at the owner's next sign-in at the latest)."""


class StoreExists(StoreCRMError):
    """Creating a store in a folder that is not empty."""

    def __init__(self, path: str) -> None:
        super().__init__("target folder is not empty")
        self.path = path


class PermissionDenied(StoreCRMError):
    """The acting user's role does not allow this action."""

    def __init__(self, permission: str) -> None:
        super().__init__(f"permission denied: {permission}")
        self.permission = permission


class AccountDisabled(StoreCRMError):
    """The account exists but has been disabled by the owner."""


class ValidationError(StoreCRMError):
    """Input that breaks a rule; ``field`` names the input, ``code`` the rule."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params


class NotFound(StoreCRMError):
    """A record the caller named does not exist (any more)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!r} not found")
        self.what = what
        self.key = key


class UnreadableFile(StoreCRMError):
    """A file to import is missing, of a kind we cannot read, damaged, or not text we know."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot read {path}: {reason}")
        self.path = path
        # "missing" | "unsupported" | "old_excel" | "damaged" | "encoding" | "empty" | "os"
        self.reason = reason


class BadBackup(StoreCRMError):
    """A backup file that would not restore: missing, not a backup, cut short, damaged, or made
    by a newer program."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"bad backup {path}: {reason}")
        self.path = path
        # "missing" | "foreign" | "incomplete" | "damaged" | "newer" | "unreadable"
        # | "unverified" (a backup being made failed its own check and was not kept)
        # | "not_a_file" (a folder, a named pipe, a device: never read, so never a hang)
        self.reason = reason


class WrongBackupPassword(WrongPassword):
    """The password is not the owner's password at the time the backup was made."""


class WrongBackupRecoveryCode(WrongRecoveryCode):
    """The recovery code does not open this backup."""


class BackupFolderProblem(StoreCRMError):
    """The backup folder is not there (USB drive unplugged), may not be written, or is full."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"backup folder {path}: {reason}")
        self.path = path
        self.reason = reason  # "missing" | "unwritable" | "full"


class DiskFull(StoreCRMError):
    """The disk is full: what was being written was not saved (a transaction rolled back, a
    file not put in place); everything saved before is intact."""

    def __init__(self, path: str, what: str = "store") -> None:
        super().__init__(f"disk full: {what} {path}")
        self.path = path  # the store's folder, or the file or folder being written
        self.what = what  # "store" | "open" | "file" | "restore"


_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_FULL_TEXTS = ("database or disk is full", "no space left on device")


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a full disk: an ``OSError`` ENOSPC/EDQUOT, or
    SQLite's SQLITE_FULL ("database or disk is full"), however a library wrapped it."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, DiskFull):
            return True
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        if any(text in str(current).lower() for text in _FULL_TEXTS):
            return True
        orig = getattr(current, "orig", None)  # a database driver's error, wrapped
        stack += [current.__cause__, current.__context__]
        if isinstance(orig, BaseException):
            stack.append(orig)
    return False


class OtherStoreBackup(StoreCRMError):
    """Restoring would replace a store with a backup of a different store (asked first)."""

    def __init__(self, backup_store: str, current_store: str, path: str) -> None:
        super().__init__("the backup is of another store")
        self.backup_store = backup_store  # the backup's store name
        self.current_store = current_store  # the name of the store it would replace ("" unknown)
        self.path = path  # the folder of the store it would replace
