"""Demo steps: diaspora associations, focal points in every region, and links between them.

Associations are spread over the main destination countries of the diaspora, skewed the way
real registers are (a few countries hold most of them), with names in the languages people
really use there: Romanian everywhere, plus Italian in Italy, Russian (Cyrillic) in Russia,
German in Germany and so on. Every 150th association has a near-duplicate twin typed by
someone else: in the other script (Cyrillic for a Romanian name, Latin for a Russian one) or
without diacritics, sharing the e-mail or the phone, as happens when two offices register the
same association. Contacts are in the format the validator produces (lower-case e-mails, E.164
phones valid for their country), so the demo data passes the same rules as typed data.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

import phonenumbers
from anyascii import anyascii
from sqlalchemy import select

from desktop.models import Association, AssociationFocalPoint, FocalPoint, Region
from desktop.models.registry import ENGAGEMENT_AREAS
from desktop.services.demo import DemoContext, demo_uuid, register_step, write_batches

SIZES = {"small": 2_000, "large": 100_000}
TWIN_EVERY = 150
"""One association in this many is followed by a near-duplicate of itself."""

# (country, weight): for Moldova, the countries with the largest diaspora populations.
DESTINATIONS: tuple[tuple[str, int], ...] = (
    ("IT", 26), ("RU", 18), ("DE", 9), ("FR", 8), ("RO", 8), ("GB", 6), ("ES", 4), ("PT", 4),
    ("IL", 3), ("US", 4), ("CA", 3), ("IE", 2), ("UA", 1), ("TR", 1), ("BE", 1), ("AT", 1),
    ("CZ", 1),
)
CITIES: dict[str, tuple[str, ...]] = {
    "IT": ("Roma", "Milano", "Torino", "Padova", "Bologna", "Verona", "Venezia", "Napoli",
           "Firenze", "Parma", "Brescia", "Trento", "Genova", "Reggio Emilia"),
    "RU": ("Москва", "Санкт-Петербург", "Сургут", "Краснодар", "Екатеринбург", "Новосибирск",
           "Нижний Новгород", "Казань", "Тюмень", "Калуга"),
    "DE": ("Berlin", "München", "Frankfurt am Main", "Hamburg", "Köln", "Stuttgart",
           "Nürnberg", "Leipzig", "Düsseldorf"),
    "FR": ("Paris", "Lyon", "Marseille", "Toulouse", "Strasbourg", "Nice", "Bordeaux",
           "Lille", "Nantes"),
    "RO": ("București", "Iași", "Cluj-Napoca", "Timișoara", "Constanța", "Brașov", "Galați",
           "Suceava"),
    "GB": ("London", "Manchester", "Birmingham", "Leeds", "Bristol", "Glasgow", "Liverpool"),
    "ES": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Zaragoza", "Alicante"),
    "PT": ("Lisboa", "Porto", "Faro", "Coimbra", "Braga", "Setúbal"),
    "IL": ("Tel Aviv", "Haifa", "Jerusalem", "Ashdod", "Netanya", "Rishon LeZion"),
    "US": ("New York", "Chicago", "Sacramento", "Seattle", "Los Angeles", "Boston",
           "Portland"),
    "CA": ("Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Edmonton"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick"),
    "UA": ("Odesa", "Kyiv", "Chernivtsi", "Izmail"),
    "TR": ("İstanbul", "Ankara", "Antalya", "İzmir"),
    "BE": ("Bruxelles", "Antwerpen", "Liège", "Gent"),
    "AT": ("Wien", "Graz", "Linz", "Salzburg"),
    "CZ": ("Praha", "Brno", "Ostrava"),
}
LOCAL_LANGUAGE = {"IT": "it", "RU": "ru", "DE": "de", "FR": "fr", "RO": "ro", "GB": "en",
                  "ES": "es", "PT": "pt", "IL": "he", "US": "en", "CA": "en", "IE": "en",
                  "UA": "uk", "TR": "tr", "BE": "fr", "AT": "de", "CZ": "cs"}
MAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "IT": ("libero.it", "gmail.com", "virgilio.it"), "RU": ("mail.ru", "yandex.ru", "gmail.com"),
    "DE": ("gmx.de", "web.de", "gmail.com"), "FR": ("orange.fr", "gmail.com", "free.fr"),
    "RO": ("yahoo.com", "gmail.com"), "ES": ("gmail.com", "hotmail.es"),
}

# Distinctive words that Moldovan associations use in their names.
MOTIFS = ("Dor", "Plai", "Miorița", "Codru", "Nistru", "Prut", "Luceafărul", "Doina", "Hora",
          "Izvor", "Speranța", "Renaștere", "Unire", "Basarabia", "Ștefan cel Mare", "Mărțișor",
          "Dacia", "Vatra", "Busuioc", "Dor de Casă", "Rădăcini", "Pelin", "Flori de Dor",
          "Moldova Unită", "Curcubeu", "Ie", "Legământ", "Cetatea Albă", "Soroca", "Orheiul Vechi",
          "Cireșarii", "Viitorul", "Lumina", "Punte", "Acasă", "Mugur", "Trandafir", "Brâul",
          "Columna", "Altița", "Izvoraș", "Dorul", "Colinda", "Opincuța", "Nufărul",
          "Ciocârlia", "Fluieraș", "Struguraș", "Spicul", "Frăția")
KINDS_RO = ("Asociația Moldovenilor", "Asociația Culturală", "Comunitatea Moldovenească",
            "Asociația Tinerilor Moldoveni", "Asociația Femeilor din Moldova",
            "Liga Studenților Moldoveni", "Asociația Oamenilor de Afaceri Moldoveni",
            "Ansamblul Folcloric", "Clubul Sportiv", "Parohia Ortodoxă Moldovenească",
            "Asociația Părinților Moldoveni", "Centrul Cultural Moldovenesc")
KINDS_LOCAL: dict[str, tuple[str, ...]] = {
    "it": ("Associazione Moldava", "Associazione Culturale Moldo-Italiana",
           "Comunità dei Moldavi", "Associazione Donne Moldave", "Circolo Culturale Moldavo"),
    "ru": ("Молдавская диаспора", "Молдавское землячество", "Культурный центр «Молдова»",
           "Общество молдаван", "Молодёжный союз молдаван"),
    "de": ("Moldauischer Kulturverein", "Verein der Moldauer", "Deutsch-Moldauische Gesellschaft"),
    "fr": ("Association des Moldaves", "Association culturelle franco-moldave",
           "Communauté moldave"),
    "es": ("Asociación de Moldavos", "Asociación Cultural Hispano-Moldava"),
    "pt": ("Associação dos Moldavos", "Associação Cultural Luso-Moldava"),
    "en": ("Moldovan Community", "Moldovan Cultural Association", "Moldovan Youth Network",
           "Association of Moldovan Professionals"),
}
LEGAL_SUFFIX = {"DE": " e.V.", "AT": "", "IT": " APS", "BE": " ASBL", "GB": " CIC", "US": " Inc."}
SECTORS = ("Education", "Culture", "Health", "Business", "Youth", "Social services", "Sport",
           "Religion", "Media", "Agriculture", "Information technology", "Research", "Arts",
           "Women's rights", "Legal aid", "Tourism")
AREA_WEIGHTS = (14, 9, 6, 6, 11, 5, 4, 8, 3, 3, 6, 4, 2, 3, 4, 9, 3, 10)
FIRST = ("Ana", "Maria", "Elena", "Natalia", "Tatiana", "Olga", "Irina", "Cristina", "Victoria",
         "Doina", "Lilia", "Mariana", "Ion", "Vasile", "Andrei", "Sergiu", "Alexandru", "Mihai",
         "Nicolae", "Dumitru", "Victor", "Igor", "Oleg", "Gheorghe", "Dorin", "Iurie", "Petru",
         "Radu", "Vitalie", "Eugen")
SURNAMES = ("Rusu", "Popescu", "Ceban", "Ciobanu", "Țurcanu", "Lungu", "Munteanu", "Rotari",
            "Cojocaru", "Bivol", "Sîrbu", "Guțu", "Moraru", "Melnic", "Railean", "Botnari",
            "Roșca", "Bodrug", "Cazacu", "Grosu", "Popa", "Andronic", "Vrabie", "Bejan",
            "Plămădeală", "Ursu", "Onu", "Covalciuc", "Balan", "Negru", "Chiriac", "Postolache")
STATUSES = (("verified", 55), ("pending", 35), ("inactive", 10))
ROLES = (("local_government", 30), ("elected_official", 20), ("technical", 20),
         ("association_liaison", 20), ("consular", 5), ("other", 5))
CONSENT_WAYS = ("Signed form", "E-mail", "In person, witnessed", "Online form")

# Romanian (Latin) to Moldovan Cyrillic, for the twin typed in the other script.
_CYR = {"a": "а", "ă": "э", "â": "ы", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф",
        "g": "г", "h": "х", "i": "и", "î": "ы", "j": "ж", "k": "к", "l": "л", "m": "м",
        "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "ș": "ш", "ş": "ш",
        "t": "т", "ț": "ц", "ţ": "ц", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й",
        "z": "з"}


def to_cyrillic(text: str) -> str:
    """Romanian text as it is written in Moldovan Cyrillic (ce/ci -> че/чи, ge/gi -> же/жи)."""
    out: list[str] = []
    lower = text.lower()
    i = 0
    while i < len(text):
        ch, low = text[i], lower[i]
        nxt = lower[i + 1] if i + 1 < len(text) else ""
        if low == "c" and nxt in "ei":
            mapped = "ч"
        elif low == "g" and nxt in "ei":
            mapped = "ж"
        elif low == "c" and nxt == "h" and i + 2 < len(text) and lower[i + 2] in "ei":
            mapped, i = "к", i + 1
        elif low == "i" and nxt == "a" and not lower[i + 2:i + 3].isalpha():
            mapped, i = "ия", i + 1  # a final -ia is written -ия
        else:
            mapped = _CYR.get(low, ch)
        out.append(mapped.upper() if ch != low and mapped != ch else mapped)
        i += 1
    return "".join(out)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pick(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", anyascii(text).lower())[:18] or "asociatia"


_PHONE_CACHE: dict[str, phonenumbers.PhoneNumber] = {}


def random_phone(rng: random.Random, country: str) -> str:
    """A valid number of ``country`` in E.164 (a mobile number where the country has them)."""
    example = _PHONE_CACHE.get(country)
    if example is None:
        found = (phonenumbers.example_number_for_type(
            country, phonenumbers.PhoneNumberType.MOBILE)
            or phonenumbers.example_number(country))
        if found is None:
            return ""
        example = _PHONE_CACHE[country] = found
    national = str(example.national_number)
    keep = max(2, len(national) - 6)
    for _attempt in range(20):
        digits = national[:keep] + "".join(
            str(rng.randrange(10)) for _ in range(len(national) - keep))
        number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                          national_number=int(digits))
        if phonenumbers.is_valid_number(number):
            return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s«»\"'-]+", name) if w and w[0].isupper()]
    letters = "".join(anyascii(w[0]).upper() for w in words)[:6]
    return letters if len(letters) >= 2 else ""


def _regions(ctx: DemoContext) -> list[str]:
    with ctx.db.sessions() as session:
        return list(session.scalars(
            select(Region.code).where(Region.retired_at.is_(None), Region.deleted_at.is_(None))
            .order_by(Region.code)))


def _today() -> dt.date:
    """A fixed day, so the data set is identical whenever it is generated."""
    return dt.date(2026, 11, 1)


def _association(rng: random.Random, number: int, regions: Sequence[str],
                 region_weights: Sequence[int]) -> dict[str, Any]:
    country = _pick(rng, DESTINATIONS)
    city = rng.choice(CITIES[country])
    language = LOCAL_LANGUAGE[country]
    motif = rng.choice(MOTIFS)
    local_share = 0.6 if language == "ru" else 0.35 if language in KINDS_LOCAL else 0.0
    if rng.random() < local_share:
        kind = rng.choice(KINDS_LOCAL[language])
        if language == "ru":
            name = f"{kind} «{motif if rng.random() < 0.3 else to_cyrillic(motif)}» {city}"
        else:
            name = f"{kind} «{motif}» {city}"
    else:
        kind = rng.choice(KINDS_RO)
        name = f"{kind} «{motif}» din {city}" if rng.random() < 0.7 else f"{kind} din {city}"
    name += LEGAL_SUFFIX.get(country, "") if rng.random() < 0.5 else ""
    if rng.random() < 0.25:
        name += f" — filiala {rng.randint(2, 40)}"
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    contact = f"{first} {last}"
    if country == "RU" and rng.random() < 0.5:
        contact = to_cyrillic(contact)
    domains = MAIL_DOMAINS.get(country, ("gmail.com", "yahoo.com", "outlook.com"))
    slug = _slug(f"{motif}{city}")
    email = f"{slug}{number}@{rng.choice(domains)}" if rng.random() < 0.85 else ""
    areas = sorted(set(rng.choices(ENGAGEMENT_AREAS, weights=AREA_WEIGHTS,
                                   k=rng.choice((1, 1, 2, 2, 3, 4)))),
                   key=ENGAGEMENT_AREAS.index)
    founded = min(2026, 1991 + int(abs(rng.gauss(18, 8))))
    status = _pick(rng, STATUSES)
    changed = dt.datetime.combine(_today(), dt.time(9), dt.UTC) - dt.timedelta(
        days=rng.randint(0, 900), minutes=rng.randint(0, 600))
    region = rng.choices(regions, weights=region_weights)[0] if regions and \
        rng.random() < 0.9 else None
    registration = ""
    if rng.random() < 0.6:
        registration = {"IT": f"C.F. 9{rng.randint(10**9, 10**10 - 1)}",
                        "DE": f"VR {rng.randint(1000, 99999)}",
                        "FR": f"W{rng.randint(10**8, 10**9 - 1)}",
                        "RU": f"ОГРН 1{rng.randint(10**11, 10**12 - 1)}"}.get(
            country, f"{country}-{rng.randint(10000, 999999)}")
    return {
        "id": None,
        "name": name,
        "acronym": _acronym(name) if rng.random() < 0.6 else "",
        "country_code": country,
        "city": city,
        "region_code": region,
        "founding_year": founded,
        "registration_number": registration,
        "contact_person": contact,
        "email": email,
        "phone": random_phone(rng, country) if rng.random() < 0.8 else "",
        "website": f"https://www.{slug}{number}.org" if rng.random() < 0.3 else "",
        "member_count": int(min(5000, 8 + rng.lognormvariate(3.6, 1.0))),
        "engagement_areas": areas,
        "sectors": sorted(set(rng.choices(SECTORS, k=rng.choice((1, 1, 2, 3))))),
        "languages": list(dict.fromkeys(["ro", language] + (["ru"] if rng.random() < 0.3
                                                             else []))),
        "status": status,
        "status_changed_at": changed,
        "status_changed_by": "demo",
        "consent_to_publish": rng.random() < 0.45,
        "notes": "",
    }


def _twin(rng: random.Random, original: dict[str, Any]) -> dict[str, Any]:
    """The same association registered again by someone else."""
    twin = dict(original)
    name = original["name"]
    if re.search("[а-яА-Я]", name):
        twin["name"] = anyascii(name)  # a Russian name typed in Latin letters
    elif rng.random() < 0.6:
        twin["name"] = to_cyrillic(name)  # a Romanian name typed in Cyrillic
    else:
        twin["name"] = strip_diacritics(name).replace("«", "\"").replace("»", "\"")
    shared = rng.choice(("email", "phone"))
    if not original[shared]:
        shared = "email" if original["email"] else "phone"
    for key in ("email", "phone", "website", "registration_number"):
        if key != shared:
            twin[key] = ""
    twin["acronym"] = ""
    twin["status"] = "pending"
    twin["notes"] = "Registered again at a consular visit."
    twin["status_changed_at"] = original["status_changed_at"] + dt.timedelta(days=40)
    return twin


def association_rows(rng: random.Random, total: int, regions: Sequence[str]
                     ) -> Iterator[dict[str, Any]]:
    """Exactly ``total`` association rows, deterministic for the generator's seed."""
    # The capital region sends far more people abroad than the others.
    weights = [12 if code.endswith("-CU") else 4 if code.endswith(("-BA", "-CA", "-OR",
                                                                   "-UN", "-SO"))
               else 2 for code in regions]
    previous: dict[str, Any] | None = None
    for index in range(total):
        if previous is not None and index % TWIN_EVERY == 0:
            row = _twin(rng, previous)
            previous = None
        else:
            row = _association(rng, index, regions, weights)
            previous = row
        row["id"] = demo_uuid(rng)
        yield row


