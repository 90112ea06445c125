"""Candidates: the people who volunteered to be invited to consultations.

One validation function serves the form, the importer and the demo, built on the registry's
small ``clean_*`` validators so that an e-mail refused in the association form is refused here
with the same words. The list loader returns plain rows with a precomputed search string, so a
list of 100,000 people filters on each keystroke without touching the database.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import Association, Candidate, utcnow
from desktop.models.consultations import CITIZENSHIPS, EDUCATION_LEVELS, GENERATIONS
from desktop.services import countries
from desktop.services.consent import NONE, consent_states
from desktop.services.i18n import translate
from desktop.services.validation import (
    FieldError,
    ValidationError,
    clean_country,
    clean_email,
    clean_languages,
    clean_phone,
    clean_region,
    clean_tags,
    clean_year,
    text_of,
)
from desktop.services.vocabulary import (
    engagement_area_labels,
    find_engagement_area,
    find_gender,
    fold,
    gender_labels,
)

CTX = "Candidates"
ERASED_NAME = "Erased person"
MINIMUM_AGE = 16
"""Consultations invite adults and older teenagers; a younger birth year is a typo or a child."""
NAME_LENGTH = 200
TEXT_LENGTH = 20_000

OCCUPATION_SECTORS: tuple[str, ...] = (
    "agriculture",
    "construction",
    "manufacturing",
    "trade",
    "hospitality",
    "transport",
    "health_care",
    "care_work",
    "education",
    "information_technology",
    "finance",
    "public_administration",
    "arts_culture",
    "research",
    "student",
    "retired",
    "not_working",
    "other",
)


class CandidateError(ValueError):
    """A candidate change that cannot be made; ``errors`` say which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


# --------------------------------------------------------------------------------------------
# Vocabularies and their labels


def citizenship_labels() -> dict[str, str]:
    labels = {
        "origin": translate("Candidates", "Origin-country citizenship only"),
        "destination": translate("Candidates", "Destination-country citizenship only"),
        "dual": translate("Candidates", "Dual citizenship (origin and destination)"),
    }
    return {code: labels[code] for code in CITIZENSHIPS}


def generation_labels() -> dict[str, str]:
    labels = {
        "first": translate("Candidates", "First generation (born in the origin country)"),
        "second": translate("Candidates", "Second generation"),
        "third_plus": translate("Candidates", "Third generation or later"),
    }
    return {code: labels[code] for code in GENERATIONS}


def education_labels() -> dict[str, str]:
    labels = {
        "": translate("Candidates", "Not stated"),
        "primary": translate("Candidates", "Primary school"),
        "secondary": translate("Candidates", "Secondary school"),
        "vocational": translate("Candidates", "Vocational training"),
        "bachelor": translate("Candidates", "Bachelor's degree"),
        "master": translate("Candidates", "Master's degree"),
        "doctorate": translate("Candidates", "Doctorate"),
    }
    return {code: labels[code] for code in ("", *EDUCATION_LEVELS)}


def occupation_labels() -> dict[str, str]:
    labels = {
        "agriculture": translate("Candidates", "Agriculture"),
        "construction": translate("Candidates", "Construction"),
        "manufacturing": translate("Candidates", "Manufacturing"),
        "trade": translate("Candidates", "Trade and retail"),
        "hospitality": translate("Candidates", "Hotels and restaurants"),
        "transport": translate("Candidates", "Transport and logistics"),
        "health_care": translate("Candidates", "Health care"),
        "care_work": translate("Candidates", "Care and domestic work"),
        "education": translate("Candidates", "Education"),
        "information_technology": translate("Candidates", "Information technology"),
        "finance": translate("Candidates", "Finance and insurance"),
        "public_administration": translate("Candidates", "Public administration"),
        "arts_culture": translate("Candidates", "Arts and culture"),
        "research": translate("Candidates", "Research and science"),
        "student": translate("Candidates", "Student"),
        "retired": translate("Candidates", "Retired"),
        "not_working": translate("Candidates", "Not working"),
        "other": translate("Candidates", "Other"),
    }
    return {code: labels[code] for code in OCCUPATION_SECTORS}


def topic_label(topic: str) -> str:
    """A topic volunteered for: an engagement area's label, or the text as typed."""
    return engagement_area_labels().get(topic, topic)


