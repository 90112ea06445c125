"""Sign-in, token rotation, sign-out, and who is calling.

Tokens are random and opaque; the database keeps only their SHA-256, so a copy of the database
grants no session. A login creates a *session* holding one short-lived access token and one
refresh token at a time; refreshing rotates both, and presenting an already-rotated refresh
token (a sign that it was stolen) ends the whole session. Revoking a session (sign-out, an admin,
``disable``) ends every token of it at once.

Sign-in attempts are counted per user name (whether or not it exists, so that the answers do not
reveal which names exist) and per client address, before the password is checked
(:mod:`sync.server.throttle`): after a few failures each answer comes more slowly; after more, the
name (or address) is locked for a while and the answer says when to try again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from sync.protocol import Role, TokenResponse, UserInfo, format_timestamp
from sync.server import audit, models, throttle
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
from sync.server.throttle import Lock
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
# Sign-in


def _lock_failure(name: str, lock: Lock) -> AuthFailure:
    wait = in_words(lock.seconds)
    if lock.scope == "user":
        message = f"Too many failed sign-ins for {name}. Try again in {wait}."
    else:
        message = f"Too many failed sign-ins from this computer's address. Try again in {wait}."
    return AuthFailure(429, message, retry_after=max(1, int(lock.seconds + 0.999)))


def login(engine: Engine, settings: ServerSettings, username: str, password: str,
          device_id: str | None, address: str) -> TokenResponse:
    """Check a password and open a session; raises :class:`AuthFailure` (401, 403 or 429).

    The attempt is counted (and a lock decided) in its own committed transaction *before* the
    password is checked (:mod:`sync.server.throttle`), so parallel guesses cannot outrun the
    lock; the slow argon2 check itself runs outside any transaction.
    """
    try:
        name = normalise_username(username)
    except UserError:
        name = username.strip().lower()[:150]
    with writer(engine).begin() as conn:
        attempt = throttle.count_attempt(conn, settings, name, address, utcnow())
        if attempt.lock is not None and attempt.lock.new:
            audit.record(conn, audit.LOCKED, actor=name, address=address,
                         target=_lock_target(attempt.lock, name, address),
                         detail=f"{attempt.lock.seconds:.0f} s")
    if attempt.lock is not None:
        raise _lock_failure(name, attempt.lock)
    with engine.connect() as conn:
        user = get_user(conn, name)
    if user is None:
        burn_verification_time(password)
        ok = False
    else:
        ok = verify_password(user.password_hash, password)
    if not ok:
        with writer(engine).begin() as conn:
            now = utcnow()
            lock = throttle.settle_failure(conn, settings, name, address, attempt, now)
            audit.record(conn, audit.LOGIN_FAILED, actor=name, address=address,
                         detail=None if user is not None else "unknown user name")
            if lock is not None:
                audit.record(conn, audit.LOCKED, actor=name, address=address,
                             target=_lock_target(lock, name, address),
                             detail=f"{lock.seconds:.0f} s")
        if lock is not None:
            raise _lock_failure(name, lock)
        delay = 0.0
        if attempt.user_count >= settings.slow_after:
            delay = min(settings.max_delay,
                        0.5 * 2 ** (attempt.user_count - settings.slow_after))
        raise AuthFailure(401, WRONG_CREDENTIALS, delay=delay)
    assert user is not None
    now = utcnow()
    with writer(engine).begin() as conn:
        throttle.settle_success(conn, settings, name, address, now)
        if user.disabled:
            audit.record(conn, audit.LOGIN_FAILED, actor=name, address=address,
                         detail="account disabled")
        else:
            if needs_rehash(user.password_hash):
                set_password_hash(conn, user.id, hash_password(password))
            session_id = conn.execute(insert(models.login_sessions).values(
                user_id=user.id, device_id=device_id, created_at=_ts(now), revoked_at=None,
            )).inserted_primary_key[0]  # type: ignore[index]
            _forget_expired_tokens(conn, user.id, now)
            audit.record(conn, audit.LOGIN, actor=name, address=address,
                         detail=f"device {device_id}" if device_id else None)
            return _issue_tokens(conn, settings, user, int(session_id), now)
    raise AuthFailure(403, "This account is disabled. Ask your administrator.")


def _lock_target(lock: Lock, name: str, address: str) -> str:
    return f"user {name}" if lock.scope == "user" else f"address {address}"


def _forget_expired_tokens(conn: Connection, user_id: int, now: dt.datetime) -> None:
    cutoff = _ts(now - dt.timedelta(days=1))
    sessions = select(models.login_sessions.c.id).where(models.login_sessions.c.user_id == user_id)
    conn.execute(delete(models.tokens).where(
        models.tokens.c.session_id.in_(sessions), models.tokens.c.expires_at < cutoff,
    ))


def refresh(engine: Engine, settings: ServerSettings, refresh_token: str,
            address: str = "") -> TokenResponse:
    """Rotate a refresh token into a new token pair of the same session.

    The token is spent by an atomic compare-and-set (``UPDATE … WHERE revoked_at IS NULL``: of
    parallel refreshes exactly one changes the row). Whoever finds it already spent presents a
    copy (a stolen token, or a replay): the whole session — every token rotated from the same
    sign-in — is revoked, and the reuse is written to the audit log.
    """
    now = utcnow()
    t, s, u = models.tokens, models.login_sessions, models.users
    digest = token_hash(refresh_token)
    with writer(engine).begin() as conn:
        row = conn.execute(
            select(t.c.expires_at, s.c.id.label("session_id"),
                   s.c.revoked_at.label("session_revoked_at"), s.c.device_id, u.c.username,
                   u.c.disabled)
            .select_from(t.join(s, t.c.session_id == s.c.id).join(u, s.c.user_id == u.c.id))
            .where(t.c.token_hash == digest, t.c.kind == REFRESH)
        ).first()
        if row is None:
            raise AuthFailure(401, SIGN_IN_AGAIN)
        if row.session_revoked_at is not None or row.expires_at <= _ts(now) or row.disabled:
            raise AuthFailure(401, SIGN_IN_AGAIN)
        spent = conn.execute(
            update(t).where(t.c.token_hash == digest, t.c.revoked_at.is_(None))
            .values(revoked_at=_ts(now))
        ).rowcount
        if spent == 1:
            user = get_user(conn, row.username)
            assert user is not None
            return _issue_tokens(conn, settings, user, row.session_id, now)
        # A spent refresh token came back: someone kept a copy. End the session.
        conn.execute(update(s).where(s.c.id == row.session_id, s.c.revoked_at.is_(None))
                     .values(revoked_at=_ts(now)))
        audit.record(conn, audit.REFRESH_REUSED, actor=row.username, address=address,
                     target=f"session {row.session_id}",
                     detail="session revoked" + (f" (device {row.device_id})"
                                                 if row.device_id else ""))
    raise AuthFailure(401, SIGN_IN_AGAIN)


def logout(engine: Engine, refresh_token: str, address: str = "") -> None:
    """End the session of a refresh token (and every access token of it); unknown tokens are
    ignored so that signing out twice is harmless."""
    t, s, u = models.tokens, models.login_sessions, models.users
    with writer(engine).begin() as conn:
        row = conn.execute(
            select(s.c.id, u.c.username)
            .select_from(t.join(s, t.c.session_id == s.c.id).join(u, s.c.user_id == u.c.id))
            .where(t.c.token_hash == token_hash(refresh_token), t.c.kind == REFRESH)
        ).first()
        if row is not None:
            ended = conn.execute(update(s).where(s.c.id == row.id, s.c.revoked_at.is_(None))
                                 .values(revoked_at=_ts(utcnow()))).rowcount
            if ended:
                audit.record(conn, audit.LOGOUT, actor=row.username, address=address,
                             target=f"session {row.id}")


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
