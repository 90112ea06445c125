"""Reviewing registrations from the public form: list, accept, merge, reject, erase.

Each use case opens its own transaction on the :class:`~desktop.db.Database` and returns frozen
data, so the Registrations page and the ``inbox`` command hold no session. Accepting creates
the association or candidate with its consent records (channel "online form", the exact text,
version and language shown on the form); merging writes the chosen answers into an existing
record; rejecting keeps the reason, and the submission's personal data is erased once the
retention period (Settings, 30 days by default) has passed.

Duplicate checks: associations go through the registry's duplicate finder
(:mod:`desktop.services.dedupe`); people through the candidates' duplicate check
(:func:`desktop.services.candidate_dedupe.matches_for_person`: any order and script of the
name, birth year, e-mail, phone, country).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import Association, Candidate, Registration, utcnow
from desktop.services import dedupe
from desktop.services.associations import create_association, update_association
from desktop.services.candidate_dedupe import matches_for_person
from desktop.services.candidates import CandidateError, save_candidate, validate_candidate
from desktop.services.consent import record_consent
from desktop.services.history import add_entry
from desktop.services.i18n import translate
from desktop.services.identity import current_user_name
from desktop.services.meta import get_meta, set_meta
from desktop.services.records import RegistryError
from desktop.services.regions import region_names
from desktop.services.validation import validate_association
from sync.registration.vocabulary import (
    KIND_ASSOCIATION,
    PURPOSE_CONSULTATIONS,
    PURPOSE_INFORMATION,
    PURPOSE_LISTING,
    STATUS_ACCEPTED,
    STATUS_MERGED,
    STATUS_NEW,
    STATUS_REJECTED,
)

RETENTION_KEY = "registrations.retention_days"
DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650
CHANNEL = "online_form"
ASSOCIATION_FIELDS: tuple[str, ...] = (
    "name", "acronym", "country_code", "city", "region_code", "contact_person", "email",
    "phone", "website", "member_count", "engagement_areas", "sectors", "languages")
PERSON_FIELDS: tuple[str, ...] = (
    "name", "gender", "birth_year", "country_code", "citizenship", "generation",
    "education_level", "occupation_sector", "skills", "languages", "email", "phone",
    "region_code")
LIST_FIELDS = frozenset({"engagement_areas", "sectors", "languages", "skills"})
INCOMING, EXISTING, BOTH = "incoming", "existing", "both"


class RegistrationError(ValueError):
    """A review step that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class RegistrationMatch:
    """An existing record that looks like the registration, and why."""

    entity: str
    record_id: str
    name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ShownConsent:
    purpose: str
    given: bool
    version: str
    language: str
    text: str
    shown_at: str


@dataclass(frozen=True)
class RegistrationRow:
    """One registration as the review list shows it."""

    id: str
    reference: str
    kind: str
    status: str
    name: str
    email: str
    phone: str
    country_code: str
    region_code: str
    campaign_code: str
    language: str
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None
    decided_by: str
    reason: str
    result_id: str
    erased: bool
    data: Mapping[str, Any]
    consents: tuple[ShownConsent, ...]
    matches: tuple[RegistrationMatch, ...]

    @property
    def target_entity(self) -> str:
        return "association" if self.kind == KIND_ASSOCIATION else "candidate"


@dataclass(frozen=True)
class MergeField:
    """One field side by side: the registration's answer and the existing record's value."""

    key: str
    incoming: Any
    existing: Any
    combinable: bool

    @property
    def differs(self) -> bool:
        return bool(_comparable(self.incoming) != _comparable(self.existing))

    @property
    def default_choice(self) -> str:
        return EXISTING if _filled(self.existing) else INCOMING


@dataclass(frozen=True)
class Decision:
    """What a review step did."""

    registration_id: str
    reference: str
    status: str
    result_entity: str
    result_id: str
    moved_to_notes: tuple[str, ...] = ()


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(str(v).casefold() for v in value)
    return "" if value is None else str(value)


# --------------------------------------------------------------------------------------------
# Settings


def retention_days(db: Database) -> int:
    with db.sessions() as session:
        return _retention(session)


