"""Wire schemas of the sync protocol, shared by the desktop client and the central server.

One module for both ends so that a field cannot be renamed on one side only. Everything here is
plain pydantic: no Qt, no desktop import, no server import. The human-readable contract is
``docs/SYNC_PROTOCOL.md``; keep the two in step.

Limits are part of the contract: a request that exceeds one is answered 422 (or 413 for a body
that is too large) with words saying which limit, never a 500.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
)

PROTOCOL_VERSION = 2
"""Major version of this contract. A server answers 426 to any other major version.

2: ``/health`` tells the server's identity and epoch, and ``/sync/clashes`` tells an office
whose value won a clash. Version 1 desktops are refused because they could merge a later edit
against their own change whose answer was lost (docs/SYNC_PROTOCOL.md, "In flight")."""

PROTOCOL_HEADER = "X-Diaspora-Protocol"
"""Request header that carries the client's protocol version (``"1"`` or ``"1.<minor>"``)."""

MAX_PUSH_CHANGES = 500
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
MAX_BODY_BYTES = 64 * 1024 * 1024
"""Largest request body a server accepts (413 beyond). Clients split batches by size too."""
MAX_FIELDS = 500
MAX_FIELD_NAME = 100
MAX_NESTING = 16
MAX_VERSION = 2**53
"""Versions and sequence numbers stay below this so they survive any JSON parser."""

Role = Literal["admin", "bureau", "regional"]
ROLES: tuple[Role, ...] = ("admin", "bureau", "regional")
ChangeStatus = Literal["applied", "merged", "conflict", "forbidden", "invalid"]

# Pseudo-field names a conflict may carry besides the record's own fields.
REGION_FIELD = "region_code"
DELETED_FIELD = "deleted_at"

Identifier = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
]
"""Record ids, change ids and device ids: UUIDs in practice, any short token in principle."""
EntityName = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")
]
RegionCode = Annotated[
    str, StringConstraints(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$")
]
Username = Annotated[
    str, StringConstraints(min_length=1, max_length=150, pattern=r"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")
]
Token = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Version = Annotated[int, Field(ge=1, le=MAX_VERSION)]
Seq = Annotated[int, Field(ge=0, le=MAX_VERSION)]


def format_timestamp(value: dt.datetime) -> str:
    """UTC ISO 8601 with microseconds: the one spelling of a time on the wire and in storage.

    Naive values are taken as UTC. A fixed spelling makes stored times sort as text and lets
    both ends compare them without parsing.
    """
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")


EARLIEST, LATEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC), dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


def _plausible_time(value: dt.datetime) -> dt.datetime:
    """A time a record can really have: "9999-12-31T23:59:59-12:00" is valid ISO 8601 but
    cannot be written in UTC (year 10000) and was a 500; now it is a 422 in words."""
    try:
        aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        utc = aware.astimezone(dt.UTC)
    except OverflowError as exc:
        raise ValueError("time out of range") from exc
    if not EARLIEST <= utc < LATEST:
        raise ValueError("time must be between the years 1900 and 2200")
    return value


Timestamp = Annotated[dt.datetime, AfterValidator(_plausible_time),
                      PlainSerializer(format_timestamp, return_type=str)]


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: neither PostgreSQL text nor UTF-8 can hold them."""


def _check_text(value: str) -> str:
    if _UNSTORABLE.search(value):
        raise ValueError("text may not contain NUL characters or unpaired surrogates")
    return value


Password = Annotated[str, StringConstraints(min_length=1, max_length=1024),
                     AfterValidator(_check_text)]
NewPassword = Annotated[str, StringConstraints(min_length=8, max_length=1024),
                        AfterValidator(_check_text)]


def _check_json_value(value: Any, depth: int = 0) -> None:
    if depth > MAX_NESTING:
        raise ValueError(f"values may be nested at most {MAX_NESTING} levels deep")
    if isinstance(value, str):
        _check_text(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("numbers must be finite (no NaN or Infinity)")
    elif isinstance(value, list):
        for item in value:
            _check_json_value(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_json_value(key, depth + 1)
            _check_json_value(item, depth + 1)
    elif value is not None and not isinstance(value, bool | int):
        raise ValueError(f"unsupported value type {type(value).__name__}")


def _check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    if len(fields) > MAX_FIELDS:
        raise ValueError(f"a record may have at most {MAX_FIELDS} fields")
    for key, value in fields.items():
        if not key or len(key) > MAX_FIELD_NAME:
            raise ValueError(f"field names must be 1 to {MAX_FIELD_NAME} characters")
        _check_text(key)
        _check_json_value(value, 1)
    return fields


Fields = Annotated[dict[str, Any], AfterValidator(_check_fields)]
"""A record's user fields: JSON-safe values (dates as ISO text, bytes as base64 text)."""


