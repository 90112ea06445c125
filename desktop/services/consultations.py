"""Consultations: their details, status workflow, pool, selection record, invitations,
attendance and follow-up commitments.

The workflow only moves along ``draft → pool_open → selected → invited → held → followed_up →
closed`` (plus back from ``pool_open`` to ``draft``), and each step checks what it needs: the
draw is the only way into ``selected`` (so a panel is never typed in by hand), and a
consultation is never closed while a commitment made to its participants is still open.
Participations and follow-up actions carry the consultation's region for sync scoping.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Candidate,
    Consultation,
    FollowUpAction,
    Participation,
    utcnow,
)
from desktop.models.consultations import (
    CONSULTATION_KINDS,
    CONSULTATION_STATUSES,
    FOLLOW_UP_STATUSES,
    PARTICIPATION_STATUSES,
)
from desktop.services.consent import eligible_clause, eligible_ids
from desktop.services.i18n import translate
from desktop.services.validation import (
    FieldError,
    ValidationError,
    clean_date,
    clean_int,
    clean_region,
    clean_url,
    text_of,
)
from desktop.services.vocabulary import fold

CTX = "Consultations"
LETTER_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ro", "ru", "ar")

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("pool_open",),
    "pool_open": ("draft", "selected"),
    "selected": ("invited",),
    "invited": ("held",),
    "held": ("followed_up",),
    "followed_up": ("closed",),
    "closed": (),
}
POOL_EDITABLE = ("draft", "pool_open")
PANEL_STATUSES = ("selected", "invited", "confirmed", "attended", "no_show")
"""Participation statuses of people holding a seat (a decliner gives theirs back)."""
OPEN_COMMITMENTS = ("open", "in_progress")

PARTICIPATION_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "pool": (),
    "selected": ("invited", "declined"),
    "reserve": ("selected",),
    "invited": ("confirmed", "declined"),
    "confirmed": ("declined", "attended", "no_show"),
    "declined": ("invited",),
    "attended": ("no_show",),
    "no_show": ("attended",),
}


class ConsultationError(ValueError):
    """A change that cannot be made; the message says why, for the user."""


class ConsultationValidationError(ConsultationError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


# --------------------------------------------------------------------------------------------
# Labels


def kind_labels() -> dict[str, str]:
    labels = {
        "roundtable": translate("Consultations", "Roundtable"),
        "listening_exercise": translate("Consultations", "Listening exercise"),
        "focus_group": translate("Consultations", "Focus group"),
        "mobile_counselling": translate("Consultations", "Mobile counselling"),
        "online": translate("Consultations", "Online meeting"),
        "workshop": translate("Consultations", "Workshop"),
    }
    return {code: labels[code] for code in CONSULTATION_KINDS}


def status_labels() -> dict[str, str]:
    labels = {
        "draft": translate("Consultations", "Draft"),
        "pool_open": translate("Consultations", "Pool open"),
        "selected": translate("Consultations", "Participants selected"),
        "invited": translate("Consultations", "Invitations sent"),
        "held": translate("Consultations", "Held"),
        "followed_up": translate("Consultations", "Followed up"),
        "closed": translate("Consultations", "Closed"),
    }
    return {code: labels[code] for code in CONSULTATION_STATUSES}


def participation_labels() -> dict[str, str]:
    labels = {
        "pool": translate("Consultations", "In the pool"),
        "selected": translate("Consultations", "Selected"),
        "reserve": translate("Consultations", "Reserve"),
        "invited": translate("Consultations", "Invited"),
        "confirmed": translate("Consultations", "Confirmed"),
        "declined": translate("Consultations", "Declined"),
        "attended": translate("Consultations", "Attended"),
        "no_show": translate("Consultations", "Did not come"),
    }
    return {code: labels[code] for code in PARTICIPATION_STATUSES}


def follow_up_labels() -> dict[str, str]:
    labels = {
        "open": translate("Consultations", "Open"),
        "in_progress": translate("Consultations", "In progress"),
        "done": translate("Consultations", "Done"),
        "dropped": translate("Consultations", "Dropped"),
    }
    return {code: labels[code] for code in FOLLOW_UP_STATUSES}


def language_labels() -> dict[str, str]:
    """Letter languages, each named in its own language (what a bureau officer recognises)."""
    return {
        "en": "English",
        "fr": "Français",
        "es": "Español",
        "ro": "Română",
        "ru": "Русский",
        "ar": "العربية",
    }


# --------------------------------------------------------------------------------------------
# Consultations


def get_consultation(session: Session, consultation_id: str) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or consultation.deleted_at is not None:
        raise ConsultationError(
            translate("Consultations", "This consultation is no longer in the database.")
        )
    return consultation


def validate_consultation(
    values: Mapping[str, Any], *, regions: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean the details typed in the consultation form (title required, seats at least 1)."""
    out: dict[str, Any] = {}
    errors: list[FieldError] = []

    def run(key: str, cleaner: Any) -> None:
        if key not in values:
            return
        try:
            out[key] = cleaner(values[key])
        except ValidationError as exc:
            errors.append(FieldError(key, str(exc)))

    title = " ".join(text_of(values.get("title")).split())
    if not title:
        errors.append(
            FieldError("title", translate("Consultations", "Give the consultation a title."))
        )
    elif len(title) > 300:
        errors.append(
            FieldError(
                "title", translate("Consultations", "The title can have at most 300 characters.")
            )
        )
    else:
        out["title"] = title

    def kind(value: Any) -> str:
        text = text_of(value) or "roundtable"
        if text not in CONSULTATION_KINDS:
            raise ValidationError(translate("Consultations", "Choose the kind of consultation."))
        return text

    def language(value: Any) -> str:
        text = text_of(value) or "en"
        if text not in LETTER_LANGUAGES:
            raise ValidationError(
                translate(
                    "Consultations",
                    "Letters can be written in English, French, Spanish, "
                    "Romanian, Russian or Arabic.",
                )
            )
        return text

    def limited(limit: int) -> Any:
        def clean(value: Any) -> str:
            text = text_of(value)
            if len(text) > limit:
                raise ValidationError(
                    translate(
                        "Consultations", "This is too long: at most {max} characters."
                    ).format(max=limit)
                )
            return text

        return clean

    run("kind", kind)
    run("topic", limited(300))
    run("place", limited(300))
    run("link", lambda v: clean_url(v))
    run("held_on", clean_date)
    run("language", language)
    run("seats", lambda v: clean_int(v, 1, 10_000) or 0)
    run("reserves_wanted", lambda v: clean_int(v, 0, 1_000) or 0)
    run("region_code", lambda v: clean_region(v, regions))
    run("notes", limited(20_000))
    if "seats" in out and out["seats"] < 1:
        errors.append(
            FieldError(
                "seats", translate("Consultations", "A consultation needs at least one seat.")
            )
        )
    if (
        out.get("kind") == "online"
        and "link" in values
        and not out.get("link")
        and not any(e.field == "link" for e in errors)
    ):
        errors.append(
            FieldError(
                "link", translate("Consultations", "An online meeting needs the link to join it.")
            )
        )
    return out, errors