@register_step("associations", order=10)
def make_associations(ctx: DemoContext) -> int:
    total = SIZES[ctx.size]
    rng = ctx.rng("associations")
    rows = association_rows(rng, total, _regions(ctx))
    return write_batches(ctx, "associations", Association, rows, total)


# --------------------------------------------------------------------------------------------
# Focal points


def _institution(rng: random.Random, role: str, region_name: str) -> tuple[str, str]:
    if role == "elected_official":
        return rng.choice((f"Consiliul Raional {region_name}", f"Primăria {region_name}")), \
            rng.choice(("Președinte al raionului", "Primar", "Consilier raional"))
    if role == "local_government":
        return f"Consiliul Raional {region_name}", rng.choice(
            ("Specialist relații cu diaspora", "Șef secție economie", "Secretar"))
    if role == "technical":
        return rng.choice((f"Agenția Națională pentru Ocuparea Forței de Muncă, {region_name}",
                           f"Centrul de Sănătate {region_name}",
                           f"Direcția Educație {region_name}")), "Punct focal tehnic"
    if role == "association_liaison":
        return rng.choice((f"Centrul Comunitar {region_name}", "Biroul Relații cu Diaspora",
                           f"Asociația Obștească «Acasă» {region_name}")), \
            "Coordonator relații cu asociațiile"
    if role == "consular":
        return rng.choice(("Ambasada Republicii Moldova în Italia",
                           "Consulatul General al Republicii Moldova la Milano",
                           "Ambasada Republicii Moldova în Federația Rusă")), "Consul"
    return f"Biblioteca Publică {region_name}", "Bibliotecar"


