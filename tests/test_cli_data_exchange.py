"""The import, export and duplicates commands: output, files written and exit codes."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.config import Paths
from desktop.db import Database
from desktop.models import Association
from desktop.models.imports import ImportBatch
from desktop.services import dedupe

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def run(paths: Paths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


def live(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Association)
                                  .where(Association.deleted_at.is_(None))) or 0)


def test_import_all_good_exits_0_and_prints_a_summary(
        paths: Paths, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "good.csv"
    path.write_text("Name;Email\nDoina;doina@example.org\nIzvor;izvor@example.org\n",
                    encoding="utf-8")
    assert run(paths, "import", "associations", str(path)) == 0
    out = capsys.readouterr().out
    assert "rows read: 2" in out and "imported: 2" in out and "rejected: 0" in out
    batch = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("batch: "))
    assert live(db) == 2
    assert run(paths, "import", "undo", batch) == 0
    assert "2 records moved to the trash" in capsys.readouterr().out
    assert live(db) == 0
    assert run(paths, "import", "undo", batch) == 1
    assert "already undone" in capsys.readouterr().err


def test_some_rows_rejected_exits_2_and_writes_the_errors_file(
        paths: Paths, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Nom,Courriel,Ville\nDoina,doina@example.org,Roma\n,x@example.org,Paris\n"
                    "Izvor,izvor(at)example.org,Lyon\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    assert run(paths, "import", "associations", str(path), "--errors", str(errors)) == 2
    captured = capsys.readouterr()
    assert "imported: 1" in captured.out and "rejected: 2" in captured.out
    assert "line 3, column Nom:" in captured.err
    assert "line 4, column Courriel:" in captured.err
    with errors.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Nom", "Courriel", "Ville", "line", "column", "reason"]
    assert [(r[0], r[2], r[3], r[4]) for r in rows[1:]] == [("", "Paris", "3", "Nom"),
                                                           ("Izvor", "Lyon", "4", "Courriel")]
    assert live(db) == 1


def test_dry_run_changes_nothing(paths: Paths, db: Database, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Name,Email\nA,a@example.org\nB,nope\n", encoding="utf-8")
    assert run(paths, "import", "associations", str(path), "--dry-run") == 2
    assert "would import: 1" in capsys.readouterr().out
    good = tmp_path / "good.csv"
    good.write_text("Name\nA\n", encoding="utf-8")
    assert run(paths, "import", "associations", str(good), "--dry-run") == 0
    assert live(db) == 0
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"City;Email\nRoma;x@example.org\n", "no column for Name"),
    (b"Name;Email\n", "no rows"),
])
def test_unimportable_files_exit_1_with_a_message_and_change_nothing(
        paths: Paths, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert run(paths, "import", "associations", str(path)) == 1
    err = capsys.readouterr().err
    assert err.startswith("diaspora-desk: ") and message in err
    assert "Traceback" not in err
    assert live(db) == 0


def test_missing_file_and_unknown_kind(paths: Paths, db: Database, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(paths, "import", "associations", str(tmp_path / "nope.csv")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert run(paths, "import", "flyers", str(tmp_path / "nope.csv")) == 1
    assert "associations|focal-points" in capsys.readouterr().err
    assert run(paths, "import", "undo", "no-such-batch") == 1
    assert "no import" in capsys.readouterr().err


def test_export_with_filter_and_reimport(paths: Paths, db: Database, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        session.add_all([Association(name="Dor de Casă", city="Padova", country_code="IT"),
                         Association(name="Izvor", city="Lyon", country_code="FR")])
    out = tmp_path / "padova.xlsx"
    assert run(paths, "export", "associations", str(out), "--filter", "PADOVA") == 0
    assert "exported 1 records" in capsys.readouterr().out
    assert run(paths, "export", "associations", str(tmp_path / "x.pdf")) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
    assert run(paths, "import", "associations", str(out)) == 0
    with db.sessions() as session:
        names = sorted(session.scalars(select(Association.name)))
    assert names == ["Dor de Casă", "Dor de Casă", "Izvor"]


def test_duplicates_table_and_csv(paths: Paths, db: Database, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        session.add_all([Association(name="Молдова Унита", country_code="RU"),
                         Association(name="Moldova Unita", country_code="RU"),
                         Association(name="Codrii", country_code="DE")])
    assert run(paths, "duplicates", "associations") == 0
    out = capsys.readouterr().out
    assert "Moldova Unita" in out and "name 100 % similar after transliteration" in out
    assert "1 likely pairs" in out and "Codrii" not in out
    pairs = tmp_path / "pairs.csv"
    assert run(paths, "duplicates", "associations", "--out", str(pairs)) == 0
    with pairs.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and int(rows[0]["score"]) >= dedupe.THRESHOLD
    assert {rows[0]["first_name"], rows[0]["second_name"]} == {"Молдова Унита", "Moldova Unita"}
    assert run(paths, "duplicates", "focal-points") == 0
    assert "no likely duplicates" in capsys.readouterr().out


@pytest.mark.e2e
def test_import_as_a_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("Nom;Courriel\r\nSpéranța;s@example.org\r\n;bad\r\n".encode("cp1252",
                                                                                  "replace"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--country",
         "MD", "import", "associations", str(path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2, result.stderr
    assert "imported: 1" in result.stdout and "rejected: 1" in result.stdout
    assert "line 3, column Nom" in result.stderr
