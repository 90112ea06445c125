"""One consultation, step by step: details, pool, criteria, selection, invitations, follow-up.

The header shows where the consultation stands and offers only the next steps the workflow
allows; a refused step (e.g. closing with open commitments) says why in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultations import (
    ConsultationError,
    allowed_next,
    change_status,
    get_consultation,
    kind_labels,
    status_labels,
)
from desktop.views.consultations_followup import FollowUpTab
from desktop.views.consultations_form import ConsultationFields
from desktop.views.consultations_invitations import InvitationsTab
from desktop.views.consultations_pool import PoolTab
from desktop.views.consultations_selection import SelectionTab
from desktop.views.context import AppContext
from desktop.views.criteria_editor import CriteriaEditor
from desktop.views.form_widgets import ErrorLabel
from desktop.views.translation import date_text


def step_text(status: str) -> str:
    """The button text that moves a consultation into ``status``."""
    texts = {
        "draft": QCoreApplication.translate("ConsultationDetail", "Back to draft"),
        "pool_open": QCoreApplication.translate("ConsultationDetail", "Open the pool"),
        "invited": QCoreApplication.translate("ConsultationDetail", "Invitations sent"),
        "held": QCoreApplication.translate("ConsultationDetail", "Mark as held"),
        "followed_up": QCoreApplication.translate("ConsultationDetail", "Mark as followed up"),
        "closed": QCoreApplication.translate("ConsultationDetail", "Close the consultation"),
    }
    return texts.get(status, status)


class ConsultationDetail(QWidget):
    """Tabs for one consultation; empty (with a hint) when none is chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("", self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        state_row = QHBoxLayout()
        self.state = QLabel("", self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Status"))
        state_row.addWidget(self.state, 1)
        self.step_buttons: list[QPushButton] = []
        self.steps = QHBoxLayout()
        state_row.addLayout(self.steps)
        layout.addLayout(state_row)
        self.step_error = ErrorLabel(self)
        self.step_error.setAccessibleName(self.tr("Why this step is not possible"))
        layout.addWidget(self.step_error)

        self.tabs = QTabWidget(self)
        self.details = QWidget(self)
        details_layout = QVBoxLayout(self.details)
        self.fields = ConsultationFields(ctx, self.details)
        details_layout.addWidget(self.fields)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save details"), self.details)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_details)
        save_row.addWidget(self.save_button)
        details_layout.addLayout(save_row)
        details_layout.addStretch(1)
        self.pool = PoolTab(ctx, self)
        self.criteria = CriteriaEditor(ctx, self)
        self.selection = SelectionTab(ctx, self)
        self.invitations = InvitationsTab(ctx, self)
        self.follow_up = FollowUpTab(ctx, self)
        # The form is the tallest tab: it scrolls rather than making the page taller than the
        # window when the list above takes its share of the height.
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        self.tabs.addTab(details_scroll, self.tr("&1 Details"))
        self.tabs.addTab(self.pool, self.tr("&2 Pool"))
        self.tabs.addTab(self.criteria, self.tr("&3 Criteria"))
        self.tabs.addTab(self.selection, self.tr("&4 Selection"))
        self.tabs.addTab(self.invitations, self.tr("&5 Invitations"))
        self.tabs.addTab(self.follow_up, self.tr("&6 Follow-up"))
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(
            self.tr(
                "Choose a consultation in the list, or create one with New consultation (Ctrl+N)."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 1)
        self.show_consultation(None)

    def show_consultation(self, consultation_id: str | None) -> None:
        has = consultation_id is not None
        self.tabs.setVisible(has)
        self.heading.setVisible(has)
        self.state.setVisible(has)
        self.empty.setVisible(not has)
        if consultation_id != self.consultation_id:
            self.step_error.show_error("")
        for button in self.step_buttons:
            self.steps.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.step_buttons = []
        self.consultation_id = consultation_id
        if consultation_id is None:
            return
        with self.ctx.db.sessions() as session:
            consultation = get_consultation(session, consultation_id)
        self.heading.setText(consultation.title)
        kind = kind_labels().get(consultation.kind, consultation.kind)
        when = date_text(consultation.held_on) if consultation.held_on else self.tr("date not set")
        status = status_labels().get(consultation.status, consultation.status)
        self.state.setText(
            self.tr("{kind} · {when} · {seats} seats · Status: {status}").format(
                kind=kind, when=when, seats=consultation.seats, status=status
            )
        )
        for target in allowed_next(consultation.status):
            if target == "selected":
                continue  # reached only through the draw (Selection tab)
            button = QPushButton(step_text(target), self)
            button.clicked.connect(lambda _c=False, t=target: self.change_status(t))
            self.steps.addWidget(button)
            self.step_buttons.append(button)
        self.fields.load(consultation)
        self.pool.load(consultation_id)
        self.criteria.load(consultation_id)
        self.selection.load(consultation_id)
        self.invitations.load(consultation_id)
        self.follow_up.load(consultation_id)

    def reload(self) -> None:
        self.show_consultation(self.consultation_id)

    def save_details(self) -> None:
        if self.consultation_id is not None and self.fields.save(self.consultation_id):
            self.ctx.bus.status_message.emit(self.tr("Details saved."), 4000)

    def change_status(self, target: str) -> None:
        if self.consultation_id is None:
            return
        if target == "closed":
            answer = QMessageBox.question(
                self,
                self.tr("Close the consultation"),
                self.tr("Close this consultation? Nothing can be changed afterwards."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.ctx.db.transaction() as session:
                change_status(session, self.consultation_id, target)
        except ConsultationError as exc:
            self.step_error.show_error(str(exc))
            return
        self.step_error.show_error("")
        self.ctx.bus.announce("consultation")