def save_consultation(
    session: Session, consultation_id: str | None, values: Mapping[str, Any]
) -> Consultation:
    """Create or update a consultation's details. Seats and region are fixed once the
    participants are drawn: changing them afterwards would break the published draw."""
    from desktop.services.regions import region_names

    clean, errors = validate_consultation(values, regions=region_names(session))
    if errors:
        raise ConsultationValidationError(errors)
    if consultation_id is None:
        consultation = Consultation(title=clean["title"], status="draft", criteria={}, selection={})
        session.add(consultation)
    else:
        consultation = get_consultation(session, consultation_id)
        drawn = consultation.status not in POOL_EDITABLE
        if drawn and "seats" in clean and clean["seats"] != consultation.seats:
            raise ConsultationValidationError(
                [
                    FieldError(
                        "seats",
                        translate(
                            "Consultations",
                            "The seats cannot change after the participants were drawn.",
                        ),
                    )
                ]
            )
        if drawn and "region_code" in clean and clean["region_code"] != consultation.region_code:
            raise ConsultationValidationError(
                [
                    FieldError(
                        "region_code",
                        translate(
                            "Consultations",
                            "The region cannot change after the participants were drawn.",
                        ),
                    )
                ]
            )
    for key, value in clean.items():
        setattr(consultation, key, value)
    session.flush()
    _follow_region(session, consultation)
    return consultation


