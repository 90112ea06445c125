"""Candidates (the pool), their consent records, consultations, participations and follow-up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import SyncedRecord

CITIZENSHIPS: tuple[str, ...] = ("origin", "destination", "dual")
GENERATIONS: tuple[str, ...] = ("first", "second", "third_plus")
EDUCATION_LEVELS: tuple[str, ...] = ("primary", "secondary", "vocational", "bachelor", "master",
                                     "doctorate")
CONSULTATION_KINDS: tuple[str, ...] = (
    "roundtable",
    "listening_exercise",
    "focus_group",
    "mobile_counselling",
    "online",
    "workshop",
)
CONSULTATION_STATUSES: tuple[str, ...] = (
    "draft",
    "pool_open",
    "selected",
    "invited",
    "held",
    "followed_up",
    "closed",
)
PARTICIPATION_STATUSES: tuple[str, ...] = (
    "pool",
    "selected",
    "reserve",
    "invited",
    "confirmed",
    "declined",
    "attended",
    "no_show",
)
FOLLOW_UP_STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "dropped")
CONSENT_PURPOSE_CONSULTATIONS = "consultations"


class Candidate(SyncedRecord):
    """A diaspora member who may be invited to consultations; ``region_code`` is the origin."""

    __tablename__ = "candidates"
    __entity__ = "candidate"
    __table_args__ = (
        Index("ix_candidates_live_region", "region_code", "deleted_at"),
        # The dashboard's consenting-pool figures read only these columns (migration 0008).
        Index("ix_candidates_pool", "id", "deleted_at", "erased_at", "region_code", "gender",
              "generation", "citizenship", "country_code", "association_id"),
    )

    name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(16), default="undisclosed")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    country_code: Mapped[str] = mapped_column(String(2), default="", index=True)
    citizenship: Mapped[str] = mapped_column(String(16), default="origin")
    generation: Mapped[str] = mapped_column(String(16), default="first")
    education_level: Mapped[str] = mapped_column(String(32), default="")
    occupation_sector: Mapped[str] = mapped_column(String(100), default="")
    skills: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    topics: Mapped[list[str]] = mapped_column(default=list)
    association_id: Mapped[str | None] = mapped_column(ForeignKey("associations.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[dt.datetime | None] = mapped_column()
    import_batch_id: Mapped[str | None] = mapped_column(String(36), index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Consent(SyncedRecord):
    """One consent given by a candidate for one purpose, with the exact text version shown."""

    __tablename__ = "consents"
    __entity__ = "consent"
    __table_args__ = (
        Index("ix_consents_live_region", "region_code", "deleted_at"),
        # "Valid consent on a day" per candidate, answered from the index (migration 0008).
        Index("ix_consents_validity", "candidate_id", "purpose", "deleted_at", "given_on",
              "expires_on", "withdrawn_at"),
    )

    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidates.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(64), default=CONSENT_PURPOSE_CONSULTATIONS)
    text_version: Mapped[str] = mapped_column(String(32), default="1")
    text: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(64), default="")
    collected_by: Mapped[str] = mapped_column(String(200), default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column()


class Consultation(SyncedRecord):
    """A consultation meeting; its quotas and its selection record travel with it."""

    __tablename__ = "consultations"
    __entity__ = "consultation"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="roundtable")
    topic: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="en")
    seats: Mapped[int] = mapped_column(Integer, default=20)
    reserves_wanted: Mapped[int] = mapped_column(Integer, default=5)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column()
    status_changed_by: Mapped[str] = mapped_column(String(200), default="")
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)
    selection: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")


class Participation(SyncedRecord):
    """A candidate's place in a consultation: in the pool, selected, reserve, invited, …"""

    __tablename__ = "participations"
    __entity__ = "participation"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidates.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pool")
    probability: Mapped[float | None] = mapped_column(Float)
    reserve_rank: Mapped[int | None] = mapped_column(Integer)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column()


class FollowUpAction(SyncedRecord):
    """A commitment made at a consultation ("you said / we did")."""

    __tablename__ = "follow_up_actions"
    __entity__ = "follow_up_action"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome: Mapped[str] = mapped_column(Text, default="")
