"""Side panels of the registry forms: likely duplicates (with reasons), linked records, and
the record's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dedupe import DuplicateMatch, find_duplicates
from desktop.services.history import HistoryEntry, action_label, history_of
from desktop.services.links import LinkedRecord, search_records
from desktop.services.vocabulary import status_labels
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.translation import datetime_text

DUPLICATE_DELAY_MS = 450
"""Pause after the last keystroke before looking for duplicates."""


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def section_title(text: str, parent: QWidget) -> QLabel:
    return _bold(QLabel(text, parent))


class DuplicatePanel(QWidget):
    """Existing records that look like the one being typed, best first, each with its reasons
    and Open / Merge… / Not a duplicate buttons. Checks run in a worker thread, debounced."""

    open_requested = Signal(str)
    merge_requested = Signal(str)
    not_duplicate_requested = Signal(str)

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.record_id: str | None = None
        self.matches: list[DuplicateMatch] = []
        self._values: Mapping[str, Any] = {}
        self._generation = 0
        self.checks_done = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_title(self.tr("Possible duplicates"), self))
        self.status = QLabel(
            self.tr("Type a name, e-mail or phone to check for records that already exist."), self
        )
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.status)
        self.list_box = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        column.addWidget(self.list_box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    def schedule(self, values: Mapping[str, Any]) -> None:
        """Check again after a short pause (called on every edit)."""
        self._values = dict(values)
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        values = dict(self._values)
        if not any(
            str(values.get(k) or "").strip()
            for k in ("name", "email", "phone", "website", "registration_number")
        ):
            self._show([])
            return
        self._generation += 1
        generation = self._generation
        db, entity, exclude = self.ctx.db, self.entity, self.record_id

        def work(_progress: object) -> list[DuplicateMatch]:
            with db.sessions() as session:
                return find_duplicates(session, entity, values, exclude_id=exclude, limit=5)

        def done(matches: object) -> None:
            # The form may have been closed while the check ran in its thread.
            if shiboken6.isValid(self) and generation == self._generation \
                    and isinstance(matches, list):
                self._show(matches)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status.setText(
                    QCoreApplication.translate(
                        "DuplicatePanel", "Could not check for duplicates: {error}"
                    ).format(error=exc)
                )
                self.checks_done += 1

        run_operation(None, work, done, on_error=failed)

    def _show(self, matches: list[DuplicateMatch]) -> None:
        self.matches = list(matches)
        self.checks_done += 1
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not matches:
            self.status.setText(self.tr("No similar records found."))
            return
        if self.record_id is None:
            self.status.setText(
                self.tr(
                    "These existing records look similar. Open one to "
                    "check it before saving a new record."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "These records look like this one. Merge them if they "
                    "are the same, or mark them as different."
                )
            )
        for match in matches:
            self.list_layout.addWidget(self._card(match))

    def _card(self, match: DuplicateMatch) -> QFrame:
        card = QFrame(self.list_box)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("duplicateCard")
        column = QVBoxLayout(card)
        column.setContentsMargins(8, 6, 8, 6)
        title = _bold(QLabel(match.name, card))
        title.setWordWrap(True)
        column.addWidget(title)
        score = QLabel(self.tr("{score} % alike").format(score=match.score), card)
        column.addWidget(score)
        reasons = QLabel("\n".join(f"• {reason}" for reason in match.reasons), card)
        reasons.setWordWrap(True)
        column.addWidget(reasons)
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("Open"), card)
        open_button.setAccessibleName(self.tr("Open {name}").format(name=match.name))
        open_button.clicked.connect(lambda: self.open_requested.emit(match.record_id))
        row.addWidget(open_button)
        if self.record_id is not None:
            merge = QPushButton(self.tr("Merge…"), card)
            merge.setAccessibleName(self.tr("Merge with {name}").format(name=match.name))
            merge.clicked.connect(lambda: self.merge_requested.emit(match.record_id))
            row.addWidget(merge)
            different = QPushButton(self.tr("Not a duplicate"), card)
            different.setToolTip(self.tr("Remember that these are different records"))
            different.clicked.connect(lambda: self.not_duplicate_requested.emit(match.record_id))
            row.addWidget(different)
        row.addStretch(1)
        column.addLayout(row)
        card.setAccessibleName(self.tr("Possible duplicate: {name}").format(name=match.name))
        return card


class LinkPicker(QDialog):
    """Find a record by name to link it."""

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        title: str,
        exclude: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.exclude = exclude
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the name"))
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching records"))
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.results, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.resize(480, 420)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.sessions() as session:
            found = search_records(session, self.entity, self.search.text(), limit=50)
        self.results.clear()
        for record in found:
            if record.id in self.exclude:
                continue
            item = QListWidgetItem(
                f"{record.name} — {record.detail}" if record.detail else record.name
            )
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> list[LinkedRecord]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.results.selectedItems()]


class LinkPanel(QWidget):
    """The records linked to this one, with Add… / Remove and Open on double-click.
    Changes are kept here until the form is saved."""

    changed = Signal()
    open_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        other_entity: str,
        title: str,
        add_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.other_entity = other_entity
        self.add_title = add_title
        self._records: dict[str, LinkedRecord] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_title(title, self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(160)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        column.addWidget(self.list)
        self.empty = QLabel(self.tr("None yet."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add link…"), self)
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    def set_records(self, records: list[LinkedRecord]) -> None:
        self._records = {r.id: r for r in records}
        self._rebuild()

    def ids(self) -> list[str]:
        return list(self._records)

    def _rebuild(self) -> None:
        self.list.clear()
        for record in sorted(self._records.values(), key=lambda r: r.name.casefold()):
            text = f"{record.name} — {record.detail}" if record.detail else record.name
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(not self._records)
        self.list.setVisible(bool(self._records))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def add(self) -> None:
        picker = LinkPicker(self.ctx, self.other_entity, self.add_title, set(self._records), self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        added = False
        for record in picker.chosen():
            if record.id not in self._records:
                self._records[record.id] = record
                added = True
        if added:
            self._rebuild()
            self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self._records.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self._rebuild()
        self.changed.emit()


def describe(entry: HistoryEntry) -> str:
    """One history entry as a sentence: "2024-05-02 10:14 — Status changed: Pending →
    Verified (by anna)"."""
    when = datetime_text(entry.at)
    text = action_label(entry.action)
    details = entry.details
    if entry.action == "status_changed":
        labels = status_labels()
        text += (
            f": {labels.get(details.get('from', ''), details.get('from', ''))} → "
            f"{labels.get(details.get('to', ''), details.get('to', ''))}"
        )
    elif entry.action in ("linked", "unlinked", "merged") and details.get("name"):
        text += f": {details['name']}"
    elif entry.action == "updated" and details.get("fields"):
        text += QCoreApplication.translate("HistoryPanel", " ({count} fields)").format(
            count=len(details["fields"])
        )
    return QCoreApplication.translate("HistoryPanel", "{when} — {what} (by {who})").format(
        when=when, what=text, who=entry.by
    )


class HistoryPanel(QWidget):
    """Who did what to the record, newest first."""

    def __init__(self, ctx: AppContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_title(self.tr("History"), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("History"))
        self.list.setMaximumHeight(150)
        self.list.setWordWrap(True)
        column.addWidget(self.list)

    def load(self, record_id: str | None) -> None:
        self.list.clear()
        if record_id is None:
            self.setVisible(False)
            return
        with self.ctx.db.sessions() as session:
            entries = history_of(session, self.entity, record_id)
        for entry in entries:
            self.list.addItem(describe(entry))
        self.setVisible(bool(entries))


def scroll_area(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def when_text(value: dt.datetime | None) -> str:
    return datetime_text(value)


Callback = Callable[[], None]
