"""Countries and their subdivisions from pycountry, with names in the user's language.

pycountry ships the iso-codes translations; using them means country names are right in all six
UI languages without us keeping our own lists. The country names themselves live in
:mod:`sync.countries`, shared with the server's public registration form.
"""

from __future__ import annotations

from dataclasses import dataclass

import pycountry

from sync.countries import Country, _translation, countries, country_name, sort_key

__all__ = [
    "Country", "Subdivision", "countries", "country_name", "find_country", "is_country",
    "sort_key", "subdivisions",
]


@dataclass(frozen=True)
class Subdivision:
    code: str  # ISO 3166-2
    name: str
    kind: str


def is_country(code: str) -> bool:
    return bool(code) and pycountry.countries.get(alpha_2=code.upper()) is not None


def find_country(text: str) -> str | None:
    """An alpha-2 code for a code, alpha-3 code or (English or localised) name; None if unknown."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 2 and pycountry.countries.get(alpha_2=text.upper()):
        return text.upper()
    if len(text) == 3:
        found = pycountry.countries.get(alpha_3=text.upper())
        if found:
            return str(found.alpha_2)
    folded = text.casefold()
    for language in ("en", "fr", "es", "ro", "ru", "ar"):
        for country in countries(language):
            if country.name.casefold() == folded:
                return country.code
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


def subdivisions(country_code: str, language: str = "en") -> list[Subdivision]:
    """The top-level ISO 3166-2 subdivisions of a country (regions, not their departments)."""
    found = pycountry.subdivisions.get(  # type: ignore[no-untyped-call]
        country_code=country_code.upper()
    ) or []
    translation = _translation("iso3166-2", language)
    result = [
        Subdivision(str(s.code), translation.gettext(s.name), str(s.type))
        for s in found
        if getattr(s, "parent_code", None) is None
    ]
    result.sort(key=lambda s: sort_key(s.name))
    return result
