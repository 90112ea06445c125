"""Who this server is (``server_id``) and which life of its database this is (``epoch``).

The desktop keeps its pull cursor per ``server_id``, so typing another address of the same
server keeps the cursor, and a database that syncs with one server is never mixed with another.
``epoch`` changes when the database is restored from a backup (``diaspora-desk-server restore``
calls :func:`new_epoch`): desktops that see a new epoch know the server may have lost records
and edits they already sent, and send them again (see docs/SYNC_PROTOCOL.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from sync.server import models


@dataclass(frozen=True)
class ServerIdentity:
    server_id: str
    epoch: str
    last_seq: int
    epoch_seq: int
    """``last_seq`` when this epoch began: records above it changed after the restore."""


def read_identity(conn: Connection) -> ServerIdentity:
    meta = dict(conn.execute(select(models.server_meta.c.key, models.server_meta.c.value)).all())
    last_seq = conn.execute(
        select(models.counter.c.last_seq).where(models.counter.c.id == 1)).scalar()
    return ServerIdentity(str(meta.get("server_id", "")), str(meta.get("epoch", "")),
                          int(last_seq or 0), int(meta.get("epoch_seq") or 0))


def new_epoch(conn: Connection) -> str:
    """Start a new epoch (call it on the restored database); returns it."""
    epoch = str(uuid.uuid4())
    last_seq = conn.execute(
        select(models.counter.c.last_seq).where(models.counter.c.id == 1)).scalar()
    table = models.server_meta
    for key, value in (("epoch", epoch), ("epoch_seq", str(int(last_seq or 0)))):
        if conn.execute(update(table).where(table.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(insert(table).values(key=key, value=value))
    return epoch
