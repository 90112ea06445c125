"""The indicator figures, each one SQL query over the local database.

Every function returns a SQLAlchemy ``Select`` whose rows are ``(key, value)`` (``key`` is the
breakdown value or region code, or a constant for a total). Nothing is loaded row by row into
Python: with 100,000 candidates the dashboard must still be ready in half a second. The exact
definitions, in words, are in ``docs/INDICATORS.md``; keep the two in step.

Common rules: a deleted record (``deleted_at`` set) never counts; merged associations and focal
points (``merged_into_id`` set) count once, as the record they were merged into; an erased person
stays countable as a past participant (their statistics stay) but is never in the consenting
pool (erasure withdraws consent).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)

from desktop.models import (
    Association,
    Candidate,
    Consent,
    Consultation,
    FocalPoint,
    FollowUpAction,
    Participation,
    Region,
)
from desktop.models.consultations import CONSENT_PURPOSE_CONSULTATIONS
from desktop.services.indicators.model import EXPIRY_WINDOW_DAYS, NATIONAL, REGION, Period, Scope

HELD_STATUSES: tuple[str, ...] = ("held", "followed_up", "closed")
OPEN_COMMITMENTS: tuple[str, ...] = ("open", "in_progress")
PEOPLE_DIMENSIONS: dict[str, Any] = {
    "gender": Candidate.gender,
    "generation": Candidate.generation,
    "citizenship": Candidate.citizenship,
    "country": Candidate.country_code,
}
"""Breakdowns of people (consenting pool and participants) and the column behind each."""


def in_scope(column: Any, scope: Scope) -> ColumnElement[bool]:
    """The scope as a condition on a ``region_code`` column."""
    if scope.kind == REGION:
        return column == scope.region_code  # type: ignore[no-any-return]
    if scope.kind == NATIONAL:
        return column.is_(None)  # type: ignore[no-any-return]
    return literal(True)


def _key(column: Any, dimension: str | None) -> Any:
    return column if dimension else literal("")


# --------------------------------------------------------------------------------------------
# Registry


def live_associations(scope: Scope) -> ColumnElement[bool]:
    return and_(Association.deleted_at.is_(None), Association.merged_into_id.is_(None),
                in_scope(Association.region_code, scope))


def associations(scope: Scope, dimension: str | None = None) -> Select[Any, Any]:
    """Live associations; ``dimension`` "status" or "region" groups them."""
    column = {"status": Association.status, "region": Association.region_code}.get(
        dimension or "", literal(""))
    return (select(column, func.count()).where(live_associations(scope)).group_by(column))


def associations_by_region_status(scope: Scope) -> Select[Any, Any, Any]:
    """Rows (region, status, count): the dashboard's stacked bars."""
    return (select(Association.region_code, Association.status, func.count())
            .where(live_associations(scope))
            .group_by(Association.region_code, Association.status))


def associations_cube(scope: Scope, period: Period) -> Select[Any, Any, Any, Any]:
    """Rows (region, status, live associations, of which created in the period): every
    association figure is a sum over these groups, so the registry is read once."""
    new = func.sum(case((and_(Association.created_at >= period.start_datetime(),
                              Association.created_at < period.end_datetime()), 1), else_=0))
    return (select(Association.region_code, Association.status, func.count(), new)
            .where(live_associations(scope))
            .group_by(Association.region_code, Association.status))


def associations_new(scope: Scope, period: Period) -> Select[Any, Any]:
    return select(literal("new_in_period"), func.count()).where(
        live_associations(scope),
        Association.created_at >= period.start_datetime(),
        Association.created_at < period.end_datetime())


def active_focal_point(period: Period) -> ColumnElement[bool]:
    """Live, not merged, and active on at least one day of the period."""
    return and_(
        FocalPoint.deleted_at.is_(None), FocalPoint.merged_into_id.is_(None),
        or_(FocalPoint.active_from.is_(None), FocalPoint.active_from <= period.end),
        or_(FocalPoint.active_until.is_(None), FocalPoint.active_until >= period.first_day()))


