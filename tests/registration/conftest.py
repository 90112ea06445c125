"""A real server for the public form, offices that sync with it, and form helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server_harness import ServerProcess, running_server
from tests.sync.conftest import OfficeFactory

FAST_FORM = {"DIASPORA_SERVER_FORM_MIN_SECONDS": "0",
             "DIASPORA_SERVER_FORM_RATE_LIMIT": "100000"}
TOKEN_RE = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def form_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server for a module's form tests (no minimum fill time, no rate limit)."""
    with running_server(tmp_path_factory.mktemp("form"), env=FAST_FORM) as server:
        yield server


@pytest.fixture
def review_server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_server(tmp_path, env=FAST_FORM) as server:
        yield server


@pytest.fixture
def offices(tmp_path: Path, review_server: ServerProcess) -> Iterator[OfficeFactory]:
    factory = OfficeFactory(tmp_path, review_server)
    yield factory
    factory.close()


def client(server: ServerProcess, **kwargs: Any) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=30, **kwargs)


def token_of(html: str) -> str:
    found = TOKEN_RE.search(html)
    assert found, "the form has no token"
    return found.group(1)


def submit(http: httpx.Client, kind: str, answers: Mapping[str, str | list[str]],
           lang: str = "en", campaign: str = "") -> httpx.Response:
    """GET the form, then POST ``answers`` with its token (like a browser would)."""
    page = http.get("/register", params={"lang": lang, "kind": kind, "c": campaign})
    assert page.status_code == 200
    data: dict[str, Any] = {"kind": kind, "lang": lang, "c": campaign,
                            "form_token": token_of(page.text), "nickname": ""}
    data.update(answers)
    return http.post("/register", data=data)


ASSOCIATION = {"name": "Asociația Moldovenilor din Padova", "acronym": "AMP", "country": "IT",
               "city": "Padova", "origin_region": "MD-CU", "contact_person": "Ion Rusu",
               "email": "amp@example.org", "phone": "347 123 4567",
               "website": "amp.example.org", "engagement_areas": ["trade", "philanthropy"],
               "sectors": "culture, education", "languages": "Romanian, Italian",
               "members": "120", "consent_listing": "yes", "consent_information": "yes"}
PERSON = {"name": "Maria Ceban", "gender": "undisclosed", "birth_year": "1988",
          "country": "FR", "citizenship": "dual", "generation": "first",
          "education": "master", "occupation": "Nursing", "skills": "nursing, French",
          "languages": "Romanian, French", "origin_region": "MD-CU",
          "email": "maria.ceban@example.fr", "phone": "06 12 34 56 78",
          "consent_consultations": "yes", "consent_information": "yes"}


def pull_all(server: ServerProcess) -> list[dict[str, Any]]:
    api = server.admin()
    records: list[dict[str, Any]] = []
    since = 0
    while True:
        page = api.get("/sync/pull", params={"since": since, "limit": 5000}).json()
        records += page["records"]
        since = page["next_since"]
        if not page["has_more"]:
            return records


def registrations(server: ServerProcess) -> list[dict[str, Any]]:
    return [r for r in pull_all(server) if r["entity"] == "registration" and not r["removed"]]


REGIONS = {"MD-CU": "Chișinău", "MD-CA": "Cahul", "MD-BA": "Bălți"}


def seed_regions(server: ServerProcess) -> None:
    """Regions reach the server when the bureau syncs; here they are pushed directly."""
    import uuid

    api = server.admin()
    changes = [{"change_id": str(uuid.uuid4()), "entity": "region",
                "record_id": str(uuid.uuid4()), "base_version": None, "region_code": None,
                "created_at": "2026-12-01T00:00:00+00:00",
                "updated_at": "2026-12-01T00:00:00+00:00",
                "fields": {"code": code, "name": name, "help_office_name": "",
                           "country_code": "MD", "retired_at": None}}
               for code, name in REGIONS.items()]
    response = api.post("/sync/push", json={"device_id": "seed", "changes": changes})
    assert response.status_code == 200, response.text
