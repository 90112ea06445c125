"""The Flyers section and editor as a user drives them: typing updates the real PDF preview,
saving, deleting with Undo, printing, and batch printing with progress."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.services.flyers.store import FlyerValues, list_flyers, save_flyer
from desktop.services.focal_points import withdraw_consent
from desktop.views.context import AppContext
from desktop.views.flyers import FlyersPage
from desktop.views.flyers_batch import BatchDialog
from desktop.views.flyers_editor import FlyerEditor
from tests.flyers.conftest import add_focal_point, pdf_text, squash

TIMEOUT = 15_000


def preview_text(editor: FlyerEditor) -> str:
    assert editor.last_result is not None
    return squash(pdf_text(editor.last_result.pdf))


def settled(editor: FlyerEditor) -> bool:
    """The preview shows the latest edit and no render is running or queued."""
    return (editor.last_result is not None and not editor.renderer.busy
            and not editor._timer.isActive()
            and editor._shown_generation == editor._generation)


@pytest.fixture
def editor(qtbot: QtBot, app_ctx: AppContext) -> Iterator[FlyerEditor]:
    with app_ctx.db.transaction() as session:
        flyer_id = save_flyer(session, FlyerValues(region_code="MD-CA", language="en",
                                                   template="a4", headline="First headline",
                                                   body="Body text.",
                                                   url="https://brd.gov.md"))
    widget = FlyerEditor(app_ctx, flyer_id)
    widget.show()
    qtbot.waitUntil(lambda: settled(widget), timeout=TIMEOUT)
    yield widget
    # Closed here rather than by qtbot, after forgetting the edits: closing an edited flyer
    # asks "save changes?", which would wait for a click.
    widget._dirty = False
    widget.close()
    widget.deleteLater()


def test_editing_the_headline_updates_the_preview_document(qtbot: QtBot,
                                                           editor: FlyerEditor) -> None:
    first_document = editor.preview_document
    assert first_document is not None and first_document.pageCount() == 1
    assert "Firstheadline" in preview_text(editor)
    renders_before = editor.renderer.renders_started

    editor.headline_edit.selectAll()
    qtbot.keyClicks(editor.headline_edit, "Welcome home")
    qtbot.waitUntil(lambda: settled(editor), timeout=TIMEOUT)

    # Typing twelve characters did not render twelve times (debounced, newest wins).
    assert editor.renderer.renders_started - renders_before <= 2
    assert editor.preview_document is not first_document
    document = editor.preview_document
    assert document is not None
    assert document.status() == QPdfDocument.Status.Ready
    assert "Welcome home" in document.getAllText(0).text()
    assert "Welcomehome" in preview_text(editor) and "Firstheadline" not in preview_text(editor)
    assert editor.windowTitle().endswith("*")  # unsaved


def test_preflight_problems_are_listed(qtbot: QtBot, editor: FlyerEditor) -> None:
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("a5"))
    editor.body_edit.setPlainText(" ".join(["A long sentence about the consultations."] * 90))
    qtbot.waitUntil(lambda: settled(editor), timeout=TIMEOUT)
    texts = [editor.issues_list.item(i).text() for i in range(editor.issues_list.count())]
    assert any("body text does not fit" in text for text in texts), texts


def test_invalid_address_is_shown_next_to_the_field(qtbot: QtBot, editor: FlyerEditor) -> None:
    editor.url_edit.setText("not an address")
    qtbot.waitUntil(lambda: settled(editor), timeout=TIMEOUT)
    assert editor.errors["url"].isVisible()
    assert "space" in editor.errors["url"].text()


def test_save_writes_the_flyer(qtbot: QtBot, editor: FlyerEditor,
                               app_ctx: AppContext) -> None:
    editor.cta_edit.setText("Join today")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ro"))
    assert editor.save()
    with app_ctx.db.sessions() as session:
        (row,) = list_flyers(session)
    assert row.language == "ro" and row.sync_state == "pending"
    assert not editor.windowTitle().endswith("*")


def test_arabic_text_fields_run_right_to_left(qtbot: QtBot, editor: FlyerEditor) -> None:
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ar"))
    assert editor.body_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = editor.body_edit.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


def test_withdrawn_consent_leaves_the_open_preview(qtbot: QtBot, app_ctx: AppContext) -> None:
    ana = add_focal_point(app_ctx.db, "Ana Popescu", phone="+37329922345")
    with app_ctx.db.transaction() as session:
        flyer_id = save_flyer(session, FlyerValues(region_code="MD-CA", url="https://brd.gov.md"))
    editor = FlyerEditor(app_ctx, flyer_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: settled(editor), timeout=TIMEOUT)
    assert "AnaPopescu" in preview_text(editor)
    with app_ctx.db.transaction() as session:
        withdraw_consent(session, ana, by="tester")
    app_ctx.bus.announce("focal_point")
    qtbot.waitUntil(lambda: settled(editor) and "AnaPopescu" not in preview_text(editor),
                    timeout=TIMEOUT)
    assert "No focal point" in editor.points_label.text()


def test_print_to_a_printer(qtbot: QtBot, editor: FlyerEditor, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    editor.prepare_printer(printer)
    assert editor.print_to(printer)
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595  # A4, as the flyer
    assert "/XObject" in page["/Resources"]  # the rasterised flyer page


def test_export_writes_the_previewed_pdf(qtbot: QtBot, editor: FlyerEditor,
                                         tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert editor.write_pdf(target)
    written = (tmp_path / "out.pdf").read_bytes()
    assert editor.last_result is not None and written == editor.last_result.pdf


def test_page_lists_deletes_and_undoes(qtbot: QtBot, app_ctx: AppContext) -> None:
    with app_ctx.db.transaction() as session:
        save_flyer(session, FlyerValues(name="Cahul leaflet", region_code="MD-CA",
                                        url="https://brd.gov.md"))
    page = FlyersPage(app_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 5)) == "Pending"
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.rowCount() == 0 and page.undo_bar.isVisibleTo(page)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and not page.undo_bar.isVisibleTo(page)


def test_page_opens_the_editor_for_a_new_flyer(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = FlyersPage(app_ctx)
    qtbot.addWidget(page)
    editor = page.open_editor()
    qtbot.waitUntil(lambda: settled(editor), timeout=TIMEOUT)
    assert editor.headline_edit.toPlainText() == "Stay connected with home"
    assert editor.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    editor.close()


def test_batch_dialog_writes_flyers_with_progress(qtbot: QtBot, app_ctx: AppContext,
                                                  tmp_path: Path) -> None:
    dialog = BatchDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    for row in range(dialog.region_list.count()):
        item = dialog.region_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("MD-CA", "MD-CU"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.language_boxes["ar"].setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "batch"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.items is not None, timeout=TIMEOUT * 2)
    names = sorted(p.name for p in (tmp_path / "batch").iterdir())
    assert names == ["flyer_MD-CA_ar_a4.pdf", "flyer_MD-CA_en_a4.pdf",
                     "flyer_MD-CU_ar_a4.pdf", "flyer_MD-CU_en_a4.pdf"]
    assert dialog.result_box is not None and "4 flyers" in dialog.result_box.text()
    dialog.result_box.close()


def test_batch_dialog_says_what_is_missing(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = BatchDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    dialog.start()
    assert dialog.error.isVisibleTo(dialog) and "region" in dialog.error.text()
