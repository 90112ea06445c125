"""Duplicate detection: rules and reasons, names across Latin, Cyrillic and Arabic scripts,
"not a duplicate" decisions, and an index that follows the database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Association, FocalPoint, utcnow
from desktop.services import dedupe
from desktop.services.bulk import insert_records


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def add(db: Database, cls: type[Association] | type[FocalPoint] = Association,
        **values: Any) -> str:
    with db.transaction() as session:
        record = cls(**values)
        session.add(record)
        session.flush()
        return record.id


def check(db: Database, values: dict[str, Any], entity: str = "association",
          exclude_id: str | None = None) -> list[dedupe.DuplicateMatch]:
    with db.sessions() as session:
        return dedupe.find_duplicates(session, entity, values, exclude_id=exclude_id)


def test_same_email_is_a_duplicate_on_its_own(db: Database) -> None:
    rid = add(db, name="Asociația Moldovenilor din Torino", email="info@amt.it",
              country_code="IT")
    matches = check(db, {"name": "Completely different", "email": " INFO@amt.it "})
    assert [m.record_id for m in matches] == [rid]
    assert matches[0].reasons == ["same email"]
    assert matches[0].score >= dedupe.THRESHOLD
    assert matches[0].name == "Asociația Moldovenilor din Torino"


def test_unrelated_association_is_not_proposed(db: Database) -> None:
    add(db, name="Asociația Moldovenilor din Torino", email="info@amt.it", country_code="IT",
        city="Torino")
    assert check(db, {"name": "Casa Mare Paris", "email": "casa@mare.fr",
                      "country_code": "FR", "city": "Paris"}) == []


def test_typo_in_name_gives_the_similarity_in_the_reason(db: Database) -> None:
    rid = add(db, name="Asociatia Moldovenilor din Torino", country_code="IT", city="Torino")
    matches = check(db, {"name": "Asociația Moldovenilr din Torino", "country_code": "IT",
                         "city": "Torino"})
    assert [m.record_id for m in matches] == [rid]
    name_reason = next(r for r in matches[0].reasons if r.startswith("name "))
    assert name_reason.endswith("% similar after transliteration")
    percent = int(name_reason.split()[1])
    assert 90 <= percent < 100
    assert "same city and country" in matches[0].reasons


def test_phone_website_acronym_and_registration_are_normalised(db: Database) -> None:
    rid = add(db, name="Dor de Casă", phone="+390612345678", website="http://www.dordecasa.it/",
              acronym="DDC", country_code="IT", registration_number="RM-2011/334")
    matches = check(db, {"name": "Something else", "phone": "0039 06 1234 5678",
                         "website": "https://dordecasa.it", "acronym": "d.d.c.",
                         "country_code": "it", "registration_number": "rm 2011 334"})
    assert matches[0].record_id == rid
    assert set(matches[0].reasons) == {"same phone", "same website", "same acronym and country",
                                       "same registration number"}
    assert matches[0].score == 100


def test_national_phone_uses_the_country_of_residence(db: Database) -> None:
    rid = add(db, name="Plai Natal", phone="+33612345678", country_code="FR")
    assert [m.record_id for m in check(db, {"name": "X", "phone": "06 12 34 56 78",
                                            "country_code": "FR"})] == [rid]
    assert check(db, {"name": "X", "phone": "06 12 34 56 78", "country_code": "IT"}) == []


def test_cyrillic_name_matches_its_latin_transliteration(db: Database) -> None:
    rid = add(db, name="Молдова Унита", country_code="RU", city="Москва")
    matches = check(db, {"name": "Moldova Unita", "country_code": "RU", "city": "Moskva"})
    assert [m.record_id for m in matches] == [rid]
    assert matches[0].reasons[0] == "name 100 % similar after transliteration"
    # And the other way round, with a Romanian-style spelling of the same Cyrillic name.
    rid2 = add(db, name="Stefan cel Mare", country_code="IT")
    matches = check(db, {"name": "Штефан чел Маре", "country_code": "IT"})
    assert [m.record_id for m in matches] == [rid2]


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Casa Moldovei din Verona", "Каса Молдовей дин Верона"),  # к/c moves a sorted word
    ("Dor de Casă", "Дор де Касэ"),
    ("Codrii", "Кодрий"),  # й written i in Romanian, y in the transliteration
])
def test_romanian_spelling_meets_the_cyrillic_one(db: Database, latin: str,
                                                  cyrillic: str) -> None:
    rid = add(db, name=latin, country_code="IT", city="Verona")
    matches = check(db, {"name": cyrillic, "country_code": "IT", "city": "Verona"})
    assert [m.record_id for m in matches] == [rid]
    assert "after transliteration" in matches[0].reasons[0]
    with db.sessions() as session:  # the bulk check of an import finds it too
        checker = dedupe.duplicate_checker(session, "association")
    existing, _ = checker.check({"name": cyrillic, "country_code": "IT", "city": "Verona"}, "2")
    assert [m.record_id for m in existing] == [rid]


def test_arabic_name_matches_its_latin_spelling(db: Database) -> None:
    rid = add(db, FocalPoint, name="محمد علي", region_code="MD-CU")
    matches = check(db, {"name": "Mohamed Ali", "region_code": "MD-CU"}, "focal_point")
    assert [m.record_id for m in matches] == [rid]
    assert "name 100 % similar after transliteration" in matches[0].reasons
    assert "same region" in matches[0].reasons
    rid2 = add(db, name="جمعية الأمل", country_code="AE", city="Dubai")
    matches = check(db, {"name": "Jamiyat al-Amal", "country_code": "AE", "city": "Dubai"})
    assert [m.record_id for m in matches] == [rid2]
    # A Latin name that only shares a short skeleton is not taken for an Arabic one.
    add(db, FocalPoint, name="يوسف")
    assert check(db, {"name": "Sofia"}, "focal_point") == []


def test_latin_name_typed_in_arabic_script_is_found(db: Database) -> None:
    rid = add(db, FocalPoint, name="Ahmed Hassan", email="")
    matches = check(db, {"name": "أحمد حسن"}, "focal_point")
    assert [m.record_id for m in matches] == [rid]


def test_person_names_in_any_order(db: Database) -> None:
    rid = add(db, FocalPoint, name="Ion Popescu", institution="Primăria Bălți")
    matches = check(db, {"name": "POPESCU Ion", "institution": "Primaria Balti"}, "focal_point")
    assert [m.record_id for m in matches] == [rid]
    assert "same institution" in matches[0].reasons


def test_the_record_being_edited_and_not_duplicates_are_left_out(db: Database) -> None:
    a = add(db, name="Casa Mare", email="x@casamare.org")
    b = add(db, name="Casa Mare Torino", email="x@casamare.org")
    assert [m.record_id for m in check(db, {"name": "Casa Mare", "email": "x@casamare.org"},
                                       exclude_id=a)] == [b]
    with db.transaction() as session:
        dedupe.mark_not_duplicate(session, "association", b, a, "tester")
        dedupe.mark_not_duplicate(session, "association", a, b, "tester")  # idempotent
    assert check(db, {"name": "Casa Mare", "email": "x@casamare.org"}, exclude_id=a) == []
    with db.sessions() as session:
        assert dedupe.not_duplicates_of(session, "association", b) == {a}
        assert dedupe.likely_pairs(session, "association") == []
    with db.transaction() as session:
        dedupe.forget_not_duplicate(session, "association", a, b)
    with db.sessions() as session:
        assert len(dedupe.likely_pairs(session, "association")) == 1


def test_index_follows_inserts_edits_and_deletes(db: Database) -> None:
    a = add(db, name="Speranța", email="sperante@example.org")
    assert check(db, {"name": "Zzz", "email": "new@example.org"}) == []  # index built
    b = add(db, name="Doina", email="new@example.org")
    assert [m.record_id for m in check(db, {"name": "Zzz", "email": "new@example.org"})] == [b]
    with db.transaction() as session:
        record = session.get(Association, b)
        assert record is not None
        record.email = "changed@example.org"
    assert check(db, {"name": "Zzz", "email": "new@example.org"}) == []
    with db.transaction() as session:
        record = session.get(Association, a)
        assert record is not None
        record.deleted_at = utcnow()
    assert check(db, {"name": "Zzz", "email": "sperante@example.org"}) == []
    with db.transaction() as session:
        insert_records(session, Association, [{"name": "Mărțișor", "email": "m@example.org"}])
    assert [m.name for m in check(db, {"name": "Q", "email": "m@example.org"})] == ["Mărțișor"]


def test_index_sees_changes_made_by_another_program(db: Database) -> None:
    rid = add(db, name="Izvor", email="izvor@example.org")
    assert len(check(db, {"name": "Q", "email": "izvor@example.org"})) == 1
    later = (utcnow() + dt.timedelta(seconds=1)).isoformat(timespec="microseconds")
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute("UPDATE associations SET email = ?, updated_at = ? WHERE id = ?",
                     ("other@example.org", later, rid))
    conn.close()
    assert check(db, {"name": "Q", "email": "izvor@example.org"}) == []
    assert len(check(db, {"name": "Q", "email": "other@example.org"})) == 1


def test_likely_pairs_lists_pairs_with_scores_and_reasons(db: Database) -> None:
    rows = [
        {"name": "Asociația Moldovenilor din Padova", "country_code": "IT", "city": "Padova",
         "email": "amp@example.org"},
        {"name": "Asociatia Moldovenilor din Padova", "country_code": "IT", "city": "Padova"},
        {"name": "Молдова Унита", "country_code": "RU"},
        {"name": "Moldova Unita", "country_code": "RU"},
        {"name": "Baștina", "country_code": "FR", "phone": "+33612345678"},
        {"name": "Vatra", "country_code": "FR", "phone": "+33612345678"},
        {"name": "Codrii", "country_code": "DE"},
    ]
    with db.transaction() as session:
        insert_records(session, Association, rows)
        # Many unrelated records that share common words, to exercise blocking.
        insert_records(session, Association, [
            {"name": f"Asociația Moldovenilor din Oraș {n}", "country_code": "ES"}
            for n in range(300)])
    with db.sessions() as session:
        pairs = dedupe.likely_pairs(session, "association")
    names = {frozenset((p.first_name, p.second_name)) for p in pairs}
    assert frozenset(("Asociația Moldovenilor din Padova",
                      "Asociatia Moldovenilor din Padova")) in names
    assert frozenset(("Молдова Унита", "Moldova Unita")) in names
    assert frozenset(("Baștina", "Vatra")) in names
    assert not any("Codrii" in pair for pair in names)
    assert all(p.score >= dedupe.THRESHOLD and p.reasons for p in pairs)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)


def test_bulk_checker_flags_existing_records_and_earlier_rows(db: Database) -> None:
    rid = add(db, name="Luceafărul", email="l@example.org")
    with db.sessions() as session:
        checker = dedupe.duplicate_checker(session, "association")
    existing, earlier = checker.check({"name": "Luceafarul", "email": "l@example.org"}, "2")
    assert [m.record_id for m in existing] == [rid] and earlier == []
    existing, earlier = checker.check({"name": "Hora Verona", "email": "h@example.org"}, "3")
    assert existing == [] and earlier == []
    existing, earlier = checker.check({"name": "Hora  Verona", "email": "h@example.org"}, "4")
    assert existing == [] and [ref for ref, _s, _r in earlier] == ["3"]


def test_unknown_entity_is_refused(db: Database) -> None:
    with db.sessions() as session, pytest.raises(ValueError):
        dedupe.find_duplicates(session, "flyer", {"name": "x"})


def test_tombstones_are_not_indexed(db: Database) -> None:
    add(db, name="Gone", email="gone@example.org", deleted_at=utcnow())
    assert check(db, {"name": "Q", "email": "gone@example.org"}) == []
    with db.sessions() as session:
        assert session.scalar(select(Association.id)) is not None


def test_one_telling_word_apart_is_not_the_same_name(db: Database) -> None:
    add(db, name="Asociația Culturală «Punte» din Lyon", country_code="FR", city="Lyon")
    add(db, name="Asociația Părinților Moldoveni din Genova", country_code="IT", city="Genova")
    add(db, name="Școala Moldovenească nr. 5", country_code="IT", city="Roma")
    for name in ("Asociația Culturală «Prut» din Lyon",):
        assert check(db, {"name": name, "country_code": "FR", "city": "Lyon"}) == []
    assert check(db, {"name": "Asociația Tinerilor Moldoveni din Genova",
                      "country_code": "IT", "city": "Genova"}) == []
    assert check(db, {"name": "Școala Moldovenească nr. 6", "country_code": "IT",
                      "city": "Roma"}) == []


def test_the_shared_city_in_a_name_does_not_make_it_different(db: Database) -> None:
    rid = add(db, name="Dor de Casă", country_code="IT", city="Padova")
    matches = check(db, {"name": "Dor de Casa Padova", "country_code": "IT", "city": "Padova"})
    assert [m.record_id for m in matches] == [rid]
    assert matches[0].reasons == ["name 100 % similar after transliteration",
                                  "same city and country"]
    # In another city, the same words are another association's name.
    assert check(db, {"name": "Dor de Casa Verona", "country_code": "IT",
                      "city": "Verona"}) == []


def test_bulk_changes_that_stamp_updated_at_refresh_the_index_in_place(db: Database) -> None:
    from desktop.services.records import restore, soft_delete

    ids = [add(db, name=f"Vatra {city}", email=f"{city}@example.org", city=city)
           for city in ("Roma", "Lyon", "Kyiv")]
    with db.sessions() as session:
        index = dedupe._index_for(session, "association")
    with db.transaction() as session:
        soft_delete(session, Association, ids[:2], "tester")
    assert check(db, {"name": "Q", "email": "roma@example.org"}) == []
    with db.transaction() as session:
        restore(session, Association, ids[:1], "tester")
    assert [m.record_id for m in check(db, {"name": "Q", "email": "roma@example.org"})] == \
        ids[:1]
    with db.sessions() as session:
        assert dedupe._index_for(session, "association") is index  # refreshed, not rebuilt


def test_bulk_checker_matches_names_across_scripts(db: Database) -> None:
    arabic = add(db, name="جمعية الأمل", country_code="AE", city="Dubai")
    cyrillic = add(db, name="Молдова Унита", country_code="RU")
    with db.transaction() as session:  # many unrelated names, so blocking has work to do
        insert_records(session, Association, [
            {"name": f"Asociația Moldovenilor din Oraș {n}", "country_code": "ES"}
            for n in range(200)])
    with db.sessions() as session:
        checker = dedupe.duplicate_checker(session, "association")
    existing, _ = checker.check({"name": "Jamiyat al-Amal", "country_code": "AE",
                                 "city": "Dubai"}, "2")
    assert [m.record_id for m in existing] == [arabic]
    existing, _ = checker.check({"name": "Moldova Unita", "country_code": "RU"}, "3")
    assert [m.record_id for m in existing] == [cyrillic]
    existing, earlier = checker.check({"name": "جمعية الأمل", "country_code": "AE",
                                       "city": "Dubai"}, "4")
    assert [m.record_id for m in existing] == [arabic]
    assert [ref for ref, _score, _reasons in earlier] == ["2"]
