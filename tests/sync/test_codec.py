"""The fast codec gives exactly what ``record_fields``/``from_wire_value`` define, for every
synced entity: pushing builds changes through it, pulling writes rows through it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import SYNCED_ENTITIES
from desktop.models.base import record_fields
from desktop.services.sync.codec import BadValue, codec, timestamp_from_wire
from desktop.services.sync.storage import (
    load_rows,
    state_from_row,
    sync_connection,
    upsert_rows,
)
from tests.sync.records import comparable, make_full_record


@pytest.mark.parametrize("entity", sorted(SYNCED_ENTITIES))
def test_wire_fields_equal_record_fields(db: Database, entity: str) -> None:
    with db.transaction() as session:
        record = make_full_record(session, entity)
        expected = record_fields(record)
        expected.pop("region_code")
        rid = record.id
    with db.engine.connect() as conn:
        raw = load_rows(conn, entity, [rid])[rid]
    state = state_from_row(codec(entity), raw)
    assert state.fields == expected
    assert state.region_code == "MD-CU"
    # Strict JSON types too (True is not 1): what the server's merge compares.
    for key, value in expected.items():
        assert type(state.fields[key]) is type(value), key


@pytest.mark.parametrize("entity", sorted(SYNCED_ENTITIES))
def test_row_from_wire_round_trips(db: Database, entity: str) -> None:
    with db.transaction() as session:
        record = make_full_record(session, entity)
        expected = comparable(record)
        rid = record.id
        cls = type(record)
    with db.engine.connect() as conn:
        raw = load_rows(conn, entity, [rid])[rid]
    c = codec(entity)
    state = state_from_row(c, raw)
    row = c.row_from_record(rid, state.region_code, raw[2], raw[3], 7, None, state.fields)
    with sync_connection(db, foreign_keys=False) as conn:  # the ORM forbids hard deletes
        conn.exec_driver_sql(f"DELETE FROM {c.table} WHERE id = ?", (rid,))
        upsert_rows(conn, entity, [row])
        conn.commit()
    with Session(db.engine) as session:
        again = session.get(cls, rid)
        assert again is not None
        assert comparable(again) == expected
        assert again.version == 7


def test_pulled_values_that_do_not_fit_are_refused() -> None:
    c = codec("association")
    base = ("x", None, "2024-01-01T00:00:00.000000+00:00", "2024-01-01T00:00:00.000000+00:00",
            1, None)
    with pytest.raises(BadValue):
        c.row_from_record(*base, {"name": "A", "founding_year": "nineteen"})
    with pytest.raises(BadValue):
        c.row_from_record(*base, {"name": "A", "consent_to_publish": 1})
    with pytest.raises(BadValue):
        codec("focal_point").row_from_record(*base, {"name": "A", "active_from": "yesterday"})
    # A required field missing or empty (another client's bug) is refused too, instead of a
    # NOT NULL failure that would roll back the page and stop every later sync.
    for fields in ({}, {"name": None}, {"name": None, "founding_year": 1990}):
        with pytest.raises(BadValue, match="'name' is required"):
            c.row_from_record(*base, fields)


def test_times_are_stored_in_one_spelling() -> None:
    canonical = "2024-05-01T10:00:00.000000+00:00"
    assert timestamp_from_wire(canonical) is canonical
    assert timestamp_from_wire("2024-05-01T12:00:00+02:00") == canonical
    assert timestamp_from_wire("2024-05-01T10:00:00Z") == canonical
    assert timestamp_from_wire(None) is None


def test_missing_fields_get_the_column_default() -> None:
    c = codec("association")
    row = c.row_from_record("x", None, "2024-01-01T00:00:00.000000+00:00",
                            "2024-01-01T00:00:00.000000+00:00", 1, None, {"name": "A"})
    values = dict(zip(c.columns, row, strict=True))
    assert values["status"] == "pending"
    assert values["engagement_areas"] == "[]"
    assert values["consent_to_publish"] is False
