"""Files as offices really have them: legacy code pages, title blocks, totals rows, headers
and values in all six UI languages; candidates counted once; bad input refused in words."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.cli import main
from desktop.config import Paths
from desktop.db import Database
from desktop.models import Association, Candidate, Consent, Consultation, Participation, utcnow
from desktop.models.registry import RecordHistory
from desktop.services import candidate_merge, dedupe
from desktop.services.candidate_dedupe import (
    candidate_pairs,
    mark_not_same_person,
    matches_for_person,
)
from desktop.services.consultation_criteria import Criteria, Profile
from desktop.services.consultation_selection import build_problem
from desktop.services.households import address_key, group_households, household_of
from desktop.services.importing import export_records, read_for_import, spec_for
from desktop.services.importing.encodings import decode
from desktop.services.importing.export import csv_safe
from desktop.services.importing.layout import summary_reason
from desktop.services.importing.values import recognise
from desktop.services.pool_duplicates import pool_duplicates

ASSOCIATIONS = spec_for("associations")
CANDIDATES = spec_for("candidates")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def run(paths: Paths, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *args])


RUSSIAN = ("Список ассоциаций, 2024\n"
           "\n"
           "Название;Страна;Город;Эл. почта;Статус\n"
           "Ассоциация молдаван Берлина;Германия;Берлин;berlin@example.org;проверено\n"
           "Дор де Касэ;Франция;Париж;dor@example.org;в ожидании\n"
           "Итого: 2;;;;\n")


def test_russian_excel_csv_in_windows_1251_imports_through_the_cli(
        db: Database, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ассоциации.csv"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert run(paths, "import", "associations", str(path)) == 0
    out = capsys.readouterr().out
    assert "encoding: Windows-1251" in out
    assert "header on row 3" in out
    assert "line 6: a totals row (“Итого: 2”), not data" in out
    with db.sessions() as session:
        rows = session.execute(select(Association.name, Association.country_code,
                                      Association.status).order_by(Association.name)).all()
    assert [tuple(r) for r in rows] == [
        ("Ассоциация молдаван Берлина", "DE", "verified"), ("Дор де Касэ", "FR", "pending")]


def test_header_row_option_overrides_the_detection(
        db: Database, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Name;City\nAlpha;Lyon\nName;Country\nBeta;FR\n", encoding="utf-8")
    assert run(paths, "import", "associations", str(path), "--header-row", "3",
               "--dry-run") == 0
    assert "would import: 1" in capsys.readouterr().out
    assert run(paths, "import", "associations", str(path), "--header-row", "9") == 1
    assert "has no row 9: its last row is 4" in capsys.readouterr().err


def test_arabic_utf16_file_maps_headers_and_country_names(db: Database, tmp_path: Path) -> None:
    text = "الاسم\tالبلد\tالمدينة\tالبريد الإلكتروني\nجمعية الجالية\tفرنسا\tباريس\ta@example.org\n"
    path = tmp_path / "ar.txt"
    path.write_bytes(text.encode("utf-16"))
    table = read_for_import(ASSOCIATIONS, path)
    assert table.encoding == "UTF-16"
    from desktop.services.importing import analyse, auto_map

    mapping = auto_map(ASSOCIATIONS, table.headers)
    assert sorted(mapping.values()) == ["city", "country_code", "email", "name"]
    with db.sessions() as session:
        plan = analyse(session, ASSOCIATIONS, table, mapping)
    assert not plan.errors
    assert plan.good[0][1]["country_code"] == "FR"


@pytest.mark.parametrize(("value", "kind", "code"), [
    ("Германия", "country", "DE"), ("ألمانيا", "country", "DE"), ("Germania", "country", "DE"),
    ("Allemagne", "country", "DE"), ("DEU", "country", "DE"), ("Marea Britanie", "country", "GB"),
    ("да", "yes_no", True), ("نعم", "yes_no", True), ("Нет", "yes_no", False),
    ("Мужской", "gender", "male"), ("أنثى", "gender", "female"), ("Femeie", "gender", "female"),
    ("Двойное гражданство", "citizenship", "dual"), ("الجيل الثاني", "generation", "second"),
    ("a treia generație", "generation", "third_plus"), ("غير نشط", "status", "inactive"),
    ("Atlantis", "country", "Atlantis"),
])
def test_values_are_recognised_in_every_ui_language(value: str, kind: str, code: object) -> None:
    assert recognise(kind, value) == code


@pytest.mark.parametrize("cell", ["TOTAL", "Total général", "Итого", "ИТОГО:", "الإجمالي",
                                  "Σ", "Total: 42", "=SUM(B2:B9)", "=COUNTA(A2:A50)",
                                  "=СУММ(B2:B9)", "Grand total"])
def test_summary_rows_are_recognised(cell: str) -> None:
    assert summary_reason(("", cell, "12"))


@pytest.mark.parametrize("cell", ["Total Diaspora", "Asociația Totalitatea", "Sum Ltd"])
def test_names_that_merely_contain_a_total_word_are_data(cell: str) -> None:
    assert summary_reason((cell,)) == ""


def test_xlsx_with_title_block_and_sum_formula(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Associations partenaires"])
    sheet.append([])
    sheet.append(["Nom", "Pays", "Membres"])
    sheet.append(["Alpha", "Italie", 10])
    sheet.append(["Beta", "Espagne", 20])
    sheet.append(["", "", "=SUM(C4:C5)"])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    table = read_for_import(ASSOCIATIONS, path)
    assert table.header_line == 3
    assert [r.cells[0] for r in table.rows] == ["Alpha", "Beta"]
    assert [s.line for s in table.skipped] == [6]


ROWS = [["Name", "Country", "City"], ["Asociația Dor", "Italia", "Torino"],
        ["Ассоциация Прут", "Россия", "Москва"], ["جمعية", "فرنسا", "باريس"]]
CODECS = {"utf-8": 3, "utf-8-sig": 3, "utf-16": 3, "cp1252": 1, "cp1250": 1, "cp1251": 2,
          "cp1256": 3}
"""codec -> how many of ROWS' data rows it can encode (Latin, then Cyrillic, then Arabic)."""


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(codec=st.sampled_from(sorted(CODECS)), separator=st.sampled_from([";", ",", "\t", "|"]),
       title_rows=st.integers(0, 4), blanks=st.integers(0, 2))
