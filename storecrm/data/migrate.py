"""Schema upgrades with Alembic, run in place on an open store after a safety copy."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from storecrm.data.engine import checkpoint

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SAFETY_DIR = "safety"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Revisions from the first to head."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known(revision: str) -> bool:
    return revision in all_revisions()


def upgrade(engine: Engine, target: str = "head") -> None:
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
