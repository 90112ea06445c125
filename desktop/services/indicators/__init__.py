"""Monitoring and evaluation figures for a period and a scope (no Qt).

One service feeds the dashboard, the ``report indicators`` command and the donor report, so the
three always agree. :func:`compute_indicators` runs one SQL query per figure (and per breakdown)
and returns a frozen :class:`IndicatorReport`; the definitions are in ``docs/INDICATORS.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from desktop.services.indicators import queries as q
from desktop.services.indicators.model import (
    ALL,
    INDICATORS,
    NATIONAL,
    NATIONAL_LABEL,
    PERCENT_INDICATORS,
    REGION,
    Figure,
    IndicatorError,
    IndicatorReport,
    Period,
    Scope,
)
from desktop.services.regions import region_names

__all__ = [
    "ALL", "INDICATORS", "NATIONAL", "PERCENT_INDICATORS", "REGION", "Figure", "IndicatorError",
    "IndicatorReport", "Period", "Scope", "compute_indicators", "parse_scope",
]

PEOPLE = ("gender", "generation", "citizenship", "country")


def parse_scope(session: Session, text: str) -> Scope:
    """``""``/``all`` → everything, ``national`` → national records, else a known region code
    (any case). Unknown codes raise :class:`IndicatorError` naming the code."""
    value = text.strip()
    if value.lower() in ("", ALL):
        return Scope.everything()
    if value.lower() == NATIONAL:
        return Scope.national()
    names = region_names(session)
    for code in names:
        if code.upper() == value.upper():
            return Scope.region(code)
    from desktop.services.i18n import translate

    raise IndicatorError(translate("Indicators", "Unknown region: {code}.").format(code=value))


def _rows(session: Session, query: Select[Any, Any]) -> list[tuple[Any, Any]]:
    return [(row[0], row[1]) for row in session.execute(query)]


def _region_label(code: Any) -> str:
    return str(code) if code else NATIONAL_LABEL


class _Collector:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.figures: list[Figure] = []

    def total(self, indicator: str, query: Select[Any, Any]) -> None:
        value = sum(float(v or 0) for _k, v in _rows(self.session, query))
        self.figures.append(Figure(indicator, "", "", value))

    def single(self, indicator: str, query: Select[Any, Any]) -> None:
        rows = _rows(self.session, query)
        self.figures.append(Figure(indicator, "", "", float(rows[0][1] or 0) if rows else 0.0))

    def part(self, indicator: str, name: str, query: Select[Any, Any]) -> None:
        value = sum(float(v or 0) for _k, v in _rows(self.session, query))
        self.figures.append(Figure(indicator, "", name, value))

    def breakdown(self, indicator: str, dimension: str, query: Select[Any, Any]) -> None:
        for key, value in sorted(_rows(self.session, query), key=lambda r: str(r[0] or "")):
            self.figures.append(Figure(indicator, "", f"{dimension}={key or ''}", float(value)))

    def regions(self, indicator: str, query: Select[Any, Any]) -> None:
        for key, value in sorted(_rows(self.session, query), key=lambda r: str(r[0] or "")):
            self.figures.append(Figure(indicator, _region_label(key), "", float(value)))


def _associations(c: _Collector, session: Session, scope: Scope, period: Period,
                  per_region: bool) -> None:
    """Every association figure from one grouped query (region × status, with the count
    created in the period)."""
    rows = [(code, status, int(count), int(new or 0))
            for code, status, count, new in session.execute(q.associations_cube(scope, period))]
    c.figures.append(Figure("associations", "", "", float(sum(r[2] for r in rows))))
    by_status: dict[str, int] = {}
    by_region: dict[str, int] = {}
    for code, status, count, _new in rows:
        by_status[status] = by_status.get(status, 0) + count
        by_region[_region_label(code)] = by_region.get(_region_label(code), 0) + count
    c.figures.extend(Figure("associations", "", f"status={k}", float(v))
                     for k, v in sorted(by_status.items()))
    c.figures.append(Figure("associations", "", "new_in_period",
                            float(sum(r[3] for r in rows))))
    if per_region:
        c.figures.extend(Figure("associations", k, "", float(v))
                         for k, v in sorted(by_region.items()))
        c.figures.extend(
            Figure("associations", _region_label(code), f"status={status}", float(count))
            for code, status, count, _new in sorted(rows, key=lambda r: (_region_label(r[0]),
                                                                         r[1])))


POOL_COLUMNS = ("gender", "generation", "citizenship", "country", "region")


def _pool(c: _Collector, session: Session, scope: Scope, on: dt.date,
          per_region: bool) -> dict[str, dict[str, int]]:
    """Every consenting-pool figure from one grouped query (gender × generation × citizenship
    × country × region, with how many consents end within 90 days); returns the pool per
    dimension for the "groups not heard" figure."""
    totals: dict[str, dict[str, int]] = {name: {} for name in POOL_COLUMNS}
    people = expiring = 0
    for *keys, count, ending in session.execute(q.pool_cube(scope, on)):
        people += int(count)
        expiring += int(ending or 0)
        for name, key in zip(POOL_COLUMNS, keys, strict=True):
            value = key or ""
            totals[name][value] = totals[name].get(value, 0) + int(count)
    c.figures.append(Figure("candidates_consented", "", "", float(people)))
    for dimension in PEOPLE:
        c.figures.extend(Figure("candidates_consented", "", f"{dimension}={k}", float(v))
                         for k, v in sorted(totals[dimension].items()))
    if per_region:
        c.figures.extend(Figure("candidates_consented", _region_label(k), "", float(v))
                         for k, v in sorted(totals["region"].items()))
    c.figures.append(Figure("consents_expiring", "", "", float(expiring)))
    return totals


def _unheard(pool: dict[str, int], c: _Collector, dimension: str) -> list[tuple[str, int]]:
    """Values with consenting people and no participant, most people first."""
    prefix = f"{dimension}="
    heard = {f.breakdown[len(prefix):] for f in c.figures
             if f.indicator == "participants" and not f.region
             and f.breakdown.startswith(prefix) and f.value > 0}
    rows = [(k, v) for k, v in pool.items() if k and v > 0 and k not in heard]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def compute_indicators(session: Session, period: Period, scope: Scope,
                       today: dt.date | None = None) -> IndicatorReport:
    """Every indicator of :data:`INDICATORS` with its breakdowns, for the period and scope."""
    today = today or dt.date.today()
    as_of = min(period.end, today)
    c = _Collector(session)
    per_region = scope.kind == ALL

    _associations(c, session, scope, period, per_region)

    c.total("focal_points_active", q.focal_points_active(scope, period))
    c.total("focal_points_listed", q.focal_points_active(scope, period, listed=True))
    if per_region:
        c.regions("focal_points_active", q.focal_points_active(scope, period, by_region=True))
        c.regions("focal_points_listed",
                  q.focal_points_active(scope, period, by_region=True, listed=True))
    without = _rows(session, q.regions_without_focal_point(scope, period))
    c.figures.append(Figure("regions_without_focal_point", "", "", float(len(without))))
    c.figures.extend(Figure("regions_without_focal_point", "", f"region={code}", 1.0)
                     for code, _one in without)

    pool = _pool(c, session, scope, as_of, per_region)

    c.total("consultations_held", q.consultations_held(scope, period))
    c.breakdown("consultations_held", "kind", q.consultations_held(scope, period, "kind"))
    if per_region:
        c.regions("consultations_held", q.consultations_held(scope, period, "region"))

    c.total("participants", q.participants(scope, period))
    for dimension in PEOPLE:
        c.breakdown("participants", dimension, q.participants(scope, period, dimension))
    if per_region:
        c.regions("participants", q.participants(scope, period, "region"))
    c.single("women_share", q.women_share(scope, period))

    c.total("commitments", q.commitments(scope, period))
    c.breakdown("commitments", "status", q.commitments(scope, period, "status"))
    if per_region:
        c.regions("commitments", q.commitments(scope, period, "region"))
    c.total("commitments_overdue", q.commitments_overdue(scope, as_of))
    if per_region:
        c.regions("commitments_overdue", q.commitments_overdue(scope, as_of, by_region=True))
    c.single("commitments_on_time_share", q.commitments_on_time_share(scope, period, as_of))

    unheard = {d: _unheard(pool[d], c, d) for d in ("country", "generation")}
    c.figures.append(Figure("segments_unheard", "", "",
                            float(sum(len(rows) for rows in unheard.values()))))
    for dimension, rows in unheard.items():
        c.figures.extend(Figure("segments_unheard", "", f"{dimension}={key}", float(value))
                         for key, value in rows)
    c.single("repeat_participants", q.repeat_participants(scope, period))

    empty = not _rows(session, q.has_records(scope))[0][1]
    return IndicatorReport(period, scope, as_of, tuple(c.figures), region_names(session), empty)
