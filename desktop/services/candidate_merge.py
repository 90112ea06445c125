"""Merging two candidate records that are one person, side by side.

The user picks each field's value as for associations (:mod:`desktop.services.merge`); then the
other record's consents, participations and history move to the kept one. When both were in the
same consultation, the kept record's participation stays and the other's is removed, so the
person keeps one place (and one chance) in that pool. The other record becomes a tombstone whose
``extra["merged_into_id"]`` names the kept one, so every office learns of the merge through sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Consent, Participation, utcnow
from desktop.models.registry import RecordHistory
from desktop.services import merge
from desktop.services.candidate_dedupe import CANDIDATE
from desktop.services.history import add_entry
from desktop.services.identity import current_user_name
from desktop.services.references import referencing_columns


@dataclass(frozen=True)
class CandidateMergeResult:
    """What a candidate merge did, in counts the dialog can report."""

    kept_id: str
    removed_id: str
    from_other: list[str]
    consents_moved: int
    participations_moved: int
    participations_dropped: int
    history_moved: int


def merge_candidates(session: Session, keep_id: str, other_id: str,
                     choices: Mapping[str, str], by: str | None = None) -> merge.MergeResult:
    """Merge candidate ``other_id`` into ``keep_id`` in the caller's transaction."""
    result = merge_candidates_detailed(session, keep_id, other_id, choices, by)
    moved = result.consents_moved + result.participations_moved
    return merge.MergeResult(result.kept_id, result.removed_id, result.from_other, moved,
                             result.history_moved)


def merge_candidates_detailed(session: Session, keep_id: str, other_id: str,
                              choices: Mapping[str, str],
                              by: str | None = None) -> CandidateMergeResult:
    who = by if by is not None else current_user_name()
    fields = merge.compare(session, CANDIDATE, keep_id, other_id)
    values = merge.merged_values(fields, choices)
    keep = session.get(Candidate, keep_id)
    other = session.get(Candidate, other_id)
    assert keep is not None and other is not None  # compare() checked both are live
    from_other = [f.key for f in fields if f.differs and choices.get(f.key, merge.KEEP)
                  != merge.KEEP]
    for key, value in values.items():
        if merge._comparable(getattr(keep, key)) != merge._comparable(value):
            setattr(keep, key, value)
    consents = 0
    for consent in session.scalars(select(Consent).where(
            Consent.candidate_id == other.id, Consent.deleted_at.is_(None))):
        consent.candidate_id = keep.id
        consents += 1
    kept_in = set(session.scalars(select(Participation.consultation_id).where(
        Participation.candidate_id == keep.id, Participation.deleted_at.is_(None))))
    moved = dropped = 0
    now = utcnow()
    for participation in session.scalars(select(Participation).where(
            Participation.candidate_id == other.id, Participation.deleted_at.is_(None))):
        if participation.consultation_id in kept_in:
            participation.deleted_at = now  # one person, one place in that pool
            dropped += 1
        else:
            participation.candidate_id = keep.id
            moved += 1
    for cls, key in referencing_columns(Candidate):
        if cls in (Consent, Participation):
            continue
        column = getattr(cls, key)
        for row in session.scalars(select(cls).where(column == other.id,
                                                     cls.deleted_at.is_(None))):
            setattr(row, key, keep.id)
            moved += 1
    history = 0
    for entry in session.scalars(select(RecordHistory).where(
            RecordHistory.entity == CANDIDATE, RecordHistory.record_id == other.id)):
        entry.record_id = keep.id
        entry.region_code = keep.region_code
        history += 1
    other.deleted_at = now
    other.extra = {**(other.extra or {}), "merged_into_id": keep.id}
    add_entry(session, keep, "merged", who, {"merged_id": other.id, "merged_name": other.name,
                                             "fields_from_merged": from_other})
    add_entry(session, other, "merged", who, {"merged_into_id": keep.id})
    session.flush()
    return CandidateMergeResult(keep.id, other.id, from_other, consents, moved, dropped, history)


merge.register_merger(CANDIDATE, Candidate, merge_candidates)
