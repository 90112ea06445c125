"""sync storage: records, their history, scope exits, conflicts, processed change ids

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("base_version", sa.BigInteger(), nullable=True),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=False),
        sa.Column("clashes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_device_id", ["device_id"], unique=False)
        batch_op.create_index("ix_conflicts_entity_record", ["entity", "record_id"], unique=False)

    op.create_table(
        "counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter")),
    )
    op.create_table(
        "processed_changes",
        sa.Column("change_id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("processed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_processed_changes")),
    )
    op.create_table(
        "record_history",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("change_id", sa.String(length=64), nullable=True),
        sa.Column("changed_by", sa.String(length=150), nullable=True),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "entity", "version", name=op.f("pk_record_history")),
    )
    op.create_table(
        "records",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=150), nullable=True),
        sa.PrimaryKeyConstraint("record_id", "entity", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index("ix_records_region_seq", ["region_code", "server_seq"], unique=False)
        batch_op.create_index("ix_records_server_seq", ["server_seq"], unique=True)

    op.create_table(
        "scope_exits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("exited_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_exits")),
    )
    with op.batch_alter_table("scope_exits", schema=None) as batch_op:
        batch_op.create_index("ix_scope_exits_server_seq", ["server_seq"], unique=True)
    # The one counter row that every writer locks to take the next server_seq.
    op.execute("INSERT INTO counter (id, last_seq) VALUES (1, 0)")


def downgrade() -> None:
    with op.batch_alter_table("scope_exits", schema=None) as batch_op:
        batch_op.drop_index("ix_scope_exits_server_seq")

    op.drop_table("scope_exits")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_server_seq")
        batch_op.drop_index("ix_records_region_seq")

    op.drop_table("records")
    op.drop_table("record_history")
    op.drop_table("processed_changes")
    op.drop_table("counter")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_entity_record")
        batch_op.drop_index("ix_conflicts_device_id")

    op.drop_table("conflicts")
