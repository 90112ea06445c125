"""The candidate form: a person's profile, contact and consent, with errors next to fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Consent
from desktop.services import candidate_merge  # noqa: F401  (candidates can be merged)
from desktop.services.candidate_dedupe import mark_not_same_person
from desktop.services.candidates import (
    AssociationChoice,
    CandidateError,
    association_finder,
    candidate_values,
    citizenship_labels,
    education_labels,
    generation_labels,
    get_candidate,
    occupation_labels,
    save_candidate,
    validate_candidate,
)
from desktop.services.consent import (
    channel_label,
    consent_state,
    consents_of,
    purpose_label,
    record_consent,
    state_label,
    withdraw_consent,
)
from desktop.services.consultation_criteria import LabelContext
from desktop.services.identity import current_user_name
from desktop.services.regions import list_regions, region_names
from desktop.services.validation import FieldError
from desktop.services.vocabulary import engagement_area_labels, gender_labels, language_name
from desktop.views.candidates_consent import ConsentFields
from desktop.views.context import AppContext
from desktop.views.form_widgets import (
    ErrorLabel,
    TagEdit,
    confirm_unset_quota_fields,
    with_error,
)
from desktop.views.record_panels import DuplicatePanel
from desktop.views.table_model import Column, RowTableModel
from desktop.views.translation import date_text
from desktop.views.widgets import CountryComboBox

CHECK_DELAY_MS = 600
"""Pause in typing after which a field is checked (sooner would flag half-typed input)."""
COMMON_LANGUAGES = (
    "ro",
    "ru",
    "uk",
    "en",
    "fr",
    "it",
    "es",
    "de",
    "pt",
    "ar",
    "tr",
    "el",
    "bg",
    "he",
    "pl",
)


class AssociationPicker(QLineEdit):
    """Type part of an association's name, acronym or country; pick it from the list.

    A line edit with a completer (not a combo box) so 100,000 associations load at once.
    """

    def __init__(
        self,
        choices: Sequence[AssociationChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._by_text: dict[str, str] = {}
        self._text_of: dict[str, str] = {}
        for choice in choices:
            text = f"{choice.name} ({choice.country_code})" if choice.country_code else choice.name
            self._by_text.setdefault(text.casefold(), choice.id)
            self._text_of[choice.id] = text
        completer = QCompleter(QStringListModel(list(self._text_of.values()), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type to search associations (leave empty if none)"))

    def association_id(self) -> str | None:
        """The picked association's id; None when empty; the text itself when unknown (the
        service then says so next to the field)."""
        text = self.text().strip()
        if not text:
            return None
        return self._by_text.get(text.casefold(), text)

    def set_association(self, association_id: str | None, fallback: str = "") -> None:
        self.setText(self._text_of.get(association_id or "", fallback) if association_id else "")


def _combo(parent: QWidget, labels: dict[str, str], name: str) -> QComboBox:
    box = QComboBox(parent)
    for code, label in labels.items():
        box.addItem(label, code)
    box.setAccessibleName(name)
    return box


def _set_combo(box: QComboBox, code: str | None) -> None:
    index = box.findData(code or "")
    if index < 0 and box.isEditable():
        box.setEditText(code or "")
    else:
        box.setCurrentIndex(max(index, 0))


def _combo_value(box: QComboBox) -> str:
    if box.isEditable():
        text = box.currentText().strip()
        index = box.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(box.itemData(index)) if index >= 0 else text
    return str(box.currentData() or "")


class ConsentModel(RowTableModel[Consent]):
    def __init__(self, parent: QWidget | None = None) -> None:
        today = dt.date.today()
        super().__init__(
            [
                Column(lambda: self.tr("Purpose"), lambda c: purpose_label(c.purpose)),
                Column(
                    lambda: self.tr("Given on"),
                    lambda c: date_text(c.given_on),
                    lambda c: c.given_on,
                ),
                Column(lambda: self.tr("How"), lambda c: channel_label(c.channel)),
                Column(lambda: self.tr("Collected by"), lambda c: c.collected_by),
                Column(
                    lambda: self.tr("Expires on"),
                    lambda c: date_text(c.expires_on),
                    lambda c: c.expires_on.isoformat() if c.expires_on else "",
                ),
                Column(lambda: self.tr("State"), lambda c: state_label(consent_state(c, today))),
            ],
            parent,
        )


class CandidateDialog(QDialog):
    """Create or edit one candidate. Nothing invalid is saved; every error shows under its
    field in words; consents are listed with a one-click Withdraw."""

    def __init__(
        self,
        ctx: AppContext,
        candidate_id: str | None,
        associations: Sequence[AssociationChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidate_id = candidate_id
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit candidate") if candidate_id else self.tr("New candidate"))
        self.resize(760, 820)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(body)
        self.errors: dict[str, ErrorLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}

        # -- profile
        profile = QGroupBox(self.tr("Profile"), body)
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(profile)
        unset = {"": self.tr("— not set —")}
        self.gender = _combo(profile, {**unset, **gender_labels()}, self.tr("Gender"))
        self.birth_year = QLineEdit(profile)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1987"))
        self.birth_year.setMaxLength(4)
        self.country = CountryComboBox(ctx.language, profile, allow_empty=True)
        self.citizenship = _combo(profile, {**unset, **citizenship_labels()},
                                  self.tr("Citizenship"))
        self.generation = _combo(profile, {**unset, **generation_labels()}, self.tr("Generation"))
        self.education = _combo(profile, education_labels(), self.tr("Education"))
        self.occupation = _combo(profile, {"": "", **occupation_labels()}, self.tr("Occupation"))
        self.occupation.setEditable(True)
        self.occupation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.skills = TagEdit(profile)
        self.languages = TagEdit(
            profile, [language_name(c, ctx.language) for c in COMMON_LANGUAGES]
        )
        self.languages.set_suggestions([language_name(c, ctx.language) for c in COMMON_LANGUAGES])
        areas = engagement_area_labels()
        self.topics = TagEdit(
            profile, list(areas.values()), display=lambda tag: areas.get(tag, tag)
        )
        self.association = AssociationPicker(associations, profile)
        self.region = QComboBox(profile)
        self.region.addItem(self.tr("Not stated"), "")
        with ctx.db.sessions() as session:
            for region in list_regions(session):
                self.region.addItem(region.name, region.code)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.name),
            ("gender", self.tr("&Gender:"), self.gender),
            ("birth_year", self.tr("&Birth year:"), self.birth_year),
            ("country_code", self.tr("&Country of residence:"), self.country),
            ("citizenship", self.tr("C&itizenship:"), self.citizenship),
            ("generation", self.tr("G&eneration:"), self.generation),
            ("education_level", self.tr("E&ducation:"), self.education),
            ("occupation_sector", self.tr("&Occupation:"), self.occupation),
            ("skills", self.tr("S&kills:"), self.skills),
            ("languages", self.tr("&Languages:"), self.languages),
            ("topics", self.tr("&Topics volunteered for:"), self.topics),
            ("association_id", self.tr("&Association:"), self.association),
            ("region_code", self.tr("Origin &region:"), self.region),
        ]
        for key, label, widget in rows:
            self._add_row(form, key, label, widget)
        column.addWidget(profile)
        self.associations = associations
        self.duplicates = DuplicatePanel(ctx, "candidate", body)
        self.duplicates.record_id = candidate_id
        self.duplicates.open_requested.connect(self.open_other)
        self.duplicates.merge_requested.connect(self.merge_with)
        self.duplicates.not_duplicate_requested.connect(self.not_same_person)
        column.addWidget(self.duplicates)

        # -- contact
        contact = QGroupBox(self.tr("Contact"), body)
        contact_form = QFormLayout(contact)
        self.email = QLineEdit(contact)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = QLineEdit(contact)
        self.phone.setPlaceholderText(self.tr("+39 347 123 4567"))
        self.address = QPlainTextEdit(contact)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.notes = QPlainTextEdit(contact)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        for key, label, widget in (
            ("email", self.tr("E-&mail:"), self.email),
            ("phone", self.tr("&Phone:"), self.phone),
            ("address", self.tr("Postal a&ddress:"), self.address),
            ("notes", self.tr("No&tes:"), self.notes),
        ):
            self._add_row(contact_form, key, label, widget)
        column.addWidget(contact)

        # -- consent
        consent_box = QGroupBox(self.tr("Consent to be invited"), body)
        consent_layout = QVBoxLayout(consent_box)
        self.consent_model = ConsentModel(self)
        self.consent_table = QTableView(consent_box)
        self.consent_table.setModel(self.consent_model)
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_table.verticalHeader().hide()
        self.consent_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.consent_table.setAccessibleName(self.tr("Consents of this person"))
        self.consent_table.setMaximumHeight(120)
        consent_layout.addWidget(self.consent_table)
        consent_buttons = QHBoxLayout()
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"), consent_box)
        self.withdraw_button.setToolTip(
            self.tr("The person withdrew this consent: they will not be invited again.")
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        consent_buttons.addWidget(self.withdraw_button)
        consent_buttons.addStretch(1)
        consent_layout.addLayout(consent_buttons)
        self.record_new = QCheckBox(self.tr("Record a new consent when saving"), consent_box)
        consent_layout.addWidget(self.record_new)
        self.consent_fields = ConsentFields(consent_box)
        consent_layout.addWidget(self.consent_fields)
        self.record_new.toggled.connect(self.consent_fields.setEnabled)
        column.addWidget(consent_box)
        column.addStretch(1)

        self.general_error = ErrorLabel(self)
        outer.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+S)"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self._pending_checks: set[str] = set()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_pending_checks)
        for key, line in (
            ("email", self.email),
            ("phone", self.phone),
            ("birth_year", self.birth_year),
        ):
            line.editingFinished.connect(lambda k=key: self._check(k))
            line.textEdited.connect(lambda _t, k=key: self._schedule_check(k))
        self.name.textEdited.connect(lambda _t: self.errors["name"].show_error(""))
        for line in (self.name, self.email, self.phone, self.birth_year):
            line.textEdited.connect(lambda _t: self.duplicates.schedule(self.values()))
        self.country.currentIndexChanged.connect(
            lambda _i: self.duplicates.schedule(self.values()))
        self.consent_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_withdraw()
        )

        for tags in (self.skills, self.languages, self.topics):
            tags.input.installEventFilter(self)
        self._load()
        self.name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a tag field adds the tag; it saves the form only when the field is empty."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched.text()
        ):
            watched.returnPressed.emit()
            return True
        return super().eventFilter(watched, event)

    # -- building
    def _add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        error = ErrorLabel(self)
        self.errors[key] = error
        self.field_widgets[key] = widget
        plain = label.replace("&", "").rstrip(":")
        widget.setAccessibleName(plain)
        holder = with_error(widget, error, self)
        form.addRow(label, holder)
        label_widget = form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def _load(self) -> None:
        if self.candidate_id is None:
            # Consent is recorded only when someone ticks it: never assumed.
            self.record_new.setChecked(False)
            self.consent_table.setVisible(False)
            self.withdraw_button.setVisible(False)
            self.consent_fields.setEnabled(False)
            return
        with self.ctx.db.sessions() as session:
            candidate = get_candidate(session, self.candidate_id)
            values = candidate_values(candidate)
            consents = consents_of(session, self.candidate_id)
            labels = LabelContext.load(
                session,
                self.ctx.language,
                [values["association_id"]] if values["association_id"] else [],
            )
        self.name.setText(values["name"])
        _set_combo(self.gender, values["gender"])
        self.birth_year.setText(str(values["birth_year"] or ""))
        self.country.set_code(values["country_code"])
        _set_combo(self.citizenship, values["citizenship"])
        _set_combo(self.generation, values["generation"])
        _set_combo(self.education, values["education_level"])
        _set_combo(self.occupation, values["occupation_sector"])
        self.skills.set_tags(values["skills"])
        self.languages.set_tags([language_name(c, self.ctx.language) for c in values["languages"]])
        self.topics.set_tags(values["topics"])
        self.association.set_association(
            values["association_id"], labels.associations.get(values["association_id"] or "", "")
        )
        _set_combo(self.region, values["region_code"])
        self.email.setText(values["email"])
        self.phone.setText(values["phone"])
        self.address.setPlainText(values["address"])
        self.notes.setPlainText(values["notes"])
        self.consent_model.set_rows(consents)
        self.record_new.setChecked(False)
        self.consent_fields.setEnabled(False)
        self._update_withdraw()

    # -- likely duplicates
    def open_other(self, record_id: str) -> None:
        CandidateDialog(self.ctx, record_id, self.associations, self).exec()

    def merge_with(self, other_id: str) -> None:
        """Merge with a likely duplicate side by side; the dialog closes (the record may be
        the one merged away)."""
        if self.candidate_id is None:
            return
        from desktop.views.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, "candidate", self.candidate_id, other_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.announce("candidate")
            self.reject()

    def not_same_person(self, other_id: str) -> None:
        if self.candidate_id is None:
            return
        with self.ctx.db.transaction() as session:
            mark_not_same_person(session, self.candidate_id, other_id,
                                 current_user_name(self.ctx.settings))
        self.duplicates.check_now()

    # -- values and errors
    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "gender": _combo_value(self.gender),
            "birth_year": self.birth_year.text(),
            "country_code": self.country.code() or self.country.currentText(),
            "citizenship": _combo_value(self.citizenship),
            "generation": _combo_value(self.generation),
            "education_level": _combo_value(self.education),
            "occupation_sector": _combo_value(self.occupation),
            "skills": self.skills.tags(),
            "languages": self.languages.tags(),
            "topics": self.topics.tags(),
            "association_id": self.association.association_id(),
            "region_code": _combo_value(self.region),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "address": self.address.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def _schedule_check(self, key: str) -> None:
        self._pending_checks.add(key)
        self._check_timer.start()

    def _run_pending_checks(self) -> None:
        for key in sorted(self._pending_checks):
            self._check(key)
        self._pending_checks.clear()

    def _check(self, key: str) -> None:
        values = self.values()
        subset = {
            key: values[key],
            "name": values["name"] or "x",
            "country_code": values["country_code"],
        }
        _clean, errors = validate_candidate(subset)
        message = next((e.message for e in errors if e.field == key), "")
        self.errors[key].show_error(message)

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        for label in self.errors.values():
            label.show_error("")
        general: list[str] = []
        first: QWidget | None = None
        for error in errors:
            field_label = self.errors.get(error.field)
            if field_label is None:
                general.append(error.message)
                continue
            field_label.show_error(error.message)
            if first is None:
                first = self.field_widgets[error.field]
        self.general_error.show_error(" ".join(general))
        if first is not None:
            first.setFocus()

    # -- actions
    def save(self) -> None:
        values = self.values()
        with self.ctx.db.sessions() as session:
            _clean, errors = validate_candidate(
                values, regions=region_names(session),
                find_association=association_finder(session))
        if errors:  # what is wrong first; what is missing is asked about once it is right
            self.show_errors(errors)
            return
        if not confirm_unset_quota_fields(self, "candidate", values, {
            "gender": self.tr("Gender"),
            "citizenship": self.tr("Citizenship"),
            "generation": self.tr("Generation"),
        }, self.field_widgets):
            return
        consent = self.consent_fields.values() if self.record_new.isChecked() else None
        try:
            with self.ctx.db.transaction() as session:
                candidate = save_candidate(session, self.candidate_id, values)
                if consent is not None:
                    record_consent(session, candidate.id, **consent)
                self.saved_id = candidate.id
        except CandidateError as exc:
            self.show_errors(exc.errors)
            return
        except ValueError as exc:  # a consent refused (date in the future …)
            self.consent_fields.show_error(str(exc))
            return
        self.candidate_id = self.saved_id  # a second Save updates, never duplicates
        self.record_new.setChecked(False)
        self.ctx.bus.announce("candidate")
        self.accept()

    def _selected_consent(self) -> Consent | None:
        rows = self.consent_table.selectionModel().selectedRows()
        return self.consent_model.row_at(rows[0].row()) if rows else None

    def _update_withdraw(self) -> None:
        consent = self._selected_consent()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_at is None)

    def withdraw_selected(self) -> None:
        consent = self._selected_consent()
        if consent is None or self.candidate_id is None:
            return
        with self.ctx.db.transaction() as session:
            withdraw_consent(session, consent.id)
            consents = consents_of(session, self.candidate_id)
        self.consent_model.set_rows(consents)
        self._update_withdraw()
        self.ctx.bus.announce("candidate")
        self.ctx.bus.status_message.emit(self.tr("Consent withdrawn."), 5000)
        QTimer.singleShot(0, self.consent_table.setFocus)
