"""Access export (JSON + PDF read back) and erasure that keeps the statistics."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import Candidate, Consent, Participation
from desktop.services.consent import consent_states
from desktop.services.consultations import add_to_pool, save_follow_up
from desktop.services.personal_data import (
    access_export,
    erase_candidate,
    write_access_json,
    write_access_pdf,
)
from tests.consultations.conftest import MakePerson


def _pdf_text(path: Path) -> str:
    """All pages' text with line breaks folded (table cells wrap long words)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_access_export_holds_everything(db: Database, make_person: MakePerson,
                                        make_consultation: Callable[..., str],
                                        tmp_path: Path) -> None:
    person = make_person(name="Олена Коваль", email="olena@example.de", country_code="DE",
                         skills="translation", notes="Prefers evening meetings")
    cid = make_consultation(title="Listening exercise Berlin")
    with db.transaction() as session:
        add_to_pool(session, cid, [person])
        save_follow_up(session, cid, None, {"text": "Call back Олена Коваль about the desk",
                                            "owner": "Bureau"})
        data = access_export(session, person)
    assert data["person"]["name"] == "Олена Коваль"
    assert data["person"]["notes"] == "Prefers evening meetings"
    assert data["consents"][0]["state"] == "valid"
    assert data["consents"][0]["text"]
    assert data["participations"][0]["consultation"] == "Listening exercise Berlin"
    assert data["follow_ups_mentioning"][0]["text"].startswith("Call back")

    json_path = tmp_path / "export.json"
    write_access_json(data, json_path)
    assert json.loads(json_path.read_text(encoding="utf-8")) == data

    pdf_path = tmp_path / "export.pdf"
    write_access_pdf(data, pdf_path)
    text = _pdf_text(pdf_path)
    assert "Олена Коваль" in text
    assert "olena@example.de" in text
    assert "Listening exercise Berlin" in text
    assert "Germany" in text
    assert "Invitation to consultations" in text


def test_access_pdf_shows_arabic_names(db: Database, make_person: MakePerson,
                                       tmp_path: Path) -> None:
    person = make_person(name="فاطمة الزهراء", country_code="FR")
    with db.sessions() as session:
        data = access_export(session, person)
    path = tmp_path / "ar.pdf"
    write_access_pdf(data, path)
    text = _pdf_text(path)
    # The name is stored shaped (presentation forms); compare letters regardless of form.
    import unicodedata

    folded = unicodedata.normalize("NFKC", text)
    assert all(word in folded or word[::-1] in folded for word in ("فاطمة", "الزهراء"))


def test_erasure_wipes_identity_but_keeps_statistics(
        db: Database, make_person: MakePerson, make_consultation: Callable[..., str]) -> None:
    person = make_person(name="Maria Rossi", email="maria@example.it", phone="+393471234567",
                         gender="female", country_code="IT", generation="second",
                         citizenship="dual", education_level="master", region_code="MD-CU",
                         birth_year="1985", skills="law", notes="knows the mayor")
    cid = make_consultation()
    with db.transaction() as session:
        add_to_pool(session, cid, [person])
        erase_candidate(session, person)
    with db.sessions() as session:
        erased = session.get(Candidate, person)
        assert erased is not None
        assert erased.name == "Erased person"
        assert (erased.email, erased.phone, erased.notes, erased.skills) == ("", "", "", [])
        assert erased.birth_year is None
        assert erased.erased_at is not None
        # statistics stay countable
        assert (erased.gender, erased.country_code, erased.generation, erased.citizenship,
                erased.education_level, erased.region_code) == (
            "female", "IT", "second", "dual", "master", "MD-CU")
        assert session.scalar(select(func.count()).select_from(Candidate)
                              .where(Candidate.gender == "female",
                                     Candidate.country_code == "IT")) == 1
        # consent withdrawn but its record kept; the participation stays
        assert consent_states(session)[person] == "withdrawn"
        assert session.scalar(select(func.count()).select_from(Consent)) == 1
        assert session.scalar(select(func.count()).select_from(Participation)) == 1
        text = json.dumps(access_export(session, person), ensure_ascii=False)
        assert "Maria" not in text and "maria@example.it" not in text
