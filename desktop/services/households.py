"""Households among a consultation's pool: people who share a postal address or a phone.

Sortition practice sends one invitation per household, so that a family does not get several
seats by volunteering together. Two candidates are in one household when their normalised
postal addresses are equal or they share a phone number; the relation is closed transitively
(A shares an address with B, B a phone with C: one household). The rule "at most N per
household" is then the selection engine's generic cap, with the household as the group.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate
from desktop.services.dedupe import phone_key

HOUSEHOLD_FEATURE = "household"
"""The cap's group name in the criteria and the audit record."""
CHUNK = 900

# Words of an address that do not tell two homes apart (street types, "apartment", "no."):
# dropped so "12, Rue Victor Hugo" and "12 r. Victor-Hugo" compare equal.
_NOISE = frozenset({
    "rue", "r", "avenue", "av", "ave", "bd", "boulevard", "street", "st", "str", "strada",
    "road", "rd", "calle", "c", "via", "viale", "ul", "ulitsa", "ulica", "prospekt", "pr",
    "nr", "no", "n", "numero", "num", "apt", "app", "appartement", "apartment", "ap", "kv",
    "dom", "d", "bl", "bloc", "sc", "et", "etaj", "floor", "piso", "de", "del", "la", "le",
    "the", "shari", "sharia",
})


def address_key(text: str) -> str:
    """A postal address in comparable form: transliterated, lower case, street-type words
    dropped, tokens sorted ("" when too short to identify a home)."""
    folded = anyascii(text).casefold() if not text.isascii() else text.casefold()
    tokens = [t for t in re.split(r"[^0-9a-z]+", folded) if t and t not in _NOISE]
    if len(tokens) < 2 or not any(t.isdigit() for t in tokens):
        return ""  # "Paris" alone, or no house number: not one home
    return " ".join(sorted(tokens))


@dataclass(frozen=True)
class Household:
    """Two or more pool members living together, and what they share."""

    key: str
    member_ids: tuple[str, ...]
    shared: tuple[str, ...]  # "address" and/or "phone"


def households(session: Session, candidate_ids: Sequence[str]) -> list[Household]:
    """The households (two or more members) among ``candidate_ids``."""
    rows: list[tuple[str, str, str, str]] = []
    ids = list(candidate_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows.extend((str(r[0]), r[1] or "", r[2] or "", r[3] or "") for r in session.execute(
            select(Candidate.id, Candidate.address, Candidate.phone, Candidate.country_code)
            .where(Candidate.id.in_(chunk))))
    return group_households(rows)


def group_households(rows: Sequence[tuple[str, str, str, str]]) -> list[Household]:
    """(id, address, phone, country) rows -> households, each closed transitively."""
    parent = {row[0]: row[0] for row in rows}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cid, address, phone, country in rows:
        key = address_key(address)
        if key:
            by_key[("address", key)].append(cid)
        number = phone_key(phone, country)
        if number:
            by_key[("phone", number)].append(cid)
    shared: dict[str, set[str]] = defaultdict(set)
    for (kind, _key), members in by_key.items():
        if len(members) < 2:
            continue
        for other in members[1:]:
            a, b = root(members[0]), root(other)
            if a != b:
                parent[b] = a
        for member in members:
            shared[member].add(kind)
    groups: dict[str, list[str]] = defaultdict(list)
    for cid, *_rest in rows:
        groups[root(cid)].append(cid)
    result = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = tuple(sorted(members))
        kinds = sorted({k for m in ordered for k in shared[m]})
        digest = hashlib.sha256("|".join(ordered).encode()).hexdigest()[:10].upper()
        result.append(Household(f"H-{digest}", ordered, tuple(kinds)))
    result.sort(key=lambda h: (-len(h.member_ids), h.member_ids))
    return result


def household_of(found: Sequence[Household]) -> dict[str, str]:
    """Candidate id -> household key, for the members of a household."""
    return {member: h.key for h in found for member in h.member_ids}
