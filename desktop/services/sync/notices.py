"""Clashes this office's values won: another office proposed other values, the server kept
ours, and that office decides on its side. Nothing was lost, but this office should know that
someone disagreed; the Sync page and ``diaspora-desk sync`` tell it."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import utcnow
from desktop.models.sync import SyncNotice
from desktop.services.sync.account import Account
from desktop.services.sync.codec import codec, format_timestamp
from desktop.services.sync.conflicts import entity_label, field_label, record_title
from desktop.services.sync.storage import immediate, load_rows, state_from_row, sync_connection
from sync.client import ServerError, SyncClient

log = logging.getLogger(__name__)

KEPT = 100
"""Notices kept on this desktop (the newest)."""


@dataclass(frozen=True)
class ClashWon:
    entity: str
    record_id: str
    what: str
    """The kind of record and its name, e.g. 'Association “Casa Moldovei”'."""
    fields: tuple[str, ...]
    """Field labels in the UI language."""
    by: str
    at: str


def fetch_clash_notices(db: Database, client: SyncClient, account: Account) -> int:
    """Fetch new notices from the server; returns how many arrived."""
    with sync_connection(db) as conn:
        row = conn.exec_driver_sql(
            "SELECT clash_since FROM sync_cursors WHERE server_url = ? AND username = ?",
            (account.server_url, account.username)).first()
        conn.rollback()
        since = int(row[0] or 0) if row else 0
        try:
            page = client.clashes(since)
        except ServerError as exc:  # an older server without the endpoint: nothing to tell
            log.info("No clash notices from the server: %s", exc)
            return 0
        if not page.clashes and page.next_since == since:
            return 0
        now = format_timestamp(utcnow())
        with immediate(conn):
            if page.clashes:
                conn.exec_driver_sql(
                    "INSERT INTO sync_notices (server_clash_id, entity, record_id, fields, by, "
                    "at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(c.id, c.entity, c.record_id, _json_list(c.fields), c.by, c.at, now)
                     for c in page.clashes])
                conn.exec_driver_sql(
                    "DELETE FROM sync_notices WHERE id NOT IN "
                    f"(SELECT id FROM sync_notices ORDER BY id DESC LIMIT {KEPT})")
            conn.exec_driver_sql(
                "UPDATE sync_cursors SET clash_since = ? WHERE server_url = ? AND username = ?",
                (page.next_since, account.server_url, account.username))
    return len(page.clashes)


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def recent_clashes_won(session: Session, limit: int = 20) -> list[ClashWon]:
    """The newest notices first, described for people."""
    notices = list(session.scalars(select(SyncNotice).order_by(SyncNotice.id.desc())
                                   .limit(limit)))
    conn = session.connection()
    out = []
    for notice in notices:
        title = notice.record_id
        try:
            raw = load_rows(conn, notice.entity, [notice.record_id]).get(notice.record_id)
            if raw is not None:
                fields = state_from_row(codec(notice.entity), raw).fields
                title = record_title(notice.entity, fields, notice.record_id)
        except KeyError:  # an entity this version does not know
            pass
        what = f"{entity_label(notice.entity)} “{title}”"
        labels = tuple(field_label(name) for name in (notice.fields or []))
        out.append(ClashWon(notice.entity, notice.record_id, what, labels, notice.by,
                            notice.at))
    return out
