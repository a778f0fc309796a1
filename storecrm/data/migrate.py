"""Schema upgrades with Alembic, run in place on an open store after a safety copy."""

from __future__ import annotations

import functools
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from storecrm.data.engine import checkpoint

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and its dialects) is imported only to upgrade or when the revision files
# cannot be read plainly: opening a store that is up to date, which every command does, then
# costs a quarter of a second less.

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SAFETY_DIR = "safety"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_LINE = re.compile(r'^(revision|down_revision)\s*=\s*(?:"(\w+)"|None)\s*$', re.MULTILINE)


@functools.cache
def _plain_chain() -> tuple[str, ...] | None:
    """The revisions first to head, read from each version file's ``revision`` and
    ``down_revision`` lines; None when they do not make one line from a single base (then
    Alembic reads them). ``tests/data/test_migrations.py`` holds this to Alembic's own walk."""
    parents: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py")):
        found = {m[1]: m[2] for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if (
            not found.get("revision")
            or "down_revision" not in found
            or found["revision"] in parents
        ):
            return None
        parents[found["revision"]] = found["down_revision"]
    children = {parent: child for child, parent in parents.items()}
    if not parents or len(children) != len(parents):  # a branch, or two bases
        return None
    chain = []
    revision = children.get(None)
    while revision is not None:
        chain.append(revision)
        revision = children.get(revision)
    return tuple(chain) if len(chain) == len(parents) else None


def _alembic_chain() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def head_revision() -> str:
    chain = _plain_chain()
    if chain is not None:
        return chain[-1]
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Revisions from the first to head."""
    return list(_plain_chain() or _alembic_chain())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if (
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            is None
        ):
            return None
        versions = [
            str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
        ]
        if len(versions) <= 1:
            return versions[0] if versions else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # raises: several heads


def is_known(revision: str) -> bool:
    return revision in all_revisions()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def safety_copy(store_dir: Path, db_path: Path, engine: Engine, revision: str | None) -> Path:
    """Copy the database (and its keyring, so the copy opens on its own) before an upgrade.

    The store is locked by this process and the WAL is checkpointed first, so the file copy is
    consistent.
    """
    checkpoint(engine)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = store_dir / SAFETY_DIR / f"before-upgrade-{revision or 'empty'}-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    shutil.copy2(db_path, target / db_path.name)
    keyring = store_dir / "keyring.json"
    if keyring.exists():
        shutil.copy2(keyring, target / keyring.name)
    return target
