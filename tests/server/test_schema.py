"""The server database: migrations and models agree, and start-up checks protect the data."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Engine

from sync.server.db import (
    ServerDatabaseError,
    check_ready,
    head_revision,
    make_engine,
    migrate,
    schema_state,
)
from sync.server.models import metadata


def test_migrations_build_exactly_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    assert schema_state(engine).status == "current"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_seq FROM counter WHERE id = 1")).scalar_one() == 0


def test_migrate_twice_is_harmless(engine: Engine) -> None:
    assert migrate(engine) == (head_revision(), head_revision())


def test_an_empty_database_gets_the_schema_at_start(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert schema_state(engine).status == "empty"
        assert check_ready(engine) == head_revision()
        assert schema_state(engine).status == "current"
    finally:
        engine.dispose()


def test_a_foreign_database_is_left_alone(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
        with pytest.raises(ServerDatabaseError, match="no Diaspora Desk schema"):
            check_ready(engine)
        with pytest.raises(ServerDatabaseError, match="left untouched"):
            migrate(engine)
    finally:
        engine.dispose()


def test_a_newer_schema_is_refused(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ServerDatabaseError, match="newer than this server"):
        check_ready(engine)


def test_a_bad_url_is_a_clear_error() -> None:
    with pytest.raises(ServerDatabaseError, match="Not a database URL"):
        make_engine("not a url")
    with pytest.raises(ServerDatabaseError, match="Unsupported database"):
        make_engine("oracle+nosuchdriver://x/y")
