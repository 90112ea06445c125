"""The Selection tab: the draw as recorded (seed, algorithm, fingerprint, each pool member's
chance), the button that runs it, and the audit report anyone can check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultations import get_consultation, members, participation_labels
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.save_dialog import ask_save_path, file_name
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import Column, RowTableModel
from desktop.views.translation import datetime_text
from desktop.views.widgets import ContainsFilterProxy


class ChanceRow:
    """One pool member with their chance and the role the draw gave them."""

    __slots__ = ("name", "order", "probability", "pseudonym", "role", "status")

    def __init__(
        self, name: str, pseudonym: str, probability: float | None, role: str, status: str,
        order: int = 0,
    ) -> None:
        self.order = order  # panel first, then reserves in their order, then everyone else
        self.name = name
        self.pseudonym = pseudonym
        self.probability = probability
        self.role = role
        self.status = status


class ChanceModel(RowTableModel[ChanceRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SelectionTab", "Name"), lambda r: r.name
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionTab", "Id in the audit"),
                    lambda r: r.pseudonym,
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionTab", "Chance of selection"),
                    lambda r: "" if r.probability is None else f"{r.probability:.2%}",
                    sort_key=lambda r: -1.0 if r.probability is None else r.probability,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionTab", "Drawn as"),
                    lambda r: r.role,
                    sort_key=lambda r: r.order,
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionTab", "Now"), lambda r: r.status
                ),
            ],
            parent,
        )


def drawn_order(candidate_id: str, panel: list[str], reserves: list[str]) -> int:
    """Sort key of the "Drawn as" column: the panel, then the reserves in order, then the
    people not drawn."""
    if candidate_id in panel:
        return 0
    if candidate_id in reserves:
        return 1 + reserves.index(candidate_id)
    return 1 + len(reserves) + 1


def role_text(candidate_id: str, panel: list[str], reserves: list[str]) -> str:
    if candidate_id in panel:
        return QCoreApplication.translate("SelectionTab", "Selected")
    if candidate_id in reserves:
        return QCoreApplication.translate("SelectionTab", "Reserve {rank}").format(
            rank=reserves.index(candidate_id) + 1
        )
    return ""


class SelectionTab(QWidget):
    """Before the draw: what will be drawn and a Run button. After: the record of it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.record: dict[str, Any] = {}
        self.verify_text = ""
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.facts = QFormLayout()
        self.seed_label = QLabel("", self)
        self.algorithm_label = QLabel("", self)
        self.fingerprint_label = QLabel("", self)
        self.minimum_label = QLabel("", self)
        self.drawn_label = QLabel("", self)
        for label in (self.seed_label, self.fingerprint_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(self.tr("Seed:"), self.seed_label)
        self.facts.addRow(self.tr("Algorithm:"), self.algorithm_label)
        self.facts.addRow(self.tr("Fingerprint of pool and quotas:"), self.fingerprint_label)
        self.facts.addRow(self.tr("Smallest chance of anyone:"), self.minimum_label)
        self.facts.addRow(self.tr("Drawn:"), self.drawn_label)
        layout.addLayout(self.facts)
        self.model = ChanceModel(self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Each pool member's chance of selection"))
        fit_columns(self.table, 0, contents=(1, 2, 3, 4))
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps when the translated buttons do not fit one line
        self.run_button = QPushButton(self.tr("&Run the selection…"), self)
        self.run_button.setToolTip(
            self.tr(
                "Compute everyone's chance within the quotas, then "
                "draw the panel and reserves with a public seed"
            )
        )
        self.audit_button = QPushButton(self.tr("Export &audit report…"), self)
        self.audit_button.setToolTip(
            self.tr("The audit report as PDF, and the same as JSON so anyone can re-run the draw")
        )
        self.verify_button = QPushButton(self.tr("&Verify the draw"), self)
        self.verify_button.setToolTip(self.tr("Re-run the draw from the record and compare"))
        self.run_button.clicked.connect(self.run_selection)
        self.audit_button.clicked.connect(self.export_audit)
        self.verify_button.clicked.connect(self.verify)
        for button in (self.run_button, self.audit_button, self.verify_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def load(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        self.record = {}
        rows: list[ChanceRow] = []
        status = ""
        if consultation_id is not None:
            with self.ctx.db.sessions() as session:
                consultation = get_consultation(session, consultation_id)
                status = consultation.status
                self.record = dict(consultation.selection or {})
                people = members(session, consultation_id)
            panel = list(self.record.get("panel", []))
            reserves = list(self.record.get("reserves", []))
            labels = participation_labels()
            audit_id = {cid: pid for pid, cid in self.record.get("pseudonyms", {}).items()}
            rows = [
                ChanceRow(
                    m.name,
                    audit_id.get(m.candidate_id, ""),
                    m.probability,
                    role_text(m.candidate_id, panel, reserves),
                    labels.get(m.status, m.status),
                    drawn_order(m.candidate_id, panel, reserves),
                )
                for m in people
            ]
        self.model.set_rows(rows)
        drawn = bool(self.record.get("seed"))
        # After the draw the panel comes first (then the reserves in order); before it, the
        # chances are what there is to see.
        if drawn:
            self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        else:
            self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        for label in (
            self.seed_label,
            self.algorithm_label,
            self.fingerprint_label,
            self.minimum_label,
            self.drawn_label,
        ):
            label.setVisible(drawn)
            field_label = self.facts.labelForField(label)
            if field_label is not None:
                field_label.setVisible(drawn)
        if drawn:
            self.summary.setText(
                self.tr(
                    "The participants were drawn. Everything needed to check the draw is in the "
                    "audit report."
                )
            )
            self.seed_label.setText(str(self.record.get("seed")))
            self.algorithm_label.setText(
                f"{self.record.get('algorithm', '')} ({self.record.get('engine_version', '')})"
            )
            self.fingerprint_label.setText(str(self.record.get("fingerprint", "")))
            minimum = self.record.get("min_probability")
            self.minimum_label.setText("" if minimum is None else f"{float(minimum):.2%}")
            self.drawn_label.setText(
                self.tr("{when} by {who}").format(
                    when=local_time(str(self.record.get("drawn_at", ""))),
                    who=self.record.get("drawn_by", ""),
                )
            )
        elif status == "pool_open":
            self.summary.setText(
                self.tr(
                    "Set the criteria, then run the selection: it computes every pool member's "
                    "chance within the quotas, and draws the panel and the reserves with a seed "
                    "you can announce in public."
                )
            )
        else:
            self.summary.setText(self.tr("Open the pool and add people to it first."))
        self.run_button.setEnabled(status == "pool_open" and not drawn)
        self.audit_button.setEnabled(drawn and "audit" in self.record)
        self.verify_button.setEnabled(drawn and "audit" in self.record)

    def run_selection(self) -> None:
        if self.consultation_id is None:
            return
        from desktop.views.selection_dialog import SelectionDialog

        dialog = SelectionDialog(self.ctx, self.consultation_id, self)
        dialog.exec()
        if dialog.stored:
            self.ctx.bus.announce("consultation")

    def export_audit(self) -> None:
        audit = self.record.get("audit")
        if not audit:
            return
        path = ask_save_path(
            self, self.ctx.settings, "audit", self.tr("Export audit report"),
            file_name(self.tr("Selection audit"), str(self.record.get("title") or ""),
                      suffix=".pdf"),
            self.tr("PDF (*.pdf)"), self.ctx.paths.data_dir)
        if path is None:
            return
        export_audit_files(self, self.ctx, audit, path)

    def verify(self) -> None:
        """Re-check the draw from its audit record alone (as anyone with the JSON can)."""
        from desktop.services.selection import VerifyResult, verify_audit

        audit = self.record.get("audit")
        if not audit:
            return

        def work(_progress: Progress) -> VerifyResult:
            return verify_audit(audit)

        def done(result: Any) -> None:
            self.verify_text = result.text()
            if result.ok:
                QMessageBox.information(self, self.tr("Verify the draw"), self.verify_text)
            else:
                QMessageBox.warning(self, self.tr("Verify the draw"), self.verify_text)

        run_operation(
            self,
            work,
            done,
            label=self.tr("Re-running the draw from its record…"),
            cancellable=False,
        )


def local_time(iso: str) -> str:
    """A stored UTC time as the user's clock shows it (2026-11-23 16:26)."""
    try:
        return datetime_text(dt.datetime.fromisoformat(iso))
    except ValueError:
        return iso


def export_audit_files(parent: QWidget, ctx: AppContext, audit: dict[str, Any], pdf: Path) -> None:
    """Write the audit report PDF and, next to it, the same record as JSON."""
    from desktop.services.selection import write_audit_pdf

    if pdf.suffix.lower() != ".pdf":
        pdf = pdf.with_suffix(".pdf")
    json_path = pdf.with_suffix(".json")

    from desktop.services.office_profile import load_office_profile

    with ctx.db.sessions() as session:
        office = load_office_profile(session)

    def work(_progress: Progress) -> None:
        write_audit_pdf(audit, pdf, office)
        json_path.write_text(
            json.dumps(audit, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )

    run_operation(
        parent,
        work,
        lambda _r: ctx.bus.status_message.emit(
            QCoreApplication.translate(
                "SelectionTab", "Audit report written to {pdf} and {json}."
            ).format(pdf=pdf.name, json=json_path.name),
            10000,
        ),
        label=QCoreApplication.translate("SelectionTab", "Writing the audit report…"),
        cancellable=False,
    )
