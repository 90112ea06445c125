"""registry: associations, focal points and their links

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "associations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("acronym", sa.String(length=50), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("founding_year", sa.Integer(), nullable=True),
        sa.Column("registration_number", sa.String(length=100), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=True),
        sa.Column("engagement_areas", sa.JSON(), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", sa.String(length=32), nullable=True),
        sa.Column("status_changed_by", sa.String(length=100), nullable=False),
        sa.Column("consent_to_publish", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("import_batch_id", sa.String(length=36), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_associations")),
    )
    with op.batch_alter_table("associations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_associations_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_associations_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_associations_region_code"), ["region_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_associations_status"), ["status"], unique=False)

    op.create_table(
        "focal_points",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("listed_on_flyers", sa.Boolean(), nullable=False),
        sa.Column("publication_consent_on", sa.Date(), nullable=True),
        sa.Column("publication_consent_how", sa.String(length=200), nullable=False),
        sa.Column("active_from", sa.Date(), nullable=True),
        sa.Column("active_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("import_batch_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focal_points")),
    )
    with op.batch_alter_table("focal_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_focal_points_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_focal_points_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "association_focal_points",
        sa.Column("association_id", sa.String(length=36), nullable=False),
        sa.Column("focal_point_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["associations.id"],
            name=op.f("fk_association_focal_points_association_id_associations"),
        ),
        sa.ForeignKeyConstraint(
            ["focal_point_id"],
            ["focal_points.id"],
            name=op.f("fk_association_focal_points_focal_point_id_focal_points"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_association_focal_points")),
    )
    with op.batch_alter_table("association_focal_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_association_focal_points_association_id"),
            ["association_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_association_focal_points_focal_point_id"),
            ["focal_point_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_association_focal_points_region_code"), ["region_code"], unique=False
        )


def downgrade() -> None:
    op.drop_table("association_focal_points")
    op.drop_table("focal_points")
    op.drop_table("associations")
