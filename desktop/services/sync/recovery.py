"""Recovering after the server was restored from a backup: send again what the server lost.

After a restore the server holds an older state: records created after the backup are gone,
and others are back at an older version. Desktops still hold the newer state (their own edits
and what they pulled from others). During a *recovery pull* (the whole scope, from cursor 0)
each pulled record is compared with the local copy:

- the local copy has a newer version than the server's, and this desktop made one of the lost
  versions itself (``sync_own_versions``): the local state is kept and queued to be sent again
  with ``recover_version`` = the local version. The server merges it against the record as the
  backup had it (the common ancestor of everything since) and gives it a version at least
  that high, so versions keep growing across the restore;
- the local copy is newer but every lost version was made by other offices: the server's copy
  is taken; the office that made them sends them again on its own recovery, and they come back
  with the next pull (so what is sent again is always someone's own work, once);
- a pending local edit whose base version the server no longer has is rebased the same way
  (and sent with ``recover_version``);
- after the last page, local records the server never sent and that this desktop made
  (created after the backup) are queued as new records, within what this office may write.

See docs/SYNC_PROTOCOL.md, "Restored servers", for why this loses nothing and what it cannot
know.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from desktop.models import SYNCED_ENTITIES, new_id, utcnow
from desktop.services.sync.codec import codec, format_timestamp
from desktop.services.sync.storage import chunks, load_rows, state_from_row
from sync.client import WireRecord
from sync.merge import same

log = logging.getLogger(__name__)

SEEN_TABLE = "temp.sync_recovery_seen"


@dataclass(frozen=True)
class RecoveryPlan:
    epoch_seq: int
    """Pulled records with ``server_seq`` at most this came from the backup."""
    office_region: str
    """This office's region ("" for the bureau): records it may send again."""


def start_recovery(conn: Connection) -> None:
    """A fresh list of the records the recovery pull has seen (this connection only)."""
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {SEEN_TABLE} (entity TEXT, record_id TEXT, "
        "PRIMARY KEY (entity, record_id))")
    conn.exec_driver_sql(f"DELETE FROM {SEEN_TABLE}")


def note_seen(conn: Connection, entity: str, ids: Sequence[str]) -> None:
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO {SEEN_TABLE} VALUES (?, ?)",
                         [(entity, rid) for rid in ids])


def own_versions(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in chunks(list(ids)):
        marks = ", ".join("?" for _ in part)
        out.update((str(rid), int(version)) for rid, version in conn.exec_driver_sql(
            "SELECT record_id, version FROM sync_own_versions WHERE entity = ? AND record_id IN "
            f"({marks})", (entity, *part)))
    return out


def _made_a_lost_version(own: int | None, record: WireRecord, plan: RecoveryPlan) -> bool:
    """Did this desktop make a version the restored server no longer has?"""
    if own is None:
        return False
    if int(record["server_seq"]) <= plan.epoch_seq:  # the server's copy is the backup's
        return own > int(record["version"])
    return own >= int(record["version"])


def _queue(conn: Connection, entity: str,
           items: Sequence[tuple[str, int | None, int | None]]) -> None:
    """Outbox entries (record id, base version, recover version) for what is sent again."""
    now = format_timestamp(utcnow())
    conn.exec_driver_sql(
        "INSERT INTO outbox (change_id, entity, record_id, base_version, queued_at, changed_at, "
        "state, attempts, recover_version) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?) "
        "ON CONFLICT(entity, record_id) DO NOTHING",
        [(new_id(), entity, rid, base, now, now, recover) for rid, base, recover in items])


def keep_newer_local(conn: Connection, entity: str, records: Sequence[WireRecord],
                     plan: RecoveryPlan) -> set[str]:
    """Of pulled records without a pending edit, those whose local copy is newer than what the
    restored server holds: queued to be sent again, and not overwritten. Returns their ids."""
    c = codec(entity)
    ids = [r["record_id"] for r in records]
    local = load_rows(conn, entity, ids)
    own = own_versions(conn, entity, ids)
    keep: list[tuple[str, int | None, int | None]] = []
    for record in records:
        rid = record["record_id"]
        raw = local.get(rid)
        if raw is None or raw[4] is None or record.get("removed"):
            continue
        if int(raw[4]) <= int(record["version"]):
            continue
        if not _made_a_lost_version(own.get(rid), record, plan):
            continue
        mine = state_from_row(c, raw)
        if (mine.region_code == record["region_code"]
                and (mine.deleted_at is None) == (record["deleted_at"] is None)
                and same(mine.fields, record["fields"])):
            continue
        keep.append((rid, int(record["version"]), int(raw[4])))
    if keep:
        _queue(conn, entity, keep)
    return {rid for rid, _base, _recover in keep}


def rebase_pending(conn: Connection, entity: str, records: Sequence[WireRecord],
                   plan: RecoveryPlan) -> None:
    """Pending local edits whose base version the restored server no longer has: they are
    sent with ``recover_version`` (merged against the backup's version on the server)."""
    updates: list[tuple[int, int, str, str]] = []
    by_id = {r["record_id"]: r for r in records if not r.get("removed")}
    for part in chunks(list(by_id)):
        marks = ", ".join("?" for _ in part)
        rows = conn.exec_driver_sql(
            f"SELECT record_id, base_version FROM outbox WHERE entity = ? AND record_id IN "
            f"({marks}) AND base_version IS NOT NULL", (entity, *part))
        for rid, base in rows:
            record = by_id[rid]
            if int(base) > int(record["version"]):
                updates.append((int(record["version"]), int(base), entity, rid))
    if updates:
        conn.exec_driver_sql(
            "UPDATE outbox SET base_version = ?, recover_version = ? "
            "WHERE entity = ? AND record_id = ?", updates)


def queue_unseen(conn: Connection, plan: RecoveryPlan) -> int:
    """After the last page: records this desktop made that the server no longer has at all
    (created after the backup), within this office's scope, are queued as new records (a
    pending edit of one is sent as the new record)."""
    queued = 0
    for entity, cls in SYNCED_ENTITIES.items():
        table = cls.__tablename__
        scope = ""
        params: tuple[str, ...] = (entity, entity)
        if plan.office_region:
            scope = " AND t.region_code = ?"
            params = (entity, entity, plan.office_region)
        found = conn.exec_driver_sql(
            f'SELECT t.id, t.version FROM "{table}" t JOIN sync_own_versions o '
            "ON o.entity = ? AND o.record_id = t.id WHERE t.version IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {SEEN_TABLE} s WHERE s.entity = ? AND s.record_id = t.id)"
            f"{scope}", params).all()
        if not found:
            continue
        ids = [str(rid) for rid, _version in found]
        for part in chunks(ids):
            marks = ", ".join("?" for _ in part)
            conn.exec_driver_sql(
                "UPDATE outbox SET base_version = NULL, recover_version = NULL "
                f"WHERE entity = ? AND record_id IN ({marks})", (entity, *part))
        _queue(conn, entity, [(str(rid), None, int(version)) for rid, version in found])
        queued += len(ids)
    if queued:
        log.info("Recovery: %d records the restored server no longer had are queued", queued)
    return queued