def focal_point_rows(rng: random.Random, regions: Sequence[tuple[str, str]], size: str,
                     home_country: str) -> Iterator[dict[str, Any]]:
    low, high = (4, 7) if size == "small" else (10, 18)
    today = _today()
    twin_done = 0
    for code, region_name in regions:
        short = region_name.split(",")[0].split(" [")[0]
        for person_number in range(rng.randint(low, high)):
            # The first two of each region are the region's information points on flyers.
            information_point = person_number < 2
            role = _pick(rng, ROLES) if not information_point else rng.choice(
                ("local_government", "elected_official", "association_liaison"))
            first, last = rng.choice(FIRST), rng.choice(SURNAMES)
            name = f"{first} {last}"
            institution, title = _institution(rng, role, short)
            consent = information_point or rng.random() < 0.5
            consent_on = today - dt.timedelta(days=rng.randint(10, 700)) if consent else None
            start = today - dt.timedelta(days=rng.randint(30, 2000))
            ended = not information_point and rng.random() < 0.1
            row = {
                "id": demo_uuid(rng),
                "name": name,
                "gender": "female" if first in FIRST[:12] else "male",
                "role": role,
                "institution": institution,
                "title": title,
                "region_code": None if role == "consular" else code,
                "email": f"{_slug(first)}.{_slug(last)}{rng.randint(1, 99)}@"
                         f"{rng.choice(('gov.md', 'mail.md', 'gmail.com'))}",
                "phone": random_phone(rng, home_country),
                "languages": ["ro", "ru"] if rng.random() < 0.7 else ["ro", "ru", "en"],
                "listed_on_flyers": information_point or (consent and rng.random() < 0.7),
                "publication_consent_on": consent_on,
                "publication_consent_how": rng.choice(CONSENT_WAYS) if consent else "",
                "active_from": start,
                "active_until": min(today - dt.timedelta(days=1),
                                    start + dt.timedelta(days=rng.randint(30, 700)))
                if ended else None,
                "notes": "",
            }
            yield row
            if twin_done < (2 if size == "small" else 6) and rng.random() < 0.05:
                twin_done += 1
                twin = dict(row, id=demo_uuid(rng), name=to_cyrillic(name), phone="",
                            listed_on_flyers=False, publication_consent_on=None,
                            publication_consent_how="", notes="Entered from a paper list.")
                yield twin


