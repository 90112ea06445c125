"""The coverage section, driven with qtbot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.views.context import AppContext
from desktop.views.coverage import CoveragePage
from tests.indicators.builders import TODAY, build


def test_coverage_page_marks_the_unheard(qtbot: QtBot, app_ctx: AppContext) -> None:
    build(app_ctx.db)
    page = CoveragePage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.today = TODAY  # the first half of 2026: K1 and K2, not K3 (November 2025)
    page.months.setValue(6)
    qtbot.waitUntil(lambda: page.coverage is not None and page.coverage.months == 6,
                    timeout=10_000)
    rows = {r.value: r for r in page.segments.rows()}
    assert rows["PT"].never_heard and rows["PT"].pool == 1
    assert "1 groups" in page.summary.text() or "1 group" in page.summary.text()
    assert [r.name for r in page.people.rows()] == ["C1"]  # seated at K1 and K2
    page.dimension_box.setCurrentIndex(page.dimension_box.findData("association"))
    assert page.segments.rowCount() == 0
    assert "4 of 4 associations" in page.summary.text()
