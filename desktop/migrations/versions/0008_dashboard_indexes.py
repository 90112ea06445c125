"""dashboard indexes: covering indexes for the monitoring figures

The dashboard counts the consenting pool (100,000 candidates and their consents) and the
association registry on every refresh. These indexes hold every column those queries read, so
SQLite answers them from the indexes alone instead of reading the wide rows (names, notes,
JSON) of a 250 MB file.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    ("candidates", "ix_candidates_pool",
     ["id", "deleted_at", "erased_at", "region_code", "gender", "generation", "citizenship",
      "country_code", "association_id"]),
    ("consents", "ix_consents_validity",
     ["candidate_id", "purpose", "deleted_at", "given_on", "expires_on", "withdrawn_at"]),
    ("associations", "ix_associations_figures",
     ["deleted_at", "merged_into_id", "region_code", "status", "created_at"]),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for table, name, _columns in INDEXES:
        op.drop_index(name, table_name=table)
