"""The dashboard (Home), driven like a user: period, scope, tiles, bars, drill-down, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.views.context import AppContext
from desktop.views.dashboard_drill import DrillDownDialog
from desktop.views.home import HomePage
from tests.indicators.builders import A, build


def shown(qtbot: QtBot, page: HomePage) -> None:
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        pass


@pytest.fixture
def page(qtbot: QtBot, app_ctx: AppContext) -> HomePage:
    build(app_ctx.db)
    home = HomePage(app_ctx)
    qtbot.addWidget(home)
    home.resize(1200, 800)
    home.show()
    shown(qtbot, home)
    # The first half of 2026, the period the hand-counted figures are for.
    for edit, day in ((home.start_edit, QDate(2026, 1, 1)), (home.end_edit, QDate(2026, 6, 30))):
        edit.blockSignals(True)
        edit.setDate(day)
        edit.blockSignals(False)
    with qtbot.waitSignal(home.figures_shown, timeout=10_000):
        home.period_box.setCurrentIndex(home.period_box.findData("custom"))
    return home


def test_tiles_show_the_figures(page: HomePage) -> None:
    assert page.period().start == dt.date(2026, 1, 1)
    assert page.tiles["participants"].value.text() == "4"
    assert page.tiles["consultations_held"].value.text() == "2"
    assert page.tiles["women_share"].value.text().startswith("25")
    assert page.tiles["commitments_overdue"].value.text() == "2"
    assert not page.first_steps.isVisible()
    names = [r.name for r in page.model.rows()]
    assert names[0] == "National level" and len(names) == 3  # national, then 2 regions


def test_scope_narrows_to_one_region(qtbot: QtBot, page: HomePage) -> None:
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.scope_box.setCurrentIndex(page.scope_box.findData(A))
    assert page.tiles["participants"].value.text() == "3"
    assert page.table.isHidden()


def test_a_tile_opens_the_records_behind_it(qtbot: QtBot, page: HomePage) -> None:
    qtbot.mouseClick(page.tiles["participants"], Qt.MouseButton.LeftButton)
    dialog = page.last_drill
    assert isinstance(dialog, DrillDownDialog)
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=10_000)
    assert dialog.model.rowCount() == 4
    assert dialog.section_button.text() == "Show in Candidates"
    dialog.close()


def test_a_bar_opens_its_part(qtbot: QtBot, page: HomePage) -> None:
    chart = page.gender_chart
    keys = chart.category_keys()
    assert chart.series is not None
    participants = chart.series.barSets()[0]
    # Bars are drawn bottom-up: the set's index of the first category is the last one.
    participants.clicked.emit(len(keys) - 1 - keys.index("male"))
    dialog = page.last_drill
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=10_000)
    assert dialog.model.rowCount() == 2  # C2 and C4
    dialog.close()


def test_export_writes_the_same_figures(qtbot: QtBot, page: HomePage, tmp_path: Path) -> None:
    out = tmp_path / "dash.xlsx"
    page.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.wait(200)
    rows = list(load_workbook(out)["Indicators"].iter_rows(values_only=True))
    assert ("participants", None, None, 4) in rows


def test_empty_database_shows_first_steps(qtbot: QtBot, app_ctx: AppContext) -> None:
    home = HomePage(app_ctx)
    qtbot.addWidget(home)
    home.show()
    shown(qtbot, home)
    assert home.first_steps.isVisible()
    assert home.charts_widget.isHidden()
    assert "Import" in home.first_steps.buttons["associations"].text()


def test_last_figures_show_at_once_then_fresh_ones(qtbot: QtBot, page: HomePage,
                                                   app_ctx: AppContext) -> None:
    assert page.cache_path().exists()
    again = HomePage(app_ctx)  # e.g. the next start: last time's figures come from the cache
    qtbot.addWidget(again)
    assert again.report is not None and not again.fresh
    assert again.tiles["associations"].value.text() == "4"
    assert "counting again" in again.status.text()
    qtbot.waitUntil(lambda: again.fresh, timeout=10_000)
    assert again.status.text() == ""


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    from desktop.services.indicators import Scope
    from desktop.services.indicators.cache import load_cached

    broken = tmp_path / "figures.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_cached(broken, "12m", Scope.everything()) is None
    broken.write_text('{"format": "other", "version": 1, "entries": {}}', encoding="utf-8")
    assert load_cached(broken, "12m", Scope.everything()) is None
