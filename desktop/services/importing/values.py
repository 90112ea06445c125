"""Cell values written in any of the six UI languages, turned into the codes the validators
take before a row is checked.

Country names come from CLDR locale data (Babel) in every UI language, plus pycountry's official
and common names and the ISO codes, so "Allemagne", "Германия", "ألمانيا", "Germania" and "DEU"
are all DE. Yes/no words, genders, statuses, citizenship and migration generation are small
closed vocabularies; their Romanian, Russian and Arabic forms are listed here (the English,
French and Spanish ones are known to the validators already). A value not recognised is passed
on unchanged, so the validator still explains what it expected.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

UI_LANGUAGES = ("en", "fr", "es", "ro", "ru", "ar")


def fold_value(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a cell ("Мужской." == "мужской";
    Arabic hamza forms and tatweel ignored)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("\u0640", "").replace("ё", "е")
    plain = re.sub(r"[\s.\-_'’()]+", " ", plain)
    return plain.strip()


_YES = ("yes", "y", "oui", "si", "sí", "da", "да", "д", "نعم", "اجل", "أجل", "ja", "true", "x",
        "1", "✓", "✔", "+")
_NO = ("no", "n", "non", "nu", "нет", "н", "لا", "nein", "false", "0", "-", "")

VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "yes_no": {"yes": _YES, "no": _NO},
    "gender": {
        "female": ("femeie", "feminin", "f", "женский", "женщина", "жен", "ж", "انثى", "أنثى",
                   "امراة", "امرأة", "مؤنث", "female", "femme", "mujer", "woman"),
        "male": ("barbat", "bărbat", "masculin", "b", "мужской", "мужчина", "муж", "м", "ذكر",
                 "رجل", "male", "homme", "hombre", "man"),
        "other": ("altul", "alt", "другое", "другой", "آخر", "اخر", "non binar"),
        "undisclosed": ("nespecificat", "nu se specifica", "не указан", "не указано",
                        "غير محدد", "غير مذكور"),
    },
    "status": {
        "pending": ("in asteptare", "în așteptare", "neverificat", "ожидает", "в ожидании",
                    "на проверке", "قيد الانتظار", "قيد المراجعة", "معلق"),
        "verified": ("verificat", "verificata", "проверено", "проверена", "подтверждено",
                     "تم التحقق", "موثق", "موثقة", "معتمد"),
        "inactive": ("inactiv", "inactiva", "неактивна", "неактивно", "неактивный",
                     "غير نشط", "غير نشطة", "متوقف"),
    },
    "citizenship": {
        "origin": ("tara de origine", "țara de origine", "doar origine", "страна происхождения",
                   "только страны происхождения", "بلد الأصل", "الأصل", "الاصل"),
        "destination": ("tara de resedinta", "țara de reședință", "destinatie", "destinație",
                        "страна проживания", "страна пребывания", "بلد الإقامة", "بلد الاقامة",
                        "المقصد"),
        "dual": ("dubla", "dublă", "dubla cetatenie", "двойное", "двойное гражданство",
                 "مزدوجة", "جنسية مزدوجة", "الجنسيتان"),
    },
    "generation": {
        "first": ("prima", "prima generatie", "prima generație", "первое", "первое поколение",
                  "1 поколение", "первое пок", "الأول", "الاول", "الجيل الأول", "الجيل الاول"),
        "second": ("a doua", "a doua generatie", "a doua generație", "второе",
                   "второе поколение", "2 поколение", "الثاني", "الجيل الثاني"),
        "third_plus": ("a treia", "a treia generatie", "a treia generație", "третье",
                       "третье поколение", "3 поколение", "третье и далее", "الثالث",
                       "الجيل الثالث", "الجيل الثالث وما بعده"),
    },
}

FIELD_VOCABULARY: dict[str, str] = {
    "country_code": "country",
    "gender": "gender",
    "status": "status",
    "citizenship": "citizenship",
    "generation": "generation",
    "consent_to_publish": "yes_no",
    "listed_on_flyers": "yes_no",
}
"""Which vocabulary a field key's values are read with (same keys in every spec)."""

_YES_NO_VALUE = {"yes": True, "no": False}


@functools.lru_cache(maxsize=1)
def _word_tables() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for kind, codes in VOCABULARIES.items():
        table: dict[str, str] = {}
        for code, words in codes.items():
            for word in words:
                table.setdefault(fold_value(word), code)
        tables[kind] = table
    return tables


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name or code -> ISO 3166-1 alpha-2, from CLDR (Babel) in the six UI
    languages and pycountry's names and codes."""
    import pycountry
    from babel import Locale

    known = {str(c.alpha_2) for c in pycountry.countries}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        for name in (code, country.alpha_3, country.name, getattr(country, "official_name", ""),
                     getattr(country, "common_name", "")):
            if name:
                names.setdefault(fold_value(str(name)), code)
    for language in UI_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            code = str(code).split("-")[0]  # "GB-alt-short"-style keys where present
            if code in known:
                names.setdefault(fold_value(str(name)), code)
    for variant, code in _COUNTRY_VARIANTS.items():
        names.setdefault(fold_value(variant), code)
    return names


_COUNTRY_VARIANTS = {
    # Short forms people write that CLDR keeps as "alt" names only.
    "UK": "GB", "England": "GB", "Great Britain": "GB", "Marea Britanie": "GB",
    "Англия": "GB", "Великобритания": "GB", "بريطانيا": "GB", "USA": "US", "U.S.A.": "US",
    "SUA": "US", "США": "US", "Америка": "US", "أمريكا": "US", "Holland": "NL", "Olanda": "NL",
    "Голландия": "NL", "Moldavia": "MD", "Moldavie": "MD", "Молдавия": "MD", "Turkey": "TR",
    "Turquie": "TR", "Turcia": "TR", "Турция": "TR", "Emirates": "AE", "UAE": "AE",
    "Emiratele Arabe Unite": "AE", "ОАЭ": "AE", "الإمارات": "AE",
}


def recognise(kind: str, value: Any) -> Any:
    """The code for ``value`` in vocabulary ``kind``; the value itself when not recognised."""
    if not isinstance(value, str) or not value.strip():
        return value
    folded = fold_value(value)
    if kind == "country":
        return country_names().get(folded, value)
    code = _word_tables()[kind].get(folded)
    if code is None:
        return value
    if kind == "yes_no":
        return _YES_NO_VALUE[code]
    return code


def recogniser_for(field_key: str) -> Callable[[Any], Any] | None:
    """The value recogniser of a field key, or None for free fields."""
    kind = FIELD_VOCABULARY.get(field_key)
    if kind is None:
        return None
    return functools.partial(recognise, kind)