def _follow_region(session: Session, consultation: Consultation) -> None:
    for cls in (Participation, FollowUpAction):
        for record in session.scalars(select(cls).where(cls.consultation_id == consultation.id)):
            if record.region_code != consultation.region_code:
                record.region_code = consultation.region_code


def delete_consultation(session: Session, consultation_id: str) -> None:
    consultation = get_consultation(session, consultation_id)
    if consultation.status not in ("draft", "pool_open"):
        raise ConsultationError(
            translate(
                "Consultations",
                "Only a consultation whose participants were not drawn yet can be deleted; close "
                "it instead.",
            )
        )
    now = utcnow()
    consultation.deleted_at = now
    for participation in _participations(session, consultation_id):
        participation.deleted_at = now


def restore_consultation(session: Session, consultation_id: str) -> None:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        return
    when = consultation.deleted_at
    consultation.deleted_at = None
    for participation in session.scalars(
        select(Participation).where(
            Participation.consultation_id == consultation_id, Participation.deleted_at == when
        )
    ):
        participation.deleted_at = None


@dataclass(frozen=True)
class ConsultationRow:
    id: str
    title: str
    kind: str
    topic: str
    region_code: str | None
    held_on: dt.date | None
    seats: int
    status: str
    pool_size: int
    search: str


def list_consultations(session: Session) -> list[ConsultationRow]:
    counts = dict(
        session.execute(
            select(Participation.consultation_id, func.count())
            .where(Participation.deleted_at.is_(None))
            .group_by(Participation.consultation_id)
        ).all()
    )
    rows = []
    for c in session.scalars(
        select(Consultation)
        .where(Consultation.deleted_at.is_(None))
        .order_by(Consultation.held_on.desc(), Consultation.title)
    ):
        rows.append(
            ConsultationRow(
                c.id,
                c.title,
                c.kind,
                c.topic,
                c.region_code,
                c.held_on,
                c.seats,
                c.status,
                int(counts.get(c.id, 0)),
                fold(f"{c.title} {c.topic} {c.place} {c.region_code or ''}"),
            )
        )
    return rows


# --------------------------------------------------------------------------------------------
# Status workflow


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def open_commitments(session: Session, consultation_id: str) -> list[FollowUpAction]:
    return list(
        session.scalars(
            select(FollowUpAction)
            .where(
                FollowUpAction.consultation_id == consultation_id,
                FollowUpAction.deleted_at.is_(None),
                FollowUpAction.status.in_(OPEN_COMMITMENTS),
            )
            .order_by(FollowUpAction.due_on, FollowUpAction.created_at)
        )
    )


def _set_status(consultation: Consultation, status: str, by: str | None) -> None:
    from desktop.services.identity import current_user_name

    consultation.status = status
    consultation.status_changed_at = utcnow()
    consultation.status_changed_by = by if by is not None else current_user_name()


