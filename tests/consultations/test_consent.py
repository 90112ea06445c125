"""Consent records decide who may be selected: given, not withdrawn, not expired."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Candidate, Consent, OutboxEntry
from desktop.services.consent import (
    EXPIRED,
    NONE,
    VALID,
    WITHDRAWN,
    ConsentError,
    consent_states,
    consents_of,
    current_text,
    eligible_ids,
    is_eligible,
    record_consent,
    withdraw_consent,
)
from desktop.services.personal_data import erase_candidate
from tests.consultations.conftest import MakePerson


def test_only_valid_consent_makes_a_person_eligible(db: Database,
                                                    make_person: MakePerson) -> None:
    with_consent = make_person()
    without = make_person(consent=False)
    expired = make_person(consent=False)
    withdrawn = make_person()
    today = dt.date.today()
    with db.transaction() as session:
        record_consent(session, expired, given_on=today - dt.timedelta(days=800),
                       expires_on=today - dt.timedelta(days=1), collected_by="x")
        for consent in consents_of(session, withdrawn):
            withdraw_consent(session, consent.id)
    with db.sessions() as session:
        assert eligible_ids(session, today) == {with_consent}
        states = consent_states(session, today)
        assert states[with_consent] == VALID
        assert states[expired] == EXPIRED
        assert states[withdrawn] == WITHDRAWN
        assert states.get(without, NONE) == NONE
        assert is_eligible(session, with_consent, today)
        assert not is_eligible(session, expired, today)
        # The day the consent expires it is still valid; the day after it is not.
        assert expired not in eligible_ids(session, today)
        assert expired in eligible_ids(session, today - dt.timedelta(days=1))


def test_consent_keeps_the_text_shown_and_the_candidates_region(
        db: Database, make_person: MakePerson) -> None:
    person = make_person(consent=False, region_code="MD-CU")
    with db.transaction() as session:
        consent = record_consent(session, person, channel="online_form", collected_by="Ion")
        assert consent.text == current_text("consultations").text()
        assert consent.text_version == current_text("consultations").version
        assert consent.region_code == "MD-CU"
        assert consent.collected_by == "Ion"
    with db.sessions() as session:
        queued = session.scalars(select(OutboxEntry.entity)).all()
        assert "consent" in queued


def test_moving_a_candidate_moves_their_consents(db: Database, make_person: MakePerson) -> None:
    from desktop.services.candidates import save_candidate

    person = make_person(region_code="MD-CU")
    with db.transaction() as session:
        save_candidate(session, person, {"name": "Moved", "region_code": "MD-BA"})
    with db.sessions() as session:
        regions = set(session.scalars(select(Consent.region_code)
                                      .where(Consent.candidate_id == person)))
        assert regions == {"MD-BA"}


def test_collected_by_defaults_to_the_current_user(db: Database,
                                                   make_person: MakePerson) -> None:
    from desktop.services.identity import current_user_name

    person = make_person(consent=False)
    with db.transaction() as session:
        consent = record_consent(session, person)
        assert consent.collected_by == current_user_name()


def test_withdrawal_is_one_call_and_idempotent(db: Database, make_person: MakePerson) -> None:
    person = make_person()
    with db.transaction() as session:
        consent_id = consents_of(session, person)[0].id
        first = withdraw_consent(session, consent_id).withdrawn_at
        assert first is not None
        assert withdraw_consent(session, consent_id).withdrawn_at == first
    with db.sessions() as session:
        assert not is_eligible(session, person)


def test_bad_consents_are_refused_with_reasons(db: Database, make_person: MakePerson) -> None:
    person = make_person(consent=False)
    today = dt.date.today()
    with db.transaction() as session:
        with pytest.raises(ConsentError, match="future"):
            record_consent(session, person, given_on=today + dt.timedelta(days=3))
        with pytest.raises(ConsentError, match="expire after"):
            record_consent(session, person, given_on=today, expires_on=today)
        with pytest.raises(ConsentError, match="how the consent"):
            record_consent(session, person, channel="pigeon")


def test_erased_people_are_never_eligible(db: Database, make_person: MakePerson) -> None:
    person = make_person()
    with db.transaction() as session:
        erase_candidate(session, person)
    with db.sessions() as session:
        assert not is_eligible(session, person)
        assert session.get(Candidate, person).erased_at is not None
        with pytest.raises(ConsentError, match="erased"):
            record_consent(session, person)
