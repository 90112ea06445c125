"""The wrapping button row: one line when there is room, more lines when not, mirrored in Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.flow_layout import FlowLayout


def _row(qtbot: QtBot, direction: Qt.LayoutDirection) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    host.setLayoutDirection(direction)
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    texts = ("First action", "Second", "A third, longer one")
    buttons = [QPushButton(text, host) for text in texts]
    for button in buttons:
        layout.addWidget(button)
    return host, buttons


def test_one_line_when_wide_and_wrapped_when_narrow(qtbot: QtBot) -> None:
    host, buttons = _row(qtbot, Qt.LayoutDirection.LeftToRight)
    layout = host.layout()
    assert layout is not None
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() == widest
    host.resize(layout.sizeHint().width() + 50, 200)
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) == 1
    assert buttons[0].x() < buttons[1].x() < buttons[2].x()

    host.resize(widest + 10, 200)
    qtbot.waitUntil(lambda: buttons[2].y() > buttons[0].y())
    for button in buttons:  # each whole, none outside the row
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() <= host.width()
    assert layout.heightForWidth(widest + 10) > layout.heightForWidth(10_000)


def test_mirrored_right_to_left(qtbot: QtBot) -> None:
    host, buttons = _row(qtbot, Qt.LayoutDirection.RightToLeft)
    layout = host.layout()
    assert layout is not None
    host.resize(layout.sizeHint().width() + 80, 200)
    host.show()
    qtbot.waitExposed(host)
    assert buttons[0].x() > buttons[1].x() > buttons[2].x()
    assert buttons[0].geometry().right() >= host.width() - 2


def test_tag_chips_wrap_inside_a_narrow_field(qtbot: QtBot) -> None:
    """The tag field's chips use the same layout: typed tags wrap, and ✕ removes one."""
    from desktop.views.form_widgets import TagEdit

    edit = TagEdit()
    qtbot.addWidget(edit)
    edit.resize(220, 200)
    edit.show()
    qtbot.waitExposed(edit)
    qtbot.keyClicks(edit.input, "Romanian; Russian; French; Arabic; English;")
    assert edit.tags() == ["Romanian", "Russian", "French", "Arabic", "English"]
    chips = [edit.flow.itemAt(i).widget() for i in range(edit.flow.count())]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len({chip.y() for chip in chips}) > 1)
    assert all(chip.geometry().right() <= edit.chips.width() for chip in chips)
    assert edit.sizeHint().width() < 220 + 50  # many tags do not widen the form
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    assert edit.tags() == ["Romanian", "French", "Arabic", "English"]
