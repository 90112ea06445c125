"""Candidates go through the registry's import machinery: CLI, dry run, error file, undo,
and an export that re-imports into the same records."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db import Database, open_database
from desktop.models import Candidate
from desktop.services.candidates import candidate_values
from desktop.services.importing import export_records, run_import, spec_for, undo_batch

MESSY = (
    "Nom;Sexe;Année de naissance;Pays;Citoyenneté;Génération;Courriel;Téléphone;Thèmes\n"
    "Ana Rusu;F;1985;Italie;double;2;ana@example.org;347 123 4567;Remittances, Investissements\n"
    "Ion Ceban;M;2030;France;origine;1;ion@example;;tourism\n"
    "\n"
    "Olena Koval;femme;1990;Allemagne;destination;3ème;olena@example.de;;\n"
)


def test_spec_is_registered_for_the_cli_name() -> None:
    spec = spec_for("candidates")
    assert spec.entity == "candidate"
    assert spec.required[0].key == "name"


def test_french_headers_dry_run_errors_and_undo(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "volunteers.csv"
    path.write_bytes(MESSY.encode("cp1252"))  # Excel's "CSV" on Windows
    dry = run_import(db, "candidates", path, dry_run=True)
    assert (dry.rows_read, dry.imported, dry.rejected) == (3, 2, 1)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0
    errors = {e.field for e in dry.errors}
    assert errors == {"birth_year", "email"}
    assert all(e.line == 3 for e in dry.errors)

    report = run_import(db, "candidates", path)
    assert report.imported == 2 and report.batch_id
    with db.sessions() as session:
        ana = session.scalars(select(Candidate).where(Candidate.name == "Ana Rusu")).one()
        assert (ana.gender, ana.country_code, ana.citizenship, ana.generation) == (
            "female", "IT", "dual", "second")
        assert ana.topics == ["remittances", "investments"]
        assert ana.phone == "+393471234567"
    with db.transaction() as session:
        assert undo_batch(session, report.batch_id) == 2
    with db.sessions() as session:
        live = session.scalar(select(func.count()).select_from(Candidate)
                              .where(Candidate.deleted_at.is_(None)))
        assert live == 0


def test_export_reimports_into_the_same_records(db: Database, tmp_path: Path) -> None:
    from desktop.services.candidates import save_candidate

    with db.transaction() as session:
        for values in (
            {"name": "Maria Rossi", "gender": "female", "birth_year": "1980",
             "country_code": "IT", "citizenship": "dual", "generation": "second",
             "education_level": "master", "occupation_sector": "health_care",
             "skills": "nursing; first aid", "languages": "ro; it", "topics": "remittances",
             "region_code": "MD-CU", "email": "maria@example.it", "phone": "+393471234567",
             "address": "Via Roma 5", "notes": "Prefers evenings"},
            {"name": "Иван Петров", "country_code": "RU", "generation": "first"},
        ):
            save_candidate(session, None, values)
    spec = spec_for("candidates")
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"export{suffix}"
        with db.sessions() as session:
            assert export_records(session, spec, out) == 2
        other = open_database(tmp_path / f"other{suffix}.db", tmp_path / "b")
        try:
            with other.transaction() as session:
                from desktop.services.regions import configure_office

                configure_office(session, "MD", "")
            assert run_import(other, "candidates", out).imported == 2
            with db.sessions() as a, other.sessions() as b:
                def values(session: object) -> list[dict[str, object]]:
                    rows = session.scalars(select(Candidate).order_by(Candidate.name))  # type: ignore[attr-defined]
                    return [candidate_values(c) for c in rows]

                assert values(a) == values(b)
        finally:
            other.close()


def test_cli_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    source = tmp_path / "in.csv"
    source.write_text("Name,Country,Email\nAna,IT,ana@example.org\nIon,Atlantis,\n",
                      encoding="utf-8")
    errors = tmp_path / "errors.csv"
    code = main(["--data-dir", str(data), "--country", "MD", "import", "candidates",
                 str(source), "--errors", str(errors)])
    assert code == 2
    with errors.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == ["Ion", "Atlantis"] and "Atlantis" in rows[1][-1]
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(data), "export", "candidates", str(out)]) == 0
    assert "Ana" in out.read_text(encoding="utf-8-sig")
