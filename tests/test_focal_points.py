"""Focal points: the consent rule for flyers, withdrawal, the information points a flyer
prints, and the region directory's gaps."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.db import Database
from desktop.services.focal_points import (
    create_focal_point,
    delete_focal_points,
    directory_gaps,
    get_focal_point,
    information_points,
    list_focal_points,
    record_consent,
    restore_focal_points,
    set_listed_on_flyers,
    update_focal_point,
    withdraw_consent,
)
from desktop.services.history import history_of
from desktop.services.records import InvalidRecord

CONSENT = {"publication_consent_on": "2024-01-05", "publication_consent_how": "signed form"}


def make(db: Database, name: str, region: str = "MD-CA", **values: Any) -> str:
    with db.transaction() as session:
        return create_focal_point(session, {"name": name, "region_code": region, **values},
                                  home_country="MD", by="anna")


def test_listing_without_consent_is_refused_and_nothing_saved(db: Database) -> None:
    with pytest.raises(InvalidRecord) as caught, db.transaction() as session:
        create_focal_point(session, {"name": "Ion Rusu", "listed_on_flyers": True},
                           home_country="MD", by="anna")
    assert [e.field for e in caught.value.errors] == ["listed_on_flyers"]
    with db.sessions() as session:
        assert list_focal_points(session) == []
    person = make(db, "Ion Rusu")
    with pytest.raises(InvalidRecord), db.transaction() as session:
        set_listed_on_flyers(session, person, True, by="anna")
    with db.transaction() as session:
        record_consent(session, person, dt.date(2024, 1, 5), "e-mail", by="anna")
        set_listed_on_flyers(session, person, True, by="anna")
    with db.sessions() as session:
        assert get_focal_point(session, person)["listed_on_flyers"] is True


def test_withdrawing_consent_takes_the_person_off_at_once(db: Database) -> None:
    person = make(db, "Ion Rusu", listed_on_flyers=True, **CONSENT)
    with db.sessions() as session:
        assert [p.id for p in information_points(session, "MD-CA")] == [person]
    with db.transaction() as session:
        withdraw_consent(session, person, by="bob")
    with db.sessions() as session:
        values = get_focal_point(session, person)
        assert information_points(session, "MD-CA") == []
        actions = [h.action for h in history_of(session, "focal_point", person)]
    assert values["listed_on_flyers"] is False
    assert values["publication_consent_on"] is None
    assert actions[:2] == ["unlisted_from_flyers", "consent_withdrawn"]
    assert "consent_recorded" in actions and "listed_on_flyers" in actions


def test_clearing_consent_in_an_edit_also_unlists(db: Database) -> None:
    person = make(db, "Ion Rusu", listed_on_flyers=True, **CONSENT)
    with db.transaction() as session:
        update_focal_point(session, person, {"publication_consent_on": None,
                                             "publication_consent_how": ""}, by="bob")
    with db.sessions() as session:
        assert get_focal_point(session, person)["listed_on_flyers"] is False


def test_information_points_are_active_listed_consented_and_sorted(db: Database) -> None:
    day = dt.date(2025, 6, 1)
    zoe = make(db, "Zoe Ursu", listed_on_flyers=True, role="technical", phone="069123456",
               languages="Romanian; Russian", **CONSENT)
    ana = make(db, "Ana Bejan", listed_on_flyers=True, role="elected_official",
               active_from="2020-01-01", active_until="2030-01-01", **CONSENT)
    make(db, "Ended", listed_on_flyers=True, active_until="2025-01-01", **CONSENT)
    make(db, "Not yet", listed_on_flyers=True, active_from="2026-01-01", **CONSENT)
    make(db, "Not listed", **CONSENT)
    make(db, "No consent")
    make(db, "Other region", region="MD-BA", listed_on_flyers=True, **CONSENT)
    gone = make(db, "Deleted", listed_on_flyers=True, **CONSENT)
    with db.transaction() as session:
        delete_focal_points(session, [gone], by="anna")
    with db.sessions() as session:
        points = information_points(session, "MD-CA", day)
        gaps = directory_gaps(session, "MD-CA", day)
    assert [p.id for p in points] == [ana, zoe]
    zoe_point = points[1]
    assert zoe_point.phone == "+37369123456"
    assert zoe_point.languages == ("ro", "ru")
    assert zoe_point.role == "technical"
    assert (gaps.active, gaps.listed, gaps.without_consent, gaps.not_listed) == (4, 2, 1, 1)
    with db.transaction() as session:
        restore_focal_points(session, [gone], by="anna")
    with db.sessions() as session:
        assert len(information_points(session, "MD-CA", day)) == 3


def test_consent_given_after_the_day_does_not_count(db: Database) -> None:
    make(db, "Ion Rusu", listed_on_flyers=True, **CONSENT)
    with db.sessions() as session:
        assert information_points(session, "MD-CA", dt.date(2023, 12, 31)) == []
        assert len(information_points(session, "MD-CA", dt.date(2024, 1, 5))) == 1


def test_focal_point_rows_and_trash(db: Database) -> None:
    person = make(db, "Ion Rusu", institution="Consiliul Raional Cahul", **CONSENT)
    with db.transaction() as session:
        delete_focal_points(session, [person], by="anna")
    with db.sessions() as session:
        assert list_focal_points(session) == []
        trash = list_focal_points(session, trash=True)
    assert [r.id for r in trash] == [person]
    assert trash[0].has_consent and not trash[0].listed_on_flyers
    assert "consiliul raional cahul" in trash[0].search
