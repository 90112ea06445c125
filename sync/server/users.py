"""User accounts: one set of rules shared by the command line and the admin API.

User names are kept in lower case so that "Maria" and "maria" are one account. A regional
user needs at least one region; the other roles see everything and have none.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from sync.protocol import ROLES, NewPassword, RegionCode, Role, Username, UserOut, format_timestamp
from sync.server import audit, models
from sync.server.audit import Actor
from sync.server.clock import utcnow
from sync.server.security import hash_password

_username = TypeAdapter(Username)
_password = TypeAdapter(NewPassword)
_region = TypeAdapter(RegionCode)


class UserError(Exception):
    """A refused account operation; the message is for the administrator as is."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class User:
    id: int
    username: str
    password_hash: str
    role: Role
    regions: tuple[str, ...]
    disabled: bool
    created_at: str

    def to_wire(self) -> UserOut:
        return UserOut(username=self.username, role=self.role, regions=list(self.regions),
                       disabled=self.disabled, created_at=self.created_at)


def normalise_username(username: str) -> str:
    try:
        return _username.validate_python(username.strip().lower())
    except ValidationError as exc:
        raise UserError(
            "A user name is 1 to 150 letters, digits or . _ @ + - and starts with a letter or "
            "digit."
        ) from exc


def check_password(password: str) -> str:
    try:
        return _password.validate_python(password)
    except ValidationError as exc:
        raise UserError("A password needs at least 8 characters.") from exc


def normalise_regions(role: str, regions: Iterable[str]) -> tuple[str, ...]:
    if role not in ROLES:
        raise UserError(f"Unknown role {role!r}: use one of {', '.join(ROLES)}.")
    cleaned: list[str] = []
    for code in regions:
        try:
            value = _region.validate_python(code.strip().upper())
        except ValidationError as exc:
            raise UserError(f"{code!r} is not a region code (for example MD-CU).") from exc
        if value not in cleaned:
            cleaned.append(value)
    if role == "regional" and not cleaned:
        raise UserError("A regional user needs at least one region (for example --region MD-CU).")
    if role != "regional" and cleaned:
        raise UserError(f"Only regional users have regions; a {role} user sees every region.")
    return tuple(cleaned)


def _row_to_user(row: object) -> User:
    return User(
        id=row.id,  # type: ignore[attr-defined]
        username=row.username,  # type: ignore[attr-defined]
        password_hash=row.password_hash,  # type: ignore[attr-defined]
        role=row.role,  # type: ignore[attr-defined]
        regions=tuple(json.loads(row.regions)),  # type: ignore[attr-defined]
        disabled=bool(row.disabled),  # type: ignore[attr-defined]
        created_at=row.created_at,  # type: ignore[attr-defined]
    )


def get_user(conn: Connection, username: str) -> User | None:
    row = conn.execute(
        select(models.users).where(models.users.c.username == username.strip().lower())
    ).first()
    return _row_to_user(row) if row is not None else None


def require_user(conn: Connection, username: str) -> User:
    user = get_user(conn, username)
    if user is None:
        raise UserError(f"There is no user {username.strip().lower()!r}.", 404)
    return user


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(models.users).order_by(models.users.c.username))
    return [_row_to_user(row) for row in rows]


def count_users(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(models.users)).scalar_one())


def create_user(
    conn: Connection, username: str, password: str, role: str, regions: Sequence[str] = (),
    *, actor: Actor,
) -> User:
    name = normalise_username(username)
    codes = normalise_regions(role, regions)
    check_password(password)
    if get_user(conn, name) is not None:
        raise UserError(f"The user {name!r} already exists.", 409)
    now = format_timestamp(utcnow())
    conn.execute(insert(models.users).values(
        username=name, password_hash=hash_password(password), role=role,
        regions=json.dumps(list(codes)), disabled=False, created_at=now, updated_at=now,
    ))
    audit.record_by(conn, actor, audit.USER_CREATED, name,
                    f"role {role}" + (f", regions {', '.join(codes)}" if codes else ""))
    return require_user(conn, name)


def update_user(
    conn: Connection,
    username: str,
    *,
    role: str | None = None,
    regions: Sequence[str] | None = None,
    disabled: bool | None = None,
    password: str | None = None,
    actor: Actor,
) -> User:
    """Change an account. Disabling it, or changing its password, role or regions, signs out all
    its sessions."""
    user = require_user(conn, username)
    values: dict[str, object] = {}
    new_role = role if role is not None else user.role
    if role is not None or regions is not None:
        if regions is None:
            regions = user.regions if new_role == "regional" else ()
        codes = normalise_regions(new_role, regions)
        values.update(role=new_role, regions=json.dumps(list(codes)))
    if password is not None:
        values["password_hash"] = hash_password(check_password(password))
    if disabled is not None:
        values["disabled"] = disabled
    if not values:
        return user
    values["updated_at"] = format_timestamp(utcnow())
    conn.execute(update(models.users).where(models.users.c.id == user.id).values(**values))
    audit.record_by(conn, actor, audit.USER_CHANGED, user.username, _describe_change(values))
    if disabled or password is not None or "role" in values:
        # A new scope must reach the user's desktops at once: signing in again tells them their
        # role and regions, and they re-pull (see docs/SYNC_PROTOCOL.md, "Pull").
        ended = revoke_sessions(conn, user.id)
        if ended:
            audit.record_by(conn, actor, audit.TOKENS_REVOKED, user.username,
                            f"{ended} session(s), after the account change")
    return require_user(conn, user.username)


def _describe_change(values: dict[str, object]) -> str:
    """The audit words for an account change (never the password itself)."""
    parts: list[str] = []
    if "role" in values:
        regions = json.loads(str(values["regions"]))
        parts.append(f"role {values['role']}"
                     + (f", regions {', '.join(regions)}" if regions else ""))
    if "password_hash" in values:
        parts.append("password changed")
    if "disabled" in values:
        parts.append("disabled" if values["disabled"] else "enabled")
    return "; ".join(parts)


def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    conn.execute(update(models.users).where(models.users.c.id == user_id)
                 .values(password_hash=password_hash))


def revoke_sessions(conn: Connection, user_id: int) -> int:
    """Sign out every session of a user; returns how many were still active."""
    now = format_timestamp(utcnow())
    result = conn.execute(
        update(models.login_sessions)
        .where(models.login_sessions.c.user_id == user_id,
               models.login_sessions.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount or 0)
