"""Regions section: add, rename, retire and restore, as a user does it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.regions import list_regions
from desktop.views.context import AppContext
from desktop.views.regions import RegionDialog, RegionsPage


@pytest.fixture
def page(qtbot: QtBot, app_ctx: AppContext) -> RegionsPage:
    widget = RegionsPage(app_ctx)
    qtbot.addWidget(widget)
    return widget


def type_text(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """QTest can only synthesise Latin-1 key presses; insert the rest as typed text."""
    if all(ord(ch) < 256 for ch in text):
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def fill_dialog_then(qtbot: QtBot, code: str | None, name: str, office: str) -> None:
    """Answer the next RegionDialog the way a user would."""

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RegionDialog) and w.isVisible())
        if code is not None:
            dialog.code.clear()
            qtbot.keyClicks(dialog.code, code)
        dialog.name.clear()
        type_text(qtbot, dialog.name, name)
        dialog.office.clear()
        type_text(qtbot, dialog.office, office)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_add_a_region(qtbot: QtBot, page: RegionsPage, app_ctx: AppContext) -> None:
    fill_dialog_then(qtbot, "MD-NEW", "Noua Regiune", "Biroul Nou")
    page.add()
    with app_ctx.db.sessions() as session:
        rows = {r.code: r for r in list_regions(session)}
    assert rows["MD-NEW"].name == "Noua Regiune"
    assert rows["MD-NEW"].help_office_name == "Biroul Nou"
    assert page.selected() is not None and page.selected().code == "MD-NEW"  # type: ignore[union-attr]


def test_invalid_code_shows_the_reason_and_keeps_the_dialog(
    qtbot: QtBot, page: RegionsPage
) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RegionDialog) and w.isVisible())
        dialog.code.setText("bad code")
        dialog.name.setText("X")
        dialog.accept()
        QTimer.singleShot(0, lambda: (seen.append(dialog.error.text()), dialog.reject()))

    QTimer.singleShot(0, answer)
    page.add()
    assert seen and "A region code looks like" in seen[0]


def test_rename_and_retire_then_restore(
    qtbot: QtBot, page: RegionsPage, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select_code("MD-CU")
    assert page.selected() is not None
    fill_dialog_then(qtbot, None, "Municipiul Chișinău", "Biroul Central")
    page.edit_selected()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_code("MD-CU")
    assert page.retire_button.text() == "&Retire"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    with app_ctx.db.sessions() as session:
        active = {r.code for r in list_regions(session)}
        every = {r.code: r for r in list_regions(session, include_retired=True)}
    assert "MD-CU" not in active
    assert every["MD-CU"].name == "Municipiul Chișinău" and every["MD-CU"].retired
    page.select_code("MD-CU")
    assert page.retire_button.text() == "&Restore"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    with app_ctx.db.sessions() as session:
        assert "MD-CU" in {r.code for r in list_regions(session)}


def test_regional_office_cannot_edit_regions(qtbot: QtBot, app_ctx: AppContext) -> None:
    from desktop.services.meta import Office

    app_ctx.office = Office("MD", "MD-CU")
    widget = RegionsPage(app_ctx)
    qtbot.addWidget(widget)
    assert not widget.add_button.isEnabled()
    widget.select_code("MD-BA")
    assert not widget.edit_button.isEnabled()
