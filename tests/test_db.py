"""The database layer: SQLite pragmas, the outbox hook, soft deletes, backups."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from desktop.config import Paths
from desktop.db import (
    APPLYING_REMOTE,
    Database,
    HardDeleteError,
    backup_database,
    check_database,
)
from desktop.models import Association, OutboxEntry, Region, utcnow
from desktop.services.bulk import insert_records


def outbox(db: Database) -> list[OutboxEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_sqlite_pragmas_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_insert_writes_an_outbox_entry_in_the_same_transaction(db: Database) -> None:
    before = len(outbox(db))
    with db.transaction() as session:
        assoc = Association(name="Asociația Moldovenilor din Torino")
        session.add(assoc)
    entries = [e for e in outbox(db) if e.entity == "association"]
    assert len(outbox(db)) == before + 1
    assert entries[0].record_id == assoc.id
    assert entries[0].base_version is None
    assert entries[0].state == "pending"


def test_updates_coalesce_into_one_entry_with_a_new_change_id(db: Database) -> None:
    with db.transaction() as session:
        assoc = Association(name="A")
        session.add(assoc)
    first = next(e for e in outbox(db) if e.record_id == assoc.id)
    with db.transaction() as session:
        session.get(Association, assoc.id).city = "Paris"  # type: ignore[union-attr]
    with db.transaction() as session:
        session.get(Association, assoc.id).city = "Lyon"  # type: ignore[union-attr]
    entries = [e for e in outbox(db) if e.record_id == assoc.id]
    assert len(entries) == 1
    assert entries[0].change_id != first.change_id
    assert entries[0].queued_at == first.queued_at


def test_update_of_a_synced_record_keeps_its_base_version(db: Database) -> None:
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True  # as if pulled from the server
        assoc = Association(name="Pulled", version=7)
        session.add(assoc)
    assert not [e for e in outbox(db) if e.record_id == assoc.id]
    with db.transaction() as session:
        session.get(Association, assoc.id).name = "Edited"  # type: ignore[union-attr]
    (entry,) = [e for e in outbox(db) if e.record_id == assoc.id]
    assert entry.base_version == 7


def test_rolled_back_transaction_leaves_no_outbox_entry(db: Database) -> None:
    before = len(outbox(db))
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Association(name="Never saved"))
        session.flush()  # the hook has run and the entry is in the transaction
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == before + 1
        raise RuntimeError("user cancelled")
    assert len(outbox(db)) == before
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Association)) == 0


def test_unchanged_flush_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        assoc = Association(name="Same")
        session.add(assoc)
    entry = next(e for e in outbox(db) if e.record_id == assoc.id)
    with db.transaction() as session:
        record = session.get(Association, assoc.id)
        assert record is not None
        record.name = "Same"  # no real change
    again = next(e for e in outbox(db) if e.record_id == assoc.id)
    assert again.change_id == entry.change_id


def test_soft_delete_is_a_change_and_hard_delete_is_refused(db: Database) -> None:
    with db.transaction() as session:
        assoc = Association(name="Old")
        session.add(assoc)
    first = next(e for e in outbox(db) if e.record_id == assoc.id).change_id
    with db.transaction() as session:
        session.get(Association, assoc.id).deleted_at = utcnow()  # type: ignore[union-attr]
    assert next(e for e in outbox(db) if e.record_id == assoc.id).change_id != first
    with pytest.raises(HardDeleteError), db.transaction() as session:
        record = session.get(Association, assoc.id)
        session.delete(record)
        session.flush()
    with db.sessions() as session:
        assert session.get(Association, assoc.id) is not None


def test_updated_at_moves_on_edit(db: Database) -> None:
    with db.transaction() as session:
        assoc = Association(name="Clock")
        session.add(assoc)
    created = assoc.updated_at
    with db.transaction() as session:
        record = session.get(Association, assoc.id)
        assert record is not None
        record.city = "Roma"
    with db.sessions() as session:
        record = session.get(Association, assoc.id)
        assert record is not None
        assert record.updated_at > created
        assert record.updated_at.tzinfo is not None


def test_bulk_insert_writes_records_and_outbox_together(db: Database) -> None:
    before = len(outbox(db))
    with db.transaction() as session:
        ids = insert_records(session, Association, [{"name": f"N{i}"} for i in range(50)])
    assert len(set(ids)) == 50
    assert len(outbox(db)) == before + 50
    with db.sessions() as session:
        row = session.get(Association, ids[0])
        assert row is not None
        assert row.engagement_areas == [] and row.status == "pending"
    with pytest.raises(RuntimeError), db.transaction() as session:
        insert_records(session, Association, [{"name": "x"}])
        raise RuntimeError
    assert len(outbox(db)) == before + 50


def test_regions_have_deterministic_ids(db: Database) -> None:
    from desktop.models import region_id

    with db.sessions() as session:
        region = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert region is not None
        assert region.id == region_id("MD-CU")
        assert region.region_code is None  # national reference data


def test_online_backup_is_a_consistent_copy(db: Database, paths: Paths) -> None:
    with db.transaction() as session:
        session.add(Association(name="Backed up"))
    target = backup_database(paths.database, paths.data_dir / "copy.db")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM associations").fetchall() == [("Backed up",)]
    finally:
        conn.close()
    ok, revision = check_database(target)
    assert ok, revision


def test_bulk_sql_on_a_synced_table_is_refused_unless_the_outbox_is_written(db) -> None:  # type: ignore[no-untyped-def]
    """A bulk statement skips the outbox hook: the edit would never sync, so it is refused."""
    import pytest
    from sqlalchemy import delete, insert, update

    from desktop.db import OUTBOX_HANDLED, UnqueuedBulkWriteError
    from desktop.models import Association, LocalMeta
    from desktop.services.bulk import insert_records

    with db.transaction() as session:
        (rid,) = insert_records(session, Association, [{"name": "Asociația", "city": "Roma"}])
    for statement in (update(Association).values(city="Lyon"),
                      delete(Association).where(Association.id == rid),
                      insert(Association).values(id="x", name="Bulk")):
        with pytest.raises(UnqueuedBulkWriteError), db.transaction() as session:
            session.execute(statement)
    with db.transaction() as session:  # tables that do not sync stay free
        session.execute(insert(LocalMeta).values(key="k", value="v"))
        session.execute(update(Association).values(notes="n"),
                        execution_options={OUTBOX_HANDLED: True})
    with db.sessions() as session:
        assert session.get(Association, rid).city == "Roma"
