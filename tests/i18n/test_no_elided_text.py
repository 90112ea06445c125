"""No text is cut off in any language: every section at the normal window size, and every dialog.

Translations run 20–40 % longer than English (pseudo: 40 % and brackets). A button, label, check
box, radio button, group box, tab or navigation entry narrower than its text shows a clipped or
elided word; a page whose minimum width exceeds the normal window makes the window grow off
screen. Beyond the widgets' own text: a table column narrower than its header, a tab scrolled
out of its tab bar, a toolbar action pushed into the toolbar's "»" menu and a combo box
narrower than its current choice hide words too. One QApplication; translators are swapped per
language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import STYLE_SHEET
from desktop.views.main_window import MainWindow

from .conftest import UI_LANGUAGES, make_context, ui_language
from .test_accessibility import Demo, build_dialog, buildable, dialog_classes

WINDOW = (1200, 780)  # MainWindow's normal size
SLACK = 1  # rounding


@pytest.fixture(autouse=True)
def app_look(qapp: QApplication) -> Iterator[None]:
    """The app's own style and style sheet, as in desktop.app.make_application."""
    style, sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


_TAG = re.compile(r"<[A-Za-z/][^>]*>")


def _plain(text: str) -> str:
    return re.sub(r"&(&?)", r"\1", text)


def _advance(widget: QWidget, text: str) -> int:
    metrics = QFontMetrics(widget.font())
    return max((metrics.horizontalAdvance(line) for line in _plain(text).split("\n")),
               default=0)


def _icon(button: QAbstractButton) -> int:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0


def clipped(top: QWidget) -> Iterator[str]:
    """Widgets of ``top`` (shown) whose text does not fit their width."""
    style = top.style()
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        need, has, text = 0, widget.width(), ""
        if isinstance(widget, QCheckBox | QRadioButton) and widget.text():
            text = widget.text()
            metric = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(widget, QCheckBox)
                      else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
            need = (style.pixelMetric(metric, None, widget) + _icon(widget) + _advance(widget, text)
                    + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget))
        elif isinstance(widget, QPushButton) and widget.text():
            text = widget.text()
            need = _advance(widget, text) + _icon(widget) + 2 * (
                style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget) // 2
                + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget))
            if widget.menu() is not None:
                need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
        elif isinstance(widget, QToolButton) and widget.text() and \
                widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
            text = widget.text()
            need = _advance(widget, text) + 4
            if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                need += _icon(widget)
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            text = widget.text()
            has = widget.contentsRect().width()
            if widget.textFormat() == Qt.TextFormat.RichText or (
                    widget.textFormat() == Qt.TextFormat.AutoText and _TAG.search(text)):
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setHtml(text)
                document.setDocumentMargin(0)
                need = int(document.idealWidth())
            else:
                need = _advance(widget, text)
            need += 2 * widget.margin() + max(widget.indent(), 0)
        elif isinstance(widget, QGroupBox) and widget.title():
            text = widget.title()
            need = _advance(widget, text) + 16
        elif isinstance(widget, QTabBar):
            yield from _tabs_cut(widget)
            continue
        elif isinstance(widget, QHeaderView):
            yield from _headers_cut(widget)
            continue
        elif isinstance(widget, QToolBar):
            yield from _toolbar_hidden(widget)
            continue
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            yield from _combo_cut(widget)
            continue
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigation":
            for row in range(widget.count()):
                item = widget.item(row)
                want = max(_advance(widget, item.text()) + widget.iconSize().width() + 6 + 24,
                           widget.sizeHintForIndex(widget.indexFromItem(item)).width())
                got = widget.viewport().width()
                if got + SLACK < want:
                    yield f"navigation entry {item.text()!r}: {got}px of {want}px"
            continue
        if text and has + SLACK < need:
            yield f"{type(widget).__name__} {text!r}: {has}px of {need}px ({_where(widget)})"


def _tabs_cut(bar: QTabBar) -> Iterator[str]:
    """Tabs narrower than their text, or (partly) outside the bar: reachable only through the
    bar's scroll arrows, which nobody sees as "there are more steps"."""
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        want = bar.tabSizeHint(index).width()
        rect = bar.tabRect(index)
        if rect.width() + SLACK < want:
            yield f"tab {bar.tabText(index)!r}: {rect.width()}px of {want}px ({_where(bar)})"
        elif rect.left() < 0 or rect.right() >= bar.width() + SLACK:
            yield (f"tab {bar.tabText(index)!r} outside its tab bar: {rect.left()}…"
                   f"{rect.right()} px of 0…{bar.width() - 1} px ({_where(bar)})")
    if any(button.isVisible() for button in bar.findChildren(QToolButton)):
        yield f"tab bar with scroll arrows: tabs are hidden ({_where(bar)})"


