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
    ("IT", 28),
    ("RU", 17),
    ("DE", 10),
    ("FR", 8),
    ("RO", 7),
    ("GB", 5),
    ("US", 5),
    ("ES", 4),
    ("PT", 3),
    ("IL", 2),
    ("CA", 2),
    ("TR", 2),
    ("IE", 2),
    ("UA", 2),
    ("BE", 1),
    ("CZ", 1),
    ("AT", 1),
)
LOCAL_LANGUAGE = {
    "IT": "it",
    "RU": "ru",
    "DE": "de",
    "FR": "fr",
    "RO": "ro",
    "GB": "en",
    "US": "en",
    "ES": "es",
    "PT": "pt",
    "IL": "he",
    "CA": "en",
    "TR": "tr",
    "IE": "en",
    "UA": "uk",
    "BE": "fr",
    "CZ": "cs",
    "AT": "de",
}
GENERATIONS = (("first", 70), ("second", 22), ("third_plus", 8))
GENDERS = (("female", 57), ("male", 41), ("other", 1), ("undisclosed", 1))
EDUCATION = (
    ("primary", 3),
    ("secondary", 30),
    ("vocational", 25),
    ("bachelor", 25),
    ("master", 13),
    ("doctorate", 2),
    ("", 2),
)
OCCUPATIONS = (
    ("care_work", 12),
    ("construction", 11),
    ("hospitality", 10),
    ("manufacturing", 8),
    ("trade", 8),
    ("transport", 7),
    ("health_care", 7),
    ("information_technology", 6),
    ("education", 5),
    ("agriculture", 5),
    ("student", 6),
    ("finance", 3),
    ("retired", 3),
    ("public_administration", 2),
    ("arts_culture", 2),
    ("research", 2),
    ("not_working", 2),
)
TOPICS = (
    ("remittances", 12),
    ("investments", 10),
    ("entrepreneurship", 9),
    ("transfer_of_skills", 9),
    ("youth_empowerment", 8),
    ("cultural_diversity", 7),
    ("civic_engagement", 7),
    ("philanthropy", 5),
    ("trade", 5),
    ("tourism", 4),
    ("research", 4),
    ("innovation", 4),
    ("humanitarianism", 3),
    ("environmental_initiatives", 3),
    ("diaspora_diplomacy", 3),
    ("crisis_relief", 2),
    ("transfer_of_ideas", 2),
    ("peacebuilding", 1),
)

