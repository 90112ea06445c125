"""Fast insertion of many synced records (demo data, imports) with their outbox entries.

The ORM hook in :mod:`desktop.db` covers ordinary edits; for tens of thousands of rows it is
too slow, so this path writes the rows and their outbox entries with two executemany calls in
the caller's transaction. The guarantee is the same: records and outbox commit or roll back
together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.db import OUTBOX_HANDLED
from desktop.models import OutboxEntry, SyncedRecord, new_id, utcnow


def insert_records(
    session: Session, cls: type[SyncedRecord], rows: Iterable[Mapping[str, Any]]
) -> list[str]:
    """Insert ``rows`` (column -> value) as new records of ``cls``; returns their ids."""
    now = utcnow()
    prepared: list[dict[str, Any]] = []
    for row in rows:
        values = dict(row)
        values.setdefault("id", new_id())
        values.setdefault("created_at", now)
        values.setdefault("updated_at", now)
        for column in cls.__table__.columns:
            default = column.default
            if column.key in values or default is None or column.primary_key:
                continue
            if default.is_callable:
                values[column.key] = default.arg(None)
            elif default.is_scalar:
                values[column.key] = default.arg
        prepared.append(values)
    if not prepared:
        return []
    session.execute(insert(cls), prepared, execution_options={OUTBOX_HANDLED: True})
    session.execute(
        insert(OutboxEntry),
        [
            {
                "change_id": new_id(),
                "entity": cls.__entity__,
                "record_id": values["id"],
                "base_version": None,
                "queued_at": now,
                "changed_at": now,
                "state": "pending",
                "attempts": 0,
            }
            for values in prepared
        ],
    )
    return [str(values["id"]) for values in prepared]
