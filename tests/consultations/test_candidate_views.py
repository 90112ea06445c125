"""What a user sees in the candidate form, the list, and the erasure confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Candidate
from desktop.services.consent import consent_states, is_eligible
from desktop.views.candidates import CandidatesPage
from desktop.views.candidates_form import CandidateDialog
from desktop.views.candidates_privacy import EraseDialog
from desktop.views.context import AppContext
from tests.consultations.conftest import MakePerson


def _save(dialog: CandidateDialog, qtbot: QtBot) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_new_candidate_errors_then_saved_with_consent(qtbot: QtBot, app_ctx: AppContext,
                                                     db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = CandidateDialog(app_ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, "ana.example.org")  # checked after a pause in typing
    qtbot.waitUntil(lambda: "@" in dialog.errors["email"].text(), timeout=3000)
    assert dialog.errors["email"].isVisible()
    qtbot.keyClicks(dialog.birth_year, "2019")
    _save(dialog, qtbot)
    assert dialog.isVisible()  # nothing saved, the dialog stays
    assert "name" in dialog.errors["name"].text()
    assert "16 years" in dialog.errors["birth_year"].text()
    with db.sessions() as session:
        assert session.scalar(select(Candidate.id)) is None

    qtbot.keyClicks(dialog.name, "Ana Popescu")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "Ana@Example.org")
    dialog.birth_year.clear()
    qtbot.keyClicks(dialog.birth_year, "1988")
    dialog.country.set_code("IT")
    qtbot.keyClicks(dialog.phone, "347 123 4567")
    qtbot.keyClicks(dialog.topics.input, "Remittances")
    qtbot.keyClick(dialog.topics.input, Qt.Key.Key_Return)
    assert not dialog.record_new.isChecked()  # consent is never assumed
    assert not dialog.consent_fields.isEnabled()
    for combo in (dialog.gender, dialog.citizenship, dialog.generation):
        assert combo.currentData() == ""  # nothing feeds the quotas until someone says it
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert all(word in asked[0] for word in ("Gender", "Citizenship", "Generation"))
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.citizenship.setCurrentIndex(dialog.citizenship.findData("dual"))
    _save(dialog, qtbot)
    assert dialog.isVisible() and "not set: Generation." in asked[1], asked
    dialog.generation.setCurrentIndex(dialog.generation.findData("second"))
    dialog.record_new.setChecked(True)
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    with db.sessions() as session:
        person = session.scalars(select(Candidate)).one()
        assert (person.name, person.email, person.phone, person.country_code) == (
            "Ana Popescu", "ana@example.org", "+393471234567", "IT")
        assert person.topics == ["remittances"]
        assert (person.gender, person.citizenship, person.generation) == (
            "female", "dual", "second")
        assert is_eligible(session, person.id)


def test_withdraw_consent_in_one_click(qtbot: QtBot, app_ctx: AppContext, db: Database,
                                       make_person: MakePerson) -> None:
    person = make_person(name="Ion Rusu")
    dialog = CandidateDialog(app_ctx, person, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.consent_model.rowCount() == 1
    assert not dialog.withdraw_button.isEnabled()
    dialog.consent_table.selectRow(0)
    assert dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    with db.sessions() as session:
        assert consent_states(session)[person] == "withdrawn"
    assert dialog.consent_model.data(dialog.consent_model.index(0, 5)) == "Withdrawn"


def test_list_loads_filters_and_shows_consent(qtbot: QtBot, app_ctx: AppContext,
                                              make_person: MakePerson) -> None:
    make_person(name="Élodie Martin", country_code="FR")
    make_person(name="Ion Rusu", consent=False)
    make_person(name="Maria Rossi", country_code="IT")
    page = CandidatesPage(app_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.is_loading(), timeout=5000)
    assert "3 candidates" in page.count_label.text()
    qtbot.keyClicks(page.search, "elodie")
    page.apply_text_filter()
    assert page.proxy().rowCount() == 1
    assert page.model.row_at(page.proxy().source_row(0)).name == "Élodie Martin"
    page.search.clear()
    page.apply_text_filter()
    page.consent_filter.setCurrentIndex(page.consent_filter.findData("not_eligible"))
    assert page.visible_ids() and len(page.visible_ids()) == 1
    row = page.model.row_at(page.proxy().source_row(0))
    assert row.name == "Ion Rusu"
    sync = page.model.index(page.proxy().source_row(0), 9).data()
    assert sync == "Pending"  # never synced yet


def test_erase_needs_the_word_typed(qtbot: QtBot) -> None:
    dialog = EraseDialog("Maria Rossi")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "erase")
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Backspace)
    assert not dialog.erase_button.isEnabled()


@pytest.mark.parametrize("today", [dt.date.today()])
def test_bulk_consent_dialog_records_for_everyone(qtbot: QtBot, app_ctx: AppContext,
                                                  db: Database, make_person: MakePerson,
                                                  today: dt.date) -> None:
    from desktop.views.candidates_consent import BulkConsentDialog

    ids = [make_person(consent=False) for _ in range(3)]
    dialog = BulkConsentDialog(app_ctx, ids)
    qtbot.addWidget(dialog)
    dialog.fields.channel.setCurrentIndex(dialog.fields.channel.findData("in_person"))
    dialog.save()
    assert dialog.recorded == 3
    with db.sessions() as session:
        assert all(is_eligible(session, cid, today) for cid in ids)
