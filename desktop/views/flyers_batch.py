"""Batch printing: one flyer per chosen region and language into a folder, with progress and
Cancel. The look (theme, colours, picture, web address, print options) comes from the flyer
selected in the list, if any; its texts are used for its own language, the other languages get
their default texts with the region's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.flyers.batch import BatchItem, Texts, run_batch
from desktop.services.flyers.labels import languages
from desktop.services.flyers.store import FlyerValues, RegionInfo, live_regions
from desktop.services.flyers.templates import TEMPLATES
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.form_widgets import ErrorLabel
from desktop.views.operations import Operation, run_operation
from desktop.views.translation import number_text


class BatchDialog(QDialog):
    """Choose regions, languages, format and folder; then the batch runs with a progress
    dialog (Cancel keeps the flyers already written)."""

    def __init__(self, ctx: AppContext, base: FlyerValues | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base = base
        self.items: list[BatchItem] | None = None
        self.operation: Operation | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Print flyers for several regions"))
        self.resize(640, 620)
        with ctx.db.sessions() as session:
            self._regions: list[RegionInfo] = live_regions(session)

        layout = QVBoxLayout(self)
        intro = QLabel(self._intro_text(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        region_box = QWidget(self)
        region_column = QVBoxLayout(region_box)
        region_column.setContentsMargins(0, 0, 0, 0)
        self.region_list = QListWidget(region_box)
        self.region_list.setAccessibleName(self.tr("Regions"))
        for region in self._regions:
            item = QListWidgetItem(f"{region.name} ({region.code})", self.region_list)
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            own = ctx.office.region_code
            item.setCheckState(Qt.CheckState.Checked if not own or own == region.code
                               else Qt.CheckState.Unchecked)
        region_column.addWidget(self.region_list)
        select_row = QHBoxLayout()
        all_button = QPushButton(self.tr("Select &all"), region_box)
        none_button = QPushButton(self.tr("Select &none"), region_box)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        select_row.addWidget(all_button)
        select_row.addWidget(none_button)
        select_row.addStretch(1)
        region_column.addLayout(select_row)
        form.addRow(self.tr("&Regions:"), region_box)

        language_box = QWidget(self)
        grid = QGridLayout(language_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.language_boxes: dict[str, QCheckBox] = {}
        chosen = {base.language} if base else {"en"}
        for index, language in enumerate(languages()):
            name = language.name()
            text = name if name == language.native else f"{name} ({language.native})"
            box = QCheckBox(text, language_box)
            box.setChecked(language.code in chosen)
            box.setAccessibleName(language.name())
            self.language_boxes[language.code] = box
            grid.addWidget(box, index // 3, index % 3)
        form.addRow(self.tr("Lan&guages:"), language_box)

        self.template_combo = QComboBox(self)
        for key, template in TEMPLATES.items():
            self.template_combo.addItem(template.title(), key)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(
            base.template if base else "a4"), 0))
        self.template_combo.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("&Format:"), self.template_combo)

        folder_box = QWidget(self)
        folder_row = QHBoxLayout(folder_box)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit(str(Path.home() / "Flyers"), folder_box)
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        browse = QPushButton(self.tr("&Browse…"), folder_box)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("F&older:"), folder_box)
        layout.addLayout(form)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Print to PDF files"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _intro_text(self) -> str:
        if self.base is None:
            return self.tr("Each region gets its own flyer in each chosen language, with its "
                           "focal points and the default texts of the language.")
        return self.tr("Each region gets its own flyer in each chosen language, with its "
                       "focal points. Colours, picture, web address and print options come "
                       "from the selected flyer; its texts are used for its own language and "
                       "the other languages get their default texts.")

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.region_list.count()):
            self.region_list.item(row).setCheckState(state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the flyers"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def chosen_regions(self) -> list[str]:
        return [str(self.region_list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.region_list.count())
                if self.region_list.item(row).checkState() == Qt.CheckState.Checked]

    def chosen_languages(self) -> list[str]:
        return [code for code, box in self.language_boxes.items() if box.isChecked()]

    def start(self) -> None:
        regions = self.chosen_regions()
        langs = self.chosen_languages()
        folder_text = self.folder_edit.text().strip()
        if not regions:
            self.error.show_error(self.tr("Choose at least one region."))
            return
        if not langs:
            self.error.show_error(self.tr("Choose at least one language."))
            return
        if not folder_text:
            self.error.show_error(self.tr("Choose the folder for the flyers."))
            return
        self.error.show_error("")
        folder = Path(folder_text).expanduser()
        template = str(self.template_combo.currentData())
        base = self.base or FlyerValues()
        texts = ({base.language: Texts(base.headline, base.body, base.call_to_action)}
                 if self.base else {})
        db = self.ctx.db

        def work(progress: Progress) -> list[BatchItem]:
            return run_batch(db, folder, langs, template, regions, base, texts, progress)

        self.buttons.setEnabled(False)
        self.operation = run_operation(
            self, work, self._finished,
            label=self.tr("Printing {count} flyers…").format(
                count=number_text(len(regions) * len(langs))),
            on_error=self._failed, on_cancel=self._cancelled)

    def _finished(self, items: object) -> None:
        assert isinstance(items, list)
        self.items = items
        self.buttons.setEnabled(True)
        problems = sum(1 for item in items if item.has_errors)
        folder = Path(self.folder_edit.text().strip()).expanduser()
        text = self.tr("{count} flyers were written to {folder}.").format(
            count=number_text(len(items)), folder=folder)
        if problems:
            text += "\n" + self.tr("{count} of them have preflight problems (text that does "
                                   "not fit, characters that cannot print…); open them in the "
                                   "editor to see what.").format(count=number_text(problems))
        # Not modal: the office can keep working; the message stays until dismissed.
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Flyers printed"), text,
                          QMessageBox.StandardButton.Ok, self.parentWidget() or self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self.result_box = box
        box.open()
        self.ctx.bus.status_message.emit(text.splitlines()[0], 8000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(self.tr("The flyers could not be written: {error}").format(
            error=error))

    def _cancelled(self) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(self.tr("Cancelled. The flyers already written are complete; "
                                      "the others were not made."))
