"""The association service: validation before saving, status workflow with who/when, bulk
status change, soft delete with restore, the list rows, links and their history."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import Association, AssociationFocalPoint, OutboxEntry
from desktop.models.registry import RecordHistory
from desktop.services.associations import (
    count_associations,
    create_association,
    delete_associations,
    first_page,
    get_association,
    list_associations,
    restore_associations,
    set_status,
    set_status_bulk,
    update_association,
)
from desktop.services.focal_points import create_focal_point
from desktop.services.history import history_of
from desktop.services.links import (
    associations_of,
    focal_points_of,
    link,
    set_links_of_association,
    unlink,
)
from desktop.services.records import InvalidRecord, RegistryError


def make(db: Database, **values: object) -> str:
    with db.transaction() as session:
        return create_association(session, {"name": "Asociația Dor", **values}, by="anna")


def test_invalid_values_save_nothing(db: Database) -> None:
    with pytest.raises(InvalidRecord) as caught, db.transaction() as session:
        create_association(session, {"name": "", "email": "nope"}, by="anna")
    assert {e.field for e in caught.value.errors} == {"name", "email"}
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Association)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.entity == "association")) == 0


def test_create_cleans_values_and_records_who(db: Database) -> None:
    record_id = make(db, country_code="IT", phone="347 123 4567", region_code="Cahul",
                     engagement_areas="Remittances; Trade")
    with db.sessions() as session:
        values = get_association(session, record_id)
        history = history_of(session, "association", record_id)
    assert values["phone"] == "+393471234567"
    assert values["region_code"] == "MD-CA"
    assert values["status"] == "pending"
    assert values["status_changed_by"] == "anna"
    assert values["engagement_areas"] == ["remittances", "trade"]
    assert [h.action for h in history] == ["created"]


def test_update_keeps_the_phone_default_region_and_refuses_invalid(db: Database) -> None:
    record_id = make(db, country_code="IT")
    with db.transaction() as session:
        changed = update_association(session, record_id, {"phone": "347 123 4567"}, by="bob")
    assert changed == {"phone": ["", "+393471234567"]}
    with pytest.raises(InvalidRecord), db.transaction() as session:
        update_association(session, record_id, {"founding_year": "3000"}, by="bob")
    with db.sessions() as session:
        assert get_association(session, record_id)["founding_year"] is None


def test_status_workflow_goes_both_ways_and_records_who_and_when(db: Database) -> None:
    record_id = make(db)
    with db.transaction() as session:
        assert set_status(session, record_id, "verified", by="bob")
        assert not set_status(session, record_id, "verified", by="bob")
    with db.transaction() as session:
        assert set_status(session, record_id, "inactive", by="carla")
    with db.transaction() as session:
        assert set_status(session, record_id, "pending", by="dan")
    with db.sessions() as session:
        values = get_association(session, record_id)
        history = history_of(session, "association", record_id)
    assert values["status"] == "pending"
    assert values["status_changed_by"] == "dan"
    assert values["status_changed_at"] is not None
    moves = [(h.details["from"], h.details["to"], h.by) for h in history
             if h.action == "status_changed"]
    assert moves == [("inactive", "pending", "dan"), ("verified", "inactive", "carla"),
                     ("pending", "verified", "bob")]
    with pytest.raises(RegistryError), db.transaction() as session:
        set_status(session, record_id, "archived", by="dan")


def test_bulk_status_change_is_one_transaction_with_outbox_and_history(db: Database) -> None:
    ids = [make(db, name=f"Asociația {n}") for n in range(5)]
    with db.transaction() as session:
        set_status(session, ids[0], "verified", by="anna")
    with db.sessions() as session:
        before = dict(session.execute(select(OutboxEntry.record_id, OutboxEntry.change_id))
                      .all())
    with db.transaction() as session:
        assert set_status_bulk(session, ids, "verified", by="bob") == 4  # one already was
    with db.sessions() as session:
        statuses = dict(session.execute(select(Association.id, Association.status)).all())
        who = set(session.scalars(select(Association.status_changed_by)
                                  .where(Association.id.in_(ids[1:]))))
        after = dict(session.execute(select(OutboxEntry.record_id, OutboxEntry.change_id))
                     .all())
        entries = session.scalar(select(func.count()).select_from(RecordHistory).where(
            RecordHistory.action == "status_changed", RecordHistory.by == "bob"))
    assert set(statuses.values()) == {"verified"}
    assert who == {"bob"}
    assert entries == 4
    for record_id in ids[1:]:
        assert after[record_id] != before[record_id], "the change must be queued for sync"
    assert after[ids[0]] == before[ids[0]]


def test_delete_restore_and_trash(db: Database) -> None:
    keep, gone = make(db, name="Keep"), make(db, name="Gone")
    with db.transaction() as session:
        assert delete_associations(session, [gone], by="anna") == 1
    with db.sessions() as session:
        live = list_associations(session)
        trash = list_associations(session, trash=True)
        assert count_associations(session) == 1
        with pytest.raises(RegistryError):
            get_association(session, gone)
    assert [r.id for r in live] == [keep]
    assert [r.id for r in trash] == [gone] and trash[0].deleted_at
    with db.transaction() as session:
        assert restore_associations(session, [gone], by="anna") == 1
        assert restore_associations(session, [gone], by="anna") == 0
    with db.sessions() as session:
        assert {r.id for r in list_associations(session)} == {keep, gone}
        actions = [h.action for h in history_of(session, "association", gone)]
        deleted_at = session.scalar(select(Association.deleted_at).where(
            Association.id == gone))
    assert actions[:2] == ["restored", "deleted"]
    assert deleted_at is None


def test_list_rows_carry_what_the_table_needs(db: Database) -> None:
    record_id = make(db, name="Bălți Club", acronym="BC", country_code="DE", city="Köln",
                     email="club@example.de", engagement_areas=["trade"], sectors="Sport")
    make(db, name="Asociația Codru")
    with db.sessions() as session:
        rows = list_associations(session)
        page = first_page(session, 1)
    assert len(rows) == 2
    row = rows[rows.position(record_id) or 0]
    assert (row.name, row.acronym, row.country_code, row.city) == ("Bălți Club", "BC", "DE",
                                                                     "Köln")
    assert row.engagement_areas == ("trade",) and row.sectors == ("Sport",)
    assert row.sync_state == "pending"
    assert "balti club" in rows.search[rows.position(record_id) or 0]  # accents folded
    assert [rows.fetched[i][1] for i in rows.name_order()] == ["Asociația Codru", "Bălți Club"]
    assert [r.name for r in page] == ["Asociația Codru"]


def test_links_are_soft_deleted_and_come_back(db: Database) -> None:
    association = make(db)
    with db.transaction() as session:
        person = create_focal_point(session, {"name": "Ion Rusu", "region_code": "MD-CA"},
                                    by="anna")
    with db.transaction() as session:
        assert link(session, association, person, by="anna")
        assert not link(session, association, person, by="anna")
    with db.sessions() as session:
        assert [r.id for r in focal_points_of(session, association)] == [person]
        assert [r.id for r in associations_of(session, person)] == [association]
    with db.transaction() as session:
        assert unlink(session, association, person, by="bob")
    with db.sessions() as session:
        assert focal_points_of(session, association) == []
        links = session.scalars(select(AssociationFocalPoint)).all()
        assert len(links) == 1 and links[0].deleted_at is not None
    with db.transaction() as session:
        set_links_of_association(session, association, [person], by="carla")
    with db.sessions() as session:
        links = session.scalars(select(AssociationFocalPoint)).all()
        assert len(links) == 1 and links[0].deleted_at is None  # the same record, back
        actions = [h.action for h in history_of(session, "focal_point", person)]
    assert actions.count("linked") == 2 and actions.count("unlinked") == 1
