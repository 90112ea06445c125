"""Which synced records point to a given record (links, candidates of an association …).

Found from the foreign keys of the ORM metadata, so a table added later (by any feature) is
taken into account by merges and import undo without changing them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import SYNCED_ENTITIES, SyncedRecord

CHUNK = 900


@dataclass(frozen=True)
class Reference:
    """A live record of ``model`` whose ``column`` holds ``target_id``."""

    model: type[SyncedRecord]
    column: str
    record_id: str
    target_id: str


def referencing_columns(model: type[SyncedRecord]) -> list[tuple[type[SyncedRecord], str]]:
    """(synced class, column key) for every foreign key that points to ``model``'s table."""
    table = model.__table__
    found: list[tuple[type[SyncedRecord], str]] = []
    for cls in SYNCED_ENTITIES.values():
        for column in cls.__table__.columns:
            if any(fk.column.table is table for fk in column.foreign_keys):
                found.append((cls, column.key))
    return found


def live_references(session: Session, model: type[SyncedRecord],
                    ids: Sequence[str]) -> list[Reference]:
    """The live (not deleted) records that point to any of ``ids``."""
    wanted = list(dict.fromkeys(ids))
    result: list[Reference] = []
    for cls, key in referencing_columns(model):
        column = getattr(cls, key)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            rows = session.execute(select(cls.id, column).where(
                column.in_(chunk), cls.deleted_at.is_(None))).all()
            result.extend(Reference(cls, key, rid, target) for rid, target in rows)
    return result