def _retention(session: Session) -> int:
    raw = get_meta(session, RETENTION_KEY, "")
    return int(raw) if raw.isdigit() else DEFAULT_RETENTION_DAYS


def set_retention_days(db: Database, days: int) -> None:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise RegistrationError(translate(
            "Registrations", "Keep rejected registrations between 1 and {max} days.").format(
                max=MAX_RETENTION_DAYS))
    with db.transaction() as session:
        set_meta(session, RETENTION_KEY, str(days))


# --------------------------------------------------------------------------------------------
# Reading


def _consents(record: Registration) -> tuple[ShownConsent, ...]:
    found = []
    for item in record.consents or []:
        if isinstance(item, dict):
            found.append(ShownConsent(str(item.get("purpose", "")), bool(item.get("given")),
                                      str(item.get("version", "")), str(item.get("language", "")),
                                      str(item.get("text", "")), str(item.get("shown_at", ""))))
    return tuple(found)


def _row(record: Registration, matches: Sequence[RegistrationMatch] = ()) -> RegistrationRow:
    data = dict(record.data or {})
    return RegistrationRow(
        id=record.id, reference=record.reference, kind=record.kind, status=record.status,
        name=str(data.get("name", "")), email=str(data.get("email", "")),
        phone=str(data.get("phone", "")), country_code=str(data.get("country_code", "")),
        region_code=record.region_code or "", campaign_code=record.campaign_code,
        language=record.language, submitted_at=record.submitted_at,
        decided_at=record.decided_at, decided_by=record.decided_by, reason=record.reason,
        result_id=record.result_id or "", erased=record.erased_at is not None, data=data,
        consents=_consents(record), matches=tuple(matches),
    )


