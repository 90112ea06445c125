"""The association list: model and proxy without a window (filters, sorting), then the page:
multi-selection status change, delete with Undo, restore from the trash, registered actions."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.associations import (
    create_association,
    get_association,
    list_associations,
    set_status,
)
from desktop.services.regions import region_names
from desktop.views import list_actions
from desktop.views.association_list import (
    COL_FOUNDED,
    COL_NAME,
    COL_SYNC,
    NATIONAL,
    AssociationProxy,
    AssociationTableModel,
)
from desktop.views.associations import AssociationsPage
from desktop.views.context import AppContext
from desktop.views.list_actions import ListAction, ListPage, register_list_action

ROWS = [
    {"name": "Asociația Moldovenilor din Padova", "country_code": "IT", "city": "Padova",
     "region_code": "MD-CA", "founding_year": 2004, "engagement_areas": ["remittances"],
     "sectors": ["Culture"], "contact_person": "Ion Rusu", "email": "amp@libero.it"},
    {"name": "Bălți Club Köln", "acronym": "BCK", "country_code": "DE", "city": "Köln",
     "region_code": "MD-BA", "founding_year": 1999,
     "engagement_areas": ["trade", "youth_empowerment"], "sectors": ["Sport", "Youth"]},
    {"name": "Молдавская диаспора «Дор» Москва", "country_code": "RU", "city": "Москва",
     "founding_year": 2015, "engagement_areas": ["cultural_diversity"],
     "sectors": ["Éducation"], "contact_person": "Ana Bejan"},
    {"name": "Comunità dei Moldavi di Roma", "country_code": "IT", "city": "Roma",
     "region_code": "MD-CA", "engagement_areas": ["trade"]},
]


@pytest.fixture
def filled(db: Database) -> list[str]:
    ids = []
    with db.transaction() as session:
        for values in ROWS:
            ids.append(create_association(session, values, by="anna"))
        set_status(session, ids[1], "verified", by="anna")
    return ids


def names(proxy: AssociationProxy) -> list[str]:
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


@pytest.fixture
def proxy(qapp: object, db: Database, filled: list[str]) -> Iterator[AssociationProxy]:
    model = AssociationTableModel("en")
    with db.sessions() as session:
        model.set_region_names(region_names(session))
        model.set_list(list_associations(session))
    proxy = AssociationProxy()
    proxy.setSourceModel(model)
    yield proxy


def test_rows_start_sorted_by_name_and_sort_by_any_column(proxy: AssociationProxy) -> None:
    assert names(proxy) == ["Asociația Moldovenilor din Padova", "Bălți Club Köln",
                            "Comunità dei Moldavi di Roma", "Молдавская диаспора «Дор» Москва"]
    proxy.sort(COL_FOUNDED, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, COL_FOUNDED).data() for r in range(4)] == ["2015", "2004", "1999",
                                                                      ""]
    proxy.sort(COL_SYNC)
    assert {proxy.index(r, COL_SYNC).data() for r in range(4)} == {"Pending"}


def test_free_text_filter_every_word_accents_and_contacts(proxy: AssociationProxy) -> None:
    proxy.set_filters(text="balti")
    assert names(proxy) == ["Bălți Club Köln"]
    proxy.set_filters(text="moldav roma")
    assert names(proxy) == ["Comunità dei Moldavi di Roma"]
    proxy.set_filters(text="ion rusu")  # contact person
    assert names(proxy) == ["Asociația Moldovenilor din Padova"]
    proxy.set_filters(text="МОСКВА")
    assert names(proxy) == ["Молдавская диаспора «Дор» Москва"]
    proxy.set_filters(text="bck")  # acronym
    assert names(proxy) == ["Bălți Club Köln"]
    proxy.set_filters(text="libero.it")
    assert len(names(proxy)) == 1
    proxy.set_filters(text="")
    assert proxy.rowCount() == 4


def test_typing_more_letters_narrows_the_same_way(proxy: AssociationProxy) -> None:
    proxy.set_filters(text="mo")
    broad = names(proxy)
    proxy.set_filters(text="mol")
    narrowed = names(proxy)
    proxy.set_filters(text="")
    proxy.set_filters(text="mol")
    assert narrowed == names(proxy)
    assert set(narrowed) <= set(broad)


def test_column_filters_combine(proxy: AssociationProxy) -> None:
    proxy.set_filters(country="IT")
    assert len(names(proxy)) == 2
    proxy.set_filters(region="MD-CA", area="trade")
    assert names(proxy) == ["Comunità dei Moldavi di Roma"]
    proxy.set_filters(country="", region=NATIONAL, area="")
    assert names(proxy) == ["Молдавская диаспора «Дор» Москва"]
    proxy.set_filters(region="", status="verified")
    assert names(proxy) == ["Bălți Club Köln"]
    proxy.set_filters(status="", sector="éducation")
    assert names(proxy) == ["Молдавская диаспора «Дор» Москва"]
    proxy.set_filters(sector="youth")
    assert names(proxy) == ["Bălți Club Köln"]
    assert proxy.visible_ids() == [proxy.id_at(0)]


def test_long_lists_filter_in_chunks_with_the_same_result(
        proxy: AssociationProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {}
    for text in ("mol", "o", "dor", "mo"):
        proxy.set_filters(text=text)
        expected[text] = names(proxy)
        proxy.set_filters(text="")
    monkeypatch.setattr(AssociationProxy, "CHUNK", 1)
    monkeypatch.setattr("desktop.views.association_list.FIND_LIMIT", 0)  # no shortcut
    finished: list[bool] = []
    proxy.filtering_finished.connect(lambda: finished.append(True))
    for text in ("mol", "o", "dor"):
        proxy.set_filters(text=text)
        assert proxy.rowCount() <= 1, "only the first chunk before returning"
        proxy.finish_filtering()
        assert names(proxy) == expected[text]
        proxy.set_filters(text="")
    proxy.set_filters(text="m")
    proxy.set_filters(text="mo")  # a keystroke while the previous filtering is unfinished
    proxy.finish_filtering()
    assert names(proxy) == expected["mo"]
    assert len(expected["mo"]) >= 2 and finished


def test_cells_show_labels_in_words(proxy: AssociationProxy) -> None:
    proxy.set_filters(text="köln")
    model = proxy.sourceModel()
    row = [proxy.index(0, c).data() for c in range(model.columnCount())]
    assert "Germany" in row and "Bălți" in row and "Verified" in row
    assert "Trade, Youth empowerment" in row


@pytest.fixture
def page(qtbot: QtBot, app_ctx: AppContext, filled: list[str],
         monkeypatch: pytest.MonkeyPatch) -> AssociationsPage:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    widget = AssociationsPage(app_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_rows(page: AssociationsPage, rows: list[int]) -> None:
    model = page.proxy()
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_page_lists_and_filters(qtbot: QtBot, page: AssociationsPage) -> None:
    assert page.count_label.text() == "4 associations"
    qtbot.keyClicks(page.search, "padova")
    qtbot.waitUntil(lambda: page.proxy().rowCount() == 1, timeout=2000)
    assert page.count_label.text() == "1 of 4 associations"
    page.clear_filters()
    assert page.proxy().rowCount() == 4
    page.country_filter.setCurrentIndex(page.country_filter.findData("IT"))
    assert page.proxy().rowCount() == 2


def test_bulk_status_change_on_a_selection(page: AssociationsPage, app_ctx: AppContext
                                           ) -> None:
    select_rows(page, [0, 2, 3])
    ids = page.selected_ids()
    assert len(ids) == 3
    page.set_status_of_selection("inactive")
    with app_ctx.db.sessions() as session:
        statuses = {get_association(session, i)["status"] for i in ids}
    assert statuses == {"inactive"}
    assert sorted(page.selected_ids()) == sorted(ids), "the selection survives the refresh"


def test_delete_then_undo_then_trash_restore(qtbot: QtBot, page: AssociationsPage,
                                             app_ctx: AppContext) -> None:
    select_rows(page, [0, 1])
    doomed = page.selected_ids()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.proxy().rowCount() == 2
    assert page.undo_bar.isVisible()
    assert page.undo_label.text() == "2 associations moved to the trash."
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.proxy().rowCount() == 4
    assert sorted(page.selected_ids()) == sorted(doomed)

    select_rows(page, [3])
    gone = page.selected_ids()
    page.delete_selected()
    assert page.proxy().rowCount() == 3
    dialog = page.trash_dialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert page.proxy().rowCount() == 4
    with app_ctx.db.sessions() as session:
        assert get_association(session, gone[0])["name"]


def test_registered_actions_join_the_toolbar(qtbot: QtBot, app_ctx: AppContext,
                                             filled: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def handler(page: ListPage) -> None:
        seen.append(page.visible_ids())

    monkeypatch.setattr(list_actions, "_ACTIONS", dict(list_actions._ACTIONS))
    register_list_action(ListAction("association", "test-export", lambda: "Test export",
                                    handler))
    page = AssociationsPage(app_ctx)
    qtbot.addWidget(page)
    action = next(a for a in page.toolbar.actions() if a.text() == "Test export")
    page.country_filter.setCurrentIndex(page.country_filter.findData("DE"))
    action.trigger()
    assert len(seen) == 1 and len(seen[0]) == 1


def test_every_toolbar_action_is_shown_and_tab_reaches_it_first(qtbot: QtBot,
                                                                 app_ctx: AppContext,
                                                                 filled: list[str]) -> None:
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

    window = QWidget()  # as in the main window: something to tab from before the page
    qtbot.addWidget(window)
    before = QLineEdit(window)
    page = AssociationsPage(app_ctx)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(page)
    window.resize(700, 600)  # narrower than the window: the toolbar wraps, it hides nothing
    window.show()
    qtbot.waitExposed(window)
    for action in page.toolbar.actions():
        if not action.isSeparator():
            button = page.toolbar.widgetForAction(action)
            assert isinstance(button, QToolButton) and button.isVisible(), action.text()
            assert button.geometry().right() <= page.toolbar.width()
    stops = page.toolbar.focus_widgets()
    assert page.status_button in stops

    def next_stop(widget: QWidget) -> QWidget:
        node = widget.nextInFocusChain()
        while not (node.focusPolicy() & Qt.FocusPolicy.TabFocus and node.isVisible()):
            node = node.nextInFocusChain()
        return node

    assert next_stop(before) is stops[0]  # the toolbar first, as the page reads
    for first, second in pairwise(stops):
        assert next_stop(first) is second
    assert next_stop(stops[-1]) is page.search
