"""Submit on the real server → the office syncs → reviews: accept, merge, reject; retention.

The bureau's desktop pushes its regions (so the form can offer them), people register through
HTTP, the offices pull the registrations (each office only its region's), decide, and push the
decisions back; rejected registrations lose their personal data after the retention period,
on the desktops and on the server (history included).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
import sqlalchemy as sa

from desktop.models import Association, Candidate, Consent, Registration
from desktop.models.registry import RecordHistory
from desktop.services.associations import create_association
from desktop.services.candidates import save_candidate
from desktop.services.registrations import (
    INCOMING,
    RegistrationError,
    accept_registration,
    erase_expired,
    get_registration,
    list_registrations,
    merge_fields,
    merge_registration,
    retention_days,
    set_retention_days,
)
from tests.registration.conftest import ASSOCIATION, PERSON, client, registrations, submit
from tests.server_harness import ServerProcess
from tests.sync.conftest import ROOT, Office, OfficeFactory

pytestmark = pytest.mark.e2e


def reference(html: str) -> str:
    import re

    found = re.search(r'<p class="ref">([A-Z2-7]{8})</p>', html)
    assert found
    return found.group(1)


def inbox(office: Office, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(office.paths.data_dir), "inbox",
         *args], capture_output=True, text=True, timeout=120,
        env={**office.cli_env(), "PYTHONPATH": str(ROOT)})


def test_submit_sync_review_accept_merge_reject_and_erase(
        review_server: ServerProcess, offices: OfficeFactory) -> None:
    bureau = offices("bureau")
    bureau.sync()  # the bureau's regions reach the server: the form offers them
    cahul = offices("cahul", role="regional", regions=("MD-CA",), office_region="MD-CA")

    with bureau.db.transaction() as session:
        existing_id = create_association(session, {
            "name": "Asociatia Moldovenilor din Padova", "country_code": "IT",
            "city": "Padova", "region_code": "MD-CU", "email": "amp@example.org"}, by="t")
        known_person = save_candidate(session, None, {
            "name": "Ion Ceban", "country_code": "DE", "email": "ion.ceban@example.de",
            "region_code": "MD-CU", "birth_year": 1975}).id
    bureau.sync()

    with client(review_server) as http:
        refs = {}
        for key, kind, answers, lang in (
                ("assoc", "association", ASSOCIATION, "ro"),
                ("new_assoc", "association", {**ASSOCIATION, "name": "Casa Mare Lisboa",
                                              "email": "casa@example.pt", "country": "PT",
                                              "phone": "+351 912 345 678", "acronym": "CML",
                                              "city": "Lisboa", "website": ""}, "es"),
                ("person", "person", PERSON, "fr"),
                ("ion", "person", {**PERSON, "name": "Ion Ceban", "email": "ion.ceban@example.de",
                                   "phone": "", "country": "DE", "birth_year": "1975",
                                   "skills": "welding"}, "ru"),
                ("spam", "person", {**PERSON, "name": "Cheap watches",
                                    "email": "spam@example.com", "phone": "",
                                    "origin_region": "MD-CA"}, "en")):
            page = submit(http, kind, answers, lang=lang, campaign="K7W3QA")
            assert page.status_code == 200, page.text[:2000]
            refs[key] = reference(page.text)

    bureau.sync()
    cahul.sync()
    rows = {row.reference: row for row in list_registrations(bureau.db)}
    assert set(rows) == set(refs.values())
    # The Cahul office sees only the registration from its region.
    assert [r.reference for r in list_registrations(cahul.db)] == [refs["spam"]]

    # Duplicate checks: the association through the registry's finder, the person by e-mail.
    assoc = rows[refs["assoc"]]
    assert [m.record_id for m in assoc.matches][:1] == [existing_id]
    assert any("email" in reason for reason in assoc.matches[0].reasons)
    ion = rows[refs["ion"]]
    assert ion.matches[0].record_id == known_person
    assert ion.matches[0].reasons[0] == "same email"
    assert rows[refs["new_assoc"]].matches == ()

    # Accept a new association: created with its consents, listed because it agreed.
    decision = accept_registration(bureau.db, refs["new_assoc"], by="ana")
    assert decision.status == "accepted" and decision.result_entity == "association"
    with bureau.db.sessions() as session:
        created = session.get_one(Association, decision.result_id)
        assert created.name == "Casa Mare Lisboa" and created.region_code == "MD-CU"
        assert created.consent_to_publish and created.status == "pending"
        assert created.phone == "+351912345678"
        assert refs["new_assoc"] in created.notes
        history = session.scalars(sa.select(RecordHistory).where(
            RecordHistory.record_id == created.id,
            RecordHistory.action == "consent_recorded")).all()
        assert {h.details["purpose"] for h in history} == {"listing", "information"}
        assert all(h.details["channel"] == "online_form" and h.details["language"] == "es"
                   for h in history)

    # Accept a person: a candidate with consent records (text, version, online form).
    decision = accept_registration(bureau.db, refs["person"], by="ana")
    with bureau.db.sessions() as session:
        person = session.get_one(Candidate, decision.result_id)
        assert (person.name, person.citizenship, person.education_level) == (
            "Maria Ceban", "dual", "master")
        consents = session.scalars(sa.select(Consent).where(
            Consent.candidate_id == person.id)).all()
        assert {c.purpose for c in consents} == {"consultations", "information"}
        assert all((c.channel == "online_form" and c.text_version == "form-2026-1"
                   and "consultation" in c.text.casefold()) or c.purpose == "information"
                   for c in consents)
        assert all(c.text.startswith("J'accepte") for c in consents)  # the French shown
    with pytest.raises(RegistrationError):
        accept_registration(bureau.db, refs["person"])  # already reviewed

    # Merge the association into the existing one, fields side by side.
    fields = {f.key: f for f in merge_fields(bureau.db, refs["assoc"], existing_id)}
    assert fields["name"].differs and fields["acronym"].incoming == "AMP"
    assert fields["acronym"].default_choice == INCOMING  # the existing one is empty
    decision = merge_registration(bureau.db, refs["assoc"], existing_id,
                                  {"name": INCOMING, "engagement_areas": "both"})
    with bureau.db.sessions() as session:
        merged = session.get_one(Association, existing_id)
        assert merged.name == "Asociația Moldovenilor din Padova"
        assert merged.acronym == "AMP" and merged.member_count == 120
        assert merged.consent_to_publish

    # The CLI merges Ion into the known candidate.
    done = inbox(bureau, "merge", refs["ion"], "--into", known_person)
    assert done.returncode == 0, done.stderr
    with bureau.db.sessions() as session:
        assert session.get_one(Candidate, known_person).skills == ["welding"]

    # Cahul rejects its spam; unknown ids exit 1.
    assert inbox(cahul, "reject", "NOPE1234", "--reason", "x").returncode == 1
    assert inbox(cahul, "accept", "NOPE1234").returncode == 1
    done = inbox(cahul, "reject", refs["spam"], "--reason", "Advertising, not a person")
    assert done.returncode == 0, done.stderr
    out = cahul.paths.data_dir / "inbox.csv"
    listed = inbox(cahul, "list", "--out", str(out))
    assert listed.returncode == 0, listed.stderr
    assert "rejected" in out.read_text(encoding="utf-8-sig")

    bureau.sync()
    cahul.sync()
    bureau.sync()
    on_server = {r["fields"]["reference"]: r for r in registrations(review_server)}
    assert on_server[refs["new_assoc"]]["fields"]["status"] == "accepted"
    assert on_server[refs["assoc"]]["fields"]["status"] == "merged"
    assert on_server[refs["spam"]]["fields"]["status"] == "rejected"
    assert get_registration(bureau.db, refs["spam"]).reason == "Advertising, not a person"

    # Retention: nothing is erased before the period, everything personal after it.
    assert retention_days(cahul.db) == 30
    set_retention_days(cahul.db, 10)
    assert erase_expired(cahul.db) == 0
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=11)
    assert erase_expired(cahul.db, now=later) == 1
    row = get_registration(cahul.db, refs["spam"])
    assert row.erased and row.name == "" and row.email == "" and row.reason == ""
    cahul.sync()
    bureau.sync()
    assert get_registration(bureau.db, refs["spam"]).name == ""
    engine = sa.create_engine(review_server.db_url)
    try:
        with engine.connect() as conn:
            kept = [json.loads(f) for (f,) in conn.execute(sa.text(
                "SELECT fields FROM record_history WHERE entity = 'registration'"))]
    finally:
        engine.dispose()
    assert not any("Cheap watches" in json.dumps(f) for f in kept)
    assert any("Maria Ceban" in json.dumps(f) for f in kept)  # accepted ones are kept
    with bureau.db.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Registration)) == 5
