"""One whole sync: push the outbox first, then pull everything new, then note the time.

Before anything is sent, the server is identified (``/health``): a database syncs with one
server only, and a server restored from a backup is recovered from first (the whole scope is
pulled and what the server lost is queued again, then pushed), see
:mod:`desktop.services.sync.identity` and :mod:`desktop.services.sync.recovery`.

Push before pull (as the protocol says): the server then merges this desktop's edits before it
hands out the new state, and the pull does not have to hold back records that were just pushed.
An expired login stops the sync at once and keeps the outbox; a kept password (no-keyring
session, or one an administrator stored) logs in again silently, once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.db import Database
from desktop.models import utcnow
from desktop.services.meta import device_id, get_office
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.secrets import SecretStore, secret_store
from desktop.services.sync.account import (
    Account,
    drop_tokens,
    open_client,
    relogin_with_kept_password,
)
from desktop.services.sync.codec import format_timestamp
from desktop.services.sync.identity import (
    ServerCheck,
    check_server,
    finish_recovery,
    remember_epoch,
)
from desktop.services.sync.notices import fetch_clash_notices
from desktop.services.sync.pull import PullStats, pull_all
from desktop.services.sync.push import PushStats, push_outbox
from desktop.services.sync.recovery import RecoveryPlan
from desktop.services.sync.status import SyncStatus, sync_status
from desktop.services.sync.storage import immediate, sync_connection
from sync.client import AuthExpired, SyncClient


@dataclass
class SyncReport:
    push: PushStats
    pull: PullStats
    status: SyncStatus
    """Pending changes, open conflicts and refused changes after this sync."""
    finished_at: dt.datetime
    clashes_won: int = 0
    """New clashes this office's values won (another office proposed other values)."""


def local_device_id(db: Database) -> str:
    with db.transaction() as session:
        return device_id(session)


def _office_region(db: Database) -> str:
    with db.sessions() as session:
        office = get_office(session)
    return office.region_code if office is not None else ""


def _note_finished(db: Database, account: Account, when: dt.datetime) -> None:
    with sync_connection(db) as conn, immediate(conn):
        conn.exec_driver_sql(
            "INSERT INTO sync_cursors (server_url, username, since, scope_complete, "
            "last_sync_at) VALUES (?, ?, 0, 0, ?) ON CONFLICT(server_url, username) "
            "DO UPDATE SET last_sync_at = excluded.last_sync_at",
            (account.server_url, account.username, format_timestamp(when)))


def run_sync(
    db: Database,
    account: Account,
    progress: Progress = NO_PROGRESS,
    *,
    store: SecretStore | None = None,
    password: str | None = None,
    client: SyncClient | None = None,
) -> SyncReport:
    """Push, then pull. Raises the client's typed errors (Offline, AuthExpired, …) or
    :class:`~desktop.services.sync.account.LoginRequired`; what was done before an error
    stays done (each batch and page commits on its own)."""
    store = store or secret_store()
    device = local_device_id(db)
    own_client = client is None
    if client is None:
        client = open_client(account, store, password, device)
    try:
        health = client.health()
        check = check_server(db, account, health)
        for attempt in range(2):
            try:
                if check.recovering:
                    pull_all(db, client, account.server_url, account.username, progress,
                             recovery=RecoveryPlan(check.epoch_seq, _office_region(db)))
                    finish_recovery(db, health)
                    check = ServerCheck(False, check.epoch_seq)
                pushed = push_outbox(db, client, device, progress)
                pulled = pull_all(db, client, account.server_url, account.username, progress)
                remember_epoch(db, account, health)
                won = fetch_clash_notices(db, client, account)
                break
            except AuthExpired:
                if attempt == 0 and relogin_with_kept_password(client, account, store, device):
                    continue
                drop_tokens(account, store)
                raise
        finished = utcnow()
        _note_finished(db, account, finished)
        with db.sessions() as session:
            status = sync_status(session, account)
        return SyncReport(pushed, pulled, status, finished, won)
    finally:
        if own_client:
            client.close()
