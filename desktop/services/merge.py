"""Merging two records that describe the same association (or focal point).

The user picks, field by field, which record's value to keep (or, for lists and notes, both).
Everything that pointed to the other record — links, candidates, history — moves to the kept
one, and the other becomes a tombstone whose ``merged_into_id`` names the kept record, so every
office learns of the merge through sync and old references can be followed. It all happens in
the caller's transaction: a merge is complete or not done at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import SyncedRecord, utcnow
from desktop.models.registry import (
    Association,
    AssociationFocalPoint,
    FocalPoint,
    RecordHistory,
)
from desktop.services import countries
from desktop.services.history import add_entry
from desktop.services.i18n import list_text, translate
from desktop.services.identity import current_user_name
from desktop.services.importing.spec import spec_for
from desktop.services.references import referencing_columns
from desktop.services.regions import region_names
from desktop.services.validation import validate_association, validate_focal_point
from desktop.services.vocabulary import (
    engagement_area_labels,
    gender_labels,
    language_names,
    role_labels,
    status_labels,
)

MODELS: dict[str, type[SyncedRecord]] = {"association": Association, "focal_point": FocalPoint}
KEEP, OTHER, BOTH = "keep", "other", "both"
COMBINABLE = ("engagement_areas", "sectors", "languages", "notes", "skills", "topics")
"""Fields whose two values can be combined instead of choosing one."""


CROSS_FIELD_RULES = (
    "listed_on_flyers",
    "publication_consent_on",
    "publication_consent_how",
    "active_until",
)


Merger = Callable[[Session, str, str, Mapping[str, str], "str | None"], "MergeResult"]
MERGERS: dict[str, Merger] = {}
"""Entity -> its own merge (records with more to move, e.g. candidates' consents)."""


def register_merger(entity: str, model: type[SyncedRecord], merger: Merger) -> None:
    """Let another record type be compared with :func:`compare` and merged by ``merger``."""
    MODELS[entity] = model
    MERGERS[entity] = merger


class MergeError(ValueError):
    """A merge that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class MergeField:
    """One field as the merge dialog shows it."""

    key: str
    label: str
    keep_value: Any
    other_value: Any
    keep_text: str
    other_text: str
    combinable: bool

    @property
    def differs(self) -> bool:
        return bool(_comparable(self.keep_value) != _comparable(self.other_value))


@dataclass(frozen=True)
class MergeResult:
    kept_id: str
    removed_id: str
    from_other: list[str]
    references_moved: int
    history_moved: int


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return [str(v) for v in value]
    if value is None:
        return ""
    return value


def _model(entity: str) -> type[SyncedRecord]:
    if entity not in MODELS:
        raise MergeError(f"records of kind {entity!r} cannot be merged")
    return MODELS[entity]


def _live(session: Session, entity: str, record_id: str) -> SyncedRecord:
    record = session.get(_model(entity), record_id)
    if record is None or record.deleted_at is not None:
        raise MergeError(
            translate(
                "Merge",
                "One of the records no longer exists (it may have been deleted or merged already).",
            )
        )
    return record


def association_name(session: Session, association_id: str) -> str:
    found = session.get(Association, association_id)
    return found.name if found is not None else association_id


def display_text(
    session: Session,
    key: str,
    value: Any,
    language: str = "en",
    regions: Mapping[str, str] | None = None,
) -> str:
    """A field value in words for the side-by-side view (country and region names, labels)."""
    if value is None or value == "" or value == []:
        return ""
    if key == "country_code":
        return countries.country_name(str(value), language)
    if key == "region_code":
        names = regions if regions is not None else region_names(session)
        return f"{names.get(str(value), str(value))} ({value})"
    if key == "engagement_areas":
        labels = engagement_area_labels()
        return list_text((labels.get(v, v) for v in value), language, "; ")
    if key == "languages":
        return list_text(language_names(value, language), language, "; ")
    if key == "status":
        return status_labels().get(str(value), str(value))
    if key == "role":
        return role_labels().get(str(value), str(value))
    if key == "gender":
        return gender_labels().get(str(value), str(value))
    if key == "association_id":
        return association_name(session, str(value))
    if isinstance(value, bool):
        return translate("Merge", "yes") if value else translate("Merge", "no")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def compare(
    session: Session, entity: str, keep_id: str, other_id: str, language: str = "en"
) -> list[MergeField]:
    """Every mergeable field of the two records, in form order."""
    if keep_id == other_id:
        raise MergeError(translate("Merge", "A record cannot be merged with itself."))
    keep, other = _live(session, entity, keep_id), _live(session, entity, other_id)
    regions = region_names(session)
    fields = []
    for spec in spec_for(entity).fields:
        a, b = getattr(keep, spec.key), getattr(other, spec.key)
        fields.append(
            MergeField(
                spec.key,
                spec.label(),
                a,
                b,
                display_text(session, spec.key, a, language, regions),
                display_text(session, spec.key, b, language, regions),
                spec.key in COMBINABLE,
            )
        )
    return fields


def _combined(key: str, a: Any, b: Any) -> Any:
    if key == "notes":
        parts = [p for p in (str(a or "").strip(), str(b or "").strip()) if p]
        return "\n\n".join(dict.fromkeys(parts))
    result = list(a or [])
    seen = {str(v).casefold() for v in result}
    for value in b or []:
        if str(value).casefold() not in seen:
            seen.add(str(value).casefold())
            result.append(value)
    return result


def merged_values(fields: list[MergeField], choices: Mapping[str, str]) -> dict[str, Any]:
    """The kept record's values after applying ``choices`` (field -> keep|other|both)."""
    values: dict[str, Any] = {}
    for field in fields:
        choice = choices.get(field.key, KEEP)
        if choice == OTHER:
            values[field.key] = field.other_value
        elif choice == BOTH and field.combinable:
            values[field.key] = _combined(field.key, field.keep_value, field.other_value)
        else:
            values[field.key] = field.keep_value
    return values


def _check(session: Session, entity: str, values: Mapping[str, Any]) -> None:
    """The merged record must be valid by the forms' rules (e.g. listed on flyers only with
    consent), whichever values were picked."""
    regions = region_names(session)
    if entity == "association":
        _cleaned, errors = validate_association(values, regions=regions)
    else:
        _cleaned, errors = validate_focal_point(values, regions=regions)
    # Each value comes from a saved (valid) record; only rules across fields can break.
    errors = [e for e in errors if e.field in CROSS_FIELD_RULES]
    if errors:
        labels = {f.key: f.label() for f in spec_for(entity).fields}
        raise MergeError(
            translate("Merge", "These choices do not make a valid record: {problems}").format(
                problems="; ".join(f"{labels.get(e.field, e.field)}: {e.message}" for e in errors)
            )
        )


def merge(
    session: Session,
    entity: str,
    keep_id: str,
    other_id: str,
    choices: Mapping[str, str],
    by: str | None = None,
) -> MergeResult:
    """Merge ``other_id`` into ``keep_id`` with the chosen values, in the caller's
    transaction. ``choices`` maps field -> "keep" | "other" | "both" (missing: keep)."""
    if entity in MERGERS:
        return MERGERS[entity](session, keep_id, other_id, choices, by)
    who = by if by is not None else current_user_name()
    model = _model(entity)
    fields = compare(session, entity, keep_id, other_id)
    values = merged_values(fields, choices)
    _check(session, entity, values)
    keep, other = _live(session, entity, keep_id), _live(session, entity, other_id)
    from_other = [f.key for f in fields if f.differs and choices.get(f.key, KEEP) != KEEP]
    for key, value in values.items():
        if _comparable(getattr(keep, key)) != _comparable(value):
            setattr(keep, key, value)
    moved = _move_references(session, model, keep, other)
    history = 0
    for entry in session.scalars(
        select(RecordHistory).where(
            RecordHistory.entity == entity, RecordHistory.record_id == other.id
        )
    ):
        entry.record_id = keep.id
        entry.region_code = keep.region_code
        history += 1
    other.deleted_at = utcnow()
    other.merged_into_id = keep.id  # type: ignore[attr-defined]
    details = {
        "merged_id": other.id,
        "merged_name": getattr(other, "name", ""),
        "fields_from_merged": from_other,
    }
    add_entry(session, keep, "merged", who, details)
    add_entry(session, other, "merged", who, {"merged_into_id": keep.id})
    session.flush()
    return MergeResult(keep.id, other.id, from_other, moved, history)


def _move_references(
    session: Session, model: type[SyncedRecord], keep: SyncedRecord, other: SyncedRecord
) -> int:
    """Point everything that referenced ``other`` at ``keep``; a link the kept record already
    has is not doubled: the other's copy is removed (tombstoned) instead."""
    moved = 0
    for cls, key in referencing_columns(model):
        column = getattr(cls, key)
        for row in session.scalars(select(cls).where(column == other.id, cls.deleted_at.is_(None))):
            if cls is AssociationFocalPoint and _already_linked(session, row, key, keep.id):
                row.deleted_at = utcnow()
            else:
                setattr(row, key, keep.id)
            moved += 1
    return moved


def _already_linked(session: Session, link: SyncedRecord, key: str, keep_id: str) -> bool:
    assert isinstance(link, AssociationFocalPoint)
    other_end = "focal_point_id" if key == "association_id" else "association_id"
    return (
        session.scalar(
            select(AssociationFocalPoint.id).where(
                getattr(AssociationFocalPoint, key) == keep_id,
                getattr(AssociationFocalPoint, other_end) == getattr(link, other_end),
                AssociationFocalPoint.deleted_at.is_(None),
            )
        )
        is not None
    )
