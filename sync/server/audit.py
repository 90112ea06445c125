"""The administrators' audit log: who did what to accounts and sessions, when, from where.

Security-relevant events are appended to the ``audit_log`` table in the same transaction as the
change they describe (a rolled-back change leaves no entry): sign-ins, failed sign-ins, locks,
account changes, token revocations (sign-outs, reused refresh tokens) and erasures of personal
data. ``diaspora-desk-server audit [--since DATE]`` prints it. Entries never hold passwords,
tokens or record field values.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from sync.protocol import format_timestamp
from sync.server import models
from sync.server.clock import utcnow

LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOCKED = "locked"
LOGOUT = "logout"
USER_CREATED = "user_created"
USER_CHANGED = "user_changed"
TOKENS_REVOKED = "tokens_revoked"
REFRESH_REUSED = "refresh_reused"
ERASURE = "erasure"
RESTORED = "restored"


@dataclass(frozen=True)
class Actor:
    """Who acts, and from where: a signed-in user and their client address, or a local
    administrator at the command line."""

    name: str
    address: str

    @classmethod
    def command_line(cls) -> Actor:
        try:
            account = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (containers)
            account = "?"
        return cls(f"{account} (command line)", "local")


@dataclass(frozen=True)
class AuditEntry:
    at: str
    action: str
    actor: str | None
    target: str | None
    address: str | None
    detail: str | None


def record(conn: Connection, action: str, *, actor: str | None, address: str | None,
           target: str | None = None, detail: str | None = None) -> None:
    """Append one entry (inside the caller's transaction)."""
    conn.execute(insert(models.audit_log).values(
        at=format_timestamp(utcnow()), action=action, actor=(actor or None) and actor[:150],
        target=target[:200] if target else None, address=address[:64] if address else None,
        detail=detail,
    ))


def record_by(conn: Connection, actor: Actor, action: str, target: str | None = None,
              detail: str | None = None) -> None:
    record(conn, action, actor=actor.name, address=actor.address, target=target, detail=detail)


def entries(conn: Connection, since: dt.datetime | None = None) -> list[AuditEntry]:
    """Entries in time order, from ``since`` (aware) on when given."""
    a = models.audit_log
    query = select(a.c.at, a.c.action, a.c.actor, a.c.target, a.c.address, a.c.detail)
    if since is not None:
        query = query.where(a.c.at >= format_timestamp(since))
    rows = conn.execute(query.order_by(a.c.at, a.c.id))
    return [AuditEntry(r.at, r.action, r.actor, r.target, r.address, r.detail) for r in rows]