def change_status(
    session: Session, consultation_id: str, new_status: str, by: str | None = None
) -> Consultation:
    """Move a consultation one step along the workflow, refusing (with the reason in words)
    any step that is not allowed now."""
    consultation = get_consultation(session, consultation_id)
    labels = status_labels()
    current = consultation.status
    if new_status not in CONSULTATION_STATUSES:
        raise ConsultationError(
            translate("Consultations", "Unknown status: {status}.").format(status=new_status)
        )
    if new_status not in allowed_next(current):
        raise ConsultationError(
            translate("Consultations", "A consultation cannot go from “{old}” to “{new}”.").format(
                old=labels.get(current, current), new=labels[new_status]
            )
        )
    if new_status == "pool_open" and consultation.seats < 1:
        raise ConsultationError(translate("Consultations", "Set the number of seats first."))
    if new_status == "selected":
        raise ConsultationError(
            translate(
                "Consultations",
                "Participants are selected by running the draw (Selection), never by hand.",
            )
        )
    if new_status == "invited":
        statuses = participation_counts(session, consultation_id)
        if not any(statuses.get(s, 0) for s in ("invited", "confirmed", "declined")):
            raise ConsultationError(
                translate("Consultations", "Mark at least one selected person as invited first.")
            )
    if new_status == "followed_up":
        count = session.scalar(
            select(func.count())
            .select_from(FollowUpAction)
            .where(
                FollowUpAction.consultation_id == consultation_id,
                FollowUpAction.deleted_at.is_(None),
            )
        )
        if not count:
            raise ConsultationError(
                translate(
                    "Consultations",
                    "Record at least one commitment (what was said and what will be done) first.",
                )
            )
    if new_status == "closed":
        pending = open_commitments(session, consultation_id)
        if pending:
            names = "; ".join(
                f"“{_short(a.text)}” ({follow_up_labels()[a.status]})" for a in pending[:5]
            )
            more = len(pending) - 5
            message = translate(
                "Consultations",
                "This consultation cannot be closed while {count} commitment(s) are "
                "still open: {names}",
            ).format(count=len(pending), names=names)
            if more > 0:
                message += " " + translate("Consultations", "and {count} more.").format(count=more)
            raise ConsultationError(message)
    _set_status(consultation, new_status, by)
    return consultation


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# The pool


@dataclass
class PoolFilter:
    """Who to add to a pool; empty lists mean "any". Only eligible candidates ever match."""

    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    associations: list[str] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)
    generations: list[str] = field(default_factory=list)
    citizenships: list[str] = field(default_factory=list)
    text: str = ""


def matching_candidates(
    session: Session, flt: PoolFilter, today: dt.date | None = None
) -> list[str]:
    """Ids of eligible candidates (valid consent, not erased) that match ``flt``, by name."""
    today = today or dt.date.today()
    query = select(Candidate.id, Candidate.topics, Candidate.name, Candidate.email).where(
        eligible_clause(today)
    )
    if flt.countries:
        query = query.where(Candidate.country_code.in_(flt.countries))
    if flt.regions:
        query = query.where(Candidate.region_code.in_(flt.regions))
    if flt.associations:
        query = query.where(Candidate.association_id.in_(flt.associations))
    if flt.genders:
        query = query.where(Candidate.gender.in_(flt.genders))
    if flt.generations:
        query = query.where(Candidate.generation.in_(flt.generations))
    if flt.citizenships:
        query = query.where(Candidate.citizenship.in_(flt.citizenships))
    wanted_topics = {fold(t) for t in flt.topics}
    needle = fold(flt.text.strip())
    result = []
    for cid, topics, name, email in session.execute(query.order_by(Candidate.name)):
        if wanted_topics and not wanted_topics & {fold(t) for t in topics or ()}:
            continue
        if needle and needle not in fold(f"{name} {email}"):
            continue
        result.append(cid)
    return result


@dataclass(frozen=True)
class PoolChange:
    added: int
    already: int
    not_eligible: list[str]
    unknown: list[str]

    def summary(self) -> str:
        parts = [translate("Consultations", "{count} added to the pool.").format(count=self.added)]
        if self.already:
            parts.append(
                translate("Consultations", "{count} were already in it.").format(count=self.already)
            )
        if self.not_eligible:
            parts.append(
                translate(
                    "Consultations",
                    "{count} left out: no valid consent to be invited, or their data was erased.",
                ).format(count=len(self.not_eligible))
            )
        if self.unknown:
            parts.append(
                translate("Consultations", "{count} ids are not in the database.").format(
                    count=len(self.unknown)
                )
            )
        return " ".join(parts)


