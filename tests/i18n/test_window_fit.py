"""Every window and dialog fits a 1366×768 office laptop: its buttons are on the screen.

The screen is emulated: :func:`desktop.views.window_fit.screen_area` (what the fitter asks for
the usable part of the screen) answers 1366×728, a 1366×768 screen less a 40-pixel task bar.
Each dialog is built as the accessibility test builds it (same factories), shown with the
application-wide fitter installed, and every visible push button outside a scroll area must lie
inside the screen. English and Russian (the longest words) are both checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.views import window_fit
from desktop.views.main_window import MainWindow
from desktop.views.window_fit import WindowFitter, fit_to_screen, install_window_fitter

from .conftest import make_context, ui_language
from .test_accessibility import Demo, build_dialog, buildable, dialog_classes

SCREEN = QRect(0, 0, 1366, 768)
USABLE = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop_screen(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowFitter]:
    """A 1366×768 screen for the fitter, installed on the application for one test only."""
    monkeypatch.setattr(window_fit, "screen_area", lambda _widget: QRect(USABLE))
    fitter = install_window_fitter(qapp)
    yield fitter
    qapp.removeEventFilter(fitter)
    fitter.setParent(None)
    fitter.deleteLater()
    QThreadPool.globalInstance().waitForDone(10_000)


def buttons_off_screen(window: QWidget) -> list[str]:
    """The visible buttons (outside scroll areas) that are not wholly on the emulated screen."""
    problems: list[str] = []
    frame = window.frameGeometry()
    if frame.width() > SCREEN.width() or window.height() > USABLE.height():
        problems.append(f"window is {window.width()}×{window.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or _in_scroll_area(button, window):
            continue
        top_left = button.mapToGlobal(QPoint(0, 0))
        rect = QRect(top_left, button.size())
        if not SCREEN.contains(rect):
            problems.append(f"{button.text() or button.toolTip() or type(button).__name__!r} "
                            f"at {rect.x()},{rect.y()} {rect.width()}×{rect.height()}")
    return problems


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    node = widget.parentWidget()
    while node is not None and node is not window:
        if isinstance(node, QScrollArea):
            return True
        node = node.parentWidget()
    return False


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("name", buildable())
def test_every_dialog_fits_a_1366x768_screen(qtbot: QtBot, demo_db: Demo, qm_dir: Path,
                                              laptop_screen: WindowFitter, name: str,
                                              language: str) -> None:
    with ui_language(qm_dir, language):
        host = QWidget()
        qtbot.addWidget(host)
        host.setGeometry(USABLE)
        dialog = build_dialog(name, dialog_classes()[name], make_context(demo_db, language), host)
        dialog.show()  # owned by host, which qtbot closes
        QApplication.processEvents()
        problems = buttons_off_screen(dialog)
        dialog.hide()
    assert not problems, f"{name} ({language}) on a 1366×768 screen:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_main_window_fits_a_1366x768_screen(qtbot: QtBot, demo_db: Demo, qm_dir: Path,
                                            laptop_screen: WindowFitter, language: str) -> None:
    with ui_language(qm_dir, language):
        window = MainWindow(make_context(demo_db, language))
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        for key in window.section_keys():
            window.show_section(key)
            QApplication.processEvents()
            problems = buttons_off_screen(window)
            assert not problems, f"section {key} ({language}):\n" + "\n".join(problems)
        window.hide()


def test_the_fitter_shrinks_and_moves_a_window_into_the_screen(qtbot: QtBot) -> None:
    """The check can fail: a 1200×820 dialog at 400,300 is off screen until it is fitted."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1200, 820)
    dialog.move(400, 300)
    assert not USABLE.contains(QRect(dialog.pos(), dialog.size()))
    fit_to_screen(dialog, USABLE)
    assert dialog.height() <= USABLE.height() - window_fit.FRAME_ALLOWANCE.height()
    assert USABLE.contains(QRect(dialog.pos(), dialog.size() + window_fit.FRAME_ALLOWANCE))
