"""The criteria editor's coverage row: propose quotas from coverage, and the rotation rule.

"Propose quotas from coverage…" looks at who took part in the last N months and gives the
groups heard less than their share of the pool more seats (``services.coverage``). "Leave out
people seated in the last N months" is saved with the criteria; the pool is then prepared
without them, before the draw, and the audit says who was left out and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox, QWidget

from desktop.services.consultation_selection import Prepared
from desktop.services.coverage import coverage_shares, recent_participant_profiles
from desktop.views.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.views.criteria_editor import CriteriaEditor

DEFAULT_FEATURES = ("country", "gender", "generation")
DEFAULT_MONTHS = 24


class CoverageControls(QWidget):
    """Two controls under the quota helpers of :class:`CriteriaEditor`."""

    def __init__(self, editor: CriteriaEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._loading = False
        row = FlowLayout(self, spacing=8)
        self.propose_button = QPushButton(self.tr("Propose quotas from &coverage"), self)
        self.propose_button.setToolTip(self.tr(
            "Give more seats to the groups heard less than their share of the pool in the "
            "months chosen here"))
        self.propose_button.clicked.connect(self.propose)
        self.months = QSpinBox(self)
        self.months.setRange(1, 120)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(" " + self.tr("months"))
        self.months.setAccessibleName(self.tr("Months of coverage looked at"))
        self.rotation = QCheckBox(self.tr("Leave out people seated in the &last"), self)
        self.rotation.setToolTip(self.tr(
            "People who held a seat at another consultation in these months are taken out of "
            "the pool before the draw; the audit report lists them"))
        self.rotation_months = QSpinBox(self)
        self.rotation_months.setRange(1, 120)
        self.rotation_months.setValue(12)
        self.rotation_months.setSuffix(" " + self.tr("months"))
        self.rotation_months.setAccessibleName(self.tr("Months a seat keeps someone out"))
        self.rotation_months.setEnabled(False)
        self.note = QLabel("", self)
        for widget in (self.propose_button, self.months, self.rotation, self.rotation_months,
                       self.note):
            row.addWidget(widget)
        self.rotation.toggled.connect(self._rotation_changed)
        self.rotation_months.editingFinished.connect(self._rotation_changed)

    def load(self, prepared: Prepared, editable: bool) -> None:
        self._loading = True
        try:
            months = prepared.criteria.rotation_months
            self.rotation.setChecked(bool(months))
            if months:
                self.rotation_months.setValue(months)
            self.rotation.setEnabled(editable)
            self.rotation_months.setEnabled(editable and bool(months))
            self.propose_button.setEnabled(editable)
            self.months.setEnabled(editable)
            if prepared.rotation is not None:
                self.note.setText(self.tr("{count} left out: seated since {date}").format(
                    count=len(prepared.rotated_out), date=prepared.rotation.since.isoformat()))
            else:
                self.note.setText("")
        finally:
            self._loading = False

    def rotation_value(self) -> int | None:
        return self.rotation_months.value() if self.rotation.isChecked() else None

    def _rotation_changed(self) -> None:
        self.rotation_months.setEnabled(self.rotation.isChecked())
        if not self._loading:
            self._editor.save_and_reload()

    def propose(self) -> None:
        editor = self._editor
        prepared = editor.prepared
        if prepared is None:
            return
        with editor.ctx.db.sessions() as session:
            heard = recent_participant_profiles(session, self.months.value(),
                                                leave_out_consultation=prepared.consultation_id)
        features = editor.chosen_features() or list(DEFAULT_FEATURES)
        for feature in features:
            shares = coverage_shares(prepared.profiles, heard, feature)
            if shares:
                editor.apply_shares(feature, shares)
        self.note.setText(self.tr("Proposed from {seats} seats held in the last {months} "
                                  "months.").format(seats=len(heard), months=self.months.value()))
