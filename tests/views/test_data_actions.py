"""List actions: Export… of what the list shows, Recent imports with Undo, Find duplicates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Association
from desktop.models.dedupe import NotDuplicate
from desktop.services import dedupe
from desktop.services.importing import run_import
from desktop.views.context import AppContext
from desktop.views.data_actions import RecentImportsDialog, export_list
from desktop.views.duplicates_dialog import DuplicatesDialog
from desktop.views.list_actions import actions_for
from desktop.views.merge_dialog import MergeDialog


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


class FakePage:
    """A list page as the ListPage protocol describes it."""

    def __init__(self, ctx: AppContext, entity: str, ids: list[str]) -> None:
        self.ctx = ctx
        self.entity = entity
        self._ids = ids
        self._widget = QWidget()

    def visible_ids(self) -> list[str]:
        return list(self._ids)

    def selected_ids(self) -> list[str]:
        return []

    def refresh(self) -> None:
        pass

    def widget(self) -> QWidget:
        return self._widget


def test_actions_are_registered_for_both_lists() -> None:
    for entity in ("association", "focal_point"):
        keys = [a.key for a in actions_for(entity)]
        assert {"import", "export", "recent_imports", "duplicates"} <= set(keys)
    texts = [a.text() for a in actions_for("association")]
    assert "&Import…" in texts and "Find &duplicates…" in texts


def test_export_writes_what_the_list_shows_in_its_order(
        qtbot: QtBot, app_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with app_ctx.db.transaction() as session:
        records = [Association(name=n) for n in ("Codrii", "Doina", "Izvor", "Hora")]
        session.add_all(records)
        session.flush()
        ids = [r.id for r in records]
    shown = [ids[2], ids[0], ids[3]]  # filtered and sorted by the user
    page = FakePage(app_ctx, "association", shown)
    qtbot.addWidget(page.widget())
    target = tmp_path / "shown"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "CSV file (*.csv)"))
    messages: list[str] = []
    app_ctx.bus.status_message.connect(lambda text, _ms: messages.append(text))
    export_list(page)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    out = target.with_suffix(".csv")
    assert messages == [f"3 records exported to {out}"]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        names = [row["Name"] for row in csv.DictReader(handle)]
    assert names == ["Izvor", "Codrii", "Hora"]


def test_recent_imports_can_be_undone_until_edited(
        qtbot: QtBot, app_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Name\nA\nB\n", encoding="utf-8")
    second = tmp_path / "second.csv"
    second.write_text("Name\nC\n", encoding="utf-8")
    run_import(app_ctx.db, "association", first)
    run_import(app_ctx.db, "association", second)
    with app_ctx.db.transaction() as session:
        c = session.scalar(select(Association).where(Association.name == "C"))
        assert c is not None
        c.city = "Roma"
    dialog = RecentImportsDialog(app_ctx, "association")
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.model.rows()
    assert [(info.file_name, reason != "") for info, reason in rows] == [
        ("second.csv", True), ("first.csv", False)]
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    assert "can no longer be undone" in dialog.reason.text()
    dialog.table.selectRow(1)
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    with app_ctx.db.sessions() as session:
        names = sorted(session.scalars(select(Association.name)
                                       .where(Association.deleted_at.is_(None))))
    assert names == ["C"]
    states = [dialog.model.data(dialog.model.index(r, 5)) for r in range(2)]
    assert states[0] == "Changed since; cannot be undone"
    assert states[1].startswith("Undone on ")


def test_find_duplicates_not_a_duplicate_and_merge(
        qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    with app_ctx.db.transaction() as session:
        session.add_all([
            Association(name="Молдова Унита", country_code="RU"),
            Association(name="Moldova Unita", country_code="RU"),
            Association(name="Casa Mare", email="cm@example.org"),
            Association(name="Casa Mare Torino", email="cm@example.org"),
            Association(name="Codrii"),
        ])
    dialog = DuplicatesDialog(app_ctx, "association")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert "2 likely duplicate pairs" in dialog.status.text()
    assert dialog.merge_button.isEnabled()
    dialog.table.selectRow(0)
    pair = dialog.selected()
    assert pair is not None
    qtbot.mouseClick(dialog.not_duplicate_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    with app_ctx.db.sessions() as session:
        saved = session.scalar(select(NotDuplicate))
    assert saved is not None and {saved.record_a, saved.record_b} == {pair.first_id,
                                                                      pair.second_id}

    def accept_at_once(self: MergeDialog) -> QDialog.DialogCode:
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", accept_at_once)
    remaining = dialog.model.rows()[0]
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No likely duplicates found."
    with app_ctx.db.sessions() as session:
        merged = session.get(Association, remaining.second_id)
    assert merged is not None and merged.merged_into_id == remaining.first_id
