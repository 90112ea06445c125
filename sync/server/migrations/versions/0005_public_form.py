"""public form: per-address rate-limit counters

The secret that signs the form's tokens is a row of server_meta (made on first use).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_limits",
        sa.Column("address_key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.String(length=32), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address_key", name=op.f("pk_form_limits")),
    )


def downgrade() -> None:
    op.drop_table("form_limits")
