"""What the Sync page and the CLI show: pending changes, conflicts, refusals, last sync."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import OutboxEntry
from desktop.models.sync import SyncCursor
from desktop.services.sync.account import Account


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    """Local changes waiting to be pushed (refused ones included: they are still kept)."""
    conflicts: int
    refused: int
    last_sync_at: dt.datetime | None
    scope_complete: bool


def sync_status(session: Session, account: Account | None) -> SyncStatus:
    counts = dict(session.execute(
        select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).all())
    refused = int(session.scalar(
        select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.state == "pending", OutboxEntry.last_error.is_not(None))) or 0)
    cursor = None
    if account is not None and account.configured:
        cursor = session.scalar(select(SyncCursor).where(
            SyncCursor.server_url == account.server_url,
            SyncCursor.username == account.username))
    return SyncStatus(
        pending=int(counts.get("pending", 0)),
        conflicts=int(counts.get("conflict", 0)),
        refused=refused,
        last_sync_at=cursor.last_sync_at if cursor else None,
        scope_complete=bool(cursor.scope_complete) if cursor else False,
    )