def focal_points_active(scope: Scope, period: Period, by_region: bool = False,
                        listed: bool = False) -> Select[Any, Any]:
    column = _key(FocalPoint.region_code, "region" if by_region else None)
    query = select(column, func.count()).where(active_focal_point(period),
                                               in_scope(FocalPoint.region_code, scope))
    if listed:
        query = query.where(FocalPoint.listed_on_flyers.is_(True))
    return query.group_by(column)


def regions_without_focal_point(scope: Scope, period: Period) -> Select[Any, Any]:
    """Live, not retired regions in the scope with no active focal point; one row per region
    (code, 1), so the total is the row count and the list is the regions themselves."""
    has_one = exists(select(FocalPoint.id).where(active_focal_point(period),
                                                 FocalPoint.region_code == Region.code))
    query = select(Region.code, literal(1)).where(
        Region.deleted_at.is_(None), Region.retired_at.is_(None), not_(has_one))
    if scope.kind == REGION:
        query = query.where(Region.code == scope.region_code)
    elif scope.kind == NATIONAL:
        query = query.where(literal(False))
    return query.order_by(Region.code)


# --------------------------------------------------------------------------------------------
# The consenting pool


def _day_after(on: dt.date) -> dt.datetime:
    after = on + dt.timedelta(days=1)
    return dt.datetime(after.year, after.month, after.day, tzinfo=dt.UTC)


def not_withdrawn_by(on: dt.date) -> ColumnElement[bool]:
    """Not withdrawn, or withdrawn only after ``on`` (a past period counts who had consent
    then)."""
    return or_(Consent.withdrawn_at.is_(None), Consent.withdrawn_at >= _day_after(on))


def valid_consent(on: dt.date) -> ColumnElement[bool]:
    return exists(select(Consent.id).where(
        Consent.candidate_id == Candidate.id,
        Consent.purpose == CONSENT_PURPOSE_CONSULTATIONS,
        Consent.deleted_at.is_(None),
        not_withdrawn_by(on),
        Consent.given_on <= on,
        or_(Consent.expires_on.is_(None), Consent.expires_on >= on)))


def consenting(scope: Scope, on: dt.date) -> ColumnElement[bool]:
    """Live, not erased candidates of the scope (origin region) with valid consent on ``on``."""
    return and_(Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None),
                in_scope(Candidate.region_code, scope), valid_consent(on))


def candidates_consented(scope: Scope, on: dt.date,
                         dimension: str | None = None) -> Select[Any, Any]:
    column = (Candidate.region_code if dimension == "region"
              else PEOPLE_DIMENSIONS.get(dimension or "", literal("")))
    return select(column, func.count()).where(consenting(scope, on)).group_by(column)


def valid_until(on: dt.date) -> Any:
    """Subquery (candidate_id, until): people with a consent valid on ``on`` and the last day
    one of them holds (9999-12-31 when one never ends), read from ``ix_consents_validity``."""
    return (select(Consent.candidate_id.label("candidate_id"),
                   func.max(func.coalesce(Consent.expires_on, dt.date(9999, 12, 31)))
                   .label("until"))
            .where(Consent.purpose == CONSENT_PURPOSE_CONSULTATIONS,
                   Consent.deleted_at.is_(None), not_withdrawn_by(on), Consent.given_on <= on,
                   or_(Consent.expires_on.is_(None), Consent.expires_on >= on))
            .group_by(Consent.candidate_id).subquery())


def pool_by_association(on: dt.date) -> Select[Any, Any]:
    """Rows (association id, consenting members) for associations with any."""
    lasting = valid_until(on)
    return (select(Candidate.association_id, func.count())
            .join(lasting, lasting.c.candidate_id == Candidate.id)
            .where(Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None),
                   Candidate.association_id.is_not(None))
            .group_by(Candidate.association_id))


