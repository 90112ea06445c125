"""The association form: register a new association or edit one, with errors in words next
to each field, likely duplicates in a side panel, linked focal points and the history."""

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
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services.associations import (
    create_association,
    get_association,
    update_association,
)
from desktop.services.identity import current_user_name
from desktop.services.links import focal_points_of, set_links_of_association
from desktop.services.records import InvalidRecord, RegistryError
from desktop.services.regions import list_regions, region_names
from desktop.services.validation import (
    FieldError,
    errors_by_field,
    validate_association,
)
from desktop.services.vocabulary import engagement_area_labels, language_name, status_labels
from desktop.views.context import AppContext
from desktop.views.form_widgets import (
    CheckList,
    ErrorLabel,
    TagEdit,
    add_shortcut,
    align_form_labels,
    with_error,
)
from desktop.views.record_form import RecordForm
from desktop.views.record_panels import (
    DuplicatePanel,
    HistoryPanel,
    LinkPanel,
    scroll_area,
    when_text,
)
from desktop.views.widgets import CountryComboBox

VALIDATE_DELAY_MS = 350
"""Pause after the last keystroke before checking what was typed."""


def common_sectors() -> list[str]:
    """Suggestions for the sectors field, in the UI language (any text is accepted)."""
    return [
        QCoreApplication.translate("Sector", "Education"),
        QCoreApplication.translate("Sector", "Culture"),
        QCoreApplication.translate("Sector", "Health"),
        QCoreApplication.translate("Sector", "Business"),
        QCoreApplication.translate("Sector", "Youth"),
        QCoreApplication.translate("Sector", "Social services"),
        QCoreApplication.translate("Sector", "Sport"),
        QCoreApplication.translate("Sector", "Religion"),
        QCoreApplication.translate("Sector", "Media"),
        QCoreApplication.translate("Sector", "Agriculture"),
        QCoreApplication.translate("Sector", "Information technology"),
        QCoreApplication.translate("Sector", "Research"),
        QCoreApplication.translate("Sector", "Arts"),
        QCoreApplication.translate("Sector", "Women's rights"),
        QCoreApplication.translate("Sector", "Legal aid"),
        QCoreApplication.translate("Sector", "Tourism"),
    ]


COMMON_LANGUAGES = ("ro", "ru", "uk", "gag", "bg", "en", "it", "fr", "de", "es", "pt", "he")


