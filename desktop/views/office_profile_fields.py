"""The office profile's fields in Settings: what letters, the audit report and flyers print
about the office (name, address, phone, e-mail, logo, signatory)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.services.office_profile import OfficeProfile
from desktop.views.save_dialog import documents_folder

LOGO_PREVIEW_HEIGHT = 48


class OfficeProfileFields(QGroupBox):
    """Edits an :class:`OfficeProfile`; every field may stay empty (it is then not printed)."""

    def __init__(self, profile: OfficeProfile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Office profile (printed on letters, reports and flyers)"),
                         parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        explain = QLabel(self.tr("Invitation letters, the selection audit report and the "
                                 "footer of flyers show these details, so that people know "
                                 "whom to contact. Leave a field empty to leave it out."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(explain)
        self.name = QLineEdit(profile.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Cahul Help Office for Migrants"))
        self.address = QPlainTextEdit(profile.address, self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.phone = QLineEdit(profile.phone, self)
        self.phone.setPlaceholderText(self.tr("e.g. +373 299 12 345"))
        self.email = QLineEdit(profile.email, self)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.signatory = QLineEdit(profile.signatory, self)
        self.signatory.setPlaceholderText(self.tr("e.g. Ana Rusu, Head of office"))
        logo_row = QHBoxLayout()
        self.logo = QLineEdit(profile.logo_path, self)
        self.logo.setReadOnly(True)
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("&Browse…"), self)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo = QPushButton(self.tr("Remo&ve"), self)
        self.clear_logo.clicked.connect(lambda: self.set_logo(""))
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.clear_logo)
        for widget, name in ((self.name, self.tr("Office name")),
                             (self.address, self.tr("Office address")),
                             (self.phone, self.tr("Office phone")),
                             (self.email, self.tr("Office e-mail")),
                             (self.logo, self.tr("Logo file")),
                             (self.signatory, self.tr("Signatory"))):
            widget.setAccessibleName(name)
        self.choose_logo.setAccessibleName(self.tr("Choose a logo"))
        self.clear_logo.setAccessibleName(self.tr("Remove the logo"))
        form.addRow(self.tr("Office na&me:"), self.name)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Lo&go:"), logo_row)
        logo_label = form.labelForField(logo_row)
        if isinstance(logo_label, QLabel):
            logo_label.setBuddy(self.choose_logo)  # without a buddy the & would show
        form.addRow(self.tr("&Signatory:"), self.signatory)
        self.set_logo(profile.logo_path)

    def set_logo(self, path: str) -> None:
        self.logo.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        self.logo_preview.setVisible(not pixmap.isNull())
        if not pixmap.isNull():
            self.logo_preview.setPixmap(pixmap.scaledToHeight(
                LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.clear_logo.setEnabled(bool(path))

    def _choose_logo(self) -> None:
        start = str(Path(self.logo.text()).parent) if self.logo.text() else str(documents_folder())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the office logo"), start,
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        if QImageReader(path).read().isNull():
            self.logo.setText("")
            self.logo.setPlaceholderText(self.tr("That file is not a PNG or JPEG picture."))
            return
        self.set_logo(path)

    def value(self) -> OfficeProfile:
        return OfficeProfile(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            logo_path=self.logo.text().strip(),
            signatory=self.signatory.text().strip(),
        )