def _participations(
    session: Session, consultation_id: str, include_deleted: bool = False
) -> list[Participation]:
    query = select(Participation).where(Participation.consultation_id == consultation_id)
    if not include_deleted:
        query = query.where(Participation.deleted_at.is_(None))
    return list(session.scalars(query))


def _require_pool_editable(consultation: Consultation) -> None:
    if consultation.status not in POOL_EDITABLE:
        raise ConsultationError(
            translate(
                "Consultations",
                "The pool is fixed once participants are drawn; it can no longer change.",
            )
        )


def add_to_pool(
    session: Session,
    consultation_id: str,
    candidate_ids: Iterable[str],
    today: dt.date | None = None,
) -> PoolChange:
    """Add people to the pool; those without valid consent (or erased) are left out."""
    consultation = get_consultation(session, consultation_id)
    _require_pool_editable(consultation)
    wanted = list(dict.fromkeys(candidate_ids))
    eligible = eligible_ids(session, today, wanted)
    existing_ids: set[str] = set()
    for start in range(0, len(wanted), 900):
        existing_ids.update(
            session.scalars(
                select(Candidate.id).where(Candidate.id.in_(wanted[start : start + 900]))
            )
        )
    current = {p.candidate_id: p for p in _participations(session, consultation_id, True)}
    added = already = 0
    not_eligible: list[str] = []
    unknown: list[str] = []
    now = utcnow()
    new_rows: list[dict[str, Any]] = []
    for cid in wanted:
        if cid not in existing_ids:
            unknown.append(cid)
            continue
        if cid not in eligible:
            not_eligible.append(cid)
            continue
        participation = current.get(cid)
        if participation is not None and participation.deleted_at is None:
            already += 1
            continue
        if participation is not None:
            participation.deleted_at = None
            participation.status = "pool"
            participation.status_changed_at = now
        else:
            new_rows.append(
                {
                    "consultation_id": consultation_id,
                    "candidate_id": cid,
                    "status": "pool",
                    "region_code": consultation.region_code,
                    "status_changed_at": now,
                }
            )
        added += 1
    if new_rows:
        from desktop.services.bulk import insert_records

        insert_records(session, Participation, new_rows)
    if added and consultation.status == "draft":
        _set_status(consultation, "pool_open", None)
    return PoolChange(added, already, not_eligible, unknown)


def remove_from_pool(session: Session, consultation_id: str, candidate_ids: Iterable[str]) -> int:
    consultation = get_consultation(session, consultation_id)
    _require_pool_editable(consultation)
    wanted = set(candidate_ids)
    removed = 0
    now = utcnow()
    for participation in _participations(session, consultation_id):
        if participation.candidate_id in wanted:
            participation.deleted_at = now
            removed += 1
    return removed


def clear_pool(session: Session, consultation_id: str) -> int:
    return remove_from_pool(
        session,
        consultation_id,
        [p.candidate_id for p in _participations(session, consultation_id)],
    )


ID_HEADERS = ("id", "candidate_id", "candidate", "identifiant", "identificador")


def read_id_file(path: Path) -> list[str]:
    """Candidate ids from a CSV: the column named id/candidate_id, else the first column.

    A header row is recognised by its name; files without one are read from the first line.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConsultationError(
            translate("Consultations", "Cannot read {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise ConsultationError(translate("Consultations", "The file is not a text file."))
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        raise ConsultationError(translate("Consultations", "The file is empty."))
    header = [fold(c) for c in rows[0]]
    column = 0
    start = 0
    for index, name in enumerate(header):
        if name in ID_HEADERS:
            column, start = index, 1
            break
    ids = [row[column].strip() for row in rows[start:] if len(row) > column and row[column].strip()]
    if not ids:
        raise ConsultationError(
            translate("Consultations", "No candidate ids were found in the file.")
        )
    return ids


@dataclass(frozen=True)
class Member:
    """One row of a consultation's participant list."""

    participation_id: str
    candidate_id: str
    name: str
    gender: str
    country_code: str
    generation: str
    email: str
    phone: str
    status: str
    probability: float | None
    reserve_rank: int | None
    eligible: bool


