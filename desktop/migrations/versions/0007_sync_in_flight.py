"""sync in flight: the outbox remembers the change it sent; cursors know the server's identity

- ``outbox.sent_change_id`` / ``outbox.sent_state``: an entry whose push answer was never
  applied is re-sent as it was before any newer edit of the same record goes out.
- ``outbox.recover_version`` and ``sync_own_versions``: after a server restore, each office
  sends again the versions it made itself (see desktop/services/sync/recovery.py).
- ``sync_cursors.server_id`` / ``sync_cursors.epoch``: the pull cursor belongs to the server,
  not to the address typed, and a restored server (new epoch) is noticed.
- ``sync_cursors.clash_since`` / ``sync_notices``: clashes this office's values won, as the
  server tells them, for the Sync page.
- Outbox entries of regions that were only pre-filled from ISO 3166-2 and never edited are
  dropped: nobody typed them, so they must not be pushed as if someone had (a new office used
  to get one conflict per region named by the bureau). Regions someone edited or added keep
  their entries.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import pycountry
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _iso_codes(country: str) -> set[str]:
    """Top-level ISO 3166-2 codes: exactly what the app pre-fills."""
    found = pycountry.subdivisions.get(country_code=country.upper()) or []
    return {sub.code for sub in found if getattr(sub, "parent_code", None) is None}


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.add_column(sa.Column("sent_change_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("sent_state", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("recover_version", sa.Integer(), nullable=True))
    op.create_table(
        "sync_own_versions",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_sync_own_versions")),
    )
    with op.batch_alter_table("sync_cursors") as batch_op:
        batch_op.add_column(sa.Column("server_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("epoch", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("clash_since", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "sync_notices",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server_clash_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_notices")),
    )

    conn = op.get_bind()
    candidates = conn.execute(sa.text(
        "SELECT o.seq, r.code, r.country_code FROM outbox o JOIN regions r ON r.id = o.record_id "
        "WHERE o.entity = 'region' AND o.state = 'pending' AND o.base_version IS NULL "
        "AND r.version IS NULL AND r.created_at = r.updated_at AND r.help_office_name = '' "
        "AND r.retired_at IS NULL AND r.deleted_at IS NULL")).all()
    codes: dict[str, set[str]] = {}
    untouched = []
    for seq, code, country in candidates:
        iso = codes.setdefault(country or "", _iso_codes(country or ""))
        if code in iso:
            untouched.append({"seq": seq})
    if untouched:
        conn.execute(sa.text("DELETE FROM outbox WHERE seq = :seq"), untouched)


def downgrade() -> None:
    op.drop_table("sync_notices")
    op.drop_table("sync_own_versions")
    with op.batch_alter_table("sync_cursors") as batch_op:
        batch_op.drop_column("clash_since")
        batch_op.drop_column("epoch")
        batch_op.drop_column("server_id")
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_column("recover_version")
        batch_op.drop_column("sent_state")
        batch_op.drop_column("sent_change_id")
