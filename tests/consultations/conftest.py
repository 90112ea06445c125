"""Helpers for the consultation tests: people with or without consent, a consultation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from desktop.db import Database
from desktop.services.candidates import save_candidate
from desktop.services.consent import record_consent
from desktop.services.consultations import save_consultation

MakePerson = Callable[..., str]


@pytest.fixture
def make_person(db: Database) -> MakePerson:
    """Create a candidate (with valid consent to consultations unless ``consent=False``)."""
    counter = {"n": 0}

    def make(consent: bool = True, **values: Any) -> str:
        counter["n"] += 1
        fields: dict[str, Any] = {"name": f"Person {counter['n']:03d}", "gender": "female",
                                  "country_code": "IT", "generation": "first",
                                  "citizenship": "origin"}
        fields.update(values)
        with db.transaction() as session:
            candidate = save_candidate(session, None, fields)
            if consent:
                record_consent(session, candidate.id, given_on=dt.date.today(),
                               channel="paper_form", collected_by="tester")
            return candidate.id

    return make


@pytest.fixture
def make_consultation(db: Database) -> Callable[..., str]:
    def make(**values: Any) -> str:
        fields: dict[str, Any] = {"title": "Roundtable on investment", "kind": "roundtable",
                                  "seats": 4, "reserves_wanted": 2, "language": "en"}
        fields.update(values)
        with db.transaction() as session:
            return save_consultation(session, None, fields).id

    return make
