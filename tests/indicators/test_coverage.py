"""Who haven't we heard from: coverage against the pool, and quotas proposed from it."""

from __future__ import annotations

import pytest

from desktop.db import Database
from desktop.services.consultation_criteria import load_profiles, share_quotas
from desktop.services.coverage import (
    compute_coverage,
    coverage_shares,
    recent_participant_profiles,
)
from desktop.services.indicators import Scope, compute_indicators
from desktop.services.indicators.details import figure_details
from tests.indicators.builders import TODAY, build


@pytest.fixture
def built(db: Database) -> Database:
    build(db)
    return db


def test_segments_and_the_selected_few(built: Database) -> None:
    with built.sessions() as session:
        cov = compute_coverage(session, 6, today=TODAY)
    countries = {s.value: (s.pool, s.participants, s.seats) for s in cov.of("country")}
    assert countries == {"DE": (1, 1, 1), "FR": (0, 2, 2), "IT": (1, 1, 2), "PT": (1, 0, 0)}
    assert [s.value for s in cov.never_heard("country")] == ["PT"]
    assert [s.value for s in cov.never_heard("generation")] == []
    assert [(r.name, r.seats) for r in cov.people_again] == [("C1", 2)]
    assert cov.of("association") == []  # nobody in the data set belongs to one
    assert (cov.associations_registered, cov.associations_heard) == (4, 0)
    it = next(s for s in cov.of("country") if s.value == "IT")
    assert it.coverage == 100.0


def test_quota_weights_favour_the_under_heard(built: Database) -> None:
    with built.sessions() as session:
        cov = compute_coverage(session, 6, today=TODAY)
        pool = load_profiles(session, ["x"])  # nobody: no weights
        assert coverage_shares(pool, [], "gender") == {}
        heard = recent_participant_profiles(session, 6, TODAY)
        assert len(heard) == 5  # one profile per attended seat
        report = compute_indicators(session, cov.period, Scope.everything(), TODAY)
        ids = [r.record_id for r in figure_details(session, report,
                                                   "candidates_consented").rows]
        pool = load_profiles(session, ids, TODAY)
    shares = coverage_shares(pool, heard, "gender")
    # Women are 2/3 of the pool but 2/5 of the seats: 66.67 + 26.67; men are over-heard.
    assert shares == {"female": pytest.approx(93.33, abs=0.01),
                      "male": pytest.approx(33.33, abs=0.01)}
    rows = share_quotas(pool, "gender", 2, shares)
    assert {r.value: (r.min, r.max) for r in rows} == {"female": (1, 2), "male": (0, 1)}
