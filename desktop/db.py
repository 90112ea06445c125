"""Opening the local database: SQLite pragmas, safe migration at start-up, sessions, the outbox.

Start-up never damages a file: a database written by a newer Diaspora Desk is refused and left
untouched, and before any upgrade the file is copied to ``backups/`` (the last five are kept).
Every write to a synced record queues an outbox entry in the same transaction through a
session hook, so no service can forget it and a rollback takes the entry with it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from desktop.dbfile import (
    MIGRATIONS_DIR,
    DatabaseError,
    DatabaseTooNewError,
    backup_database,
    head_revision,
    known_revisions,
    read_revision,
)
from desktop.models import SYNCED_ENTITIES, OutboxEntry, SyncedRecord, new_id, utcnow

__all__ = [
    "APPLYING_REMOTE",
    "BACKUPS_KEPT",
    "OUTBOX_HANDLED",
    "Database",
    "DatabaseError",
    "DatabaseTooNewError",
    "HardDeleteError",
    "UnqueuedBulkWriteError",
    "backup_database",
    "check_database",
    "head_revision",
    "known_revisions",
    "migrate",
    "open_database",
    "read_revision",
]

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BACKUPS_KEPT = 5
BUSY_TIMEOUT_MS = 10_000
APPLYING_REMOTE = "applying_remote"
"""Session.info flag set by sync while it applies pulled records: those are not local changes."""
OUTBOX_HANDLED = "outbox_handled"
"""Execution option that lets a bulk INSERT/UPDATE/DELETE touch a synced table: the code path
writes the outbox itself (:mod:`desktop.services.bulk`, ``records.bulk_update``), or its rows
are not anyone's edit (reference data pre-filled on this device). Without it the statement is
refused, because the outbox hook never sees bulk statements and the edit would never sync."""


class HardDeleteError(RuntimeError):
    """Synced records are soft-deleted (``deleted_at``); a hard delete would never sync."""


class UnqueuedBulkWriteError(RuntimeError):
    """A bulk statement on a synced table that nobody queued in the outbox: it would never
    sync. Write through ORM objects, or use the bulk helpers that write the outbox."""


class DesktopSession(Session):
    """Session class of the desktop database; the outbox hook listens on it only."""


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file; every connection gets WAL, foreign keys, a busy timeout."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


# --------------------------------------------------------------------------------------------
# Outbox hook


def queue_change(session: Session, record: SyncedRecord, now: dt.datetime) -> None:
    """Write or coalesce the outbox entry of ``record`` inside the session's transaction.

    A coalesced entry gets a fresh ``change_id``: sync compares it after a push to know whether
    the record was edited again while the push was in flight.
    """
    entity = type(record).__entity__
    with session.no_autoflush:
        entry = None
        if record.id is not None and not _is_pending_insert(session, record):
            entry = session.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.entity == entity, OutboxEntry.record_id == record.id
                )
            ).first()
    if entry is None:
        session.add(
            OutboxEntry(
                change_id=new_id(),
                entity=entity,
                record_id=record.id,
                base_version=record.version,
                queued_at=now,
                changed_at=now,
                state="pending",
                attempts=0,
            )
        )
    else:
        if entry.sent_change_id is not None and entry.sent_change_id == entry.change_id:
            # In flight and not edited since it was sent: keep what was sent (the stored row,
            # not yet overwritten by this flush) so that the next push can send it again as it
            # was, before this newer edit.
            entry.sent_state = stored_rows_json(
                session.connection(), type(record).__tablename__, [record.id]).get(record.id)
        entry.change_id = new_id()
        entry.changed_at = now


def stored_rows_json(connection: Any, table: str, ids: Sequence[str]) -> dict[str, str]:
    """Rows of ``table`` as stored (column -> raw value, as JSON text), by id.

    Raw values (text, numbers) are what sync's codec reads, so a saved row can later be turned
    into exactly the change that was sent."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 900):
        part = list(ids[start:start + 900])
        marks = ", ".join("?" for _ in part)
        result = connection.exec_driver_sql(
            f'SELECT * FROM "{table}" WHERE id IN ({marks})', tuple(part))
        for row in result.mappings():
            out[str(row["id"])] = json.dumps(dict(row), ensure_ascii=False)
    return out


def remember_sent_states(connection: Any, entity: str, table: str, ids: Sequence[str]) -> None:
    """Before a bulk statement edits records: keep the sent state of those in flight."""
    for start in range(0, len(ids), 900):
        part = list(ids[start:start + 900])
        marks = ", ".join("?" for _ in part)
        in_flight = [rid for (rid,) in connection.exec_driver_sql(
            "SELECT record_id FROM outbox WHERE entity = ? AND sent_change_id = change_id "
            f"AND record_id IN ({marks})", (entity, *part))]
        if in_flight:
            saved = stored_rows_json(connection, table, in_flight)
            connection.exec_driver_sql(
                "UPDATE outbox SET sent_state = ? WHERE entity = ? AND record_id = ?",
                [(saved.get(rid), entity, rid) for rid in in_flight])


def _synced_tables() -> frozenset[str]:
    return frozenset(cls.__tablename__ for cls in SYNCED_ENTITIES.values())


