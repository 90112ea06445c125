"""Which server this database syncs with, and whether that server was restored from a backup.

A database is kept in step with one server: the server's ``server_id`` (``/health``) is stored
the first time, and a different server is refused with a message instead of mixing two
servers' records and cursors in one file. The pull cursor belongs to the server, not to the
address typed: reaching the same server under a new address keeps the cursor.

The server's ``epoch`` changes when its database is restored from a backup; a cursor beyond the
server's newest ``server_seq`` means the same, for a restore made by hand. Either way the
server may have lost records and edits this desktop already sent, so the next sync *recovers*:
it downloads everything again, and for each record that the server no longer has in the state
this desktop holds, queues this desktop's copy to be sent again (see
:mod:`desktop.services.sync.recovery`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

from desktop.db import Database
from desktop.services.i18n import translate
from desktop.services.sync.account import Account
from desktop.services.sync.storage import immediate, sync_connection
from sync.protocol import Health

BOUND_SERVER = "sync_server_id"
"""local_meta key: the ``server_id`` of the server this database syncs with."""
RECOVERING = "sync_recovering_epoch"
"""local_meta key: set while a recovery after a server restore is under way (its epoch)."""


class DifferentServer(Exception):
    """The server is not the one this database syncs with; the message is for the user."""


@dataclass(frozen=True)
class ServerCheck:
    recovering: bool
    """The server was restored (or a recovery was interrupted): recover before pushing."""
    epoch_seq: int
    """Records whose ``server_seq`` is at most this were restored from the backup; above it,
    they changed on the server after the restore."""


def _meta(conn: Connection, key: str) -> str:
    row = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (key,)).first()
    return str(row[0]) if row and row[0] else ""


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO local_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def check_server(db: Database, account: Account, health: Health) -> ServerCheck:
    """Bind this database to the server on first contact, refuse another server, move the
    cursor to a new address of the same server, and tell whether a recovery is due."""
    server_id = health.server_id or ""
    epoch = health.epoch or ""
    if not server_id:  # a server too old to say who it is: nothing to check
        return ServerCheck(False, 0)
    with sync_connection(db) as conn, immediate(conn):
        bound = _meta(conn, BOUND_SERVER)
        if bound and bound != server_id:
            raise DifferentServer(translate(
                "Sync", "{server} is not the server this computer's data is kept in step with. "
                "Nothing was sent or received. To work with {server}, start Diaspora Desk with "
                "a new data folder; to go on with your data, use the address of your usual "
                "server.").format(server=account.server_url))
        if not bound:
            _set_meta(conn, BOUND_SERVER, server_id)
        # The cursor row of this server and user, wherever it was reached before.
        rows = conn.exec_driver_sql(
            "SELECT id, server_url, server_id, since, epoch FROM sync_cursors "
            "WHERE username = ? AND (server_id = ? OR (server_id IS NULL AND server_url = ?)) "
            "ORDER BY since DESC", (account.username, server_id, account.server_url)).all()
        since, cursor_epoch = 0, ""
        if rows:
            keep = rows[0]
            since, cursor_epoch = int(keep[3] or 0), str(keep[4] or "")
            others = [row[0] for row in rows[1:]]
            conn.exec_driver_sql(
                "DELETE FROM sync_cursors WHERE username = ? AND server_url = ? AND id != ?",
                (account.username, account.server_url, keep[0]))
            for other in others:
                conn.exec_driver_sql("DELETE FROM sync_cursors WHERE id = ?", (other,))
            conn.exec_driver_sql(
                "UPDATE sync_cursors SET server_url = ?, server_id = ? WHERE id = ?",
                (account.server_url, server_id, keep[0]))
        recovering = bool(_meta(conn, RECOVERING))
        restored = bool(cursor_epoch and epoch and cursor_epoch != epoch) or (
            since > 0 and health.last_seq is not None and since > health.last_seq)
        if restored and not recovering:
            _set_meta(conn, RECOVERING, epoch or "restored")
            recovering = True
        if recovering:
            conn.exec_driver_sql(
                "UPDATE sync_cursors SET since = 0, scope_complete = 0 WHERE server_id = ?",
                (server_id,))
        elif rows and not cursor_epoch and epoch:
            conn.exec_driver_sql("UPDATE sync_cursors SET epoch = ? WHERE server_id = ?",
                                 (epoch, server_id))
    return ServerCheck(recovering, int(health.epoch_seq or 0))


def finish_recovery(db: Database, health: Health) -> None:
    """The recovery pull reached the end: remember the new epoch, stop recovering."""
    with sync_connection(db) as conn, immediate(conn):
        conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (RECOVERING,))
        conn.exec_driver_sql("UPDATE sync_cursors SET epoch = ? WHERE server_id = ?",
                             (health.epoch, health.server_id))


def remember_epoch(db: Database, account: Account, health: Health) -> None:
    """After a sync: the cursor row (made by the first pull) carries the server's epoch."""
    if not health.server_id:
        return
    with sync_connection(db) as conn, immediate(conn):
        conn.exec_driver_sql(
            "UPDATE sync_cursors SET server_id = ?, epoch = COALESCE(epoch, ?) "
            "WHERE server_url = ? AND username = ? AND (server_id IS NULL OR epoch IS NULL)",
            (health.server_id, health.epoch, account.server_url, account.username))
