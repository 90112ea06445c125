"""Import batches (what each import brought in, so it can be undone) and saved column mappings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id, utcnow


class ImportBatch(Base):
    """One import of a file. Imported records carry its id in ``import_batch_id``.

    Local bookkeeping (not synced): the records themselves sync, and undoing a batch tombstones
    them so the undo reaches the other offices too.
    """

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32), index=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rows_flagged: Mapped[int] = mapped_column(Integer, default=0)
    """Imported rows that looked like duplicates of existing records (a warning, not a refusal)."""
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    """Column header of the file -> field it was imported into."""
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column()
    undone_by: Mapped[str] = mapped_column(String(100), default="")


class ImportMapping(Base):
    """A named, reusable column mapping (file header -> field) for one entity."""

    __tablename__ = "import_mappings"
    __table_args__ = (
        UniqueConstraint("entity", "name", name="uq_import_mappings_entity_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
