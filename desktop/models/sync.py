"""Local bookkeeping of sync: the pull cursor, open conflicts, and the server's copy of records
that have a local edit waiting.

None of these tables sync themselves; they describe this desktop's relation to one server.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class SyncCursor(Base):
    """How far this desktop has pulled from one server as one user.

    The cursor is the last ``server_seq`` applied; it is written in the same transaction as the
    page it ends, so an interrupted sync resumes exactly after the last page that was saved.
    It is kept per server *and* user because scopes differ: a regional user's cursor says
    nothing about what a bureau user of the same server would receive.
    """

    __tablename__ = "sync_cursors"
    __table_args__ = (
        UniqueConstraint("server_url", "username", name="uq_sync_cursors_server_user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_url: Mapped[str] = mapped_column(String(500))
    """The address last used; the cursor belongs to ``server_id``, so a new address of the same
    server keeps it."""
    username: Mapped[str] = mapped_column(String(200))
    server_id: Mapped[str | None] = mapped_column(String(64))
    """The server's identity (its ``/health`` ``server_id``); null until the first sync with a
    server that tells it."""
    epoch: Mapped[str | None] = mapped_column(String(64))
    """The server's epoch when this cursor was last saved. A new epoch means the server's
    database was restored from a backup: sync then sends again what the server lost."""
    since: Mapped[int] = mapped_column(Integer, default=0)
    scope_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    """True once a pull reached the end of the server's sequence at least once (the first full
    download of this user's scope is done)."""
    last_sync_at: Mapped[dt.datetime | None] = mapped_column()
    """When a sync last finished without error (push and pull)."""
    clash_since: Mapped[int] = mapped_column(Integer, default=0)
    """The last clash notice received from ``GET /sync/clashes``."""


class SyncConflict(Base):
    """A local edit the server answered with a same-field clash, kept until the user decides.

    ``fields`` holds the server's per-field answer (``field``, ``base``, ``mine``, ``theirs``);
    ``theirs`` the server's whole record at ``their_version``, refreshed when a newer version is
    pulled. The local record keeps the user's own edit the whole time: nothing is overwritten
    before the user picks.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        UniqueConstraint("entity", "record_id", name="uq_sync_conflicts_entity_record"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    change_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None] = mapped_column(Integer)
    their_version: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[list[Any]] = mapped_column(default=list)
    theirs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    """Set when the user has chosen; the row then only tells the next push how to send the
    choice, and disappears once the server has accepted it."""


class SyncRemoteRecord(Base):
    """The server's state of a record that was pulled while a local edit was still pending.

    The pulled state does not overwrite the local edit; it is kept here instead so that the
    conflict dialog can show the newest "theirs", and so that discarding a refused local change
    can restore the server's copy without downloading everything again.
    """

    __tablename__ = "sync_remote_records"
    __table_args__ = (
        UniqueConstraint("entity", "record_id", name="uq_sync_remote_records_entity_record"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int | None] = mapped_column(Integer)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    region_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[str | None] = mapped_column(String(40))
    deleted_at: Mapped[str | None] = mapped_column(String(40))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    """The record left this user's scope on the server (a scope exit)."""
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncOwnVersion(Base):
    """The newest server version made from this desktop's own change, per record.

    After a server restore only the office that made a lost version sends it again (others
    hold a copy, not an edit of theirs): this is how a desktop knows which versions it made.
    """

    __tablename__ = "sync_own_versions"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SyncNotice(Base):
    """A clash this office's value won on the server: another office proposed other values
    for the same fields and will decide on its side. Kept so the Sync page can tell it."""

    __tablename__ = "sync_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_clash_id: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[Any]] = mapped_column(default=list)
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
