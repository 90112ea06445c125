"""The focal-point list (filters, delete with Undo) and the region directory page."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from desktop.services.focal_points import create_focal_point, withdraw_consent
from desktop.views.context import AppContext
from desktop.views.directory import DirectoryPage
from desktop.views.focal_points import LISTED, NO_CONSENT, FocalPointsPage

CONSENT = {"publication_consent_on": "2024-01-05", "publication_consent_how": "signed form"}


def add(ctx: AppContext, name: str, region: str = "MD-CA", **values: object) -> str:
    with ctx.db.transaction() as session:
        return create_focal_point(session, {"name": name, "region_code": region, **values},
                                  home_country="MD", by="anna")


def shown(page: FocalPointsPage) -> list[str]:
    proxy = page.proxy()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_filters_and_delete_with_undo(qtbot: QtBot, app_ctx: AppContext) -> None:
    add(app_ctx, "Ana Bejan", listed_on_flyers=True, role="elected_official", **CONSENT)
    add(app_ctx, "Ion Rusu", institution="Consiliul Raional Cahul")
    add(app_ctx, "Zoe Ursu", region="MD-BA", **CONSENT)
    page = FocalPointsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    assert shown(page) == ["Ana Bejan", "Ion Rusu", "Zoe Ursu"]
    assert page.count_label.text() == "3 focal points"

    page.flyer_filter.setCurrentIndex(page.flyer_filter.findData(LISTED))
    assert shown(page) == ["Ana Bejan"]
    page.flyer_filter.setCurrentIndex(page.flyer_filter.findData(NO_CONSENT))
    assert shown(page) == ["Ion Rusu"]
    page.clear_filters()
    page.region_filter.setCurrentIndex(page.region_filter.findData("MD-BA"))
    assert shown(page) == ["Zoe Ursu"]
    page.clear_filters()
    qtbot.keyClicks(page.search, "raional")
    qtbot.waitUntil(lambda: shown(page) == ["Ion Rusu"], timeout=2000)
    assert page.count_label.text() == "1 of 3 focal points"
    page.clear_filters()

    page.table.selectionModel().select(
        page.proxy().index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.delete_selected()
    assert shown(page) == ["Ana Bejan", "Zoe Ursu"]
    assert page.undo_label.text() == "1 focal point moved to the trash."
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(page) == ["Ana Bejan", "Ion Rusu", "Zoe Ursu"]
    assert not page.undo_bar.isVisible()


def test_directory_shows_the_information_points_and_what_is_missing(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    ana = add(app_ctx, "Ana Bejan", listed_on_flyers=True, phone="069123456", **CONSENT)
    add(app_ctx, "Ion Rusu")
    add(app_ctx, "Vlad Lungu", **CONSENT)
    page = DirectoryPage(app_ctx)
    qtbot.addWidget(page)
    page.region.setCurrentIndex(page.region.findData("MD-CA"))
    assert page.model.rowCount() == 1
    row = [page.proxy.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[0] == "Ana Bejan" and "+373 691 23 456" in row  # shown grouped
    assert page.summary.text() == (
        "1 information point(s) on the flyers of this region. 1 active focal point(s) are "
        "missing because their consent to publish is not recorded. 1 active focal point(s) "
        "gave consent but are not listed on flyers.")

    with app_ctx.db.transaction() as session:
        withdraw_consent(session, ana, by="anna")
    app_ctx.bus.announce("focal_point")
    assert page.model.rowCount() == 0
    page.region.setCurrentIndex(page.region.findData("MD-BA"))
    assert page.model.rowCount() == 0
