"""The history of registry records: who changed what, and when.

Every service that changes a status, a consent, a link or deletes/restores a record writes an
entry here in the same transaction, so the history can never disagree with the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import SyncedRecord, utcnow
from desktop.models.registry import RecordHistory
from desktop.services.bulk import insert_records
from desktop.services.i18n import translate


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    by: str
    action: str
    details: dict[str, Any]


def add_entry(
    session: Session,
    record: SyncedRecord,
    action: str,
    by: str,
    details: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> RecordHistory:
    """Record ``action`` on ``record`` (flushed with the caller's transaction)."""
    entry = RecordHistory(
        entity=type(record).__entity__,
        record_id=record.id,
        region_code=record.region_code,
        action=action,
        at=at or utcnow(),
        by=by,
        details=dict(details or {}),
    )
    session.add(entry)
    return entry


def add_entries(
    session: Session,
    entity: str,
    items: Iterable[tuple[str, str | None, Mapping[str, Any]]],
    action: str,
    by: str,
    at: dt.datetime | None = None,
) -> int:
    """Many entries at once (bulk status changes): ``items`` are (record id, region, details)."""
    when = at or utcnow()
    rows = [
        {"entity": entity, "record_id": record_id, "region_code": region, "action": action,
         "at": when, "by": by, "details": dict(details)}
        for record_id, region, details in items
    ]
    insert_records(session, RecordHistory, rows)
    return len(rows)


def history_of(session: Session, entity: str, record_id: str) -> list[HistoryEntry]:
    """A record's history, newest first."""
    query = (
        select(RecordHistory.at, RecordHistory.by, RecordHistory.action, RecordHistory.details)
        .where(RecordHistory.entity == entity, RecordHistory.record_id == record_id,
               RecordHistory.deleted_at.is_(None))
        .order_by(RecordHistory.at.desc())
    )
    return [HistoryEntry(at, by, action, dict(details or {}))
            for at, by, action, details in session.execute(query).all()]


def action_label(action: str) -> str:
    """How a history action reads in the UI language."""
    labels = {
        "created": translate("History", "Created"),
        "updated": translate("History", "Edited"),
        "status_changed": translate("History", "Status changed"),
        "deleted": translate("History", "Deleted"),
        "restored": translate("History", "Restored"),
        "linked": translate("History", "Link added"),
        "unlinked": translate("History", "Link removed"),
        "consent_recorded": translate("History", "Consent to publish recorded"),
        "consent_withdrawn": translate("History", "Consent to publish withdrawn"),
        "listed_on_flyers": translate("History", "Listed on flyers"),
        "unlisted_from_flyers": translate("History", "Taken off flyers"),
        "merged": translate("History", "Merged"),
    }
    return labels.get(action, action)
