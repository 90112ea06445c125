"""The records behind a figure: what a click on a dashboard tile, bar or row lists.

Each list is one query built from the same conditions as the figure (``queries.py``), so the
list a user opens always has as many rows as the figure says (up to :data:`LIMIT`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Association,
    Candidate,
    Consultation,
    FocalPoint,
    FollowUpAction,
    Participation,
    Region,
)
from desktop.services.indicators import queries as q
from desktop.services.indicators.model import NATIONAL_LABEL, IndicatorReport, Scope

LIMIT = 2000

ENTITY_OF: dict[str, str] = {
    "associations": "association",
    "focal_points_active": "focal_point",
    "focal_points_listed": "focal_point",
    "regions_without_focal_point": "region",
    "candidates_consented": "candidate",
    "consents_expiring": "candidate",
    "segments_unheard": "candidate",
    "consultations_held": "consultation",
    "participants": "candidate",
    "women_share": "candidate",
    "repeat_participants": "candidate",
    "commitments": "follow_up_action",
    "commitments_overdue": "follow_up_action",
    "commitments_on_time_share": "follow_up_action",
}
"""Which kind of record each figure counts (the section a drill-down opens)."""


@dataclass(frozen=True)
class DetailRow:
    record_id: str
    name: str
    region_code: str
    detail: str
    """A code or date that says why the record is in the list (status, due date, country…)."""
    date: dt.date | None = None
    parent_id: str = ""
    """For a commitment: its consultation."""


@dataclass(frozen=True)
class Details:
    entity: str
    rows: tuple[DetailRow, ...]
    truncated: bool


def _scope_for(report: IndicatorReport, region: str) -> Scope:
    """A row of the per-region table narrows the report's scope to that region."""
    if not region:
        return report.scope
    if region == NATIONAL_LABEL:
        return Scope.national()
    return Scope.region(region)


def _where_dimension(breakdown: str) -> tuple[str, str]:
    dimension, _, value = breakdown.partition("=")
    return (dimension, value) if _ else ("", breakdown)


def figure_details(session: Session, report: IndicatorReport, indicator: str,
                   breakdown: str = "", region: str = "") -> Details:
    """The records behind one figure of ``report`` (same period, scope and reference day)."""
    scope, period, on = _scope_for(report, region), report.period, report.as_of
    dimension, value = _where_dimension(breakdown)
    query: Any
    if indicator == "associations":
        query = (select(Association.id, Association.name, Association.region_code,
                        Association.status, literal(None), literal(""))
                 .where(q.live_associations(scope)).order_by(Association.name))
        if dimension == "status":
            query = query.where(Association.status == value)
        elif value == "new_in_period":
            query = query.where(Association.created_at >= period.start_datetime(),
                                Association.created_at < period.end_datetime())
    elif indicator in ("focal_points_active", "focal_points_listed"):
        query = (select(FocalPoint.id, FocalPoint.name, FocalPoint.region_code,
                        FocalPoint.institution, FocalPoint.active_until, literal(""))
                 .where(q.active_focal_point(period), q.in_scope(FocalPoint.region_code, scope))
                 .order_by(FocalPoint.name))
        if indicator == "focal_points_listed":
            query = query.where(FocalPoint.listed_on_flyers.is_(True))
    elif indicator == "regions_without_focal_point":
        codes = [code for code, _one in session.execute(
            q.regions_without_focal_point(scope, period))]
        query = (select(Region.id, Region.name, Region.code, Region.help_office_name,
                        literal(None), literal("")).where(Region.code.in_(codes))
                 .order_by(Region.name))
    elif indicator in ("candidates_consented", "consents_expiring", "segments_unheard"):
        query = _people_in_pool(indicator, scope, on, period, dimension, value)
    elif indicator in ("participants", "women_share", "repeat_participants"):
        query = _participants(indicator, scope, period, dimension, value)
    elif indicator == "consultations_held":
        query = (select(Consultation.id, Consultation.title, Consultation.region_code,
                        Consultation.kind, Consultation.held_on, literal(""))
                 .where(q.held_in(scope, period)).order_by(Consultation.held_on.desc()))
        if dimension == "kind":
            query = query.where(Consultation.kind == value)
    elif indicator.startswith("commitments"):
        query = _commitments(indicator, scope, report, dimension, value)
    else:
        raise KeyError(indicator)
    rows = [DetailRow(str(r[0]), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""),
                      r[4] if isinstance(r[4], dt.date) else None, str(r[5] or ""))
            for r in session.execute(query.limit(LIMIT + 1))]
    return Details(ENTITY_OF[indicator], tuple(rows[:LIMIT]), len(rows) > LIMIT)


def _people_in_pool(indicator: str, scope: Scope, on: dt.date, period: Any, dimension: str,
                    value: str) -> Any:
    query = (select(Candidate.id, Candidate.name, Candidate.region_code, Candidate.country_code,
                    literal(None), literal(""))
             .where(q.consenting(scope, on)).order_by(Candidate.name))
    if indicator == "consents_expiring":
        expiring = q.consents_expiring(scope, on).whereclause
        if expiring is not None:
            query = query.where(expiring)
    if dimension in q.PEOPLE_DIMENSIONS:
        query = query.where(q.PEOPLE_DIMENSIONS[dimension] == value)
    if indicator == "segments_unheard" and not dimension:
        query = query.where(or_(*(
            q.PEOPLE_DIMENSIONS[d].in_(select(q.segments_unheard(scope, period, d).subquery()
                                              .c[0]))
            for d in ("country", "generation"))))
    return query


def _participants(indicator: str, scope: Scope, period: Any, dimension: str,
                  value: str) -> Any:
    seats = func.count(func.distinct(Consultation.id))
    query = (select(Candidate.id, Candidate.name, Candidate.region_code, Candidate.gender,
                    literal(None), literal(""))
             .select_from(Participation)
             .join(Consultation, Participation.consultation_id == Consultation.id)
             .join(Candidate, Participation.candidate_id == Candidate.id)
             .where(q.attended(scope, period))
             .group_by(Candidate.id, Candidate.name, Candidate.region_code, Candidate.gender)
             .order_by(seats.desc(), Candidate.name))
    if indicator == "women_share":
        query = query.where(Candidate.gender == "female")
    if indicator == "repeat_participants":
        query = query.having(seats >= 2)
    if dimension in q.PEOPLE_DIMENSIONS:
        query = query.where(q.PEOPLE_DIMENSIONS[dimension] == value)
    return query


def _commitments(indicator: str, scope: Scope, report: IndicatorReport, dimension: str,
                 value: str) -> Any:
    period, on = report.period, report.as_of
    query = (select(FollowUpAction.id, FollowUpAction.text, Consultation.region_code,
                    FollowUpAction.status, FollowUpAction.due_on, Consultation.id)
             .select_from(FollowUpAction)
             .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
             .order_by(FollowUpAction.due_on.is_(None), FollowUpAction.due_on))
    if indicator == "commitments":
        query = query.where(q.live_commitment(scope), q.held_in(scope, period))
    elif indicator == "commitments_overdue":
        query = query.where(q.overdue(scope, on))
    else:  # on time share: the commitments in its denominator
        query = query.where(
            q.live_commitment(scope), FollowUpAction.due_on.is_not(None),
            FollowUpAction.due_on >= period.first_day(), FollowUpAction.due_on <= period.end,
            FollowUpAction.status != "dropped",
            (FollowUpAction.status == "done") | (FollowUpAction.due_on < on))
    if dimension == "status":
        query = query.where(FollowUpAction.status == value)
    return query
