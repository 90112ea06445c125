"""Consultation status workflow, pool rules and the refusal to close with open commitments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.models import Consultation
from desktop.services.consent import consents_of, withdraw_consent
from desktop.services.consultations import (
    ConsultationError,
    ConsultationValidationError,
    PoolFilter,
    add_to_pool,
    change_status,
    get_consultation,
    matching_candidates,
    members,
    read_id_file,
    remove_from_pool,
    save_consultation,
    save_follow_up,
)
from tests.consultations.conftest import MakePerson


def test_details_are_validated(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ConsultationValidationError) as info:
        save_consultation(session, None, {"title": " ", "seats": "0", "kind": "online",
                                          "link": ""})
    fields = {e.field for e in info.value.errors}
    assert {"title", "seats", "link"} <= fields


def test_only_valid_transitions(db: Database, make_consultation: Callable[..., str]) -> None:
    cid = make_consultation()
    with db.transaction() as session:
        with pytest.raises(ConsultationError, match="cannot go from"):
            change_status(session, cid, "held")
        change_status(session, cid, "pool_open", by="tester")
        consultation = get_consultation(session, cid)
        assert consultation.status == "pool_open"
        assert consultation.status_changed_by == "tester"
        assert consultation.status_changed_at is not None
        with pytest.raises(ConsultationError, match="running the draw"):
            change_status(session, cid, "selected")
        change_status(session, cid, "draft")


def test_closing_is_refused_while_commitments_are_open(
        db: Database, make_consultation: Callable[..., str]) -> None:
    cid = make_consultation()
    with db.transaction() as session:
        get_consultation(session, cid).status = "held"
        with pytest.raises(ConsultationError, match="at least one commitment"):
            change_status(session, cid, "followed_up")
        first = save_follow_up(session, cid, None, {"text": "Open a consular desk in Turin",
                                                    "owner": "Ministry"})
        second = save_follow_up(session, cid, None, {"text": "Publish the minutes",
                                                     "owner": "Bureau"})
        change_status(session, cid, "followed_up")
        save_follow_up(session, cid, second.id, {"status": "done", "outcome": "Published"})
        with pytest.raises(ConsultationError) as info:
            change_status(session, cid, "closed")
        assert "Open a consular desk in Turin" in str(info.value)
        assert "Publish the minutes" not in str(info.value)
        save_follow_up(session, cid, first.id, {"status": "dropped",
                                                "outcome": "No budget this year"})
        change_status(session, cid, "closed")
        assert get_consultation(session, cid).status == "closed"


def test_pool_takes_only_eligible_people(db: Database, make_person: MakePerson,
                                         make_consultation: Callable[..., str]) -> None:
    yes = make_person(topics="remittances")
    no_consent = make_person(consent=False, topics="remittances")
    other_topic = make_person(topics="tourism")
    cid = make_consultation()
    with db.transaction() as session:
        found = matching_candidates(session, PoolFilter(topics=["remittances"]))
        assert found == [yes]
        change = add_to_pool(session, cid, [yes, no_consent, other_topic, "missing-id"])
        assert change.added == 2
        assert change.not_eligible == [no_consent]
        assert change.unknown == ["missing-id"]
        assert session.get(Consultation, cid).status == "pool_open"
        assert add_to_pool(session, cid, [yes]).already == 1
        assert remove_from_pool(session, cid, [other_topic]) == 1
        assert [m.candidate_id for m in members(session, cid)] == [yes]
        # re-adding a removed person brings the same participation back
        assert add_to_pool(session, cid, [other_topic]).added == 1


def test_people_who_withdraw_show_as_not_eligible(db: Database, make_person: MakePerson,
                                                  make_consultation: Callable[..., str]) -> None:
    person = make_person()
    cid = make_consultation()
    with db.transaction() as session:
        add_to_pool(session, cid, [person])
        withdraw_consent(session, consents_of(session, person)[0].id)
    with db.sessions() as session:
        assert [m.eligible for m in members(session, cid)] == [False]


def test_pool_is_fixed_after_the_draw(db: Database, make_person: MakePerson,
                                      make_consultation: Callable[..., str]) -> None:
    person = make_person()
    cid = make_consultation()
    with db.transaction() as session:
        get_consultation(session, cid).status = "selected"
        with pytest.raises(ConsultationError, match="fixed"):
            add_to_pool(session, cid, [person])


def test_id_file_with_or_without_header(tmp_path: Path) -> None:
    with_header = tmp_path / "a.csv"
    with_header.write_text("name;candidate_id\nAna;id-1\nIon;id-2\n\n", encoding="utf-8-sig")
    assert read_id_file(with_header) == ["id-1", "id-2"]
    bare = tmp_path / "b.csv"
    bare.write_text("id-3\nid-4\n", encoding="utf-8")
    assert read_id_file(bare) == ["id-3", "id-4"]
    empty = tmp_path / "c.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ConsultationError, match="empty"):
        read_id_file(empty)


def test_held_on_and_region_follow_the_consultation(
        db: Database, make_person: MakePerson, make_consultation: Callable[..., str]) -> None:
    from sqlalchemy import select

    from desktop.models import Participation

    person = make_person()
    cid = make_consultation(region_code="MD-CU", held_on="2027-03-12")
    with db.transaction() as session:
        add_to_pool(session, cid, [person])
        assert get_consultation(session, cid).held_on == dt.date(2027, 3, 12)
        save_consultation(session, cid, {"title": "Moved", "region_code": "MD-BA"})
    with db.sessions() as session:
        regions = set(session.scalars(select(Participation.region_code)))
        assert regions == {"MD-BA"}
