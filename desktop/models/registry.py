"""The association registry and the focal-point directory."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import SyncedRecord

ENGAGEMENT_AREAS: tuple[str, ...] = (
    "remittances",
    "transfer_of_skills",
    "trade",
    "tourism",
    "cultural_diversity",
    "philanthropy",
    "innovation",
    "entrepreneurship",
    "research",
    "transfer_of_ideas",
    "investments",
    "humanitarianism",
    "peacebuilding",
    "environmental_initiatives",
    "diaspora_diplomacy",
    "youth_empowerment",
    "crisis_relief",
    "civic_engagement",
)
ASSOCIATION_STATUSES: tuple[str, ...] = ("pending", "verified", "inactive")
FOCAL_POINT_ROLES: tuple[str, ...] = (
    "elected_official",
    "local_government",
    "technical",
    "consular",
    "association_liaison",
    "other",
)
GENDERS: tuple[str, ...] = ("female", "male", "other", "undisclosed")


class Association(SyncedRecord):
    """A diaspora organisation abroad. ``region_code`` is its origin region."""

    __tablename__ = "associations"
    __entity__ = "association"
    __table_args__ = (
        Index("ix_associations_live_region", "region_code", "deleted_at"),
        # The dashboard's registry figures read only these columns (migration 0008).
        Index("ix_associations_figures", "deleted_at", "merged_into_id", "region_code", "status",
              "created_at"),
    )

    name: Mapped[str] = mapped_column(String(300), index=True)  # the list opens by name
    acronym: Mapped[str] = mapped_column(String(50), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="", index=True)
    city: Mapped[str] = mapped_column(String(200), default="")
    founding_year: Mapped[int | None] = mapped_column(Integer)
    registration_number: Mapped[str] = mapped_column(String(100), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    member_count: Mapped[int | None] = mapped_column(Integer)
    engagement_areas: Mapped[list[str]] = mapped_column(default=list)
    sectors: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column()
    status_changed_by: Mapped[str] = mapped_column(String(100), default="")
    consent_to_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    import_batch_id: Mapped[str | None] = mapped_column(String(36), index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class FocalPoint(SyncedRecord):
    """A person who acts as an information point in a region (``region_code``)."""

    __tablename__ = "focal_points"
    __entity__ = "focal_point"

    name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(16), default="undisclosed")
    role: Mapped[str] = mapped_column(String(32), default="other")
    institution: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    listed_on_flyers: Mapped[bool] = mapped_column(Boolean, default=False)
    publication_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    publication_consent_how: Mapped[str] = mapped_column(String(200), default="")
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_until: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    import_batch_id: Mapped[str | None] = mapped_column(String(36), index=True)


class AssociationFocalPoint(SyncedRecord):
    """A link between an association and a focal point (synced like any record, so that a
    link made in one office reaches the others and a removed link is a tombstone)."""

    __tablename__ = "association_focal_points"
    __entity__ = "association_focal_point"

    association_id: Mapped[str] = mapped_column(ForeignKey("associations.id"), index=True)
    focal_point_id: Mapped[str] = mapped_column(ForeignKey("focal_points.id"), index=True)


HISTORY_ACTIONS: tuple[str, ...] = (
    "created",
    "updated",
    "status_changed",
    "deleted",
    "restored",
    "linked",
    "unlinked",
    "consent_recorded",
    "consent_withdrawn",
    "listed_on_flyers",
    "unlisted_from_flyers",
    "merged",
)


class RecordHistory(SyncedRecord):
    """One entry of a registry record's history: who did what, when.

    ``entity``/``record_id`` name the record (a merge moves entries to the kept record);
    ``details`` holds the change, e.g. ``{"from": "pending", "to": "verified"}``. Synced, so
    that every office sees who verified an association. ``region_code`` is the record's.
    """

    __tablename__ = "record_history"
    __entity__ = "record_history"

    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column()
    by: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
