"""The public form over real HTTP: every language, both kinds, errors, and its defences."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from sync.registration.consent import TEXT_VERSION
from sync.registration.texts import LANGUAGES, text
from tests.registration.conftest import (
    ASSOCIATION,
    PERSON,
    client,
    registrations,
    seed_regions,
    submit,
    token_of,
)
from tests.server_harness import ServerProcess, running_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(form_server: ServerProcess) -> ServerProcess:
    seed_regions(form_server)
    return form_server


@pytest.fixture
def http(server: ServerProcess) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def by_reference(server: ServerProcess, reference: str) -> dict[str, object]:
    found = [r for r in registrations(server) if r["fields"]["reference"] == reference]
    assert len(found) == 1, reference
    return found[0]


def reference_of(html: str) -> str:
    found = re.search(r'<p class="ref">([A-Z2-7]{8})</p>', html)
    assert found, html[:2000]
    return found.group(1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_form_in_every_language_has_labels_switcher_and_no_outside_resources(
        http: httpx.Client, lang: str) -> None:
    chooser = http.get("/register", params={"lang": lang, "c": "K7W3QA"})
    assert chooser.status_code == 200
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in chooser.text
    assert text("page.kind.association", lang) in chooser.text
    for kind in ("association", "person"):
        page = http.get("/register", params={"lang": lang, "kind": kind, "c": "K7W3QA"})
        html = page.text
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        # No JavaScript, nothing fetched from elsewhere.
        assert "<script" not in html and "src=" not in html and "@import" not in html
        assert not re.search(r'href="https?://', html)
        # Every visible control has a label tied to it.
        controls = set(re.findall(r'<(?:input|select)[^>]*\bid="(f-[^"]+)"', html))
        labelled = set(re.findall(r'<label for="(f-[^"]+)"', html))
        assert controls - {"f-nickname"} <= labelled, controls - labelled
        # The six languages are offered, each keeping the kind and campaign.
        for other in LANGUAGES:
            assert f'href="/register?lang={other}&amp;kind={kind}&amp;c=K7W3QA"' in html
        # Consent boxes: every purpose, unticked, with its versioned text in this language.
        for purpose in ("listing", "consultations", "information"):
            box = re.search(rf'<input type="checkbox" id="f-consent_{purpose}"[^>]*>', html)
            assert box and "checked" not in box.group(0)
        assert text(f"consent.consultations.{kind}", lang) in html.replace("&#39;", "'")
        assert text("page.consent.version", lang, version=TEXT_VERSION) in html


def test_language_follows_accept_language_when_not_asked(http: httpx.Client) -> None:
    page = http.get("/register", headers={"Accept-Language": "de-DE,ru;q=0.8,en;q=0.5"})
    assert '<html lang="ru"' in page.text
    page = http.get("/register?lang=es", headers={"Accept-Language": "ru"})
    assert '<html lang="es"' in page.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_both_kinds_are_stored_with_consents_in_every_language(
        server: ServerProcess, http: httpx.Client, lang: str) -> None:
    done = submit(http, "association", ASSOCIATION, lang=lang, campaign="K7W3QA")
    assert done.status_code == 200, done.text[:3000]
    assert text("done.title", lang) in done.text.replace("&#39;", "'")
    assert text("done.withdraw.title", lang) in done.text.replace("&#39;", "'")
    record = by_reference(server, reference_of(done.text))
    fields = record["fields"]
    assert isinstance(fields, dict)
    assert record["region_code"] == "MD-CU"
    assert fields["kind"] == "association" and fields["status"] == "new"
    assert fields["campaign_code"] == "K7W3QA" and fields["language"] == lang
    assert fields["data"]["phone"] == "+393471234567"  # E.164, the country as default
    assert fields["data"]["website"] == "https://amp.example.org"
    assert fields["data"]["engagement_areas"] == ["trade", "philanthropy"]
    assert fields["data"]["member_count"] == 120
    consents = {c["purpose"]: c for c in fields["consents"]}
    assert consents["listing"]["given"] and not consents["consultations"]["given"]
    assert consents["listing"]["version"] == TEXT_VERSION
    assert consents["listing"]["language"] == lang
    assert consents["listing"]["text"] == text("consent.listing.association", lang)
    assert consents["listing"]["shown_at"] <= fields["submitted_at"]

    done = submit(http, "person", PERSON, lang=lang)
    assert done.status_code == 200, done.text[:3000]
    fields = by_reference(server, reference_of(done.text))["fields"]
    assert isinstance(fields, dict)
    assert fields["kind"] == "person" and fields["campaign_code"] == ""
    assert fields["data"]["phone"] == "+33612345678"
    assert fields["data"]["gender"] == "undisclosed"
    assert fields["data"]["birth_year"] == 1988
    assert fields["data"]["skills"] == ["nursing", "French"]


def test_invalid_answers_come_back_next_to_their_fields_with_values_kept(
        http: httpx.Client) -> None:
    answers = {**PERSON, "name": "", "email": "maria@", "phone": "12", "birth_year": "88",
               "consent_consultations": "", "consent_information": "",
               "occupation": "Nurse & midwife"}
    page = submit(http, "person", answers, lang="fr")
    assert page.status_code == 422
    html = page.text
    assert 'role="alert"' in html
    for name, key in (("name", "error.required"), ("email", "error.email"),
                      ("phone", "error.phone"), ("birth_year", "error.year")):
        assert re.search(rf'id="f-{name}"[^>]*aria-invalid="true"', html), name
        assert f'aria-describedby="e-{name}"' in html or f'e-{name}"' in html
        expected = text(key, "fr", min=1900, max=2026) if key == "error.year" else text(key, "fr")
        assert expected.replace("'", "&#39;").split("{")[0][:30] in html, name
    assert text("error.consent", "fr") in html
    assert 'value="Nurse &amp; midwife"' in html  # kept, escaped
    assert 'value="maria@"' in html


def test_a_script_typed_into_the_form_is_shown_escaped(http: httpx.Client) -> None:
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = submit(http, "person", {**PERSON, "name": payload, "email": "not an address"})
    assert page.status_code == 422
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text


def test_stored_text_with_markup_is_kept_as_typed(server: ServerProcess,
                                                  http: httpx.Client) -> None:
    done = submit(http, "person", {**PERSON, "name": "Ana <b>Popescu</b>"})
    assert done.status_code == 200
    record = by_reference(server, reference_of(done.text))
    assert record["fields"]["data"]["name"] == "Ana <b>Popescu</b>"  # type: ignore[index]


def test_missing_or_forged_token_is_refused_and_form_shown_again(
        server: ServerProcess, http: httpx.Client) -> None:
    before = len(registrations(server))
    base = {"kind": "person", "lang": "en", "nickname": "", **PERSON}
    for token in ("", "1.abc.def", "1700000000.aaaaaaaaaaaaaaaaaaaaaaaa.0123456789abcdef"):
        page = http.post("/register", data={**base, "form_token": token})
        assert page.status_code == 422
        assert text("error.expired", "en") in page.text
        assert 'value="Maria Ceban"' in page.text
    assert len(registrations(server)) == before


def test_the_same_form_sent_twice_is_stored_once(server: ServerProcess,
                                                 http: httpx.Client) -> None:
    page = http.get("/register", params={"kind": "person"})
    data = {"kind": "person", "lang": "en", "form_token": token_of(page.text), **PERSON}
    first = http.post("/register", data=data)
    second = http.post("/register", data=data)
    assert first.status_code == second.status_code == 200
    assert reference_of(first.text) == reference_of(second.text)
    by_reference(server, reference_of(first.text))  # exactly one


def test_honeypot_is_thanked_and_nothing_is_kept(server: ServerProcess,
                                                 http: httpx.Client) -> None:
    before = len(registrations(server))
    done = submit(http, "person", {**PERSON, "nickname": "robot"})
    assert done.status_code == 200
    assert len(registrations(server)) == before


def test_body_size_limit(http: httpx.Client) -> None:
    page = http.post("/register", data={"kind": "person", "name": "x" * 40_000},
                     params={"lang": "ro"})
    assert page.status_code == 413
    assert text("error.too_large", "ro") in page.text


def test_rate_limit_and_minimum_fill_time(tmp_path_factory: pytest.TempPathFactory) -> None:
    env = {"DIASPORA_SERVER_FORM_RATE_LIMIT": "3", "DIASPORA_SERVER_FORM_MIN_SECONDS": "30"}
    with running_server(tmp_path_factory.mktemp("limits"), env=env) as server, \
            client(server) as http:
        quick = submit(http, "person", PERSON, lang="ru")
        assert quick.status_code == 422  # sent back within seconds: shown again
        assert text("error.too_fast", "ru") in quick.text
        assert registrations(server) == []
        for _ in range(2):
            assert submit(http, "person", PERSON).status_code == 422
        limited = submit(http, "person", PERSON, lang="ar")
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) > 0
        assert 'dir="rtl"' in limited.text
        assert text("error.rate_limited", "ar", minutes=60) in limited.text
