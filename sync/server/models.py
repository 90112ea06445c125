"""Tables of the central server: generic synced records, their history, and accounts.

The server never imports ``desktop``: every entity is stored as a generic record whose user
fields are one JSON text. Keeping that text as it arrived (already serialised) makes a pull page
a string concatenation instead of a parse-and-dump of every record.

Times the server writes are UTC ISO 8601 text (:func:`sync.protocol.format_timestamp`), which
sorts correctly as text on SQLite and PostgreSQL alike. Keep this module and the migration in
``sync/server/migrations/versions`` in exact agreement (a test compares them).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

TS = String(32)
"""A UTC ISO 8601 timestamp as text."""

# One row (id 1). Writers lock it first, which serialises server_seq assignment in commit order,
# so a reader never sees seq N+1 before N has committed.
counter = Table(
    "counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_seq", BigInteger, nullable=False),
)

# Keys start with record_id: batches look records up by id lists, and an index led by the
# (few distinct) entity names could not serve `record_id IN (...)`.
records = Table(
    "records",
    metadata,
    Column("entity", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("region_code", String(16), nullable=True),
    Column("version", BigInteger, nullable=False),
    Column("server_seq", BigInteger, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
    Column("deleted_at", TS, nullable=True),
    Column("fields", Text, nullable=False),
    Column("changed_by", String(150), nullable=True),
    PrimaryKeyConstraint("record_id", "entity"),
    Index("ix_records_server_seq", "server_seq", unique=True),
    Index("ix_records_region_seq", "region_code", "server_seq"),
)

record_history = Table(
    "record_history",
    metadata,
    Column("entity", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("version", BigInteger, nullable=False, autoincrement=False),
    Column("server_seq", BigInteger, nullable=False),
    Column("region_code", String(16), nullable=True),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
    Column("deleted_at", TS, nullable=True),
    Column("fields", Text, nullable=False),
    Column("change_id", String(64), nullable=True),
    Column("changed_by", String(150), nullable=True),
    Column("recorded_at", TS, nullable=False),
    PrimaryKeyConstraint("record_id", "entity", "version"),
)

# A record left region_code (null: left national scope). Users of that region who can no longer
# see the record receive a removal for it.
scope_exits = Table(
    "scope_exits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("region_code", String(16), nullable=True),
    Column("version", BigInteger, nullable=False),
    Column("server_seq", BigInteger, nullable=False),
    Column("exited_at", TS, nullable=False),
    Index("ix_scope_exits_server_seq", "server_seq", unique=True),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("change_id", String(64), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("username", String(150), nullable=False),
    Column("base_version", BigInteger, nullable=True),
    Column("server_version", BigInteger, nullable=False),
    Column("proposal", Text, nullable=False),
    Column("clashes", Text, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("resolved_at", TS, nullable=True),
    Column("resolved_by", String(64), nullable=True),
    Index("ix_conflicts_entity_record", "entity", "record_id"),
    Index("ix_conflicts_device_id", "device_id"),
)

processed_changes = Table(
    "processed_changes",
    metadata,
    Column("change_id", String(64), primary_key=True),
    Column("username", String(150), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("result", Text, nullable=False),
    Column("processed_at", TS, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(150), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("regions", Text, nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
)

login_sessions = Table(
    "login_sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("device_id", String(64), nullable=True),
    Column("created_at", TS, nullable=False),
    Column("revoked_at", TS, nullable=True),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("session_id", Integer, ForeignKey("login_sessions.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("kind", String(8), nullable=False),
    Column("created_at", TS, nullable=False),
    Column("expires_at", TS, nullable=False),
    Column("revoked_at", TS, nullable=True),
)

# Sign-in throttling, one row per key: "user:<name>" and "addr:<client address>". Each attempt is
# counted on its rows (locked, in one transaction) BEFORE the password is checked, so parallel
# guesses cannot all slip in before the lock (see sync/server/throttle.py).
login_throttle = Table(
    "login_throttle",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", TS, nullable=False),
    Column("locked_until", TS, nullable=True),
    Column("last_address", String(64), nullable=True),
)

# Facts about this server's database: ``server_id`` (made once, kept by backups and restores:
# desktops recognise the same server under another address) and ``epoch`` (made anew whenever
# the database is restored from a backup: desktops then send again what the server lost).
server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# What administrators need to know afterwards: sign-ins, failures, locks, account changes, token
# revocations, erasures — who, when, from where (sync/server/audit.py).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", TS, nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("actor", String(150), nullable=True),
    Column("target", String(200), nullable=True),
    Column("address", String(64), nullable=True),
    Column("detail", Text, nullable=True),
)

# The public registration form (sync/server/register.py): posts per address (a keyed hash of
# the address, never the address itself) in the current window. The secret that signs the
# form's tokens is the ``form_token_key`` row of server_meta.
form_limits = Table(
    "form_limits",
    metadata,
    Column("address_key", String(64), primary_key=True),
    Column("window_start", TS, nullable=False),
    Column("hits", Integer, nullable=False),
)