class AssociationForm(RecordForm):
    """Create (``association_id`` None) or edit an association. Nothing invalid is saved."""

    ENTITY = "association"

    FIELD_ORDER = (
        "name",
        "acronym",
        "country_code",
        "city",
        "region_code",
        "founding_year",
        "registration_number",
        "member_count",
        "contact_person",
        "email",
        "phone",
        "website",
        "engagement_areas",
        "sectors",
        "languages",
        "status",
        "consent_to_publish",
        "notes",
    )

    def __init__(
        self, ctx: AppContext, association_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = association_id
        self.saved_id: str | None = None
        self.touched: set[str] = set()
        self.errors: dict[str, str] = {}
        self._loading = True
        self.setWindowTitle(
            self.tr("New association") if association_id is None else self.tr("Edit association")
        )
        with ctx.db.sessions() as session:
            self._regions = region_names(session)
            active_regions = list_regions(session)
            record = get_association(session, association_id) if association_id else None
        self._status_info = ""
        if record is not None:
            self._status_info = (
                self.tr("Last status change: {when} by {who}").format(
                    when=when_text(record.get("status_changed_at")),
                    who=record.get("status_changed_by") or "—",
                )
                if record.get("status_changed_at")
                else ""
            )

        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        form_widget = QWidget(self)
        form_column = QVBoxLayout(form_widget)
        form_column.setContentsMargins(0, 0, 8, 0)
        self.errors_label: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.form_labels: list[QLabel] = []

        # -- the organisation
        who = QGroupBox(self.tr("The association"), form_widget)
        who_form = self._form(who)
        self.name = self._line("name", self.tr("Name"), 300)
        self.name.setPlaceholderText(self.tr("Full name, as the association writes it"))
        self.acronym = self._line("acronym", self.tr("Acronym"), 50)
        self.country = CountryComboBox(ctx.language, self, allow_empty=True)
        self.country.setAccessibleName(self.tr("Country of residence"))
        self.country.currentTextChanged.connect(lambda _t: self._edited("country_code"))
        self._register("country_code", self.country)
        self.city = self._line("city", self.tr("City"), 200)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Origin region"))
        self.region.addItem(self.tr("— none (national) —"), "")
        for item in active_regions:
            self.region.addItem(item.name, item.code)
        self.region.currentIndexChanged.connect(lambda _i: self._edited("region_code"))
        self._register("region_code", self.region)
        self.founding_year = self._line("founding_year", self.tr("Founding year"), 6)
        self.founding_year.setPlaceholderText(self.tr("e.g. 2004"))
        self.registration_number = self._line(
            "registration_number", self.tr("Registration number"), 100
        )
        self.member_count = self._line("member_count", self.tr("Number of members"), 12)
        self.member_count.setPlaceholderText(self.tr("e.g. 120"))
        self._row(who_form, self.tr("&Name (required):"), "name")
        self._row(who_form, self.tr("&Acronym:"), "acronym")
        self._row(who_form, self.tr("&Country of residence:"), "country_code")
        self._row(who_form, self.tr("C&ity:"), "city")
        self._row(who_form, self.tr("&Origin region:"), "region_code")
        self._row(who_form, self.tr("&Founding year:"), "founding_year")
        self._row(who_form, self.tr("Re&gistration number:"), "registration_number")
        self._row(who_form, self.tr("Number of &members:"), "member_count")
        form_column.addWidget(who)

        # -- contact
        contact = QGroupBox(self.tr("Contact"), form_widget)
        contact_form = self._form(contact)
        self.contact_person = self._line("contact_person", self.tr("Contact person"), 200)
        self.email = self._line("email", self.tr("E-mail"), 254)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = self._line("phone", self.tr("Phone"), 40)
        self.phone.setPlaceholderText(self.tr("e.g. +39 347 123 4567"))
        self.phone_hint = QLabel("", self)
        self.phone_hint.setStyleSheet("color: palette(placeholder-text);")
        self.phone_hint.setVisible(False)
        self.website = self._line("website", self.tr("Website"), 500)
        self.website.setPlaceholderText(self.tr("www.example.org"))
        self._row(contact_form, self.tr("Contact &person:"), "contact_person")
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
        self._row(contact_form, self.tr("&Website:"), "website")
        form_column.addWidget(contact)

        # -- activities
        activities = QGroupBox(self.tr("Activities"), form_widget)
        activities_column = QVBoxLayout(activities)
        activities_column.addWidget(
            QLabel(self.tr("Engagement areas (tick all that apply):"), activities)
        )
        self.areas = CheckList(engagement_area_labels(), 3, activities)
        self.areas.setAccessibleName(self.tr("Engagement areas"))
        self.areas.changed.connect(lambda: self._edited("engagement_areas"))
        self._register("engagement_areas", self.areas)
        activities_column.addWidget(self.areas)
        activities_column.addWidget(self.errors_label["engagement_areas"])
        tags_form = QFormLayout()
        self.sectors = TagEdit(activities, common_sectors())
        self.sectors.setAccessibleName(self.tr("Sectors"))
        self.sectors.changed.connect(lambda: self._edited("sectors"))
        self._register("sectors", self.sectors)
        self.languages = TagEdit(
            activities,
            [language_name(code, ctx.language) for code in COMMON_LANGUAGES],
            display=lambda code: language_name(code, ctx.language),
        )
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.changed.connect(lambda: self._edited("languages"))
        self._register("languages", self.languages)
        self._row(tags_form, self.tr("Sec&tors:"), "sectors")
        self._row(tags_form, self.tr("&Languages:"), "languages")
        activities_column.addLayout(tags_form)
        form_column.addWidget(activities)

        # -- registry
        registry = QGroupBox(self.tr("Registry"), form_widget)
        registry_form = self._form(registry)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for code, text in status_labels().items():
            self.status.addItem(text, code)
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self._register("status", self.status)
        status_box = QWidget(self)
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status)
        self.status_info = QLabel(self._status_info, self)
        self.status_info.setStyleSheet("color: palette(placeholder-text);")
        status_row.addWidget(self.status_info, 1)
        label = QLabel(self.tr("&Status:"), self)
        label.setBuddy(self.status)
        self.form_labels.append(label)
        registry_form.addRow(label, status_box)
        self.consent = QCheckBox(
            self.tr("The association agrees that its name and contact details may be &published"),
            self,
        )
        self.consent.setAccessibleName(self.tr("Consent to publish"))
        self.consent.toggled.connect(lambda _on: self._edited("consent_to_publish"))
        self._register("consent_to_publish", self.consent)
        registry_form.addRow("", self.consent)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self._register("notes", self.notes)
        self._row(registry_form, self.tr("No&tes:"), "notes")
        form_column.addWidget(registry)
        form_column.addStretch(1)
        align_form_labels(self.form_labels)
        body.addWidget(scroll_area(form_widget, self), 3)

        # -- side panel
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(8, 0, 0, 0)
        self.duplicates = DuplicatePanel(ctx, "association", side)
        self.duplicates.record_id = association_id
        self.duplicates.open_requested.connect(self.open_other)
        self.duplicates.merge_requested.connect(self.merge_with)
        self.duplicates.not_duplicate_requested.connect(self.not_duplicate)
        side_column.addWidget(self.duplicates)
        self.links = LinkPanel(
            ctx, "focal_point", self.tr("Linked focal points"), self.tr("Link focal points"), side
        )
        self.links.changed.connect(lambda: self._edited("links"))
        self.links.open_requested.connect(self.open_focal_point)
        side_column.addWidget(self.links)
        self.history = HistoryPanel(ctx, "association", side)
        side_column.addWidget(self.history)
        side_column.addStretch(1)
        side_area = scroll_area(side, self)
        side_area.setMinimumWidth(300)
        body.addWidget(side_area, 2)

        # -- buttons
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
                self.links.set_records(focal_points_of(session, record["id"]))
        else:
            self.status.setCurrentIndex(0)
            if ctx.office.region_code:
                self.region.setCurrentIndex(max(0, self.region.findData(ctx.office.region_code)))
        self.history.load(association_id)
        self._initial = self.values()
        self._initial_links = self.links.ids()
        self._loading = False
        self.resize(1060, 760)
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

    def _row(self, form: QFormLayout, label_text: str, key: str) -> None:
        widget = self.widgets[key]
        label = QLabel(label_text, self)
        self.form_labels.append(label)
        label.setBuddy(widget.input if isinstance(widget, TagEdit) else widget)
        form.addRow(label, with_error(widget, self.errors_label[key], self))

    # -- values
    def values(self) -> dict[str, Any]:
        """The raw values as typed (what the validation and the duplicate check read)."""
        return {
            "name": self.name.text(),
            "acronym": self.acronym.text(),
            "country_code": self.country.code() or self.country.currentText().strip(),
            "city": self.city.text(),
            "region_code": self.region.currentData() or "",
            "founding_year": self.founding_year.text(),
            "registration_number": self.registration_number.text(),
            "member_count": self.member_count.text(),
            "contact_person": self.contact_person.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "website": self.website.text(),
            "engagement_areas": self.areas.checked(),
            "sectors": self.sectors.tags(),
            "languages": self.languages.tags(),
            "status": self.status.currentData(),
            "consent_to_publish": self.consent.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def _fill(self, record: dict[str, Any]) -> None:
        self.name.setText(record.get("name") or "")
        self.acronym.setText(record.get("acronym") or "")
        self.country.set_code(record.get("country_code") or "")
        self.city.setText(record.get("city") or "")
        region = record.get("region_code") or ""
        index = self.region.findData(region)
        if index < 0 and region:  # a retired region stays visible on its old records
            self.region.addItem(self._regions.get(region, region), region)
            index = self.region.count() - 1
        self.region.setCurrentIndex(max(index, 0))
        year = record.get("founding_year")
        self.founding_year.setText("" if year is None else str(year))
        self.registration_number.setText(record.get("registration_number") or "")
        members = record.get("member_count")
        self.member_count.setText("" if members is None else str(members))
        self.contact_person.setText(record.get("contact_person") or "")
        self.email.setText(record.get("email") or "")
        self.phone.setText(record.get("phone") or "")
        self.website.setText(record.get("website") or "")
        self.areas.set_checked(record.get("engagement_areas") or [])
        self.sectors.set_tags(record.get("sectors") or [])
        self.languages.set_tags(record.get("languages") or [])
        self.status.setCurrentIndex(max(self.status.findData(record.get("status")), 0))
        self.consent.setChecked(bool(record.get("consent_to_publish")))
        self.notes.setPlainText(record.get("notes") or "")

    def is_dirty(self) -> bool:
        return self.values() != self._initial or self.links.ids() != self._initial_links

    # -- checking as the user types
    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self.touched.add(key)
        self._validate_timer.start()
        if key in (
            "name",
            "acronym",
            "email",
            "phone",
            "website",
            "country_code",
            "city",
            "registration_number",
            "contact_person",
        ):
            self.duplicates.schedule(self.values())

    def _finished(self, key: str) -> None:
        if key in self.touched:
            self.validate()

    def validate(self) -> list[FieldError]:
        """Check everything; show the errors of the fields the user has touched."""
        self._validate_timer.stop()
        cleaned, errors = validate_association(self.values(), regions=self._regions)
        self.errors = errors_by_field(errors)
        for key, label in self.errors_label.items():
            label.show_error(self.errors.get(key, "") if key in self.touched else "")
        self._show_phone_hint(cleaned.get("phone", ""))
        shown = [k for k in self.errors if k in self.touched]
        self.summary.show_error(
            self.tr("Please correct the fields marked in red.") if shown else ""
        )
        return errors

    def _show_phone_hint(self, normalised: str) -> None:
        typed = self.phone.text().strip()
        visible = bool(normalised) and normalised != typed and "phone" not in self.errors
        self.phone_hint.setText(
            self.tr("Will be saved as {phone}").format(phone=normalised) if visible else ""
        )
        self.phone_hint.setVisible(visible)

    # -- saving
    def save(self) -> None:
        self.touched.update(self.FIELD_ORDER)
        errors = self.validate()
        if errors:
            self._focus_first_error()
            return
        values = self.values()
        who = current_user_name(self.ctx.settings)
        try:
            with self.ctx.db.transaction() as session:
                if self.record_id is None:
                    record_id = create_association(session, values, by=who)
                else:
                    record_id = self.record_id
                    update_association(session, record_id, values, by=who)
                set_links_of_association(session, record_id, self.links.ids(), by=who)
        except InvalidRecord as exc:
            self._show_service_errors(exc.errors)
            return
        except RegistryError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.saved_id = record_id
        self.ctx.bus.announce("association")
        if self.links.ids() != self._initial_links:
            self.ctx.bus.announce("focal_point")
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
                target = widget.input if isinstance(widget, TagEdit) else widget
                target.setFocus()
                return

    # -- side panel actions
    def open_other(self, record_id: str) -> None:
        open_association(self.ctx, record_id, self)

    def open_focal_point(self, record_id: str) -> None:
        from desktop.views.focal_point_form import open_focal_point

        open_focal_point(self.ctx, record_id, self)

    def load_stored(self, session: Session, record_id: str) -> tuple[dict[str, Any], list[Any]]:
        return get_association(session, record_id), focal_points_of(session, record_id)


def open_association(
    ctx: AppContext,
    association_id: str | None,
    parent: QWidget | None = None,
    on_saved: Callable[[str], None] | None = None,
) -> str | None:
    """Show the form; returns the saved record's id, or None if nothing was saved."""
    try:
        form = AssociationForm(ctx, association_id, parent)
    except RegistryError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("AssociationForm", "Association"), str(exc)
        )
        return None
    if form.exec() == QDialog.DialogCode.Accepted and form.saved_id:
        if on_saved is not None:
            on_saved(form.saved_id)
        return form.saved_id
    return None


__all__ = ["AssociationForm", "open_association"]
