"""Sign-in, token rotation, sign-out, and who is calling.

Tokens are random and opaque; the database keeps only their SHA-256, so a copy of the database
grants no session. A login creates a *session* holding one short-lived access token and one
refresh token at a time; refreshing rotates both, and presenting an already-rotated refresh
token (a sign that it was stolen) ends the whole session. Revoking a session (sign-out, an admin,
``disable``) ends every token of it at once.

Failed sign-ins are counted per user name (whether or not it exists, so that the answers do not
reveal which names exist): after a few, each failure answers more slowly; after more, the name is
locked for a while and the answer says when to try again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from sync.protocol import Role, TokenResponse, UserInfo, format_timestamp
from sync.server import models
from sync.server.clock import in_words, utcnow
from sync.server.config import ServerSettings
from sync.server.db import writer
from sync.server.security import (
    burn_verification_time,
    hash_password,
    needs_rehash,
    new_token,
    token_hash,
    verify_password,
)
from sync.server.users import (
    User,
    UserError,
    get_user,
    normalise_username,
    set_password_hash,
)

ACCESS = "access"
REFRESH = "refresh"
WRONG_CREDENTIALS = "Wrong user name or password."
SIGN_IN_AGAIN = "Your sign-in has expired or was revoked. Sign in again."


class AuthFailure(Exception):
    """A refused authentication; ``message`` is shown to the user as is."""

    def __init__(self, status: int, message: str, *, delay: float = 0.0,
                 retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.delay = delay
        self.retry_after = retry_after


@dataclass(frozen=True)
class CurrentUser:
    """The caller of an authenticated request."""

    user_id: int
    username: str
    role: Role
    regions: frozenset[str]
    session_id: int

    @property
    def sees_everything(self) -> bool:
        return self.role != "regional"


def _ts(value: dt.datetime) -> str:
    return format_timestamp(value)


def _issue_tokens(conn: Connection, settings: ServerSettings, user: User, session_id: int,
                  now: dt.datetime) -> TokenResponse:
    access, refresh = new_token(), new_token()
    conn.execute(insert(models.tokens), [
        {"token_hash": token_hash(access), "session_id": session_id, "kind": ACCESS,
         "created_at": _ts(now), "expires_at": _ts(now + dt.timedelta(seconds=settings.access_ttl)),
         "revoked_at": None},
        {"token_hash": token_hash(refresh), "session_id": session_id, "kind": REFRESH,
         "created_at": _ts(now),
         "expires_at": _ts(now + dt.timedelta(seconds=settings.refresh_ttl)),
         "revoked_at": None},
    ])
    return TokenResponse(
        access_token=access, refresh_token=refresh, expires_in=settings.access_ttl,
        user=UserInfo(username=user.username, role=user.role, regions=list(user.regions)),
    )


# --------------------------------------------------------------------------------------------
# Sign-in throttling


def _insert_ignore(conn: Connection) -> object:
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(models.login_attempts).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(models.login_attempts).on_conflict_do_nothing()
    return insert(models.login_attempts)  # pragma: no cover - other databases unsupported


def _check_lock(conn: Connection, username: str, now: dt.datetime) -> None:
    row = conn.execute(
        select(models.login_attempts.c.locked_until)
        .where(models.login_attempts.c.username == username)
    ).first()
    if row is not None and row.locked_until and row.locked_until > _ts(now):
        remaining = (dt.datetime.fromisoformat(row.locked_until) - now).total_seconds()
        raise AuthFailure(
            429,
            f"Too many failed sign-ins for {username}. Try again in {in_words(remaining)}.",
            retry_after=max(1, int(remaining + 0.999)),
        )


def _record_failure(conn: Connection, settings: ServerSettings, username: str, address: str,
                    now: dt.datetime) -> AuthFailure:
    table = models.login_attempts
    conn.execute(_insert_ignore(conn).values(  # type: ignore[attr-defined]
        username=username, failures=0, last_failure_at=_ts(now), locked_until=None,
    ))
    row = conn.execute(
        select(table.c.failures, table.c.last_failure_at)
        .where(table.c.username == username).with_for_update()
    ).one()
    stale = row.last_failure_at < _ts(now - dt.timedelta(seconds=settings.lock_seconds))
    failures = 1 if stale else row.failures + 1
    if failures >= settings.lock_after:
        until = now + dt.timedelta(seconds=settings.lock_seconds)
        conn.execute(update(table).where(table.c.username == username).values(
            failures=0, last_failure_at=_ts(now), locked_until=_ts(until),
            last_address=address[:64],
        ))
        return AuthFailure(
            429,
            f"Too many failed sign-ins for {username}. Try again in "
            f"{in_words(settings.lock_seconds)}.",
            retry_after=settings.lock_seconds,
        )
    conn.execute(update(table).where(table.c.username == username).values(
        failures=failures, last_failure_at=_ts(now), last_address=address[:64],
    ))
    delay = 0.0
    if failures >= settings.slow_after:
        delay = min(settings.max_delay, 0.5 * 2 ** (failures - settings.slow_after))
    return AuthFailure(401, WRONG_CREDENTIALS, delay=delay)


def login(engine: Engine, settings: ServerSettings, username: str, password: str,
          device_id: str | None, address: str) -> TokenResponse:
    """Check a password and open a session; raises :class:`AuthFailure` (401 or 429).

    The slow password check runs outside any transaction, so sign-ins never hold the write lock
    while argon2 works.
    """
    now = utcnow()
    try:
        name = normalise_username(username)
    except UserError:
        name = username.strip().lower()[:150]
    with engine.connect() as conn:
        _check_lock(conn, name, now)
        user = get_user(conn, name)
    if user is None:
        burn_verification_time(password)
        ok = False
    else:
        ok = verify_password(user.password_hash, password)
    if not ok:
        with writer(engine).begin() as conn:
            failure = _record_failure(conn, settings, name, address, utcnow())
        raise failure
    assert user is not None
    if user.disabled:
        raise AuthFailure(403, "This account is disabled. Ask your administrator.")
    now = utcnow()
    with writer(engine).begin() as conn:
        conn.execute(delete(models.login_attempts).where(models.login_attempts.c.username == name))
        if needs_rehash(user.password_hash):
            set_password_hash(conn, user.id, hash_password(password))
        session_id = conn.execute(insert(models.login_sessions).values(
            user_id=user.id, device_id=device_id, created_at=_ts(now), revoked_at=None,
        )).inserted_primary_key[0]  # type: ignore[index]
        _forget_expired_tokens(conn, user.id, now)
        return _issue_tokens(conn, settings, user, int(session_id), now)


def _forget_expired_tokens(conn: Connection, user_id: int, now: dt.datetime) -> None:
    cutoff = _ts(now - dt.timedelta(days=1))
    sessions = select(models.login_sessions.c.id).where(models.login_sessions.c.user_id == user_id)
    conn.execute(delete(models.tokens).where(
        models.tokens.c.session_id.in_(sessions), models.tokens.c.expires_at < cutoff,
    ))


def refresh(engine: Engine, settings: ServerSettings, refresh_token: str) -> TokenResponse:
    """Rotate a refresh token into a new token pair of the same session."""
    now = utcnow()
    t, s, u = models.tokens, models.login_sessions, models.users
    with writer(engine).begin() as conn:
        row = conn.execute(
            select(t.c.token_hash, t.c.expires_at, t.c.revoked_at, s.c.id.label("session_id"),
                   s.c.revoked_at.label("session_revoked_at"), u.c.username, u.c.disabled)
            .select_from(t.join(s, t.c.session_id == s.c.id).join(u, s.c.user_id == u.c.id))
            .where(t.c.token_hash == token_hash(refresh_token), t.c.kind == REFRESH)
        ).first()
        if row is None:
            raise AuthFailure(401, SIGN_IN_AGAIN)
        if row.revoked_at is not None:
            # A rotated refresh token came back: someone kept a copy. End the session.
            conn.execute(update(s).where(s.c.id == row.session_id, s.c.revoked_at.is_(None))
                         .values(revoked_at=_ts(now)))
            failure = AuthFailure(401, SIGN_IN_AGAIN)
        elif (row.session_revoked_at is not None or row.expires_at <= _ts(now)
              or row.disabled):
            failure = AuthFailure(401, SIGN_IN_AGAIN)
        else:
            user = get_user(conn, row.username)
            assert user is not None
            conn.execute(update(t).where(t.c.token_hash == row.token_hash)
                         .values(revoked_at=_ts(now)))
            return _issue_tokens(conn, settings, user, row.session_id, now)
    raise failure


def logout(engine: Engine, refresh_token: str) -> None:
    """End the session of a refresh token (and every access token of it); unknown tokens are
    ignored so that signing out twice is harmless."""
    t, s = models.tokens, models.login_sessions
    with writer(engine).begin() as conn:
        session_id = conn.execute(
            select(t.c.session_id).where(t.c.token_hash == token_hash(refresh_token),
                                         t.c.kind == REFRESH)
        ).scalar()
        if session_id is not None:
            conn.execute(update(s).where(s.c.id == session_id, s.c.revoked_at.is_(None))
                         .values(revoked_at=_ts(utcnow())))


def user_for_access_token(engine: Engine, access_token: str) -> CurrentUser:
    """Who holds this access token; raises :class:`AuthFailure` 401 when it is not valid now."""
    t, s, u = models.tokens, models.login_sessions, models.users
    with engine.connect() as conn:
        row = conn.execute(
            select(t.c.expires_at, t.c.revoked_at, s.c.id.label("session_id"),
                   s.c.revoked_at.label("session_revoked_at"), u.c.id.label("user_id"),
                   u.c.username, u.c.role, u.c.regions, u.c.disabled)
            .select_from(t.join(s, t.c.session_id == s.c.id)
                         .join(u, s.c.user_id == u.c.id))
            .where(t.c.token_hash == token_hash(access_token), t.c.kind == ACCESS)
        ).first()
    if (row is None or row.revoked_at is not None or row.session_revoked_at is not None
            or row.expires_at <= _ts(utcnow()) or row.disabled):
        raise AuthFailure(401, SIGN_IN_AGAIN)
    return CurrentUser(user_id=row.user_id, username=row.username, role=row.role,
                       regions=frozenset(json.loads(row.regions)), session_id=row.session_id)