def _headers_cut(header: QHeaderView) -> Iterator[str]:
    """Column (or row) headers narrower than their title with the style's margins and room for
    the sort arrow: what Qt itself asks for (``sectionSizeHint``, from the bold font a
    highlighted section uses). Columns scrolled out of view count too: they are a scroll
    away, and scrolling does not widen them."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return  # row headers: their height is the row's
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, header.orientation())
        if not isinstance(title, str) or not title:
            continue
        has = header.sectionSize(section)
        need = header.sectionSizeHint(section)
        if has + SLACK < need:
            yield f"column {title!r}: {has}px of {need}px ({_where(header)})"


def _toolbar_hidden(toolbar: QToolBar) -> Iterator[str]:
    """Actions a toolbar could not fit, which it moves into its "»" extension menu."""
    for action in toolbar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        shown = toolbar.widgetForAction(action)
        if shown is None or not shown.isVisible():
            yield (f"toolbar action {action.text()!r} hidden in the toolbar's » menu "
                   f"({_where(toolbar)})")


def _combo_cut(combo: QComboBox) -> Iterator[str]:
    """A combo box whose text field is narrower than its current choice."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    has = field.width()
    need = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if has + SLACK < need:
        yield f"QComboBox {combo.currentText()!r}: {has}px of {need}px ({_where(combo)})"


def _where(widget: QWidget) -> str:
    names = []
    node = widget.parentWidget()
    while node is not None and len(names) < 3:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return " < ".join(names)


def _settle() -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(20_000)
        QApplication.processEvents()


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_sections_fit_the_normal_window(qtbot: QtBot, demo_db: Demo, qm_dir: Path,
                                        language: str) -> None:
    problems: list[str] = []
    with ui_language(qm_dir, language):
        window = MainWindow(make_context(demo_db, language))
        qtbot.addWidget(window)
        window.resize(*WINDOW)
        window.show()
        qtbot.waitExposed(window)
        for key in window.section_keys():
            window.show_section(key)
            _settle()
            # The page's own minimum (the stack keeps the largest page's), plus the window's
            # navigation, menu and status bars.
            minimum = window.page(key).minimumSizeHint()
            width = minimum.width() + window.nav.width()
            height = minimum.height() + window.menuBar().height() + window.statusBar().height()
            if width > WINDOW[0] or height > WINDOW[1]:
                problems.append(f"{key}: the window would need at least {width}×{height} px, "
                                f"more than its normal {WINDOW[0]}×{WINDOW[1]}")
            window.resize(*WINDOW)
            _settle()
            problems += [f"{key}: {p}" for p in clipped(window)]
        window.close()
        _settle()
    if problems:
        pytest.fail(f"Text cut off in {language}:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_dialogs_show_their_whole_text(qtbot: QtBot, demo_db: Demo, qm_dir: Path,
                                       language: str) -> None:
    problems: list[str] = []
    with ui_language(qm_dir, language):
        ctx = make_context(demo_db, language)
        host = QWidget()
        qtbot.addWidget(host)
        classes = dialog_classes()
        for name in buildable():
            try:
                dialog = build_dialog(name, classes[name], ctx, host)
            except pytest.skip.Exception:
                continue
            except Exception as exc:  # reported with the others, so one broken dialog
                problems.append(f"{name}: could not be built: {exc!r}")  # hides nothing
                continue
            dialog.show()
            _settle()
            if shiboken6.isValid(dialog):  # some dialogs delete themselves when done
                problems += [f"{name}: {p}" for p in clipped(dialog)]
                dialog.close()
            if shiboken6.isValid(dialog):
                dialog.deleteLater()
        _settle()
    if problems:
        pytest.fail(f"Text cut off in {language}:\n  " + "\n  ".join(problems), pytrace=False)


def test_the_check_sees_a_clipped_button_and_label(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("&Record consent for everyone selected", page)
    button.setFixedWidth(60)
    label = QLabel("A rather long explanation that cannot fit", page)
    label.setGeometry(0, 40, 50, 20)
    fine = QPushButton("OK", page)
    fine.setGeometry(0, 80, 120, 30)
    page.resize(300, 200)
    page.show()
    qtbot.waitExposed(page)
    found = list(clipped(page))
    assert len(found) == 2, found
    assert any("Record consent" in f for f in found) and any("rather long" in f for f in found)


def test_the_check_sees_cut_headers_hidden_tabs_toolbar_actions_and_combos(
        qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QTabWidget, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    toolbar = QToolBar(page)
    for text in ("First action", "Second action", "Third action", "Fourth action"):
        toolbar.addAction(text)
    layout.addWidget(toolbar)
    tabs = QTabWidget(page)
    for text in ("&1 Details", "&2 Pool", "&3 Criteria", "&4 Selection"):
        tabs.addTab(QWidget(), text)
    layout.addWidget(tabs)
    combo = QComboBox(page)
    combo.addItem("All engagement areas of the association")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    layout.addWidget(combo)
    model = QStandardItemModel(2, 2, page)
    model.setHorizontalHeaderLabels(["Origin region", "Id"])
    table = QTableView(page)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 200)
    layout.addWidget(table)
    page.setFixedWidth(180)
    page.show()
    qtbot.waitExposed(page)
    found = list(clipped(page))
    assert any("column 'Origin region'" in f for f in found), found
    assert not any("column 'Id'" in f for f in found), found
    assert any("toolbar action 'Fourth action'" in f for f in found), found
    assert any("'&4 Selection' outside its tab bar" in f or "scroll arrows" in f
               for f in found), found
    assert any("QComboBox 'All engagement areas" in f for f in found), found
