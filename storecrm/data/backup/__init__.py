"""Backup files: one file holding the encrypted database, its key slots and a manifest.

Where each part lives:

- ``file_format``: the file's layout (magic, database, header, end marker, checksum), the
  constants, the manifest and the header as read;
- ``keys``: the key slots opened with a secret of backup time, and the header's MAC;
- ``reading``: the header alone, and every check that needs no key, in one pass;
- ``verifying``: the checks with the key (in place, or the database written out and opened);
- ``database``: what a database copy holds (row counts, revision, audit chain, page HMACs);
- ``writing``: making a backup from ``store.db``'s own bytes in one snapshot;
- ``folder``: the backup folder (file names, listing, leftovers of interrupted backups);
- ``restoring``: staging a restore beside the store and moving it in;
- ``disk``: fsync, flushing, whole reads, and what an OSError in the backup folder means.

Checks, from cheapest to strongest:

- :func:`read_header` reads only the header (listing a folder of backups).
- :func:`check_file` needs no password. It reads the whole file once, with one SHA-256: the
  magic and the end marker (a file cut short is "incomplete"), the SHA-256 of the whole file
  (a flipped bit anywhere is "damaged"), the header's structure and sizes. A file only gets
  its end marker after every page of its database passed its HMAC check, so a file that
  passes this check holds such a database; the keyless check proves it is still byte for
  byte that file. This is what ``storecrm verify FILE`` does without a password. What it
  cannot tell without the key: a file crafted on purpose (by someone who recomputed the
  checksums) or key slots that do not fit the database; the keyed check catches both.
- With the key (:func:`unlock` turns the owner's password or the recovery code into it),
  :func:`check_in_place` checks the backup where it lies, in the same one read: the
  database's SHA-256 against the manifest, the MAC (which covers that SHA-256 and the
  manifest's facts, read in the backup's snapshot) and page 1's HMAC under the key. A backup
  made before its manifest recorded how its pages were checked, and a restore, go through
  :func:`extract_and_check`: it writes the database out and opens it: the row count of every
  table and the schema revision against the manifest (see :func:`check_database`), and for a
  restore ``PRAGMA cipher_integrity_check`` of the fsynced copy (SQLCipher's HMAC of every
  page, read back from where it was written). Restoring always does this full check before
  it touches the store.

How a backup is written is in ``writing``'s docstring, how a restore is done in ``restoring``'s.
ARCHITECTURE.md ("Backups") says what each check proves and why no other is needed.

This package's names are what the services and the tests use.
"""

from storecrm.data.backup.database import _table_names, audit_chain
from storecrm.data.backup.disk import _read_full, folder_error
from storecrm.data.backup.file_format import (
    END_MAGIC,
    FORMAT_VERSION,
    KEYRING_NAME,
    MAGIC,
    PAGE_HMAC,
    PART_SUFFIX,
    SUFFIX,
    Manifest,
)
from storecrm.data.backup.folder import iter_backups, remove_stale_parts
from storecrm.data.backup.keys import _mac
from storecrm.data.backup.reading import check_file, read_header
from storecrm.data.backup.restoring import (
    install_staged,
    restore_target_state,
    stage_restore,
    staging_folder,
)
from storecrm.data.backup.verifying import (
    check_in_place,
    extract_and_check,
    verify,
    verify_with_audit,
)
from storecrm.data.backup.writing import create_backup

__all__ = [
    "END_MAGIC",
    "FORMAT_VERSION",
    "KEYRING_NAME",
    "MAGIC",
    "PAGE_HMAC",
    "PART_SUFFIX",
    "SUFFIX",
    "Manifest",
    "_mac",
    "_read_full",
    "_table_names",
    "audit_chain",
    "check_file",
    "check_in_place",
    "create_backup",
    "extract_and_check",
    "folder_error",
    "install_staged",
    "iter_backups",
    "read_header",
    "remove_stale_parts",
    "restore_target_state",
    "stage_restore",
    "staging_folder",
    "verify",
    "verify_with_audit",
]
