"""Defences of the public registration form: signed form tokens and a per-address rate limit.

No third-party captcha or tracker: a served form carries a token signed with a secret kept in
the database (so every server process behind a load balancer accepts every other's tokens). The
token says when the form was served, so a post that comes back sooner than a person could fill
the form in, or hours later, is refused; its nonce becomes the change id of the stored record,
so a form sent twice (a double tap, a reload) stores one registration, not two.

Addresses are counted as keyed hashes, never stored as such.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from sync.protocol import format_timestamp
from sync.server import models
from sync.server.clock import utcnow
from sync.server.db import writer

SECRET_NAME = "form_token_key"


def form_secret(engine: Engine) -> bytes:
    """The token-signing secret, created on first use (a race between processes is settled by
    the primary key: the loser reads the winner's)."""
    s = models.server_meta
    with engine.connect() as conn:
        found = conn.execute(select(s.c.value).where(s.c.key == SECRET_NAME)).scalar()
    if found is None:
        try:
            with writer(engine).begin() as conn:
                conn.execute(insert(s).values(key=SECRET_NAME, value=secrets.token_hex(32)))
        except IntegrityError:
            pass
        with engine.connect() as conn:
            found = conn.execute(select(s.c.value).where(s.c.key == SECRET_NAME)).scalar_one()
    return bytes.fromhex(str(found))


def _sign(secret: bytes, payload: str) -> str:
    return hmac.new(secret, payload.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def make_token(secret: bytes, now: dt.datetime | None = None) -> str:
    issued = int((now or utcnow()).timestamp())
    payload = f"{issued}.{secrets.token_hex(12)}"
    return f"{payload}.{_sign(secret, payload)}"


@dataclass(frozen=True)
class TokenCheck:
    """``status``: ok, too_fast, expired (also: forged or unreadable)."""

    status: str
    nonce: str = ""


def check_token(secret: bytes, token: str, min_seconds: float, ttl: int,
                now: dt.datetime | None = None) -> TokenCheck:
    parts = token.strip().split(".")
    if len(parts) != 3 or not parts[0].isdigit() or len(parts[1]) != 24:
        return TokenCheck("expired")
    payload = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(_sign(secret, payload), parts[2]):
        return TokenCheck("expired")
    age = (now or utcnow()).timestamp() - int(parts[0])
    if age < -60 or age > ttl:
        return TokenCheck("expired")
    if age < min_seconds:
        return TokenCheck("too_fast", parts[1])
    return TokenCheck("ok", parts[1])


def address_key(secret: bytes, address: str) -> str:
    return hmac.new(secret, b"addr:" + address.encode("utf-8"), hashlib.sha256).hexdigest()


def _to_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def hit(engine: Engine, key: str, limit: int, window: int,
        now: dt.datetime | None = None) -> int | None:
    """Count one post from ``key``; ``None`` when allowed, else seconds until it may retry."""
    if limit <= 0:
        return None
    now = now or utcnow()
    f = models.form_limits
    with writer(engine).begin() as conn:
        row = conn.execute(select(f.c.window_start, f.c.hits).where(f.c.address_key == key)
                           .with_for_update()).first()
        if row is None:
            conn.execute(insert(f).values(address_key=key, window_start=format_timestamp(now),
                                          hits=1))
            return None
        started = _to_time(row.window_start)
        if (now - started).total_seconds() >= window:
            conn.execute(update(f).where(f.c.address_key == key)
                         .values(window_start=format_timestamp(now), hits=1))
            return None
        if int(row.hits) >= limit:
            return max(1, int(window - (now - started).total_seconds()))
        conn.execute(update(f).where(f.c.address_key == key).values(hits=int(row.hits) + 1))
    return None


def forget_old(engine: Engine, window: int, now: dt.datetime | None = None) -> int:
    """Drop counters whose window is over (kept small; called now and then by the form)."""
    f = models.form_limits
    cutoff = format_timestamp((now or utcnow()) - dt.timedelta(seconds=window))
    with writer(engine).begin() as conn:
        return int(conn.execute(f.delete().where(f.c.window_start < cutoff)).rowcount or 0)


def short_reference(nonce: str) -> str:
    """The reference the submitter is shown: 8 letters and digits from the token's nonce."""
    digest = hashlib.sha256(nonce.encode("ascii")).digest()
    return base64.b32encode(digest).decode("ascii")[:8]
