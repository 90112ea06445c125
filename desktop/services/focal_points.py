"""The focal-point directory: the people who act as information points in each region.

A focal point appears on flyers only when three things hold: they are active on the day, they
are marked ``listed_on_flyers``, and their consent to publish their contact details is recorded
(date and how it was given). The service refuses to list anyone without consent, and withdrawing
consent takes the person off the flyers in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.registry import FocalPoint
from desktop.services.history import add_entry
from desktop.services.identity import current_user_name
from desktop.services.records import (
    InvalidRecord,
    RegistryError,
    apply_values,
    get_live,
    record_values,
    restore,
    soft_delete,
)
from desktop.services.regions import region_names
from desktop.services.sync_state import sync_states
from desktop.services.validation import FieldError, validate_focal_point
from desktop.services.vocabulary import fold

ENTITY = "focal_point"


@dataclass(frozen=True)
class InformationPoint:
    """A person flyers print as a region's information point (contract with flyers)."""

    id: str
    name: str
    role: str
    institution: str
    title: str
    email: str
    phone: str
    languages: tuple[str, ...]
    """ISO 639 codes where recognised (see :func:`desktop.services.vocabulary.language_name`)."""


@dataclass(frozen=True, slots=True)
class FocalPointRow:
    """One line of the focal-point list."""

    id: str
    name: str
    gender: str
    role: str
    institution: str
    title: str
    region_code: str
    email: str
    phone: str
    languages: tuple[str, ...]
    listed_on_flyers: bool
    has_consent: bool
    active_from: dt.date | None
    active_until: dt.date | None
    sync_state: str
    deleted_at: dt.datetime | None
    search: str
    """Lower-case text the free-text filter looks in (name, institution, title, contacts)."""

    def is_active(self, on: dt.date) -> bool:
        return _is_active(self.active_from, self.active_until, on)


def _is_active(start: dt.date | None, end: dt.date | None, on: dt.date) -> bool:
    return (start is None or start <= on) and (end is None or end >= on)


def _sort_key(name: str) -> str:
    return fold(name)


# --------------------------------------------------------------------------------------------
# Reading


_LIST_COLUMNS = (
    FocalPoint.id, FocalPoint.name, FocalPoint.gender, FocalPoint.role, FocalPoint.institution,
    FocalPoint.title, FocalPoint.region_code, FocalPoint.email, FocalPoint.phone,
    FocalPoint.languages, FocalPoint.listed_on_flyers, FocalPoint.publication_consent_on,
    FocalPoint.publication_consent_how, FocalPoint.active_from, FocalPoint.active_until,
    FocalPoint.deleted_at,
)


def list_focal_points(
    session: Session, region_code: str | None = None, trash: bool = False
) -> list[FocalPointRow]:
    """The directory (or, with ``trash``, the deleted focal points), sorted by name."""
    query = select(*_LIST_COLUMNS).where(FocalPoint.merged_into_id.is_(None))
    query = query.where(FocalPoint.deleted_at.is_not(None) if trash
                        else FocalPoint.deleted_at.is_(None))
    if region_code:
        query = query.where(FocalPoint.region_code == region_code)
    states = sync_states(session, ENTITY)
    rows: list[FocalPointRow] = []
    for (rid, name, gender, role, institution, title, region, email, phone, languages,
         listed, consent_on, consent_how, start, end, deleted) in session.execute(query).all():
        langs = tuple(languages or ())
        rows.append(FocalPointRow(
            id=rid, name=name, gender=gender, role=role, institution=institution, title=title,
            region_code=region or "", email=email, phone=phone, languages=langs,
            listed_on_flyers=bool(listed),
            has_consent=consent_on is not None and bool(consent_how),
            active_from=start, active_until=end, sync_state=states.get(rid, "synced"),
            deleted_at=deleted,
            search=" ".join((name, institution, title, email, phone, " ".join(langs))).lower(),
        ))
    rows.sort(key=lambda r: _sort_key(r.name))
    return rows


def get_focal_point(session: Session, focal_point_id: str) -> dict[str, Any]:
    """All values of a focal point as the form edits them."""
    return record_values(get_live(session, FocalPoint, focal_point_id))


def information_points(
    session: Session, region_code: str, on: dt.date | None = None
) -> list[InformationPoint]:
    """The region's current information points: active on ``on`` (default today), listed on
    flyers with publication consent recorded (date and how), not deleted; sorted by name."""
    day = on or dt.date.today()
    query = select(FocalPoint).where(
        FocalPoint.region_code == region_code,
        FocalPoint.deleted_at.is_(None),
        FocalPoint.merged_into_id.is_(None),
        FocalPoint.listed_on_flyers.is_(True),
        FocalPoint.publication_consent_on.is_not(None),
        FocalPoint.publication_consent_how != "",
    )
    points = [
        InformationPoint(
            id=fp.id, name=fp.name, role=fp.role, institution=fp.institution, title=fp.title,
            email=fp.email, phone=fp.phone, languages=tuple(fp.languages or ()),
        )
        for fp in session.scalars(query)
        if _is_active(fp.active_from, fp.active_until, day)
        and fp.publication_consent_on is not None and fp.publication_consent_on <= day
    ]
    points.sort(key=lambda p: (_sort_key(p.name), p.id))
    return points


@dataclass(frozen=True)
class DirectoryGaps:
    """Why active people of a region are missing from its information points."""

    active: int
    listed: int
    without_consent: int
    not_listed: int


