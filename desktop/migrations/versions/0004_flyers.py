"""flyers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
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
        "flyers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("template", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("call_to_action", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("image_name", sa.String(length=200), nullable=False),
        sa.Column("image_data", sa.LargeBinary(), nullable=True),
        sa.Column("theme", sa.String(length=32), nullable=False),
        sa.Column("primary_color", sa.String(length=9), nullable=False),
        sa.Column("accent_color", sa.String(length=9), nullable=False),
        sa.Column("bleed", sa.Boolean(), nullable=False),
        sa.Column("crop_marks", sa.Boolean(), nullable=False),
        sa.Column("cmyk", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flyers")),
    )
    with op.batch_alter_table("flyers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flyers_region_code"), ["region_code"], unique=False)


def downgrade() -> None:
    op.drop_table("flyers")
