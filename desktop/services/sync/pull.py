"""Pull: apply the server's pages of records, each page and its cursor in one transaction.

Applying a page is all or nothing, together with the cursor that ends it, so a sync killed at
any moment resumes after the last saved page instead of starting over. The next page is
downloaded while the current one is written (the server and SQLite work at the same time),
which is what makes a first sync of 100,000 records take seconds.

Rules per pulled record:

- no local edit pending: the server's state is written (insert or update; a tombstone is just a
  state with ``deleted_at`` set, so deletes arrive as soft deletes);
- a local edit pending: the local record is *not* touched; the server's state is kept aside in
  ``sync_remote_records`` for the conflict dialog and for "discard my change". When the local
  state already equals the server's, the edit is moot: the record is taken and the entry
  dropped (two offices pre-filling the same regions end up here);
- ``removed`` (the record left this user's scope on the server): the local copy is deleted for
  good. This is a hard delete on purpose, and it bypasses the ORM's hard-delete guard on
  purpose: the guard exists so that a *local* deletion becomes a tombstone that syncs, whereas
  here nothing must sync — the server told us the record is no longer ours to keep, and a stale
  copy of another region's person is exactly what scoping must prevent. A removed record that
  still has a local edit pending is kept with its edit (the next push is refused with the
  server's reason and the user decides), because nothing typed is dropped silently.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from desktop.db import Database
from desktop.models import SYNCED_ENTITIES, utcnow
from desktop.services.i18n import translate
from desktop.services.progress import Progress
from desktop.services.sync.codec import BadValue, codec, format_timestamp
from desktop.services.sync.recovery import (
    RecoveryPlan,
    keep_newer_local,
    note_seen,
    queue_unseen,
    rebase_pending,
    start_recovery,
)
from desktop.services.sync.storage import (
    chunks,
    delete_rows,
    forget_record_state,
    immediate,
    load_rows,
    outbox_keys,
    refresh_conflict_theirs,
    save_remote_copy,
    state_from_row,
    sync_connection,
    upsert_rows,
)
from sync.client import Offline, PullPage, SyncClient, WireRecord
from sync.merge import same
from sync.protocol import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT

log = logging.getLogger(__name__)


@dataclass
class PullStats:
    received: int = 0
    written: int = 0
    removed: int = 0
    kept_local: int = 0
    """Records with a local edit pending: their server state was set aside, not applied."""
    skipped: int = 0
    """Records of an entity this version does not know, or with values that do not fit."""
    pages: int = 0
    since: int = 0
    unchanged: int = 0
    """Records already in step locally (this desktop's own pushed changes coming back)."""
    skipped_entities: set[str] = field(default_factory=set)


def cursor_since(conn: Connection, server_url: str, username: str) -> int:
    row = conn.exec_driver_sql(
        "SELECT since FROM sync_cursors WHERE server_url = ? AND username = ?",
        (server_url, username)).first()
    return int(row[0]) if row else 0


def _save_cursor(conn: Connection, server_url: str, username: str, since: int,
                 complete: bool) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_cursors (server_url, username, since, scope_complete) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(server_url, username) DO UPDATE SET "
        "since = excluded.since, "
        "scope_complete = MAX(sync_cursors.scope_complete, excluded.scope_complete)",
        (server_url, username, since, complete))


