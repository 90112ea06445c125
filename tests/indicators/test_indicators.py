"""Indicator figures against the hand-counted data set of :mod:`tests.indicators.builders`."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db import Database
from desktop.models import Region
from desktop.services.indicators import (
    IndicatorError,
    IndicatorReport,
    Period,
    Scope,
    compute_indicators,
    parse_scope,
)
from tests.indicators.builders import PERIOD, TODAY, A, B, build


@pytest.fixture
def built(db: Database) -> Database:
    build(db)
    return db


def report(db: Database, scope: Scope | None = None, period: Period = PERIOD) -> IndicatorReport:
    with db.sessions() as session:
        return compute_indicators(session, period, scope or Scope.everything(), today=TODAY)


def region_count(db: Database) -> int:
    from sqlalchemy import func, select

    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Region).where(
            Region.deleted_at.is_(None), Region.retired_at.is_(None))) or 0)


def test_registry_figures_whole_scope(built: Database) -> None:
    r = report(built)
    assert r.total("associations") == 4  # deleted and merged ones left out
    assert r.breakdown("associations", "status") == {"verified": 2, "pending": 1, "inactive": 1}
    assert r.part("associations", "new_in_period") == 3
    assert r.by_region("associations") == {A: 2, B: 1, "national": 1}
    assert r.region_breakdown("associations", "status") == {
        A: {"verified": 1, "pending": 1}, B: {"verified": 1}, "national": {"inactive": 1}}
    assert r.total("focal_points_active") == 2  # F1 and F4; F2 ended in 2025, F3 deleted
    assert r.total("focal_points_listed") == 1
    assert r.total("regions_without_focal_point") == region_count(built) - 1
    assert f"region={A}" not in {f.breakdown for f in r.figures
                                 if f.indicator == "regions_without_focal_point"}


def test_people_figures(built: Database) -> None:
    r = report(built)
    # Pool: C1, C2, C7 (withdrawn, erased, deleted and expired people are out).
    assert r.total("candidates_consented") == 3
    assert r.breakdown("candidates_consented", "gender") == {"female": 2, "male": 1}
    assert r.breakdown("candidates_consented", "generation") == {"first": 1, "second": 2}
    assert r.breakdown("candidates_consented", "country") == {"DE": 1, "IT": 1, "PT": 1}
    assert r.total("consents_expiring") == 1  # C2's ends on 15 August
    assert r.total("consultations_held") == 2
    assert r.breakdown("consultations_held", "kind") == {"roundtable": 1, "focus_group": 1}
    # Attended in the period: C1 (twice), C2, C4 (erased, still counted), C6.
    assert r.total("participants") == 4
    assert r.breakdown("participants", "gender") == {"female": 1, "male": 2, "other": 1}
    assert r.breakdown("participants", "country") == {"DE": 1, "FR": 2, "IT": 1}
    assert r.by_region("participants") == {A: 3, B: 2}
    assert r.total("women_share") == 25.0
    assert r.total("repeat_participants") == 1
    # Consenting people from Portugal (C7) were never heard in the period.
    assert r.total("segments_unheard") == 1
    assert r.breakdown("segments_unheard", "country") == {"PT": 1}


def test_commitment_figures(built: Database) -> None:
    r = report(built)
    assert r.total("commitments") == 5  # K1 and K2's, not the deleted one, not K3's
    assert r.breakdown("commitments", "status") == {
        "open": 1, "done": 2, "in_progress": 1, "dropped": 1}
    assert r.total("commitments_overdue") == 2  # K1's open one and K3's, due in the period
    assert r.total("commitments_on_time_share") == 25.0  # 1 of 4 settled or past due


def test_one_region_and_national(built: Database) -> None:
    r = report(built, Scope.region(A))
    assert r.total("associations") == 2
    assert r.by_region("associations") == {}
    assert r.total("consultations_held") == 1
    assert r.total("participants") == 3
    assert r.total("women_share") == 33.3
    assert r.total("commitments") == 2
    assert r.total("commitments_overdue") == 2
    assert r.total("candidates_consented") == 2
    assert r.total("regions_without_focal_point") == 0
    national = report(built, Scope.national())
    assert national.total("associations") == 1
    assert national.total("candidates_consented") == 1
    assert national.total("consultations_held") == 0
    assert national.total("regions_without_focal_point") == 0
    region_b = report(built, Scope.region(B))
    assert region_b.total("regions_without_focal_point") == 1


def test_period_moves_the_figures(built: Database) -> None:
    late_2025 = Period(dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    r = report(built, period=late_2025)
    assert r.total("consultations_held") == 1  # K3
    assert r.total("participants") == 1  # C7 at K3
    assert r.part("associations", "new_in_period") == 0
    assert r.total("focal_points_active") == 3  # F2 was still active then
    # On 31 December 2025: C1, C3 (withdrew only in 2026) and C6 (expired only in 2026);
    # C7's consent starts in 2026 and an erased person (C4) is never in the pool.
    assert r.total("candidates_consented") == 3


def test_empty_database_and_scope_parsing(db: Database) -> None:
    r = report(db)
    assert r.empty_database
    assert r.total("participants") == 0 and r.total("women_share") == 0
    with db.sessions() as session:
        assert parse_scope(session, "md-cu") == Scope.region("MD-CU")
        assert parse_scope(session, "") == Scope.everything()
        assert parse_scope(session, "national") == Scope.national()
        with pytest.raises(IndicatorError, match="XX-99"):
            parse_scope(session, "XX-99")
    with pytest.raises(IndicatorError):
        Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


@pytest.mark.parametrize(("indicator", "breakdown", "region"), [
    ("associations", "", ""), ("associations", "status=verified", ""),
    ("associations", "new_in_period", ""), ("associations", "", A),
    ("focal_points_active", "", ""), ("focal_points_listed", "", ""),
    ("regions_without_focal_point", "", ""), ("candidates_consented", "", ""),
    ("candidates_consented", "gender=female", ""), ("consents_expiring", "", ""),
    ("consultations_held", "", ""), ("consultations_held", "kind=roundtable", ""),
    ("participants", "", ""), ("participants", "country=FR", ""), ("participants", "", B),
    ("repeat_participants", "", ""), ("segments_unheard", "country=PT", ""),
    ("segments_unheard", "", ""), ("commitments", "", ""), ("commitments", "status=done", ""),
    ("commitments_overdue", "", ""),
])
def test_every_figure_lists_as_many_records_as_it_counts(
        built: Database, indicator: str, breakdown: str, region: str) -> None:
    from desktop.services.indicators.details import figure_details

    r = report(built)
    expected = next(f.value for f in r.figures if f.indicator == indicator
                    and f.breakdown == breakdown and f.region == region)
    with built.sessions() as session:
        details = figure_details(session, r, indicator, breakdown, region)
    assert len(details.rows) == expected
    if indicator == "commitments_overdue":
        assert all(row.parent_id for row in details.rows)
