"""Records of every synced entity with every field set to a non-default value, made generically
from the entity registry (so a new entity is covered without touching the tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models import SYNCED_ENTITIES, SyncedRecord, new_id
from desktop.models.base import META_FIELDS, UTCDateTime, record_fields

REGION = "MD-CU"


def _value(column: sa.Column[Any], serial: int) -> Any:
    kind = column.type
    name = column.key
    length = getattr(kind, "length", None) or 500
    if isinstance(kind, UTCDateTime):
        return dt.datetime(2021, 3, 4, 5, 6, 7, 123456 + serial, tzinfo=dt.UTC)
    if isinstance(kind, sa.JSON):
        if isinstance(_json_default(column), dict):
            return {"note": f"ţară {serial}", "n": serial, "nested": [1, 2.5, True, None]}
        return [f"{name}-a{serial}", f"{name}-b"]
    if isinstance(kind, sa.Boolean):
        default = column.default.arg if column.default is not None else False
        return not bool(default)
    if isinstance(kind, sa.LargeBinary):
        return bytes([0, 1, 2, 255, serial % 256]) + b"binary"
    if isinstance(kind, sa.Date):
        return dt.date(2020, 2, 1 + serial % 27)
    if isinstance(kind, sa.Float):
        return 0.375 + serial
    if isinstance(kind, sa.Integer):
        return 1900 + serial
    text = f"{name} Ş {serial}"
    if length <= 2:
        return "FR"
    if length <= 9:
        return f"#{serial:06d}"[:length]
    return text[:length]


def _json_default(column: sa.Column[Any]) -> Any:
    default = column.default
    if default is None:
        return []
    arg = default.arg  # type: ignore[attr-defined]
    return arg(None) if callable(arg) else arg


def make_full_record(session: Session, entity: str, serial: int = 1,
                     region_code: str | None = REGION) -> SyncedRecord:
    """Insert a record of ``entity`` with every field non-default (targets of its foreign keys
    are made first), and return it."""
    cls = SYNCED_ENTITIES[entity]
    values: dict[str, Any] = {}
    for column in cls.__table__.columns:
        if column.key in META_FIELDS or column.key == "region_code":
            continue
        if column.foreign_keys:
            target_table = next(iter(column.foreign_keys)).column.table.name
            target = next(e for e, c in SYNCED_ENTITIES.items()
                          if c.__tablename__ == target_table)
            values[column.key] = make_full_record(session, target, serial + 100,
                                                  region_code).id
            continue
        if column.unique:
            values[column.key] = f"MD-Z{serial}{new_id()[:4]}".upper()[:16]
            continue
        values[column.key] = _value(column, serial)
    record = cls(id=new_id(), region_code=region_code, **values)
    session.add(record)
    session.flush()
    return record


def comparable(record: SyncedRecord) -> dict[str, Any]:
    """What must survive a round trip: the wire fields plus the envelope."""
    out = record_fields(record)
    out["__region_code"] = record.region_code
    out["__deleted_at"] = record.deleted_at.isoformat() if record.deleted_at else None
    out["__created_at"] = record.created_at.isoformat()
    return out
