"""A push the server applied but whose answer never reached the desktop, then a newer edit.

The server commits the change; the desktop dies (or the connection drops) before it writes the
answer. The user edits the same record again before the next sync. Whatever the edit — the same
field again, back to the original value, a restore after a delete, an edit of a record created
just before — the next sync must end with the last value typed everywhere, no conflict and
nothing pending. Real server, real databases; the lost answer is made deterministic by failing
the step that writes answers once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Association, OutboxEntry
from desktop.services.sync import push as push_module
from desktop.services.sync.conflicts import list_problems
from tests.sync.conftest import Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


class AnswerLost(Exception):
    """Stands for the connection dropping (or the desktop dying) after the server committed."""


def sync_losing_answers(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """One sync in which the server applies every batch but no answer is written locally."""
    real = push_module.apply_results

    def lose(*_args: Any, **_kwargs: Any) -> None:
        raise AnswerLost

    monkeypatch.setattr(push_module, "apply_results", lose)
    try:
        with pytest.raises(AnswerLost):
            office.sync()
    finally:
        monkeypatch.setattr(push_module, "apply_results", real)


def assert_settled(*offices: Office) -> None:
    for office in offices:
        assert office.outbox() == [], office.name
        with office.db.sessions() as session:
            assert list_problems(session) == [], office.name


def synced_pair(offices: OfficeFactory, **values: Any) -> tuple[Office, Office, str]:
    a, b = offices("A"), offices("B")
    rid = add_association(a, **values)
    a.sync()
    b.sync()
    return a, b, rid


def test_the_same_field_edited_again_after_a_lost_answer(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, rid = synced_pair(offices)
    edit(a, Association, rid, city="Lyon")
    sync_losing_answers(a, monkeypatch)
    edit(a, Association, rid, city="Nice")
    report = a.sync()
    assert report.push.conflicts == 0
    b.sync()
    assert a.get("association", rid).city == "Nice"
    assert b.get("association", rid).city == "Nice"
    assert a.get("association", rid).version == b.get("association", rid).version
    assert_settled(a, b)


def test_an_undo_to_the_original_value_after_a_lost_answer(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, rid = synced_pair(offices)
    edit(a, Association, rid, city="Lyon")
    sync_losing_answers(a, monkeypatch)
    edit(a, Association, rid, city="Paris")
    a.sync()
    b.sync()
    assert a.get("association", rid).city == "Paris"
    assert b.get("association", rid).city == "Paris"
    assert_settled(a, b)


def test_a_delete_then_restore_after_a_lost_answer(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, rid = synced_pair(offices)
    edit(a, Association, rid, deleted_at=dt.datetime.now(dt.UTC))
    sync_losing_answers(a, monkeypatch)
    edit(a, Association, rid, deleted_at=None)
    a.sync()
    b.sync()
    assert a.get("association", rid).deleted_at is None
    assert b.get("association", rid).deleted_at is None
    assert_settled(a, b)


def test_a_record_created_then_edited_before_the_first_answer(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a, acronym="AML")
    sync_losing_answers(a, monkeypatch)
    edit(a, Association, rid, city="Nice", acronym="AMN")
    report = a.sync()
    assert report.push.conflicts == 0
    b.sync()
    got = b.get("association", rid)
    assert (got.city, got.acronym) == ("Nice", "AMN")
    assert b.count("association") == 1
    assert_settled(a, b)


def test_another_offices_edit_in_between_is_merged_not_reverted(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A's lost change, then B edits another field, then A edits the first one again: all three
    edits survive, and no conflict is raised (each field was edited by one office only)."""
    a, b, rid = synced_pair(offices)
    edit(a, Association, rid, city="Lyon")
    sync_losing_answers(a, monkeypatch)
    b.sync()
    edit(b, Association, rid, phone="+33 1 23 45 67 89")
    b.sync()
    edit(a, Association, rid, city="Nice", acronym="AMN")
    report = a.sync()
    assert report.push.conflicts == 0
    b.sync()
    for office in (a, b):
        got = office.get("association", rid)
        assert (got.city, got.acronym, got.phone) == ("Nice", "AMN", "+33 1 23 45 67 89")
    assert_settled(a, b)


def test_a_real_clash_after_a_lost_answer_is_still_a_conflict(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recovering the lost answer must not hide a real clash: B changed the same field after
    A's lost change, A then changes it again."""
    a, b, rid = synced_pair(offices)
    edit(a, Association, rid, city="Lyon")
    sync_losing_answers(a, monkeypatch)
    b.sync()
    edit(b, Association, rid, city="Marseille")
    b.sync()
    edit(a, Association, rid, city="Nice")
    report = a.sync()
    assert report.push.conflicts == 1
    with a.db.sessions() as session:
        problems = list_problems(session)
    assert len(problems) == 1
    assert a.get("association", rid).city == "Nice"  # the local edit is kept for the dialog


@pytest.mark.parametrize("lost_twice", [False, True])
def test_many_edits_and_lost_answers_in_a_row(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch, lost_twice: bool) -> None:
    a, b, rid = synced_pair(offices)
    steps: list[Callable[[], None]] = [
        lambda: edit(a, Association, rid, city="Lyon"),
        lambda: edit(a, Association, rid, notes="first"),
        lambda: edit(a, Association, rid, city="Paris", notes=""),
    ]
    for step in steps:
        step()
        sync_losing_answers(a, monkeypatch)
        if lost_twice:
            sync_losing_answers(a, monkeypatch)
    a.sync()
    b.sync()
    for office in (a, b):
        got = office.get("association", rid)
        assert (got.city, got.notes) == ("Paris", "")
    assert_settled(a, b)


def test_an_in_flight_entry_records_what_was_sent(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _b, rid = synced_pair(offices)
    edit(a, Association, rid, city="Lyon")
    sync_losing_answers(a, monkeypatch)
    (entry,) = a.outbox()
    assert entry.sent_change_id == entry.change_id and entry.sent_state is None
    edit(a, Association, rid, city="Nice")
    with a.db.sessions() as session:
        entry = session.scalars(select(OutboxEntry)).one()
    assert entry.sent_change_id != entry.change_id
    assert entry.sent_state is not None and '"Lyon"' in entry.sent_state