def pool_cube(scope: Scope, on: dt.date) -> Select[Any, Any, Any, Any, Any, Any, Any]:
    """Rows (gender, generation, citizenship, country, region, people, of whom expiring): the
    consenting pool on ``on`` grouped by every breakdown at once, so 100,000 candidates are
    read once for all the pool figures. "Expiring": every valid consent of the person ends
    within 90 days (their latest end date, no end counting as never, is within the window).
    """
    horizon = on + dt.timedelta(days=EXPIRY_WINDOW_DAYS)
    lasting_until = valid_until(on)
    expiring = func.sum(case((lasting_until.c.until <= horizon, 1), else_=0))
    columns = (Candidate.gender, Candidate.generation, Candidate.citizenship,
               Candidate.country_code, Candidate.region_code)
    return (select(*columns, func.count(), expiring)
            .join(lasting_until, lasting_until.c.candidate_id == Candidate.id)
            .where(Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None),
                   in_scope(Candidate.region_code, scope))
            .group_by(*columns))


def consents_expiring(scope: Scope, on: dt.date) -> Select[Any, Any]:
    """Consenting people whose every valid consent ends within the next 90 days."""
    horizon = on + dt.timedelta(days=EXPIRY_WINDOW_DAYS)
    lasting = exists(select(Consent.id).where(
        Consent.candidate_id == Candidate.id,
        Consent.purpose == CONSENT_PURPOSE_CONSULTATIONS,
        Consent.deleted_at.is_(None), not_withdrawn_by(on),
        Consent.given_on <= on,
        or_(Consent.expires_on.is_(None), Consent.expires_on > horizon)))
    return select(literal(""), func.count()).where(consenting(scope, on), not_(lasting))


# --------------------------------------------------------------------------------------------
# Consultations and who took part


def held_in(scope: Scope, period: Period) -> ColumnElement[bool]:
    """A live consultation of the scope, held (or followed up, closed) within the period."""
    return and_(Consultation.deleted_at.is_(None), Consultation.status.in_(HELD_STATUSES),
                Consultation.held_on.is_not(None),
                Consultation.held_on >= period.first_day(), Consultation.held_on <= period.end,
                in_scope(Consultation.region_code, scope))


def consultations_held(scope: Scope, period: Period,
                       dimension: str | None = None) -> Select[Any, Any]:
    column = {"kind": Consultation.kind, "region": Consultation.region_code}.get(
        dimension or "", literal(""))
    return select(column, func.count()).where(held_in(scope, period)).group_by(column)


def attended(scope: Scope, period: Period) -> ColumnElement[bool]:
    """An attended seat of a live person at a consultation held in the period."""
    return and_(Participation.deleted_at.is_(None), Participation.status == "attended",
                Participation.consultation_id == Consultation.id,
                Participation.candidate_id == Candidate.id,
                Candidate.deleted_at.is_(None), held_in(scope, period))


def participants(scope: Scope, period: Period, dimension: str | None = None) -> Select[Any, Any]:
    """Distinct people who attended at least one consultation held in the period."""
    column = (Consultation.region_code if dimension == "region"
              else PEOPLE_DIMENSIONS.get(dimension or "", literal("")))
    return (select(column, func.count(distinct(Candidate.id)))
            .select_from(Participation).join(Consultation, Participation.consultation_id
                                             == Consultation.id)
            .join(Candidate, Participation.candidate_id == Candidate.id)
            .where(attended(scope, period)).group_by(column))


def women_share(scope: Scope, period: Period) -> Select[Any, Any]:
    """Per cent of participants whose recorded gender is female (0 when nobody took part)."""
    women = func.count(distinct(case((Candidate.gender == "female", Candidate.id))))
    everyone = func.count(distinct(Candidate.id))
    share = case((everyone == 0, 0.0), else_=func.round(100.0 * women / everyone, 1))
    return (select(literal(""), share).select_from(Participation)
            .join(Consultation, Participation.consultation_id == Consultation.id)
            .join(Candidate, Participation.candidate_id == Candidate.id)
            .where(attended(scope, period)))


def repeat_participants(scope: Scope, period: Period) -> Select[Any, Any]:
    """People with attended seats at two or more consultations held in the period."""
    per_person = (select(Candidate.id.label("person"))
                  .select_from(Participation)
                  .join(Consultation, Participation.consultation_id == Consultation.id)
                  .join(Candidate, Participation.candidate_id == Candidate.id)
                  .where(attended(scope, period)).group_by(Candidate.id)
                  .having(func.count(distinct(Consultation.id)) >= 2).subquery())
    return select(literal(""), func.count()).select_from(per_person)


