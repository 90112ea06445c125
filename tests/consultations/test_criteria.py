"""One value per feature per person, and the quota helpers (proportional, population shares,
gender balance)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from desktop.db import Database
from desktop.models import Association, Candidate
from desktop.services.consultation_criteria import (
    Criteria,
    Profile,
    QuotaRow,
    gender_balanced_quotas,
    load_profiles,
    proportional_quotas,
    quota_problems,
    share_quotas,
)
from desktop.services.consultation_selection import prepare, run_selection, save_criteria
from desktop.services.consultations import add_to_pool
from desktop.services.progress import Cancelled, Progress
from tests.consultations.conftest import MakePerson


def _profiles(values: list[str], feature: str = "country") -> list[Profile]:
    return [Profile(str(i), {feature: v}, None) for i, v in enumerate(values)]


def test_profile_values(db: Database) -> None:
    with db.transaction() as session:
        session.add(Association(id="a1", name="Moldovans of Turin",
                                engagement_areas=["investments", "remittances"]))
        session.flush()
        session.add(Candidate(id="c1", name="Ana", gender="female", birth_year=1990,
                              country_code="IT", citizenship="dual", generation="second",
                              education_level="master", occupation_sector="health_care",
                              topics=["tourism"], languages=["ro", "it"], association_id="a1",
                              region_code="MD-CU", extra={"Shift": "night"}))
        session.add(Candidate(id="c2", name="Ion", citizenship="origin", topics=["tourism"]))
    with db.sessions() as session:
        ana, ion = load_profiles(session, ["c1", "c2"], today=dt.date(2026, 6, 1))
    assert ana.features["objective"] == "investments"  # the association's first area
    assert ion.features["objective"] == "tourism"  # else the first topic volunteered for
    assert ana.features["origin_citizenship"] == "yes"
    assert ana.features["destination_citizenship"] == "yes"
    assert ion.features["destination_citizenship"] == "no"
    assert ana.features["age_band"] == "30_44"
    assert ion.features["age_band"] == "unknown"
    assert ana.features["first_language"] == "ro"
    assert ana.features["extra:Shift"] == "night"  # any imported column is a feature
    assert ion.features["country"] == "unknown"
    assert ana.association_id == "a1"


def test_proportional_quotas_bracket_each_share() -> None:
    profiles = _profiles(["IT"] * 50 + ["RU"] * 30 + ["FR"] * 20)
    rows = {q.value: q for q in proportional_quotas(profiles, "country", 7)}
    assert (rows["IT"].min, rows["IT"].max) == (3, 4)  # 3.5 seats
    assert (rows["RU"].min, rows["RU"].max) == (2, 3)  # 2.1
    assert (rows["FR"].min, rows["FR"].max) == (1, 2)  # 1.4
    assert sum(q.min for q in rows.values()) <= 7 <= sum(q.max for q in rows.values())
    wide = {q.value: q for q in proportional_quotas(profiles, "country", 7, tolerance=1)}
    assert (wide["FR"].min, wide["FR"].max) == (0, 3)


def test_population_shares_and_unlisted_values() -> None:
    # the pool over-represents Russia; the diaspora lives mostly in Italy
    profiles = _profiles(["IT"] * 20 + ["RU"] * 60 + ["FR"] * 20)
    rows = {q.value: q for q in share_quotas(profiles, "country", 10, {"IT": 600, "RU": 400})}
    assert (rows["IT"].min, rows["IT"].max) == (6, 6)
    assert (rows["RU"].min, rows["RU"].max) == (4, 4)
    assert (rows["FR"].min, rows["FR"].max) == (0, 20)  # no share typed: not limited
    few = {q.value: q for q in share_quotas(_profiles(["IT"] * 2 + ["RU"] * 50), "country", 10,
                                            {"IT": 90, "RU": 10})}
    assert (few["IT"].min, few["IT"].max) == (2, 2)  # everyone available, not 9


def test_gender_balance_keeps_a_seat_for_other_answers() -> None:
    plain = {q.value: q for q in gender_balanced_quotas(
        _profiles(["female"] * 30 + ["male"] * 10, "gender"), 8)}
    assert (plain["female"].min, plain["female"].max) == (4, 4)
    assert (plain["male"].min, plain["male"].max) == (4, 4)
    mixed = {q.value: q for q in gender_balanced_quotas(
        _profiles(["female"] * 30 + ["male"] * 10 + ["undisclosed"] * 2, "gender"), 8)}
    assert (mixed["female"].min, mixed["female"].max) == (3, 4)
    assert (mixed["undisclosed"].min, mixed["undisclosed"].max) == (0, 2)


def test_quota_mistakes_in_words() -> None:
    profiles = _profiles(["IT"] * 3 + ["FR"] * 3)
    criteria = Criteria(features=["country"], quotas=[QuotaRow("country", "IT", 4, 5),
                                                      QuotaRow("country", "FR", 2, 1)])
    problems = quota_problems(criteria, profiles, 10)
    assert any("more than the 3 people" in p for p in problems)
    assert any("above the maximum" in p for p in problems)
    assert any("6 people for 10 seats" in p for p in problems)


def test_a_cancelled_selection_stops(db: Database, make_person: MakePerson,
                                     make_consultation: Callable[..., str]) -> None:
    ids = [make_person(gender=("female", "male")[i % 2]) for i in range(10)]
    cid = make_consultation(seats=4)
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
        save_criteria(session, cid, Criteria(features=["gender"], quotas=[
            QuotaRow("gender", "female", 2, 2), QuotaRow("gender", "male", 2, 2)]))
        prepared = prepare(session, cid)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        run_selection(prepared, "seed", progress=progress)
