"""Low-level writes of sync: immediate transactions, bulk upserts, the local state of records.

Sync applies server data with SQL Core statements on one connection instead of ORM objects:
100,000 pulled records become a few ``executemany`` calls, and no outbox hook runs (the data
came *from* the server, so there is nothing to push back — the same effect as setting
``session.info["applying_remote"]`` on an ORM session).

Every write transaction here starts with ``BEGIN IMMEDIATE``: the write lock is taken *before*
sync reads the outbox, so a record the user edits at that very moment in the window cannot be
overwritten between "it has no pending edit" and the upsert.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.engine import Connection

from desktop.db import Database
from desktop.services.sync.codec import EntityCodec, codec

SQLITE_MAX_PARAMS = 900
"""Ids per ``IN (...)`` list, well under SQLite's bound-parameter limit."""


BULK_CACHE_KIB = 64 * 1024
"""SQLite page cache for a pull (64 MiB): the id indexes of 100,000 random UUIDs fit in it."""


@contextlib.contextmanager
def sync_connection(db: Database, foreign_keys: bool = True,
                    bulk: bool = False) -> Iterator[Connection]:
    """A connection for sync's writes; ``foreign_keys=False`` for applying pulled pages.

    Pulled pages are applied with foreign keys off: the server orders records by when they last
    changed, not by what they point to (an association edited after its members arrives after
    them), and a record may point to one outside this user's scope. The switch only exists
    outside a transaction, so it is set on this connection alone and restored before the
    connection goes back to the pool.

    ``bulk`` (a pull) gives the connection a large page cache and postpones WAL checkpoints to
    the end: a first sync then writes each index page to the database file once instead of at
    every automatic checkpoint, which saves about a quarter of its time. Every page still
    commits on its own, so an interruption loses nothing.
    """
    with db.engine.connect() as conn:
        saved: list[tuple[str, int]] = []
        if not foreign_keys:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        if bulk:
            for pragma, wanted in (("cache_size", -BULK_CACHE_KIB), ("wal_autocheckpoint", 0)):
                saved.append((pragma, int(conn.exec_driver_sql(f"PRAGMA {pragma}").scalar_one())))
                conn.exec_driver_sql(f"PRAGMA {pragma}={wanted}")
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            try:
                if bulk:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                for pragma, value in saved:
                    conn.exec_driver_sql(f"PRAGMA {pragma}={value}")
                if not foreign_keys:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
            except Exception:
                conn.invalidate()  # never hand out a connection with its settings changed
                raise


@contextlib.contextmanager
def immediate(conn: Connection) -> Iterator[Connection]:
    """One write transaction that holds SQLite's write lock from its first statement."""
    if conn.in_transaction():
        conn.rollback()
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def chunks(values: Sequence[Any], size: int = SQLITE_MAX_PARAMS) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@cache
def upsert_sql(entity: str) -> str:
    """``INSERT … ON CONFLICT(id) DO UPDATE`` of every column of the entity's table."""
    c = codec(entity)
    cols = c.columns
    names = ", ".join(_quote(col) for col in cols)
    marks = ", ".join("?" for _ in cols)
    updates = ", ".join(f"{_quote(col)}=excluded.{_quote(col)}" for col in cols[1:])
    return (f"INSERT INTO {_quote(c.table)} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


@cache
def select_sql(entity: str, count: int) -> str:
    c = codec(entity)
    names = ", ".join(_quote(col) for col in c.columns)
    marks = ", ".join("?" for _ in range(count))
    return f"SELECT {names} FROM {_quote(c.table)} WHERE id IN ({marks})"


def upsert_rows(conn: Connection, entity: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        conn.exec_driver_sql(upsert_sql(entity), list(rows))


def delete_rows(conn: Connection, entity: str, ids: Sequence[str]) -> None:
    table = _quote(codec(entity).table)
    for part in chunks(ids):
        marks = ", ".join("?" for _ in part)
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE id IN ({marks})", tuple(part))


def load_rows(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Raw stored rows (laid out as the codec's columns) by id."""
    out: dict[str, tuple[Any, ...]] = {}
    for part in chunks(ids):
        result = conn.exec_driver_sql(select_sql(entity, len(part)), tuple(part))
        for row in result:
            out[row[0]] = tuple(row)
    return out


# ----------------------------------------------------------------------------------------------
# A record's state as sync compares it


@dataclass(frozen=True)
class State:
    """What a change carries and a merge compares: user fields plus the envelope."""

    fields: dict[str, Any]
    region_code: str | None
    deleted_at: str | None

    def get(self, key: str) -> Any:
        if key == "region_code":
            return self.region_code
        if key == "deleted_at":
            return self.deleted_at
        return self.fields.get(key)

    def names(self) -> list[str]:
        return [*self.fields, "region_code", "deleted_at"]


def state_from_row(c: EntityCodec, raw: Sequence[Any]) -> State:
    return State(c.wire_fields(raw), raw[1], raw[5])


def row_from_state(
    c: EntityCodec, record_id: str, state: State, created_at: str, updated_at: str,
    version: int | None,
) -> tuple[Any, ...]:
    return c.row_from_record(record_id, state.region_code, created_at, updated_at, version,
                             state.deleted_at, state.fields)


# ----------------------------------------------------------------------------------------------
# Outbox, conflicts and server copies, in SQL


def outbox_keys(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str],
                                                                           tuple[int, str, str]]:
    """(entity, record_id) -> (seq, change_id, state) for those of ``keys`` with an entry."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    found: dict[tuple[str, str], tuple[int, str, str]] = {}
    for entity, ids in by_entity.items():
        for part in chunks(ids):
            marks = ", ".join("?" for _ in part)
            rows = conn.exec_driver_sql(
                "SELECT record_id, seq, change_id, state FROM outbox "
                f"WHERE entity = ? AND record_id IN ({marks})", (entity, *part))
            for record_id, seq, change_id, state in rows:
                found[(entity, record_id)] = (seq, change_id, state)
    return found


def save_remote_copy(conn: Connection, entity: str, record: Mapping[str, Any],
                     now: str) -> None:
    """Remember the server's state (a wire record) of a record whose local edit is pending."""
    conn.exec_driver_sql(
        "INSERT INTO sync_remote_records (entity, record_id, version, server_seq, region_code, "
        "created_at, updated_at, deleted_at, fields, removed, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(entity, record_id) DO UPDATE SET version=excluded.version, "
        "server_seq=excluded.server_seq, region_code=excluded.region_code, "
        "created_at=excluded.created_at, updated_at=excluded.updated_at, "
        "deleted_at=excluded.deleted_at, fields=excluded.fields, removed=excluded.removed, "
        "received_at=excluded.received_at",
        (entity, record["record_id"], record["version"], record["server_seq"],
         record["region_code"], record["created_at"], record["updated_at"],
         record["deleted_at"], json.dumps(record["fields"], ensure_ascii=False),
         bool(record.get("removed")), now),
    )


def forget_record_state(conn: Connection, entity: str, record_id: str) -> None:
    """Drop the outbox entry, open conflict and server copy of a record now in step."""
    for table in ("outbox", "sync_conflicts", "sync_remote_records"):
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE entity = ? AND record_id = ?",
                             (entity, record_id))


def refresh_conflict_theirs(conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
    """A newer server version of a record in conflict: the dialog must show the newest."""
    conn.exec_driver_sql(
        "UPDATE sync_conflicts SET theirs = ?, their_version = ? "
        "WHERE entity = ? AND record_id = ?",
        (json.dumps(dict(record), ensure_ascii=False), record["version"], entity,
         record["record_id"]),
    )

