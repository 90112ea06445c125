"""Saved flyers, and the region's focal points as the registry gives them at print time."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Flyer, OutboxEntry
from desktop.services.flyers.render import render_flyer
from desktop.services.flyers.store import (
    FlyerError,
    FlyerValues,
    build_spec,
    default_url,
    delete_flyer,
    get_flyer,
    list_flyers,
    new_flyer_values,
    restore_flyer,
    save_flyer,
)
from desktop.services.focal_points import set_listed_on_flyers, withdraw_consent
from tests.flyers.conftest import add_focal_point, pdf_text, squash


def test_save_list_get_roundtrip_queues_a_sync_change(db: Database) -> None:
    with db.transaction() as session:
        values = new_flyer_values(session, "fr", "MD-CA", "a5")
        values.image_name = "logo.png"
        flyer_id = save_flyer(session, values)
    with db.sessions() as session:
        (row,) = list_flyers(session)
        assert row.id == flyer_id and row.region_name == "Cahul" and row.sync_state == "pending"
        assert row.name == "Cahul · French · A5 leaflet"
        loaded = get_flyer(session, flyer_id)
        assert loaded.language == "fr" and loaded.template == "a5"
        assert "Cahul" in loaded.body
        assert loaded.image_name == ""  # no picture data: no picture name either
        entries = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "flyer")).all()
        assert [e.record_id for e in entries] == [flyer_id]


def test_invalid_values_save_nothing_and_say_why(db: Database) -> None:
    values = FlyerValues(template="a6", language="de", region_code="MD-XX", url="not a url",
                         primary_color="blue", image_data=b"nonsense")
    with db.transaction() as session, pytest.raises(FlyerError) as caught:
        save_flyer(session, values)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"template", "language", "region_code", "url", "primary_color",
                      "image_data"}
    with db.sessions() as session:
        assert session.scalars(select(Flyer)).all() == []


def test_colours_are_normalised(db: Database) -> None:
    with db.transaction() as session:
        flyer_id = save_flyer(session, FlyerValues(url="example.org", primary_color="1d4e89",
                                                   accent_color="#f2b632"))
        saved = get_flyer(session, flyer_id)
    assert (saved.primary_color, saved.accent_color) == ("#1D4E89", "#F2B632")
    assert saved.url == "https://example.org"


def test_delete_is_soft_and_can_be_undone(db: Database) -> None:
    with db.transaction() as session:
        flyer_id = save_flyer(session, FlyerValues(url="https://example.org"))
    with db.transaction() as session:
        delete_flyer(session, flyer_id)
    with db.sessions() as session:
        assert list_flyers(session) == []
        assert session.get(Flyer, flyer_id) is not None  # a tombstone for sync
    with db.transaction() as session:
        restore_flyer(session, flyer_id)
    with db.sessions() as session:
        assert [r.id for r in list_flyers(session)] == [flyer_id]


def test_default_url_is_the_last_saved_one(db: Database) -> None:
    with db.transaction() as session:
        assert default_url(session) == "https://diaspora.example.org"
        save_flyer(session, FlyerValues(url="https://brd.gov.md"))
    with db.sessions() as session:
        assert default_url(session) == "https://brd.gov.md"


def test_flyer_prints_the_regions_information_points_only(db: Database) -> None:
    add_focal_point(db, "Ana Popescu", phone="+37329922345")
    add_focal_point(db, "Vasile Lungu", phone="+37369111222", listed=False)
    add_focal_point(db, "Elena Rusu", consent=False, listed=False)
    add_focal_point(db, "Dan Ceban", region="MD-CU", phone="+37322000111")
    with db.sessions() as session:
        spec = build_spec(session, FlyerValues(region_code="MD-CA", url="https://x.md"))
    assert [p.name for p in spec.points] == ["Ana Popescu"]
    assert spec.region_name == "Cahul"
    text = squash(pdf_text(render_flyer(spec).pdf))
    assert "AnaPopescu" in text and "+37329922345" in text
    for absent in ("VasileLungu", "ElenaRusu", "DanCeban"):
        assert absent not in text


def test_withdrawn_consent_removes_the_person_from_the_next_flyer(db: Database) -> None:
    ana = add_focal_point(db, "Ana Popescu", phone="+37329922345")
    add_focal_point(db, "Ion Turcanu", phone="+37369123456")
    values = FlyerValues(region_code="MD-CA", language="ro", url="https://brd.gov.md")
    with db.sessions() as session:
        before = squash(pdf_text(render_flyer(build_spec(session, values)).pdf))
    assert "AnaPopescu" in before and "+37329922345" in before

    with db.transaction() as session:
        withdraw_consent(session, ana, by="tester")

    with db.sessions() as session:
        after = squash(pdf_text(render_flyer(build_spec(session, values)).pdf))
    assert "AnaPopescu" not in after and "+37329922345" not in after
    assert "IonTurcanu" in after and "+37369123456" in after


def test_unlisting_removes_the_person_too(db: Database) -> None:
    ion = add_focal_point(db, "Ion Turcanu", phone="+37369123456")
    with db.transaction() as session:
        set_listed_on_flyers(session, ion, False, by="tester")
    with db.sessions() as session:
        spec = build_spec(session, FlyerValues(region_code="MD-CA", url="https://x.md"))
    assert spec.points == ()
