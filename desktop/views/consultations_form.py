"""The details of a consultation: what, where, when, how many seats, letter language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Consultation
from desktop.services.consultations import (
    ConsultationValidationError,
    kind_labels,
    language_labels,
    save_consultation,
)
from desktop.services.regions import list_regions
from desktop.services.validation import FieldError
from desktop.views.context import AppContext
from desktop.views.form_widgets import ErrorLabel, OptionalDateEdit, with_error


class ConsultationFields(QWidget):
    """The editable fields with an error line under each."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.title = QLineEdit(self)
        self.kind = QComboBox(self)
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.topic = QLineEdit(self)
        self.topic.setPlaceholderText(self.tr("e.g. Investing at home: what guarantees?"))
        self.region = QComboBox(self)
        self.region.addItem(self.tr("National (all regions)"), "")
        with ctx.db.sessions() as session:
            for region in list_regions(session):
                self.region.addItem(region.name, region.code)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Address of the venue"))
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(self.tr("https://… (for online meetings)"))
        self.held_on = OptionalDateEdit(self)
        self.seats = QSpinBox(self)
        self.seats.setRange(1, 10_000)
        self.seats.setValue(20)
        self.reserves = QSpinBox(self)
        self.reserves.setRange(0, 1_000)
        self.reserves.setValue(5)
        self.language = QComboBox(self)
        for code, label in language_labels().items():
            self.language.addItem(label, code)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        for key, label, widget in (
            ("title", self.tr("&Title:"), self.title),
            ("kind", self.tr("&Kind:"), self.kind),
            ("topic", self.tr("T&opic:"), self.topic),
            ("region_code", self.tr("&Region:"), self.region),
            ("place", self.tr("&Place:"), self.place),
            ("link", self.tr("&Link:"), self.link),
            ("held_on", self.tr("&Date:"), self.held_on),
            ("seats", self.tr("&Seats:"), self.seats),
            ("reserves_wanted", self.tr("Reser&ves wanted:"), self.reserves),
            ("language", self.tr("Letter lan&guage:"), self.language),
            ("notes", self.tr("N&otes:"), self.notes),
        ):
            error = ErrorLabel(self)
            self.errors[key] = error
            self.widgets[key] = widget
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            holder = with_error(widget, error, self)
            form.addRow(label, holder)
            label_widget = form.labelForField(holder)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(widget)
        self.general = ErrorLabel(self)
        form.addRow(self.general)
        self.seats.setToolTip(
            self.tr("How many people take part. Fixed once the participants are drawn.")
        )
        self.language.setToolTip(
            self.tr(
                "Invitation letters and the “you said, we did” report are written in this language."
            )
        )
        for line in (self.title, self.topic, self.place, self.link):
            line.textEdited.connect(lambda _t: self.changed.emit())
        for combo in (self.kind, self.region, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for spin in (self.seats, self.reserves):
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.held_on.changed.connect(self.changed.emit)
        self.notes.textChanged.connect(self.changed.emit)

    def load(self, consultation: Consultation | None) -> None:
        blockers = [w.blockSignals(True) for w in self.widgets.values()]
        try:
            if consultation is None:
                self.title.clear()
                self.topic.clear()
                self.place.clear()
                self.link.clear()
                self.notes.clear()
                self.held_on.set_date(None)
                return
            self.title.setText(consultation.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(consultation.kind)))
            self.topic.setText(consultation.topic)
            self.region.setCurrentIndex(
                max(0, self.region.findData(consultation.region_code or ""))
            )
            self.place.setText(consultation.place)
            self.link.setText(consultation.link)
            self.held_on.set_date(consultation.held_on)
            self.seats.setValue(consultation.seats)
            self.reserves.setValue(consultation.reserves_wanted)
            self.language.setCurrentIndex(max(0, self.language.findData(consultation.language)))
            self.notes.setPlainText(consultation.notes)
            drawn = consultation.status not in ("draft", "pool_open")
            self.seats.setEnabled(not drawn)
            self.region.setEnabled(not drawn)
        finally:
            for widget, old in zip(self.widgets.values(), blockers, strict=True):
                widget.blockSignals(old)
        self.show_errors([])

    def values(self) -> dict[str, Any]:
        held: dt.date | None = self.held_on.date()
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "topic": self.topic.text(),
            "region_code": self.region.currentData() or "",
            "place": self.place.text(),
            "link": self.link.text(),
            "held_on": held,
            "seats": self.seats.value(),
            "reserves_wanted": self.reserves.value(),
            "language": self.language.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        for label in self.errors.values():
            label.show_error("")
        general = []
        focused = False
        for error in errors:
            field_label = self.errors.get(error.field)
            if field_label is None:
                general.append(error.message)
                continue
            field_label.show_error(error.message)
            if not focused:
                self.widgets[error.field].setFocus()
                focused = True
        self.general.show_error(" ".join(general))

    def save(self, consultation_id: str | None) -> str | None:
        """Save; returns the id, or None when errors are shown."""
        try:
            with self.ctx.db.transaction() as session:
                consultation = save_consultation(session, consultation_id, self.values())
                saved = consultation.id
        except ConsultationValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.show_errors([])
        self.ctx.bus.announce("consultation")
        return saved


class NewConsultationDialog(QDialog):
    """Create a consultation (it starts as a draft)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New consultation"))
        self.saved_id: str | None = None
        layout = QVBoxLayout(self)
        self.fields = ConsultationFields(ctx, self)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)
        self.fields.title.setFocus()

    def _save(self) -> None:
        saved = self.fields.save(None)
        if saved is not None:
            self.saved_id = saved
            self.accept()
