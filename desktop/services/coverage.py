"""Who haven't we heard from? Participation over the last N months against the consenting pool
and the association registry.

For each residence country, generation, gender, citizenship and association: how many people
consented to be consulted, how many of them (or of that group) took part, and how many seats
they held. Groups with people in the pool and no participant are the ones never consulted; the
people and associations with the most seats are the "selected few" a transparent selection is
meant to avoid. Every figure is one SQL query with the indicators' definitions
(``docs/INDICATORS.md``): consent valid today, attended seats at consultations held in the
window, deleted records left out.

:func:`coverage_shares` turns the same comparison into quota weights for the next draw ("propose
quotas from coverage"): each value keeps its share of the pool and gets back the share it was
under-heard by, so groups that were left out weigh more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from desktop.models import Association, Candidate, Consultation, Participation
from desktop.services.consultation_criteria import Profile, composition, load_profiles
from desktop.services.indicators import queries as q
from desktop.services.indicators.model import Period, Scope

DIMENSIONS: tuple[str, ...] = ("country", "generation", "gender", "citizenship", "association")
REPEAT_THRESHOLD = 2


@dataclass(frozen=True)
class SegmentRow:
    dimension: str
    value: str
    """The code (country, generation …) or, for associations, the association's id."""
    name: str
    """For associations their name; empty for coded values (the view labels them)."""
    pool: int
    participants: int
    seats: int

    @property
    def never_heard(self) -> bool:
        return self.participants == 0

    @property
    def coverage(self) -> float:
        """Per cent of the group's consenting people who took part (0 with nobody)."""
        return round(100.0 * self.participants / self.pool, 1) if self.pool else 0.0


@dataclass(frozen=True)
class RepeatRow:
    record_id: str
    name: str
    region_code: str
    seats: int
    consultations: int


@dataclass(frozen=True)
class Coverage:
    months: int
    period: Period
    segments: tuple[SegmentRow, ...]
    people_again: tuple[RepeatRow, ...]
    associations_again: tuple[RepeatRow, ...]
    associations_registered: int = 0
    associations_heard: int = 0
    """Registered associations of the scope, and how many had a member take part."""

    def of(self, dimension: str) -> list[SegmentRow]:
        return [s for s in self.segments if s.dimension == dimension]

    def never_heard(self, dimension: str | None = None) -> list[SegmentRow]:
        return [s for s in self.segments if s.never_heard and s.pool > 0
                and (dimension is None or s.dimension == dimension)]


def _people_segments(session: Session, scope: Scope, period: Period, today: dt.date
                     ) -> list[SegmentRow]:
    """Every people dimension: the pool from one grouped query (the indicators' cube), the
    participants and their seats from one small query per dimension."""
    columns = ("gender", "generation", "citizenship", "country")
    pool: dict[str, dict[str, int]] = {d: {} for d in columns}
    for gender, generation, citizenship, country, _region, count, _ending in session.execute(
            q.pool_cube(scope, today)):
        for dimension, value in zip(columns, (gender, generation, citizenship, country),
                                    strict=True):
            key = value or ""
            pool[dimension][key] = pool[dimension].get(key, 0) + int(count)
    rows: list[SegmentRow] = []
    for dimension in DIMENSIONS[:-1]:
        column = q.PEOPLE_DIMENSIONS[dimension]
        taken = {str(row[0] or ""): (int(row[1]), int(row[2])) for row in session.execute(
            select(column, func.count(distinct(Candidate.id)), func.count(Participation.id))
            .select_from(Participation)
            .join(Consultation, Participation.consultation_id == Consultation.id)
            .join(Candidate, Participation.candidate_id == Candidate.id)
            .where(q.attended(scope, period)).group_by(column))}
        in_pool = pool[dimension]
        rows += [SegmentRow(dimension, value, "", in_pool.get(value, 0),
                            taken.get(value, (0, 0))[0], taken.get(value, (0, 0))[1])
                 for value in sorted(set(in_pool) | set(taken))]
    return rows


