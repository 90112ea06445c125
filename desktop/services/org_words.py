"""Words that say what kind of organisation a name belongs to, not which one.

"Association Dor de Casă", "Asociația Dor de Casă", "Ассоциация «Дор де Касэ»", "جمعية دور دي
كاسا" and "Dor de Casă e.V." are one association: the organisation-type words differ with the
language of whoever typed the name, so they weigh little when names are compared. The words are
listed in the six UI languages (and the neighbours offices meet: Italian, German, Portuguese)
with their common inflections; they are compared in the same transliterated, folded form as
names, so a word typed in any script meets its list entry.
"""

from __future__ import annotations

import functools

ORGANISATION_WORDS = (
    # en
    "association", "associations", "society", "union", "community", "club", "foundation",
    "federation", "centre", "center", "organisation", "organization", "network", "council",
    "league", "alliance", "group", "diaspora", "of", "the", "and", "for", "in",
    # fr
    "associations", "société", "communauté", "fondation", "fédération", "réseau", "conseil",
    "ligue", "amicale", "collectif", "des", "du", "de", "la", "le", "les", "et", "pour", "en",
    # es
    "asociación", "asociacion", "sociedad", "comunidad", "fundación", "federación", "centro",
    "organización", "red", "consejo", "liga", "colectivo", "los", "las", "el", "y", "del",
    # ro
    "asociația", "asociatia", "asociație", "asociatie", "asociatiei", "societatea",
    "comunitatea", "fundația", "fundatia", "federația", "centrul", "organizația", "rețeaua",
    "consiliul", "liga", "uniunea", "clubul", "din", "și", "si", "pentru", "a", "al", "ai",
    # ru
    "ассоциация", "ассоциации", "ассоциацию", "общество", "общества", "союз", "объединение",
    "община", "фонд", "федерация", "центр", "организация", "сеть", "совет", "лига", "клуб",
    "диаспора", "диаспоры", "и", "в", "для",
    # ar
    "جمعية", "الجمعية", "رابطة", "الرابطة", "منظمة", "المنظمة", "اتحاد", "الاتحاد", "مركز",
    "المركز", "مؤسسة", "المؤسسة", "جالية", "الجالية", "نادي", "النادي", "شبكة", "مجلس", "في",
    # it, de, pt
    "associazione", "comunità", "fondazione", "verein", "gemeinschaft", "stiftung", "bund",
    "associação", "comunidade", "fundação",
)


@functools.lru_cache(maxsize=1)
def organisation_keys() -> frozenset[str]:
    """The words' comparable tokens (as :func:`desktop.services.dedupe.name_key` makes them)."""
    from desktop.services.dedupe import FOCAL_POINT, _name_tokens, latin_fold

    keys: set[str] = set()
    for word in ORGANISATION_WORDS:
        keys.update(_name_tokens(latin_fold(word), FOCAL_POINT))
    return frozenset(keys)