def apply_page(conn: Connection, page: PullPage, server_url: str, username: str,
               stats: PullStats, skip_known: bool = False,
               recovery: RecoveryPlan | None = None) -> None:
    """Write one page and its cursor in one transaction (see the module's rules).

    With ``skip_known``, records whose local copy already has the pulled version are not
    rewritten: after a push, the pull brings this desktop's own changes back, and a version
    number names one server state exactly.

    With ``recovery`` (the server was restored from a backup), local copies newer than the
    server's are kept and queued to be sent again (:mod:`desktop.services.sync.recovery`).
    """
    now = format_timestamp(utcnow())
    records = page["records"]
    with immediate(conn):
        by_entity: dict[str, list[WireRecord]] = {}
        for record in records:
            entity = record["entity"]
            if entity not in SYNCED_ENTITIES:
                stats.skipped += 1
                stats.skipped_entities.add(entity)
                continue
            by_entity.setdefault(entity, []).append(record)
        has_outbox = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM outbox)").scalar()
        pending = outbox_keys(conn, ((r["entity"], r["record_id"]) for r in records
                                     if r["entity"] in by_entity)) if has_outbox else {}
        for entity, group in by_entity.items():
            row_of = codec(entity).row
            rows = []
            removals = []
            held: list[WireRecord] = []
            known = (local_versions(conn, entity, [r["record_id"] for r in group])
                     if skip_known and recovery is None else {})
            resent: set[str] = set()
            if recovery is not None:
                note_seen(conn, entity, [r["record_id"] for r in group])
                mine = [r for r in group if (entity, r["record_id"]) in pending]
                rebase_pending(conn, entity, mine, recovery)
                resent = keep_newer_local(
                    conn, entity, [r for r in group if (entity, r["record_id"]) not in pending],
                    recovery)
            for record in group:
                record_id = record["record_id"]
                if record_id in resent:
                    stats.kept_local += 1
                elif pending and (entity, record_id) in pending:
                    held.append(record)
                elif record.get("removed"):
                    removals.append(record_id)
                elif known and known.get(record_id) == record["version"]:
                    stats.unchanged += 1
                else:
                    try:
                        rows.append(row_of(
                            record_id, record["region_code"], record["created_at"],
                            record["updated_at"], record["version"], record["deleted_at"],
                            record["fields"]))
                    except BadValue as exc:
                        log.warning("Skipped pulled %s %s: %s", entity, record_id, exc)
                        stats.skipped += 1
            if held:
                rows.extend(_hold(conn, entity, held, pending, now, stats))
            upsert_rows(conn, entity, rows)
            delete_rows(conn, entity, removals)
            stats.written += len(rows)
            stats.removed += len(removals)
        _save_cursor(conn, server_url, username, page["next_since"], not page["has_more"])
    stats.received += len(records)
    stats.pages += 1
    stats.since = page["next_since"]


def _hold(conn: Connection, entity: str, records: list[WireRecord],
          pending: dict[tuple[str, str], tuple[int, str, str]], now: str,
          stats: PullStats) -> list[tuple[object, ...]]:
    """Records with a local edit: set the server state aside, unless the edit is moot."""
    c = codec(entity)
    local = load_rows(conn, entity, [r["record_id"] for r in records])
    take = []
    for record in records:
        record_id = record["record_id"]
        removed = bool(record.get("removed"))
        raw = local.get(record_id)
        _seq, _change_id, state = pending[(entity, record_id)]
        if raw is not None and not removed and state == "pending":
            mine = state_from_row(c, raw)
            try:
                theirs_row = c.row_from_record(
                    record_id, record["region_code"], record["created_at"],
                    record["updated_at"], record["version"], record["deleted_at"],
                    record["fields"])
            except BadValue:
                theirs_row = None
            if (theirs_row is not None and mine.region_code == record["region_code"]
                    and (mine.deleted_at is None) == (record["deleted_at"] is None)
                    and same(mine.fields, state_from_row(c, theirs_row).fields)):
                forget_record_state(conn, entity, record_id)
                take.append(theirs_row)
                continue
        save_remote_copy(conn, entity, record, now)
        if state == "conflict" and not removed:
            refresh_conflict_theirs(conn, entity, record)
        stats.kept_local += 1
    return take


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while pages are parsed and written.

    A page is some 150,000 small dicts, lists and strings; each few hundred allocations the
    collector would walk every live object of the app, which nearly doubles the time to parse a
    first sync. Pulled data holds no reference cycles (plain JSON values, freed by reference
    counting as each page is written), so nothing accumulates while the collector rests.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


MIN_PULL_LIMIT = 50
"""The smallest page asked for on a failing link (a few dozen kilobytes)."""
SHRINKS = 6
"""Failed pages in a row, each retried smaller, before the sync stops as offline."""
FAST_PAGE_S = 2.0
"""A page that arrived in less time than this lets the next one be twice as large."""


