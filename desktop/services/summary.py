"""Figures for the home page: records per region and totals."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.services.regions import counts_per_region, list_regions

COUNTED_ENTITIES: tuple[str, ...] = ("association", "focal_point", "candidate", "consultation")


@dataclass(frozen=True)
class RegionCounts:
    code: str | None  # None: national records with no region
    name: str
    help_office_name: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Summary:
    regions: list[RegionCounts]
    totals: dict[str, int]


def region_summary(session: Session, office_region: str = "") -> Summary:
    """Counts per region for the entities that belong to a region.

    A help office sees its own region first; records of unknown or retired regions are still
    counted so that totals add up.
    """
    per_entity = counts_per_region(session, COUNTED_ENTITIES)
    rows: list[RegionCounts] = []
    seen: set[str | None] = set()
    for region in list_regions(session, include_retired=True):
        counts = {e: per_entity[e].get(region.code, 0) for e in COUNTED_ENTITIES}
        if region.retired and not any(counts.values()):
            continue
        rows.append(RegionCounts(region.code, region.name, region.help_office_name, counts))
        seen.add(region.code)
    extra_codes = {code for e in COUNTED_ENTITIES for code in per_entity[e]} - seen
    for code in sorted(extra_codes, key=lambda c: (c is not None, c or "")):
        counts = {e: per_entity[e].get(code, 0) for e in COUNTED_ENTITIES}
        rows.append(RegionCounts(code, code or "", "", counts))
    if office_region:
        rows.sort(key=lambda r: r.code != office_region)
    totals = {e: sum(per_entity[e].values()) for e in COUNTED_ENTITIES}
    return Summary(rows, totals)
