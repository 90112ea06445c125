"""Settings: language, home country, office, the office profile printed on paper; the data
folder shown read-only. The form scrolls inside, so Save stays on a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.office_profile import load_office_profile, save_office_profile
from desktop.services.regions import RegionError, configure_office, list_regions
from desktop.services.registrations import MAX_RETENTION_DAYS, retention_days, set_retention_days
from desktop.views.context import AppContext
from desktop.views.office_picker import OfficePicker
from desktop.views.office_profile_fields import OfficeProfileFields
from desktop.views.translation import UI_LANGUAGES


class SettingsDialog(QDialog):
    """Edits settings.json (language) and the database's office facts (country, office)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        outer = QVBoxLayout(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_changed = False
        self.language_note = QLabel(
            self.tr("A new language applies after a restart; you are offered one when you "
                    "save, and the window reopens where it was."), self)
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        layout.addLayout(form)

        self.picker = OfficePicker(ctx.language, self)
        self.picker.set_office(ctx.office.country_code, "")
        with ctx.db.sessions() as session:
            # The database's own regions (renamed or added ones included), not the ISO list.
            regions = [(r.code, r.name) for r in list_regions(session)]
        self.picker.set_regions(regions)
        self.picker.select_region(ctx.office.region_code)
        layout.addWidget(self.picker)

        folder_form = QFormLayout()
        folder_row = QHBoxLayout()
        self.data_dir = QLineEdit(str(ctx.paths.data_dir), self)
        self.data_dir.setReadOnly(True)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.data_dir)))
        )
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(open_button)
        folder_form.addRow(self.tr("Data folder:"), folder_row)
        self.retention = QSpinBox(self)
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(retention_days(ctx.db))
        self.retention.setAccessibleName(self.tr("Keep rejected registrations for"))
        self.retention.setToolTip(self.tr(
            "After this many days, the personal data of a rejected registration from the "
            "public form is erased (here and, after the next sync, on the server)."))
        folder_form.addRow(self.tr("&Keep rejected registrations:"), self.retention)
        layout.addLayout(folder_form)

        with ctx.db.sessions() as session:
            profile = load_office_profile(session)
        self.profile = OfficeProfileFields(profile, body)
        layout.addWidget(self.profile)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(self._update)
        outer.addWidget(self.buttons)
        # A preferred size, not a minimum: the window fitter shrinks it on a small screen
        # and the form scrolls.
        self.resize(max(620, body.sizeHint().width() + 40), body.sizeHint().height() + 80)
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.picker.is_complete())

    def accept(self) -> None:
        if not self.picker.is_complete():
            return
        country, region = self.picker.country_code(), self.picker.region_code()
        office = self._ctx.office
        if country != office.country_code:
            answer = QMessageBox.question(
                self,
                self.tr("Change home country"),
                self.tr("Change the home country? The new country's regions are added; "
                        "existing regions and records stay and can be retired by hand."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self._ctx.db.transaction() as session:
                configure_office(session, country, region)
                save_office_profile(session, self.profile.value())
        except RegionError as exc:
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return
        set_retention_days(self._ctx.db, self.retention.value())
        chosen = str(self.language.currentData() or "")
        self.language_changed = chosen != self._ctx.settings.language
        self._ctx.settings.language = chosen
        self._ctx.save_settings()
        super().accept()
