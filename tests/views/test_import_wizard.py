"""The import wizard, page by page, as a user goes through it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import Association, FocalPoint
from desktop.models.imports import ImportBatch
from desktop.services import dedupe
from desktop.services.importing import saved_mappings
from desktop.services.progress import Progress
from desktop.views import import_wizard
from desktop.views.context import AppContext
from desktop.views.import_wizard import ImportWizard

CSV = ("Nom;Courriel;Ville;Colonne inconnue\n"
       "Asociația Moldovenilor din Torino;amt@example.it;Torino;x\n"
       ";sans-nom@example.org;Paris;y\n"
       "Dor de Casă;ddc(at)example.it;Padova;z\n"
       "Moldova Unita;mu@example.org;Roma;w\n")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def live(ctx: AppContext, cls: Any = Association) -> list[str]:
    with ctx.db.sessions() as session:
        return sorted(session.scalars(select(cls.name).where(cls.deleted_at.is_(None))))


def start(qtbot: QtBot, ctx: AppContext, path: Path | None = None,
          entity: str = "association") -> ImportWizard:
    wizard = ImportWizard(ctx, entity, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)


def test_whole_import_then_undo(qtbot: QtBot, app_ctx: AppContext, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    with app_ctx.db.transaction() as session:
        session.add(Association(name="Moldova Unită", email="mu@example.org"))
    path = tmp_path / "associations.csv"
    path.write_text(CSV, encoding="utf-8")
    wizard = start(qtbot, app_ctx, path)
    assert "Associations".lower() in wizard.windowTitle().lower()
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    summary = page.summary.text()
    assert "4 rows read: 2 can be imported." in summary
    assert "2 rows will be left out" in summary
    assert "1 rows look like records already in the register" in summary
    assert "Columns not imported: Colonne inconnue." in summary
    assert page.tabs.tabText(0) == "Rows left out (2)"
    assert page.tabs.tabText(1) == "Possible duplicates (1)"
    assert [(e.line, e.column) for e in page.errors.rows()] == [(3, "Nom"), (4, "Courriel")]
    assert "Moldova Unită" in page.warnings.rows()[0].message
    assert live(app_ctx) == ["Moldova Unită"]  # nothing imported before "Import"

    import_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert import_button.text().replace("&", "") == "Import"
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.done, timeout=20_000)
    assert "2 records imported from associations.csv; 2 rows were left out" in \
        result.summary.text()
    assert live(app_ctx) == ["Asociația Moldovenilor din Torino", "Moldova Unita",
                             "Moldova Unită"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert result.undo_button.isVisible()
    qtbot.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    assert "undone: 2 records were removed" in result.summary.text()
    assert live(app_ctx) == ["Moldova Unită"]


def test_unreadable_file_is_explained_on_the_first_page(
        qtbot: QtBot, app_ctx: AppContext, tmp_path: Path) -> None:
    wizard = start(qtbot, app_ctx)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.file_page.path, str(tmp_path / "missing.csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisible()
    assert "does not exist" in wizard.file_page.error.text()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard.file_page.path.setText(str(empty))
    assert not wizard.file_page.error.isVisible()  # cleared as the user types
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "is empty" in wizard.file_page.error.text()


def test_mapping_page_requires_name_once_and_saves_mappings(
        qtbot: QtBot, app_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Denumirea;E-mail;Remarques\nIzvor;i@example.org;\n", encoding="utf-8")
    wizard = start(qtbot, app_ctx, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.mapping() == {0: "name", 1: "email", 2: "notes"}
    assert "semicolons" in page.info.text() and "1 rows read" in page.info.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    page.combos[0].setCurrentIndex(0)  # "Do not import"
    assert not next_button.isEnabled()
    assert "Choose the column that holds: Name." in page.error.text()
    page.combos[0].setCurrentIndex(page.combos[0].findData("name"))
    page.combos[2].setCurrentIndex(page.combos[2].findData("name"))
    assert not next_button.isEnabled()
    assert "more than one column" in page.error.text()
    page.combos[2].setCurrentIndex(page.combos[2].findData("city"))
    assert next_button.isEnabled() and not page.error.isVisible()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Romanian list", True))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with app_ctx.db.sessions() as session:
        assert saved_mappings(session, "association") == ["Romanian list"]
    assert page.saved.currentText() == "Romanian list"
    page.combos[2].setCurrentIndex(0)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert page.mapping() == {0: "name", 1: "email", 2: "city"}


def test_cancel_during_import_rolls_everything_back(
        qtbot: QtBot, app_ctx: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name\n" + "".join(f"Association number {n}\n" for n in range(300)),
                    encoding="utf-8")
    started = threading.Event()
    real_execute = import_wizard.execute

    def slow_execute(db: Any, plan: Any, name: str, progress: Progress, by: str) -> Any:
        started.set()
        progress.report(0, len(plan.good), "Importing")
        while not progress.cancelled:  # wait for the user's Cancel
            threading.Event().wait(0.01)
        return real_execute(db, plan, name, progress, by=by)

    monkeypatch.setattr(import_wizard, "execute", slow_execute)
    wizard = start(qtbot, app_ctx, path)
    to_preview(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert wizard.result_page.progress.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert "cancelled; nothing was imported" in wizard.result_page.summary.text()
    assert live(app_ctx) == []
    with app_ctx.db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_focal_points_use_the_same_wizard(qtbot: QtBot, app_ctx: AppContext,
                                          tmp_path: Path) -> None:
    path = tmp_path / "focal.csv"
    path.write_text("Nombre completo\tRegión\tTeléfono\nIon Popescu\tMD-CU\t022 123 456\n",
                    encoding="utf-8")
    wizard = start(qtbot, app_ctx, path, "focal_point")
    to_preview(qtbot, wizard)
    assert wizard.preview_page.summary.text().startswith("1 rows read: 1 can be imported.")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20_000)
    assert live(app_ctx, FocalPoint) == ["Ion Popescu"]


RUSSIAN_CP1251 = ("Список ассоциаций, 2024\n"
                  "\n"
                  "Название;Страна;Город;Эл. почта\n"
                  "Ассоциация молдаван Берлина;Германия;Берлин;berlin@example.org\n"
                  "Дор де Касэ;Франция;Париж;dor@example.org\n"
                  "Итого: 2;;;\n")


def test_legacy_encoding_title_block_and_totals_row(qtbot: QtBot, app_ctx: AppContext,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "ассоциации.csv"
    path.write_bytes(RUSSIAN_CP1251.encode("cp1251"))
    wizard = start(qtbot, app_ctx, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.encoding.currentData() == "cp1251"
    assert page.encoding.currentText().startswith("Windows-1251")
    assert page.header_row.value() == 3
    assert "Windows-1251" in page.info.text()
    assert "row 6 (a totals row (“Итого: 2”), not data)" in page.info.text()
    assert [c.currentData() for c in page.combos] == ["name", "country_code", "city", "email"]

    # The user overrides the encoding: the file is read again and the headers change.
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert wizard.table is not None and wizard.table.codec == "cp1252"
    assert "Íàçâàíèå" in wizard.table.headers
    page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert wizard.table.headers[0] == "Название"

    # Header on row 1 (the title): only one column, no name column -> the page says so.
    page.header_row.setValue(1)
    page.header_row.editingFinished.emit()
    assert wizard.table.header_line == 1
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.header_row.setValue(3)
    page.header_row.editingFinished.emit()
    assert wizard.table.header_line == 3

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20_000)
    with app_ctx.db.sessions() as session:
        rows = session.execute(select(Association.name, Association.country_code)
                               .order_by(Association.name)).all()
    assert [tuple(r) for r in rows] == [("Ассоциация молдаван Берлина", "DE"),
                                        ("Дор де Касэ", "FR")]
