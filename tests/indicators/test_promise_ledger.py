"""The promise ledger and its public "You said … / We did …" digest."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.db import Database
from desktop.services.indicators import Scope
from desktop.services.office_profile import OfficeProfile
from desktop.services.promise_ledger import DIGEST_LANGUAGES, ledger_rows, write_digest
from tests.indicators.builders import PERIOD, TODAY, A, B, build


@pytest.fixture
def built(db: Database) -> Database:
    build(db)
    return db


def test_ledger_lists_every_live_commitment(built: Database) -> None:
    with built.sessions() as session:
        rows = ledger_rows(session, TODAY)
    # 7 written, 1 deleted; K4 (deleted) had none.
    assert len(rows) == 6
    assert sum(r.overdue for r in rows) == 2
    k1 = [r for r in rows if r.consultation_title == "K1"]
    assert {r.attended for r in k1} == {3}  # C1, C2 and C4 attended K1
    assert [r.due_on for r in rows] == sorted(r.due_on for r in rows if r.due_on)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_digest_per_region_and_period(built: Database, tmp_path: Path) -> None:
    out = tmp_path / "digest-b.pdf"
    with built.sessions() as session:
        count = write_digest(session, out, "en", Scope.region(B), PERIOD,
                             OfficeProfile(name="Balti help office"), TODAY)
    assert count == 3  # K2's: done late, in progress, dropped
    text = text_of(out)
    assert "You said … We did …" in text
    assert "Balti help office" in text
    assert "Done late" in text  # the evidence, as typed
    assert "1 of 2 promises kept, 1 under way." in text  # the dropped one is not counted
    assert "Done early" not in text  # K1 is region A


@pytest.mark.parametrize("language", DIGEST_LANGUAGES)
def test_digest_in_six_languages(built: Database, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"digest-{language}.pdf"
    with built.sessions() as session:
        assert write_digest(session, out, language, Scope.region(A), PERIOD, OfficeProfile(),
                            TODAY) == 2
    text = text_of(out)
    assert "Done early" in text
    expected = {"en": "We did", "fr": "Nous avons fait", "es": "Hicimos", "ro": "Am făcut",
                "ru": "Мы сделали"}
    if language in expected:
        assert expected[language] in text
    else:  # Arabic is printed shaped (presentation forms), so look for the font instead
        fonts = {str(f.get("/BaseFont")) for page in PdfReader(out).pages
                 for f in page["/Resources"]["/Font"].values()}
        assert any("NotoSansArabic" in f for f in fonts)
