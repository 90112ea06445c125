"""Candidate validation (shared by form and importer) and the list rows."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db import Database
from desktop.models import Association
from desktop.services.candidates import (
    CandidateError,
    list_candidates,
    save_candidate,
    validate_candidate,
)
from tests.consultations.conftest import MakePerson


def test_values_are_cleaned_the_registry_way() -> None:
    clean, errors = validate_candidate({
        "name": "  Ana   Popescu ", "gender": "F", "birth_year": "1990",
        "country_code": "Italy", "citizenship": "double", "generation": "2nd",
        "education_level": "Licence", "occupation_sector": "Health care",
        "skills": "nursing; languages", "languages": "Romanian, Italian",
        "topics": "Remittances; Investissements; local schools",
        "email": " Ana@Example.ORG ", "phone": "347 123 4567",
    }, today=dt.date(2026, 6, 1))
    assert errors == []
    assert clean["name"] == "Ana Popescu"
    assert clean["gender"] == "female"
    assert clean["country_code"] == "IT"
    assert clean["citizenship"] == "dual"
    assert clean["generation"] == "second"
    assert clean["education_level"] == "bachelor"
    assert clean["occupation_sector"] == "health_care"
    assert clean["languages"] == ["ro", "it"]
    assert clean["topics"] == ["remittances", "investments", "local schools"]
    assert clean["email"] == "ana@example.org"
    assert clean["phone"] == "+393471234567"  # read as an Italian number


def test_errors_name_the_field_in_words() -> None:
    _clean, errors = validate_candidate({
        "name": "", "email": "ana.example.org", "birth_year": "2020", "generation": "fourth",
        "phone": "12", "country_code": "IT",
    }, today=dt.date(2026, 6, 1))
    fields = {e.field: e.message for e in errors}
    assert "name" in fields and "name" in fields["name"]
    assert "@" in fields["email"]
    assert "16 years" in fields["birth_year"]
    assert "first, second or third_plus" in fields["generation"]
    assert "phone" in fields


def test_association_by_name_and_unknown_association(db: Database) -> None:
    with db.transaction() as session:
        session.add(Association(id="a1", name="Asociația Moldovenilor din Torino",
                                acronym="AMT", country_code="IT"))
    with db.transaction() as session:
        person = save_candidate(session, None, {"name": "Ion", "association_id": "amt"})
        assert person.association_id == "a1"
        with pytest.raises(CandidateError) as info:
            save_candidate(session, None, {"name": "Ion", "association_id": "Nobody"})
        assert info.value.errors[0].field == "association_id"


def test_list_rows_carry_search_text_and_consent(db: Database,
                                                 make_person: MakePerson) -> None:
    make_person(name="Élodie Martin", email="elodie@example.fr", country_code="FR")
    make_person(name="Ion Rusu", consent=False)
    with db.sessions() as session:
        rows = {r.name: r for r in list_candidates(session)}
    assert rows["Élodie Martin"].consent == "valid"
    assert rows["Ion Rusu"].consent == "none"
    assert "elodie" in rows["Élodie Martin"].search
    assert "france" in rows["Élodie Martin"].search