# Input spellings found in spreadsheets (English, French, Spanish, Romanian): input data, not UI.
_CITIZENSHIP_ALIASES: dict[str, tuple[str, ...]] = {
    "origin": (
        "origin",
        "origin only",
        "home",
        "origine",
        "origen",
        "origine seulement",
        "nationale",
        "national",
    ),
    "destination": (
        "destination",
        "destination only",
        "host",
        "residence",
        "accueil",
        "destino",
        "pays d'accueil",
    ),
    "dual": (
        "dual",
        "both",
        "double",
        "doble",
        "double nationalite",
        "doble nacionalidad",
        "dubla",
        "dubla cetatenie",
    ),
}
_GENERATION_ALIASES: dict[str, tuple[str, ...]] = {
    "first": (
        "first",
        "1",
        "1st",
        "first generation",
        "premiere",
        "premiere generation",
        "primera",
        "primera generacion",
        "prima",
        "prima generatie",
        "i",
        "1ere",
        "1er",
        "1re",
        "1a",
        "1o",
    ),
    "second": (
        "second",
        "2",
        "2nd",
        "second generation",
        "deuxieme",
        "seconde",
        "deuxieme generation",
        "segunda",
        "segunda generacion",
        "a doua",
        "ii",
        "2eme",
        "2e",
        "2a",
        "2o",
    ),
    "third_plus": (
        "third_plus",
        "third",
        "3",
        "3rd",
        "3+",
        "third or later",
        "third+",
        "troisieme",
        "troisieme generation",
        "tercera",
        "tercera generacion",
        "a treia",
        "iii",
        "3eme",
        "3e",
        "3a",
        "3o",
    ),
}
_EDUCATION_ALIASES: dict[str, tuple[str, ...]] = {
    "primary": ("primary", "primaire", "primaria", "elementary", "isced 1"),
    "secondary": (
        "secondary",
        "high school",
        "secondaire",
        "lycee",
        "secundaria",
        "bachillerato",
        "liceu",
        "isced 3",
    ),
    "vocational": (
        "vocational",
        "vocational training",
        "professionnel",
        "formation professionnelle",
        "formacion profesional",
        "profesional",
        "isced 4",
    ),
    "bachelor": (
        "bachelor",
        "bachelor's",
        "bachelors",
        "licence",
        "grado",
        "licenciatura",
        "licenta",
        "isced 6",
    ),
    "master": ("master", "master's", "masters", "maitrise", "maestria", "isced 7"),
    "doctorate": ("doctorate", "phd", "doctorat", "doctorado", "isced 8"),
}


def _finder(
    aliases: Mapping[str, tuple[str, ...]], labels: Callable[[], dict[str, str]]
) -> Callable[[str], str | None]:
    def find(text: str) -> str | None:
        key = fold(text)
        for code, names in aliases.items():
            if key in (code, code.replace("_", " ")) or key in names:
                return code
        for code, label in labels().items():
            if code and key == fold(label):
                return code
        return None

    return find


find_citizenship = _finder(_CITIZENSHIP_ALIASES, citizenship_labels)
find_generation = _finder(_GENERATION_ALIASES, generation_labels)
find_education = _finder(_EDUCATION_ALIASES, education_labels)


def find_occupation(text: str) -> str | None:
    key = fold(text)
    for code, label in occupation_labels().items():
        if key in (code, code.replace("_", " "), fold(label)):
            return code
    return None


# --------------------------------------------------------------------------------------------
# Validation


def _choice(value: Any, finder: Callable[[str], str | None], default: str, message: str) -> str:
    text = text_of(value)
    if not text:
        return default
    code = finder(text)
    if code is None:
        raise ValidationError(message.format(text=text))
    return code


def _text(value: Any, limit: int) -> str:
    text = text_of(value)
    if len(text) > limit:
        raise ValidationError(
            translate("Candidates", "This is too long: at most {max} characters.").format(max=limit)
        )
    return text


def _birth_year(value: Any, today: dt.date) -> int | None:
    year = clean_year(value, today)
    if year is not None and year > today.year - MINIMUM_AGE:
        raise ValidationError(
            translate(
                "Candidates", "Candidates must be at least {age} years old; check the year."
            ).format(age=MINIMUM_AGE)
        )
    if year is not None and year < today.year - 110:
        raise ValidationError(
            translate("Candidates", "Check the year: this person would be over 110.")
        )
    return year


