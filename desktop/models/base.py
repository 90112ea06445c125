"""Declarative base, column types and the synced-record base shared by every synced table.

The registry of synced entities lives here too: sync, the outbox hook and the round-trip test
all discover entities through :data:`SYNCED_ENTITIES`, so a new synced table only has to
subclass :class:`SyncedRecord` and set ``__entity__``.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, Index, Integer, LargeBinary, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC (never naive local time)."""
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    """A record id made on the device, unique without asking any server."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as UTC ISO 8601 text, so files read the same on every machine."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use desktop.models.base.utcnow()")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Base of every ORM class of the desktop database."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[Any]: JSON(),
        bytes: LargeBinary(),
    }


SYNCED_ENTITIES: dict[str, type[SyncedRecord]] = {}
"""Entity name -> ORM class, for every record type that syncs."""

# Columns that sync treats as record metadata rather than user-edited fields.
META_FIELDS = ("id", "version", "created_at", "updated_at", "deleted_at")


class SyncedRecord(Base):
    """Abstract base of synced tables: device-made UUID, home region, timestamps, tombstone.

    ``version`` is the server version last seen (``None`` until first synced); ``deleted_at`` is
    a tombstone: synced rows are never hard-deleted while sync may still need them.
    """

    __abstract__ = True
    __entity__: ClassVar[str] = ""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    region_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int | None] = mapped_column(Integer)
    deleted_at: Mapped[dt.datetime | None] = mapped_column()

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        """Live records per region: the home page's counts, region filters and sync scoping all
        ask for ``region_code`` with ``deleted_at IS NULL``; with both in one index SQLite answers
        from the index alone (a count over 100,000 rows in milliseconds, not a table scan)."""
        return (Index(f"ix_{cls.__tablename__}_live_region", "region_code", "deleted_at"),)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        entity = cls.__dict__.get("__entity__", "")
        if entity:
            if entity in SYNCED_ENTITIES and SYNCED_ENTITIES[entity] is not cls:
                raise RuntimeError(f"synced entity {entity!r} registered twice")
            SYNCED_ENTITIES[entity] = cls

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def field_names(cls: type[SyncedRecord]) -> list[str]:
    """The user-edited fields of a synced class (every column but the metadata), in table order."""
    return [c.key for c in cls.__table__.columns if c.key not in META_FIELDS]


def to_wire_value(value: Any) -> Any:
    """Turn a column value into JSON-safe data (dates as ISO text, bytes as base64)."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_wire_value(cls: type[SyncedRecord], key: str, value: Any) -> Any:
    """Inverse of :func:`to_wire_value`, guided by the column's Python type."""
    if value is None:
        return None
    column = cls.__table__.columns[key]
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return value
    if python_type is dt.datetime and isinstance(value, str):
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if python_type is bytes and isinstance(value, str):
        return base64.b64decode(value)
    return value


def record_fields(record: SyncedRecord) -> dict[str, Any]:
    """The record's user fields as JSON-safe data (what a push carries)."""
    return {key: to_wire_value(getattr(record, key)) for key in field_names(type(record))}
