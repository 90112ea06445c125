"""After the draw: invitations, replies, attendance, letters and the invitee list.

A decline frees a seat; the tab then offers the next reserve that keeps every quota (the
engine decides which one), so the panel stays representative without anyone choosing by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.services.consultation_reports import export_invitees
from desktop.services.consultation_selection import decline_participation
from desktop.services.consultations import (
    ConsultationError,
    Member,
    get_consultation,
    members,
    participation_labels,
    promote_reserve,
    set_participation_status,
)
from desktop.services.letters import write_invitation_letters
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.save_dialog import ask_save_path, consultation_title, file_name
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.translation import list_text
from desktop.views.widgets import ContainsFilterProxy

SHOWN = ("selected", "reserve", "invited", "confirmed", "declined", "attended", "no_show")


class InviteeModel(RowTableModel[Member]):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        labels = participation_labels()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "Name"), lambda m: m.name
                ),
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "Status"),
                    lambda m: labels.get(m.status, m.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "Reserve rank"),
                    lambda m: m.reserve_rank,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "Country"),
                    lambda m: countries.country_name(m.country_code, language),
                ),
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "E-mail"),
                    lambda m: m.email,
                ),
                Column(
                    lambda: QCoreApplication.translate("InvitationsTab", "Phone"), lambda m: m.phone
                ),
            ],
            parent,
        )


class InvitationsTab(QWidget):
    """Seat holders and reserves with buttons for each step of their answer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.status = ""
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = InviteeModel(ctx.language, self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Participants and reserves"))
        fit_columns(self.table, (0, 4), contents=(1, 2, 3, 5))
        layout.addWidget(self.table, 1)

        answers = FlowLayout()  # wraps when the translated buttons do not fit one line
        self.invited_button = QPushButton(self.tr("Mark &invited"), self)
        self.confirmed_button = QPushButton(self.tr("&Confirmed"), self)
        self.declined_button = QPushButton(self.tr("&Declined…"), self)
        self.declined_button.setToolTip(
            self.tr("The person cannot come; the next suitable reserve is offered")
        )
        self.attended_button = QPushButton(self.tr("A&ttended"), self)
        self.no_show_button = QPushButton(self.tr("Did &not come"), self)
        self.invited_button.clicked.connect(lambda: self._set("invited"))
        self.confirmed_button.clicked.connect(lambda: self._set("confirmed"))
        self.declined_button.clicked.connect(self.decline)
        self.attended_button.clicked.connect(lambda: self._set("attended"))
        self.no_show_button.clicked.connect(lambda: self._set("no_show"))
        for button in (
            self.invited_button,
            self.confirmed_button,
            self.declined_button,
            self.attended_button,
            self.no_show_button,
        ):
            answers.addWidget(button)
        layout.addLayout(answers)

        documents = FlowLayout()
        self.letters_button = QPushButton(self.tr("Invitation &letters (PDF)…"), self)
        self.letters_button.setToolTip(
            self.tr("One letter per selected or invited person, in the consultation's language")
        )
        self.list_button = QPushButton(self.tr("Export invitee &list…"), self)
        self.letters_button.clicked.connect(self.write_letters)
        self.list_button.clicked.connect(self.export_list)
        documents.addWidget(self.letters_button)
        documents.addWidget(self.list_button)
        layout.addLayout(documents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())

    def load(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        rows: list[Member] = []
        if consultation_id is not None:
            with self.ctx.db.sessions() as session:
                self.status = get_consultation(session, consultation_id).status
                rows = [m for m in members(session, consultation_id) if m.status in SHOWN]
        self.model.set_rows(rows)
        counts: dict[str, int] = {}
        for member in rows:
            counts[member.status] = counts.get(member.status, 0) + 1
        labels = participation_labels()
        if rows:
            self.summary.setText(
                list_text(f"{labels[s]}: {counts[s]}" for s in SHOWN if counts.get(s))
            )
        else:
            self.summary.setText(self.tr("No one is selected yet: run the selection first."))
        self._update()

    def selected_members(self) -> list[Member]:
        result = []
        for index in self.table.selectionModel().selectedRows():
            member = self.proxy.data(index, ROW_ROLE)
            if isinstance(member, Member):
                result.append(member)
        return result

    def _update(self) -> None:
        chosen = self.selected_members()
        statuses = {m.status for m in chosen}
        inviting = self.status in ("selected", "invited")
        attendance = self.status in ("held", "followed_up")
        self.invited_button.setEnabled(
            inviting and bool(chosen) and statuses <= {"selected", "declined"}
        )
        self.confirmed_button.setEnabled(inviting and bool(chosen) and statuses == {"invited"})
        self.declined_button.setEnabled(
            inviting and len(chosen) == 1 and statuses <= {"selected", "invited", "confirmed"}
        )
        self.attended_button.setEnabled(
            attendance and bool(chosen) and statuses <= {"confirmed", "no_show"}
        )
        self.no_show_button.setEnabled(
            attendance and bool(chosen) and statuses <= {"confirmed", "attended"}
        )
        has_panel = any(
            self.model.row_at(r).status in ("selected", "invited", "confirmed")
            for r in range(self.model.rowCount())
        )
        self.letters_button.setEnabled(has_panel)
        self.list_button.setEnabled(self.model.rowCount() > 0)

    def _set(self, status: str) -> None:
        chosen = self.selected_members()
        if not chosen:
            return
        try:
            with self.ctx.db.transaction() as session:
                for member in chosen:
                    set_participation_status(session, member.participation_id, status)
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Invitations"), str(exc))
            return
        self.ctx.bus.announce("consultation")

    def decline(self) -> None:
        chosen = self.selected_members()
        if len(chosen) != 1 or self.consultation_id is None:
            return
        member = chosen[0]
        try:
            with self.ctx.db.transaction() as session:
                offer = decline_participation(session, member.participation_id)
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Invitations"), str(exc))
            return
        self.ctx.bus.announce("consultation")
        if offer is None:
            QMessageBox.information(
                self,
                self.tr("No suitable reserve"),
                self.tr(
                    "{name} declined. No reserve can take the seat without breaking a quota; the "
                    "seat stays empty unless you draw again with a larger pool."
                ).format(name=member.name),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Offer the seat to a reserve"),
            self.tr(
                "{name} declined. The next reserve who keeps every quota is {reserve}. Give them "
                "the seat?"
            ).format(name=member.name, reserve=offer.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.transaction() as session:
                promote_reserve(session, self.consultation_id, offer.candidate_id)
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Invitations"), str(exc))
            return
        self.ctx.bus.announce("consultation")
        self.ctx.bus.status_message.emit(
            self.tr("{reserve} takes the seat; invite them now.").format(reserve=offer.name), 10000
        )

    def write_letters(self) -> None:
        consultation_id = self.consultation_id
        if consultation_id is None:
            return
        chosen = ask_save_path(
            self, self.ctx.settings, "letters", self.tr("Invitation letters"),
            file_name(self.tr("Invitation letters"), consultation_title(self.ctx, consultation_id),
                      suffix=".pdf"),
            self.tr("PDF (*.pdf)"), self.ctx.paths.data_dir)
        if chosen is None:
            return
        path = chosen

        def work(progress: Progress) -> int:
            with self.ctx.db.sessions() as session:
                return write_invitation_letters(session, consultation_id, path, progress=progress)

        run_operation(
            self,
            work,
            lambda count: self.ctx.bus.status_message.emit(
                self.tr("{count} letters written to {path}.").format(count=count, path=path), 10000
            ),
            label=self.tr("Writing the letters…"),
        )

    def export_list(self) -> None:
        consultation_id = self.consultation_id
        if consultation_id is None:
            return
        chosen = ask_save_path(
            self, self.ctx.settings, "spreadsheet", self.tr("Export invitee list"),
            file_name(self.tr("Invitees"), consultation_title(self.ctx, consultation_id),
                      suffix=".xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"), self.ctx.paths.data_dir)
        if chosen is None:
            return
        path = chosen
        try:
            with self.ctx.db.sessions() as session:
                count = export_invitees(session, consultation_id, path, self.ctx.language)
        except (ConsultationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export invitee list"), str(exc))
            return
        self.ctx.bus.status_message.emit(
            self.tr("{count} people written to {path}.").format(count=count, path=path), 10000
        )