def _topics(value: Any) -> list[str]:
    """Engagement areas are stored as codes (so filters and quotas match across languages);
    anything else is kept as the person wrote it."""
    result: list[str] = []
    for tag in clean_tags(value):
        code = find_engagement_area(tag) or tag
        if code not in result:
            result.append(code)
    return result


def _occupation(value: Any) -> str:
    text = " ".join(text_of(value).split())
    if not text:
        return ""
    if len(text) > 100:
        raise ValidationError(
            translate("Candidates", "This is too long: at most {max} characters.").format(max=100)
        )
    return find_occupation(text) or text


def validate_candidate(
    values: Mapping[str, Any],
    *,
    regions: Mapping[str, str] | None = None,
    find_association: Callable[[str], str | None] | None = None,
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean a candidate's values: ``name`` is required, other fields are checked when present.

    ``regions`` (code -> name) limits and resolves origin regions; ``find_association`` turns an
    association id or name into an id (None: unknown). Phones without an international prefix are
    read as numbers of the country of residence.
    """
    today = today or dt.date.today()
    out: dict[str, Any] = {}
    errors: list[FieldError] = []

    def run(key: str, cleaner: Callable[[Any], Any]) -> None:
        if key not in values:
            return
        try:
            out[key] = cleaner(values[key])
        except ValidationError as exc:
            errors.append(FieldError(key, str(exc)))

    try:
        name = " ".join(_text(values.get("name"), NAME_LENGTH).split())
    except ValidationError as exc:
        errors.append(FieldError("name", str(exc)))
    else:
        if name:
            out["name"] = name
        else:
            errors.append(FieldError("name", translate("Candidates", "Enter the person's name.")))
    run(
        "gender",
        lambda v: _choice(
            v, find_gender, "undisclosed", translate("Candidates", "Unknown gender: {text}.")
        ),
    )
    run("birth_year", lambda v: _birth_year(v, today))
    run("country_code", clean_country)
    country = str(out.get("country_code", "") or "")
    run(
        "citizenship",
        lambda v: _choice(
            v,
            find_citizenship,
            "",
            translate(
                "Candidates", "Unknown citizenship: {text}. Use origin, destination or dual."
            ),
        ),
    )
    run(
        "generation",
        lambda v: _choice(
            v,
            find_generation,
            "",
            translate("Candidates", "Unknown generation: {text}. Use first, second or third_plus."),
        ),
    )
    run(
        "education_level",
        lambda v: _choice(
            v, find_education, "", translate("Candidates", "Unknown education level: {text}.")
        ),
    )
    run("occupation_sector", _occupation)
    run("skills", clean_tags)
    run("languages", clean_languages)
    run("topics", _topics)
    run("region_code", lambda v: clean_region(v, regions))
    run("email", clean_email)
    run("phone", lambda v: clean_phone(v, country))
    run("address", lambda v: _text(v, 1_000))
    run("notes", lambda v: _text(v, TEXT_LENGTH))

    if "association_id" in values:
        text = text_of(values["association_id"])
        if not text:
            out["association_id"] = None
        elif find_association is None:
            out["association_id"] = text
        else:
            found = find_association(text)
            if found is None:
                errors.append(
                    FieldError(
                        "association_id",
                        translate(
                            "Candidates",
                            "No association called {text} is registered; register it first "
                            "or leave this empty.",
                        ).format(text=text),
                    )
                )
            else:
                out["association_id"] = found
    return out, errors


def association_finder(session: Session) -> Callable[[str], str | None]:
    """Id lookup by id, exact name or acronym (accent- and case-insensitive)."""
    rows = session.execute(
        select(Association.id, Association.name, Association.acronym).where(
            Association.deleted_at.is_(None)
        )
    ).all()
    by_id = {row[0] for row in rows}
    by_name: dict[str, str] = {}
    for assoc_id, name, acronym in rows:
        by_name.setdefault(fold(name), assoc_id)
        if acronym:
            by_name.setdefault(fold(acronym), assoc_id)

    def find(text: str) -> str | None:
        if text in by_id:
            return text
        return by_name.get(fold(text))

    return find


# --------------------------------------------------------------------------------------------
# Reading and writing


def get_candidate(session: Session, candidate_id: str) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None or candidate.deleted_at is not None:
        raise CandidateError(
            [FieldError("", translate("Candidates", "This person is no longer in the database."))]
        )
    return candidate


def save_candidate(
    session: Session,
    candidate_id: str | None,
    values: Mapping[str, Any],
    *,
    today: dt.date | None = None,
) -> Candidate:
    """Create (``candidate_id`` None) or update a candidate; nothing is written on any error."""
    from desktop.services.regions import region_names

    clean, errors = validate_candidate(
        values,
        regions=region_names(session),
        find_association=association_finder(session),
        today=today,
    )
    if errors:
        raise CandidateError(errors)
    if candidate_id is None:
        candidate = Candidate(name=clean["name"])
        session.add(candidate)
    else:
        candidate = get_candidate(session, candidate_id)
        if candidate.erased_at is not None:
            raise CandidateError(
                [
                    FieldError(
                        "",
                        translate(
                            "Candidates", "This person's data was erased and cannot be edited."
                        ),
                    )
                ]
            )
    for key, value in clean.items():
        setattr(candidate, key, value)
    session.flush()
    _follow_region(session, candidate)
    return candidate


def _follow_region(session: Session, candidate: Candidate) -> None:
    """Consents travel with their person: same region, so sync scoping keeps them together."""
    from desktop.models import Consent

    for consent in session.scalars(select(Consent).where(Consent.candidate_id == candidate.id)):
        if consent.region_code != candidate.region_code:
            consent.region_code = candidate.region_code


def delete_candidate(session: Session, candidate_id: str) -> None:
    """Move to the trash (a tombstone that syncs); :func:`restore_candidate` undoes it."""
    get_candidate(session, candidate_id).deleted_at = utcnow()


def restore_candidate(session: Session, candidate_id: str) -> None:
    candidate = session.get(Candidate, candidate_id)
    if candidate is not None:
        candidate.deleted_at = None


@dataclass(frozen=True)
class TrashedCandidate:
    """A candidate in the trash (deleted, restorable): what the Trash dialog lists."""

    id: str
    name: str
    country_code: str
    deleted_at: dt.datetime | None


def trashed_candidates(session: Session) -> list[TrashedCandidate]:
    """Deleted candidates, newest first (erased people are not offered back)."""
    rows = session.execute(
        select(Candidate.id, Candidate.name, Candidate.country_code, Candidate.deleted_at)
        .where(Candidate.deleted_at.is_not(None))
        .order_by(Candidate.deleted_at.desc())
    ).all()
    return [TrashedCandidate(str(r[0]), str(r[1] or ""), str(r[2] or ""), r[3]) for r in rows]


# --------------------------------------------------------------------------------------------
# The list


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """What the candidate list shows for one person; ``search`` is the folded filter text."""

    id: str
    name: str
    gender: str
    birth_year: int | None
    country_code: str
    country: str
    citizenship: str
    generation: str
    education_level: str
    occupation_sector: str
    association_id: str | None
    association: str
    region_code: str | None
    email: str
    phone: str
    topics: tuple[str, ...]
    consent: str
    erased: bool
    search: str = field(repr=False)


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def search_fold(text: str) -> str:
    """The list filter's case- and accent-free form ("Țurcanu" ~ "turcanu"); the same result
    as :func:`vocabulary.fold` but several times faster, which matters for 100,000 rows."""
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def list_candidates(
    session: Session, language: str = "en", today: dt.date | None = None
) -> list[CandidateRow]:
    """Every live candidate, by name. Repeated values (countries, associations, topic lists)
    are labelled and folded once each; JSON and dates are not decoded row by row."""
    states = consent_states(session, today)
    association_names: dict[str, str] = {}
    wanted = set(
        session.scalars(
            select(Candidate.association_id)
            .where(Candidate.deleted_at.is_(None), Candidate.association_id.is_not(None))
            .distinct()
        )
    )
    if wanted:
        ids = list(wanted)
        for start in range(0, len(ids), 900):
            association_names.update(
                session.execute(
                    select(Association.id, Association.name).where(
                        Association.id.in_(ids[start : start + 900])
                    )
                ).all()
            )
    folded: dict[str, str] = {}

    def cached(text: str) -> str:
        value = folded.get(text)
        if value is None:
            value = search_fold(text)
            folded[text] = value
        return value

    country_names: dict[str, str] = {}
    topic_lists: dict[str, tuple[tuple[str, ...], str]] = {}
    areas = engagement_area_labels()
    rows: list[CandidateRow] = []
    query = (
        select(
            Candidate.id,
            Candidate.name,
            Candidate.gender,
            Candidate.birth_year,
            Candidate.country_code,
            Candidate.citizenship,
            Candidate.generation,
            Candidate.education_level,
            Candidate.occupation_sector,
            Candidate.association_id,
            Candidate.region_code,
            Candidate.email,
            Candidate.phone,
            type_coerce(Candidate.topics, String),
            Candidate.erased_at.is_not(None),
        )
        .where(Candidate.deleted_at.is_(None))
        .order_by(Candidate.name)
    )
    for (
        cid,
        name,
        gender,
        birth_year,
        country_code,
        citizenship,
        generation,
        education,
        occupation,
        association_id,
        region_code,
        email,
        phone,
        raw_topics,
        erased,
    ) in session.connection().execute(query).all():
        country = country_names.get(country_code)
        if country is None:
            country = countries.country_name(country_code, language) if country_code else ""
            country_names[country_code] = country
        association = association_names.get(association_id, "") if association_id else ""
        topic_entry = topic_lists.get(raw_topics or "")
        if topic_entry is None:
            codes = tuple(json.loads(raw_topics)) if raw_topics else ()
            topic_entry = (
                codes,
                cached(" ".join(f"{code} {areas.get(code, '')}" for code in codes)),
            )
            topic_lists[raw_topics or ""] = topic_entry
        search = " ".join(
            (
                search_fold(name),
                search_fold(email),
                phone,
                cached(country),
                cached(association),
                cached(occupation),
                (region_code or "").casefold(),
                topic_entry[1],
            )
        )
        rows.append(
            CandidateRow(
                id=cid,
                name=name,
                gender=gender,
                birth_year=birth_year,
                country_code=country_code,
                country=country,
                citizenship=citizenship,
                generation=generation,
                education_level=education,
                occupation_sector=occupation,
                association_id=association_id,
                association=association,
                region_code=region_code,
                email=email,
                phone=phone,
                topics=topic_entry[0],
                consent=states.get(cid, NONE),
                erased=bool(erased),
                search=search,
            )
        )
    return rows


def candidate_values(candidate: Candidate) -> dict[str, Any]:
    """A candidate's editable fields as a form or an export shows them."""
    return {
        "name": candidate.name,
        "gender": candidate.gender,
        "birth_year": candidate.birth_year,
        "country_code": candidate.country_code,
        "citizenship": candidate.citizenship,
        "generation": candidate.generation,
        "education_level": candidate.education_level,
        "occupation_sector": candidate.occupation_sector,
        "skills": list(candidate.skills or []),
        "languages": list(candidate.languages or []),
        "topics": list(candidate.topics or []),
        "association_id": candidate.association_id,
        "region_code": candidate.region_code,
        "email": candidate.email,
        "phone": candidate.phone,
        "address": candidate.address,
        "notes": candidate.notes,
    }


@dataclass(frozen=True)
class AssociationChoice:
    id: str
    name: str
    country_code: str
    search: str


def association_choices(session: Session) -> list[AssociationChoice]:
    """Associations for the searchable picker (live ones, by name)."""
    rows = session.execute(
        select(Association.id, Association.name, Association.acronym, Association.country_code)
        .where(Association.deleted_at.is_(None))
        .order_by(Association.name)
    )
    return [
        AssociationChoice(aid, name, country, fold(f"{name} {acronym} {country}"))
        for aid, name, acronym, country in rows
    ]


def gender_label(code: str) -> str:
    return gender_labels().get(code, code)


def label_for(field_name: str, code: str | None) -> str:
    """A stored code shown in the user's language (text that is not a code stays as typed)."""
    if code is None:
        return ""
    tables: dict[str, Callable[[], dict[str, str]]] = {
        "gender": gender_labels,
        "citizenship": citizenship_labels,
        "generation": generation_labels,
        "education_level": education_labels,
        "occupation_sector": occupation_labels,
    }
    table = tables.get(field_name)
    return table().get(code, code) if table else code


def topic_choices(session: Session) -> list[str]:
    """Topics seen among candidates plus every engagement area (codes), for filters."""
    seen: dict[str, None] = dict.fromkeys(engagement_area_labels())
    for topics in session.scalars(select(Candidate.topics).where(Candidate.deleted_at.is_(None))):
        for topic in topics or ():
            seen.setdefault(topic, None)
    return list(seen)


def ids_of(rows: Iterable[CandidateRow]) -> list[str]:
    return [row.id for row in rows]
