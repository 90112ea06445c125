"""The association form as a volunteer uses it: typing wrong values shows errors in words
next to the fields, correcting them clears the errors, and only valid records are saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import Association
from desktop.services.associations import create_association, get_association
from desktop.services.focal_points import create_focal_point
from desktop.services.links import focal_points_of, link
from desktop.views.association_form import AssociationForm
from desktop.views.context import AppContext


@pytest.fixture(autouse=True)
def answer_discard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing a form with unsaved changes asks first; tests answer "Discard"."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, including letters QTest cannot spell (ț, Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def save_button(form: AssociationForm):  # type: ignore[no-untyped-def]
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def count(ctx: AppContext) -> int:
    with ctx.db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Association)) or 0)


def test_errors_appear_as_the_user_types_and_clear_when_corrected(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    form = AssociationForm(app_ctx)
    qtbot.addWidget(form)
    form.show()
    email_error = form.errors_label["email"]
    assert not email_error.isVisible()

    qtbot.keyClicks(form.email, "info@padova")
    qtbot.waitUntil(email_error.isVisible, timeout=3000)
    assert email_error.text() == ("The part after the @ needs a dot and an ending, "
                                  "like example.org.")
    assert not form.errors_label["name"].isVisible()  # untouched fields stay quiet

    qtbot.keyClicks(form.email, ".it")
    qtbot.waitUntil(lambda: not email_error.isVisible(), timeout=3000)

    qtbot.keyClicks(form.founding_year, "20x4")
    qtbot.waitUntil(form.errors_label["founding_year"].isVisible, timeout=3000)
    assert "four digits" in form.errors_label["founding_year"].text()


def test_save_refuses_invalid_input_then_saves_clean_values(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    form = AssociationForm(app_ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.phone, "347 123 4567")
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.errors_label["name"].text() == "Enter the association's name."
    assert form.errors_label["phone"].text().startswith("Add the international prefix")
    assert form.summary.text() == "Please correct the fields marked in red."
    assert form.result() != QDialog.DialogCode.Accepted
    assert count(app_ctx) == 0

    type_text(form.name, "Asociația Moldovenilor din Padova")
    line = form.country.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "Italy")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(form.city, "Padova")
    form.region.setCurrentIndex(form.region.findData("MD-CA"))
    form.areas.boxes["remittances"].setChecked(True)
    form.areas.boxes["youth_empowerment"].setChecked(True)
    qtbot.keyClicks(form.sectors.input, "Culture")
    qtbot.keyClick(form.sectors.input, Qt.Key.Key_Return)
    qtbot.keyClicks(form.languages.input, "Romanian; Italian;")
    qtbot.waitUntil(lambda: form.phone_hint.text() == "Will be saved as +393471234567",
                    timeout=3000)
    assert not form.errors_label["phone"].isVisible()

    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.saved_id is not None
    with app_ctx.db.sessions() as session:
        saved = get_association(session, form.saved_id)
    assert saved["name"] == "Asociația Moldovenilor din Padova"
    assert saved["country_code"] == "IT"
    assert saved["phone"] == "+393471234567"
    assert saved["region_code"] == "MD-CA"
    assert saved["engagement_areas"] == ["remittances", "youth_empowerment"]
    assert saved["sectors"] == ["Culture"]
    assert saved["languages"] == ["ro", "it"]
    assert saved["status"] == "pending"


def test_likely_duplicates_are_shown_with_reasons(qtbot: QtBot, app_ctx: AppContext) -> None:
    with app_ctx.db.transaction() as session:
        existing = create_association(session, {
            "name": "Asociația Moldovenilor din Padova", "email": "amp@libero.it",
            "country_code": "IT", "city": "Padova"}, by="anna")
    form = AssociationForm(app_ctx)
    qtbot.addWidget(form)
    form.show()
    type_text(form.name, "Асоциаця Молдовенилор дин Падова")  # typed in Cyrillic
    qtbot.keyClicks(form.email, "AMP@libero.it")
    qtbot.waitUntil(lambda: bool(form.duplicates.matches), timeout=5000)
    match = form.duplicates.matches[0]
    assert match.record_id == existing
    assert "same email" in match.reasons
    cards = form.duplicates.list_box.findChildren(QDialog)  # no dialogs inside the panel
    assert cards == []
    assert "look similar" in form.duplicates.status.text()


def test_linked_focal_points_are_shown_and_can_be_removed(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    with app_ctx.db.transaction() as session:
        association = create_association(session, {"name": "Asociația Dor"}, by="anna")
        person = create_focal_point(session, {"name": "Ion Rusu", "region_code": "MD-CA"},
                                    by="anna")
        link(session, association, person, by="anna")
    form = AssociationForm(app_ctx, association)
    qtbot.addWidget(form)
    form.show()
    assert form.links.list.count() == 1
    assert form.links.list.item(0).text().startswith("Ion Rusu")
    assert form.history.isVisible()
    form.links.list.item(0).setSelected(True)
    qtbot.mouseClick(form.links.remove_button, Qt.MouseButton.LeftButton)
    assert form.links.ids() == []
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted
    with app_ctx.db.sessions() as session:
        assert focal_points_of(session, association) == []


def test_editing_changes_the_status_and_says_who(qtbot: QtBot, app_ctx: AppContext) -> None:
    app_ctx.settings.username = "maria"
    with app_ctx.db.transaction() as session:
        association = create_association(session, {"name": "Asociația Dor"}, by="anna")
    form = AssociationForm(app_ctx, association)
    qtbot.addWidget(form)
    assert "anna" in form.status_info.text()
    form.status.setCurrentIndex(form.status.findData("verified"))
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    with app_ctx.db.sessions() as session:
        saved = get_association(session, association)
    assert saved["status"] == "verified"
    assert saved["status_changed_by"] == "maria"


@pytest.mark.parametrize("swap", [False, True])
def test_merge_from_the_duplicates_panel(qtbot: QtBot, app_ctx: AppContext,
                                         monkeypatch: pytest.MonkeyPatch, swap: bool) -> None:
    from desktop.views.merge_dialog import MergeDialog

    def run_merge(dialog: MergeDialog) -> int:
        if swap:
            dialog.swap()  # the user decides to keep the other record
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(MergeDialog, "exec", run_merge)
    with app_ctx.db.transaction() as session:
        mine = create_association(session, {"name": "Asociația Dor", "email": "dor@libero.it",
                                             "city": "Roma"}, by="anna")
        other = create_association(session, {"name": "Asociatia Dor Roma",
                                              "email": "dor@libero.it"}, by="bob")
    form = AssociationForm(app_ctx, mine)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: bool(form.duplicates.matches), timeout=5000)
    assert form.duplicates.matches[0].record_id == other
    merge = next(b for b in form.duplicates.list_box.findChildren(QPushButton)
                 if b.text() == "Merge…")
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    kept, gone = (other, mine) if swap else (mine, other)
    assert form.record_id == kept
    with app_ctx.db.sessions() as session:
        assert get_association(session, kept)["email"] == "dor@libero.it"
        assert count(app_ctx) == 2  # the other one stays as a tombstone pointing to the kept
        tombstone = session.get(Association, gone)
        assert tombstone is not None and tombstone.merged_into_id == kept
    assert any("Merged" in form.history.list.item(i).text()
               for i in range(form.history.list.count()))
