"""Campaign codes: which flyer brought which registration.

Every saved flyer has a short code (``Flyer.campaign_code``) and every flyer of a batch gets one
(a :class:`~desktop.models.FlyerCampaign` record). The flyer's QR code then points at the
public form with the code and the flyer's language: ``<web address>/register?c=CODE&lang=fr``.
Registrations keep the code they came with, so the Flyers section can count, per flyer and
per region, how many came in and how many were accepted.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import Flyer, FlyerCampaign, Registration
from desktop.services.flyers.qr_address import is_valid_code, registration_url
from sync.registration.vocabulary import STATUS_ACCEPTED, STATUS_MERGED

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
"""No 0/O, 1/I: a code read off paper and typed by hand stays right."""
__all__ = ["is_valid_code", "registration_url"]
CODE_LENGTH = 6

def used_codes(session: Session) -> set[str]:
    codes = set(session.scalars(select(Flyer.campaign_code).where(Flyer.campaign_code != "")))
    codes.update(session.scalars(select(FlyerCampaign.code)))
    return codes


def new_codes(session: Session, count: int) -> list[str]:
    """``count`` fresh codes, unique in this database (32^6: a billion codes, so clashes
    between two offices' databases are as good as impossible)."""
    taken = used_codes(session)
    made: list[str] = []
    while len(made) < count:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            taken.add(code)
            made.append(code)
    return made


def new_code(session: Session) -> str:
    return new_codes(session, 1)[0]


def add_campaigns(session: Session, items: Iterable[tuple[str, str | None, str, str, str]]
                  ) -> list[str]:
    """Record one campaign per (label, region, language, template, url); returns the codes."""
    wanted = list(items)
    codes = new_codes(session, len(wanted))
    for code, (label, region, language, template, url) in zip(codes, wanted, strict=True):
        session.add(FlyerCampaign(code=code, label=label[:200], region_code=region,
                                  language=language, template=template, url=url[:500]))
    session.flush()
    return codes


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class CampaignResult:
    """Registrations that came through one flyer (or one flyer of a batch)."""

    code: str
    label: str
    region_code: str
    language: str
    received: int
    accepted: int


@dataclass(frozen=True)
class RegionResult:
    region_code: str
    received: int
    accepted: int


@dataclass(frozen=True)
class CampaignResults:
    campaigns: tuple[CampaignResult, ...]
    regions: tuple[RegionResult, ...]
    without_code: int


def campaign_results(db: Database) -> CampaignResults:
    """Per flyer and per region: registrations received and accepted (merged counts too)."""
    done = (STATUS_ACCEPTED, STATUS_MERGED)
    with db.sessions() as session:
        counts: dict[str, list[int]] = {}
        regions: dict[str, list[int]] = {}
        live = Registration.deleted_at.is_(None)
        for code, region, status, n in session.execute(
                select(Registration.campaign_code, Registration.region_code, Registration.status,
                       func.count()).where(live)
                .group_by(Registration.campaign_code, Registration.region_code,
                          Registration.status)):
            for key, table in ((code or "", counts), (region or "", regions)):
                entry = table.setdefault(key, [0, 0])
                entry[0] += n
                entry[1] += n if status in done else 0
        labels: dict[str, tuple[str, str, str]] = {}
        for code, name, region, language in session.execute(
                select(Flyer.campaign_code, Flyer.name, Flyer.region_code, Flyer.language)
                .where(Flyer.campaign_code != "", Flyer.deleted_at.is_(None))):
            labels[code] = (name, region or "", language)
        for code, label, region, language in session.execute(
                select(FlyerCampaign.code, FlyerCampaign.label, FlyerCampaign.region_code,
                       FlyerCampaign.language).where(FlyerCampaign.deleted_at.is_(None))):
            labels.setdefault(code, (label, region or "", language))
    campaigns = [CampaignResult(code, *labels.get(code, ("", "", "")), *counts.get(code, [0, 0]))
                 for code in sorted(set(labels) | {c for c in counts if c})]
    campaigns.sort(key=lambda c: (-c.received, c.label.casefold(), c.code))
    region_rows = sorted((RegionResult(code, *n) for code, n in regions.items()),
                         key=lambda r: (-r.received, r.region_code))
    return CampaignResults(tuple(campaigns), tuple(region_rows), counts.get("", [0, 0])[0])
