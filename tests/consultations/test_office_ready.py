"""A normal office day without traps: typed dates, save dialogs in Documents, plurals, the
office profile on paper, the candidates' trash, the drawn panel first, the user guide."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import Settings
from desktop.db import Database
from desktop.services.office_profile import OfficeProfile, save_office_profile
from desktop.views.context import AppContext
from desktop.views.form_widgets import OptionalDateEdit, parse_typed_date


def _text(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in pages)


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pattern", "expected"), [
    ("07/12/2026", "dd/MM/yyyy", dt.date(2026, 12, 7)),
    ("7.12.26", "dd.MM.yyyy", dt.date(2026, 12, 7)),
    ("12/7/2026", "M/d/yyyy", dt.date(2026, 12, 7)),
    ("07122026", "dd/MM/yyyy", dt.date(2026, 12, 7)),
    ("2026-12-07", "dd/MM/yyyy", dt.date(2026, 12, 7)),
    ("7 Dec 2026", "d MMM yyyy", dt.date(2026, 12, 7)),
    ("7 december 2026", "d MMM yyyy", dt.date(2026, 12, 7)),
    ("31/02/2026", "dd/MM/yyyy", None),
    ("not set03152027", "dd/MM/yyyy", None),
])
def test_typed_dates_are_read_in_the_languages_order(qapp: QApplication, text: str,
                                                     pattern: str,
                                                     expected: dt.date | None) -> None:
    QLocale.setDefault(QLocale("en"))
    assert parse_typed_date(text, pattern) == expected


def test_an_empty_date_field_takes_typing_and_one_key_clears_it(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        field = OptionalDateEdit()
        qtbot.addWidget(field)
        field.show()
        assert field.date() is None
        qtbot.keyClicks(field.edit, "15032027")
        assert field.date() == dt.date(2027, 3, 15)
        field.edit.editingFinished.emit()
        assert field.edit.text() == "15/03/2027"
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
        assert field.date() is None and field.edit.text() == ""
        qtbot.keyClicks(field.edit, "32/13/2027")
        assert field.date() is None and "Write it like" in field.problem()
    finally:
        QLocale.setDefault(QLocale("en"))


# -- plurals ---------------------------------------------------------------------------------
def test_english_plurals_use_the_n_forms(qapp: QApplication) -> None:
    from desktop.views.translation import EnglishPlurals

    translator = EnglishPlurals(qapp)
    qapp.installTranslator(translator)
    try:
        def restored(n: int) -> str:
            return QCoreApplication.translate("TrashDialog", "%Ln record(s) restored.", "", n)

        assert restored(1) == "1 record restored."
        assert restored(3) == "3 records restored."
        assert QCoreApplication.translate("X", "Plain text") == "Plain text"
    finally:
        qapp.removeTranslator(translator)


# -- gender balance --------------------------------------------------------------------------
def test_gender_balance_never_proposes_more_than_the_seats() -> None:
    from desktop.services.consultation_criteria import Profile, gender_balanced_quotas

    people = [Profile(str(i), {"gender": g}, None)
              for i, g in enumerate(["female"] * 9 + ["male"] * 9 + ["other"] * 7)]
    for seats in (2, 3, 4):
        for leeway in (0, 3, 10):
            for row in gender_balanced_quotas(people, seats, leeway):
                assert row.max <= seats and row.min <= row.max, (seats, leeway, row)


# -- save dialogs ----------------------------------------------------------------------------
def test_save_dialogs_start_in_documents_and_remember_the_folder(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views import save_dialog

    documents = tmp_path / "Documents"
    documents.mkdir()
    data_dir = tmp_path / "data"
    (data_dir / "exports").mkdir(parents=True)
    monkeypatch.setattr(save_dialog, "documents_folder", lambda: documents)
    settings = Settings()
    opened: list[str] = []
    answer = {"path": str(documents / "reports" / "mine")}

    def pick(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        opened.append(str(Path(start).parent))
        return answer["path"], "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    (documents / "reports").mkdir()
    name = save_dialog.file_name("Audit", "Roundtable: Chișinău?", day=dt.date(2026, 12, 7),
                                 suffix=".pdf")
    assert name == "Audit - Roundtable_ Chișinău - 2026-12-07.pdf"
    path = save_dialog.ask_save_path(None, settings, "audit", "Export", name, "PDF (*.pdf)",
                                     data_dir)
    assert opened[-1] == str(documents)  # never the data folder
    assert path == documents / "reports" / "mine.pdf"  # the extension is added
    # The next audit starts where the last one went; another kind of file does not.
    save_dialog.ask_save_path(None, settings, "audit", "Export", name, "PDF (*.pdf)", data_dir)
    assert opened[-1] == str(documents / "reports")
    save_dialog.ask_save_path(None, settings, "flyer", "Export", "f.pdf", "PDF (*.pdf)",
                              data_dir)
    assert opened[-1] == str(documents)
    # A folder inside the data folder is never offered again.
    save_dialog.remember_folder(settings, "audit", data_dir / "exports")
    save_dialog.ask_save_path(None, settings, "audit", "Export", name, "PDF (*.pdf)", data_dir)
    assert opened[-1] == str(documents)
    # The name typed without extension names an existing file: asked, not overwritten.
    (documents / "reports" / "mine.pdf").write_bytes(b"old")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    assert save_dialog.ask_save_path(None, settings, "audit", "Export", name, "PDF (*.pdf)",
                                     data_dir) is None
    assert asked and "mine.pdf" in asked[0]


# -- the office on paper ---------------------------------------------------------------------
PROFILE = OfficeProfile(name="Cahul Help Office", address="Str. Republicii 5, Cahul",
                        phone="+37329912345", email="office@cahul.example.org",
                        signatory="Ana Rusu, Head of office")


def test_letters_audit_and_flyers_print_the_office_profile(
        db: Database, tmp_path: Path, make_person: object) -> None:
    from desktop.models import Participation
    from desktop.services.consultations import add_to_pool, get_consultation, save_consultation
    from desktop.services.flyers.render import render_flyer
    from desktop.services.flyers.store import FlyerValues, build_spec
    from desktop.services.letters import write_invitation_letters
    from desktop.services.selection.report import word_safe_widths

    with db.transaction() as session:
        save_office_profile(session, PROFILE)
    assert callable(make_person)
    people = [make_person(name=f"Person {i}") for i in range(2)]
    with db.transaction() as session:
        cid = save_consultation(session, None, {"title": "Roundtable", "kind": "roundtable",
                                                "seats": 2, "language": "en"}).id
        add_to_pool(session, cid, people)
        get_consultation(session, cid).status = "selected"
        for participation in session.query(Participation).all():
            participation.status = "selected"
        write_invitation_letters(session, cid, tmp_path / "letters.pdf")
        spec = build_spec(session, FlyerValues(url="https://diaspora.example.md"))
    letters = _text(tmp_path / "letters.pdf")
    assert "Cahul Help Office" in letters and "Ana Rusu, Head of office" in letters
    assert "You can reach our office at +373 299 12 345 · office@cahul.example.org" in \
        " ".join(letters.split())
    assert spec.office_contact == "Cahul Help Office · +373 299 12 345 · office@cahul.example.org"
    (tmp_path / "flyer.pdf").write_bytes(render_flyer(spec).pdf)
    assert "office@cahul.example.org" in " ".join(_text(tmp_path / "flyer.pdf").split())

    # The audit's narrow columns widen to their longest word instead of breaking it.
    from desktop.services.report_pdf import styles

    widths = word_safe_widths([["Критерий", "Вероятность"], ["x", "y"]], [20.0, 200.0],
                              styles().cell, header=True)
    assert widths[0] > 20.0 and abs(sum(widths) - 220.0) < 0.01


def test_the_audit_report_has_the_office_letterhead(db: Database, tmp_path: Path) -> None:
    from desktop.services.selection.report import write_audit_pdf

    record = _small_audit_record()
    write_audit_pdf(record, tmp_path / "audit.pdf", PROFILE)
    text = " ".join(_text(tmp_path / "audit.pdf").split())
    assert "Cahul Help Office" in text and "office@cahul.example.org" in text


def _small_audit_record() -> dict[str, object]:
    return {
        "title": "Roundtable",
        "problem": {"features": ["gender"], "pool": [["p1", ["female"]], ["p2", ["male"]]],
                    "seats": 1, "cap": None},
        "engine": {"algorithm": "maximin", "min_probability": 0.5, "upper_bound": 0.5,
                   "optimal": True, "version": "1", "solver": "highs"},
        "probabilities": {"p1": 0.5, "p2": 0.5},
        "panel": ["p1"], "reserves": ["p2"],
        "draw": {"seed": "111-222-333"}, "fingerprint": "ab" * 32,
        "composition": [], "created_at": "2026-12-07T10:00:00",
    }


# -- candidates, selection, help -------------------------------------------------------------
def test_candidates_have_a_trash(qtbot: QtBot, app_ctx: AppContext, db: Database,
                                 make_person: object) -> None:
    from desktop.services.candidates import delete_candidate
    from desktop.views.candidates import CandidatesPage

    assert callable(make_person)
    person = make_person(name="Ion Trash")
    with db.transaction() as session:
        delete_candidate(session, person)
    page = CandidatesPage(app_ctx)
    qtbot.addWidget(page)
    dialog = page.trash_dialog()
    qtbot.addWidget(dialog)
    assert "Ion Trash" in [row.name for row in dialog._load()]
    assert page.restore_records([person]) == 1
    assert dialog._load() == []


def test_the_drawn_panel_sorts_first() -> None:
    from desktop.views.consultations_selection import drawn_order

    panel, reserves = ["b", "a"], ["c", "d"]
    people = ["x", "d", "a", "c", "b"]
    assert sorted(people, key=lambda p: drawn_order(p, panel, reserves))[:4] == \
        ["a", "b", "c", "d"]


def test_f1_opens_the_user_guide(qtbot: QtBot, qapp: QApplication) -> None:
    from desktop.views import help_viewer

    key = help_viewer.install_help_key(qapp, "en")
    try:
        host = QMessageBox()
        qtbot.addWidget(host)
        host.show()
        qtbot.keyClick(host, Qt.Key.Key_F1)
        window = help_viewer._open["guide"]  # a child of the window F1 was pressed in
        assert window.parentWidget() is host
        assert window.isVisible() and window.path is not None
        assert window.path.name == "USER_GUIDE.md"
        assert "Diaspora Desk" in window.browser.toPlainText()
        assert "user guide" in window.browser.toPlainText().lower()
    finally:
        qapp.removeEventFilter(key)
        key.setParent(None)
