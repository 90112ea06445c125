"""registrations from the public form, flyer campaign codes

Adds the ``registrations`` table (submissions of the central server's ``/register`` form,
reviewed by the offices), ``flyer_campaigns`` (the codes of the flyers of a batch) and
``flyers.campaign_code``; every existing flyer gets its own code, so reprinting it counts the
registrations it brings.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "registrations",
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("campaign_code", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("submitted_at", sa.String(length=32), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("consents", sa.JSON(), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("result_entity", sa.String(length=32), nullable=False),
        sa.Column("result_id", sa.String(length=36), nullable=True),
        sa.Column("erased_at", sa.String(length=32), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
    )
    with op.batch_alter_table("registrations") as batch_op:
        batch_op.create_index("ix_registrations_live_region", ["region_code", "deleted_at"])
        batch_op.create_index(batch_op.f("ix_registrations_reference"), ["reference"])
        batch_op.create_index(batch_op.f("ix_registrations_status"), ["status"])
        batch_op.create_index(batch_op.f("ix_registrations_campaign_code"), ["campaign_code"])
    op.create_table(
        "flyer_campaigns",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("template", sa.String(length=16), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flyer_campaigns")),
        sa.UniqueConstraint("code", name=op.f("uq_flyer_campaigns_code")),
    )
    with op.batch_alter_table("flyer_campaigns") as batch_op:
        batch_op.create_index("ix_flyer_campaigns_live_region", ["region_code", "deleted_at"])
    with op.batch_alter_table("flyers") as batch_op:
        batch_op.add_column(sa.Column("campaign_code", sa.String(length=16), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_flyers_campaign_code"), ["campaign_code"])
    conn = op.get_bind()
    used: set[str] = set()
    for (flyer_id,) in conn.execute(sa.text("SELECT id FROM flyers")).all():
        code = ""
        while not code or code in used:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        used.add(code)
        conn.execute(sa.text("UPDATE flyers SET campaign_code = :code WHERE id = :id"),
                     {"code": code, "id": flyer_id})


def downgrade() -> None:
    with op.batch_alter_table("flyers") as batch_op:
        batch_op.drop_index(batch_op.f("ix_flyers_campaign_code"))
        batch_op.drop_column("campaign_code")
    op.drop_table("flyer_campaigns")
    op.drop_table("registrations")
