"""The public form in a real browser (Debian's chromium driven by Playwright), phone-sized.

Fills the form in French and in Arabic with the keyboard and the mouse as a person would, checks
what a screen reader would get (the error summary is an alert, fields are labelled and marked
invalid), that Arabic is laid out right to left, and saves screenshots to look at
(``DIASPORA_SCREENSHOT_DIR``, else the test's tmp folder).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.registration.texts import text
from tests.registration.conftest import registrations, seed_regions
from tests.server_harness import ServerProcess

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-quic"]
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def browser(form_server: ServerProcess) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is needed: apt-get install chromium (.ci/run installs it)")
    seed_regions(form_server)
    with playwright_api.sync_playwright() as play:
        engine = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield engine
        engine.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    wanted = os.environ.get("DIASPORA_SCREENSHOT_DIR")
    folder = Path(wanted) if wanted else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_page(browser: object, lang: str) -> object:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2,  # type: ignore[attr-defined]
                                  is_mobile=True, has_touch=True, locale=lang)
    return context.new_page()


def test_french_person_on_a_phone(browser: object, form_server: ServerProcess,
                                  shots: Path) -> None:
    page = new_page(browser, "fr-FR")
    page.goto(f"{form_server.base_url}/register?c=K7W3QA")  # language from the browser
    assert page.locator("html").get_attribute("lang") == "fr"
    page.screenshot(path=str(shots / "form_fr_start.png"), full_page=True)
    page.get_by_role("link", name=text("page.kind.person", "fr")).click()
    # No horizontal scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.get_by_role("textbox", name=text("field.name.person", "fr")).fill("Élodie Rusu")
    page.get_by_role("combobox", name=text("field.gender", "fr")).select_option("undisclosed")
    page.get_by_role("combobox", name=text("field.country", "fr")).select_option("FR")
    page.get_by_role("textbox", name=text("field.email", "fr")).fill("elodie@")
    # Send without consent and with a broken address: errors are announced and next to fields.
    page.get_by_role("button", name=text("page.submit", "fr")).click()
    alert = page.get_by_role("alert")
    assert text("page.errors", "fr", count=2) in alert.inner_text()
    email = page.get_by_role("textbox", name=text("field.email", "fr"))
    assert email.get_attribute("aria-invalid") == "true"
    assert email.input_value() == "elodie@"  # kept
    page.screenshot(path=str(shots / "form_fr_errors.png"), full_page=True)

    email.fill("elodie.rusu@example.fr")
    page.get_by_role("textbox", name=text("field.phone", "fr")).fill("06 12 34 56 78")
    page.get_by_role("combobox", name=text("field.origin_region", "fr")).select_option("MD-CA")
    consent = page.locator("#f-consent_consultations")
    assert not consent.is_checked()  # never ticked for them
    consent.focus()
    page.keyboard.press("Space")  # the keyboard works
    assert consent.is_checked()
    page.get_by_role("button", name=text("page.submit", "fr")).click()
    assert page.get_by_role("heading", level=1).inner_text() == text("done.title", "fr")
    assert text("done.withdraw.title", "fr") in page.content().replace("&#39;", "'")
    page.screenshot(path=str(shots / "form_fr_done.png"), full_page=True)
    reference = page.locator(".ref").inner_text()
    stored = [r for r in registrations(form_server) if r["fields"]["reference"] == reference]
    assert stored and stored[0]["region_code"] == "MD-CA"
    assert stored[0]["fields"]["data"]["phone"] == "+33612345678"
    assert stored[0]["fields"]["campaign_code"] == "K7W3QA"


def test_arabic_association_right_to_left(browser: object, form_server: ServerProcess,
                                          shots: Path) -> None:
    page = new_page(browser, "en-GB")
    page.goto(f"{form_server.base_url}/register?c=K7W3QA")
    page.get_by_role("link", name="العربية").click()  # the language switcher
    page.get_by_role("link", name=text("page.kind.association", "ar")).click()
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl" and html.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    name = page.get_by_role("textbox", name=text("field.name.association", "ar"))
    name.fill("جمعية الجالية في ليون")
    box = name.bounding_box()
    label = page.locator("label[for=f-name]").bounding_box()
    assert box and label and label["x"] + label["width"] > box["x"] + box["width"] - 40
    page.get_by_role("combobox", name=text("field.country", "ar")).select_option("FR")
    page.get_by_role("textbox", name=text("field.city", "ar")).fill("ليون")
    page.get_by_role("checkbox", name=text("area.civic_engagement", "ar")).check()
    page.get_by_role("textbox", name=text("field.contact_person", "ar")).fill("سارة")
    page.get_by_role("textbox", name=text("field.email", "ar")).fill("lyon@example.org")
    page.locator("#f-consent_listing").check()
    page.screenshot(path=str(shots / "form_ar_filled.png"), full_page=True)
    page.get_by_role("button", name=text("page.submit", "ar")).click()
    assert page.get_by_role("heading", level=1).inner_text() == text("done.title", "ar")
    page.screenshot(path=str(shots / "form_ar_done.png"), full_page=True)
    reference = page.locator(".ref").inner_text()
    stored = [r for r in registrations(form_server) if r["fields"]["reference"] == reference]
    assert stored[0]["fields"]["data"]["engagement_areas"] == ["civic_engagement"]
    assert stored[0]["fields"]["language"] == "ar"
