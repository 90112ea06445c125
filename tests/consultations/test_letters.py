"""Invitation letters (one page per invitee, every language), "you said / we did", invitee list."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.db import Database
from desktop.models import Participation
from desktop.services.consultation_reports import export_invitees, write_you_said_we_did
from desktop.services.consultations import (
    ConsultationError,
    add_to_pool,
    get_consultation,
    save_follow_up,
)
from desktop.services.letters import LETTERS, format_date, write_invitation_letters
from tests.consultations.conftest import MakePerson


def _pages(path: Path) -> list[str]:
    """Each page's text, NFKC-folded (shaped Arabic) with line breaks folded (cells wrap)."""
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
            for p in PdfReader(path).pages]


@pytest.fixture
def invited(db: Database, make_person: MakePerson,
            make_consultation: Callable[..., str]) -> str:
    names = ["Ana Popescu", "Иван Петров", "Jean Dupont", "Reserve Person"]
    ids = [make_person(name=n, address="Via Roma 5, Torino") for n in names]
    cid = make_consultation(title="Investir au pays", place="Chișinău", held_on="2027-03-12")
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
        get_consultation(session, cid).status = "selected"
        get_consultation(session, cid).selection = {"seed": "493-117-208"}
        for participation in session.query(Participation).all():
            participation.status = "reserve" if participation.candidate_id == ids[3] \
                else "selected"
    return cid


@pytest.mark.parametrize("language", ["en", "fr", "es", "ro", "ru"])
def test_one_letter_per_invitee_in_the_consultations_language(
        db: Database, invited: str, tmp_path: Path, language: str) -> None:
    with db.transaction() as session:
        get_consultation(session, invited).language = language
        count = write_invitation_letters(session, invited, tmp_path / "l.pdf",
                                         today=dt.date(2027, 2, 1))
    pages = _pages(tmp_path / "l.pdf")
    assert count == 3 and len(pages) == 3
    for page, name in zip(pages, ["Ana Popescu", "Jean Dupont", "Иван Петров"], strict=True):
        assert name in page
        assert "Investir au pays" in page  # typed text printed as typed
        assert "493-117-208" in page
        assert format_date(dt.date(2027, 3, 12), language) in page
        assert LETTERS[language].closing in page
    assert not any("Reserve Person" in page for page in pages)


def test_arabic_letter_is_shaped_and_present(db: Database, invited: str,
                                              tmp_path: Path) -> None:
    with db.transaction() as session:
        get_consultation(session, invited).language = "ar"
        write_invitation_letters(session, invited, tmp_path / "ar.pdf")
    pages = _pages(tmp_path / "ar.pdf")
    assert len(pages) == 3
    assert "Ana Popescu" in pages[0]
    # Shaped Arabic comes back as presentation forms that NFKC folds to plain letters (pypdf
    # puts right-to-left runs back into reading order).
    for page in pages:
        assert LETTERS["ar"].closing in page
        assert "493-117-208" in page  # the seed is kept in its own direction


def test_no_invitees_gives_a_clear_message(db: Database,
                                           make_consultation: Callable[..., str],
                                           tmp_path: Path) -> None:
    cid = make_consultation()
    with db.sessions() as session, pytest.raises(ConsultationError, match="no letter"):
        write_invitation_letters(session, cid, tmp_path / "x.pdf")


def test_you_said_we_did_report(db: Database, invited: str, tmp_path: Path) -> None:
    with db.transaction() as session:
        first = save_follow_up(session, invited, None, {
            "text": "Open a consular desk in Turin", "owner": "Ministry of Foreign Affairs",
            "due_on": "2027-06-30"})
        save_follow_up(session, invited, first.id, {"status": "done",
                                                    "outcome": "Desk opened on 2 May"})
        save_follow_up(session, invited, None, {"text": "Simplify diploma recognition",
                                                "owner": "Ministry of Education"})
        count = write_you_said_we_did(session, invited, tmp_path / "r.pdf")
    assert count == 2
    text = "\n".join(_pages(tmp_path / "r.pdf"))
    assert "You said, we did" in text
    assert "Open a consular desk in Turin" in text
    assert "Desk opened on 2 May" in text
    assert "1 of 2 commitments done, 1 still open" in text


def test_you_said_we_did_in_russian(db: Database, invited: str, tmp_path: Path) -> None:
    with db.transaction() as session:
        get_consultation(session, invited).language = "ru"
        save_follow_up(session, invited, None, {"text": "Открыть консульский пункт"})
        write_you_said_we_did(session, invited, tmp_path / "ru.pdf")
    text = "\n".join(_pages(tmp_path / "ru.pdf"))
    assert "Вы сказали — мы сделали" in text
    assert "Открыть консульский пункт" in text


def test_invitee_list_csv_and_xlsx(db: Database, invited: str, tmp_path: Path) -> None:
    with db.sessions() as session:
        assert export_invitees(session, invited, tmp_path / "i.csv") == 4
        export_invitees(session, invited, tmp_path / "i.xlsx")
        with pytest.raises(ConsultationError, match=r"\.csv or \.xlsx"):
            export_invitees(session, invited, tmp_path / "i.txt")
    with (tmp_path / "i.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Name"
    assert [r[0] for r in rows[1:4]] == ["Ana Popescu", "Jean Dupont", "Иван Петров"]
    assert rows[4][0] == "Reserve Person" and rows[4][5] == "Reserve"
    sheet = load_workbook(tmp_path / "i.xlsx").worksheets[0]
    assert [c.value for c in sheet["A"]][1:4] == ["Ana Popescu", "Jean Dupont", "Иван Петров"]
