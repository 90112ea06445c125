"""Conflicts and refused changes as the user sees them, and what the user can do about them.

A conflict keeps both versions until the user picks, per field, "mine" or "theirs" (the common
base is shown for reference). The choice is an ordinary local edit: it goes through the outbox
and is pushed by the next sync (see :mod:`desktop.services.sync.push` for the two steps).
A refused change (the server said "forbidden" or "invalid") stays with the server's words until
the user fixes the record or discards the change, which puts the server's copy back.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.db import APPLYING_REMOTE
from desktop.models import SYNCED_ENTITIES, OutboxEntry, new_id, utcnow
from desktop.models.base import from_wire_value
from desktop.models.sync import SyncConflict, SyncCursor, SyncRemoteRecord
from desktop.services.i18n import translate
from desktop.services.regions import prefilled_values
from desktop.services.sync.codec import codec
from desktop.services.sync.storage import (
    State,
    delete_rows,
    load_rows,
    row_from_state,
    state_from_row,
    upsert_rows,
)

Choice = Literal["mine", "theirs"]
TITLE_FIELDS = ("name", "title", "headline", "code", "text")


class ConflictError(Exception):
    """A resolution or discard that cannot be done; the message is for the user."""


def entity_label(entity: str) -> str:
    labels = {
        "association": translate("SyncEntities", "Association"),
        "association_focal_point": translate("SyncEntities", "Association link"),
        "candidate": translate("SyncEntities", "Candidate"),
        "consent": translate("SyncEntities", "Consent"),
        "consultation": translate("SyncEntities", "Consultation"),
        "flyer": translate("SyncEntities", "Flyer"),
        "focal_point": translate("SyncEntities", "Focal point"),
        "follow_up_action": translate("SyncEntities", "Follow-up action"),
        "participation": translate("SyncEntities", "Participation"),
        "record_history": translate("SyncEntities", "History entry"),
        "region": translate("SyncEntities", "Region"),
    }
    return labels.get(entity, entity.replace("_", " ").capitalize())


def field_label(name: str) -> str:
    labels = {
        "name": translate("SyncFields", "Name"),
        "acronym": translate("SyncFields", "Acronym"),
        "country_code": translate("SyncFields", "Country"),
        "city": translate("SyncFields", "City"),
        "founding_year": translate("SyncFields", "Founding year"),
        "registration_number": translate("SyncFields", "Registration number"),
        "contact_person": translate("SyncFields", "Contact person"),
        "email": translate("SyncFields", "Email"),
        "phone": translate("SyncFields", "Phone"),
        "website": translate("SyncFields", "Website"),
        "member_count": translate("SyncFields", "Member count"),
        "engagement_areas": translate("SyncFields", "Engagement areas"),
        "sectors": translate("SyncFields", "Sectors"),
        "languages": translate("SyncFields", "Languages"),
        "status": translate("SyncFields", "Status"),
        "status_changed_at": translate("SyncFields", "Status changed at"),
        "status_changed_by": translate("SyncFields", "Status changed by"),
        "consent_to_publish": translate("SyncFields", "Consent to publish"),
        "notes": translate("SyncFields", "Notes"),
        "merged_into_id": translate("SyncFields", "Merged into"),
        "import_batch_id": translate("SyncFields", "Import batch"),
        "extra": translate("SyncFields", "Other details"),
        "region_code": translate("SyncFields", "Region"),
        "association_id": translate("SyncFields", "Association"),
        "focal_point_id": translate("SyncFields", "Focal point"),
        "gender": translate("SyncFields", "Gender"),
        "birth_year": translate("SyncFields", "Birth year"),
        "citizenship": translate("SyncFields", "Citizenship"),
        "generation": translate("SyncFields", "Generation"),
        "education_level": translate("SyncFields", "Education level"),
        "occupation_sector": translate("SyncFields", "Occupation sector"),
        "skills": translate("SyncFields", "Skills"),
        "topics": translate("SyncFields", "Topics"),
        "address": translate("SyncFields", "Address"),
        "erased_at": translate("SyncFields", "Erased at"),
        "candidate_id": translate("SyncFields", "Candidate"),
        "purpose": translate("SyncFields", "Purpose"),
        "text_version": translate("SyncFields", "Text version"),
        "text": translate("SyncFields", "Text"),
        "given_on": translate("SyncFields", "Given on"),
        "channel": translate("SyncFields", "Channel"),
        "collected_by": translate("SyncFields", "Collected by"),
        "expires_on": translate("SyncFields", "Expires on"),
        "withdrawn_at": translate("SyncFields", "Withdrawn at"),
        "title": translate("SyncFields", "Title"),
        "kind": translate("SyncFields", "Kind"),
        "topic": translate("SyncFields", "Topic"),
        "place": translate("SyncFields", "Place"),
        "link": translate("SyncFields", "Link"),
        "held_on": translate("SyncFields", "Held on"),
        "language": translate("SyncFields", "Language"),
        "seats": translate("SyncFields", "Seats"),
        "reserves_wanted": translate("SyncFields", "Reserves wanted"),
        "criteria": translate("SyncFields", "Criteria"),
        "selection": translate("SyncFields", "Selection"),
        "template": translate("SyncFields", "Template"),
        "headline": translate("SyncFields", "Headline"),
        "body": translate("SyncFields", "Body"),
        "call_to_action": translate("SyncFields", "Call to action"),
        "url": translate("SyncFields", "Web address"),
        "image_name": translate("SyncFields", "Image name"),
        "image_data": translate("SyncFields", "Image"),
        "theme": translate("SyncFields", "Theme"),
        "primary_color": translate("SyncFields", "Main colour"),
        "accent_color": translate("SyncFields", "Accent colour"),
        "bleed": translate("SyncFields", "Bleed"),
        "crop_marks": translate("SyncFields", "Crop marks"),
        "cmyk": translate("SyncFields", "CMYK colours"),
        "role": translate("SyncFields", "Role"),
        "institution": translate("SyncFields", "Institution"),
        "listed_on_flyers": translate("SyncFields", "Listed on flyers"),
        "publication_consent_on": translate("SyncFields", "Publication consent given on"),
        "publication_consent_how": translate("SyncFields", "How publication consent was given"),
        "active_from": translate("SyncFields", "Active from"),
        "active_until": translate("SyncFields", "Active until"),
        "consultation_id": translate("SyncFields", "Consultation"),
        "owner": translate("SyncFields", "Owner"),
        "due_on": translate("SyncFields", "Due on"),
        "outcome": translate("SyncFields", "Outcome"),
        "probability": translate("SyncFields", "Probability"),
        "reserve_rank": translate("SyncFields", "Reserve rank"),
        "entity": translate("SyncFields", "Entity"),
        "record_id": translate("SyncFields", "Record"),
        "action": translate("SyncFields", "Action"),
        "at": translate("SyncFields", "When"),
        "by": translate("SyncFields", "By"),
        "details": translate("SyncFields", "Details"),
        "code": translate("SyncFields", "Code"),
        "help_office_name": translate("SyncFields", "Help office name"),
        "retired_at": translate("SyncFields", "Retired at"),
        "deleted_at": translate("SyncFields", "Deleted"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def record_title(entity: str, fields: dict[str, Any], record_id: str) -> str:
    """A short name for a record in lists and dialogs: its name or title, else its id."""
    for key in TITLE_FIELDS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            text = value.strip().splitlines()[0]
            return text if len(text) <= 80 else text[:79] + "…"
    return record_id[:8]


# ----------------------------------------------------------------------------------------------
# Listing


@dataclass(frozen=True)
class Problem:
    """A local change sync could not finish on its own."""

    kind: Literal["conflict", "refused"]
    entity: str
    record_id: str
    title: str
    message: str
    since: dt.datetime | None


def _local_state(session: Session, entity: str, record_id: str) -> State | None:
    c = codec(entity)
    conn = session.connection()
    raw = load_rows(conn, entity, [record_id]).get(record_id)
    return None if raw is None else state_from_row(c, raw)


def list_problems(session: Session) -> list[Problem]:
    """Open conflicts first, then refused changes, each oldest first."""
    problems: list[Problem] = []
    entries = session.scalars(
        select(OutboxEntry).where(
            (OutboxEntry.state == "conflict")
            | ((OutboxEntry.state == "pending") & OutboxEntry.last_error.is_not(None)))
        .order_by(OutboxEntry.seq)).all()
    conflicts = {(c.entity, c.record_id): c for c in session.scalars(select(SyncConflict))}
    for entry in entries:
        if entry.entity not in SYNCED_ENTITIES:
            continue
        state = _local_state(session, entry.entity, entry.record_id)
        title = record_title(entry.entity, state.fields if state else {}, entry.record_id)
        if entry.state == "conflict":
            conflict = conflicts.get((entry.entity, entry.record_id))
            names = [field_label(str(c.get("field", ""))) for c in
                     (conflict.fields if conflict else [])]
            message = translate("Sync", "Changed here and on the server: {fields}").format(
                fields=", ".join(names))
            problems.append(Problem("conflict", entry.entity, entry.record_id, title, message,
                                    conflict.detected_at if conflict else entry.changed_at))
        else:
            problems.append(Problem("refused", entry.entity, entry.record_id, title,
                                    entry.last_error or "", entry.changed_at))
    problems.sort(key=lambda p: p.kind != "conflict")
    return problems


# ----------------------------------------------------------------------------------------------
# One conflict


@dataclass(frozen=True)
class FieldChoice:
    field: str
    label: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class ConflictInfo:
    entity: str
    record_id: str
    title: str
    their_version: int | None
    detected_at: dt.datetime
    fields: list[FieldChoice]


def _theirs_value(conflict: SyncConflict, clash: dict[str, Any]) -> Any:
    """The newest server value of a field: from the latest pulled copy when there is one."""
    name = str(clash.get("field", ""))
    theirs = conflict.theirs or {}
    if name in ("region_code", "deleted_at"):
        return theirs.get(name, clash.get("theirs"))
    return (theirs.get("fields") or {}).get(name, clash.get("theirs"))


def load_conflict(session: Session, entity: str, record_id: str) -> ConflictInfo | None:
    conflict = session.scalar(select(SyncConflict).where(
        SyncConflict.entity == entity, SyncConflict.record_id == record_id))
    if conflict is None or entity not in SYNCED_ENTITIES:
        return None
    mine = _local_state(session, entity, record_id)
    if mine is None:
        return None
    choices = []
    for clash in conflict.fields or []:
        name = str(clash.get("field", ""))
        choices.append(FieldChoice(
            field=name,
            label=field_label(name),
            base=clash.get("base"),
            mine=mine.get(name),
            theirs=_theirs_value(conflict, clash),
        ))
    return ConflictInfo(entity, record_id, record_title(entity, mine.fields, record_id),
                        conflict.their_version, conflict.detected_at, choices)


def resolve_conflict(session: Session, entity: str, record_id: str,
                     choices: dict[str, Choice]) -> None:
    """Apply the user's pick per field to the local record and queue it for the next push.

    Every clashing field needs a choice. The record keeps "mine" values as they are and takes
    "theirs" values from the server's newest copy; the outbox entry goes back to ``pending``
    with a new ``change_id`` (the old one's answer on the server is the conflict itself).
    """
    info = load_conflict(session, entity, record_id)
    if info is None:
        raise ConflictError(translate("Sync", "This conflict is no longer open."))
    missing = [c.label for c in info.fields if choices.get(c.field) not in ("mine", "theirs")]
    if missing:
        raise ConflictError(translate("Sync", "Please choose a version for: {fields}").format(
            fields=", ".join(missing)))
    cls = SYNCED_ENTITIES[entity]
    record = session.get(cls, record_id)
    if record is None:
        raise ConflictError(translate("Sync", "This record no longer exists here."))
    for choice in info.fields:
        if choices[choice.field] != "theirs":
            continue
        if choice.field == "deleted_at":
            value = choice.theirs
            record.deleted_at = dt.datetime.fromisoformat(value) if value else None
        elif choice.field in cls.__table__.columns:
            setattr(record, choice.field, from_wire_value(cls, choice.field, choice.theirs))
    session.flush()  # the outbox hook coalesces the entry (new change_id)
    entry = session.scalar(select(OutboxEntry).where(
        OutboxEntry.entity == entity, OutboxEntry.record_id == record_id))
    conflict = session.scalar(select(SyncConflict).where(
        SyncConflict.entity == entity, SyncConflict.record_id == record_id))
    assert conflict is not None
    if entry is None:  # cannot happen while the conflict is open; be safe
        entry = OutboxEntry(entity=entity, record_id=record_id,
                            base_version=conflict.base_version)
        session.add(entry)
    entry.change_id = new_id()
    entry.state = "pending"
    entry.last_error = None
    entry.changed_at = utcnow()
    conflict.resolved_at = utcnow()


# ----------------------------------------------------------------------------------------------
# Refused changes


def _remote_copy(session: Session, entity: str, record_id: str) -> SyncRemoteRecord | None:
    return session.scalar(select(SyncRemoteRecord).where(
        SyncRemoteRecord.entity == entity, SyncRemoteRecord.record_id == record_id))


@dataclass(frozen=True)
class DiscardPlan:
    """What discarding a refused change will do, so the view can ask the right question."""

    restores_server_copy: bool
    deletes_local_record: bool
    refetches: bool
    restores_prefilled: bool = False
    """The record is reference data this desktop pre-filled and the server never had: it goes
    back to its pre-filled values."""


PREFILLED_VALUES = {"region": prefilled_values}
"""Entities this desktop pre-fills itself: how to find a record's pre-filled values."""


def discard_plan(session: Session, entity: str, record_id: str) -> DiscardPlan:
    remote = _remote_copy(session, entity, record_id)
    entry = session.scalar(select(OutboxEntry).where(
        OutboxEntry.entity == entity, OutboxEntry.record_id == record_id))
    if remote is not None:
        return DiscardPlan(not remote.removed, remote.removed, False)
    if entry is not None and entry.base_version is None:
        prefilled = PREFILLED_VALUES.get(entity)
        if prefilled is not None and prefilled(session, record_id) is not None:
            return DiscardPlan(False, False, False, restores_prefilled=True)
        return DiscardPlan(False, True, False)
    return DiscardPlan(False, False, True)


def discard_local_change(session: Session, entity: str, record_id: str) -> DiscardPlan:
    """Give up a refused (or conflicting) local change and go back to the server's copy.

    - server copy known: it replaces the local record;
    - the record left this user's scope, or never reached the server: the local copy is deleted
      (a hard delete on purpose: there is nothing on the server to keep in step with);
    - server copy unknown: the change is dropped and the next sync downloads this user's scope
      again to fetch it (the cursor restarts; existing records are simply rewritten).
    """
    if entity not in SYNCED_ENTITIES:
        raise ConflictError(translate("Sync", "Unknown kind of record."))
    plan = discard_plan(session, entity, record_id)
    c = codec(entity)
    session.info[APPLYING_REMOTE] = True
    try:
        conn = session.connection()
        remote = _remote_copy(session, entity, record_id)
        if plan.restores_server_copy and remote is not None:
            local = load_rows(conn, entity, [record_id]).get(record_id)
            state = State(dict(remote.fields or {}), remote.region_code, remote.deleted_at)
            created = remote.created_at or (local[2] if local else utcnow().isoformat())
            updated = remote.updated_at or created
            upsert_rows(conn, entity, [row_from_state(c, record_id, state, created, updated,
                                                      remote.version)])
        elif plan.restores_prefilled:
            values = PREFILLED_VALUES[entity](session, record_id) or {}
            session.execute(update(SYNCED_ENTITIES[entity]).where(
                SYNCED_ENTITIES[entity].id == record_id).values(**values))
        elif plan.deletes_local_record:
            delete_rows(conn, entity, [record_id])
        else:
            session.execute(update(SyncCursor).values(since=0, scope_complete=False))
        for model in (OutboxEntry, SyncConflict, SyncRemoteRecord):
            session.execute(delete(model).where(model.entity == entity,
                                                model.record_id == record_id))
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    session.expire_all()
    return plan


def describe_value(value: Any, field: str = "") -> str:
    """A field value as words for the conflict dialog (lists joined, empty said as such)."""
    if field == "deleted_at":
        return translate("Sync", "Deleted") if value else translate("Sync", "Not deleted")
    if value is None or value == "" or value == [] or value == {}:
        return translate("Sync", "(empty)")
    if isinstance(value, bool):
        return translate("Sync", "Yes") if value else translate("Sync", "No")
    if isinstance(value, list):
        return ", ".join(describe_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    return text if len(text) <= 500 else text[:499] + "…"


def open_conflicts(session: Session, entity: str, ids: list[str]) -> list[str]:
    """Those of ``ids`` (in their order) whose record has an open conflict."""
    if not ids:
        return []
    found = set(session.scalars(select(SyncConflict.record_id).where(
        SyncConflict.entity == entity, SyncConflict.record_id.in_(ids[:900]),
        SyncConflict.resolved_at.is_(None))))
    return [rid for rid in ids if rid in found]
