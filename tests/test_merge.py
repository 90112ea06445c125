"""Merging duplicates: values picked per field, links and history moved, a tombstone left."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Association, AssociationFocalPoint, Candidate, FocalPoint, OutboxEntry
from desktop.models.registry import RecordHistory
from desktop.services import dedupe
from desktop.services.history import add_entry, history_of
from desktop.services.merge import BOTH, OTHER, MergeError, compare, merge


def make_pair(db: Database) -> tuple[str, str, str, str]:
    """Two associations describing the same one, a focal point linked to both, another linked
    to the second only, and a candidate member of the second."""
    with db.transaction() as session:
        keep = Association(name="Asociația Moldovenilor din Torino", country_code="IT",
                           city="Torino", email="", phone="+393471234567",
                           sectors=["Culture"], languages=["ro"], notes="Founded 2004.")
        other = Association(name="Asociatia Moldovenilor Torino", country_code="IT",
                            city="Torino", email="amt@example.it", phone="+393471234567",
                            sectors=["Education", "culture"], languages=["ro", "it"],
                            notes="Met at the 2023 forum.", region_code="MD-CU")
        shared = FocalPoint(name="Ion Popescu")
        only_other = FocalPoint(name="Maria Rusu")
        session.add_all([keep, other, shared, only_other])
        session.flush()
        session.add_all([
            AssociationFocalPoint(association_id=keep.id, focal_point_id=shared.id),
            AssociationFocalPoint(association_id=other.id, focal_point_id=shared.id),
            AssociationFocalPoint(association_id=other.id, focal_point_id=only_other.id),
            Candidate(name="Ana Ceban", association_id=other.id),
        ])
        add_entry(session, other, "status_changed", "tester", {"from": "pending",
                                                               "to": "verified"})
        return keep.id, other.id, shared.id, only_other.id


def test_compare_lists_fields_with_words(db: Database) -> None:
    keep_id, other_id, _s, _o = make_pair(db)
    with db.sessions() as session:
        fields = {f.key: f for f in compare(session, "association", keep_id, other_id)}
    assert fields["name"].differs and not fields["city"].differs
    assert fields["country_code"].keep_text == "Italy"
    assert fields["languages"].other_text == "Romanian; Italian"
    assert fields["region_code"].other_text.endswith("(MD-CU)")
    assert fields["sectors"].combinable and not fields["name"].combinable


def test_merge_moves_links_and_history_and_leaves_a_tombstone(db: Database) -> None:
    keep_id, other_id, shared_id, only_other_id = make_pair(db)
    with db.transaction() as session:
        result = merge(session, "association", keep_id, other_id,
                       {"email": OTHER, "region_code": OTHER, "sectors": BOTH, "notes": BOTH,
                        "name": "keep"}, by="tester")
    assert set(result.from_other) == {"email", "region_code", "sectors", "notes"}
    with db.sessions() as session:
        keep = session.get(Association, keep_id)
        other = session.get(Association, other_id)
        assert keep is not None and other is not None
        assert keep.name == "Asociația Moldovenilor din Torino"
        assert (keep.email, keep.region_code) == ("amt@example.it", "MD-CU")
        assert keep.sectors == ["Culture", "Education"]  # "culture" is the same sector
        assert keep.notes == "Founded 2004.\n\nMet at the 2023 forum."
        assert keep.languages == ["ro"]
        assert other.deleted_at is not None and other.merged_into_id == keep_id
        links = session.scalars(select(AssociationFocalPoint)).all()
        live = {(link.association_id, link.focal_point_id) for link in links
                if link.deleted_at is None}
        assert live == {(keep_id, shared_id), (keep_id, only_other_id)}
        assert len([link for link in links if link.deleted_at is not None]) == 1
        candidate = session.scalar(select(Candidate))
        assert candidate is not None and candidate.association_id == keep_id
        actions = [h.action for h in history_of(session, "association", keep_id)]
        assert "status_changed" in actions and "merged" in actions
        assert [h.action for h in history_of(session, "association", other_id)] == ["merged"]
        # Every change is queued for sync: both records, the links, the candidate.
        queued = set(session.scalars(select(OutboxEntry.record_id)))
        assert {keep_id, other_id, candidate.id} <= queued
        assert session.scalar(select(RecordHistory).where(
            RecordHistory.record_id == keep_id, RecordHistory.action == "merged")) is not None


def test_merged_record_is_no_longer_a_duplicate_candidate(db: Database) -> None:
    keep_id, other_id, _s, _o = make_pair(db)
    dedupe.clear_cache()
    with db.sessions() as session:
        assert len(dedupe.likely_pairs(session, "association")) == 1
    with db.transaction() as session:
        merge(session, "association", keep_id, other_id, {})
    with db.sessions() as session:
        assert dedupe.likely_pairs(session, "association") == []


def test_merge_refuses_invalid_combinations_and_changes_nothing(db: Database) -> None:
    with db.transaction() as session:
        listed = FocalPoint(name="Ion Popescu", listed_on_flyers=True,
                            publication_consent_on=dt.date(2024, 1, 2),
                            publication_consent_how="signed form")
        bare = FocalPoint(name="Ion Popescu")
        session.add_all([listed, bare])
        session.flush()
        listed_id, bare_id = listed.id, bare.id
    with db.transaction() as session, pytest.raises(MergeError, match="Listed on flyers"):
        merge(session, "focal_point", bare_id, listed_id, {"listed_on_flyers": OTHER})
    with db.sessions() as session:
        assert session.get(FocalPoint, listed_id).deleted_at is None  # type: ignore[union-attr]
    with db.transaction() as session:
        merge(session, "focal_point", bare_id, listed_id,
              {"listed_on_flyers": OTHER, "publication_consent_on": OTHER,
               "publication_consent_how": OTHER})
    with db.sessions() as session:
        kept = session.get(FocalPoint, bare_id)
        assert kept is not None and kept.listed_on_flyers is True


def test_merge_refuses_itself_and_tombstones(db: Database) -> None:
    keep_id, other_id, _s, _o = make_pair(db)
    with db.transaction() as session, pytest.raises(MergeError, match="itself"):
        merge(session, "association", keep_id, keep_id, {})
    with db.transaction() as session:
        merge(session, "association", keep_id, other_id, {})
    with db.transaction() as session, pytest.raises(MergeError, match="no longer exists"):
        merge(session, "association", keep_id, other_id, {})


def test_focal_point_merge_moves_association_links(db: Database) -> None:
    with db.transaction() as session:
        a = Association(name="Doina")
        keep, other = FocalPoint(name="محمد علي"), FocalPoint(name="Mohamed Ali")
        session.add_all([a, keep, other])
        session.flush()
        session.add(AssociationFocalPoint(association_id=a.id, focal_point_id=other.id))
        ids = (keep.id, other.id, a.id)
    with db.transaction() as session:
        result = merge(session, "focal_point", ids[0], ids[1], {"name": OTHER})
    assert result.references_moved == 1
    with db.sessions() as session:
        link = session.scalar(select(AssociationFocalPoint))
        assert link is not None and link.focal_point_id == ids[0]
        assert session.get(FocalPoint, ids[0]).name == "Mohamed Ali"  # type: ignore[union-attr]