def members(session: Session, consultation_id: str, today: dt.date | None = None) -> list[Member]:
    """Everyone in the consultation (pool, panel, reserves), by name."""
    rows = session.execute(
        select(
            Participation.id,
            Participation.candidate_id,
            Candidate.name,
            Candidate.gender,
            Candidate.country_code,
            Candidate.generation,
            Candidate.email,
            Candidate.phone,
            Participation.status,
            Participation.probability,
            Participation.reserve_rank,
        )
        .join(Candidate, Candidate.id == Participation.candidate_id)
        .where(Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None))
        .order_by(Candidate.name)
    ).all()
    eligible = eligible_ids(session, today, [r[1] for r in rows])
    return [Member(*row, eligible=row[1] in eligible) for row in rows]


def participation_counts(session: Session, consultation_id: str) -> dict[str, int]:
    return dict(
        session.execute(
            select(Participation.status, func.count())
            .where(
                Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None)
            )
            .group_by(Participation.status)
        ).all()
    )


def pool_ids(session: Session, consultation_id: str) -> list[str]:
    """Candidate ids of the pool in a stable order (by candidate id), as the draw uses them."""
    return sorted(
        session.scalars(
            select(Participation.candidate_id).where(
                Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None)
            )
        )
    )


# --------------------------------------------------------------------------------------------
# Invitations and attendance


def _participation(session: Session, participation_id: str) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None or participation.deleted_at is not None:
        raise ConsultationError(
            translate("Consultations", "This participant is no longer in the consultation.")
        )
    return participation


def set_participation_status(session: Session, participation_id: str, status: str) -> Participation:
    """Invited, confirmed, declined, attended, did not come — only in a sensible order, and
    attendance only once the consultation was held."""
    participation = _participation(session, participation_id)
    consultation = get_consultation(session, participation.consultation_id)
    labels = participation_labels()
    if status == participation.status:
        return participation
    if status not in PARTICIPATION_TRANSITIONS.get(participation.status, ()):
        raise ConsultationError(
            translate("Consultations", "A participant cannot go from “{old}” to “{new}”.").format(
                old=labels.get(participation.status, participation.status),
                new=labels.get(status, status),
            )
        )
    if status in ("attended", "no_show") and consultation.status not in ("held", "followed_up"):
        raise ConsultationError(
            translate(
                "Consultations", "Attendance is recorded after the consultation is marked as held."
            )
        )
    if status in ("invited", "confirmed", "declined") and consultation.status not in (
        "selected",
        "invited",
    ):
        raise ConsultationError(
            translate(
                "Consultations", "Invitations are handled between the draw and the consultation."
            )
        )
    if consultation.status == "closed":
        raise ConsultationError(translate("Consultations", "This consultation is closed."))
    if participation.status == "declined":
        _check_free_seat(session, consultation)
    participation.status = status
    participation.status_changed_at = utcnow()
    if status == "invited" and consultation.status == "selected":
        _set_status(consultation, "invited", None)
    return participation


def _check_free_seat(session: Session, consultation: Consultation) -> None:
    """Someone who declined, or a reserve, takes a seat only while one is free: the quotas were
    checked for exactly ``seats`` people."""
    taken = sum(1 for p in _participations(session, consultation.id)
                if p.status in PANEL_STATUSES)
    if taken >= consultation.seats:
        raise ConsultationError(translate(
            "Consultations", "All {seats} seats are taken (a reserve may already have taken this "
                             "place). Someone must decline before another person can be seated."
        ).format(seats=consultation.seats))


def promote_reserve(session: Session, consultation_id: str, candidate_id: str) -> Participation:
    """A reserve takes a freed seat (status ``selected``, ready to be invited)."""
    for participation in _participations(session, consultation_id):
        if participation.candidate_id == candidate_id:
            if participation.status != "reserve":
                raise ConsultationError(translate("Consultations", "This person is not a reserve."))
            _check_free_seat(session, get_consultation(session, consultation_id))
            participation.status = "selected"
            participation.status_changed_at = utcnow()
            return participation
    raise ConsultationError(translate("Consultations", "This person is not in the consultation."))


