"""Demo registry data: deterministic for a seed, valid by the app's own rules, skewed across
destination countries, focal points in every region, and near-duplicates across scripts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models import Association, AssociationFocalPoint, FocalPoint, Region
from desktop.models.base import field_names
from desktop.services.demo import DemoContext
from desktop.services.demo.regions import make_regions
from desktop.services.demo.registry import (
    make_associations,
    make_focal_points,
    make_links,
    to_cyrillic,
)
from desktop.services.focal_points import information_points
from desktop.services.validation import validate_association, validate_focal_point


def build(folder: Path, seed: int) -> Database:
    db = open_database(folder / "demo.db", folder / "backups")
    ctx = DemoContext(db=db, seed=seed, size="small", country="MD")
    make_regions(ctx)
    assert make_associations(ctx) == 2000
    make_focal_points(ctx)
    make_links(ctx)
    return db


def snapshot(db: Database, cls: Any) -> list[tuple[Any, ...]]:
    keys = ["id", "region_code", *field_names(cls)]
    with db.sessions() as session:
        rows = session.execute(select(*(getattr(cls, k) for k in keys))
                               .order_by(cls.id)).all()
    return [tuple(row) for row in rows]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Database, Database]:
    base = tmp_path_factory.mktemp("demo")
    return build(base / "a", 7), build(base / "b", 7), build(base / "c", 8)


def test_same_seed_same_data_other_seed_other_data(
        demo: tuple[Database, Database, Database]) -> None:
    first, second, other = demo
    for cls in (Association, FocalPoint, AssociationFocalPoint):
        assert snapshot(first, cls) == snapshot(second, cls), cls.__name__
    assert snapshot(first, Association) != snapshot(other, Association)


def test_resuming_writes_nothing_twice(demo: tuple[Database, Database, Database]) -> None:
    first, _second, _other = demo
    ctx = DemoContext(db=first, seed=7, size="small", country="MD")
    assert make_associations(ctx) == 0
    assert len(snapshot(first, Association)) == 2000


def test_associations_pass_validation_and_are_skewed(
        demo: tuple[Database, Database, Database]) -> None:
    db = demo[0]
    with db.sessions() as session:
        regions = dict(session.execute(select(Region.code, Region.name)).all())
        records = session.scalars(select(Association)).all()
        countries = Counter(r.country_code for r in records)
        for record in records[:400]:
            values = {k: getattr(record, k) for k in field_names(Association)}
            cleaned, errors = validate_association(values, regions=regions)
            assert errors == [], (record.name, errors)
            assert cleaned["phone"] == record.phone and cleaned["email"] == record.email
    top = countries.most_common(3)
    assert top[0][0] == "IT" and {c for c, _ in top} <= {"IT", "RU", "DE", "FR", "RO"}
    assert len(countries) >= 12
    assert sum(n for _c, n in top) > 0.45 * len(records)
    assert any(re.search("[а-я]", r.name) for r in records)


def test_near_duplicates_across_scripts_share_a_contact(
        demo: tuple[Database, Database, Database]) -> None:
    with demo[0].sessions() as session:
        records = session.scalars(select(Association).order_by(Association.name)).all()
    by_contact: dict[str, list[Association]] = {}
    for record in records:
        for contact in (record.email, record.phone):
            if contact:
                by_contact.setdefault(contact, []).append(record)
    pairs = [group for group in by_contact.values() if len(group) == 2]
    assert len(pairs) >= 2000 // 150 - 1
    cross_script = [g for g in pairs
                    if bool(re.search("[а-яА-Я]", g[0].name)) != bool(re.search("[а-яА-Я]",
                                                                              g[1].name))]
    assert cross_script, "some twins must be typed in the other script"


def test_focal_points_in_every_region_with_flyer_listings(
        demo: tuple[Database, Database, Database]) -> None:
    db = demo[0]
    with db.sessions() as session:
        regions = dict(session.execute(select(Region.code, Region.name)).all())
        people = session.scalars(select(FocalPoint)).all()
        per_region = Counter(p.region_code for p in people)
        listed_regions = {code for code in regions if information_points(session, code)}
        links = session.scalars(select(AssociationFocalPoint)).all()
    assert set(regions) <= set(per_region)
    assert len(listed_regions) == len(regions), "every region has information points"
    assert len({p.role for p in people}) >= 5
    for person in people:
        values = {k: getattr(person, k) for k in field_names(FocalPoint)}
        _cleaned, errors = validate_focal_point(values, regions=regions, home_country="MD")
        assert errors == [], (person.name, errors)
    assert links


def test_cyrillic_spelling_of_romanian() -> None:
    assert to_cyrillic("Asociația Moldovenilor din Chișinău") == \
        "Асочиация Молдовенилор дин Кишинэу"