FEMALE = (
    "Ana",
    "Maria",
    "Elena",
    "Natalia",
    "Tatiana",
    "Olga",
    "Irina",
    "Svetlana",
    "Cristina",
    "Victoria",
    "Alexandra",
    "Daniela",
    "Mihaela",
    "Ecaterina",
    "Valentina",
    "Diana",
    "Doina",
    "Lilia",
    "Aurelia",
    "Galina",
    "Corina",
    "Mariana",
    "Nadejda",
    "Angela",
    "Veronica",
    "Rodica",
    "Silvia",
    "Liliana",
    "Inga",
    "Adriana",
    "Carolina",
    "Larisa",
    "Stela",
    "Zinaida",
    "Eugenia",
    "Iuliana",
    "Margareta",
    "Nina",
    "Vera",
)
MALE = (
    "Ion",
    "Vasile",
    "Andrei",
    "Sergiu",
    "Alexandru",
    "Mihai",
    "Nicolae",
    "Dumitru",
    "Victor",
    "Vladimir",
    "Igor",
    "Oleg",
    "Constantin",
    "Gheorghe",
    "Valeriu",
    "Dorin",
    "Iurie",
    "Petru",
    "Radu",
    "Vitalie",
    "Eugen",
    "Marin",
    "Ruslan",
    "Octavian",
    "Anatol",
    "Grigore",
    "Ștefan",
    "Emil",
    "Cristian",
    "Adrian",
    "Tudor",
    "Valentin",
    "Artur",
    "Denis",
    "Maxim",
    "Veaceslav",
    "Pavel",
    "Simion",
)
SURNAMES = (
    "Rusu",
    "Popescu",
    "Ceban",
    "Ciobanu",
    "Țurcanu",
    "Lungu",
    "Munteanu",
    "Rotari",
    "Cojocaru",
    "Bivol",
    "Sîrbu",
    "Guțu",
    "Moraru",
    "Melnic",
    "Railean",
    "Botnari",
    "Roșca",
    "Bodrug",
    "Cazacu",
    "Grosu",
    "Popa",
    "Andronic",
    "Vrabie",
    "Bejan",
    "Plămădeală",
    "Ursu",
    "Onu",
    "Covalciuc",
    "Balan",
    "Negru",
    "Lupu",
    "Chiriac",
    "Cebotari",
    "Caraman",
    "Zaharia",
    "Spînu",
    "Buzu",
    "Iordache",
    "Mocanu",
    "Dodon",
    "Toma",
    "Gaină",
    "Țîcu",
    "Rotaru",
    "Secrieru",
    "Răileanu",
    "Istrati",
    "Ene",
    "Bîrcă",
    "Gheorghiță",
    "Prodan",
    "Vlas",
    "Postolachi",
    "Ungureanu",
    "Macovei",
    "Pascari",
    "Casian",
    "Știrbu",
    "Furtună",
    "Donica",
    "Panaitescu",
    "Olaru",
    "Frunză",
    "Cucu",
    "Sandu",
    "Grecu",
    "Tofan",
    "Ababii",
    "Bostan",
    "Crudu",
)
CYR_FEMALE = ("Анна", "Мария", "Елена", "Наталья", "Татьяна", "Ольга", "Ирина", "Светлана")
CYR_MALE = ("Иван", "Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Игорь", "Олег")
CYR_SURNAMES = (
    ("Петров", "Петрова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"),
    ("Волков", "Волкова"),
    ("Морозов", "Морозова"),
    ("Чебан", "Чебан"),
    ("Русу", "Русу"),
    ("Лунгу", "Лунгу"),
)
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
        regions = tuple(
            session.scalars(
                select(Region.code).where(Region.retired_at.is_(None)).order_by(Region.code)
            )
        )
        associations: dict[str, list[str]] = {}
        for assoc_id, country in session.execute(
            select(Association.id, Association.country_code)
            .where(Association.deleted_at.is_(None))
            .order_by(Association.id)
        ):
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
        names = FEMALE if female else MALE
        first = rng.choice(names)
        if rng.random() < 0.25:  # Ana-Maria, Ion-Vlad: double given names are common
            second = rng.choice(names)
            if second != first:
                first = f"{first}-{second}"
    return f"{first} {rng.choice(SURNAMES)}"


def _email(rng: random.Random, name: str, number: int) -> str:
    local = ".".join(anyascii(name).lower().replace("'", "").split())
    domain = rng.choice(("example.org", "example.com", "example.net", "mail.example"))
    return f"{local}{number % 1000}@{domain}"


def _phone(rng: random.Random, country: str) -> str:
    import phonenumbers

    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    digits = str(example.national_number)
    tail = "".join(str(rng.randrange(10)) for _ in range(3))
    return f"+{example.country_code}{digits[:-3]}{tail}"


