"""The home country's regions: pre-filled from ISO 3166-2, then added to, renamed and retired."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.db import OUTBOX_HANDLED
from desktop.models import (
    SYNCED_ENTITIES,
    Region,
    region_id,
    utcnow,
)
from desktop.services import countries
from desktop.services.i18n import translate
from desktop.services.meta import HOME_COUNTRY, OFFICE_REGION, set_meta


class RegionError(ValueError):
    """A region change that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    help_office_name: str
    retired: bool


def list_regions(session: Session, include_retired: bool = False) -> list[RegionRow]:
    query = select(Region).where(Region.deleted_at.is_(None)).order_by(Region.name)
    if not include_retired:
        query = query.where(Region.retired_at.is_(None))
    return [
        RegionRow(r.code, r.name, r.help_office_name, r.retired_at is not None)
        for r in session.scalars(query)
    ]


def region_names(session: Session) -> dict[str, str]:
    """Code -> name for every region, retired ones included (old records still point to them)."""
    return {code: name for code, name in session.execute(select(Region.code, Region.name))}


def prefill_regions(session: Session, country_code: str) -> int:
    """Create the country's top-level subdivisions that are not there yet; returns how many.

    Pre-filled regions are reference data, not anyone's edit: they get no outbox entry and are
    never pushed. Every office makes the same records (ids come from the codes), so a new
    office simply takes the server's copy (with the help-office names the bureau gave) on its
    first pull instead of raising one conflict per region. A region someone edits or adds is
    queued like any other edit.
    """
    existing = set(session.scalars(select(Region.code)))
    now = utcnow()
    rows = [
        {"id": region_id(sub.code), "code": sub.code, "name": sub.name, "help_office_name": "",
         "country_code": country_code.upper(), "region_code": None, "created_at": now,
         "updated_at": now, "version": None, "deleted_at": None, "retired_at": None}
        for sub in countries.subdivisions(country_code) if sub.code not in existing
    ]
    if rows:
        session.execute(insert(Region), rows, execution_options={OUTBOX_HANDLED: True})
    return len(rows)


def prefilled_values(session: Session, record_id: str) -> dict[str, object] | None:
    """The values a region had when it was pre-filled from ISO 3166-2 (``None`` for a region
    someone added): "discard my change" of a region that never reached the server goes back
    to these instead of deleting the region."""
    region = session.get(Region, record_id)
    if region is None:
        return None
    for sub in countries.subdivisions(region.country_code):
        if sub.code == region.code:
            return {"name": sub.name, "help_office_name": "", "retired_at": None,
                    "deleted_at": None, "region_code": None}
    return None


def configure_office(session: Session, country_code: str, office_region: str = "") -> int:
    """First start (or a settings change): set home country and office, pre-fill regions."""
    if not countries.is_country(country_code):
        raise RegionError(
            translate("Regions", "Unknown country code: {code}").format(code=country_code)
        )
    set_meta(session, HOME_COUNTRY, country_code.upper())
    added = prefill_regions(session, country_code)
    session.flush()
    if office_region:
        region = session.scalar(select(Region).where(Region.code == office_region))
        if region is None:
            raise RegionError(
                translate("Regions", "Unknown region: {code}").format(code=office_region)
            )
    set_meta(session, OFFICE_REGION, office_region)
    return added


_CODE_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,10}$")


def add_region(session: Session, country_code: str, code: str, name: str,
               help_office_name: str = "") -> Region:
    """Add a region that ISO 3166-2 does not list (e.g. a new administrative unit)."""
    code = code.strip().upper()
    name = name.strip()
    if not name:
        raise RegionError(translate("Regions", "A region needs a name."))
    if not _CODE_RE.match(code):
        raise RegionError(
            translate("Regions", "A region code looks like {example} (country, dash, letters "
                      "or digits).").format(example=f"{country_code.upper()}-XY")
        )
    if session.scalar(select(Region).where(Region.code == code)) is not None:
        raise RegionError(
            translate("Regions", "The code {code} is already used.").format(code=code)
        )
    region = Region(id=region_id(code), code=code, name=name,
                    help_office_name=help_office_name.strip(), country_code=country_code.upper())
    session.add(region)
    return region


def _get(session: Session, code: str) -> Region:
    region = session.scalar(select(Region).where(Region.code == code))
    if region is None:
        raise RegionError(translate("Regions", "Unknown region: {code}").format(code=code))
    return region


def rename_region(session: Session, code: str, name: str, help_office_name: str) -> None:
    name = name.strip()
    if not name:
        raise RegionError(translate("Regions", "A region needs a name."))
    region = _get(session, code)
    region.name = name
    region.help_office_name = help_office_name.strip()


def set_retired(session: Session, code: str, retired: bool) -> None:
    """Retire a region (kept for old records, hidden from pickers) or bring it back."""
    region = _get(session, code)
    region.retired_at = utcnow() if retired else None


def counts_per_region(
    session: Session, entities: Sequence[str]
) -> dict[str, dict[str | None, int]]:
    """For each entity name, live (not deleted) records per ``region_code`` (None = national)."""
    result: dict[str, dict[str | None, int]] = {}
    for entity in entities:
        cls = SYNCED_ENTITIES[entity]
        rows = session.execute(
            select(cls.region_code, func.count())
            .where(cls.deleted_at.is_(None))
            .group_by(cls.region_code)
        )
        result[entity] = {code: count for code, count in rows}
    return result
