"""Alembic environment: always run on a connection handed in by ``storecrm.data.migrate``
(the store is encrypted, so Alembic can never open it from a URL of its own)."""

from __future__ import annotations

from alembic import context

from storecrm.data.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - misuse guard
    raise RuntimeError("StoreCRM migrations run only through storecrm.data.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-rename
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
