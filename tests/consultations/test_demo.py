"""Demo candidates and consents: deterministic, skewed like real registers, resumable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models import Candidate, Consent
from desktop.services.consent import eligible_ids
from desktop.services.demo import DemoContext
from desktop.services.demo import consultations as demo
from desktop.services.progress import Cancelled, Progress
from desktop.services.regions import configure_office

SMALL = 400


def _fresh(tmp_path: Path, name: str) -> Database:
    database = open_database(tmp_path / name / "d.db", tmp_path / name / "b")
    with database.transaction() as session:
        configure_office(session, "MD", "")
    return database


def _snapshot(database: Database) -> list[tuple[object, ...]]:
    with database.sessions() as session:
        people = session.execute(select(
            Candidate.id, Candidate.name, Candidate.gender, Candidate.country_code,
            Candidate.generation, Candidate.birth_year, Candidate.region_code,
            Candidate.email).order_by(Candidate.id)).all()
        consents = session.execute(select(
            Consent.id, Consent.candidate_id, Consent.given_on, Consent.withdrawn_at,
            Consent.expires_on).order_by(Consent.id)).all()
    return [tuple(r) for r in people] + [tuple(r) for r in consents]


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(demo.SIZES, "small", SMALL)


def _run(database: Database, seed: int = 1) -> DemoContext:
    ctx = DemoContext(db=database, seed=seed, size="small", country="MD")
    demo.make_candidates(ctx)
    demo.make_consents(ctx)
    return ctx


def test_same_seed_same_data(tmp_path: Path) -> None:
    first, second, other = _fresh(tmp_path, "a"), _fresh(tmp_path, "b"), _fresh(tmp_path, "c")
    try:
        _run(first)
        _run(second)
        _run(other, seed=2)
        assert _snapshot(first) == _snapshot(second)
        assert _snapshot(first) != _snapshot(other)
    finally:
        for database in (first, second, other):
            database.close()


def test_skews_and_consent(db: Database) -> None:
    _run(db)
    with db.sessions() as session:
        people = session.scalars(select(Candidate)).all()
        assert len(people) == SMALL
        countries = Counter(p.country_code for p in people).most_common()
        top3 = sum(n for _c, n in countries[:3])
        assert top3 > SMALL * 0.45  # a few destination countries dominate
        generations = Counter(p.generation for p in people)
        assert generations["first"] > generations["second"] > generations["third_plus"]
        genders = Counter(p.gender for p in people)
        assert genders["female"] > genders["male"] * 1.1
        assert "MD" not in dict(countries)  # nobody lives abroad in the home country
        eligible = eligible_ids(session)
        assert SMALL * 0.8 < len(eligible) < SMALL  # most, not all, can be invited
        consents = session.scalars(select(Consent)).all()
        by_person = {c.candidate_id: c for c in consents}
        assert all(by_person[p.id].region_code == p.region_code for p in people)


def test_an_interrupted_run_resumes(db: Database, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(demo.SIZES, "small", 4_500)  # three batches of the default 2,000

    class StopAtThirdBatch(Progress):
        def check(self) -> None:
            self.checks = getattr(self, "checks", 0) + 1
            if self.checks == 3:
                raise Cancelled()

    ctx = DemoContext(db=db, seed=1, size="small", country="MD", progress=StopAtThirdBatch())
    with pytest.raises(Cancelled):
        demo.make_candidates(ctx)
    with db.sessions() as session:
        assert len(session.scalars(select(Candidate.id)).all()) == 4_000  # whole batches only
    ctx.progress = Progress()
    assert demo.make_candidates(ctx) == 500  # resumes where it stopped
    demo.make_consents(ctx)
    reference = _fresh(tmp_path, "ref")
    try:
        _run(reference)
        assert _snapshot(db) == _snapshot(reference)
    finally:
        reference.close()


def _consultation_snapshot(database: Database) -> list[tuple[object, ...]]:
    from desktop.models import Consultation, FollowUpAction, Participation

    with database.sessions() as session:
        consultations = [(c.id, c.title, c.status, c.status_changed_at, c.criteria,
                          c.selection)
                         for c in session.scalars(select(Consultation).order_by(Consultation.id))]
        participations = session.execute(select(
            Participation.id, Participation.candidate_id, Participation.status,
            Participation.probability, Participation.reserve_rank)
            .order_by(Participation.id)).all()
        actions = session.execute(select(FollowUpAction.id, FollowUpAction.text,
                                         FollowUpAction.status)
                                  .order_by(FollowUpAction.id)).all()
    return [*consultations, *map(tuple, participations), *map(tuple, actions)]


def test_consultations_are_drawn_and_followed_up_deterministically(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    from desktop.models import Consultation
    from desktop.services.consultations import open_commitments, participation_counts
    from desktop.services.selection import verify_audit

    monkeypatch.setitem(demo.SIZES, "small", 1_500)
    first, second = _fresh(tmp_path, "a"), _fresh(tmp_path, "b")
    try:
        for database in (first, second):
            ctx = _run(database)
            assert demo.make_consultations(ctx) == 2
            assert demo.make_consultations(ctx) == 0  # done once
        assert _consultation_snapshot(first) == _consultation_snapshot(second)
        with first.sessions() as session:
            drawn, waiting = sorted(session.scalars(select(Consultation)),
                                    key=lambda c: c.status != "followed_up")
            assert drawn.status == "followed_up"
            counts = participation_counts(session, drawn.id)
            # a decline leaves the seat empty only when no reserve keeps the quotas
            assert drawn.seats - 2 <= counts["attended"] + counts["no_show"] <= drawn.seats
            assert counts["declined"] == 2
            assert open_commitments(session, drawn.id)  # still being followed up
            assert drawn.selection["min_probability"] > 0
            assert verify_audit(drawn.selection["audit"], resolve=False).ok
            assert waiting.status == "pool_open" and waiting.criteria["quotas"]
            assert not waiting.selection
    finally:
        first.close()
        second.close()
