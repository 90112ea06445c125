"""Main window: navigation by click and shortcut, status bar, settings dialog, error dialog."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import Settings
from desktop.services.meta import get_office
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot: QtBot, app_ctx: AppContext) -> MainWindow:
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_starts_on_home_with_first_steps(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.views.home import HomePage

    assert window.current_section() == "home"
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.report is not None, timeout=10_000)
    assert home.first_steps.isVisible()  # an empty database: what to do first, not zeros
    qtbot.mouseClick(home.first_steps.buttons["focal_points"], Qt.MouseButton.LeftButton)
    assert window.current_section() == "focal_points"


def test_navigation_list_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    keys = window.section_keys()
    assert keys[0] == "home" and "regions" in keys
    row = keys.index("regions")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "regions"
    assert window.stack.currentWidget() is window.page("regions")
    assert window.ctx.settings.last_section == "regions"


def test_sections_have_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    action = window.section_actions["regions"]
    assert not action.shortcut().isEmpty()
    action.trigger()
    assert window.current_section() == "regions"
    window.section_actions["home"].trigger()
    assert window.current_section() == "home"


def test_unknown_section_falls_back_to_home(window: MainWindow) -> None:
    assert window.show_section("nope") is False
    assert window.current_section() == "home"


def test_status_bar_shows_database_and_connection(window: MainWindow) -> None:
    assert str(window.ctx.db.path) in window.db_label.text()
    assert "Offline" in window.connection_label.text()
    window.ctx.bus.connection_state.emit("Online — synced 2 minutes ago", True)
    assert window.connection_label.text() == "Online — synced 2 minutes ago"


def test_settings_dialog_changes_language_and_office(
    qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.data_dir.isReadOnly()
    assert dialog.data_dir.text() == str(app_ctx.paths.data_dir)
    dialog.language.setCurrentIndex(dialog.language.findData("ro"))
    qtbot.mouseClick(dialog.picker.regional, Qt.MouseButton.LeftButton)
    dialog.picker.region.setCurrentIndex(dialog.picker.region.findData("MD-CU"))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert Settings.load(app_ctx.paths.settings).language == "ro"
    with app_ctx.db.sessions() as session:
        office = get_office(session)
    assert office is not None and office.region_code == "MD-CU"


def test_settings_shows_renamed_regions(qtbot: QtBot, app_ctx: AppContext) -> None:
    from desktop.services.regions import rename_region

    with app_ctx.db.transaction() as session:
        rename_region(session, "MD-CU", "Municipiul Chișinău", "Biroul Chișinău")
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    texts = [dialog.picker.region.itemText(i) for i in range(dialog.picker.region.count())]
    assert "Municipiul Chișinău (MD-CU)" in texts


def test_unhandled_error_shows_a_dialog_and_the_window_stays(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.views.errors import ErrorHandler

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    handler = ErrorHandler(window.ctx.paths)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            handler.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    assert "boom in a slot" in shown[0]
    assert str(window.ctx.paths.log_file) in shown[0]
    assert "Unhandled error" in caplog.text
    assert window.isVisible()
    assert QApplication.activeWindow() is None or QApplication.activeWindow() is window


def test_log_file_is_written(tmp_path: Path) -> None:
    from desktop.config import Paths
    from desktop.logging_setup import setup_logging

    paths = Paths(tmp_path / "d").ensure()
    setup_logging(paths)
    logging.getLogger("desktop.test").error("written to the rotating log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "written to the rotating log" in paths.log_file.read_text(encoding="utf-8")
