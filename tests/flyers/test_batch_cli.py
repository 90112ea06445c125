"""Batch printing and the ``flyer`` command: files written, exit codes, clear messages."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from desktop.cli import main
from desktop.config import resolve_paths
from desktop.db import Database, open_database
from desktop.services.flyers.batch import BatchError, Texts, file_name, run_batch
from desktop.services.flyers.store import FlyerValues, save_flyer
from desktop.services.progress import Cancelled, Progress
from desktop.services.regions import configure_office
from tests.flyers.conftest import add_focal_point, pdf_text, squash


def test_batch_writes_one_flyer_per_region_and_language(db: Database, tmp_path: Path) -> None:
    add_focal_point(db, "Ana Popescu", phone="+37329922345")
    out = tmp_path / "out"
    items = run_batch(db, out, ["fr", "ar"], "a4", regions=["MD-CA", "MD-CU"],
                      base=FlyerValues(url="https://brd.gov.md", theme="green"),
                      texts={"fr": Texts(headline="Bonjour la diaspora")})
    assert sorted(p.name for p in out.iterdir()) == sorted(
        file_name(r, lang, "a4") for r in ("MD-CA", "MD-CU") for lang in ("fr", "ar"))
    assert len(items) == 4
    cahul_fr = squash(pdf_text((out / file_name("MD-CA", "fr", "a4")).read_bytes()))
    assert "Bonjourladiaspora" in cahul_fr and "AnaPopescu" in cahul_fr
    assert "brd.gov.md" in cahul_fr
    chisinau_fr = squash(pdf_text((out / file_name("MD-CU", "fr", "a4")).read_bytes()))
    assert "AnaPopescu" not in chisinau_fr
    # Default French body names the region.
    assert "Chișinău" in pdf_text((out / file_name("MD-CU", "fr", "a4")).read_bytes())
    # The region without focal points gets the warning; nobody gets an error.
    assert not any(item.has_errors for item in items)
    assert {i.code for i in items[2].issues} == {"no_points"}


def test_batch_cancel_leaves_only_whole_files(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    progress = Progress()
    seen: list[int] = []

    def stop_after_three(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done == 3:
            progress.cancel()

    progress = Progress(stop_after_three)
    with pytest.raises(Cancelled):
        run_batch(db, out, ["en"], "a5", progress=progress)
    files = list(out.iterdir())
    assert len(files) == 3
    for path in files:
        assert path.suffix == ".pdf" and len(pypdf.PdfReader(path).pages) == 1
    assert seen[0] == 0 and max(seen) == 3


def test_batch_refuses_unknown_regions(db: Database, tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="MD-XX"):
        run_batch(db, tmp_path, ["en"], "a4", regions=["MD-XX"])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    paths = resolve_paths(folder).ensure()
    database = open_database(paths.database, paths.backups)
    with database.transaction() as session:
        configure_office(session, "MD", "")
    add_focal_point(database, "Ana Popescu", phone="+37329922345")
    database.close()
    return folder


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "flyer", *args])


def test_cli_single_flyer(data_dir: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cahul.pdf"
    code = run(data_dir, "--region", "md-ca", "--lang", "ro", "--template", "a5",
               "--headline", "Bună ziua", "--url", "brd.gov.md", "--bleed", "--crop-marks",
               "--out", str(out))
    assert code == 0
    captured = capsys.readouterr()
    assert "written" in captured.out and "1 focal point" in captured.out
    assert captured.err == ""  # no preflight problem
    reader = pypdf.PdfReader(out)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.bleedbox.width) > float(page.trimbox.width)
    text = squash(pdf_text(out.read_bytes()))
    assert "Bunăziua" in text and "AnaPopescu" in text and "brd.gov.md" in text


def test_cli_saved_flyer(data_dir: Path, tmp_path: Path) -> None:
    database = open_database(resolve_paths(data_dir).database, resolve_paths(data_dir).backups)
    with database.transaction() as session:
        flyer_id = save_flyer(session, FlyerValues(region_code="MD-CA", language="ar",
                                                   template="letter", headline="أهلا",
                                                   url="https://brd.gov.md"))
    database.close()
    out = tmp_path / "saved.pdf"
    assert run(data_dir, "--flyer", flyer_id, "--out", str(out)) == 0
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert run(data_dir, "--flyer", "no-such-id", "--out", str(out)) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--region", "MD-XX", "--lang", "ro"], "unknown region 'MD-XX'"),
    (["--region", "MD-CA", "--lang", "de"], "unknown language 'de'"),
    (["--region", "MD-CA", "--lang", "ro", "--template", "a6"], "unknown template 'a6'"),
    (["--region", "MD-CA", "--lang", "ro", "--url", "not a url"], "web address"),
    (["--region", "MD-CA"], "--lang"),
])
def test_cli_clear_errors_exit_1(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], args: list[str],
                                 message: str) -> None:
    out = tmp_path / "x.pdf"
    assert run(data_dir, *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_cli_batch(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "flyers"
    assert run(data_dir, "--all-regions", "--langs", "fr,ar", "--template", "a4",
               "--out-dir", str(out)) == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 * 37  # Moldova's 37 first-level regions, two languages
    assert "flyer_MD-CA_ar_a4.pdf" in files
    captured = capsys.readouterr()
    assert "74 flyer(s) written" in captured.out
    # The placeholder address is pointed out once for the whole batch, not 74 times.
    example = [line for line in captured.err.splitlines() if "example" in line]
    assert len(example) == 1 and example[0].startswith("all 74 flyers: warning:")


@pytest.mark.parametrize(("args", "message"), [
    (["--all-regions", "--langs", "fr,xx", "--out-dir", "D"], "unknown language 'xx'"),
    (["--all-regions", "--langs", "fr", "--template", "poster", "--out-dir", "D"],
     "unknown template 'poster'"),
    (["--regions", "MD-CA,MD-ZZ", "--langs", "fr", "--out-dir", "D"], "MD-ZZ"),
    (["--all-regions", "--out-dir", "D"], "--langs"),
    (["--all-regions", "--langs", "fr"], "--out-dir"),
])
def test_cli_batch_errors_exit_1(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], args: list[str],
                                 message: str) -> None:
    args = [str(tmp_path / "out") if a == "D" else a for a in args]
    assert run(data_dir, *args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
