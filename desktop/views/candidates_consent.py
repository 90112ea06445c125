"""Recording consent: the fields (purpose, date, channel, collector, expiry, the text shown)
and a dialog that records the same consent for many people at once (a signed sheet from an
event, an imported list of volunteers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consent import (
    CHANNELS,
    PURPOSES,
    ConsentError,
    channel_label,
    current_text,
    default_expiry,
    purpose_label,
    record_consents,
)
from desktop.services.identity import current_user_name
from desktop.views.context import AppContext
from desktop.views.form_widgets import ErrorLabel, OptionalDateEdit
from desktop.views.translation import date_input_format, number_text


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsentFields(QWidget):
    """What a consent record needs; the text shown is displayed read-only with its version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.purpose = QComboBox(self)
        for purpose in PURPOSES:
            self.purpose.addItem(purpose_label(purpose), purpose)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat(date_input_format())
        self.given_on.setDate(QDate.currentDate())
        self.given_on.setMaximumDate(QDate.currentDate())
        self.given_on.setAccessibleName(self.tr("Consent given on"))
        self.channel = QComboBox(self)
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setAccessibleName(self.tr("How it was given"))
        self.collected_by = QLineEdit(current_user_name(), self)
        self.collected_by.setAccessibleName(self.tr("Collected by"))
        self.expires_on = OptionalDateEdit(self)
        self.expires_on.set_date(default_expiry(dt.date.today()))
        self.expires_on.setAccessibleName(self.tr("Expires on"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: palette(placeholder-text);")
        self.error = ErrorLabel(self)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        form.addRow(self.tr("Given o&n:"), self.given_on)
        form.addRow(self.tr("&How:"), self.channel)
        form.addRow(self.tr("Collected b&y:"), self.collected_by)
        form.addRow(self.tr("E&xpires on:"), self.expires_on)
        form.addRow(self.tr("Text shown:"), self.text)
        form.addRow(self.error)
        self.purpose.currentIndexChanged.connect(lambda _i: self._show_text())
        self.given_on.dateChanged.connect(self._given_changed)
        self._show_text()

    def _given_changed(self, value: QDate) -> None:
        given = dt.date(value.year(), value.month(), value.day())
        self.expires_on.set_date(default_expiry(given))

    def _show_text(self) -> None:
        shown = current_text(str(self.purpose.currentData()))
        self.text.setText(
            self.tr("Version {version}: {text}").format(version=shown.version, text=shown.text())
        )

    def values(self) -> dict[str, Any]:
        given = self.given_on.date()
        return {
            "purpose": str(self.purpose.currentData()),
            "given_on": dt.date(given.year(), given.month(), given.day()),
            "channel": str(self.channel.currentData()),
            "collected_by": self.collected_by.text().strip() or current_user_name(),
            "expires_on": self.expires_on.date(),
        }

    def show_error(self, message: str) -> None:
        self.error.show_error(message)


class BulkConsentDialog(QDialog):
    """Record one consent (same date, channel and text) for several people."""

    def __init__(
        self, ctx: AppContext, candidate_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidate_ids = list(candidate_ids)
        self.recorded = 0
        self.skipped = 0
        self.setWindowTitle(self.tr("Record consent"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Record that these {count} people gave their consent, in the words below, on the "
                "same day and in the same way (for example a signed sheet from an event)."
            ).format(count=number_text(len(self.candidate_ids))),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = ConsentFields(self)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record consent"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def save(self) -> None:
        values = self.fields.values()
        try:
            with self.ctx.db.transaction() as session:
                self.recorded, self.skipped = record_consents(session, self.candidate_ids, **values)
        except ConsentError as exc:
            self.fields.show_error(str(exc))
            return
        self.ctx.bus.announce("candidate")
        self.accept()


def import_candidates(ctx: AppContext, parent: QWidget) -> list[str]:
    """The import wizard for candidates, then (since a list of volunteers usually comes with
    their signed consent) an offer to record that consent for everyone imported.

    Returns the ids of the people imported (empty when nothing was imported).
    """
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.importing import batch_record_ids
    from desktop.views.import_wizard import ImportWizard

    wizard = ImportWizard(ctx, "candidate", parent)
    wizard.exec()
    report = wizard.report
    if report is None or not report.batch_id:
        return []
    with ctx.db.sessions() as session:
        ids = batch_record_ids(session, report.batch_id)
    if not ids:
        return []
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CandidateImport", "Record consent"),
        QCoreApplication.translate(
            "CandidateImport",
            "{count} people were imported. Did they give their consent to be invited "
            "(for example on the form the list comes from)? Record it now; without it "
            "they cannot be selected.",
        ).format(count=number_text(len(ids))),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        dialog = BulkConsentDialog(ctx, ids, parent)
        dialog.exec()
    return ids
