"""The focal-point form: a person who is an information point, their consent to publish their
contact details, whether flyers list them, and the associations they are linked to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services.focal_points import (
    create_focal_point,
    get_focal_point,
    update_focal_point,
)
from desktop.services.identity import current_user_name
from desktop.services.links import associations_of, set_links_of_focal_point
from desktop.services.records import InvalidRecord, RegistryError
from desktop.services.regions import list_regions, region_names
from desktop.services.validation import FieldError, errors_by_field, validate_focal_point
from desktop.services.vocabulary import gender_labels, language_name, role_labels
from desktop.views.context import AppContext
from desktop.views.form_widgets import (
    ErrorLabel,
    OptionalDateEdit,
    TagEdit,
    add_shortcut,
    align_form_labels,
    confirm_unset_quota_fields,
    with_error,
)
from desktop.views.record_form import RecordForm
from desktop.views.record_panels import DuplicatePanel, HistoryPanel, LinkPanel, scroll_area

VALIDATE_DELAY_MS = 350


def consent_ways() -> list[str]:
    """Usual ways of giving consent, offered in the "how" field (any text is accepted)."""
    return [
        QCoreApplication.translate("ConsentWay", "Signed form"),
        QCoreApplication.translate("ConsentWay", "E-mail"),
        QCoreApplication.translate("ConsentWay", "In person, witnessed"),
        QCoreApplication.translate("ConsentWay", "Online form"),
        QCoreApplication.translate("ConsentWay", "Letter"),
    ]


LANGUAGE_CODES = ("ro", "ru", "uk", "bg", "en", "fr", "it", "de", "es", "pt", "he", "tr")


class FocalPointForm(RecordForm):
    """Create (``focal_point_id`` None) or edit a focal point. Nothing invalid is saved; the
    "listed on flyers" box can be ticked only once consent (date and how) is filled in."""

    ENTITY = "focal_point"

    FIELD_ORDER = (
        "name",
        "gender",
        "role",
        "institution",
        "title",
        "region_code",
        "email",
        "phone",
        "languages",
        "active_from",
        "active_until",
        "publication_consent_on",
        "publication_consent_how",
        "listed_on_flyers",
        "notes",
    )

    def __init__(
        self, ctx: AppContext, focal_point_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = focal_point_id
        self.saved_id: str | None = None
        self.touched: set[str] = set()
        self.errors: dict[str, str] = {}
        self._loading = True
        self.setWindowTitle(
            self.tr("New focal point") if focal_point_id is None else self.tr("Edit focal point")
        )
        with ctx.db.sessions() as session:
            self._regions = region_names(session)
            active_regions = list_regions(session)
            record = get_focal_point(session, focal_point_id) if focal_point_id else None

        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        form_widget = QWidget(self)
        form_column = QVBoxLayout(form_widget)
        form_column.setContentsMargins(0, 0, 8, 0)
        self.errors_label: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.form_labels: list[QLabel] = []

        person = QGroupBox(self.tr("The person"), form_widget)
        person_form = self._form(person)
        self.name = self._line("name", self.tr("Name"), 200)
        self.name.setPlaceholderText(self.tr("First and last name"))
        unset = {"": self.tr("— not set —")}
        self.gender = self._combo("gender", self.tr("Gender"), {**unset, **gender_labels()})
        self.role = self._combo("role", self.tr("Role"), {**unset, **role_labels()})
        self.institution = self._line("institution", self.tr("Institution"), 300)
        self.institution.setPlaceholderText(self.tr("e.g. Cahul District Council"))
        self.title = self._line("title", self.tr("Title or position"), 200)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region"))
        self.region.addItem(self.tr("— national (no region) —"), "")
        for item in active_regions:
            self.region.addItem(item.name, item.code)
        self.region.currentIndexChanged.connect(lambda _i: self._edited("region_code"))
        self._register("region_code", self.region)
        self._row(person_form, self.tr("&Name (required):"), "name")
        self._row(person_form, self.tr("&Gender:"), "gender")
        self._row(person_form, self.tr("&Role:"), "role")
        self._row(person_form, self.tr("&Institution:"), "institution")
        self._row(person_form, self.tr("&Title or position:"), "title")
        self._row(person_form, self.tr("Re&gion:"), "region_code")
        form_column.addWidget(person)

        contact = QGroupBox(self.tr("Contact"), form_widget)
        contact_form = self._form(contact)
        self.email = self._line("email", self.tr("E-mail"), 254)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = self._line("phone", self.tr("Phone"), 40)
        self.phone.setPlaceholderText(self.tr("e.g. 0 299 12 345 or +373 299 12 345"))
        self.phone_hint = QLabel("", self)
        self.phone_hint.setStyleSheet("color: palette(placeholder-text);")
        self.phone_hint.setVisible(False)
        self.languages = TagEdit(
            contact,
            [language_name(code, ctx.language) for code in LANGUAGE_CODES],
            display=lambda code: language_name(code, ctx.language),
        )
        self.languages.setAccessibleName(self.tr("Languages spoken"))
        self.languages.changed.connect(lambda: self._edited("languages"))
        self._register("languages", self.languages)
        self._row(contact_form, self.tr("&E-mail:"), "email")
        phone_box = QWidget(self)
        phone_column = QVBoxLayout(phone_box)
        phone_column.setContentsMargins(0, 0, 0, 0)
        phone_column.setSpacing(2)
        phone_column.addWidget(with_error(self.phone, self.errors_label["phone"], self))
        phone_column.addWidget(self.phone_hint)
        label = QLabel(self.tr("P&hone:"), self)
        label.setBuddy(self.phone)
        self.form_labels.append(label)
        contact_form.addRow(label, phone_box)
        self._row(contact_form, self.tr("&Languages spoken:"), "languages")
        form_column.addWidget(contact)

        period = QGroupBox(self.tr("Active period"), form_widget)
        period_form = self._form(period)
        self.active_from = self._date("active_from", self.tr("Active from"))
        self.active_until = self._date("active_until", self.tr("Active until"))
        self._row(period_form, self.tr("Active &from:"), "active_from")
        self._row(period_form, self.tr("Active &until:"), "active_until")
        form_column.addWidget(period)

        consent = QGroupBox(self.tr("Publication on flyers"), form_widget)
        consent_form = self._form(consent)
        explain = QLabel(
            self.tr(
                "Flyers print a person's contact details only with their "
                "consent. Record when and how they gave it."
            ),
            consent,
        )
        explain.setWordWrap(True)
        consent_form.addRow(explain)
        self.consent_on = self._date("publication_consent_on", self.tr("Consent given on"))
        self.consent_how = QComboBox(self)
        self.consent_how.setEditable(True)
        self.consent_how.addItem("")
        for way in consent_ways():
            self.consent_how.addItem(way)
        self.consent_how.setAccessibleName(self.tr("How consent was given"))
        line = self.consent_how.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. signed form"))
        self.consent_how.currentTextChanged.connect(
            lambda _t: self._edited("publication_consent_how")
        )
        self._register("publication_consent_how", self.consent_how)
        self._row(consent_form, self.tr("Consent given &on:"), "publication_consent_on")
        self._row(consent_form, self.tr("&How it was given:"), "publication_consent_how")
        self.listed = QCheckBox(
            self.tr("&List this person on flyers as an information point"), self
        )
        self.listed.setAccessibleName(self.tr("Listed on flyers"))
        self.listed.toggled.connect(lambda _on: self._edited("listed_on_flyers"))
        self._register("listed_on_flyers", self.listed)
        consent_form.addRow(with_error(self.listed, self.errors_label["listed_on_flyers"], self))
        self.listed_note = QLabel("", self)
        self.listed_note.setWordWrap(True)
        self.listed_note.setStyleSheet("color: palette(placeholder-text);")
        consent_form.addRow(self.listed_note)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"), self)
        self.withdraw_button.setToolTip(
            self.tr("The person no longer agrees: clears the consent and takes them off the flyers")
        )
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        consent_form.addRow("", withdraw_row)
        form_column.addWidget(consent)

        other = QGroupBox(self.tr("Notes"), form_widget)
        other_form = self._form(other)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self._register("notes", self.notes)
        self._row(other_form, self.tr("No&tes:"), "notes")
        form_column.addWidget(other)
        form_column.addStretch(1)
        align_form_labels(self.form_labels)
        body.addWidget(scroll_area(form_widget, self), 3)

        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(8, 0, 0, 0)
        self.duplicates = DuplicatePanel(ctx, "focal_point", side)
        self.duplicates.record_id = focal_point_id
        self.duplicates.open_requested.connect(self.open_other)
        self.duplicates.merge_requested.connect(self.merge_with)
        self.duplicates.not_duplicate_requested.connect(self.not_duplicate)
        side_column.addWidget(self.duplicates)
        self.links = LinkPanel(
            ctx, "association", self.tr("Linked associations"), self.tr("Link associations"), side
        )
        self.links.changed.connect(lambda: self._edited("links"))
        self.links.open_requested.connect(self.open_association)
        side_column.addWidget(self.links)
        self.history = HistoryPanel(ctx, "focal_point", side)
        side_column.addWidget(self.history)
        side_column.addStretch(1)
        side_area = scroll_area(side, self)
        side_area.setMinimumWidth(300)
        body.addWidget(side_area, 2)

        bottom = QHBoxLayout()
        self.summary = ErrorLabel(self)
        bottom.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(
            self.tr("Save ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)

        if record is not None:
            self._fill(record)
            with ctx.db.sessions() as session:
                self.links.set_records(associations_of(session, record["id"]))
        elif ctx.office.region_code:
            self.region.setCurrentIndex(max(0, self.region.findData(ctx.office.region_code)))
        self.history.load(focal_point_id)
        self._update_consent_state()
        self._initial = self.values()
        self._initial_links = self.links.ids()
        self._loading = False
        self.resize(1040, 780)
        self.name.setFocus()
        if record is not None:
            self.duplicates.schedule(self.values())

    # -- building helpers
    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _register(self, key: str, widget: QWidget) -> None:
        self.widgets[key] = widget
        self.errors_label.setdefault(key, ErrorLabel(self))

    def _line(self, key: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda _t: self._edited(key))
        edit.editingFinished.connect(lambda: self._finished(key))
        self._register(key, edit)
        return edit

    def _combo(self, key: str, accessible: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        for code, text in labels.items():
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self._edited(key))
        self._register(key, combo)
        return combo

    def _date(self, key: str, accessible: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self)
        edit.setAccessibleName(accessible)
        edit.changed.connect(lambda: self._edited(key))
        self._register(key, edit)
        return edit

    def _row(self, form: QFormLayout, label_text: str, key: str) -> None:
        widget = self.widgets[key]
        label = QLabel(label_text, self)
        self.form_labels.append(label)
        buddy = (
            widget.input
            if isinstance(widget, TagEdit)
            else widget.edit
            if isinstance(widget, OptionalDateEdit)
            else widget
        )
        label.setBuddy(buddy)
        form.addRow(label, with_error(widget, self.errors_label[key], self))

    # -- values
    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "gender": self.gender.currentData(),
            "role": self.role.currentData(),
            "institution": self.institution.text(),
            "title": self.title.text(),
            "region_code": self.region.currentData() or "",
            "email": self.email.text(),
            "phone": self.phone.text(),
            "languages": self.languages.tags(),
            "active_from": self.active_from.date(),
            "active_until": self.active_until.date(),
            "publication_consent_on": self.consent_on.date(),
            "publication_consent_how": self.consent_how.currentText(),
            "listed_on_flyers": self.listed.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def _fill(self, record: dict[str, Any]) -> None:
        self.name.setText(record.get("name") or "")
        self.gender.setCurrentIndex(max(self.gender.findData(record.get("gender")), 0))
        self.role.setCurrentIndex(max(self.role.findData(record.get("role")), 0))
        self.institution.setText(record.get("institution") or "")
        self.title.setText(record.get("title") or "")
        region = record.get("region_code") or ""
        index = self.region.findData(region)
        if index < 0 and region:
            self.region.addItem(self._regions.get(region, region), region)
            index = self.region.count() - 1
        self.region.setCurrentIndex(max(index, 0))
        self.email.setText(record.get("email") or "")
        self.phone.setText(record.get("phone") or "")
        self.languages.set_tags(record.get("languages") or [])
        self.active_from.set_date(record.get("active_from"))
        self.active_until.set_date(record.get("active_until"))
        self.consent_on.set_date(record.get("publication_consent_on"))
        self.consent_how.setCurrentText(record.get("publication_consent_how") or "")
        self.listed.setChecked(bool(record.get("listed_on_flyers")))
        self.notes.setPlainText(record.get("notes") or "")

    def is_dirty(self) -> bool:
        return self.values() != self._initial or self.links.ids() != self._initial_links

    def has_consent(self) -> bool:
        return self.consent_on.date() is not None and bool(self.consent_how.currentText().strip())

    # -- consent rule, applied as the user types
    def _update_consent_state(self) -> None:
        consent = self.has_consent()
        if not consent and self.listed.isChecked():
            self.listed.setChecked(False)  # consent withdrawn: off the flyers at once
        self.listed.setEnabled(consent)
        self.withdraw_button.setEnabled(
            self.consent_on.date() is not None or bool(self.consent_how.currentText().strip())
        )
        if consent:
            self.listed_note.setText("")
        else:
            self.listed_note.setText(
                self.tr(
                    "To list this person on flyers, first record the "
                    "date and how they gave their consent."
                )
            )
        self.listed_note.setVisible(not consent)

    def withdraw_consent(self) -> None:
        self.consent_on.clear()
        self.consent_how.setCurrentText("")
        self.touched.update({"publication_consent_on", "publication_consent_how"})
        self._update_consent_state()

    # -- checking as the user types
    def _edited(self, key: str) -> None:
        if key in ("publication_consent_on", "publication_consent_how", "listed_on_flyers"):
            self._update_consent_state()
        if self._loading:
            return
        self.touched.add(key)
        self._validate_timer.start()
        if key in ("name", "email", "phone", "institution", "region_code"):
            self.duplicates.schedule(self.values())

    def _finished(self, key: str) -> None:
        if key in self.touched:
            self.validate()

    def validate(self) -> list[FieldError]:
        self._validate_timer.stop()
        values = self.values()
        if (
            not values["publication_consent_on"]
            and not str(values["publication_consent_how"]).strip()
        ):
            # Both empty is simply "no consent recorded", not an incomplete entry.
            values.pop("publication_consent_on")
            values.pop("publication_consent_how")
        cleaned, errors = validate_focal_point(
            values, regions=self._regions, home_country=self.ctx.office.country_code
        )
        self.errors = errors_by_field(errors)
        for key, label in self.errors_label.items():
            label.show_error(self.errors.get(key, "") if key in self.touched else "")
        normalised = cleaned.get("phone", "")
        typed = self.phone.text().strip()
        visible = bool(normalised) and normalised != typed and "phone" not in self.errors
        self.phone_hint.setText(
            self.tr("Will be saved as {phone}").format(phone=normalised) if visible else ""
        )
        self.phone_hint.setVisible(visible)
        shown = [k for k in self.errors if k in self.touched]
        self.summary.show_error(
            self.tr("Please correct the fields marked in red.") if shown else ""
        )
        return errors

    # -- saving
    def save(self) -> None:
        self.touched.update(self.FIELD_ORDER)
        errors = self.validate()
        if errors:
            self._focus_first_error()
            return
        values = self.values()
        if not confirm_unset_quota_fields(
                self, "focal_point", values,
                {"gender": self.tr("Gender"), "role": self.tr("Role")}, self.widgets):
            return
        home = self.ctx.office.country_code
        who = current_user_name(self.ctx.settings)
        try:
            with self.ctx.db.transaction() as session:
                if self.record_id is None:
                    record_id = create_focal_point(session, values, home_country=home, by=who)
                else:
                    record_id = self.record_id
                    update_focal_point(session, record_id, values, home_country=home, by=who)
                set_links_of_focal_point(session, record_id, self.links.ids(), by=who)
        except InvalidRecord as exc:
            self._show_service_errors(exc.errors)
            return
        except RegistryError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.saved_id = record_id
        self.ctx.bus.announce("focal_point")
        if self.links.ids() != self._initial_links:
            self.ctx.bus.announce("association")
        self.ctx.bus.status_message.emit(
            self.tr("Saved {name}.").format(name=" ".join(values["name"].split())), 5000
        )
        self._initial = self.values()
        self._initial_links = self.links.ids()
        self.accept()

    def _show_service_errors(self, errors: list[FieldError]) -> None:
        self.errors = errors_by_field(errors)
        self.touched.update(self.errors)
        for key, label in self.errors_label.items():
            label.show_error(self.errors.get(key, ""))
        self.summary.show_error(self.tr("Please correct the fields marked in red."))
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for key in self.FIELD_ORDER:
            if key in self.errors:
                widget = self.widgets[key]
                if isinstance(widget, TagEdit):
                    widget.input.setFocus()
                elif isinstance(widget, OptionalDateEdit):
                    widget.edit.setFocus()
                else:
                    widget.setFocus()
                return

    # -- side panel actions
    def open_other(self, record_id: str) -> None:
        open_focal_point(self.ctx, record_id, self)

    def open_association(self, record_id: str) -> None:
        from desktop.views.association_form import open_association

        open_association(self.ctx, record_id, self)

    def load_stored(self, session: Session, record_id: str) -> tuple[dict[str, Any], list[Any]]:
        return get_focal_point(session, record_id), associations_of(session, record_id)


def open_focal_point(
    ctx: AppContext,
    focal_point_id: str | None,
    parent: QWidget | None = None,
    on_saved: Callable[[str], None] | None = None,
) -> str | None:
    """Show the form; returns the saved record's id, or None if nothing was saved."""
    try:
        form = FocalPointForm(ctx, focal_point_id, parent)
    except RegistryError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FocalPointForm", "Focal point"), str(exc)
        )
        return None
    if form.exec() == QDialog.DialogCode.Accepted and form.saved_id:
        if on_saved is not None:
            on_saved(form.saved_id)
        return form.saved_id
    return None
