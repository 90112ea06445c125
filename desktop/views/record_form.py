"""What the association and focal-point forms share: closing with unsaved changes, merging
with a likely duplicate, remembering "not a duplicate", and showing the record as stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.services.dedupe import mark_not_duplicate
from desktop.services.identity import current_user_name
from desktop.services.records import RegistryError
from desktop.views.context import AppContext
from desktop.views.record_panels import DuplicatePanel, HistoryPanel, LinkPanel


class RecordForm(QDialog):
    """Base of a registry record's form; subclasses build the fields and say how to load."""

    ENTITY = ""  # "association" or "focal_point"

    ctx: AppContext
    record_id: str | None
    duplicates: DuplicatePanel
    links: LinkPanel
    history: HistoryPanel
    _loading: bool
    _initial: dict[str, Any]
    _initial_links: list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    # -- hooks for the subclasses
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def _fill(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def load_stored(self, session: Session, record_id: str) -> tuple[dict[str, Any], list[Any]]:
        """The stored record and its linked records (raises RegistryError when it is gone)."""
        raise NotImplementedError

    # -- closing
    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("RecordForm", "Discard changes?"),
                QCoreApplication.translate(
                    "RecordForm",
                    "You have changes that are not saved. Close the form and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # -- duplicates
    def merge_with(self, other_id: str) -> None:
        if self.record_id is None:
            return
        if self.is_dirty():
            QMessageBox.information(
                self, QCoreApplication.translate("RecordForm", "Merge"),
                QCoreApplication.translate("RecordForm",
                                           "Save or undo your changes before merging."),
            )
            return
        from desktop.views.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, self.ENTITY, self.record_id, other_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.announce(self.ENTITY)
            result = dialog.merge_result
            if result is not None and result.kept_id != self.record_id:
                # The user chose to keep the other record: this form now shows that one.
                self.record_id = self.duplicates.record_id = result.kept_id
            self.reload()

    def not_duplicate(self, other_id: str) -> None:
        if self.record_id is None:
            return
        with self.ctx.db.transaction() as session:
            mark_not_duplicate(session, self.ENTITY, self.record_id, other_id,
                               decided_by=current_user_name(self.ctx.settings))
        self.duplicates.check_now()

    def reload(self) -> None:
        """Show the record as stored (after a merge changed it)."""
        if self.record_id is None:
            return
        self._loading = True
        with self.ctx.db.sessions() as session:
            try:
                record, linked = self.load_stored(session, self.record_id)
            except RegistryError:
                self._loading = False
                QDialog.reject(self)
                return
            self.links.set_records(linked)
        self._fill(record)
        self.history.load(self.record_id)
        self._initial = self.values()
        self._initial_links = self.links.ids()
        self._loading = False
        self.duplicates.schedule(self.values())
