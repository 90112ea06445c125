"""The criteria editor: which features count, and how many seats each value may take.

Quotas are edited in a table (min and max per value, next to how many pool members have it).
Helpers fill them proportionally to the pool or to population shares the bureau types in,
optionally with gender balance, and an optional cap limits people from one association. A live
indicator says whether the quotas can all hold, within a fraction of a second of each edit,
and explains in words when they cannot.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultation_criteria import (
    FEATURES,
    Criteria,
    LabelContext,
    Profile,
    QuotaRow,
    available_features,
    composition,
    feature_label,
    gender_balanced_quotas,
    proportional_quotas,
    quota_problems,
    share_quotas,
    value_label,
)
from desktop.services.consultation_selection import Prepared, prepare, save_criteria
from desktop.services.consultations import POOL_EDITABLE, ConsultationError, get_consultation
from desktop.services.progress import Progress
from desktop.services.selection import check_feasible
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.translation import bidi_isolate

Index = QModelIndex | QPersistentModelIndex
CHECK_DELAY_MS = 60
"""Pause after an edit before checking: the check itself takes up to 80 ms, so the indicator
answers within a fraction of a second while fast typing checks only once."""
(COL_FEATURE, COL_VALUE, COL_COUNT, COL_SHARE, COL_MIN, COL_MAX) = range(6)
FEASIBLE_STYLE = "color: #1b5e20; font-weight: 600;"
INFEASIBLE_STYLE = "color: #b00020; font-weight: 600;"
PENDING_STYLE = "color: palette(placeholder-text);"


@dataclasses.dataclass
class QuotaLine:
    feature: str
    value: str
    count: int
    min: int
    max: int


class QuotaTableModel(QAbstractTableModel):
    """One line per feature value; Min and Max are editable."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[QuotaLine] = []
        self.pool_size = 0
        self.labels = LabelContext()
        self.editable = True

    def set_lines(self, lines: Sequence[QuotaLine], pool_size: int) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.pool_size = pool_size
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                COL_SHARE: QCoreApplication.translate("CriteriaEditor", "Share of the pool"),
                COL_MIN: QCoreApplication.translate(
                    "CriteriaEditor", "Fewest seats people with this value must get"
                ),
                COL_MAX: QCoreApplication.translate(
                    "CriteriaEditor", "Most seats people with this value may get"
                ),
            }
            return tips.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("CriteriaEditor", "Feature"),
            QCoreApplication.translate("CriteriaEditor", "Value"),
            QCoreApplication.translate("CriteriaEditor", "In pool"),
            QCoreApplication.translate("CriteriaEditor", "Share"),
            QCoreApplication.translate("CriteriaEditor", "Min"),
            QCoreApplication.translate("CriteriaEditor", "Max"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (COL_MIN, COL_MAX) and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_FEATURE:
                return feature_label(line.feature)
            if column == COL_VALUE:
                return bidi_isolate(value_label(line.feature, line.value, self.labels))
            if column == COL_COUNT:
                return line.count
            if column == COL_SHARE:
                share = line.count / self.pool_size if self.pool_size else 0.0
                return f"{share:.1%}"
            if column == COL_MIN:
                return line.min
            return line.max
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (COL_MIN, COL_MAX)
            and (line.min > line.max or line.min > line.count)
        ):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_MIN, COL_MAX):
            return QCoreApplication.translate(
                "CriteriaEditor", "Type a number of seats; Enter to confirm, Escape to cancel."
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in (COL_MIN, COL_MAX)
        ):
            return False
        try:
            number = max(0, int(value))
        except (TypeError, ValueError):
            return False
        line = self.lines[index.row()]
        if index.column() == COL_MIN:
            if number == line.min:
                return False
            line.min = number
        else:
            if number == line.max:
                return False
            line.max = number
        self.dataChanged.emit(self.index(index.row(), COL_MIN), self.index(index.row(), COL_MAX))
        self.edited.emit()
        return True

    def quotas(self) -> list[QuotaRow]:
        return [QuotaRow(line.feature, line.value, line.min, line.max) for line in self.lines]