def _region_pairs(ctx: DemoContext) -> list[tuple[str, str]]:
    with ctx.db.sessions() as session:
        return list(session.execute(
            select(Region.code, Region.name).where(Region.retired_at.is_(None),
                                                   Region.deleted_at.is_(None))
            .order_by(Region.code)).all())


@register_step("focal_points", order=11)
def make_focal_points(ctx: DemoContext) -> int:
    regions = _region_pairs(ctx)
    # The row count depends on the draws, so count them with a generator of the same seed.
    total = sum(1 for _ in focal_point_rows(ctx.rng("focal_points"), regions, ctx.size,
                                            ctx.country))
    rows = focal_point_rows(ctx.rng("focal_points"), regions, ctx.size, ctx.country)
    return write_batches(ctx, "focal_points", FocalPoint, rows, total)


@register_step("registry_links", order=12)
def make_links(ctx: DemoContext) -> int:
    """Some associations are linked to a liaison or local-government focal point of their
    origin region."""
    rng = ctx.rng("registry_links")
    with ctx.db.sessions() as session:
        people: dict[str, list[str]] = {}
        for fp_id, region in session.execute(
                select(FocalPoint.id, FocalPoint.region_code)
                .where(FocalPoint.role.in_(("association_liaison", "local_government")),
                       FocalPoint.deleted_at.is_(None))
                .order_by(FocalPoint.id)).all():
            if region:
                people.setdefault(region, []).append(fp_id)
        associations = list(session.execute(
            select(Association.id, Association.region_code)
            .where(Association.deleted_at.is_(None), Association.region_code.is_not(None))
            .order_by(Association.id)).all())
    share = 0.2 if ctx.size == "small" else 0.03
    links: list[dict[str, Any]] = []
    for assoc_id, region in associations:
        candidates = people.get(region or "")
        if candidates and rng.random() < share:
            links.append({"id": demo_uuid(rng), "association_id": assoc_id,
                          "focal_point_id": rng.choice(candidates), "region_code": region})
    return write_batches(ctx, "registry_links", AssociationFocalPoint, iter(links), len(links))