def _association_segments(session: Session, scope: Scope, period: Period,
                          today: dt.date) -> list[SegmentRow]:
    """The associations of the scope with consenting members or seats (the registry holds
    tens of thousands with neither; :attr:`Coverage.associations_registered` counts them)."""
    pool = {row[0]: int(row[1]) for row in session.execute(q.pool_by_association(today))}
    taken = {row[0]: (int(row[1]), int(row[2])) for row in session.execute(
        select(Candidate.association_id, func.count(distinct(Candidate.id)),
               func.count(Participation.id))
        .select_from(Participation)
        .join(Consultation, Participation.consultation_id == Consultation.id)
        .join(Candidate, Participation.candidate_id == Candidate.id)
        .where(q.attended(Scope.everything(), period), Candidate.association_id.is_not(None))
        .group_by(Candidate.association_id))}
    involved = set(pool) | set(taken)
    rows = [(aid, name) for aid, name in session.execute(
        select(Association.id, Association.name).where(q.live_associations(scope)))
        if aid in involved]
    rows.sort(key=lambda r: r[1].casefold())
    return [SegmentRow("association", aid, name, int(pool.get(aid, 0)),
                       taken.get(aid, (0, 0))[0], taken.get(aid, (0, 0))[1])
            for aid, name in rows]


def compute_coverage(session: Session, months: int, scope: Scope | None = None,
                     today: dt.date | None = None,
                     threshold: int = REPEAT_THRESHOLD) -> Coverage:
    """Participation in the ``months`` up to ``today`` against the pool and the registry."""
    today = today or dt.date.today()
    scope = scope or Scope.everything()
    period = Period.last_months(months, today)
    segments: list[SegmentRow] = []
    segments += _people_segments(session, scope, period, today)
    segments += _association_segments(session, scope, period, today)
    seats = func.count(Participation.id)
    held = func.count(distinct(Consultation.id))
    people = session.execute(
        select(Candidate.id, Candidate.name, Candidate.region_code, seats, held)
        .select_from(Participation)
        .join(Consultation, Participation.consultation_id == Consultation.id)
        .join(Candidate, Participation.candidate_id == Candidate.id)
        .where(q.attended(scope, period))
        .group_by(Candidate.id, Candidate.name, Candidate.region_code)
        .having(held >= threshold).order_by(seats.desc(), Candidate.name))
    associations = session.execute(
        select(Association.id, Association.name, Association.region_code, seats, held)
        .select_from(Participation)
        .join(Consultation, Participation.consultation_id == Consultation.id)
        .join(Candidate, Participation.candidate_id == Candidate.id)
        .join(Association, Candidate.association_id == Association.id)
        .where(q.attended(scope, period), Association.deleted_at.is_(None))
        .group_by(Association.id, Association.name, Association.region_code)
        .having(held >= threshold).order_by(seats.desc(), Association.name))
    registered = int(session.scalar(select(func.count()).select_from(Association)
                                    .where(q.live_associations(scope))) or 0)
    heard = sum(1 for s in segments if s.dimension == "association" and s.participants)
    return Coverage(
        months, period, tuple(segments),
        tuple(RepeatRow(r[0], r[1], r[2] or "", int(r[3]), int(r[4])) for r in people),
        tuple(RepeatRow(r[0], r[1], r[2] or "", int(r[3]), int(r[4])) for r in associations),
        registered, heard)


# --------------------------------------------------------------------------------------------
# Quotas for the next draw


def recent_participant_profiles(session: Session, months: int, today: dt.date | None = None,
                                leave_out_consultation: str = "") -> list[Profile]:
    """The people who took part in the last ``months`` (one profile per attended seat), with
    the same feature values the criteria editor uses."""
    today = today or dt.date.today()
    period = Period.last_months(months, today)
    seated = list(session.scalars(
        select(Participation.candidate_id)
        .join(Consultation, Participation.consultation_id == Consultation.id)
        .join(Candidate, Participation.candidate_id == Candidate.id)
        .where(q.attended(Scope.everything(), period),
               Consultation.id != leave_out_consultation)))
    by_id = {p.id: p for p in load_profiles(session, list(dict.fromkeys(seated)), today)}
    return [by_id[cid] for cid in seated if cid in by_id]


def coverage_shares(pool: Sequence[Profile], heard: Iterable[Profile],
                    feature: str) -> dict[str, float]:
    """Weights per value of ``feature`` for :func:`share_quotas`: the value's share of the pool
    plus the share by which it was under-heard (its pool share minus its share of recent
    participants, when positive). With nobody heard, that doubles every value: the pool's own
    proportions."""
    in_pool: Counter[str] = composition(pool, feature)
    in_heard: Counter[str] = composition(list(heard), feature)
    pool_total, heard_total = sum(in_pool.values()), sum(in_heard.values())
    if not pool_total:
        return {}
    shares: dict[str, float] = {}
    for value, count in in_pool.items():
        pool_share = count / pool_total
        heard_share = in_heard.get(value, 0) / heard_total if heard_total else 0.0
        shares[value] = round(100 * (pool_share + max(0.0, pool_share - heard_share)), 2)
    return shares