class SeatsDelegate(QStyledItemDelegate):
    """A spin box for Min/Max seats, bounded by the panel size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maximum = 10_000

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, self.maximum)
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return editor


class SharesDialog(QDialog):
    """Population shares for one feature's values (e.g. diaspora size per country)."""

    def __init__(
        self,
        profiles: Sequence[Profile],
        features: Sequence[str],
        labels: LabelContext,
        shares: dict[str, dict[str, float]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill from population shares"))
        self.profiles = profiles
        self.labels = labels
        self.shares = shares
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type how big each group is in the whole diaspora (people or percentages; only "
                "the proportions count). Seats are shared out in the same proportions. Values "
                "left empty are not limited."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.feature = QComboBox(self)
        for feature in features:
            self.feature.addItem(feature_label(feature), feature)
        if "country" in features:
            self.feature.setCurrentIndex(self.feature.findData("country"))
        self.feature.setAccessibleName(self.tr("Feature"))
        form.addRow(self.tr("&Feature:"), self.feature)
        layout.addLayout(form)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("In pool"), self.tr("Population share")]
        )
        fit_columns(self.table, 0)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Population shares"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.feature.currentIndexChanged.connect(lambda _i: self._fill())
        self._spins: dict[str, QDoubleSpinBox] = {}
        self._fill()
        self.resize(520, 520)

    def chosen_feature(self) -> str:
        return str(self.feature.currentData())

    def _fill(self) -> None:
        feature = self.chosen_feature()
        counts = composition(self.profiles, feature)
        known = self.shares.get(feature, {})
        self.table.setRowCount(len(counts))
        self._spins = {}
        for row, (value, count) in enumerate(sorted(counts.items(), key=lambda kv: -kv[1])):
            item = QTableWidgetItem(value_label(feature, value, self.labels))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            count_item = QTableWidgetItem(str(count))
            count_item.setFlags(count_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, count_item)
            spin = QDoubleSpinBox(self.table)
            spin.setRange(0, 1e9)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("not limited"))
            spin.setValue(known.get(value, 0.0))
            spin.setAccessibleName(self.tr("Population share of {value}").format(value=item.text()))
            self.table.setCellWidget(row, 2, spin)
            self._spins[value] = spin

    def values(self) -> dict[str, float]:
        return {value: spin.value() for value, spin in self._spins.items() if spin.value() > 0}


