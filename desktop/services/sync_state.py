"""A record's sync state as lists show it: synced, pending (waiting to be pushed) or conflict."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import OutboxEntry

SYNCED = "synced"
PENDING = "pending"
CONFLICT = "conflict"


def sync_states(session: Session, entity: str, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Record id -> ``pending`` or ``conflict`` for records with an outbox entry.

    Records missing from the result are synced. With ``ids`` None, every entry of the entity is
    returned (one query, cheap even for 100,000 rows).
    """
    query = select(OutboxEntry.record_id, OutboxEntry.state).where(OutboxEntry.entity == entity)
    if ids is not None:
        wanted = list(ids)
        result: dict[str, str] = {}
        for start in range(0, len(wanted), 900):  # SQLite's bound-parameter limit
            chunk = wanted[start:start + 900]
            rows = session.execute(query.where(OutboxEntry.record_id.in_(chunk)))
            result.update({rid: state for rid, state in rows})
        return result
    return {rid: state for rid, state in session.execute(query)}


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
