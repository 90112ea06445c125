"""Follow-up commitments of a consultation ("you said, we did"): what was promised, who does
it, by when, how it went — and the printable report for the participants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import FollowUpAction
from desktop.services.consultation_reports import write_you_said_we_did
from desktop.services.consultations import (
    ConsultationError,
    ConsultationValidationError,
    delete_follow_up,
    follow_up_labels,
    follow_ups,
    get_consultation,
    save_follow_up,
)
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.form_widgets import ErrorLabel, OptionalDateEdit
from desktop.views.operations import run_operation
from desktop.views.save_dialog import ask_save_path, consultation_title, file_name
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import Column, RowTableModel
from desktop.views.translation import date_text


class FollowUpModel(RowTableModel[FollowUpAction]):
    def __init__(self, parent: QWidget | None = None) -> None:
        labels = follow_up_labels()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("FollowUpTab", "Commitment"),
                    lambda a: a.text,
                ),
                Column(lambda: QCoreApplication.translate("FollowUpTab", "Who"), lambda a: a.owner),
                Column(
                    lambda: QCoreApplication.translate("FollowUpTab", "Due"),
                    lambda a: date_text(a.due_on),
                    lambda a: a.due_on.isoformat() if a.due_on else "9999",
                ),
                Column(
                    lambda: QCoreApplication.translate("FollowUpTab", "Status"),
                    lambda a: labels.get(a.status, a.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("FollowUpTab", "Outcome"),
                    lambda a: a.outcome,
                ),
            ],
            parent,
        )


class FollowUpDialog(QDialog):
    """Add or edit one commitment."""

    def __init__(
        self,
        ctx: AppContext,
        consultation_id: str,
        action: FollowUpAction | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id = consultation_id
        self.action_id = action.id if action else None
        self.setWindowTitle(self.tr("Edit commitment") if action else self.tr("New commitment"))
        form = QFormLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What participants asked for, and what was promised"))
        self.text.setAccessibleName(self.tr("Commitment"))
        self.text_error = ErrorLabel(self)
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Who is responsible"))
        self.due = OptionalDateEdit(self)
        self.due.setAccessibleName(self.tr("Due date"))
        self.status = QComboBox(self)
        for code, label in follow_up_labels().items():
            self.status.addItem(label, code)
        self.status.setAccessibleName(self.tr("Status"))
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What was done (printed in the report)"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.error = ErrorLabel(self)
        form.addRow(self.tr("&Commitment:"), self.text)
        form.addRow(self.text_error)
        form.addRow(self.tr("&Who:"), self.owner)
        form.addRow(self.tr("&Due:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if action is not None:
            self.text.setPlainText(action.text)
            self.owner.setText(action.owner)
            self.due.set_date(action.due_on)
            self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
            self.outcome.setPlainText(action.outcome)
        self.resize(520, 460)
        self.text.setFocus()

    def save(self) -> None:
        values = {
            "text": self.text.toPlainText(),
            "owner": self.owner.text(),
            "due_on": self.due.date(),
            "status": self.status.currentData(),
            "outcome": self.outcome.toPlainText(),
        }
        try:
            with self.ctx.db.transaction() as session:
                save_follow_up(session, self.consultation_id, self.action_id, values)
        except ConsultationValidationError as exc:
            messages = {e.field: e.message for e in exc.errors}
            self.text_error.show_error(messages.pop("text", ""))
            self.error.show_error(" ".join(messages.values()))
            return
        except ConsultationError as exc:
            self.error.show_error(str(exc))
            return
        self.ctx.bus.announce("consultation")
        self.accept()


class FollowUpTab(QWidget):
    """The commitments table with Add / Edit / Delete and the "you said, we did" report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = FollowUpModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Commitments"))
        fit_columns(self.table, (0, 4))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        row = FlowLayout()  # wraps when the translated buttons do not fit one line
        self.add_button = QPushButton(self.tr("&Add commitment…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.report_button = QPushButton(self.tr("“You said, we did” &report…"), self)
        self.report_button.setToolTip(
            self.tr("A PDF of the commitments and their outcome, in the consultation's language")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.report_button.clicked.connect(self.write_report)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.report_button)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())

    def load(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        if consultation_id is None:
            self.model.set_rows([])
            return
        with self.ctx.db.sessions() as session:
            actions = follow_ups(session, consultation_id)
            closed = get_consultation(session, consultation_id).status == "closed"
        self.model.set_rows(actions)
        self.table.resizeRowsToContents()
        open_count = sum(1 for a in actions if a.status in ("open", "in_progress"))
        self.summary.setText(
            self.tr(
                "{total} commitments, {open} still open. The consultation can be closed once none "
                "is open."
            ).format(total=len(actions), open=open_count)
        )
        self.add_button.setEnabled(not closed)
        self._closed = closed
        self._update()

    def _update(self) -> None:
        has = self._selected() is not None
        closed = getattr(self, "_closed", False)
        self.edit_button.setEnabled(has and not closed)
        self.delete_button.setEnabled(has and not closed)
        self.report_button.setEnabled(self.model.rowCount() > 0)

    def _selected(self) -> FollowUpAction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        if self.consultation_id is not None:
            FollowUpDialog(self.ctx, self.consultation_id, None, self).exec()

    def edit_selected(self) -> None:
        action = self._selected()
        if action is not None and self.consultation_id is not None:
            FollowUpDialog(self.ctx, self.consultation_id, action, self).exec()

    def delete_selected(self) -> None:
        action = self._selected()
        if action is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete commitment"),
            self.tr("Delete this commitment?\n\n{text}").format(text=action.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.transaction() as session:
            delete_follow_up(session, action.id)
        self.ctx.bus.announce("consultation")

    def write_report(self) -> None:
        consultation_id = self.consultation_id
        if consultation_id is None:
            return
        chosen = ask_save_path(
            self, self.ctx.settings, "report", self.tr("“You said, we did” report"),
            file_name(self.tr("You said, we did"), consultation_title(self.ctx, consultation_id),
                      suffix=".pdf"),
            self.tr("PDF (*.pdf)"), self.ctx.paths.data_dir)
        if chosen is None:
            return
        path = chosen

        def work(_progress: Progress) -> int:
            with self.ctx.db.sessions() as session:
                return write_you_said_we_did(session, consultation_id, path)

        run_operation(
            self,
            work,
            lambda _n: self.ctx.bus.status_message.emit(
                self.tr("Report written to {path}.").format(path=path), 10000
            ),
            label=self.tr("Writing the report…"),
            cancellable=False,
        )
