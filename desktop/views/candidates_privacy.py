"""A person's data rights from the candidate list: the access export and the erasure.

Erasure cannot be undone, so it asks for a confirmation that names the person and says what
goes and what stays, and the user must type the word shown before the button unlocks.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.candidates import CandidateError
from desktop.services.personal_data import (
    access_export,
    erase_candidate,
    write_access_json,
    write_access_pdf,
)
from desktop.services.progress import Progress
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.save_dialog import ask_save_path, file_name


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return cleaned[:60] or "person"


def export_person(ctx: AppContext, candidate_id: str, parent: QWidget) -> None:
    """Ask where, then write the person's access export as PDF plus the same as JSON."""
    with ctx.db.sessions() as session:
        data = access_export(session, candidate_id)
    name = str(data["person"].get("name") or "person")
    pdf = ask_save_path(
        parent, ctx.settings, "personal_data",
        QCoreApplication.translate("PersonalDataActions", "Export personal data"),
        file_name(QCoreApplication.translate("PersonalDataActions", "Personal data"), name,
                  suffix=".pdf"),
        QCoreApplication.translate("PersonalDataActions", "PDF document (*.pdf)"),
        ctx.paths.data_dir)
    if pdf is None:
        return
    json_path = pdf.with_suffix(".json")

    def work(_progress: Progress) -> Path:
        write_access_pdf(data, pdf, ctx.language)
        write_access_json(data, json_path)
        return pdf

    def done(_result: object) -> None:
        ctx.bus.status_message.emit(
            QCoreApplication.translate(
                "PersonalDataActions", "Personal data written to {pdf} and {json}."
            ).format(pdf=pdf.name, json=json_path.name),
            10000,
        )

    run_operation(
        parent,
        work,
        done,
        label=QCoreApplication.translate(
            "PersonalDataActions", "Writing the personal data export…"
        ),
        cancellable=False,
    )


class EraseDialog(QDialog):
    """Confirmation before an erasure: what is wiped, what stays, type ERASE to confirm."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase personal data"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Erase the personal data of {name}?\n\n"
                "Their name, contact details, birth year, skills, languages, topics, association "
                "and notes are wiped for good, and their consents are withdrawn. Gender, country "
                "of residence, generation, citizenship, education, occupation and origin region "
                "stay, so that statistics and past selections still add up.\n\n"
                "This cannot be undone. Export their data first if they asked for a copy."
            ).format(name=name),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.word = self.tr("ERASE")
        prompt = QLabel(self.tr("Type {word} to confirm:").format(word=self.word), self)
        layout.addWidget(prompt)
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("Type {word} to confirm").format(word=self.word))
        prompt.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.textChanged.connect(
            lambda t: self.erase_button.setEnabled(t.strip().casefold() == self.word.casefold())
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.resize(520, 300)


def confirm_and_erase(ctx: AppContext, candidate_id: str, name: str, parent: QWidget) -> bool:
    """Ask, then erase; True when the person was erased."""
    dialog = EraseDialog(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        with ctx.db.transaction() as session:
            erase_candidate(session, candidate_id)
    except CandidateError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonalDataActions", "Erase personal data"),
            str(exc),
        )
        return False
    ctx.bus.announce("candidate")
    ctx.bus.status_message.emit(
        QCoreApplication.translate(
            "PersonalDataActions", "The personal data of {name} was erased."
        ).format(name=name),
        8000,
    )
    return True
