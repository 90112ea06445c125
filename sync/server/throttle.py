"""Sign-in throttling that holds under concurrency: count first, then check the password.

Every sign-in attempt is counted on two rows of ``login_throttle`` — ``user:<name>`` and
``addr:<client address>`` — in one short write transaction that locks both rows (``SELECT … FOR
UPDATE`` in key order on PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite) and decides there whether the
attempt may go on to the (slow) password check. Parallel guesses therefore take turns on the
counter, and at most ``lock_after`` passwords of one name (``address_lock_after`` from one
address) are ever checked per lock period, however many requests arrive at once. A checked
attempt that succeeds gives its count back; one that fails keeps it, and locks the name when it
was the last one allowed.

A row whose last attempt is older than ``lock_seconds`` starts again from zero, as does one whose
lock has ended. Refusals while locked are not counted (they do not extend the lock), so a
guesser can keep a name locked but never longer than they keep guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sync.protocol import format_timestamp
from sync.server import models
from sync.server.config import ServerSettings

LockScope = Literal["user", "address"]


@dataclass(frozen=True)
class Lock:
    scope: LockScope
    seconds: float
    new: bool
    """True when this attempt set the lock (worth an audit entry); False when it was in force."""


@dataclass(frozen=True)
class Attempt:
    user_count: int
    """Attempts of this name in the current period, this one included."""
    address_count: int
    lock: Lock | None
    """Set when the attempt is refused without checking the password."""


def user_key(name: str) -> str:
    return f"user:{name}"[:200]


def address_key(address: str) -> str:
    return f"addr:{address or '?'}"[:200]


def _ts(value: dt.datetime) -> str:
    return format_timestamp(value)


def _insert_missing(conn: Connection, rows: list[dict[str, Any]]) -> None:
    table = models.login_throttle
    if conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(table).on_conflict_do_nothing(), rows)
    elif conn.dialect.name == "sqlite":
        conn.execute(sqlite.insert(table).on_conflict_do_nothing(), rows)
    else:  # pragma: no cover - other databases are not supported
        conn.execute(insert(table), rows)


def count_attempt(conn: Connection, settings: ServerSettings, name: str, address: str,
                  now: dt.datetime) -> Attempt:
    """Count one attempt for ``name`` from ``address`` and decide whether it may be checked.

    Must run in a write transaction (:func:`sync.server.db.writer`); commit it before checking
    the password, so that the count is visible to every parallel attempt.
    """
    table = models.login_throttle
    keys = sorted({user_key(name), address_key(address)})
    _insert_missing(conn, [{"key": k, "failures": 0, "last_failure_at": _ts(now),
                            "locked_until": None, "last_address": address[:64]} for k in keys])
    rows = {row.key: row for row in conn.execute(
        select(table).where(table.c.key.in_(keys)).order_by(table.c.key).with_for_update()
    )}
    stamp, forget_before = _ts(now), _ts(now - dt.timedelta(seconds=settings.lock_seconds))
    limits = {user_key(name): ("user", settings.lock_after),
              address_key(address): ("address", settings.address_lock_after)}
    # A lock in force refuses the attempt, uncounted. The name's lock is reported first.
    for key in (user_key(name), address_key(address)):
        row = rows[key]
        if row.locked_until is not None and row.locked_until > stamp:
            remaining = (dt.datetime.fromisoformat(row.locked_until) - now).total_seconds()
            return Attempt(0, 0, Lock(limits[key][0], remaining, new=False))  # type: ignore[arg-type]
    counts: dict[str, int] = {}
    lock: Lock | None = None
    for key in keys:
        row = rows[key]
        fresh = row.locked_until is not None or row.last_failure_at < forget_before
        count = 1 if fresh else int(row.failures) + 1
        scope, limit = limits[key]
        values: dict[str, Any] = {"failures": count, "last_failure_at": stamp,
                                  "locked_until": None, "last_address": address[:64]}
        if count > limit:
            values.update(failures=0, locked_until=_ts(
                now + dt.timedelta(seconds=settings.lock_seconds)))
            if lock is None or scope == "user":
                lock = Lock(scope, float(settings.lock_seconds), new=True)  # type: ignore[arg-type]
        conn.execute(update(table).where(table.c.key == key).values(**values))
        counts[key] = count
    return Attempt(counts[user_key(name)], counts[address_key(address)], lock)


def settle_failure(conn: Connection, settings: ServerSettings, name: str, address: str,
                   attempt: Attempt, now: dt.datetime) -> Lock | None:
    """After a wrong password: lock the name (or address) whose last allowed attempt this was."""
    table = models.login_throttle
    lock: Lock | None = None
    until = _ts(now + dt.timedelta(seconds=settings.lock_seconds))
    for key, scope, count, limit in (
        (address_key(address), "address", attempt.address_count, settings.address_lock_after),
        (user_key(name), "user", attempt.user_count, settings.lock_after),
    ):
        if count >= limit:
            conn.execute(update(table).where(table.c.key == key)
                         .values(failures=0, locked_until=until, last_failure_at=_ts(now)))
            lock = Lock(scope, float(settings.lock_seconds), new=True)  # type: ignore[arg-type]
    return lock


def settle_success(conn: Connection, settings: ServerSettings, name: str, address: str,
                   now: dt.datetime) -> None:
    """After a right password: the name's count starts again (a lock set meanwhile by parallel
    attempts stays), the address gives back this attempt; long-forgotten rows are removed."""
    table = models.login_throttle
    conn.execute(update(table).where(table.c.key == user_key(name)).values(failures=0))
    conn.execute(update(table).where(table.c.key == address_key(address), table.c.failures > 0)
                 .values(failures=table.c.failures - 1))
    stamp = _ts(now)
    conn.execute(delete(table).where(
        table.c.last_failure_at < _ts(now - dt.timedelta(seconds=settings.lock_seconds)),
        or_(table.c.locked_until.is_(None), and_(table.c.locked_until < stamp)),
    ))