def directory_gaps(session: Session, region_code: str, on: dt.date | None = None
                   ) -> DirectoryGaps:
    day = on or dt.date.today()
    active = [r for r in list_focal_points(session, region_code) if r.is_active(day)]
    listed = len(information_points(session, region_code, day))
    return DirectoryGaps(
        active=len(active),
        listed=listed,
        without_consent=sum(1 for r in active if not r.has_consent),
        not_listed=sum(1 for r in active if r.has_consent and not r.listed_on_flyers),
    )


# --------------------------------------------------------------------------------------------
# Writing


def _validate(session: Session, values: Mapping[str, Any], home_country: str
              ) -> dict[str, Any]:
    cleaned, errors = validate_focal_point(values, regions=region_names(session),
                                           home_country=home_country)
    if errors:
        raise InvalidRecord(errors)
    return cleaned


def create_focal_point(
    session: Session, values: Mapping[str, Any], home_country: str = "", by: str | None = None
) -> str:
    """Save a new focal point (nothing is saved if any field is invalid); returns its id."""
    who = by or current_user_name()
    cleaned = _validate(session, values, home_country)
    record = FocalPoint(**cleaned)
    session.add(record)
    session.flush()
    add_entry(session, record, "created", who)
    _consent_history(session, record, None, who)
    return record.id


def update_focal_point(
    session: Session, focal_point_id: str, values: Mapping[str, Any], home_country: str = "",
    by: str | None = None,
) -> dict[str, Any]:
    """Save changed fields; returns field -> [old, new] of what changed.

    Clearing the consent takes the person off the flyers even if ``values`` does not say so.
    """
    who = by or current_user_name()
    record = get_live(session, FocalPoint, focal_point_id)
    merged = dict(values)
    consent_given = "publication_consent_on" in merged or "publication_consent_how" in merged
    consent_complete = bool(merged.get("publication_consent_on")) and bool(
        str(merged.get("publication_consent_how") or "").strip())
    if consent_given and not consent_complete and "listed_on_flyers" not in merged:
        merged["listed_on_flyers"] = False
    if "listed_on_flyers" in merged and "publication_consent_on" not in merged:
        merged["publication_consent_on"] = record.publication_consent_on
        merged["publication_consent_how"] = record.publication_consent_how
    if "name" not in merged:
        merged["name"] = record.name
    cleaned = _validate(session, merged, home_country)
    before = (record.publication_consent_on, record.publication_consent_how,
              record.listed_on_flyers)
    changed = apply_values(record, cleaned)
    if changed:
        edited = sorted(k for k in changed if k not in (
            "publication_consent_on", "publication_consent_how", "listed_on_flyers"))
        if edited:
            add_entry(session, record, "updated", who, {"fields": edited})
        _consent_history(session, record, before, who)
    return changed


def _consent_history(session: Session, record: FocalPoint,
                     before: tuple[dt.date | None, str, bool] | None, who: str) -> None:
    had_consent = before is not None and before[0] is not None and bool(before[1])
    has_consent = record.publication_consent_on is not None and bool(
        record.publication_consent_how)
    if has_consent and (not had_consent or before is None or before[:2] != (
            record.publication_consent_on, record.publication_consent_how)):
        add_entry(session, record, "consent_recorded", who, {
            "on": record.publication_consent_on.isoformat()
            if record.publication_consent_on else "",
            "how": record.publication_consent_how})
    if had_consent and not has_consent:
        add_entry(session, record, "consent_withdrawn", who)
    was_listed = before is not None and before[2]
    if record.listed_on_flyers and not was_listed:
        add_entry(session, record, "listed_on_flyers", who)
    if was_listed and not record.listed_on_flyers:
        add_entry(session, record, "unlisted_from_flyers", who)


def set_listed_on_flyers(session: Session, focal_point_id: str, listed: bool,
                         by: str | None = None) -> None:
    """Put the person on (or take them off) the flyers; refused without recorded consent."""
    record = get_live(session, FocalPoint, focal_point_id)
    if listed and (record.publication_consent_on is None or not record.publication_consent_how):
        raise InvalidRecord([FieldError("listed_on_flyers", _no_consent_message())])
    update_focal_point(session, focal_point_id, {"listed_on_flyers": listed}, by=by)


def record_consent(session: Session, focal_point_id: str, on: dt.date, how: str,
                   by: str | None = None) -> None:
    update_focal_point(session, focal_point_id,
                       {"publication_consent_on": on, "publication_consent_how": how}, by=by)


def withdraw_consent(session: Session, focal_point_id: str, by: str | None = None) -> None:
    """The person no longer agrees: consent cleared and off the flyers, at once."""
    update_focal_point(session, focal_point_id,
                       {"publication_consent_on": None, "publication_consent_how": "",
                        "listed_on_flyers": False}, by=by)


def _no_consent_message() -> str:
    from desktop.services.i18n import translate

    return translate("Validation", "Can be listed on flyers only after the person's consent to "
                                   "publish their contact details is recorded (date and how it "
                                   "was given).")


def delete_focal_points(session: Session, ids: Sequence[str], by: str | None = None) -> int:
    """Move focal points to the trash (they leave the flyers' lists at once)."""
    return soft_delete(session, FocalPoint, ids, by or current_user_name())


def restore_focal_points(session: Session, ids: Sequence[str], by: str | None = None) -> int:
    return restore(session, FocalPoint, ids, by or current_user_name())


__all__ = [
    "DirectoryGaps",
    "FocalPointRow",
    "InformationPoint",
    "InvalidRecord",
    "RegistryError",
    "create_focal_point",
    "delete_focal_points",
    "directory_gaps",
    "get_focal_point",
    "information_points",
    "list_focal_points",
    "record_consent",
    "restore_focal_points",
    "set_listed_on_flyers",
    "update_focal_point",
    "withdraw_consent",
]
