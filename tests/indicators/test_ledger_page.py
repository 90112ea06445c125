"""The promise ledger section and the digest dialog, driven with qtbot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.views.context import AppContext
from desktop.views.promise_ledger import DigestDialog, PromiseLedgerPage
from tests.indicators.builders import A, B, build


@pytest.fixture
def page(qtbot: QtBot, app_ctx: AppContext) -> PromiseLedgerPage:
    build(app_ctx.db)
    ledger = PromiseLedgerPage(app_ctx)
    qtbot.addWidget(ledger)
    ledger.show()
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 6, timeout=10_000)
    return ledger


def test_filters(page: PromiseLedgerPage) -> None:
    assert page.proxy.rowCount() == 6
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    page.proxy.finish_filtering()
    # Overdue today (the data set's dates are in 2026): the two of June and the one due in
    # September, unless this test runs before then.
    expected = 3 if dt.date.today() > dt.date(2026, 9, 1) else 2
    assert page.proxy.rowCount() == expected
    assert f"{expected} overdue" in page.count_label.text()
    page.status_filter.setCurrentIndex(0)
    page.region_filter.setCurrentIndex(page.region_filter.findData(B))
    page.proxy.finish_filtering()
    assert page.proxy.rowCount() == 3
    page.region_filter.setCurrentIndex(0)
    k1 = next(i for i in range(page.consultation_filter.count())
              if page.consultation_filter.itemText(i) == "K1")
    page.consultation_filter.setCurrentIndex(k1)
    page.proxy.finish_filtering()
    assert page.proxy.rowCount() == 2
    page.consultation_filter.setCurrentIndex(0)
    page.search.setText("early")
    page.proxy.finish_filtering()
    assert page.proxy.rowCount() == 1


def test_digest_dialog_writes_the_pdf(qtbot: QtBot, page: PromiseLedgerPage,
                                      tmp_path: Path) -> None:
    dialog = DigestDialog(page._ctx, page, A)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 1, 1))
    dialog.end.setDate(QDate(2026, 6, 30))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    out = tmp_path / "digest"
    dialog.write_to(out)
    target = out.with_suffix(".pdf")
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(target).pages)
    assert "Vous avez dit" in text and "Done early" in text
