"""Home country and office pickers, shared by the first-start and settings dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.views.widgets import CountryComboBox


class OfficePicker(QWidget):
    """Country (searchable) + "national bureau" or "help office of region …"."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.country = CountryComboBox(language, self)
        self.country.setAccessibleName(self.tr("Home country"))
        form.addRow(self.tr("Home &country:"), self.country)

        office_box = QWidget(self)
        office_layout = QVBoxLayout(office_box)
        office_layout.setContentsMargins(0, 0, 0, 0)
        self.national = QRadioButton(self.tr("The &national bureau (sees every region)"), self)
        self.regional = QRadioButton(self.tr("A &region's help office:"), self)
        self.national.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.national)
        group.addButton(self.regional)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region of this help office"))
        self.region.setEnabled(False)
        office_layout.addWidget(self.national)
        office_layout.addWidget(self.regional)
        office_layout.addWidget(self.region)
        form.addRow(self.tr("This desktop is used by:"), office_box)

        self.country.currentIndexChanged.connect(self._country_changed)
        self.country.editTextChanged.connect(lambda _t: self.changed.emit())
        self.regional.toggled.connect(self._office_toggled)
        self.region.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_regions(self, regions: list[tuple[str, str]]) -> None:
        """Offer these (code, name) pairs instead of the ISO list (e.g. the database's own)."""
        current = self.region_code()
        self.region.blockSignals(True)
        self.region.clear()
        for code, name in regions:
            self.region.addItem(f"{name} ({code})", code)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(False)

    def _country_changed(self, _index: int) -> None:
        code = self.country.code()
        subs = countries.subdivisions(code, self._language) if code else []
        self.set_regions([(s.code, s.name) for s in subs])
        self.changed.emit()

    def _office_toggled(self, regional: bool) -> None:
        self.region.setEnabled(regional)
        self.changed.emit()

    def set_office(self, country: str, region_code: str) -> None:
        self.country.set_code(country)
        self._country_changed(0)
        self.select_region(region_code)

    def select_region(self, region_code: str) -> None:
        """Choose "help office of ``region_code``", or the national bureau for ""."""
        if region_code:
            self.regional.setChecked(True)
            index = self.region.findData(region_code)
            if index >= 0:
                self.region.setCurrentIndex(index)
        else:
            self.national.setChecked(True)

    def country_code(self) -> str:
        return self.country.code()

    def region_code(self) -> str:
        if not self.regional.isChecked():
            return ""
        return str(self.region.currentData() or "")

    def is_complete(self) -> bool:
        if not self.country_code():
            return False
        return not self.regional.isChecked() or bool(self.region_code())
