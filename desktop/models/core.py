"""Reference data and local bookkeeping: regions, device metadata and the sync outbox."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, SyncedRecord, new_id, utcnow

REGION_NAMESPACE = uuid.UUID("6f1c7d1e-8a3b-4c55-9a0e-5d2f0b7c9e11")


def region_id(code: str) -> str:
    """Regions get a deterministic id from their code, so two offices that pre-fill the same
    country's subdivisions independently create the *same* records and sync without clashes."""
    return str(uuid.uuid5(REGION_NAMESPACE, code.upper()))


class Region(SyncedRecord):
    """An origin region of the home country (ISO 3166-2 where one exists) and its help office.

    Regions are national reference data: their own ``region_code`` is null so every office
    receives them.
    """

    __tablename__ = "regions"
    __entity__ = "region"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    help_office_name: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2))
    retired_at: Mapped[dt.datetime | None] = mapped_column()

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None


class LocalMeta(Base):
    """Key/value facts about this database file that never sync (home country, office, device).

    They live in the database, not in settings.json, because they describe the data: a copied
    database file must keep knowing which country and office it belongs to.
    """

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OutboxEntry(Base):
    """A pending local change of one synced record, waiting to be pushed.

    One entry per record (coalesced): a record edited ten times offline is pushed once, with its
    full field state. ``base_version`` is the server version the first unpushed edit started
    from, which the server needs for its three-way merge.
    """

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("entity", "record_id", name="uq_outbox_entity_record"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), default=new_id, unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None] = mapped_column(Integer)
    queued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    """``pending`` (waiting to be pushed) or ``conflict`` (the server kept its version; the
    user must choose per field; the local edit stays until then)."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_change_id: Mapped[str | None] = mapped_column(String(36))
    """The change last sent for this record whose answer has not been applied yet (the request
    may have reached the server, or not). While it is set, the entry is *in flight*: the next
    push sends that change again (same id, so the server replays what it did) before any newer
    edit, so a later edit is never merged against this device's own earlier change."""
    recover_version: Mapped[int | None] = mapped_column(Integer)
    """Set only while recovering from a server restore: the version this desktop held before
    (sent along so that versions keep growing across the restore)."""
    sent_state: Mapped[str | None] = mapped_column(Text)
    """The stored row (column -> value, JSON) as it was sent under ``sent_change_id``, kept
    once the record is edited again after sending: re-sending the in-flight change must carry
    exactly what was sent then, not the newer edit."""
