"""The server's database: engines for SQLite and PostgreSQL, schema checks and upgrades.

SQLite is the default so that one command runs a working server; PostgreSQL is the production
database and lets several stateless server processes share one store.

Writers must be serialised for ``server_seq`` to be gap-safe (see :mod:`sync.server.push`). On
PostgreSQL that is the lock on the counter row; on SQLite a write transaction starts with
``BEGIN IMMEDIATE`` so that two writers never both read before either writes (which would make
the second fail with "database is locked" instead of waiting its turn).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, insert, inspect, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from sync.server import models

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 30
WRITE_OPTION = "diaspora_write"
"""Execution option of connections that will write (SQLite: they start with BEGIN IMMEDIATE)."""


class ServerDatabaseError(Exception):
    """The database cannot be used as is; the message says what to do."""


def normalise_url(url: str) -> str:
    """Accept the spellings admins paste (``postgres://``, ``postgresql://``) for psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start (see module docstring).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Record ids are random UUIDs, so inserts land all over the indexes: a 64 MiB page cache
    # (instead of SQLite's 2 MiB) keeps large pushes from slowing down as the database grows.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """An engine for ``url``; SQLite files get WAL, a busy timeout and explicit transactions.

    On PostgreSQL a process keeps up to ``pool_size`` connections open and opens up to twice as
    many more under a burst (mind ``max_connections`` when running several processes).
    """
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ServerDatabaseError(f"Not a database URL: {url!r}") from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(parsed, pool_pre_ping=True, pool_size=max(1, pool_size),
                             max_overflow=2 * max(1, pool_size))
    except NoSuchModuleError as exc:
        raise ServerDatabaseError(
            f"Unsupported database {parsed.drivername!r}: use sqlite:///PATH or "
            "postgresql+psycopg://USER:PASSWORD@HOST/DBNAME"
        ) from exc


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions take the write lock up front on SQLite."""
    return engine.execution_options(**{WRITE_OPTION: True})


def describe_url(url: str) -> str:
    """The URL without its password, for logs and messages."""
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return url


# --------------------------------------------------------------------------------------------
# Schema


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


SchemaStatus = Literal["empty", "current", "outdated", "newer", "foreign"]


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    revision: str | None


def schema_state(engine: Engine) -> SchemaState:
    """Where the database's schema stands relative to this code, without changing anything."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if revision is None:
        ours = {t.name for t in models.metadata.sorted_tables}
        return SchemaState("foreign" if tables & ours else "empty", None)
    if revision == head_revision():
        return SchemaState("current", revision)
    if revision in known:
        return SchemaState("outdated", revision)
    return SchemaState("newer", revision)


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Upgrade the schema to this code's head; returns (revision before, revision after)."""
    state = schema_state(engine)
    if state.status == "newer":
        raise ServerDatabaseError(
            f"The database schema ({state.revision}) is newer than this server "
            f"({head_revision()}). Install the newer diaspora-desk-server instead."
        )
    if state.status == "foreign":
        raise ServerDatabaseError(
            "The database already has tables but no Diaspora Desk schema revision; "
            "it was left untouched. Point --db at an empty database."
        )
    with writer(engine).begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        _ensure_counter(conn)
    return state.revision, head_revision()


def _ensure_counter(conn: Connection) -> None:
    if conn.execute(select(models.counter.c.id).where(models.counter.c.id == 1)).first() is None:
        conn.execute(insert(models.counter).values(id=1, last_seq=0))


def check_ready(engine: Engine, *, create_if_empty: bool = True) -> str:
    """Make sure ``serve`` may start: create the schema on an empty database, refuse otherwise.

    An outdated schema is never upgraded behind the administrator's back (they may want a backup
    first, and several servers may share the database): the message says to run ``migrate``.
    """
    state = schema_state(engine)
    if state.status == "current":
        return state.revision or ""
    if state.status == "empty" and create_if_empty:
        log.info("Empty database: creating the schema")
        return migrate(engine)[1]
    if state.status == "outdated":
        raise ServerDatabaseError(
            f"The database schema is outdated (revision {state.revision}, this server needs "
            f"{head_revision()}). Back it up, then run: diaspora-desk-server migrate"
        )
    if state.status == "newer":
        raise ServerDatabaseError(
            f"The database schema ({state.revision}) is newer than this server "
            f"({head_revision()}). Install the newer diaspora-desk-server."
        )
    if state.status == "empty":
        raise ServerDatabaseError(
            "The database has no schema yet. Run: diaspora-desk-server migrate"
        )
    raise ServerDatabaseError(
        "The database already has tables but no Diaspora Desk schema revision. "
        "Point --db at an empty database."
    )