class _Matcher:
    """Duplicate checks for many registrations with the indexes built once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def __call__(self, record: Registration) -> list[RegistrationMatch]:
        data = dict(record.data or {})
        if not data.get("name"):
            return []
        if record.kind == KIND_ASSOCIATION:
            values = {**data, "region_code": record.region_code}
            return [RegistrationMatch("association", m.record_id, m.name, m.score,
                                      tuple(m.reasons))
                    for m in dedupe.find_duplicates(self.session, "association", values)]
        values = {**data, "region_code": record.region_code}
        return [RegistrationMatch("candidate", m.candidate_id, m.name, m.score, m.reasons)
                for m in matches_for_person(self.session, values)]


def list_registrations(db: Database, statuses: Sequence[str] | None = None,
                       with_matches: bool = True) -> tuple[RegistrationRow, ...]:
    """Registrations, newest first; the ones waiting for review carry their duplicate matches."""
    with db.sessions() as session:
        query = select(Registration).where(Registration.deleted_at.is_(None))
        if statuses:
            query = query.where(Registration.status.in_(list(statuses)))
        records = session.scalars(query).all()
        matcher = _Matcher(session)
        rows = [_row(r, matcher(r) if with_matches and r.status == STATUS_NEW else ())
                for r in records]
    rows.sort(key=lambda r: (r.status != STATUS_NEW,
                             -(r.submitted_at.timestamp() if r.submitted_at else 0.0)))
    return tuple(rows)


def _find(session: Session, key: str) -> Registration:
    text = key.strip()
    if not text:
        raise RegistrationError(translate("Registrations",
                                          "No registration has this id or reference."))
    found = session.scalars(select(Registration).where(
        Registration.deleted_at.is_(None),
        or_(Registration.id == text, func.upper(Registration.reference) == text.upper()),
    )).all()
    if not found and len(text) >= 8:
        found = session.scalars(select(Registration).where(
            Registration.deleted_at.is_(None), Registration.id.startswith(text.lower()))).all()
    if len(found) != 1:
        raise RegistrationError(translate("Registrations",
                                          "No registration has this id or reference: "
                                               "{key}.").format(key=text))
    return found[0]


def get_registration(db: Database, key: str) -> RegistrationRow:
    """One registration by id, id prefix or reference, with its duplicate matches."""
    with db.sessions() as session:
        record = _find(session, key)
        matches = _Matcher(session)(record) if record.status == STATUS_NEW else []
        return _row(record, matches)


def merge_fields(db: Database, key: str, target_id: str) -> tuple[MergeField, ...]:
    """The registration's answers beside the existing record's values, field by field."""
    with db.sessions() as session:
        record = _find(session, key)
        target = _target(session, record, target_id)
        return _merge_fields(record, target)


def _merge_fields(record: Registration, target: Association | Candidate
                  ) -> tuple[MergeField, ...]:
    incoming = {**(record.data or {}), "region_code": record.region_code}
    keys = ASSOCIATION_FIELDS if record.kind == KIND_ASSOCIATION else PERSON_FIELDS
    return tuple(MergeField(key, incoming.get(key), getattr(target, key), key in LIST_FIELDS)
                 for key in keys)


def _target(session: Session, record: Registration, target_id: str) -> Association | Candidate:
    target: Association | Candidate | None = (
        session.get(Association, target_id) if record.kind == KIND_ASSOCIATION
        else session.get(Candidate, target_id))
    if target is None or target.deleted_at is not None or (
            isinstance(target, Candidate) and target.erased_at is not None):
        raise RegistrationError(translate(
            "Registrations",
            "The record to merge into no longer exists (it may have been deleted)."))
    return target


# --------------------------------------------------------------------------------------------
# Deciding


def _open(session: Session, key: str) -> Registration:
    record = _find(session, key)
    if record.status != STATUS_NEW:
        raise RegistrationError(translate(
            "Registrations", "Registration {reference} was already reviewed.").format(
                reference=record.reference))
    if not (record.data or {}).get("name"):
        raise RegistrationError(translate(
            "Registrations", "Registration {reference} has no data left to accept.").format(
                reference=record.reference))
    return record


def _given(record: Registration) -> dict[str, ShownConsent]:
    return {c.purpose: c for c in _consents(record) if c.given}


def _usable(session: Session, record: Registration, values: dict[str, Any]
            ) -> tuple[dict[str, Any], list[str]]:
    """The values the desktop's own rules accept; the others go to the notes, with why, so
    that nothing a person typed is lost and the reviewer can fix it afterwards."""
    regions = region_names(session)
    if record.kind == KIND_ASSOCIATION:
        _clean, errors = validate_association(values, regions=regions)
    else:
        _clean, errors = validate_candidate(values, regions=regions)
    moved = []
    for error in errors:
        if error.field in values and error.field != "name":
            raw = values.pop(error.field)
            shown = "; ".join(map(str, raw)) if isinstance(raw, list) else str(raw)
            moved.append(f"{error.field}: {shown} ({error.message})")
    return values, moved


def _note(record: Registration, moved: Sequence[str]) -> str:
    lines = [translate("Registrations",
                       "Registered through the online form (reference {reference}).")
             .format(reference=record.reference)]
    if moved:
        lines.append(translate("Registrations", "Answers the checks did not accept:"))
        lines.extend(moved)
    return "\n".join(lines)


def _record_consents(session: Session, record: Registration, target: Association | Candidate,
                     who: str) -> None:
    given_on = (record.submitted_at or utcnow()).date()
    for purpose, shown in _given(record).items():
        if isinstance(target, Candidate) and purpose in (PURPOSE_CONSULTATIONS,
                                                         PURPOSE_INFORMATION):
            record_consent(session, target.id, purpose=purpose, given_on=given_on,
                           channel=CHANNEL, collected_by=who, text_version=shown.version,
                           text=shown.text)
        else:
            add_entry(session, target, "consent_recorded", who, {
                "purpose": purpose, "channel": CHANNEL, "version": shown.version,
                "language": shown.language, "text": shown.text, "shown_at": shown.shown_at,
                "registration": record.reference})


def _decide(record: Registration, status: str, who: str, entity: str = "",
            result_id: str | None = None, reason: str = "") -> None:
    record.status = status
    record.decided_at = utcnow()
    record.decided_by = who
    record.result_entity = entity
    record.result_id = result_id
    record.reason = reason


def accept_registration(db: Database, key: str, by: str | None = None) -> Decision:
    """Create the association or candidate the registration describes, with its consents."""
    who = by or current_user_name()
    with db.transaction() as session:
        record = _open(session, key)
        values = {**dict(record.data or {}), "region_code": record.region_code}
        values, moved = _usable(session, record, values)
        values["notes"] = _note(record, moved)
        try:
            if record.kind == KIND_ASSOCIATION:
                values["consent_to_publish"] = PURPOSE_LISTING in _given(record)
                created_id = create_association(session, values, by=who)
                target: Association | Candidate = session.get_one(Association, created_id)
            else:
                target = save_candidate(session, None, values)
        except (RegistryError, CandidateError) as exc:
            raise RegistrationError(str(exc)) from exc
        _record_consents(session, record, target, who)
        entity = "association" if record.kind == KIND_ASSOCIATION else "candidate"
        _decide(record, STATUS_ACCEPTED, who, entity, target.id)
        return Decision(record.id, record.reference, STATUS_ACCEPTED, entity, target.id,
                        tuple(moved))


def merge_registration(db: Database, key: str, target_id: str, choices: Mapping[str, str],
                       by: str | None = None) -> Decision:
    """Write the chosen answers into an existing record (``choices``: field -> incoming,
    existing or both; a field not named keeps the existing value when it has one)."""
    who = by or current_user_name()
    with db.transaction() as session:
        record = _open(session, key)
        target = _target(session, record, target_id)
        values: dict[str, Any] = {}
        for item in _merge_fields(record, target):
            choice = choices.get(item.key, item.default_choice)
            if choice == INCOMING:
                values[item.key] = item.incoming
            elif choice == BOTH and item.combinable:
                combined = list(item.existing or [])
                seen = {str(v).casefold() for v in combined}
                combined += [v for v in item.incoming or [] if str(v).casefold() not in seen]
                values[item.key] = combined
        values = {k: v for k, v in values.items() if _filled(v) or k == "region_code"}
        values, moved = _usable(session, record, values)
        note = _note(record, moved)
        values["notes"] = "\n\n".join(p for p in (target.notes.strip(), note) if p)
        entity = "association" if isinstance(target, Association) else "candidate"
        try:
            if isinstance(target, Association):
                if PURPOSE_LISTING in _given(record):
                    values["consent_to_publish"] = True
                update_association(session, target.id, values, by=who)
            else:
                values.setdefault("name", target.name)
                save_candidate(session, target.id, values)
        except (RegistryError, CandidateError) as exc:
            raise RegistrationError(str(exc)) from exc
        _record_consents(session, record, target, who)
        _decide(record, STATUS_MERGED, who, entity, target.id)
        return Decision(record.id, record.reference, STATUS_MERGED, entity, target.id,
                        tuple(moved))


def reject_registration(db: Database, key: str, reason: str, by: str | None = None) -> Decision:
    """Refuse a registration; its personal data is erased after the retention period."""
    who = by or current_user_name()
    reason = " ".join(reason.split())
    if not reason:
        raise RegistrationError(translate("Registrations", "Say why the registration is rejected."))
    with db.transaction() as session:
        record = _find(session, key)
        if record.status != STATUS_NEW:
            raise RegistrationError(translate(
                "Registrations", "Registration {reference} was already reviewed.").format(
                    reference=record.reference))
        _decide(record, STATUS_REJECTED, who, reason=reason[:2000])
        return Decision(record.id, record.reference, STATUS_REJECTED, "", "")


def erase_expired(db: Database, now: dt.datetime | None = None) -> int:
    """Erase the personal data of registrations rejected longer ago than the retention
    period. What stays is countable only (kind, region, campaign, language, status, consent
    boxes without names), so the flyer statistics still add up; the erasure syncs, and the
    server then keeps no earlier copy (docs/SYNC_PROTOCOL.md, Erasure)."""
    now = now or utcnow()
    with db.transaction() as session:
        cutoff = now - dt.timedelta(days=_retention(session))
        records = session.scalars(select(Registration).where(
            Registration.status == STATUS_REJECTED, Registration.erased_at.is_(None),
            Registration.decided_at.is_not(None), Registration.deleted_at.is_(None))).all()
        erased = 0
        for record in records:
            if record.decided_at is not None and record.decided_at <= cutoff:
                kept = {"country_code": (record.data or {}).get("country_code", "")}
                record.data = kept
                record.reason = ""
                record.erased_at = now
                erased += 1
        return erased
