"""Import and export of associations and focal points over real, deliberately messy files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import Association, AssociationFocalPoint, FocalPoint, OutboxEntry, utcnow
from desktop.models.imports import ImportBatch
from desktop.services import dedupe
from desktop.services.importing import (
    ImportFileError,
    UndoError,
    analyse,
    apply_saved,
    auto_map,
    execute,
    export_records,
    list_batches,
    load_mapping,
    mapping_by_header,
    read_table,
    run_import,
    save_mapping,
    saved_mappings,
    spec_for,
    undo_batch,
    undo_check,
    write_errors_csv,
)
from desktop.services.progress import Cancelled, Progress

ASSOCIATIONS = spec_for("associations")
FOCAL_POINTS = spec_for("focal-points")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def records(db: Database, cls: Any = Association) -> list[Any]:
    with db.sessions() as session:
        return list(session.scalars(select(cls).where(cls.deleted_at.is_(None))
                                    .order_by(cls.name)))


def count(db: Database, cls: Any = Association) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(cls)) or 0)


# --------------------------------------------------------------------------------------------
# Readers


def test_utf8_bom_semicolons_and_french_headers(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv",
                 "Nom;Sigle;Pays;Ville;Courriel;Téléphone\r\n"
                 "Asociația Moldovenilor din Torino ;AMT;Italie;Torino;Info@AMT.it;"
                 "347 123 4567\r\n", "utf-8-sig")
    table = read_table(path)
    assert (table.encoding, table.separator) == ("UTF-8 (BOM)", ";")
    assert table.headers[0] == "Nom"  # no BOM left in the first header
    report = run_import(db, "association", path)
    assert (report.imported, report.rejected, report.exit_code) == (1, 0, 0)
    [assoc] = records(db)
    assert assoc.name == "Asociația Moldovenilor din Torino"  # trailing space stripped
    assert (assoc.acronym, assoc.country_code, assoc.city) == ("AMT", "IT", "Torino")
    assert assoc.email == "info@amt.it"
    assert assoc.phone == "+393471234567"  # national number read with the country's prefix


def test_windows_1252_with_commas(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv",
                 'Name,Country,City,Notes\n'
                 '"Société des Moldaves, Montréal",CA,Montréal,"Fondée en 1998 – « actif »"\n',
                 "cp1252")
    table = read_table(path)
    assert (table.encoding, table.separator) == ("Windows-1252", ",")
    run_import(db, "association", path)
    [assoc] = records(db)
    assert assoc.name == "Société des Moldaves, Montréal"
    assert assoc.notes == "Fondée en 1998 – « actif »"


def test_tabs_and_spanish_headers(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt",
                 "Nombre\tPaís\tCorreo electrónico\tAño de fundación\tNúmero de miembros\n"
                 "Asociación Moldava de Madrid\tEspaña\tamm@example.es\t2004\t1 200\n")
    table = read_table(path)
    assert table.separator == "\t"
    mapping = auto_map(ASSOCIATIONS, table.headers)
    assert mapping == {0: "name", 1: "country_code", 2: "email", 3: "founding_year",
                       4: "member_count"}
    run_import(db, "association", path)
    [assoc] = records(db)
    assert (assoc.country_code, assoc.founding_year, assoc.member_count) == ("ES", 2004, 1200)


def test_blank_lines_multiline_cells_and_line_numbers(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv",
                 "\n"                                        # line 1: blank before the header
                 "Name,Email,Notes\n"                        # line 2
                 "\n"                                        # line 3
                 'Doina,doina@example.org,"first line\n'     # line 4 (cell spans 4-5)
                 'second line"\n'                            # line 5
                 ",,\n"                                      # line 6: only separators
                 "Izvor,not-an-email,\n"                     # line 7: bad
                 "   \n"                                     # line 8
                 "Codrii,codrii@example.org,  \n")           # line 9
    report = run_import(db, "association", path)
    assert (report.rows_read, report.imported, report.rejected) == (3, 2, 1)
    [error] = report.errors
    assert (error.line, error.column, error.field) == (7, "Email", "email")
    assert "@" in error.reason
    doina = next(a for a in records(db) if a.name == "Doina")
    assert doina.notes == "first line\nsecond line"
    assert report.exit_code == 2


def test_missing_required_column_is_refused_before_anything_changes(
        db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "Email;City\nx@example.org;Roma\n")
    with pytest.raises(ImportFileError, match="no column for Name"):
        run_import(db, "association", path)
    assert count(db) == 0
    assert count(db, ImportBatch) == 0


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b";;;\n;;\n"])
def test_empty_files_are_refused(db: Database, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="empty"):
        run_import(db, "association", path)


def test_header_without_rows_is_refused(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "Name;Email\n\n")
    with pytest.raises(ImportFileError, match="no rows"):
        run_import(db, "association", path)


def test_unreadable_files(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_table(tmp_path)
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match=r"\.xlsx or \.csv"):
        read_table(old_excel)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ImportFileError, match="Excel"):
        read_table(broken)
    binary = tmp_path / "picture.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError, match="not a text"):
        read_table(binary)


def test_a_one_megabyte_cell_is_rejected_with_a_reason(db: Database, tmp_path: Path) -> None:
    huge = "x" * (1024 * 1024)
    path = write(tmp_path / "a.csv", f'Name,Notes\nBig,"{huge}"\nSmall,fine\n')
    report = run_import(db, "association", path)
    assert (report.imported, report.rejected) == (1, 1)
    assert report.errors[0].line == 2 and report.errors[0].column == "Notes"
    assert "too long" in report.errors[0].reason
    assert [a.name for a in records(db)] == ["Small"]


def test_xlsx_with_excel_dates_and_numbers(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])  # an empty first row: the header is the first non-empty one
    sheet.append(["Nom complet", "Région", "Téléphone", "Actif depuis", "Actif jusqu'au",
                  "Date du consentement", "Mode de consentement", "Sur les dépliants"])
    sheet.append(["Ion Popescu", "MD-CU", 22123456.0, dt.datetime(2021, 3, 1),
                  dt.date(2027, 12, 31), 45000, "formulaire signé", "oui"])
    sheet.append(["Maria Rusu", "MD-BA", "", "31.12.2020", None, None, "", "non"])
    path = tmp_path / "focal.xlsx"
    workbook.save(path)
    report = run_import(db, "focal_point", path)
    assert (report.imported, report.rejected) == (2, 0), report.errors
    ion = next(f for f in records(db, FocalPoint) if f.name == "Ion Popescu")
    assert ion.region_code == "MD-CU"
    assert ion.phone == "+37322123456"  # a number cell, read with the home country's prefix
    assert ion.active_from == dt.date(2021, 3, 1)
    assert ion.active_until == dt.date(2027, 12, 31)
    assert ion.publication_consent_on == dt.date(2023, 3, 15)  # Excel serial 45000
    assert ion.listed_on_flyers is True
    maria = next(f for f in records(db, FocalPoint) if f.name == "Maria Rusu")
    assert maria.active_from == dt.date(2020, 12, 31)


# --------------------------------------------------------------------------------------------
# Checking and importing


def test_errors_file_has_original_columns_line_column_and_reason(
        db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv",
                 "Nom;Courriel;Année de fondation\n"
                 "Bon;bon@example.org;2001\n"
                 ";x@;3001\n")
    with db.sessions() as session:
        plan = analyse(session, ASSOCIATIONS, read_table(path))
    out = tmp_path / "errors.csv"
    assert write_errors_csv(plan, out) == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Nom", "Courriel", "Année de fondation", "line", "column", "reason"]
    assert rows[1][:4] == ["", "x@", "3001", "3"]
    assert rows[1][4].split(" | ") == ["Nom", "Courriel", "Année de fondation"]
    assert len(rows[1][5].split(" | ")) == 3


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "Name,Email\nA,a@example.org\nB,bad\n")
    report = run_import(db, "association", path, dry_run=True)
    assert (report.imported, report.rejected, report.batch_id, report.exit_code) == (
        1, 1, None, 2)
    assert count(db) == 0 and count(db, ImportBatch) == 0


def test_duplicates_are_flagged_not_rejected(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        session.add(Association(name="Moldova Unita", email="mu@example.org"))
    path = write(tmp_path / "a.csv",
                 "Name,Email\nMoldova Unită Roma,mu@example.org\nCasa Mare,cm@example.org\n"
                 "Casa  Mare,cm@example.org\n")
    report = run_import(db, "association", path)
    assert (report.imported, report.rejected, report.flagged) == (3, 0, 2)
    messages = {w.line: w.message for w in report.warnings}
    assert "Moldova Unita" in messages[2] and "same email" in messages[2]
    assert "line 3 of this file" in messages[4]


def test_import_is_all_or_nothing(db: Database, tmp_path: Path) -> None:
    rows = "".join(f"Association {n},a{n}@example.org\n" for n in range(2100))
    path = write(tmp_path / "a.csv", "Name,Email\n" + rows)
    with db.sessions() as session:
        plan = analyse(session, ASSOCIATIONS, read_table(path))
        outbox_before = session.scalar(select(func.count()).select_from(OutboxEntry))
    seen: list[str] = []

    def cancel_while_importing(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message == "Importing" and done > 0:
            progress.cancel()

    progress = Progress(cancel_while_importing)
    with pytest.raises(Cancelled):
        execute(db, plan, "a.csv", progress)
    assert "Importing" in seen
    assert count(db) == 0 and count(db, ImportBatch) == 0
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == outbox_before


def test_regional_office_imports_into_its_region(db: Database, tmp_path: Path) -> None:
    from desktop.services.meta import OFFICE_REGION, set_meta

    with db.transaction() as session:
        set_meta(session, OFFICE_REGION, "MD-CU")
    path = write(tmp_path / "a.csv", "Name,Origin region\nA,\nB,MD-BA\n")
    run_import(db, "association", path)
    assert {a.name: a.region_code for a in records(db)} == {"A": "MD-CU", "B": "MD-BA"}


# --------------------------------------------------------------------------------------------
# Batches and undo


def _import(db: Database, tmp_path: Path, text: str, name: str = "a.csv") -> str:
    report = run_import(db, "association", write(tmp_path / name, text))
    assert report.batch_id is not None
    return report.batch_id


def test_batch_is_recorded_and_undone(db: Database, tmp_path: Path) -> None:
    batch_id = _import(db, tmp_path, "Nom;Courriel\nA;a@example.org\nB;b@example.org\nC;bad\n")
    with db.sessions() as session:
        [info] = list_batches(session, "association")
    assert (info.id, info.file_name, info.rows_read, info.rows_imported, info.rows_rejected) == (
        batch_id, "a.csv", 3, 2, 1)
    assert info.mapping == {"Nom": "name", "Courriel": "email"}
    assert {a.import_batch_id for a in records(db)} == {batch_id}
    with db.transaction() as session:
        assert undo_check(session, batch_id) == ""
        assert undo_batch(session, batch_id, "tester") == 2
    assert records(db) == []
    with db.sessions() as session:
        tombstones = list(session.scalars(select(Association)))
        assert all(a.deleted_at is not None for a in tombstones)
        outbox = {e.record_id for e in session.scalars(select(OutboxEntry))}
        assert {a.id for a in tombstones} <= outbox  # the undo syncs as tombstones
        assert session.get(ImportBatch, batch_id).undone_at is not None  # type: ignore[union-attr]
    with db.transaction() as session, pytest.raises(UndoError, match="already undone"):
        undo_batch(session, batch_id)


def test_undo_is_refused_once_a_record_was_edited(db: Database, tmp_path: Path) -> None:
    batch_id = _import(db, tmp_path, "Name\nA\nB\n")
    with db.transaction() as session:
        record = session.scalar(select(Association).where(Association.name == "B"))
        assert record is not None
        record.city = "Roma"
    with db.transaction() as session, pytest.raises(UndoError, match="1 of its records"):
        undo_batch(session, batch_id)
    assert len(records(db)) == 2


def test_undo_is_refused_once_a_record_was_linked(db: Database, tmp_path: Path) -> None:
    batch_id = _import(db, tmp_path, "Name\nA\n")
    with db.transaction() as session:
        fp = FocalPoint(name="Ion")
        session.add(fp)
        session.flush()
        assoc = session.scalar(select(Association))
        assert assoc is not None
        session.add(AssociationFocalPoint(association_id=assoc.id, focal_point_id=fp.id))
    with db.sessions() as session:
        assert "changed since" in undo_check(session, batch_id)


def test_undo_of_unknown_batch(db: Database) -> None:
    with db.transaction() as session, pytest.raises(UndoError, match="no import"):
        undo_batch(session, "nope")


# --------------------------------------------------------------------------------------------
# Mappings


def test_headers_are_recognised_without_case_accents_or_punctuation() -> None:
    headers = ["NOM DE L'ASSOCIATION", "e-mail", "Telefono", "N° d'enregistrement :",
               "Site Internet", "Année de création", "Domaines d'engagement", "Unrelated",
               "Adress e-mail"]
    mapping = auto_map(ASSOCIATIONS, headers)
    assert mapping == {0: "name", 1: "email", 2: "phone", 3: "registration_number",
                       4: "website", 5: "founding_year", 6: "engagement_areas"}
    # A close misspelling is recognised when the field is still free.
    assert auto_map(ASSOCIATIONS, ["Nom", "Adress e-mail"]) == {0: "name", 1: "email"}


def test_saved_mapping_is_reused(db: Database) -> None:
    headers = ["Denumirea asociației", "Contact e-mail", "Oraș"]
    chosen = {0: "name", 1: "email", 2: "city"}
    with db.transaction() as session:
        save_mapping(session, "association", "Italian consulate list",
                     mapping_by_header(headers, chosen))
        save_mapping(session, "association", "Other", {"X": "name"})
    with db.sessions() as session:
        assert set(saved_mappings(session, "association")) == {"Italian consulate list", "Other"}
        saved = load_mapping(session, "association", "Italian consulate list")
    later_file = ["Notes", "DENUMIREA ASOCIAȚIEI", "contact e-mail", "oraș"]
    assert apply_saved(ASSOCIATIONS, later_file, saved) == {0: "notes", 1: "name", 2: "email",
                                                             3: "city"}


# --------------------------------------------------------------------------------------------
# Export and round trip


def _sample(db: Database) -> None:
    with db.transaction() as session:
        session.add_all([
            Association(name="Asociația „Dor de Casă”", acronym="DDC", country_code="IT",
                        city="Padova", region_code="MD-CU", founding_year=2004,
                        registration_number="PD-2004/17", contact_person="Ion Popescu",
                        email="ddc@example.it", phone="+393471234567",
                        website="https://dordecasa.it/", member_count=120,
                        engagement_areas=["remittances", "youth_empowerment"],
                        sectors=["Culture", "Education"], languages=["ro", "it"],
                        status="verified", consent_to_publish=True,
                        notes="Two lines\nof notes; with a semicolon, and a comma"),
            Association(name="=HYPERLINK(\"http://evil\")", country_code="FR",
                        notes="-starts with minus", contact_person="@someone"),
            Association(name="Молдова Унита", country_code="RU", city="Москва",
                        languages=["ru", "en", "hu"], status="inactive"),
            Association(name="Gone", deleted_at=utcnow()),
        ])
        session.add(FocalPoint(name="محمد علي", gender="male", role="consular",
                               institution="Consulat", title="Consul", region_code="MD-BA",
                               email="m@example.org", phone="+37322123456",
                               languages=["ar", "fr", "en"], listed_on_flyers=True,
                               publication_consent_on=dt.date(2024, 5, 2),
                               publication_consent_how="signed form",
                               active_from=dt.date(2024, 1, 1), active_until=None))


def _fields(db: Database, spec: Any) -> list[dict[str, Any]]:
    keys = [f.key for f in spec.fields]
    return sorted(({k: getattr(r, k) for k in keys} for r in records(db, spec.model)),
                  key=lambda v: v["name"])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_records(
        db: Database, tmp_path: Path, suffix: str) -> None:
    from desktop.config import Paths
    from desktop.db import open_database
    from desktop.services.regions import configure_office

    _sample(db)
    other_paths = Paths(tmp_path / "other").ensure()
    other = open_database(other_paths.database, other_paths.backups)
    try:
        with other.transaction() as session:
            configure_office(session, "MD", "")
        for spec in (ASSOCIATIONS, FOCAL_POINTS):
            out = tmp_path / f"{spec.cli_name}{suffix}"
            with db.sessions() as session:
                written = export_records(session, spec, out)
            assert written == len(records(db, spec.model))
            report = run_import(other, spec.entity, out)
            assert (report.rejected, report.imported) == (0, written), report.errors
            assert _fields(other, spec) == _fields(db, spec)
    finally:
        other.close()


def test_export_protects_against_formulas(db: Database, tmp_path: Path) -> None:
    _sample(db)
    out = tmp_path / "a.csv"
    with db.sessions() as session:
        export_records(session, ASSOCIATIONS, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@someone" in text and "'-starts" in text
    assert ",+393471234567," in text  # phone numbers stay as they are
    from openpyxl import load_workbook

    xlsx = tmp_path / "a.xlsx"
    with db.sessions() as session:
        export_records(session, ASSOCIATIONS, xlsx)
    sheet = load_workbook(xlsx).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)


def test_export_of_given_ids_keeps_their_order_and_filter(db: Database, tmp_path: Path) -> None:
    _sample(db)
    with db.sessions() as session:
        ids = {a.name: a.id for a in session.scalars(select(Association))}
        out = tmp_path / "some.csv"
        assert export_records(session, ASSOCIATIONS, out,
                              ids=[ids["Молдова Унита"], ids["Asociația „Dor de Casă”"]]) == 2
        filtered = tmp_path / "filtered.csv"
        assert export_records(session, ASSOCIATIONS, filtered, filter_text="dor de casa") == 1
        assert export_records(session, ASSOCIATIONS, tmp_path / "none.csv",
                              filter_text="gone") == 0  # tombstones are never exported
    names = [row[0] for row in csv.reader(out.open(encoding="utf-8-sig"))][1:]
    assert names == ["Молдова Унита", "Asociația „Dor de Casă”"]
