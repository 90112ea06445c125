"""The focal-point form: the flyer box waits for a recorded consent, withdrawing consent
unticks it at once, and what is saved is clean."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.focal_points import create_focal_point, get_focal_point, information_points
from desktop.views.context import AppContext
from desktop.views.focal_point_form import FocalPointForm


@pytest.fixture(autouse=True)
def answer_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def save(qtbot: QtBot, form: FocalPointForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_flyer_listing_waits_for_consent(qtbot: QtBot, app_ctx: AppContext) -> None:
    form = FocalPointForm(app_ctx)
    qtbot.addWidget(form)
    form.show()
    assert not form.listed.isEnabled()
    assert "first record the date and how" in form.listed_note.text()

    qtbot.keyClicks(form.name, "Ion Rusu")
    form.region.setCurrentIndex(form.region.findData("MD-CA"))
    assert form.gender.currentData() == "" and form.role.currentData() == ""  # unset at first
    form.role.setCurrentIndex(form.role.findData("elected_official"))
    form.gender.setCurrentIndex(form.gender.findData("male"))
    qtbot.keyClicks(form.phone, "0299 12345")
    qtbot.keyClicks(form.email, "Ion.Rusu@Cahul.md")
    form.consent_on.set_date(dt.date(2024, 3, 1))
    assert not form.listed.isEnabled(), "the date alone is not a recorded consent"
    form.consent_how.setCurrentText("Signed form")
    assert form.listed.isEnabled()
    assert not form.listed_note.isVisible()
    qtbot.mouseClick(form.listed, Qt.MouseButton.LeftButton)
    assert form.listed.isChecked()

    save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted, form.errors
    with app_ctx.db.sessions() as session:
        saved = get_focal_point(session, form.saved_id or "")
        points = information_points(session, "MD-CA")
    assert saved["phone"] == "+37329912345"
    assert saved["email"] == "ion.rusu@cahul.md"
    assert saved["listed_on_flyers"] is True
    assert saved["publication_consent_how"] == "Signed form"
    assert [p.name for p in points] == ["Ion Rusu"]


def test_withdrawing_consent_unticks_listing_and_saves_it(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    with app_ctx.db.transaction() as session:
        person = create_focal_point(session, {
            "name": "Ana Bejan", "region_code": "MD-CA", "listed_on_flyers": True,
            "publication_consent_on": "2024-01-05", "publication_consent_how": "e-mail"},
            by="anna")
    form = FocalPointForm(app_ctx, person)
    qtbot.addWidget(form)
    form.show()
    assert form.listed.isChecked() and form.listed.isEnabled()
    qtbot.mouseClick(form.withdraw_button, Qt.MouseButton.LeftButton)
    assert not form.listed.isChecked()
    assert not form.listed.isEnabled()
    assert form.consent_on.date() is None and form.consent_how.currentText() == ""
    save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    with app_ctx.db.sessions() as session:
        saved = get_focal_point(session, person)
        assert information_points(session, "MD-CA") == []
    assert saved["listed_on_flyers"] is False
    assert saved["publication_consent_on"] is None


def test_invalid_values_are_explained_and_not_saved(qtbot: QtBot, app_ctx: AppContext) -> None:
    form = FocalPointForm(app_ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.email, "ion@")
    form.consent_on.set_date(dt.date(2024, 3, 1))
    form.active_from.set_date(dt.date(2024, 5, 1))
    form.active_until.set_date(dt.date(2024, 1, 1))
    save(qtbot, form)
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.errors_label["name"].text() == "Enter the person's name."
    assert "after the @" in form.errors_label["email"].text()
    assert form.errors_label["active_until"].text() == "The end date is before the start date."
    assert form.errors_label["publication_consent_how"].text().startswith("Say how")
    assert form.errors_label["publication_consent_how"].isVisible()
