"""Registrations from the public form, waiting for an office's review, and flyer campaigns.

A registration is written by the central server when someone sends the ``/register`` form
(:mod:`sync.server.register`) and reaches the office of its origin region on the next pull.
``data`` holds the cleaned answers under the desktop's column names; ``consents`` what each
consent box said (text, version, language, when shown) and whether it was ticked. Reviewing
sets ``status`` and, for an accepted or merged one, ``result_entity``/``result_id``. A
rejected one keeps its reason; its personal data is erased after the retention period
(``erased_at``; the server then drops every earlier copy, see docs/SYNC_PROTOCOL.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import SyncedRecord


class Registration(SyncedRecord):
    """One submission of the public form; ``region_code`` is the origin region given."""

    __tablename__ = "registrations"
    __entity__ = "registration"

    reference: Mapped[str] = mapped_column(String(16), default="", index=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    campaign_code: Mapped[str] = mapped_column(String(16), default="", index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    submitted_at: Mapped[dt.datetime | None] = mapped_column()
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consents: Mapped[list[Any]] = mapped_column(default=list)
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    result_entity: Mapped[str] = mapped_column(String(32), default="")
    result_id: Mapped[str | None] = mapped_column(String(36))
    erased_at: Mapped[dt.datetime | None] = mapped_column()


class FlyerCampaign(SyncedRecord):
    """The campaign code of one flyer of a batch (a saved flyer keeps its code itself, in
    ``Flyer.campaign_code``): registrations that name the code are counted for it."""

    __tablename__ = "flyer_campaigns"
    __entity__ = "flyer_campaign"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    template: Mapped[str] = mapped_column(String(16), default="a4")
    url: Mapped[str] = mapped_column(String(500), default="")
