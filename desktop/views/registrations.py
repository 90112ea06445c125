"""Registrations section: what people sent through the public form, and its review.

The list shows each registration with the duplicate check's matches; the panel beside it shows
the answers, the consent texts as they were shown, and why a match was found. Accept creates
the association or candidate, Merge writes chosen answers into an existing record (fields side
by side), Reject asks for a reason. Every step is a service use case run off the GUI thread;
the page holds no database session.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.services.candidates import (
    citizenship_labels,
    education_labels,
    gender_label,
    generation_labels,
)
from desktop.services.importing.spec import spec_for
from desktop.services.progress import Progress
from desktop.services.registrations import (
    BOTH,
    EXISTING,
    INCOMING,
    Decision,
    MergeField,
    RegistrationRow,
    accept_registration,
    erase_expired,
    list_registrations,
    merge_fields,
    merge_registration,
    reject_registration,
)
from desktop.services.vocabulary import engagement_area_labels
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.widgets import page_layout


def status_text(status: str) -> str:
    texts = {
        "new": QCoreApplication.translate("RegistrationsPage", "Waiting for review"),
        "accepted": QCoreApplication.translate("RegistrationsPage", "Accepted"),
        "merged": QCoreApplication.translate("RegistrationsPage", "Merged"),
        "rejected": QCoreApplication.translate("RegistrationsPage", "Rejected"),
    }
    return texts.get(status, status)


def kind_text(kind: str) -> str:
    if kind == "association":
        return QCoreApplication.translate("RegistrationsPage", "Association")
    return QCoreApplication.translate("RegistrationsPage", "Person")


def purpose_text(purpose: str) -> str:
    texts = {
        "listing": QCoreApplication.translate("RegistrationsPage", "Being listed"),
        "consultations": QCoreApplication.translate("RegistrationsPage",
                                                    "Being invited to consultations"),
        "information": QCoreApplication.translate("RegistrationsPage", "Receiving information"),
    }
    return texts.get(purpose, purpose)


def field_label(entity: str, key: str) -> str:
    for spec in spec_for(entity).fields:
        if spec.key == key:
            return spec.label()
    return key


def value_text(key: str, value: Any, language: str) -> str:
    """A stored value as words (codes turned into their labels)."""
    if value in (None, "", []):
        return ""
    labels: dict[str, Callable[[], dict[str, str]]] = {
        "citizenship": citizenship_labels, "generation": generation_labels,
        "education_level": education_labels, "engagement_areas": engagement_area_labels,
    }
    if key == "gender":
        return gender_label(str(value))
    if key == "country_code":
        return countries.country_name(str(value), language)
    if isinstance(value, list):
        table = labels.get(key, lambda: {})()
        return "; ".join(table.get(str(v), str(v)) for v in value)
    if key in labels:
        return labels[key]().get(str(value), str(value))
    return str(value)


class RegistrationModel(RowTableModel[RegistrationRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Received"),
                   lambda r: r.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
                   if r.submitted_at else "",
                   lambda r: r.submitted_at.timestamp() if r.submitted_at else 0.0),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Reference"),
                   lambda r: r.reference),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Kind"),
                   lambda r: kind_text(r.kind)),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Name"),
                   lambda r: r.name),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Country"),
                   lambda r: r.country_code),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Origin region"),
                   lambda r: r.region_code),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Flyer code"),
                   lambda r: r.campaign_code),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Status"),
                   lambda r: status_text(r.status)),
            Column(lambda: QCoreApplication.translate("RegistrationsPage", "Possible duplicates"),
                   lambda r: len(r.matches) or "", lambda r: len(r.matches), align_right=True),
        ], parent)


def details_html(row: RegistrationRow, language: str) -> str:
    """The registration as the review panel shows it (everything escaped)."""
    e = html.escape
    entity = row.target_entity
    title = row.name or QCoreApplication.translate("RegistrationsPage", "(personal data erased)")
    reference = QCoreApplication.translate("RegistrationsPage", "Reference")
    parts = [f"<h3>{e(title)}</h3>",
             f"<p>{e(kind_text(row.kind))} · {e(status_text(row.status))} · "
             f"{e(reference)} <b>{e(row.reference)}</b></p>"]
    if row.status == "rejected" and row.reason:
        reason = QCoreApplication.translate("RegistrationsPage", "Reason")
        parts.append(f"<p><b>{e(reason)}:</b> {e(row.reason)}</p>")
    if row.matches:
        heading = QCoreApplication.translate("RegistrationsPage", "Possible duplicates")
        parts.append(f"<h4>{e(heading)}</h4><ul>")
        for match in row.matches:
            parts.append(f"<li><b>{e(match.name)}</b> ({match.score} %): "
                         f"{e(', '.join(match.reasons))}</li>")
        parts.append("</ul>")
    heading = QCoreApplication.translate("RegistrationsPage", "Answers")
    parts.append(f"<h4>{e(heading)}</h4><table cellspacing='4'>")
    data = {**row.data, "region_code": row.region_code}
    for key, value in data.items():
        shown = value_text(key, value, language)
        if shown:
            parts.append(f"<tr><td><b>{e(field_label(entity, key))}</b></td>"
                         f"<td>{e(shown)}</td></tr>")
    parts.append("</table>")
    heading = QCoreApplication.translate("RegistrationsPage", "Consent as shown on the form")
    parts.append(f"<h4>{e(heading)}</h4>")
    for consent in row.consents:
        mark = (QCoreApplication.translate("RegistrationsPage", "Given") if consent.given
                else QCoreApplication.translate("RegistrationsPage", "Not given"))
        shown_at = consent.shown_at[:16].replace("T", " ")
        parts.append(f"<p><b>{e(purpose_text(consent.purpose))}: {e(mark)}</b><br>"
                     f"<i>{e(consent.text)}</i><br>"
                     f"<small>{e(consent.version)} · {e(consent.language)} · "
                     f"{e(shown_at)}</small></p>")
    return "".join(parts)


class MergeDialog(QDialog):
    """The registration's answers beside the existing record's values; choose per field."""

    def __init__(self, parent: QWidget | None, row: RegistrationRow,
                 fields: tuple[MergeField, ...], target_name: str, language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge registration into {name}").format(name=target_name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose, field by field, which value the record keeps. Fields "
                               "where both are the same are not shown."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = [f for f in fields if f.differs]
        self.table = QTableWidget(len(self.fields), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("From the form"),
                                              self.tr("In the record"), self.tr("Keep")])
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Fields to merge"))
        self.choices: dict[str, QComboBox] = {}
        for i, item in enumerate(self.fields):
            self.table.setItem(i, 0, QTableWidgetItem(field_label(row.target_entity, item.key)))
            self.table.setItem(i, 1, QTableWidgetItem(value_text(item.key, item.incoming,
                                                                 language)))
            self.table.setItem(i, 2, QTableWidgetItem(value_text(item.key, item.existing,
                                                                 language)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("From the form"), INCOMING)
            combo.addItem(self.tr("In the record"), EXISTING)
            if item.combinable:
                combo.addItem(self.tr("Both"), BOTH)
            combo.setCurrentIndex(combo.findData(item.default_choice))
            combo.setAccessibleName(self.tr("Keep for {field}").format(
                field=field_label(row.target_entity, item.key)))
            self.table.setCellWidget(i, 3, combo)
            self.choices[item.key] = combo
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def chosen(self) -> dict[str, str]:
        return {key: str(combo.currentData()) for key, combo in self.choices.items()}


class RegistrationsPage(QWidget):
    """Registrations waiting for review (and the decided ones), with Accept / Merge / Reject."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        layout = page_layout(self, self.tr("Registrations"), self.tr(
            "People and associations who registered through the form on the flyers' QR code. "
            "Check the possible duplicates, then accept, merge or reject each one."))
        top = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show"))
        for label, value in ((self.tr("Waiting for review"), "new"),
                             (self.tr("Decided"), "decided"), (self.tr("All"), "")):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.status_filter)
        top.addWidget(show_label)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        self.count_label = QLabel("", self)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RegistrationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Registrations"))
        fit_columns(self.table, (3,), contents=(0, 1, 4, 5, 6), stretch_minimum=160,
                    values={2: [kind_text(k) for k in ("association", "person")],
                            7: [status_text(s) for s in ("new", "accepted", "merged",
                                                         "rejected")]})
        self.details = QTextBrowser(splitter)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Registration details"))
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Create the association or person from this "
                                              "registration, with its consent"))
        self.merge_button = QPushButton(self.tr("&Merge into…"), self)
        self.merge_button.setToolTip(self.tr("Add the answers to the possible duplicate"))
        self.reject_button = QPushButton(self.tr("&Reject…"), self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        for button in (self.accept_button, self.merge_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        ctx.bus.changed.connect(self._on_changed)
        self.busy = False
        # Rejected registrations past the retention period lose their personal data now.
        erased = erase_expired(ctx.db)
        if erased:
            ctx.bus.announce("registration")
        self.refresh()

    # ------------------------------------------------------------------ data
    def _on_changed(self, entity: str) -> None:
        if entity in ("registration", "association", "candidate", "*"):
            self.refresh()

    def refresh(self) -> None:
        wanted = str(self.status_filter.currentData() or "")
        statuses = {"new": ["new"], "decided": ["accepted", "merged", "rejected"]}.get(wanted)
        selected = self.selected()
        rows = list_registrations(self._ctx.db, statuses)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} shown").format(count=len(rows)))
        if selected is not None:
            self.select_id(selected.id)
        elif rows:
            self._select_row(0)
        self._show_selected()

    def selected(self) -> RegistrationRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, RegistrationRow) else None

    def select_id(self, registration_id: str) -> None:
        for i in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(i, 0), ROW_ROLE)
            if isinstance(row, RegistrationRow) and row.id == registration_id:
                self._select_row(i)
                return

    def _select_row(self, i: int) -> None:
        """Select a whole row through the selection model: QTableView.selectRow selects
        nothing in a right-to-left layout (Arabic)."""
        index = self.proxy.index(i, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(index, flags)
        self.table.scrollTo(index)

    def _show_selected(self) -> None:
        row = self.selected()
        open_row = row is not None and row.status == "new" and not row.erased
        self.accept_button.setEnabled(open_row and not self.busy)
        self.merge_button.setEnabled(open_row and bool(row and row.matches) and not self.busy)
        self.reject_button.setEnabled(open_row and not self.busy)
        self.details.setHtml(details_html(row, self._ctx.language) if row else "")

    # ------------------------------------------------------------------ actions
    def _run(self, work: Callable[[], Decision]) -> None:
        self.busy = True
        self._show_selected()

        def done(decision: object) -> None:
            self.busy = False
            if isinstance(decision, Decision):
                for entity in ("registration", decision.result_entity):
                    if entity:
                        self._ctx.bus.announce(entity)
                if decision.moved_to_notes:
                    QMessageBox.information(self, self.tr("Registrations"), self.tr(
                        "Saved. Some answers did not pass the checks and were kept in the "
                        "record's notes:\n{answers}").format(
                            answers="\n".join(decision.moved_to_notes)))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._show_selected()
            QMessageBox.warning(self, self.tr("Registrations"), str(exc))

        def job(_progress: Progress) -> Decision:
            return work()

        run_operation(self, job, done, on_error=failed, cancellable=False)

    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: accept_registration(self._ctx.db, row.id))

    def merge_selected(self) -> None:
        row = self.selected()
        if row is None or not row.matches:
            return
        target = row.matches[0]
        if len(row.matches) > 1:
            names = [f"{m.name} ({m.score} %)" for m in row.matches]
            name, ok = QInputDialog.getItem(self, self.tr("Merge into"), self.tr(
                "Which record is the same as this registration?"), names, 0, False)
            if not ok:
                return
            target = row.matches[names.index(name)]
        fields = merge_fields(self._ctx.db, row.id, target.record_id)
        dialog = MergeDialog(self, row, fields, target.name, self._ctx.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            choices = dialog.chosen()
            self._run(lambda: merge_registration(self._ctx.db, row.id, target.record_id,
                                                 choices))

    def reject_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("Reject registration"), self.tr(
            "Why is this registration rejected? (Its personal data is erased after the "
            "retention period set in Settings.)"))
        if ok and reason.strip():
            self._run(lambda: reject_registration(self._ctx.db, row.id, reason))
