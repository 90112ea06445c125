"""Saved flyers, posters and banners."""

from __future__ import annotations

from sqlalchemy import Boolean, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import SyncedRecord

FLYER_TEMPLATES: tuple[str, ...] = ("a5", "a4", "letter", "a3", "banner")
FLYER_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ro", "ru", "ar")


class Flyer(SyncedRecord):
    """A flyer design for one region (``region_code``) in one language."""

    __tablename__ = "flyers"
    __entity__ = "flyer"

    name: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(String(16), default="a4")
    language: Mapped[str] = mapped_column(String(8), default="en")
    headline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    call_to_action: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    image_name: Mapped[str] = mapped_column(String(200), default="")
    image_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    theme: Mapped[str] = mapped_column(String(32), default="blue")
    primary_color: Mapped[str] = mapped_column(String(9), default="")
    accent_color: Mapped[str] = mapped_column(String(9), default="")
    bleed: Mapped[bool] = mapped_column(Boolean, default=False)
    crop_marks: Mapped[bool] = mapped_column(Boolean, default=False)
    cmyk: Mapped[bool] = mapped_column(Boolean, default=False)
    campaign_code: Mapped[str] = mapped_column(String(16), default="", index=True)
    """Short code in the QR address (``/register?c=CODE``): registrations that came through
    this flyer name it."""