class WireModel(BaseModel):
    """Base of every body: unknown keys are ignored so that a newer minor version can add some."""

    model_config = ConfigDict(extra="ignore")


# ----------------------------------------------------------------------------------------------
# Auth


class LoginRequest(WireModel):
    username: Username
    password: Password
    device_id: Identifier | None = None


class RefreshRequest(WireModel):
    refresh_token: Token


class LogoutRequest(WireModel):
    refresh_token: Token


class UserInfo(WireModel):
    username: str
    role: Role
    regions: list[str]


class TokenResponse(WireModel):
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="seconds until the access token expires")
    user: UserInfo


# ----------------------------------------------------------------------------------------------
# Records, push and pull


class Change(WireModel):
    """One record's full state as the device has it, and the server version it started from."""

    change_id: Identifier
    entity: EntityName
    record_id: Identifier
    base_version: Version | None = Field(
        default=None, description="server version the edit started from; null for a new record"
    )
    region_code: RegionCode | None = Field(default=None, description="null = national")
    created_at: Timestamp
    updated_at: Timestamp
    deleted_at: Timestamp | None = None
    fields: Fields = Field(default_factory=dict)
    recover_version: Version | None = Field(
        default=None,
        description="only after a server restore: the version this device held before the "
        "restore; the record's new version is at least this, so that versions keep growing "
        "across the restore and other devices see that their older copies are not newer")


class PushRequest(WireModel):
    device_id: Identifier
    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)


class Record(WireModel):
    """The server's state of one record, or a scope exit (``removed``) with empty fields."""

    entity: str
    record_id: str
    version: int
    server_seq: int
    region_code: str | None
    created_at: str
    updated_at: str
    deleted_at: str | None
    fields: dict[str, Any]
    removed: bool = False


class FieldConflict(WireModel):
    field: str
    base: Any = None
    mine: Any = None
    theirs: Any = None


class ChangeResult(WireModel):
    change_id: str
    entity: str
    record_id: str
    status: ChangeStatus
    version: int | None = None
    server_seq: int | None = None
    record: Record | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)
    message: str | None = None


class PushResponse(WireModel):
    results: list[ChangeResult]


class PullResponse(WireModel):
    records: list[Record]
    next_since: int
    has_more: bool


class ClashNotice(WireModel):
    """A clash this user's value won: another office proposed other values for the same
    fields and the server kept this user's version (``GET /sync/clashes``)."""

    id: int
    entity: str
    record_id: str
    fields: list[str]
    by: str = Field(description="the user whose proposal was not applied")
    at: str


class ClashPage(WireModel):
    clashes: list[ClashNotice]
    next_since: int


class Me(WireModel):
    """``GET /auth/me``: who the caller is, and the home country of this server's data (a new
    office's database takes its country and regions from here)."""

    user: UserInfo
    home_country: str | None


class Health(WireModel):
    status: str
    protocol: int
    version: str
    server_id: str | None = Field(default=None, description="stable identity of this server")
    epoch: str | None = Field(
        default=None, description="changes whenever the database is restored from a backup")
    last_seq: int | None = Field(default=None, description="the newest server_seq")
    epoch_seq: int | None = Field(
        default=None, description="the newest server_seq when this epoch began (a restore)")


# ----------------------------------------------------------------------------------------------
# Administration


class UserCreate(WireModel):
    username: Username
    password: NewPassword
    role: Role
    regions: list[RegionCode] = Field(default_factory=list, max_length=200)


class UserUpdate(WireModel):
    role: Role | None = None
    regions: list[RegionCode] | None = Field(default=None, max_length=200)
    disabled: bool | None = None
    password: NewPassword | None = None


class UserOut(WireModel):
    username: str
    role: Role
    regions: list[str]
    disabled: bool
    created_at: str


class RevokeResult(WireModel):
    revoked_sessions: int


class ErrorBody(WireModel):
    detail: str