class CriteriaEditor(QWidget):
    """Feature list, quota table, helpers, cap and the live feasibility indicator."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.prepared: Prepared | None = None
        self.shares: dict[str, dict[str, float]] = {}
        self._generation = 0
        self._loading = False
        layout = QVBoxLayout(self)

        indicator_row = FlowLayout(spacing=24)  # the two texts share a line when they fit
        self.indicator = QLabel("", self)
        self.indicator.setAccessibleName(self.tr("Can the quotas all hold?"))
        indicator_row.addWidget(self.indicator)
        self.pool_label = QLabel("", self)
        indicator_row.addWidget(self.pool_label)
        layout.addLayout(indicator_row)
        self.explanation = QLabel("", self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAccessibleName(self.tr("Why the quotas cannot all hold"))
        self.explanation.setVisible(False)
        layout.addWidget(self.explanation)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        features_label = QLabel(self.tr("&Features"), left)
        self.features = QListWidget(left)
        self.features.setAccessibleName(self.tr("Features with quotas"))
        features_label.setBuddy(self.features)
        left_layout.addWidget(features_label)
        left_layout.addWidget(self.features, 1)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        quotas_label = QLabel(self.tr("&Quotas (seats per value)"), right)
        self.model = QuotaTableModel(self)
        self.table = QTableView(right)
        self.table.setModel(self.model)
        self.delegate = SeatsDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_MIN, self.delegate)
        self.table.setItemDelegateForColumn(COL_MAX, self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Quotas"))
        fit_columns(self.table, COL_VALUE,
                    contents=(COL_FEATURE, COL_COUNT, COL_SHARE, COL_MIN, COL_MAX))
        quotas_label.setBuddy(self.table)
        right_layout.addWidget(quotas_label)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([230, 730])
        layout.addWidget(splitter, 1)

        helpers = FlowLayout()  # wraps when the translated buttons do not fit one line
        self.proportional_button = QPushButton(self.tr("Fill &proportionally to the pool"), self)
        self.proportional_button.setToolTip(
            self.tr("Each value gets its share of the seats, as in the pool")
        )
        self.shares_button = QPushButton(self.tr("Fill from population &shares…"), self)
        self.shares_button.setToolTip(
            self.tr("Share the seats as the diaspora is spread (e.g. by destination country)")
        )
        self.gender_balance = QCheckBox(self.tr("&Gender balance"), self)
        self.gender_balance.setToolTip(self.tr("Half of the seats for women, half for men"))
        leeway_label = QLabel(self.tr("&Leeway ±"), self)
        self.leeway = QSpinBox(self)
        self.leeway.setRange(0, 10)
        self.leeway.setAccessibleName(self.tr("Leeway in seats"))
        self.leeway.setToolTip(
            self.tr(
                "Widen each filled quota by this many seats on both "
                "sides, which makes the quotas easier to satisfy"
            )
        )
        leeway_label.setBuddy(self.leeway)
        self.proportional_button.clicked.connect(self.fill_proportionally)
        self.shares_button.clicked.connect(self.fill_from_shares)
        self.gender_balance.toggled.connect(self._gender_balance_toggled)
        helpers.addWidget(self.proportional_button)
        helpers.addWidget(self.shares_button)
        layout.addLayout(helpers)

        balance_row = QHBoxLayout()
        balance_row.addWidget(self.gender_balance)
        balance_row.addSpacing(16)
        balance_row.addWidget(leeway_label)
        balance_row.addWidget(self.leeway)
        balance_row.addStretch(1)
        layout.addLayout(balance_row)
        cap_row = QHBoxLayout()
        self.cap_enabled = QCheckBox(self.tr("At &most"), self)
        self.cap = QSpinBox(self)
        self.cap.setRange(1, 1000)
        self.cap.setValue(2)
        self.cap.setAccessibleName(self.tr("Most people from one association"))
        cap_row.addWidget(self.cap_enabled)
        cap_row.addWidget(self.cap)
        self.cap_by = QComboBox(self)
        self.cap_by.addItem(self.tr("people from one association"), "association")
        self.cap_by.addItem(self.tr("people from one household (same address or phone)"),
                            "household")
        self.cap_by.setAccessibleName(self.tr("What the cap counts"))
        cap_row.addWidget(self.cap_by)
        cap_row.addStretch(1)
        layout.addLayout(cap_row)
        from desktop.views.criteria_coverage import CoverageControls

        self.coverage_controls = CoverageControls(self)
        layout.addWidget(self.coverage_controls)
        self.saved_label = QLabel("", self)
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        self.cap.setEnabled(False)
        self.cap_by.setEnabled(False)
        self.cap_enabled.toggled.connect(self.cap.setEnabled)
        self.cap_enabled.toggled.connect(self.cap_by.setEnabled)
        self.cap_by.currentIndexChanged.connect(lambda _i: self._edited())
        self.cap_enabled.toggled.connect(lambda _on: self._edited())
        self.cap.valueChanged.connect(lambda _v: self._edited())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check_and_save)
        self.model.edited.connect(self._edited)
        self.features.itemChanged.connect(self._feature_toggled)
        self._set_indicator(None, "")

    # -- loading
    def load(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        self.prepared = None
        self._loading = True
        try:
            self.features.clear()
            self.model.set_lines([], 0)
            if consultation_id is None:
                return
            with self.ctx.db.sessions() as session:
                prepared = prepare(session, consultation_id, language=self.ctx.language)
                status = get_consultation(session, consultation_id).status
            self.prepared = prepared
            self.model.labels = prepared.labels or LabelContext()
            self.shares = dict(prepared.criteria.shares)
            self.delegate.maximum = prepared.seats
            editable = status in POOL_EDITABLE
            self.model.editable = editable
            for widget in (
                self.features,
                self.proportional_button,
                self.shares_button,
                self.gender_balance,
                self.leeway,
                self.cap_enabled,
            ):
                widget.setEnabled(editable)
            self.cap.setEnabled(editable and prepared.criteria.cap is not None)
            self.cap_by.setEnabled(editable and prepared.criteria.cap is not None)
            self.cap_by.blockSignals(True)
            self.cap_by.setCurrentIndex(max(0, self.cap_by.findData(prepared.criteria.cap_by)))
            self.cap_by.blockSignals(False)
            self._fill_feature_list(prepared)
            self._show_criteria(prepared.criteria)
            self.gender_balance.setChecked(prepared.criteria.gender_balance)
            self.cap_enabled.setChecked(prepared.criteria.cap is not None)
            if prepared.criteria.cap:
                self.cap.setValue(prepared.criteria.cap)
            self.coverage_controls.load(prepared, editable)
            pool = len(prepared.profiles)
            text = self.tr("{pool} people can be drawn for {seats} seats.").format(
                pool=self.locale().toString(pool), seats=prepared.seats
            )
            if prepared.excluded:
                text += " " + self.tr("({count} left out: consent no longer valid)").format(
                    count=len(prepared.excluded)
                )
            self.pool_label.setText(text)
            self.saved_label.setText(
                ""
                if editable
                else self.tr("The criteria are fixed: the participants were drawn with them.")
            )
        finally:
            self._loading = False
        self.check_now()

    def _fill_feature_list(self, prepared: Prepared) -> None:
        chosen = set(prepared.criteria.features)
        published = {f.key for f in FEATURES if f.published}
        bold = QFont(self.features.font())
        bold.setBold(True)
        for title, keys in (
            (
                self.tr("Published criteria"),
                [f for f in available_features(prepared.profiles) if f in published],
            ),
            (
                self.tr("Other fields"),
                [f for f in available_features(prepared.profiles) if f not in published],
            ),
        ):
            header = QListWidgetItem(title, self.features)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            for key in keys:
                item = QListWidgetItem(feature_label(key), self.features)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )

    def chosen_features(self) -> list[str]:
        result = []
        for row in range(self.features.count()):
            item = self.features.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key and item.checkState() == Qt.CheckState.Checked:
                result.append(str(key))
        return result

    def _show_criteria(self, criteria: Criteria) -> None:
        assert self.prepared is not None
        profiles = self.prepared.profiles
        lines: list[QuotaLine] = []
        for feature in criteria.features:
            counts = composition(profiles, feature)
            given = {q.value: q for q in criteria.quotas_for(feature)}
            values = sorted(
                set(counts) | set(given),
                key=lambda v: (
                    -counts.get(v, 0),
                    value_label(feature, v, self.model.labels).casefold(),
                ),
            )
            for value in values:
                quota = given.get(value)
                count = counts.get(value, 0)
                lines.append(
                    QuotaLine(
                        feature,
                        value,
                        count,
                        quota.min if quota else 0,
                        quota.max if quota else count,
                    )
                )
        self.model.set_lines(lines, len(profiles))

    # -- the criteria being edited
    def criteria(self) -> Criteria:
        return Criteria(
            features=self.chosen_features(),
            quotas=self.model.quotas(),
            cap=self.cap.value() if self.cap_enabled.isChecked() else None,
            cap_by=str(self.cap_by.currentData() or "association"),
            shares={f: v for f, v in self.shares.items() if f in self.chosen_features()},
            gender_balance=self.gender_balance.isChecked(),
            rotation_months=self.coverage_controls.rotation_value(),
        )

    def apply_shares(self, feature: str, shares: dict[str, float]) -> None:
        """Fill ``feature``'s quotas from share weights (e.g. proposed from coverage)."""
        if self.prepared is None:
            return
        self.shares[feature] = shares
        self._set_checked(feature)
        self._replace_feature(feature, self._rows_for(feature))
        self._edited()

    def save_and_reload(self) -> None:
        """Save the criteria now and prepare the pool again (the rotation rule changes who
        is in it)."""
        if self.consultation_id is None:
            return
        self._timer.stop()
        self._check_and_save(save=True)
        self.load(self.consultation_id)

    def _replace_feature(self, feature: str, rows: Sequence[QuotaRow]) -> None:
        current = self.criteria()
        quotas = [q for q in current.quotas if q.feature != feature] + list(rows)
        features = current.features if feature in current.features else [*current.features, feature]
        order = {f: i for i, f in enumerate(features)}
        quotas.sort(key=lambda q: order.get(q.feature, 99))
        self._show_criteria(dataclasses.replace(current, features=features, quotas=quotas))

    def _rows_for(self, feature: str) -> list[QuotaRow]:
        assert self.prepared is not None
        profiles, seats, leeway = self.prepared.profiles, self.prepared.seats, self.leeway.value()
        if feature == "gender" and self.gender_balance.isChecked():
            return gender_balanced_quotas(profiles, seats, leeway)
        if feature in self.shares:
            return share_quotas(profiles, feature, seats, self.shares[feature], leeway)
        return proportional_quotas(profiles, feature, seats, leeway)

    def _feature_toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.prepared is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._replace_feature(str(key), self._rows_for(str(key)))
        else:
            current = self.criteria()
            self._show_criteria(
                dataclasses.replace(current, quotas=[q for q in current.quotas if q.feature != key])
            )
        self._edited()

    def fill_proportionally(self) -> None:
        if self.prepared is None:
            return
        self.shares = {}
        for feature in self.chosen_features():
            self._replace_feature(feature, self._rows_for(feature))
        self._edited()

    def fill_from_shares(self) -> None:
        if self.prepared is None:
            return
        features = self.chosen_features() or ["country"]
        dialog = SharesDialog(
            self.prepared.profiles, features, self.model.labels, self.shares, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        feature = dialog.chosen_feature()
        values = dialog.values()
        if values:
            self.shares[feature] = values
        else:
            self.shares.pop(feature, None)
        self._set_checked(feature)
        self._replace_feature(feature, self._rows_for(feature))
        self._edited()

    def _set_checked(self, feature: str) -> None:
        self._loading = True
        try:
            for row in range(self.features.count()):
                item = self.features.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == feature:
                    item.setCheckState(Qt.CheckState.Checked)
        finally:
            self._loading = False

    def _gender_balance_toggled(self, on: bool) -> None:
        if self._loading or self.prepared is None:
            return
        if on:
            self._set_checked("gender")
        if "gender" in self.chosen_features():
            self._replace_feature("gender", self._rows_for("gender"))
        self._edited()

    # -- checking and saving
    def _edited(self) -> None:
        if self._loading:
            return
        self._set_indicator(None, self.tr("Checking…"))
        self._timer.start()
        self.changed.emit()

    def check_now(self) -> None:
        self._timer.stop()
        self._check_and_save(save=False)

    def _check_and_save(self, save: bool = True) -> None:
        prepared = self.prepared
        if prepared is None:
            self._set_indicator(None, "")
            return
        criteria = self.criteria()
        if save and self.model.editable and self.consultation_id is not None:
            try:
                with self.ctx.db.transaction() as session:
                    save_criteria(session, self.consultation_id, criteria)
                self.saved_label.setText(self.tr("Criteria saved."))
            except ConsultationError as exc:
                self.saved_label.setText(str(exc))
        problems = quota_problems(criteria, prepared.profiles, prepared.seats)
        if problems:
            self._set_indicator(False, "\n".join(problems))
            return
        if not criteria.quotas and not criteria.cap:
            self._set_indicator(True, self.tr("No quotas: everyone has the same chance."))
            return
        self._generation += 1
        generation = self._generation
        problem = prepared.problem(criteria)

        def work(_progress: Progress) -> Any:
            return check_feasible(problem)

        def done(result: Any) -> None:
            if generation != self._generation:
                return
            if result.feasible is None:
                self._set_indicator(
                    None,
                    self.tr(
                        "Not decided in time (a large pool); the selection will say if the quotas "
                        "cannot hold."
                    ),
                )
            else:
                self._set_indicator(result.feasible, result.explanation)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._set_indicator(False, str(exc))

        run_operation(None, work, done, on_error=failed)

    def _set_indicator(self, feasible: bool | None, explanation: str) -> None:
        if feasible is True:
            self.indicator.setText(self.tr("● Feasible: the quotas can all hold"))
            self.indicator.setStyleSheet(FEASIBLE_STYLE)
        elif feasible is False:
            self.indicator.setText(self.tr("● Not feasible: the quotas cannot all hold"))
            self.indicator.setStyleSheet(INFEASIBLE_STYLE)
        else:
            self.indicator.setText(explanation or self.tr("Choose a consultation"))
            self.indicator.setStyleSheet(PENDING_STYLE)
        shown = explanation if feasible is False else ""
        self.explanation.setText(shown)
        self.explanation.setVisible(bool(shown))
        self.indicator.setAccessibleDescription(shown)

    def is_feasible(self) -> bool:
        return self.indicator.styleSheet() == FEASIBLE_STYLE
