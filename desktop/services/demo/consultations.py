"""Demo steps: candidates with their consents, and two consultations.

The pool is skewed the way diaspora registers are: a few destination countries hold most
people, first-generation migrants dominate, and women outnumber men (care and domestic work
draws many women abroad). Some people belong to demo associations of their country. One
consultation went the whole way (a real draw by the selection engine with a fixed seed,
invitations, attendance, commitments and outcomes); another is still collecting its pool.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii
from sqlalchemy import select

from desktop.models import Association, Candidate, Consent, Region
from desktop.models.consultations import CONSENT_PURPOSE_CONSULTATIONS
from desktop.services.consent import DEFAULT_VALIDITY_DAYS, current_text
from desktop.services.demo import DemoContext, demo_uuid, register_step, write_batches
from desktop.services.meta import get_meta, set_meta

SIZES = {"small": 10_000, "large": 100_000}
ANCHOR_KEY = "demo:anchor_date"

COUNTRIES: tuple[tuple[str, int], ...] = (
    ("IT", 28), ("RU", 17), ("DE", 10), ("FR", 8), ("RO", 7), ("GB", 5), ("US", 5), ("ES", 4),
    ("PT", 3), ("IL", 2), ("CA", 2), ("TR", 2), ("IE", 2), ("UA", 2), ("BE", 1), ("CZ", 1),
    ("AT", 1),
)
LOCAL_LANGUAGE = {"IT": "it", "RU": "ru", "DE": "de", "FR": "fr", "RO": "ro", "GB": "en",
                  "US": "en", "ES": "es", "PT": "pt", "IL": "he", "CA": "en", "TR": "tr",
                  "IE": "en", "UA": "uk", "BE": "fr", "CZ": "cs", "AT": "de"}
GENERATIONS = (("first", 70), ("second", 22), ("third_plus", 8))
GENDERS = (("female", 57), ("male", 41), ("other", 1), ("undisclosed", 1))
EDUCATION = (("primary", 3), ("secondary", 30), ("vocational", 25), ("bachelor", 25),
             ("master", 13), ("doctorate", 2), ("", 2))
OCCUPATIONS = (("care_work", 12), ("construction", 11), ("hospitality", 10),
               ("manufacturing", 8), ("trade", 8), ("transport", 7), ("health_care", 7),
               ("information_technology", 6), ("education", 5), ("agriculture", 5),
               ("student", 6), ("finance", 3), ("retired", 3), ("public_administration", 2),
               ("arts_culture", 2), ("research", 2), ("not_working", 2))
TOPICS = (("remittances", 12), ("investments", 10), ("entrepreneurship", 9),
          ("transfer_of_skills", 9), ("youth_empowerment", 8), ("cultural_diversity", 7),
          ("civic_engagement", 7), ("philanthropy", 5), ("trade", 5), ("tourism", 4),
          ("research", 4), ("innovation", 4), ("humanitarianism", 3),
          ("environmental_initiatives", 3), ("diaspora_diplomacy", 3), ("crisis_relief", 2),
          ("transfer_of_ideas", 2), ("peacebuilding", 1))

FEMALE = ("Ana", "Maria", "Elena", "Natalia", "Tatiana", "Olga", "Irina", "Svetlana",
          "Cristina", "Victoria", "Alexandra", "Daniela", "Mihaela", "Ecaterina", "Valentina",
          "Diana", "Doina", "Lilia", "Aurelia", "Galina", "Corina", "Mariana", "Nadejda")
MALE = ("Ion", "Vasile", "Andrei", "Sergiu", "Alexandru", "Mihai", "Nicolae", "Dumitru",
        "Victor", "Vladimir", "Igor", "Oleg", "Constantin", "Gheorghe", "Valeriu", "Dorin",
        "Iurie", "Petru", "Radu", "Vitalie", "Eugen", "Marin")
SURNAMES = ("Rusu", "Popescu", "Ceban", "Ciobanu", "Țurcanu", "Lungu", "Munteanu", "Rotari",
            "Cojocaru", "Bivol", "Sîrbu", "Guțu", "Moraru", "Melnic", "Railean", "Botnari",
            "Roșca", "Bodrug", "Cazacu", "Grosu", "Popa", "Andronic", "Vrabie", "Bejan",
            "Plămădeală", "Ursu", "Onu", "Covalciuc", "Balan", "Negru")
CYR_FEMALE = ("Анна", "Мария", "Елена", "Наталья", "Татьяна", "Ольга", "Ирина", "Светлана")
CYR_MALE = ("Иван", "Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Игорь", "Олег")
CYR_SURNAMES = (("Петров", "Петрова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
                ("Попов", "Попова"), ("Волков", "Волкова"), ("Морозов", "Морозова"),
                ("Чебан", "Чебан"), ("Русу", "Русу"), ("Лунгу", "Лунгу"))
LOCAL_FIRST: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "IT": (("Giulia", "Sofia", "Chiara", "Francesca"), ("Luca", "Marco", "Matteo", "Davide")),
    "DE": (("Lena", "Mia", "Hannah", "Lea"), ("Lukas", "Jonas", "Felix", "Paul")),
    "FR": (("Léa", "Chloé", "Camille", "Manon"), ("Hugo", "Lucas", "Théo", "Louis")),
    "ES": (("Lucía", "Martina", "Paula", "Carmen"), ("Pablo", "Hugo", "Álvaro", "Diego")),
    "GB": (("Olivia", "Emily", "Grace", "Amelia"), ("Oliver", "Jack", "Harry", "George")),
    "US": (("Emma", "Olivia", "Ava", "Sophia"), ("Liam", "Noah", "Ethan", "Mason")),
    "PT": (("Beatriz", "Inês", "Leonor", "Matilde"), ("João", "Rodrigo", "Tiago", "Diogo")),
}


def _pick(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> str:
    values = [v for v, _w in weighted]
    weights = [w for _v, w in weighted]
    return rng.choices(values, weights)[0]


def anchor_date(ctx: DemoContext) -> dt.date:
    """The day the demo was first made: dates are relative to it, so a run resumed on
    another day writes the same rows."""
    with ctx.db.transaction() as session:
        value = get_meta(session, ANCHOR_KEY)
        if not value:
            value = dt.date.today().isoformat()
            set_meta(session, ANCHOR_KEY, value)
    return dt.date.fromisoformat(value)


@dataclass(frozen=True)
class Reference:
    """What candidate rows draw from the earlier steps (regions, associations)."""

    regions: tuple[str, ...]
    associations: dict[str, tuple[str, ...]]  # country -> association ids, by id


def load_reference(ctx: DemoContext) -> Reference:
    with ctx.db.sessions() as session:
        regions = tuple(session.scalars(
            select(Region.code).where(Region.retired_at.is_(None)).order_by(Region.code)))
        associations: dict[str, list[str]] = {}
        for assoc_id, country in session.execute(
                select(Association.id, Association.country_code)
                .where(Association.deleted_at.is_(None)).order_by(Association.id)):
            associations.setdefault(country, []).append(assoc_id)
    return Reference(regions, {k: tuple(v) for k, v in associations.items()})


def _name(rng: random.Random, gender: str, generation: str, country: str) -> str:
    female = gender == "female" or (gender not in ("female", "male") and rng.random() < 0.5)
    if rng.random() < 0.14:
        first = rng.choice(CYR_FEMALE if female else CYR_MALE)
        surname = rng.choice(CYR_SURNAMES)[1 if female else 0]
        return f"{first} {surname}"
    if generation != "first" and country in LOCAL_FIRST and rng.random() < 0.6:
        first = rng.choice(LOCAL_FIRST[country][0 if female else 1])
    else:
        first = rng.choice(FEMALE if female else MALE)
    return f"{first} {rng.choice(SURNAMES)}"


def _email(rng: random.Random, name: str, number: int) -> str:
    local = ".".join(anyascii(name).lower().replace("'", "").split())
    domain = rng.choice(("example.org", "example.com", "example.net", "mail.example"))
    return f"{local}{number % 1000}@{domain}"


def _phone(rng: random.Random, country: str) -> str:
    import phonenumbers

    example = phonenumbers.example_number_for_type(
        country, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    digits = str(example.national_number)
    tail = "".join(str(rng.randrange(10)) for _ in range(3))
    return f"+{example.country_code}{digits[:-3]}{tail}"


def candidate_rows(ctx: DemoContext, reference: Reference, today: dt.date
                   ) -> Iterator[dict[str, Any]]:
    """The candidates, always the same sequence for the same seed and size."""
    rng = ctx.rng("candidates")
    home = ctx.country.upper()
    countries = tuple((c, w) for c, w in COUNTRIES if c != home)
    for number in range(SIZES[ctx.size]):
        candidate_id = demo_uuid(rng)
        country = _pick(rng, countries)
        generation = _pick(rng, GENERATIONS)
        gender = _pick(rng, GENDERS)
        if generation == "first":
            citizenship = _pick(rng, (("origin", 55), ("dual", 40), ("destination", 5)))
            age = int(rng.triangular(19, 72, 38))
        elif generation == "second":
            citizenship = _pick(rng, (("origin", 10), ("dual", 55), ("destination", 35)))
            age = int(rng.triangular(16, 45, 24))
        else:
            citizenship = _pick(rng, (("origin", 3), ("dual", 37), ("destination", 60)))
            age = int(rng.triangular(16, 40, 21))
        occupation = _pick(rng, OCCUPATIONS)
        if age < 23 and rng.random() < 0.5:
            occupation = "student"
        if age > 64 and rng.random() < 0.6:
            occupation = "retired"
        name = _name(rng, gender, generation, country)
        topics = list(dict.fromkeys(_pick(rng, TOPICS) for _ in range(rng.randint(1, 3))))
        languages = ["ro"] if rng.random() < 0.9 else ["ru"]
        local = LOCAL_LANGUAGE.get(country)
        if local and local not in languages:
            languages.append(local)
        if rng.random() < 0.3 and "ru" not in languages:
            languages.append("ru")
        pool = reference.associations.get(country, ())
        association = rng.choice(pool) if pool and rng.random() < 0.4 else None
        region = rng.choice(reference.regions) if reference.regions and rng.random() < 0.93 \
            else None
        yield {
            "id": candidate_id,
            "name": name,
            "gender": gender,
            "birth_year": today.year - age,
            "country_code": country,
            "citizenship": citizenship,
            "generation": generation,
            "education_level": _pick(rng, EDUCATION),
            "occupation_sector": occupation,
            "skills": [],
            "languages": languages,
            "topics": topics,
            "association_id": association,
            "region_code": region,
            "email": _email(rng, name, number) if rng.random() < 0.85 else "",
            "phone": _phone(rng, country) if rng.random() < 0.6 else "",
            "address": "",
            "notes": "",
            "extra": {},
        }


@register_step("candidates", order=30)
def make_candidates(ctx: DemoContext) -> int:
    today = anchor_date(ctx)
    reference = load_reference(ctx)
    return write_batches(ctx, "candidates", Candidate, candidate_rows(ctx, reference, today),
                         SIZES[ctx.size])


def consent_rows(ctx: DemoContext, reference: Reference, today: dt.date
                 ) -> Iterator[dict[str, Any]]:
    """One consent per candidate: most valid, some withdrawn, some expired."""
    rng = ctx.rng("consents")
    shown = current_text(CONSENT_PURPOSE_CONSULTATIONS)
    text = shown.text()
    channels = (("paper_form", 45), ("online_form", 35), ("in_person", 12), ("phone", 5),
                ("email", 3))
    collectors = ("Bureau desk", "Consulate Rome", "Consulate Moscow", "Help office",
                  "Online platform")
    for candidate in candidate_rows(ctx, reference, today):
        roll = rng.random()
        if roll < 0.05:  # expired: given long ago, never renewed
            given = today - dt.timedelta(days=DEFAULT_VALIDITY_DAYS + rng.randint(10, 300))
        else:
            given = today - dt.timedelta(days=rng.randint(1, DEFAULT_VALIDITY_DAYS - 30))
        withdrawn = None
        if 0.05 <= roll < 0.09:
            when = given + dt.timedelta(days=rng.randint(1, max(1, (today - given).days)))
            withdrawn = dt.datetime.combine(min(when, today), dt.time(12), tzinfo=dt.UTC)
        yield {
            "id": demo_uuid(rng),
            "candidate_id": candidate["id"],
            "region_code": candidate["region_code"],
            "purpose": CONSENT_PURPOSE_CONSULTATIONS,
            "text_version": shown.version,
            "text": text,
            "given_on": given,
            "channel": _pick(rng, channels),
            "collected_by": rng.choice(collectors),
            "expires_on": given + dt.timedelta(days=DEFAULT_VALIDITY_DAYS),
            "withdrawn_at": withdrawn,
        }


@register_step("consents", order=31)
def make_consents(ctx: DemoContext) -> int:
    today = anchor_date(ctx)
    reference = load_reference(ctx)
    return write_batches(ctx, "consents", Consent, consent_rows(ctx, reference, today),
                         SIZES[ctx.size])
