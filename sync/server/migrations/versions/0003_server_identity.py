"""server identity: a stable server_id and an epoch that changes when a backup is restored

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_meta")),
    )
    op.bulk_insert(table, [{"key": "server_id", "value": str(uuid.uuid4())},
                           {"key": "epoch", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("server_meta")
