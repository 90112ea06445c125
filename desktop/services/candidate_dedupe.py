"""Likely duplicate candidates (people), with the reasons in words.

A person entered twice sits twice in a consultation pool and has twice the chance to be drawn,
which breaks the fairness the selection promises. Candidates get the same weighted, script-aware
rules as the registry (:mod:`desktop.services.dedupe`: transliteration, name tokens in any order,
consonant skeletons for Arabic) plus the rules that tell people apart:

- same e-mail (60) or same phone (50) alone make a likely duplicate;
- the name counts from 80 % similarity (20) to identical (60), in any order and script;
- the same birth year adds 20, one year apart adds 5 (a typo), years further apart take 40
  away (two people of the same name);
- the same country of residence adds 10;
- a shared phone or e-mail with clearly different names takes 50 away (a household).

:func:`matches_for_person` is the service other features call with a dict of person fields
(a form, a public registration) to learn which candidates it may already be.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Candidate
from desktop.services import dedupe
from desktop.services.dedupe import (
    DuplicateMatch,
    DuplicatePair,
    _Entry,
    find_duplicates,
    likely_pairs,
    mark_not_duplicate,
)
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress

CANDIDATE = "candidate"
W_BIRTH_YEAR = 20
W_BIRTH_YEAR_NEAR = 5
W_BIRTH_YEAR_FAR = -40
W_COUNTRY = 10
W_OTHER_NAME = -50
OTHER_NAME_BELOW = 60
"""Names less alike than this are two people even with a shared phone or e-mail (a family
shares a landline and sometimes a mailbox: that is a household, not a duplicate)."""
COLUMNS = ("id", "name", "email", "phone", "country_code", "birth_year", "region_code")


def _build(entry: _Entry, values: Mapping[str, Any], default_country: str) -> None:
    country = str(values.get("country_code") or "").strip().upper()
    entry.country = country
    entry.phone = dedupe.phone_key(str(values.get("phone") or ""), country or default_country)
    entry.region = str(values.get("region_code") or "").strip().upper()
    year = values.get("birth_year")
    try:
        entry.birth_year = int(str(year).strip()[:4]) if year not in (None, "") else 0
    except ValueError:
        entry.birth_year = 0


def _rules(a: _Entry, b: _Entry, rule: Callable[[int, bool, str], None]) -> None:
    if (a.email and a.email == b.email) or (a.phone and a.phone == b.phone):
        rule(W_OTHER_NAME, dedupe.name_similarity(a, b) < OTHER_NAME_BELOW,
             translate("Dedupe", "different names"))
    if a.birth_year and b.birth_year:
        gap = abs(a.birth_year - b.birth_year)
        rule(W_BIRTH_YEAR, gap == 0, translate("Dedupe", "same birth year ({year})").format(
            year=a.birth_year))
        rule(W_BIRTH_YEAR_NEAR, gap == 1, translate(
            "Dedupe", "birth years one apart ({first} / {second})").format(
                first=a.birth_year, second=b.birth_year))
        rule(W_BIRTH_YEAR_FAR, gap > 1, translate(
            "Dedupe", "born in different years ({first} / {second})").format(
                first=a.birth_year, second=b.birth_year))
    rule(W_COUNTRY, bool(a.country) and a.country == b.country,
         translate("Dedupe", "same country of residence"))


dedupe.register_entity(CANDIDATE, Candidate, COLUMNS, _build, _rules)


@dataclass(frozen=True)
class PersonMatch:
    """A candidate who may be the person described, and why (best first)."""

    candidate_id: str
    name: str
    score: int
    reasons: tuple[str, ...]


def matches_for_person(session: Session, fields: Mapping[str, Any],
                       exclude_id: str | None = None, limit: int = 5) -> list[PersonMatch]:
    """Candidates that may be the person whose fields are given (``name``, ``email``,
    ``phone``, ``birth_year``, ``country_code``, ``region_code``; raw form text is fine).

    ``exclude_id`` is the candidate being edited: it and those marked "not the same person"
    as it are left out. Fast enough to call while the user types (an in-memory index)."""
    found: list[DuplicateMatch] = find_duplicates(session, CANDIDATE, fields, exclude_id, limit)
    return [PersonMatch(m.record_id, m.name, m.score, tuple(m.reasons)) for m in found]


def candidate_pairs(session: Session, progress: Progress = NO_PROGRESS) -> list[DuplicatePair]:
    """Every likely duplicate pair of candidates, best first, without those marked "not the
    same person"."""
    return likely_pairs(session, CANDIDATE, progress)


def mark_not_same_person(session: Session, first_id: str, second_id: str,
                         decided_by: str = "") -> None:
    """Remember that two candidates are different people (never proposed again)."""
    mark_not_duplicate(session, CANDIDATE, first_id, second_id, decided_by)


def prepare(session: Session) -> None:
    """Build the candidate index ahead of the first check."""
    dedupe.prepare(session, CANDIDATE)
