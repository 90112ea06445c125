"""First start: which country this office serves, and which office this desktop belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.views.office_picker import OfficePicker
from desktop.views.widgets import page_title


class FirstStartDialog(QDialog):
    """Asks the home country and the office; regions are then pre-filled from ISO 3166-2."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Diaspora Desk"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Welcome to Diaspora Desk"), self))
        intro = QLabel(
            self.tr("Tell us which country your office serves and who uses this desktop. "
                    "The country's regions are filled in for you; you can add, rename or "
                    "retire them later under Regions."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = OfficePicker(language, self)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.picker.changed.connect(self._update)
        self._update()
        self.resize(560, 340)
        self.picker.country.setFocus()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.picker.is_complete())

    def accept(self) -> None:
        if self.picker.is_complete():
            super().accept()

    def country_code(self) -> str:
        return self.picker.country_code()

    def region_code(self) -> str:
        return self.picker.region_code()
