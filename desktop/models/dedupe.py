"""Duplicate-detection decisions that the user made and that must be remembered."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class NotDuplicate(Base):
    """A pair of records the user said are *not* duplicates, so they are never proposed again.

    Kept local (not synced): it is a working decision of this office's staff, not registry data,
    and a national record made by a regional office could be refused by the server's scoping.
    The pair is stored in a canonical order (``record_a < record_b``) so one row covers both
    directions.
    """

    __tablename__ = "dedupe_not_duplicates"
    __table_args__ = (
        UniqueConstraint("entity", "record_a", "record_b", name="uq_dedupe_not_duplicates_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_a: Mapped[str] = mapped_column(String(36), index=True)
    record_b: Mapped[str] = mapped_column(String(36), index=True)
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
