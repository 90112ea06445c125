"""Alembic environment of the server database; run from code by :func:`sync.server.db.migrate`.

On PostgreSQL the upgrade first takes a transaction-level advisory lock, so that several server
hosts running ``migrate`` (or starting on an empty database) at once upgrade it exactly once.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text

from sync.server.models import metadata

MIGRATION_LOCK_KEY = 0x44445359  # "DDSY": any constant shared by every server process

config = context.config


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=metadata,  # type: ignore[arg-type]
                      render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":  # type: ignore[attr-defined]
            connection.execute(  # type: ignore[attr-defined]
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        context.run_migrations()


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Command-line use by developers: `alembic -x url=... revision --autogenerate -m ...`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///server-dev.db")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)


run_migrations()
