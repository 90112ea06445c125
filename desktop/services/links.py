"""Links between associations and the focal points who are their contact in a region.

A link is a synced record of its own (so a link made in one office reaches the others);
removing it soft-deletes the record, and linking the same pair again brings the same record
back rather than making a second one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import utcnow
from desktop.models.registry import Association, AssociationFocalPoint, FocalPoint
from desktop.services.countries import country_name
from desktop.services.history import add_entry
from desktop.services.i18n import translate
from desktop.services.identity import current_user_name
from desktop.services.records import RegistryError, get_live
from desktop.services.vocabulary import fold, role_labels


@dataclass(frozen=True)
class LinkedRecord:
    """The record at the other end of a link."""

    id: str
    name: str
    detail: str
    """Role and region for a focal point; country and city for an association."""
    region_code: str


def _find(session: Session, association_id: str, focal_point_id: str
          ) -> AssociationFocalPoint | None:
    return session.scalars(select(AssociationFocalPoint).where(
        AssociationFocalPoint.association_id == association_id,
        AssociationFocalPoint.focal_point_id == focal_point_id,
    ).order_by(AssociationFocalPoint.deleted_at.is_not(None))).first()


def link(session: Session, association_id: str, focal_point_id: str,
         by: str | None = None) -> bool:
    """Link an association and a focal point; False if they already were."""
    who = by or current_user_name()
    association = get_live(session, Association, association_id)
    focal_point = get_live(session, FocalPoint, focal_point_id)
    existing = _find(session, association_id, focal_point_id)
    if existing is not None and existing.deleted_at is None:
        return False
    if existing is not None:
        existing.deleted_at = None
    else:
        session.add(AssociationFocalPoint(
            association_id=association_id, focal_point_id=focal_point_id,
            region_code=focal_point.region_code))
    add_entry(session, association, "linked", who,
              {"focal_point_id": focal_point_id, "name": focal_point.name})
    add_entry(session, focal_point, "linked", who,
              {"association_id": association_id, "name": association.name})
    return True


def unlink(session: Session, association_id: str, focal_point_id: str,
           by: str | None = None) -> bool:
    """Remove a link (soft delete); False if there was none."""
    who = by or current_user_name()
    existing = _find(session, association_id, focal_point_id)
    if existing is None or existing.deleted_at is not None:
        return False
    existing.deleted_at = utcnow()
    association = session.get(Association, association_id)
    focal_point = session.get(FocalPoint, focal_point_id)
    if association is not None:
        add_entry(session, association, "unlinked", who,
                  {"focal_point_id": focal_point_id,
                   "name": focal_point.name if focal_point else ""})
    if focal_point is not None:
        add_entry(session, focal_point, "unlinked", who,
                  {"association_id": association_id,
                   "name": association.name if association else ""})
    return True


def set_links_of_association(session: Session, association_id: str,
                             focal_point_ids: list[str], by: str | None = None) -> None:
    """Make the association's links exactly ``focal_point_ids`` (what its form shows)."""
    current = {r.id for r in focal_points_of(session, association_id)}
    wanted = set(focal_point_ids)
    for fp_id in sorted(wanted - current):
        link(session, association_id, fp_id, by)
    for fp_id in sorted(current - wanted):
        unlink(session, association_id, fp_id, by)


def set_links_of_focal_point(session: Session, focal_point_id: str,
                             association_ids: list[str], by: str | None = None) -> None:
    current = {r.id for r in associations_of(session, focal_point_id)}
    wanted = set(association_ids)
    for a_id in sorted(wanted - current):
        link(session, a_id, focal_point_id, by)
    for a_id in sorted(current - wanted):
        unlink(session, a_id, focal_point_id, by)


def focal_points_of(session: Session, association_id: str) -> list[LinkedRecord]:
    """Live focal points linked to the association, by name."""
    roles = role_labels()
    rows = session.execute(
        select(FocalPoint.id, FocalPoint.name, FocalPoint.role, FocalPoint.region_code)
        .join(AssociationFocalPoint, AssociationFocalPoint.focal_point_id == FocalPoint.id)
        .where(AssociationFocalPoint.association_id == association_id,
               AssociationFocalPoint.deleted_at.is_(None), FocalPoint.deleted_at.is_(None))
    ).all()
    result = {rid: LinkedRecord(rid, name, roles.get(role, role), region or "")
              for rid, name, role, region in rows}
    return sorted(result.values(), key=lambda r: fold(r.name))


def associations_of(session: Session, focal_point_id: str) -> list[LinkedRecord]:
    """Live associations linked to the focal point, by name."""
    rows = session.execute(
        select(Association.id, Association.name, Association.country_code, Association.city,
               Association.region_code)
        .join(AssociationFocalPoint, AssociationFocalPoint.association_id == Association.id)
        .where(AssociationFocalPoint.focal_point_id == focal_point_id,
               AssociationFocalPoint.deleted_at.is_(None), Association.deleted_at.is_(None))
    ).all()
    result = {
        rid: LinkedRecord(rid, name, ", ".join(p for p in (city, country_name(country)) if p),
                          region or "")
        for rid, name, country, city, region in rows
    }
    return sorted(result.values(), key=lambda r: fold(r.name))


def search_records(session: Session, entity: str, text: str, limit: int = 30
                   ) -> list[LinkedRecord]:
    """Live associations or focal points whose name contains ``text`` (for the "add link"
    picker); at most ``limit``."""
    pattern = f"%{text.strip()}%"
    if entity == "focal_point":
        roles = role_labels()
        fp_rows = session.execute(
            select(FocalPoint.id, FocalPoint.name, FocalPoint.role, FocalPoint.region_code)
            .where(FocalPoint.deleted_at.is_(None), FocalPoint.name.ilike(pattern))
            .order_by(FocalPoint.name).limit(limit)).all()
        return [LinkedRecord(rid, name, roles.get(role, role), region or "")
                for rid, name, role, region in fp_rows]
    if entity == "association":
        a_rows = session.execute(
            select(Association.id, Association.name, Association.country_code,
                   Association.city, Association.region_code)
            .where(Association.deleted_at.is_(None), Association.name.ilike(pattern))
            .order_by(Association.name).limit(limit)).all()
        return [LinkedRecord(rid, name, ", ".join(p for p in (city, country_name(c)) if p),
                             region or "")
                for rid, name, c, city, region in a_rows]
    raise RegistryError(translate("Records", "Unknown kind of record: {entity}").format(
        entity=entity))
