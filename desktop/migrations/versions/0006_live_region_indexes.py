"""live-region indexes: (region_code, deleted_at) on every synced table

Replaces the single-column region_code index (a prefix of the new one) so that counts and
filters of live records per region are answered from the index alone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "regions",
    "associations",
    "focal_points",
    "association_focal_points",
    "record_history",
    "candidates",
    "consents",
    "consultations",
    "participations",
    "follow_up_actions",
    "flyers",
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_region_code")
            batch_op.create_index(f"ix_{table}_live_region", ["region_code", "deleted_at"])


def downgrade() -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_live_region")
            batch_op.create_index(f"ix_{table}_region_code", ["region_code"])