def segments_unheard(scope: Scope, period: Period, dimension: str) -> Select[Any, Any]:
    """Values of ``dimension`` (country, generation) with consenting people on the period's
    last day but no participant in the period; rows (value, people in the pool)."""
    column = PEOPLE_DIMENSIONS[dimension]
    heard = (select(column).select_from(Participation)
             .join(Consultation, Participation.consultation_id == Consultation.id)
             .join(Candidate, Participation.candidate_id == Candidate.id)
             .where(attended(scope, period)).distinct())
    return (select(column, func.count()).where(consenting(scope, period.end),
                                               column != "", column.not_in(heard))
            .group_by(column).order_by(func.count().desc(), column))


# --------------------------------------------------------------------------------------------
# Commitments ("you said, we did")


def live_commitment(scope: Scope) -> ColumnElement[bool]:
    return and_(FollowUpAction.deleted_at.is_(None),
                FollowUpAction.consultation_id == Consultation.id,
                Consultation.deleted_at.is_(None),
                in_scope(Consultation.region_code, scope))


def commitments(scope: Scope, period: Period, dimension: str | None = None) -> Select[Any, Any]:
    """Commitments made at consultations held in the period."""
    column = {"status": FollowUpAction.status, "region": Consultation.region_code}.get(
        dimension or "", literal(""))
    return (select(column, func.count()).select_from(FollowUpAction)
            .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
            .where(live_commitment(scope), held_in(scope, period)).group_by(column))


def overdue(scope: Scope, on: dt.date) -> ColumnElement[bool]:
    return and_(live_commitment(scope), FollowUpAction.status.in_(OPEN_COMMITMENTS),
                FollowUpAction.due_on.is_not(None), FollowUpAction.due_on < on)


def commitments_overdue(scope: Scope, on: dt.date, by_region: bool = False) -> Select[Any, Any]:
    """Open or in-progress commitments whose due date is before ``on``, whatever the
    consultation's date: an overdue promise from last year still matters."""
    column = _key(Consultation.region_code, "region" if by_region else None)
    return (select(column, func.count()).select_from(FollowUpAction)
            .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
            .where(overdue(scope, on)).group_by(column))


def commitments_on_time_share(scope: Scope, period: Period, on: dt.date) -> Select[Any, Any]:
    """Of the commitments due in the period that are settled (done) or past due on ``on``, the
    per cent done no later than their due date (the day they were last changed, since a done
    commitment is normally last touched when it is marked done). Dropped ones do not count."""
    due_in_period = and_(FollowUpAction.due_on.is_not(None),
                         FollowUpAction.due_on >= period.first_day(),
                         FollowUpAction.due_on <= period.end,
                         FollowUpAction.status != "dropped")
    decided = or_(FollowUpAction.status == "done", FollowUpAction.due_on < on)
    on_time = and_(FollowUpAction.status == "done",
                   func.substr(FollowUpAction.updated_at, 1, 10)
                   <= FollowUpAction.due_on)
    kept = func.sum(case((on_time, 1), else_=0))
    total = func.count()
    share = case((total == 0, 0.0), else_=func.round(100.0 * kept / total, 1))
    return (select(literal(""), share).select_from(FollowUpAction)
            .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
            .where(live_commitment(scope), due_in_period, decided))


def has_records(scope: Scope) -> Select[Any, Any]:
    """One row: 1 if the scope holds any association, focal point, candidate or consultation."""
    checks = [
        exists(select(Association.id).where(live_associations(scope))),
        exists(select(FocalPoint.id).where(FocalPoint.deleted_at.is_(None),
                                           in_scope(FocalPoint.region_code, scope))),
        exists(select(Candidate.id).where(Candidate.deleted_at.is_(None),
                                          in_scope(Candidate.region_code, scope))),
        exists(select(Consultation.id).where(Consultation.deleted_at.is_(None),
                                             in_scope(Consultation.region_code, scope))),
    ]
    return select(literal(""), case((or_(*checks), 1), else_=0))
