"""sign-in throttling per user name and per client address; the admin audit log

The per-name counters of ``login_attempts`` are carried over as ``user:<name>`` rows of the new
``login_throttle`` table (which also holds ``addr:<address>`` rows), so a lock in force during
the upgrade stays in force.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.String(length=32), nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=True),
        sa.Column("last_address", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.execute(
        "INSERT INTO login_throttle (key, failures, last_failure_at, locked_until, last_address) "
        "SELECT 'user:' || username, failures, last_failure_at, locked_until, last_address "
        "FROM login_attempts"
    )
    op.drop_table("login_attempts")
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=150), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
    op.drop_table("audit_log")
    op.create_table(
        "login_attempts",
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.String(length=32), nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=True),
        sa.Column("last_address", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_login_attempts")),
    )
    op.execute(
        "INSERT INTO login_attempts (username, failures, last_failure_at, locked_until, "
        "last_address) SELECT substr(key, 6), failures, last_failure_at, locked_until, "
        "last_address FROM login_throttle WHERE key LIKE 'user:%'"
    )
    op.drop_table("login_throttle")
