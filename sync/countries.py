"""Countries with names in six languages, from pycountry: shared by the desktop and the server.

pycountry ships the iso-codes translations; using them means country names are right in all six
UI languages without us keeping our own lists. The public registration form (served by the
central server, which may not import ``desktop``) lists countries the same way the desktop does.
"""

from __future__ import annotations

import functools
import gettext
import unicodedata
from dataclasses import dataclass

import pycountry


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # in the requested language


@functools.lru_cache(maxsize=16)
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    if not language or language.startswith("en"):
        return gettext.NullTranslations()
    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


# Where the iso-codes translations shipped with pycountry are wrong or not what people in the
# offices say: the Arabic catalogue calls Moldova "the Maldives" and leaves Türkiye, Iran, Syria
# and the Koreas untranslated; others use a formal or inverted form for a main destination.
_CORRECTIONS: dict[tuple[str, str], str] = {
    ("ar", "MD"): "مولدوفا",
    ("ar", "TR"): "تركيا",
    ("ar", "IR"): "إيران",
    ("ar", "SY"): "سوريا",
    ("ar", "KR"): "كوريا الجنوبية",
    ("ar", "KP"): "كوريا الشمالية",
    ("ar", "LA"): "لاوس",
    ("es", "TN"): "Túnez",
    ("fr", "RU"): "Russie",
    ("ru", "MD"): "Молдова",
    ("ru", "KG"): "Кыргызстан",
    ("ru", "US"): "США",
    ("ru", "GB"): "Великобритания",
}


def country_name(code: str, language: str = "en") -> str:
    """The country's common name in ``language``; the code itself if unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    fixed = _CORRECTIONS.get((language.split("_")[0], str(country.alpha_2)))
    if fixed:
        return fixed
    name = getattr(country, "common_name", None) or country.name
    return _translation("iso3166-1", language).gettext(name)


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order that does not depend on the process locale: accents and case are
    ignored first (Égypte next to Equateur, Țara next to Tunisia), then break ties."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)), text


@functools.lru_cache(maxsize=16)
def countries(language: str = "en") -> tuple[Country, ...]:
    """Every ISO 3166-1 country, sorted by its name in ``language``."""
    items = [Country(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    items.sort(key=lambda c: sort_key(c.name))
    return tuple(items)
