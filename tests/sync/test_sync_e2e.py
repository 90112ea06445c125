"""Offices syncing through the real server: records travel, edits merge, conflicts are kept and
resolved, deletes propagate, and every synced entity round-trips (generic by design)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.models import SYNCED_ENTITIES, Association, FocalPoint, utcnow
from desktop.models.sync import SyncConflict, SyncCursor
from desktop.services.sync.conflicts import (
    list_problems,
    load_conflict,
    resolve_conflict,
)
from tests.sync.conftest import OfficeFactory
from tests.sync.records import comparable, make_full_record

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


def add_association(office, name: str = "Asociația Moldovenilor din Paris",
                    region: str | None = "MD-CU", **values: object) -> str:
    with office.db.transaction() as session:
        record = Association(name=name, region_code=region, country_code="FR", city="Paris",
                             **values)
        session.add(record)
        session.flush()
        return record.id


def edit(office, entity_cls: type, record_id: str, **values: object) -> None:
    with office.db.transaction() as session:
        record = session.get(entity_cls, record_id)
        for key, value in values.items():
            setattr(record, key, value)


def test_a_record_created_in_one_office_appears_in_another(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a, languages=["ro", "fr"], member_count=120)
    report = a.sync()
    assert report.push.sent == 1  # pre-filled regions are reference data, never pushed
    assert a.outbox() == []
    assert a.get("association", rid).version == 1

    b.sync()
    got = b.get("association", rid)
    assert got is not None
    assert (got.name, got.city, got.languages, got.member_count) == (
        "Asociația Moldovenilor din Paris", "Paris", ["ro", "fr"], 120)
    assert got.version == 1
    assert b.outbox() == []  # pulled data is not a local change


def test_edits_of_different_fields_merge(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    edit(b, Association, rid, phone="+33 1 23 45 67 89")
    a.sync()
    report = b.sync()
    assert report.push.merged == 1
    assert report.status.conflicts == 0
    a.sync()
    for office in (a, b):
        record = office.get("association", rid)
        assert (record.city, record.phone) == ("Lyon", "+33 1 23 45 67 89")
        assert record.version == 3
    assert a.outbox() == [] and b.outbox() == []


def test_same_field_conflict_is_kept_resolved_in_b_and_received_by_a(
        offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon", notes="A's note")
    edit(b, Association, rid, city="Marseille", website="https://b.example.org")
    a.sync()
    report = b.sync()
    assert report.push.conflicts == 1
    # Both versions are kept: B still shows its own edit, the server kept A's.
    assert b.get("association", rid).city == "Marseille"
    assert [e.state for e in b.outbox() if e.record_id == rid] == ["conflict"]
    with b.db.sessions() as session:
        info = load_conflict(session, "association", rid)
        problems = list_problems(session)
    assert info is not None
    by_field = {c.field: c for c in info.fields}
    assert set(by_field) == {"city"}
    assert (by_field["city"].base, by_field["city"].mine, by_field["city"].theirs) == (
        "Paris", "Marseille", "Lyon")
    assert [(p.kind, p.record_id) for p in problems] == [("conflict", rid)]

    # A conflicted record is not pushed again until the user decides.
    assert b.sync().push.sent == 0

    with b.db.transaction() as session:
        resolve_conflict(session, "association", rid, {"city": "mine"})
    b.sync()
    a.sync()
    for office in (a, b):
        record = office.get("association", rid)
        # B's choice, plus both offices' one-sided edits (A's note, B's website).
        assert (record.city, record.notes, record.website) == (
            "Marseille", "A's note", "https://b.example.org")
    assert a.outbox() == [] and b.outbox() == []
    with b.db.sessions() as session:
        assert session.scalars(select(SyncConflict)).all() == []


def test_choosing_theirs_takes_the_server_value_in_one_step(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    edit(b, Association, rid, city="Nice", acronym="AMP")
    a.sync()
    b.sync()
    with b.db.transaction() as session:
        resolve_conflict(session, "association", rid, {"city": "theirs"})
    assert b.get("association", rid).city == "Lyon"
    b.sync()
    a.sync()
    for office in (a, b):
        record = office.get("association", rid)
        assert (record.city, record.acronym) == ("Lyon", "AMP")
    assert b.outbox() == []


def test_deletes_propagate_as_tombstones(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(b, Association, rid, deleted_at=utcnow())
    b.sync()
    a.sync()
    record = a.get("association", rid)
    assert record is not None and record.deleted_at is not None
    assert a.count("association", live_only=True) == 0


def test_a_pulled_record_never_overwrites_a_pending_local_edit(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    a.sync()
    edit(b, Association, rid, acronym="AMP")  # pending in B when A's edit arrives
    client = b.client()
    from desktop.services.progress import NO_PROGRESS
    from desktop.services.sync.pull import pull_all

    stats = pull_all(b.db, client, b.account.server_url, b.username, NO_PROGRESS)
    assert stats.kept_local == 1
    kept = b.get("association", rid)
    assert (kept.city, kept.acronym) == ("Paris", "AMP")  # untouched until the push
    b.sync()
    merged = b.get("association", rid)
    assert (merged.city, merged.acronym) == ("Lyon", "AMP")
    assert b.outbox() == []


def test_every_synced_entity_round_trips_through_the_server(offices: OfficeFactory) -> None:
    """Walk the registry: a record of every entity, every field set, arrives equal."""
    a, b = offices("A"), offices("B")
    expected: dict[tuple[str, str], dict[str, object]] = {}
    with a.db.transaction() as session:
        for serial, entity in enumerate(sorted(SYNCED_ENTITIES), start=1):
            record = make_full_record(session, entity, serial)
            expected[(entity, record.id)] = comparable(record)
    # Deleted records travel too.
    with a.db.transaction() as session:
        some = session.get(FocalPoint, next(rid for (e, rid) in expected if e == "focal_point"))
        some.deleted_at = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
        session.flush()
        expected[("focal_point", some.id)] = comparable(some)
    a.sync()
    assert a.outbox() == []
    b.sync()
    with b.db.sessions() as session:
        for (entity, rid), values in expected.items():
            got = session.get(SYNCED_ENTITIES[entity], rid)
            assert got is not None, entity
            assert comparable(got) == values, entity
    assert {e for e, _ in expected} == set(SYNCED_ENTITIES)


def test_first_sync_of_a_new_desktop_pulls_the_whole_scope_in_pages(
        offices: OfficeFactory) -> None:
    a = offices("A")
    from desktop.services.bulk import insert_records

    with a.db.transaction() as session:
        insert_records(session, Association, ({"name": f"Assoc {i}", "region_code": "MD-CU"}
                                              for i in range(1200)))
    a.sync()
    b = offices("B")
    from desktop.services.progress import NO_PROGRESS
    from desktop.services.sync.pull import pull_all

    with b.client() as client:
        stats = pull_all(b.db, client, b.account.server_url, b.username, NO_PROGRESS, limit=500)
    assert stats.pages >= 3
    assert b.count("association") == 1200
    with b.db.sessions() as session:
        cursor = session.scalar(select(SyncCursor).where(
            SyncCursor.server_url == b.account.server_url, SyncCursor.username == b.username))
        assert cursor is not None and cursor.scope_complete and cursor.since == stats.since


def test_a_deletion_against_an_edit_is_a_conflict_and_keeping_mine_restores_the_record(
        offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, deleted_at=utcnow())
    edit(b, Association, rid, city="Torino")
    a.sync()
    assert b.sync().push.conflicts == 1
    with b.db.sessions() as session:
        info = load_conflict(session, "association", rid)
    assert info is not None and [c.field for c in info.fields] == ["deleted_at"]
    with b.db.transaction() as session:
        resolve_conflict(session, "association", rid, {"deleted_at": "mine"})
    b.sync()
    a.sync()
    for office in (a, b):
        record = office.get("association", rid)
        assert (record.deleted_at, record.city) == (None, "Torino")
    assert a.outbox() == [] and b.outbox() == []


def test_own_changes_coming_back_are_not_rewritten(offices: OfficeFactory) -> None:
    a = offices("A")
    rid = add_association(a)
    a.sync()
    edit(a, Association, rid, city="Lyon")
    report = a.sync()
    assert (report.push.applied, report.pull.received) == (1, 1)
    assert (report.pull.unchanged, report.pull.written) == (1, 0)
    assert a.get("association", rid).version == 2


def test_the_office_whose_value_won_a_clash_is_told(offices: OfficeFactory) -> None:
    from desktop.services.sync.notices import recent_clashes_won

    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    edit(b, Association, rid, city="Nice")
    assert a.sync().clashes_won == 0
    assert b.sync().push.conflicts == 1
    report = a.sync()
    assert report.clashes_won == 1
    with a.db.sessions() as session:
        (notice,) = recent_clashes_won(session)
    assert notice.record_id == rid and notice.by == b.username
    assert notice.fields == ("City",)
    assert "Asociația Moldovenilor din Paris" in notice.what
    assert a.sync().clashes_won == 0  # told once
    with b.db.sessions() as session:
        assert recent_clashes_won(session) == []  # the office that decides is not "told"
    result = a.cli_sync()
    assert "kept:" not in result.stdout
