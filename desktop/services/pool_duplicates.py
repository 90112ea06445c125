"""Likely duplicate people inside one consultation's pool, checked before the draw.

A person in the pool twice has twice the chance to be drawn, so the draw waits until every
likely pair is resolved: merged (one record stays) or marked "not the same person".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.services import dedupe
from desktop.services.candidate_dedupe import CANDIDATE
from desktop.services.dedupe import THRESHOLD, DuplicatePair, score_pair


def pool_duplicates(session: Session, candidate_ids: Sequence[str]) -> list[DuplicatePair]:
    """Pairs of pool members that look like one person, best first, without the pairs
    marked "not the same person"."""
    if len(candidate_ids) < 2:
        return []
    index = dedupe._index_for(session, CANDIDATE)
    excluded = dedupe._all_not_duplicates(session, CANDIDATE)
    positions = {index.position[cid] for cid in candidate_ids if cid in index.position}
    seen: set[tuple[int, int]] = set()
    pairs: list[DuplicatePair] = []
    for i in sorted(positions):
        entry = index.entries[i]
        for j in index.thorough_candidates(entry) & positions:
            key = (min(i, j), max(i, j))
            if i == j or key in seen:
                continue
            seen.add(key)
            a, b = index.entries[key[0]], index.entries[key[1]]
            if dedupe._ordered(a.id, b.id) in excluded:
                continue
            score, reasons = score_pair(CANDIDATE, a, b, index.idf)
            if score >= THRESHOLD:
                pairs.append(DuplicatePair(CANDIDATE, a.id, a.name, b.id, b.name, score, reasons))
    pairs.sort(key=lambda p: (-p.score, p.first_name.casefold(), p.second_name.casefold()))
    return pairs