def candidate_rows(
    ctx: DemoContext, reference: Reference, today: dt.date
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
        region = (
            rng.choice(reference.regions) if reference.regions and rng.random() < 0.93 else None
        )
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
    return write_batches(
        ctx, "candidates", Candidate, candidate_rows(ctx, reference, today), SIZES[ctx.size]
    )


def consent_rows(
    ctx: DemoContext, reference: Reference, today: dt.date
) -> Iterator[dict[str, Any]]:
    """One consent per candidate: most valid, some withdrawn, some expired."""
    rng = ctx.rng("consents")
    shown = current_text(CONSENT_PURPOSE_CONSULTATIONS)
    text = shown.text()
    channels = (
        ("paper_form", 45),
        ("online_form", 35),
        ("in_person", 12),
        ("phone", 5),
        ("email", 3),
    )
    collectors = (
        "Bureau desk",
        "Consulate Rome",
        "Consulate Moscow",
        "Help office",
        "Online platform",
    )
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
    return write_batches(
        ctx, "consents", Consent, consent_rows(ctx, reference, today), SIZES[ctx.size]
    )


# --------------------------------------------------------------------------------------------
# Consultations

CONSULTATIONS_DONE = "demo:consultations"
COMMITMENTS = (
    (
        "Open a consular desk for diaspora investors in Turin, with Romanian-speaking staff.",
        "Ministry of Foreign Affairs",
        60,
        "done",
        "Desk opened; 140 appointments in its first two months.",
    ),
    (
        "Publish a plain-language guide to the guarantees available to diaspora investors.",
        "Investment Agency",
        90,
        "done",
        "Guide published in Romanian, Russian, Italian and English; sent to all participants.",
    ),
    (
        "Study a matching grant for remittances invested in local businesses.",
        "Ministry of Economy",
        180,
        "in_progress",
        "Draft scheme under discussion with donors.",
    ),
    (
        "Hold a follow-up meeting in the North region, where few participants came from.",
        "Diaspora Relations Bureau",
        120,
        "open",
        "",
    ),
)


def _sample_pool(
    ctx: DemoContext, topics: set[str], size: int, rng: random.Random, today: dt.date
) -> list[str]:
    from desktop.services.consent import eligible_clause

    with ctx.db.sessions() as session:
        rows = session.execute(
            select(Candidate.id, Candidate.topics)
            .where(eligible_clause(today))
            .order_by(Candidate.id)
        ).all()
    matching = [cid for cid, chosen in rows if topics & set(chosen or ())]
    return sorted(rng.sample(matching, min(size, len(matching))))


def _add_pool(
    ctx: DemoContext,
    consultation_id: str,
    region: str | None,
    ids: Sequence[str],
    rng: random.Random,
) -> None:
    from desktop.models import Participation
    from desktop.services.bulk import insert_records

    with ctx.db.transaction() as session:
        insert_records(
            session,
            Participation,
            [
                {
                    "id": demo_uuid(rng),
                    "consultation_id": consultation_id,
                    "candidate_id": cid,
                    "status": "pool",
                    "region_code": region,
                }
                for cid in ids
            ],
        )


def _criteria(
    ctx: DemoContext,
    consultation_id: str,
    features: Sequence[str],
    balance: bool,
    leeway: int = 0,
) -> Any:
    """Proportional quotas with gender balance, widened until the engine says they hold (a
    seat of leeway also lets reserves replace decliners more often)."""
    from desktop.services.consultation_criteria import (
        Criteria,
        gender_balanced_quotas,
        proportional_quotas,
    )
    from desktop.services.consultation_selection import prepare, save_criteria
    from desktop.services.selection import check_feasible

    with ctx.db.sessions() as session:
        prepared = prepare(session, consultation_id)
    for widen in range(leeway, leeway + 4):
        quotas = []
        for feature in features:
            if feature == "gender" and balance:
                quotas += gender_balanced_quotas(prepared.profiles, prepared.seats, widen)
            else:
                quotas += proportional_quotas(prepared.profiles, feature, prepared.seats, widen)
        criteria = Criteria(features=list(features), quotas=quotas, gender_balance=balance)
        if check_feasible(prepared.problem(criteria), time_limit=5.0).feasible:
            break
    with ctx.db.transaction() as session:
        save_criteria(session, consultation_id, criteria)
    return criteria


def _draw(ctx: DemoContext, consultation_id: str, seed: str) -> None:
    from desktop.services.candidate_dedupe import mark_not_same_person
    from desktop.services.consultation_selection import prepare, record_selection, run_selection

    with ctx.db.sessions() as session:
        prepared = prepare(session, consultation_id)
    if prepared.duplicates:
        # Generated people are distinct by construction; namesakes are resolved as an office
        # would after checking: "not the same person".
        with ctx.db.transaction() as session:
            for pair in prepared.duplicates:
                mark_not_same_person(session, pair.first_id, pair.second_id, "Demo")
    outcome = run_selection(prepared, seed, time_limit=60.0, progress=ctx.progress)
    with ctx.db.transaction() as session:
        record_selection(session, consultation_id, outcome, by="Demo")


def _follow_through(
    ctx: DemoContext, consultation_id: str, rng: random.Random, held_on: dt.date
) -> None:
    """Invitations, two declines replaced by reserves, attendance, commitments."""
    from desktop.models import FollowUpAction, Participation
    from desktop.services.consultation_selection import decline_participation
    from desktop.services.consultations import (
        change_status,
        promote_reserve,
        set_participation_status,
    )

    def panel(session: Any, status: str) -> list[Participation]:
        return list(
            session.scalars(
                select(Participation)
                .where(
                    Participation.consultation_id == consultation_id, Participation.status == status
                )
                .order_by(Participation.candidate_id)
            )
        )

    with ctx.db.transaction() as session:
        for participation in panel(session, "selected"):
            set_participation_status(session, participation.id, "invited")
        invited = panel(session, "invited")
        decliners = {p.id for p in rng.sample(invited, 2)}
        for participation in invited:
            if participation.id in decliners:
                offer = decline_participation(session, participation.id)
                if offer is not None:
                    promote_reserve(session, consultation_id, offer.candidate_id)
            else:
                set_participation_status(session, participation.id, "confirmed")
        session.flush()
        for participation in panel(session, "selected"):
            set_participation_status(session, participation.id, "invited")
            set_participation_status(session, participation.id, "confirmed")
        change_status(session, consultation_id, "held", by="Demo")
        confirmed = panel(session, "confirmed")
        absent = {p.id for p in rng.sample(confirmed, 2)}
        for participation in confirmed:
            set_participation_status(
                session, participation.id, "no_show" if participation.id in absent else "attended"
            )
        region = session.scalar(
            select(Participation.region_code)
            .where(Participation.consultation_id == consultation_id)
            .limit(1)
        )
        for text, owner, days, status, outcome in COMMITMENTS:
            session.add(
                FollowUpAction(
                    id=demo_uuid(rng),
                    consultation_id=consultation_id,
                    text=text,
                    owner=owner,
                    due_on=held_on + dt.timedelta(days=days),
                    status=status,
                    outcome=outcome,
                    region_code=region,
                )
            )
        session.flush()
        change_status(session, consultation_id, "followed_up", by="Demo")


@register_step("consultations", order=40)
def make_consultations(ctx: DemoContext) -> int:
    """A consultation drawn, held and followed up; another still collecting its pool."""
    from desktop.models import Consultation

    with ctx.db.sessions() as session:
        if get_meta(session, CONSULTATIONS_DONE):
            return 0
    today = anchor_date(ctx)
    rng = ctx.rng("consultations")
    language = "en"  # the demo commitments below are written in English
    first_id, second_id = demo_uuid(rng), demo_uuid(rng)
    held_on = today - dt.timedelta(days=75)
    with ctx.db.transaction() as session:
        session.add(
            Consultation(
                id=first_id,
                title="Investing at home: what guarantees do diaspora investors need?",
                kind="roundtable",
                topic="Investments and remittances",
                place="Diaspora Relations Bureau, conference hall",
                held_on=held_on,
                language=language,
                seats=24,
                reserves_wanted=8,
                status="pool_open",
                status_changed_by="Demo",
                criteria={},
                selection={},
                notes="Pool: volunteers for investments or remittances with a valid consent.",
            )
        )
        session.add(
            Consultation(
                id=second_id,
                title="Young people and the home country: a listening exercise",
                kind="listening_exercise",
                topic="Youth empowerment",
                link="https://meet.example.org/diaspora-youth",
                held_on=today + dt.timedelta(days=30),
                language="en",
                seats=16,
                reserves_wanted=4,
                status="pool_open",
                status_changed_by="Demo",
                criteria={},
                selection={},
            )
        )
    _add_pool(
        ctx, first_id, None, _sample_pool(ctx, {"investments", "remittances"}, 300, rng, today), rng
    )
    _add_pool(ctx, second_id, None, _sample_pool(ctx, {"youth_empowerment"}, 150, rng, today), rng)
    _criteria(ctx, first_id, ("country", "gender", "generation"), balance=True, leeway=1)
    _criteria(ctx, second_id, ("gender", "generation", "age_band"), balance=True)
    _draw(ctx, first_id, f"demo-{ctx.seed}-investors")
    _follow_through(ctx, first_id, rng, held_on)
    with ctx.db.transaction() as session:
        _demo_clock(session, first_id, held_on)
        _demo_clock(session, second_id, today)
        set_meta(session, CONSULTATIONS_DONE, "done")
    return 2


def _demo_clock(session: Any, consultation_id: str, day: dt.date) -> None:
    """Replace the wall-clock times and the login name the services recorded with ones
    derived from the demo's own dates, so the same seed gives the very same data set."""
    from desktop.models import Consultation, Participation

    when = dt.datetime.combine(day, dt.time(18, 0), tzinfo=dt.UTC)
    consultation = session.get(Consultation, consultation_id)
    consultation.status_changed_at = when
    consultation.status_changed_by = "Demo"
    if consultation.selection:
        drawn = when - dt.timedelta(days=30)
        selection = dict(consultation.selection)
        selection["drawn_at"] = drawn.isoformat(timespec="seconds")
        selection["drawn_by"] = "Demo"
        audit = dict(selection["audit"])
        audit["created_at"] = drawn.isoformat(timespec="seconds").replace("+00:00", "Z")
        # the solver's wall time differs from run to run; a demo records none
        audit["engine"] = {**audit["engine"], "seconds": 0.0}
        selection["audit"] = audit
        consultation.selection = selection
    for participation in session.scalars(
        select(Participation).where(Participation.consultation_id == consultation_id)
    ):
        participation.status_changed_at = when
