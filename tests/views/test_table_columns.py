"""Columns fitted to their headers, and the toolbar row that wraps instead of hiding actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.action_row import ActionRow
from desktop.views.table_columns import fit_columns, values_width

HEADERS = ["Title", "Регион происхождения", "Status", "Pool"]


def _table(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(3, len(HEADERS))
    model.setHorizontalHeaderLabels(HEADERS)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setColumnWidth(1, 40)  # an English-sized width, too narrow for the Russian header
    table.resize(width, 200)
    return table


def test_every_column_fits_its_header_and_one_takes_the_rest(qtbot: QtBot) -> None:
    table = _table(qtbot, 900)
    fit_columns(table, 0, values={2: ["На рассмотрении", "Проверено"]})
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    for column in range(len(HEADERS)):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), HEADERS[column]
    assert header.sectionSize(2) >= values_width(table, ["На рассмотрении"])
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())


def test_a_narrow_table_scrolls_instead_of_squeezing_the_stretching_column(
        qtbot: QtBot) -> None:
    table = _table(qtbot, 200)
    fit_columns(table, 0, stretch_minimum=150)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= 150
    assert header.sectionSize(1) >= header.sectionSizeHint(1)
    assert header.length() > table.viewport().width()  # reached by the horizontal scroll bar


def test_the_action_row_wraps_and_every_button_takes_the_keyboard(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = ActionRow(host)
    actions = []
    for text in ("&New association…", "&Open…", "&Delete", "&Trash…", "&Import…",
                 "E&xport…", "Recent i&mports…", "Find &duplicates…"):
        action = QAction(text, host)
        actions.append(action)
    for action in actions[:4]:
        row.addAction(action)
    row.addSeparator()
    row.addActions(actions[4:])
    actions[1].setShortcut(QKeySequence("Return"))
    row.resize(260, row.heightForWidth(260))
    host.resize(260, 400)
    host.show()
    qtbot.waitExposed(host)
    assert row.actions()[:4] == actions[:4]
    buttons = [row.widgetForAction(action) for action in actions]
    assert all(isinstance(b, QToolButton) and b.isVisible() for b in buttons)
    assert len({b.y() for b in buttons if b is not None}) > 1  # wrapped, nothing hidden
    for button in buttons:
        assert button is not None
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.geometry().right() <= row.width()
    separator = next(a for a in row.actions() if a.isSeparator())
    line = row.widgetForAction(separator)
    assert line is not None
    same_line = [b for b in buttons if b is not None and b.y() == line.y() and b.isVisible()]
    if line.width():  # shown only between two buttons of one line, never at a line's end
        assert any(b.x() < line.x() for b in same_line)
        assert any(b.x() > line.x() for b in same_line)
    first_line = sum(b.sizeHint().width() + 2 for b in buttons[:4] if b is not None)
    row.resize(first_line + 9, 400)  # room for the separator, none for "Import" after it
    qtbot.waitUntil(lambda: line.width() == 0)  # the separator would end the first line
    actions[2].setVisible(False)
    assert not buttons[2].isVisible()  # type: ignore[union-attr]
    row.removeAction(actions[3])
    assert row.widgetForAction(actions[3]) is None
    row.insertAction(actions[0], actions[3])
    moved = row.widgetForAction(actions[3])
    assert moved is not None and row.flow.indexOf(moved) == 0