class PageSize:
    """Adaptive pull page size: large on a good link (fast first syncs), small on a link that
    drops every few megabytes (each attempt still saves pages, instead of restarting one big
    page forever). Starts at a fifth of the maximum and doubles while pages come quickly."""

    def __init__(self, maximum: int) -> None:
        self.maximum = max(MIN_PULL_LIMIT, maximum)
        self.limit = max(MIN_PULL_LIMIT, min(self.maximum, DEFAULT_PULL_LIMIT))
        self.failures = 0

    def grow(self, seconds: float) -> None:
        self.failures = 0
        if seconds < FAST_PAGE_S:
            self.limit = min(self.maximum, self.limit * 2)

    def shrink(self) -> bool:
        """After a failed page: False when it is time to give up."""
        self.failures += 1
        if self.failures > SHRINKS:
            return False
        self.limit = max(MIN_PULL_LIMIT, self.limit // 4)
        return True


def pull_all(
    db: Database,
    client: SyncClient,
    server_url: str,
    username: str,
    progress: Progress,
    limit: int = MAX_PULL_LIMIT,
    on_page: Callable[[PullStats], None] | None = None,
    recovery: RecoveryPlan | None = None,
) -> PullStats:
    """Pull every page after the stored cursor; each page commits with its cursor.

    The next page is fetched in a helper thread while this one is written. Cancel takes effect
    between pages: what was written stays written, and the next sync continues from there.
    Page sizes adapt to the link (:class:`PageSize`).
    """
    stats = PullStats()
    with _no_cyclic_gc(), sync_connection(db, foreign_keys=False, bulk=True) as conn, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
        since = cursor_since(conn, server_url, username)
        conn.rollback()
        if recovery is not None:
            start_recovery(conn)
            conn.commit()
        stats.since = since
        pages = PageSize(limit)
        requested = since
        submitted = time.monotonic()
        future: Future[PullPage] | None = pool.submit(client.pull, since, pages.limit)
        try:
            while future is not None:
                try:
                    page = future.result()
                except Offline:
                    # The link dropped inside a page: ask again for a smaller one from the
                    # same cursor, so that every attempt on a poor link saves something.
                    if not pages.shrink():
                        raise
                    log.info("Pull page from %s failed; retrying with %d records",
                             requested, pages.limit)
                    submitted = time.monotonic()
                    future = pool.submit(client.pull, requested, pages.limit)
                    continue
                pages.grow(time.monotonic() - submitted)
                future = None
                progress.check()
                if page["has_more"]:
                    requested = page["next_since"]
                    submitted = time.monotonic()
                    future = pool.submit(client.pull, requested, pages.limit)
                apply_page(conn, page, server_url, username, stats, skip_known=since > 0,
                           recovery=recovery)
                progress.report(stats.received, 0, translate(
                    "Sync", "Received {count} records").format(count=stats.received))
                if on_page is not None:
                    on_page(stats)
                if not page["has_more"]:
                    if recovery is not None:
                        with immediate(conn):
                            queue_unseen(conn, recovery)
                    break
        finally:
            if future is not None:
                future.cancel()
                # The page that was not applied: its error, if any, is moot now.
                with contextlib.suppress(Exception):
                    future.result()
    if stats.skipped_entities:
        log.warning("Pulled records of entities this version does not know: %s",
                    ", ".join(sorted(stats.skipped_entities)))
    return stats


def local_versions(conn: Connection, entity: str, ids: list[str]) -> dict[str, int | None]:
    table = codec(entity).table
    out: dict[str, int | None] = {}
    for part in chunks(ids):
        marks = ", ".join("?" for _ in part)
        out.update(conn.exec_driver_sql(
            f'SELECT id, version FROM "{table}" WHERE id IN ({marks})', tuple(part)).all())
    return out


def local_version(db: Database, entity: str, record_id: str) -> int | None:
    """The server version a local record was last in step with (tests and diagnostics)."""
    with db.engine.connect() as conn:
        row = load_rows(conn, entity, [record_id]).get(record_id)
    return None if row is None else row[4]
