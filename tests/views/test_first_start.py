"""First start: pick a country (by typing), choose the office, regions get pre-filled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Region
from desktop.services.meta import get_office
from desktop.services.regions import configure_office
from desktop.views.first_start import FirstStartDialog


def ok_button(dialog: FirstStartDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_country_must_be_chosen_before_start(qtbot: QtBot) -> None:
    dialog = FirstStartDialog("en")
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.picker.country.lineEdit(), "Atlantis")
    assert dialog.country_code() == ""
    assert not ok_button(dialog).isEnabled()


def test_typing_a_country_and_picking_a_regional_office(qtbot: QtBot, bare_db: Database) -> None:
    dialog = FirstStartDialog("en")
    qtbot.addWidget(dialog)
    line = dialog.picker.country.lineEdit()
    line.clear()
    qtbot.keyClicks(line, "Senegal")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.country_code() == "SN"
    assert ok_button(dialog).isEnabled()
    assert dialog.region_code() == ""  # national bureau by default

    qtbot.mouseClick(dialog.picker.regional, Qt.MouseButton.LeftButton)
    assert dialog.picker.region.isEnabled()
    index = dialog.picker.region.findData("SN-TH")
    assert index >= 0, "Thiès should be offered"
    dialog.picker.region.setCurrentIndex(index)
    assert dialog.region_code() == "SN-TH"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted

    with bare_db.transaction() as session:
        configure_office(session, dialog.country_code(), dialog.region_code())
    with bare_db.sessions() as session:
        office = get_office(session)
        codes = set(session.scalars(select(Region.code)))
    assert office is not None and office.country_code == "SN" and office.region_code == "SN-TH"
    assert {"SN-DK", "SN-TH", "SN-ZG"} <= codes


def test_country_names_follow_the_ui_language(qtbot: QtBot) -> None:
    dialog = FirstStartDialog("fr")
    qtbot.addWidget(dialog)
    combo = dialog.picker.country
    assert combo.itemText(combo.findData("DE")) == "Allemagne"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Allemagne")
    assert dialog.country_code() == "DE"