def test_any_encoding_separator_and_header_position(tmp_path: Path, codec: str, separator: str,
                                                    title_rows: int, blanks: int) -> None:
    rows = [ROWS[0]]
    if codec in ("cp1251",):
        rows += [ROWS[2]]
    elif codec in ("cp1256",):
        rows += [ROWS[3]]
    elif codec in ("cp1252", "cp1250"):
        rows += ([["Asociaţia Dor", "Italia", "Torino"]] if codec == "cp1250"
                 else [["Association Étoile", "France", "Créteil"]])
    else:
        rows += ROWS[1:]
    lines = [f"Liste {n}" for n in range(title_rows)] + [""] * blanks
    lines += [separator.join(r) for r in rows]
    path = tmp_path / f"f-{codec}-{ord(separator)}-{title_rows}-{blanks}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(codec))
    table = read_for_import(ASSOCIATIONS, path)
    assert table.headers == ["Name", "Country", "City"]
    assert table.header_line == title_rows + blanks + 1
    assert [list(r.cells) for r in table.rows] == rows[1:]
    assert table.separator == separator


@pytest.mark.parametrize(("text", "codec"), [
    ("Название;Город\nАссоциация;Москва\n", "cp1251"),
    ("الاسم;المدينة\nجمعية الجالية;باريس\n", "cp1256"),
    ("Denumire;Oraş\nAsociaţia Românilor;Bucureşti\n", "cp1250"),
    ("Nom;Ville\nAssociation des étudiants;Créteil\n", "cp1252"),
    ("Nazwa;Miasto\nZwiązek;Łódź\n", "iso8859-2"),
    ("Название;Город\nАссоциация;Москва\n", "koi8-r"),
])
def test_legacy_code_pages_are_told_apart(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.codec == codec


@pytest.mark.parametrize(("value", "safe"), [
    ("=1+1", "'=1+1"), ("-1-1", "'-1-1"), ("+1-1", "'+1-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("＝HYPERLINK(\"x\")", "'＝HYPERLINK(\"x\")"), ("＋1", "'＋1"), ("－1", "'－1"),
    ("＠x", "'＠x"), ("\t=1", "'\t=1"), ("-12", "-12"), ("+3.5", "+3.5"),
    ("+37369123456", "+37369123456"), ("Dor", "Dor"),
])
def test_csv_export_neutralises_formula_starters(value: str, safe: str) -> None:
    assert csv_safe(value) == safe


def test_candidate_export_names_the_association_and_reimports_it(
        db: Database, paths: Paths, tmp_path: Path) -> None:
    with db.transaction() as session:
        association = Association(name="Casa Mare Roma", country_code="IT")
        session.add(association)
        session.flush()
        session.add(Candidate(name="Ion Popescu", association_id=association.id,
                              notes="-1-1", country_code="IT"))
    out = tmp_path / "c.csv"
    with db.sessions() as session:
        export_records(session, CANDIDATES, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[0]["Association"] == "Casa Mare Roma"
    assert rows[0]["Notes"] == "'-1-1"
    with db.transaction() as session:
        for candidate in session.scalars(select(Candidate)):
            candidate.deleted_at = candidate.updated_at
    assert run(paths, "import", "candidates", str(out)) == 0
    with db.sessions() as session:
        again = session.scalars(select(Candidate).where(Candidate.deleted_at.is_(None))).one()
        assert again.association_id is not None
        assert session.get(Association, again.association_id).name == "Casa Mare Roma"
        assert again.notes == "-1-1"


# -- candidates counted once ------------------------------------------------------------------


def _add(db: Database, **values: object) -> str:
    with db.transaction() as session:
        candidate = Candidate(**values)
        session.add(candidate)
        session.flush()
        return candidate.id


def test_same_person_in_another_order_and_script(db: Database) -> None:
    first = _add(db, name="Ion Popescu", birth_year=1985, country_code="IT")
    _add(db, name="Maria Ionescu", birth_year=1990, country_code="IT")
    with db.sessions() as session:
        found = matches_for_person(session, {"name": "Попеску Ион", "birth_year": "1985",
                                             "country_code": "IT"})
    assert [m.candidate_id for m in found] == [first]
    assert "same birth year (1985)" in found[0].reasons
    assert "same country of residence" in found[0].reasons


def test_one_letter_typo_and_email_are_found_but_other_birth_years_are_not(
        db: Database) -> None:
    _add(db, name="Elena Rusu", birth_year=1970, email="elena@example.org")
    with db.sessions() as session:
        typo = matches_for_person(session, {"name": "Elena Russu", "birth_year": 1970})
        namesake = matches_for_person(session, {"name": "Elena Rusu", "birth_year": 2001})
        email = matches_for_person(session, {"name": "E. Rusu", "email": "ELENA@example.org"})
    assert typo and typo[0].score >= 50
    assert namesake == []
    assert email and "same email" in email[0].reasons


def test_household_members_sharing_a_phone_are_not_duplicates(db: Database) -> None:
    _add(db, name="Vasile Ceban", phone="+37369111222", birth_year=1960, country_code="MD")
    with db.sessions() as session:
        assert matches_for_person(session, {"name": "Ana Ceban", "phone": "+37369111222",
                                            "birth_year": 1960, "country_code": "MD"}) == []


def test_duplicates_candidates_command_and_not_the_same_person(
        db: Database, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _add(db, name="Mihai Eminescu", birth_year=1950)
    b = _add(db, name="Михай Эминеску", birth_year=1950)
    out = tmp_path / "pairs.csv"
    assert run(paths, "duplicates", "candidates", "--out", str(out)) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert {rows[0]["first_id"], rows[0]["second_id"]} == {a, b}
    assert "same birth year (1950)" in rows[0]["reasons"]
    with db.transaction() as session:
        mark_not_same_person(session, a, b)
    with db.sessions() as session:
        assert candidate_pairs(session) == []


def test_merge_moves_consents_participations_and_history(db: Database) -> None:
    import datetime as dt

    keep = _add(db, name="Ana Lungu", birth_year=1980)
    other = _add(db, name="Ana Lungu", birth_year=1980, email="ana@example.org")
    with db.transaction() as session:
        c1 = Consultation(title="A", status="pool_open")
        c2 = Consultation(title="B", status="pool_open")
        session.add_all([c1, c2])
        session.flush()
        session.add_all([
            Consent(candidate_id=other, given_on=dt.date(2024, 1, 1)),
            Participation(consultation_id=c1.id, candidate_id=keep),
            Participation(consultation_id=c1.id, candidate_id=other),
            Participation(consultation_id=c2.id, candidate_id=other),
        ])
        session.add(RecordHistory(entity="candidate", record_id=other, action="created",
                                  by="test", details={}, at=utcnow()))
    with db.sessions() as session:
        assert len(pool_duplicates(session, [keep, other])) == 1
    with db.transaction() as session:
        result = candidate_merge.merge_candidates_detailed(
            session, keep, other, {"email": "other"}, by="test")
    assert (result.consents_moved, result.participations_moved,
            result.participations_dropped) == (1, 1, 1)
    with db.sessions() as session:
        kept = session.get(Candidate, keep)
        gone = session.get(Candidate, other)
        assert kept.email == "ana@example.org"
        assert gone.deleted_at is not None and gone.extra["merged_into_id"] == keep
        live = session.scalars(select(Participation.consultation_id).where(
            Participation.candidate_id == keep, Participation.deleted_at.is_(None))).all()
        assert sorted(live) == sorted([c1.id, c2.id])
        assert session.scalars(select(Consent.candidate_id)).all() == [keep]
        assert pool_duplicates(session, [keep]) == []


# -- households ---------------------------------------------------------------------------------


def test_households_from_address_and_shared_phone() -> None:
    assert address_key("12, Rue Victor Hugo") == address_key("12 r. Victor-Hugo")
    found = group_households([
        ("a", "12, Rue Victor Hugo, Lyon", "", "FR"),
        ("b", "12 r. Victor-Hugo Lyon", "+33612345678", "FR"),
        ("c", "", "06 12 34 56 78", "FR"),
        ("d", "3 Via Roma, Torino", "", "IT"),
    ])
    assert [h.member_ids for h in found] == [("a", "b", "c")]
    assert found[0].shared == ("address", "phone")


def test_household_cap_is_the_engines_generic_cap() -> None:
    profiles = [Profile("a", {}, None), Profile("b", {}, None), Profile("c", {}, None)]
    criteria = Criteria(cap=1, cap_by="household")
    problem = build_problem(profiles, criteria, 2, households={"a": "H-1", "b": "H-1"})
    assert problem.cap == 1
    assert [p.group for p in problem.pool] == ["H-1", "H-1", None]
    assert Criteria.from_json(criteria.to_json()).cap_by == "household"
    assert household_of(group_households([("x", "", "+33612345678", "FR"),
                                          ("y", "", "+33612345678", "FR")]))["x"].startswith("H-")


# -- bad input ---------------------------------------------------------------------------------


def test_select_verify_refuses_deep_json_and_huge_quotas(
        paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert run(paths, "select", "verify", str(deep)) == 1
    assert "nests deeper than 64 levels" in capsys.readouterr().err
    pool, quotas = tmp_path / "pool.csv", tmp_path / "quotas.csv"
    pool.write_text("id,gender\n" + "".join(f"p{i},{'fm'[i % 2]}\n" for i in range(12)),
                    encoding="utf-8")
    quotas.write_text("feature,value,min,max\ngender,f,1,3\ngender,m,1,3\n", encoding="utf-8")
    audit = tmp_path / "audit.json"
    assert run(paths, "select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "4",
               "--seed", "7", "--out", str(tmp_path / "panel.csv"),
               "--audit-json", str(audit)) == 0
    record = json.loads(audit.read_text(encoding="utf-8"))
    record["problem"]["quotas"][0][2] = 10**25
    audit.write_text(json.dumps(record), encoding="utf-8")
    capsys.readouterr()
    assert run(paths, "select", "verify", str(audit)) == 1
    assert "is not a number of people" in capsys.readouterr().err


def test_select_draw_refuses_a_quota_of_ten_to_the_25(
        paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pool, quotas = tmp_path / "pool.csv", tmp_path / "quotas.csv"
    pool.write_text("id,gender\n" + "".join(f"p{i},{'fm'[i % 2]}\n" for i in range(12)),
                    encoding="utf-8")
    quotas.write_text(f"feature,value,min,max\ngender,f,1,{10**25}\ngender,m,1,3\n",
                      encoding="utf-8")
    assert run(paths, "select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "4",
               "--seed", "7", "--out", str(tmp_path / "panel.csv")) == 1
    assert "beyond 10^9" in capsys.readouterr().err
