"""Does a registered person already exist among the candidates? A small, replaceable matcher.

Registrations from the public form are checked against the candidate pool by three plain
rules: the same e-mail address, the same phone number (E.164), or the same name once accents,
case, word order and transliteration are folded away (with the birth year, when both have one,
confirming it). The candidate duplicate finder of the registry (issue 14) is being built
separately; once it exists, :func:`person_matches` is the one function to swap for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate
from desktop.services.dedupe import email_key, name_key, phone_key
from desktop.services.i18n import translate

PERSON = "candidate"
SCORE_EMAIL = 90
SCORE_PHONE = 85
SCORE_NAME = 60
SCORE_NAME_AND_YEAR = 80


@dataclass(frozen=True)
class PersonMatch:
    """A candidate that looks like the registered person, and why."""

    record_id: str
    name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    email: str
    phone: str
    name_key: str
    birth_year: int | None


class PersonIndex:
    """The live candidates keyed by e-mail, phone and folded name: built once, asked often
    (the review list checks every waiting registration)."""

    def __init__(self, people: Sequence[_Person]) -> None:
        self.by_email: dict[str, list[_Person]] = {}
        self.by_phone: dict[str, list[_Person]] = {}
        self.by_name: dict[str, list[_Person]] = {}
        for person in people:
            for key, table in ((person.email, self.by_email), (person.phone, self.by_phone),
                               (person.name_key, self.by_name)):
                if key:
                    table.setdefault(key, []).append(person)

    @classmethod
    def load(cls, session: Session) -> PersonIndex:
        rows = session.execute(
            select(Candidate.id, Candidate.name, Candidate.email, Candidate.phone,
                   Candidate.birth_year, Candidate.country_code)
            .where(Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None))
        )
        return cls([_Person(cid, name, email_key(email or ""), phone_key(phone or "", country),
                            name_key(name or "", PERSON), year)
                    for cid, name, email, phone, year, country in rows])

    def matches(self, values: Mapping[str, Any], limit: int = 5) -> list[PersonMatch]:
        email = email_key(str(values.get("email") or ""))
        phone = phone_key(str(values.get("phone") or ""), str(values.get("country_code") or ""))
        key = name_key(str(values.get("name") or ""), PERSON)
        year = values.get("birth_year")
        found: dict[str, tuple[int, list[str], str]] = {}

        def note(person: _Person, score: int, reason: str) -> None:
            best, reasons, name = found.get(person.id, (0, [], person.name))
            found[person.id] = (max(best, score), [*reasons, reason], name)

        for person in self.by_email.get(email, []) if email else []:
            note(person, SCORE_EMAIL, translate("Dedupe", "same email"))
        for person in self.by_phone.get(phone, []) if phone else []:
            note(person, SCORE_PHONE, translate("Dedupe", "same phone"))
        for person in self.by_name.get(key, []) if key else []:
            same_year = year is not None and person.birth_year == year
            if person.birth_year is not None and year is not None and not same_year:
                continue  # the same name but another birth year: another person
            note(person, SCORE_NAME_AND_YEAR if same_year else SCORE_NAME,
                 translate("Dedupe", "same name"))
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[1][2].casefold()))
        return [PersonMatch(pid, name, min(100, score + 5 * (len(reasons) - 1)), tuple(reasons))
                for pid, (score, reasons, name) in ranked[:limit]]


def person_matches(session: Session, values: Mapping[str, Any],
                   limit: int = 5) -> list[PersonMatch]:
    """Candidates that look like ``values`` (a registration's cleaned answers), best first."""
    return PersonIndex.load(session).matches(values, limit)
