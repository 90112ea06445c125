"""The consultations migration and the ORM classes describe exactly the same tables."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.db import Database
from desktop.models import Base

OWN_TABLES = {"candidates", "consents", "consultations", "participations", "follow_up_actions"}


def _table_of(diff: object) -> str | None:
    item = diff[0] if isinstance(diff, list) else diff
    for part in item[1:] if isinstance(item, tuple) else ():
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            return str(table.name)
        if isinstance(part, str) and part in OWN_TABLES:
            return part
        if name in OWN_TABLES:
            return str(name)
    return None


def test_migration_matches_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    own = [d for d in diffs if _table_of(d) in OWN_TABLES]
    assert own == []


def test_comparison_notices_a_difference(db: Database) -> None:
    """The check above is only worth something if it can see a missing column."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE consultations DROP COLUMN status_changed_by")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert any(_table_of(d) == "consultations" for d in diffs)
