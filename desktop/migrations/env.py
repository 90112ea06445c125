"""Alembic environment of the desktop database; run from code by :func:`desktop.db.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    # Command-line use (developers: `alembic -c desktop/migrations/alembic.ini revision ...`).
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.db"
    engine = create_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
