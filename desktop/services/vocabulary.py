"""The registry's fixed vocabularies (engagement areas, statuses, roles, genders, languages)
with their labels in the user's language, and the aliases an import or a volunteer may type.

Labels are produced through :func:`translate` at call time so that lupdate extracts them and the
UI shows them in the chosen language. The French and Spanish aliases below are *input* data (what
a spreadsheet made in a French- or Spanish-speaking office contains), not UI text.
"""

from __future__ import annotations

import functools
import gettext
import unicodedata
from collections.abc import Callable, Iterable

import pycountry

from desktop.models.registry import (
    ASSOCIATION_STATUSES,
    ENGAGEMENT_AREAS,
    FOCAL_POINT_ROLES,
    GENDERS,
)
from desktop.services.i18n import translate


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare what people type ("Éducation" ==
    "education"); cheap for plain ASCII, which most input is."""
    if text.isascii():
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


FOLDED_LETTERS = ("ăâîșşțţéèêëàáäãåçíìïóòôöõúùûüñýÿčďěňřšťžůłńśźżğıœæøđ"
                  "ąęėįųūāēīōőűľĺŕ")
"""Accented letters that filters and sorting treat as their base letter: those of the
languages of the home and destination countries (a fixed list keeps folding 100,000 rows to a
few C-level passes instead of a per-character Python lookup)."""


def _fold_pairs() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for char in FOLDED_LETTERS:
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
        pairs.append((char, {"ł": "l", "đ": "d", "ı": "i", "œ": "oe", "æ": "ae",
                             "ø": "o"}.get(char, base)))
    pairs.append(("ß", "ss"))
    pairs.append(("ё", "е"))
    for mark in "\u0300\u0301\u0302\u0303\u0306\u0307\u0308\u030c\u0326\u0327\u0328":
        pairs.append((mark, ""))  # accents typed as separate combining marks
    return pairs


FOLD_PAIRS = _fold_pairs()
_SEPARATOR = "\x1e"


def fold_fast(text: str) -> str:
    """Lower case with common accents removed ("Bălți" -> "balti"); cheaper than
    :func:`fold`, and the same rule as :func:`fold_many`."""
    folded = text.lower()
    if folded.isascii():
        return folded
    for char, base in FOLD_PAIRS:
        if char in folded:
            folded = folded.replace(char, base)
    return folded


def fold_many(texts: list[str]) -> list[str]:
    """:func:`fold_fast` of every text, done on one joined string (100,000 names in a few
    passes of C code rather than 100,000 Python calls)."""
    if not texts:
        return []
    joined = _SEPARATOR.join(texts).lower()
    if not joined.isascii():
        for char, base in FOLD_PAIRS:
            if char in joined:
                joined = joined.replace(char, base)
    return joined.split(_SEPARATOR)


def engagement_area_labels() -> dict[str, str]:
    """Code -> label in the UI language, in the order of ARCHITECTURE.md."""
    labels = {
        "remittances": translate("EngagementArea", "Remittances"),
        "transfer_of_skills": translate("EngagementArea", "Transfer of skills"),
        "trade": translate("EngagementArea", "Trade"),
        "tourism": translate("EngagementArea", "Tourism"),
        "cultural_diversity": translate("EngagementArea", "Cultural diversity"),
        "philanthropy": translate("EngagementArea", "Philanthropy"),
        "innovation": translate("EngagementArea", "Innovation"),
        "entrepreneurship": translate("EngagementArea", "Entrepreneurship"),
        "research": translate("EngagementArea", "Research"),
        "transfer_of_ideas": translate("EngagementArea", "Transfer of ideas"),
        "investments": translate("EngagementArea", "Investments"),
        "humanitarianism": translate("EngagementArea", "Humanitarianism"),
        "peacebuilding": translate("EngagementArea", "Peacebuilding"),
        "environmental_initiatives": translate("EngagementArea", "Environmental initiatives"),
        "diaspora_diplomacy": translate("EngagementArea", "Diaspora diplomacy"),
        "youth_empowerment": translate("EngagementArea", "Youth empowerment"),
        "crisis_relief": translate("EngagementArea", "Crisis relief"),
        "civic_engagement": translate("EngagementArea", "Civic engagement"),
    }
    return {code: labels[code] for code in ENGAGEMENT_AREAS}


# English labels (as in the source code) plus French and Spanish spellings found in spreadsheets.
_AREA_ALIASES: dict[str, tuple[str, ...]] = {
    "remittances": ("remittances", "transferts de fonds", "envois de fonds", "remesas"),
    "transfer_of_skills": ("transfer of skills", "skills transfer", "transfert de competences",
                           "transferencia de competencias", "transferencia de habilidades"),
    "trade": ("trade", "commerce", "comercio"),
    "tourism": ("tourism", "tourisme", "turismo"),
    "cultural_diversity": ("cultural diversity", "diversite culturelle", "diversidad cultural"),
    "philanthropy": ("philanthropy", "philanthropie", "filantropia"),
    "innovation": ("innovation", "innovacion"),
    "entrepreneurship": ("entrepreneurship", "entrepreneuriat", "emprendimiento"),
    "research": ("research", "recherche", "investigacion"),
    "transfer_of_ideas": ("transfer of ideas", "transfert d'idees", "transferencia de ideas"),
    "investments": ("investments", "investment", "investissements", "investissement",
                    "inversiones", "inversion"),
    "humanitarianism": ("humanitarianism", "humanitarian", "humanitaire", "humanitarismo",
                        "humanitario"),
    "peacebuilding": ("peacebuilding", "peace building", "consolidation de la paix",
                      "construction de la paix", "consolidacion de la paz"),
    "environmental_initiatives": ("environmental initiatives", "environment",
                                  "initiatives environnementales", "environnement",
                                  "iniciativas ambientales", "medio ambiente"),
    "diaspora_diplomacy": ("diaspora diplomacy", "diplomatie de la diaspora",
                           "diplomacia de la diaspora"),
    "youth_empowerment": ("youth empowerment", "autonomisation des jeunes",
                          "empoderamiento juvenil", "empoderamiento de los jovenes"),
    "crisis_relief": ("crisis relief", "aide en cas de crise", "secours en cas de crise",
                      "ayuda en crisis", "socorro en crisis"),
    "civic_engagement": ("civic engagement", "engagement civique", "participacion civica",
                         "compromiso civico"),
}


def status_labels() -> dict[str, str]:
    labels = {
        "pending": translate("AssociationStatus", "Pending"),
        "verified": translate("AssociationStatus", "Verified"),
        "inactive": translate("AssociationStatus", "Inactive"),
    }
    return {code: labels[code] for code in ASSOCIATION_STATUSES}


_STATUS_ALIASES: dict[str, tuple[str, ...]] = {
    "pending": ("pending", "en attente", "pendiente"),
    "verified": ("verified", "verifie", "verificado", "verificada"),
    "inactive": ("inactive", "inactif", "inactive", "inactivo", "inactiva"),
}


def role_labels() -> dict[str, str]:
    labels = {
        "elected_official": translate("FocalPointRole", "Elected official"),
        "local_government": translate("FocalPointRole", "Local government officer"),
        "technical": translate("FocalPointRole", "Technical focal point"),
        "consular": translate("FocalPointRole", "Consular officer"),
        "association_liaison": translate("FocalPointRole", "Association liaison"),
        "other": translate("FocalPointRole", "Other"),
    }
    return {code: labels[code] for code in FOCAL_POINT_ROLES}


_ROLE_ALIASES: dict[str, tuple[str, ...]] = {
    "elected_official": ("elected official", "elected", "elu", "elu local", "cargo electo",
                         "electo"),
    "local_government": ("local government", "local government officer",
                         "administration locale", "gobierno local"),
    "technical": ("technical", "technical focal point", "technique", "point focal technique",
                  "tecnico", "punto focal tecnico"),
    "consular": ("consular", "consular officer", "consulaire", "agent consulaire", "consular",
                 "funcionario consular"),
    "association_liaison": ("association liaison", "liaison", "liaison associative",
                            "enlace con asociaciones", "enlace"),
    "other": ("other", "autre", "otro", "otra"),
}


def gender_labels() -> dict[str, str]:
    labels = {
        "female": translate("Gender", "Female"),
        "male": translate("Gender", "Male"),
        "other": translate("Gender", "Other"),
        "undisclosed": translate("Gender", "Not stated"),
    }
    return {code: labels[code] for code in GENDERS}


_GENDER_ALIASES: dict[str, tuple[str, ...]] = {
    "female": ("female", "f", "woman", "w", "femme", "feminin", "mujer", "femenino"),
    "male": ("male", "m", "man", "homme", "masculin", "h", "hombre", "masculino"),
    "other": ("other", "autre", "otro", "non-binary", "non binary"),
    "undisclosed": ("undisclosed", "not stated", "non precise", "no indicado", "unknown", ""),
}


def _lookup(
    aliases: dict[str, tuple[str, ...]], labels: Callable[[], dict[str, str]]
) -> Callable[[str], str | None]:
    def find(text: str) -> str | None:
        key = fold(text)
        for code, names in aliases.items():
            if key == code or key == code.replace("_", " ") or key in names:
                return code
        for code, label in labels().items():  # the label in the UI language, whatever it is
            if key == fold(label):
                return code
        return None

    return find


find_engagement_area = _lookup(_AREA_ALIASES, engagement_area_labels)
"""Code for an engagement area typed as a code or as an English/French/Spanish label."""
find_status = _lookup(_STATUS_ALIASES, status_labels)
find_role = _lookup(_ROLE_ALIASES, role_labels)
find_gender = _lookup(_GENDER_ALIASES, gender_labels)


# -- languages spoken: stored as ISO 639-1 codes where one exists, so that flyers and lists can
# name them in any UI language; anything unrecognised is kept as typed.

@functools.lru_cache(maxsize=512)
def find_language(text: str) -> str | None:
    """ISO 639-1 (or -3 when there is no -1) code for a language name or code; None if unknown."""
    key = text.strip()
    if not key:
        return None
    if fold(key) in ("moldovan", "moldavian", "moldave", "moldavo", "moldoveneasca"):
        return "ro"
    found = None
    # Codes first: lookup() also matches names, and "En", "Hu", "Ko"… are names of other
    # languages, so "en" would become "enc" (Tai Nüa) and an export would not re-import as it was.
    if len(key) in (2, 3) and key.isascii() and key.isalpha():
        found = pycountry.languages.get(**{"alpha_2" if len(key) == 2 else "alpha_3":
                                           key.lower()})
    if found is None:
        try:
            found = pycountry.languages.lookup(key)
        except LookupError:
            found = None
    if found is None:
        folded = fold(key)
        for language in ("fr", "es", "ro", "ru"):
            translation = _language_translation(language)
            for item in pycountry.languages:
                if getattr(item, "alpha_2", None) and fold(translation.gettext(item.name)) \
                        == folded:
                    found = item
                    break
            if found is not None:
                break
    if found is None:
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


@functools.lru_cache(maxsize=8)
def _language_translation(language: str) -> gettext.NullTranslations:
    if not language or language.startswith("en"):
        return gettext.NullTranslations()
    return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[language],
                               fallback=True)


@functools.lru_cache(maxsize=2048)
def language_name(code: str, ui_language: str = "en") -> str:
    """A language code shown as its name in the UI language ("ro" -> "Romanian"/"Roumain");
    text that is not a code is returned unchanged."""
    item = None
    if 2 <= len(code) <= 3 and code.isalpha() and code.islower():
        item = pycountry.languages.get(alpha_2=code) if len(code) == 2 else \
            pycountry.languages.get(alpha_3=code)
    if item is None:
        return code
    return _language_translation(ui_language).gettext(item.name)


def language_names(codes: Iterable[str], ui_language: str = "en") -> list[str]:
    return [language_name(code, ui_language) for code in codes]