@event.listens_for(DesktopSession, "do_orm_execute")
def _refuse_unqueued_bulk_writes(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE bypass the flush, hence the outbox hook: refuse them on synced
    tables unless the code path says it wrote the outbox (:data:`OUTBOX_HANDLED`)."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.session.info.get(APPLYING_REMOTE) or state.execution_options.get(OUTBOX_HANDLED):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in _synced_tables():
        raise UnqueuedBulkWriteError(
            f"A bulk statement on the synced table {name!r} would never sync: change records "
            f"through the ORM, or use desktop.services.bulk / records.bulk_update, which write "
            f"the outbox (see docs/DEVELOPING.md)."
        )


def _is_pending_insert(session: Session, record: SyncedRecord) -> bool:
    return record in session.new


@event.listens_for(DesktopSession, "before_flush")
def _record_outbox(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    now = utcnow()
    for obj in list(session.deleted):
        if isinstance(obj, SyncedRecord):
            raise HardDeleteError(
                f"{type(obj).__name__} {obj.id} must be soft-deleted (set deleted_at)"
            )
    for obj in list(session.new):
        if isinstance(obj, SyncedRecord):
            # Column defaults apply only at INSERT; the outbox needs the id now.
            if not getattr(obj, "id", None):
                obj.id = new_id()
            if getattr(obj, "created_at", None) is None:
                obj.created_at = now
            obj.updated_at = now
            queue_change(session, obj, now)
    for obj in list(session.dirty):
        if isinstance(obj, SyncedRecord) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            queue_change(session, obj, now)


# --------------------------------------------------------------------------------------------
# Migrations


def alembic_config(connection: Any | None = None) -> Config:
    """Alembic configuration from code (no alembic.ini needed at run time)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _backup_before_upgrade(db_path: Path, backups_dir: Path, revision: str | None) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"diaspora_desk-{stamp}-rev-{revision or 'none'}.db"
    backup_database(db_path, target)
    old = sorted(backups_dir.glob("diaspora_desk-*.db"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    log.info("Backed up %s to %s before upgrading", db_path, target)
    return target


def migrate(db_path: Path, backups_dir: Path) -> str | None:
    """Bring the file to the head revision; returns the backup path's name, if one was made.

    Refuses (and leaves untouched) a file whose revision this code does not know.
    """
    head = head_revision()
    current = read_revision(db_path) if db_path.exists() else None
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"The database {db_path} was written by a newer version of Diaspora Desk "
            f"(schema {current}). Please install the newer version; the file was left untouched."
        )
    if current == head:
        return None
    backup: Path | None = None
    if current is not None:
        backup = _backup_before_upgrade(db_path, backups_dir, current)
    from alembic import command

    engine = make_engine(db_path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    return backup.name if backup else None


# --------------------------------------------------------------------------------------------
# The open database


@dataclass
class Database:
    """An open, migrated database: its file, engine and session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[DesktopSession]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[DesktopSession]:
        """A session whose work is committed at the end of the block, or rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(db_path: Path, backups_dir: Path) -> Database:
    """Migrate the file if needed (backing it up first) and return an open database."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    migrate(db_path, backups_dir)
    engine = make_engine(db_path)
    factory = sessionmaker(bind=engine, class_=DesktopSession, expire_on_commit=False)
    return Database(path=db_path, engine=engine, sessions=factory)


@dataclass(frozen=True)
class CheckReport:
    """Outcome of :func:`check_report`: ``detail`` is the revision when ok, else the reasons."""

    ok: bool
    detail: str
    notes: tuple[str, ...] = ()


def check_database(db_path: Path) -> tuple[bool, str]:
    """Integrity, foreign keys and schema revision; ``(True, revision)`` or ``(False, reason)``."""
    report = check_report(db_path)
    return report.ok, report.detail


def _office_region(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM local_meta WHERE key = 'office_region'").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row and row[0] else ""


def check_report(db_path: Path) -> CheckReport:
    """Like :func:`check_database`, with notes that are worth saying but not wrong.

    A help office holds only its regions' records, so some of them may point to records of
    another region that never reach it (a candidate's association elsewhere): there that is
    expected and reported as a note. At the national bureau, which holds everything, a record
    pointing to a missing one is a problem.
    """
    if not db_path.exists():
        return CheckReport(False, f"no database at {db_path}")
    try:
        revision = read_revision(db_path)
    except DatabaseError as exc:
        return CheckReport(False, str(exc))
    problems: list[str] = []
    notes: list[str] = []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append("integrity check failed: " + "; ".join(integrity[:5]))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            text = f"{len(fk)} rows point to missing records (first in table {fk[0][0]})"
            if _office_region(conn):
                notes.append(f"{text}: records of other regions, not kept by this help office")
            else:
                problems.append(text)
    except sqlite3.DatabaseError as exc:
        problems.append(f"not a readable database: {exc}")
    finally:
        conn.close()
    head = head_revision()
    if revision is None:
        problems.append("the database has no schema revision")
    elif revision not in known_revisions():
        problems.append(f"schema {revision} is newer than this version of Diaspora Desk")
    elif revision != head:
        problems.append(f"schema {revision} is behind {head}; start the app to upgrade it")
    if problems:
        return CheckReport(False, "\n".join(problems), tuple(notes))
    assert revision is not None
    return CheckReport(True, revision, tuple(notes))
