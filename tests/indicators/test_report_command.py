"""``diaspora-desk report indicators``: the XLSX contract, the donor PDF and the exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.config import Paths
from desktop.db import Database
from desktop.services.office_profile import OfficeProfile, save_office_profile
from tests.indicators.builders import A, build

PERIOD_ARGS = ("--from", "2026-01-01", "--to", "2026-06-30")


@pytest.fixture
def data_dir(db: Database, paths: Paths) -> Path:
    build(db)
    with db.transaction() as session:
        save_office_profile(session, OfficeProfile(name="Bureau for Diaspora Relations",
                                                   address="1 Main Street, Chisinau"))
    return paths.data_dir


def run(data_dir: Path, *args: str, language: str = "") -> int:
    lang = ["--lang", language] if language else []
    return main(["--data-dir", str(data_dir), *lang, "report", "indicators", *args])


def test_xlsx_has_the_contracted_layout_and_figures(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    assert run(data_dir, *PERIOD_ARGS, "--out", str(out)) == 0
    sheet = load_workbook(out)["Indicators"]
    rows = [tuple("" if v is None else v for v in row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ("indicator", "region", "breakdown", "value")
    body = set(rows[1:])
    assert ("participants", "", "", 4) in body
    assert ("participants", "", "gender=female", 1) in body
    assert ("associations", A, "", 2) in body
    assert ("associations", "national", "", 1) in body
    assert ("associations", "", "new_in_period", 3) in body
    assert ("women_share", "", "", 25.0) in body
    assert ("commitments_overdue", "", "", 2) in body
    assert {r[0] for r in rows[1:]} >= {"segments_unheard", "repeat_participants",
                                       "consents_expiring", "commitments_on_time_share"}


def test_one_region(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cu.xlsx"
    assert run(data_dir, *PERIOD_ARGS, "--region", A.lower(), "--out", str(out)) == 0
    rows = list(load_workbook(out)["Indicators"].iter_rows(values_only=True))
    assert ("participants", None, None, 3) in rows
    assert not [r for r in rows[1:] if r[1]]  # one region: no per-region rows


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_donor_pdf(data_dir: Path, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"donor-{language}.pdf"
    assert run(data_dir, *PERIOD_ARGS, "--out", str(out), language=language) == 0
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Bureau for Diaspora Relations" in text
    if language == "en":
        assert "Diaspora engagement: monitoring report" in text
        assert "Women among participants (%)" in text
        assert "25.0 %" in text
    if language == "ru":
        assert "Участники" in text
    fonts = {str(font) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts  # text is drawn with embedded fonts


@pytest.mark.parametrize("args", [
    ("--from", "2026-13-01"),
    ("--to", "yesterday"),
    ("--from", "2026-06-01", "--to", "2026-01-01"),
    ("--region", "XX-99"),
])
def test_bad_input_exits_1(data_dir: Path, tmp_path: Path, args: tuple[str, ...],
                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "never.xlsx"
    assert run(data_dir, *args, "--out", str(out)) == 1
    assert "diaspora-desk:" in capsys.readouterr().err
    assert not out.exists()


def test_other_file_types_are_refused(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "--out", str(tmp_path / "figures.csv")) == 1