def panel_and_reserves(session: Session, consultation_id: str) -> tuple[list[str], list[str]]:
    """Current seat holders, and the reserves still waiting in their drawn order."""
    panel: list[str] = []
    reserves: list[tuple[int, str]] = []
    for participation in _participations(session, consultation_id):
        if participation.status in PANEL_STATUSES:
            panel.append(participation.candidate_id)
        elif participation.status == "reserve":
            reserves.append((participation.reserve_rank or 10**9, participation.candidate_id))
    return sorted(panel), [cid for _rank, cid in sorted(reserves)]


# --------------------------------------------------------------------------------------------
# Follow-up commitments


def _clean_follow_up(values: Mapping[str, Any]) -> dict[str, Any]:
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    if "text" in values:
        text = text_of(values["text"])
        if not text:
            errors.append(
                FieldError("text", translate("Consultations", "Write down what was committed to."))
            )
        out["text"] = text
    if "owner" in values:
        out["owner"] = " ".join(text_of(values["owner"]).split())[:200]
    if "due_on" in values:
        try:
            out["due_on"] = clean_date(values["due_on"])
        except ValidationError as exc:
            errors.append(FieldError("due_on", str(exc)))
    if "status" in values:
        status = text_of(values["status"]) or "open"
        if status not in FOLLOW_UP_STATUSES:
            errors.append(
                FieldError(
                    "status",
                    translate("Consultations", "Unknown status: {status}.").format(status=status),
                )
            )
        out["status"] = status
    if "outcome" in values:
        out["outcome"] = text_of(values["outcome"])
    if errors:
        raise ConsultationValidationError(errors)
    return out


def save_follow_up(
    session: Session, consultation_id: str, action_id: str | None, values: Mapping[str, Any]
) -> FollowUpAction:
    consultation = get_consultation(session, consultation_id)
    if consultation.status == "closed":
        raise ConsultationError(translate("Consultations", "This consultation is closed."))
    clean = _clean_follow_up(values)
    if action_id is None:
        if not clean.get("text"):
            raise ConsultationValidationError(
                [
                    FieldError(
                        "text", translate("Consultations", "Write down what was committed to.")
                    )
                ]
            )
        action = FollowUpAction(
            consultation_id=consultation_id,
            text=clean["text"],
            region_code=consultation.region_code,
            status="open",
        )
        session.add(action)
    else:
        found = session.get(FollowUpAction, action_id)
        if (
            found is None
            or found.deleted_at is not None
            or found.consultation_id != consultation_id
        ):
            raise ConsultationError(
                translate("Consultations", "This commitment is no longer in the database.")
            )
        action = found
    for key, value in clean.items():
        setattr(action, key, value)
    session.flush()
    return action


def delete_follow_up(session: Session, action_id: str) -> None:
    action = session.get(FollowUpAction, action_id)
    if action is not None:
        action.deleted_at = utcnow()


def follow_ups(session: Session, consultation_id: str) -> list[FollowUpAction]:
    return list(
        session.scalars(
            select(FollowUpAction)
            .where(
                FollowUpAction.consultation_id == consultation_id,
                FollowUpAction.deleted_at.is_(None),
            )
            .order_by(
                FollowUpAction.due_on.is_(None), FollowUpAction.due_on, FollowUpAction.created_at
            )
        )
    )


def follow_ups_mentioning(session: Session, words: Sequence[str]) -> list[FollowUpAction]:
    """Commitments whose text, owner or outcome mentions any of ``words`` (for access exports)."""
    terms = [w for w in words if w and len(w.strip()) >= 3]
    if not terms:
        return []
    conditions = []
    for term in terms:
        pattern = f"%{term.strip()}%"
        conditions.extend(
            [
                FollowUpAction.text.ilike(pattern),
                FollowUpAction.owner.ilike(pattern),
                FollowUpAction.outcome.ilike(pattern),
            ]
        )
    return list(
        session.scalars(
            select(FollowUpAction).where(FollowUpAction.deleted_at.is_(None), or_(*conditions))
        )
    )
