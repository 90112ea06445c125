"""Run the draw: choose or type the seed, pick the algorithm and a time limit, watch the best
guarantee found so far against the ceiling no algorithm can beat, cancel at any time; then see
everyone's chance, the panel and the reserves, stored with the audit record.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultation_criteria import value_label
from desktop.services.consultation_selection import (
    Outcome,
    Prepared,
    prepare,
    record_selection,
    run_selection,
)
from desktop.services.consultations import ConsultationError, get_consultation
from desktop.services.progress import Progress
from desktop.views.consultations_selection import export_audit_files
from desktop.views.context import AppContext
from desktop.views.form_widgets import ErrorLabel
from desktop.views.operations import Operation, run_operation
from desktop.views.save_dialog import ask_save_path, file_name
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import Column, RowTableModel
from desktop.views.translation import list_text
from desktop.views.widgets import ContainsFilterProxy

DEFAULT_TIME_LIMIT = 60


class BoundRelay(QObject):
    """Carries "best so far / upper bound" from the worker thread to the dialog."""

    bound = Signal(float, float)


@dataclass(frozen=True)
class ResultRow:
    name: str
    profile: str
    probability: float
    role: str


class ResultModel(RowTableModel[ResultRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SelectionDialog", "Name"), lambda r: r.name
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionDialog", "Profile"),
                    lambda r: r.profile,
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionDialog", "Chance"),
                    lambda r: f"{r.probability:.2%}",
                    sort_key=lambda r: r.probability,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SelectionDialog", "Drawn as"),
                    lambda r: r.role,
                ),
            ],
            parent,
        )


class SelectionDialog(QDialog):
    """Seed, algorithm, time limit, Run / Cancel, live bounds, and the result."""

    def __init__(
        self, ctx: AppContext, consultation_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from desktop.services.selection import new_seed

        self.ctx = ctx
        self.consultation_id = consultation_id
        self.stored = False
        self.outcome: Outcome | None = None
        self.operation: Operation | None = None
        self._started = 0.0
        self.setWindowTitle(self.tr("Run the selection"))
        with ctx.db.sessions() as session:
            self.prepared: Prepared = prepare(session, consultation_id, language=ctx.language)
            consultation = get_consultation(session, consultation_id)
            self.names = {m_id: name for m_id, name in _names(session, self.prepared)}
            title = consultation.title
        self.consultation_title = title
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Draw {seats} participants and {reserves} reserves for “{title}” from the "
                "{pool} people in its pool."
            ).format(
                title=title,
                seats=self.prepared.seats,
                reserves=self.prepared.reserves_wanted,
                pool=len(self.prepared.profiles),
            ),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.checks = QLabel("", self)
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Checks before the draw"))
        layout.addWidget(self.checks)
        self.resolve_button = QPushButton(self.tr("Resolve &duplicates…"), self)
        self.resolve_button.clicked.connect(self.resolve_duplicates)
        layout.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignLeading)

        form = QFormLayout()
        seed_row = QHBoxLayout()
        self.seed = QLineEdit(new_seed(), self)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(
            self.tr(
                "Type numbers drawn in public (e.g. lottery balls), or "
                "generate one. The same seed always gives the same "
                "panel."
            )
        )
        self.generate = QPushButton(self.tr("&Generate"), self)
        self.generate.clicked.connect(lambda: self.seed.setText(new_seed()))
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.generate)
        form.addRow(self.tr("&Seed:"), seed_row)
        label = form.labelForField(seed_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.seed)
        self.algorithm = QComboBox(self)
        self.algorithm.addItem(self.tr("Fairest chance for everyone"), "maximin")
        self.algorithm.addItem(self.tr("Fairest chance, refined further (slower)"), "leximin")
        self.algorithm.setAccessibleName(self.tr("Method"))
        self.method_details = QLabel("", self)
        self.method_details.setWordWrap(True)
        self.method_details.setStyleSheet("color: palette(placeholder-text);")
        self.algorithm.currentIndexChanged.connect(lambda _i: self._show_method())
        method_box = QVBoxLayout()
        method_box.setSpacing(2)
        method_box.addWidget(self.algorithm)
        method_box.addWidget(self.method_details)
        form.addRow(self.tr("&Method:"), method_box)
        method_label = form.labelForField(method_box)
        if isinstance(method_label, QLabel):
            method_label.setBuddy(self.algorithm)
        self._show_method()
        self.time_limit = QSpinBox(self)
        self.time_limit.setRange(5, 3600)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setAccessibleName(self.tr("Time limit in seconds"))
        self.time_limit.setToolTip(
            self.tr("When time runs out, the best distribution found so far is used")
        )
        form.addRow(self.tr("&Time limit:"), self.time_limit)
        layout.addLayout(form)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.progress)
        self.bounds = QLabel("", self)
        self.bounds.setAccessibleName(self.tr("Best so far and upper bound"))
        layout.addWidget(self.bounds)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.result_label = QLabel("", self)
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.model = ResultModel(self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Each pool member's chance"))
        fit_columns(self.table, 1, contents=(0, 2, 3))
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(self)
        self.run_button = buttons.addButton(self.tr("&Run"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(
            self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.audit_button = buttons.addButton(
            self.tr("Export &audit report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.audit_button.setVisible(False)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.audit_button.clicked.connect(self.export_audit)
        layout.addWidget(buttons)

        self.relay = BoundRelay(self)
        self.relay.bound.connect(self._show_bound)
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._tick)
        self._best: tuple[float, float] | None = None
        self.resize(760, 620)
        self._show_checks()
        if self.prepared.excluded:
            self.error.show_error(
                self.tr(
                    "{count} pool members are left out: their consent is no longer valid."
                ).format(count=len(self.prepared.excluded))
            )

    # -- before the draw
    def _show_checks(self) -> None:
        """Likely duplicate people and households in the pool, said before the draw."""
        prepared = self.prepared
        lines: list[str] = []
        if prepared.duplicates:
            pairs = "; ".join(
                self.tr("{first} / {second} ({reasons})").format(
                    first=p.first_name, second=p.second_name, reasons=", ".join(p.reasons))
                for p in prepared.duplicates[:3])
            lines.append(self.tr(
                "The pool holds {count} pairs of likely duplicate people: {pairs}. The draw "
                "waits until each is merged or marked “not the same person”.").format(
                    count=len(prepared.duplicates), pairs=pairs))
        if prepared.households:
            if prepared.criteria.cap and prepared.criteria.cap_by == "household":
                rule = self.tr("At most {cap} per household will be drawn.").format(
                    cap=prepared.criteria.cap)
            else:
                rule = self.tr("No household rule is set.")
            lines.append(self.tr(
                "{count} households have several people in the pool (same address or "
                "phone). {rule}").format(count=len(prepared.households), rule=rule))
        self.checks.setText("\n".join(lines))
        self.checks.setVisible(bool(lines))
        self.resolve_button.setVisible(bool(prepared.duplicates))
        self.run_button.setEnabled(not prepared.duplicates)

    def resolve_duplicates(self) -> None:
        from desktop.services import candidate_merge  # noqa: F401  (candidates can be merged)
        from desktop.views.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.ctx, "candidate", self).exec()
        with self.ctx.db.sessions() as session:
            self.prepared = prepare(session, self.consultation_id, language=self.ctx.language)
        self._show_checks()

    # -- running
    def run(self) -> None:
        seed = self.seed.text().strip()
        if not seed:
            self.error.show_error(self.tr("Type a seed or press Generate."))
            self.seed.setFocus()
            return
        from desktop.services.selection import check_feasible

        problem = self.prepared.problem()
        check = check_feasible(problem, time_limit=1.0)
        if check.feasible is False:
            self.error.show_error(
                self.tr(
                    "The quotas cannot all hold: {why} Change them in the Criteria tab."
                ).format(why=check.explanation)
            )
            return
        self.error.show_error("")
        algorithm = str(self.algorithm.currentData())
        time_limit = float(self.time_limit.value())
        relay = self.relay

        prepared = self.prepared

        def work(progress: Progress) -> Outcome:
            return run_selection(
                prepared,
                seed,
                algorithm=algorithm,
                time_limit=time_limit,
                progress=progress,
                on_bound=relay.bound.emit,
            )

        for widget in (self.run_button, self.seed, self.generate, self.algorithm, self.time_limit):
            widget.setEnabled(False)
        self.progress.setVisible(True)
        self.bounds.setText(self.tr("Computing everyone's chance…"))
        self._started = time.monotonic()
        self._clock.start()
        self.operation = run_operation(
            None, work, self._finished, on_error=self._failed, on_cancel=self._cancelled
        )
        self.operation.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _show_bound(self, best: float, upper: float) -> None:
        self._best = (best, upper)
        self._tick()

    def _tick(self) -> None:
        elapsed = time.monotonic() - self._started
        if self._best is None:
            self.bounds.setText(
                self.tr("Computing everyone's chance… {seconds} s").format(seconds=int(elapsed))
            )
            return
        best, upper = self._best
        self.bounds.setText(
            self.tr("Best guarantee so far: {best} · upper bound: {upper} · {seconds} s").format(
                best=f"{best:.2%}", upper=f"{upper:.2%}", seconds=int(elapsed)
            )
        )

    def _stop_running(self) -> None:
        self._clock.stop()
        self.progress.setVisible(False)
        self.operation = None

    def _enable_inputs(self) -> None:
        for widget in (self.run_button, self.seed, self.generate, self.algorithm, self.time_limit):
            widget.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._stop_running()
        self._enable_inputs()
        from desktop.services.selection import InfeasibleError

        if isinstance(exc, InfeasibleError):
            self.error.show_error(exc.infeasibility.text())
        else:
            self.error.show_error(str(exc))

    def _cancelled(self) -> None:
        self._stop_running()
        self._enable_inputs()
        self.bounds.setText(self.tr("Cancelled: nothing was drawn."))

    def _finished(self, outcome: Any) -> None:
        self._stop_running()
        assert isinstance(outcome, Outcome)
        try:
            with self.ctx.db.transaction() as session:
                record_selection(session, self.consultation_id, outcome)
        except ConsultationError as exc:
            self.error.show_error(str(exc))
            self._enable_inputs()
            return
        self.outcome = outcome
        self.stored = True
        self.ctx.bus.announce("consultation")
        self._show_result(outcome)

    def _show_result(self, outcome: Outcome) -> None:
        distribution = outcome.distribution
        self.result_label.setText(
            self.tr(
                "Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in "
                "the pool had at least a {minimum} chance ({algorithm})."
            ).format(
                seed=outcome.seed,
                seats=len(outcome.panel),
                reserves=len(outcome.reserves),
                minimum=f"{distribution.min_probability:.2%}",
                algorithm=distribution.algorithm,
            )
        )
        panel = set(outcome.panel)
        rank = {cid: i + 1 for i, cid in enumerate(outcome.reserves)}
        chance = {
            cid: distribution.probabilities.get(pid, 0.0) for pid, cid in outcome.pseudonyms.items()
        }
        features = [f for f in self.prepared.criteria.features]
        labels = self.prepared.labels
        rows = []
        for profile in self.prepared.profiles:
            role = (
                self.tr("Selected")
                if profile.id in panel
                else (
                    self.tr("Reserve {rank}").format(rank=rank[profile.id])
                    if profile.id in rank
                    else ""
                )
            )
            text = list_text(value_label(f, profile.features.get(f, ""), labels) for f in features)
            rows.append(
                ResultRow(
                    self.names.get(profile.id, profile.id),
                    text,
                    float(chance.get(profile.id, 0.0)),
                    role,
                )
            )
        self.model.set_rows(rows)
        self.table.setVisible(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.bounds.setText(
            self.tr("Done in {seconds} s.").format(seconds=int(time.monotonic() - self._started))
        )
        self.run_button.setVisible(False)
        self.audit_button.setVisible(True)
        self.cancel_button.setText(self.tr("&Close"))

    def cancel_or_close(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.bounds.setText(self.tr("Cancelling…"))
            return
        if self.stored:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.operation is not None:  # Escape while running: cancel, do not close
            self.operation.cancel()
            return
        super().reject()

    def _show_method(self) -> None:
        """The method's name, for those who know it (and for the audit report)."""
        details = {
            "maximin": self.tr("Method: maximin — the smallest chance of anyone in the pool "
                               "is made as large as the quotas allow."),
            "leximin": self.tr("Method: leximin — as maximin, then the next smallest "
                               "chance, and so on."),
        }
        self.method_details.setText(details.get(str(self.algorithm.currentData()), ""))

    def export_audit(self) -> None:
        if self.outcome is None:
            return
        path = ask_save_path(
            self, self.ctx.settings, "audit", self.tr("Export audit report"),
            file_name(self.tr("Selection audit"), self.consultation_title, suffix=".pdf"),
            self.tr("PDF (*.pdf)"), self.ctx.paths.data_dir)
        if path is not None:
            export_audit_files(self, self.ctx, self.outcome.audit, path)


def _names(session: Any, prepared: Prepared) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from desktop.models import Candidate

    ids = [p.id for p in prepared.profiles]
    result: list[tuple[str, str]] = []
    for start in range(0, len(ids), 900):
        result.extend(
            session.execute(
                select(Candidate.id, Candidate.name).where(
                    Candidate.id.in_(ids[start : start + 900])
                )
            ).all()
        )
    return result
