"""Campaign codes: every flyer gets one, the QR points at the form with it, results add up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Flyer, FlyerCampaign, Registration
from desktop.services.flyers.batch import run_batch
from desktop.services.flyers.campaigns import campaign_results
from desktop.services.flyers.preflight import preflight
from desktop.services.flyers.qr_address import is_valid_code, registration_url
from desktop.services.flyers.render import render_flyer
from desktop.services.flyers.store import (
    FlyerValues,
    build_spec,
    get_flyer,
    new_flyer_values,
    save_flyer,
)
from sync.server.register import clean_campaign


def test_registration_url_keeps_the_flyers_host_and_adds_code_and_language() -> None:
    assert registration_url("https://diaspora.gov.md/", "K7W3QA", "ar") == (
        "https://diaspora.gov.md/register?c=K7W3QA&lang=ar")
    assert registration_url("https://x.example.org/register", "AB12", "fr") == (
        "https://x.example.org/register?c=AB12&lang=fr")
    assert registration_url("https://diaspora.gov.md", "", "fr") == "https://diaspora.gov.md"


def test_codes_made_here_are_accepted_by_the_server() -> None:
    for code in ("K7W3QA", "AB12", "ABCDEFGH2345"):
        assert is_valid_code(code) and clean_campaign(code.lower()) == code
    for code in ("K7W", "K7W3-QA", "ÄBCD", "ABCDEFGH23456"):
        assert not is_valid_code(code) and clean_campaign(code) == ""


def test_each_saved_flyer_and_each_copy_gets_its_own_code(db: Database) -> None:
    with db.transaction() as session:
        values = new_flyer_values(session, "fr", "MD-CA", "a5")
        values.url = "https://diaspora.gov.md"
        first = save_flyer(session, values)
        loaded = get_flyer(session, first)
        assert is_valid_code(loaded.campaign_code)
        again = save_flyer(session, loaded, first)  # saving it again keeps its code
        copy = save_flyer(session, replace(loaded, name="copy"))  # a duplicate: a new code
        codes = {f.id: f.campaign_code for f in session.scalars(select(Flyer))}
    assert again == first and codes[first] == loaded.campaign_code
    assert codes[copy] != codes[first] and is_valid_code(codes[copy])
    with db.sessions() as session:
        spec = build_spec(session, get_flyer(session, first))
    assert spec.qr_target == f"https://diaspora.gov.md/register?c={codes[first]}&lang=fr"
    issues = {i.code for i in preflight(spec, render_flyer(spec).report)}
    assert not issues & {"no_campaign", "campaign_code", "qr_url"}


def test_preflight_checks_the_code_and_the_address(db: Database) -> None:
    with db.sessions() as session:
        values = new_flyer_values(session, "en", "MD-CA", "a4")
    values.url = "https://diaspora.gov.md"
    for code, url, expected in (("", values.url, "no_campaign"),
                                ("bad-code", values.url, "campaign_code"),
                                ("K7W3QA", "ftp://files.example.org", "qr_url")):
        with db.sessions() as session:
            spec = build_spec(session, replace(values, campaign_code=code, url=url))
        assert expected in {i.code for i in preflight(spec, render_flyer(spec).report)}


def test_batch_flyers_get_codes_and_results_count_per_flyer_and_region(
        db: Database, tmp_path: Path) -> None:
    items = run_batch(db, tmp_path, ["fr", "ar"], "a5", ["MD-CA", "MD-CU"],
                      FlyerValues(url="https://diaspora.gov.md"))
    codes = [item.campaign_code for item in items]
    assert len(set(codes)) == 4 and all(is_valid_code(c) for c in codes)
    assert not any("no_campaign" in {i.code for i in item.issues} for item in items)
    with db.transaction() as session:
        campaigns = {c.code: c for c in session.scalars(select(FlyerCampaign))}
        assert set(campaigns) == set(codes)
        cahul_fr = next(i for i in items if (i.region_code, i.language) == ("MD-CA", "fr"))
        now = dt.datetime.now(dt.UTC)
        for status, region in (("new", "MD-CA"), ("accepted", "MD-CA"), ("merged", "MD-CU"),
                               ("rejected", None)):
            session.add(Registration(reference=status[:8].upper(), kind="person", status=status,
                                     campaign_code=cahul_fr.campaign_code, language="fr",
                                     submitted_at=now, region_code=region))
        session.add(Registration(reference="NOCODE", kind="person", status="new",
                                 campaign_code="", submitted_at=now, region_code="MD-CU"))
    results = campaign_results(db)
    top = results.campaigns[0]
    assert (top.code, top.received, top.accepted) == (cahul_fr.campaign_code, 4, 2)
    assert top.region_code == "MD-CA" and "fr" in top.label
    regions = {r.region_code: (r.received, r.accepted) for r in results.regions}
    assert regions == {"MD-CA": (2, 1), "MD-CU": (2, 1), "": (1, 0)}
    assert results.without_code == 1


@pytest.mark.parametrize("module", ["desktop.models.registry", "desktop.models.consultations"])
def test_the_forms_vocabulary_is_the_desktops(module: str) -> None:
    import importlib

    from sync.registration import vocabulary

    desktop = importlib.import_module(module)
    if module.endswith("registry"):
        assert vocabulary.ENGAGEMENT_AREAS == desktop.ENGAGEMENT_AREAS
        assert vocabulary.GENDERS == desktop.GENDERS
    else:
        assert vocabulary.CITIZENSHIPS == desktop.CITIZENSHIPS
        assert vocabulary.GENERATIONS == desktop.GENERATIONS
        assert vocabulary.EDUCATION_LEVELS == desktop.EDUCATION_LEVELS


def test_form_rules_agree_with_the_desktops_validation() -> None:
    from desktop.services import validation
    from sync.registration import rules

    for email in ("ana@example.org", "ANA@Example.ORG", "x@y", "a b@c.de", "ion@exa_mple.md"):
        try:
            mine: str | None = rules.clean_email(email)
        except rules.RuleError:
            mine = None
        try:
            theirs: str | None = validation.clean_email(email)
        except validation.ValidationError:
            theirs = None
        assert mine == theirs, email
    for phone, country in (("06 12 34 56 78", "FR"), ("+373 22 123 456", ""),
                           ("0044 20 7946 0958", ""), ("123", "IT")):
        try:
            mine = rules.clean_phone(phone, country)
        except rules.RuleError:
            mine = None
        try:
            theirs = validation.clean_phone(phone, country)
        except validation.ValidationError:
            theirs = None
        assert mine == theirs, phone
