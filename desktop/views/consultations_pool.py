"""The pool of a consultation: who may be drawn. People are added by filters (everyone who
volunteered for this topic, from these countries …) or from a file of candidate ids; only
people with a valid consent get in, and those whose consent lapsed since are flagged."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import countries
from desktop.services.candidates import (
    association_choices,
    citizenship_labels,
    generation_labels,
    topic_choices,
    topic_label,
)
from desktop.services.consultations import (
    POOL_EDITABLE,
    ConsultationError,
    Member,
    PoolChange,
    PoolFilter,
    add_to_pool,
    get_consultation,
    matching_candidates,
    members,
    participation_labels,
    read_id_file,
    remove_from_pool,
)
from desktop.services.progress import Progress
from desktop.services.regions import list_regions
from desktop.services.vocabulary import gender_labels
from desktop.views.candidates_form import AssociationPicker
from desktop.views.context import AppContext
from desktop.views.operations import run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.translation import number_text
from desktop.views.widgets import ContainsFilterProxy


class MemberModel(RowTableModel[Member]):
    """Pool members; people who can no longer be selected are shown in red."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        genders = gender_labels()
        generations = {
            "first": QCoreApplication.translate("PoolTab", "1st"),
            "second": QCoreApplication.translate("PoolTab", "2nd"),
            "third_plus": QCoreApplication.translate("PoolTab", "3rd+"),
        }
        statuses = participation_labels()
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("PoolTab", "Name"), lambda m: m.name),
                Column(
                    lambda: QCoreApplication.translate("PoolTab", "Gender"),
                    lambda m: genders.get(m.gender, m.gender),
                ),
                Column(
                    lambda: QCoreApplication.translate("PoolTab", "Country"),
                    lambda m: countries.country_name(m.country_code, language),
                ),
                Column(
                    lambda: QCoreApplication.translate("PoolTab", "Generation"),
                    lambda m: generations.get(m.generation, m.generation),
                ),
                Column(
                    lambda: QCoreApplication.translate("PoolTab", "Status"),
                    lambda m: statuses.get(m.status, m.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("PoolTab", "Can be selected"),
                    lambda m: (
                        QCoreApplication.translate("PoolTab", "Yes")
                        if m.eligible
                        else QCoreApplication.translate("PoolTab", "No: consent not valid")
                    ),
                ),
            ],
            parent,
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 3:
            generation = self.row_at(index.row()).generation
            return generation_labels().get(generation, generation)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.row_at(index.row()).eligible
        ):
            return QBrush(QColor("#b00020"))
        return super().data(index, role)


class ChoiceList(QListWidget):
    """A checkable list for one filter ("any" when nothing is checked)."""

    def __init__(
        self, items: Sequence[tuple[str, str]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        for code, label in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMinimumHeight(90)
        self.itemActivated.connect(self._toggle)

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )

    def checked(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def check(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )


class PoolFilterDialog(QDialog):
    """Choose who joins the pool; shows how many eligible people match before adding."""

    def __init__(
        self, ctx: AppContext, topic_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matches: list[str] = []
        self.setWindowTitle(self.tr("Add people to the pool"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everyone with a valid consent who matches all the chosen "
                "filters is added (a filter left empty matches everyone)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        with ctx.db.sessions() as session:
            topics = topic_choices(session)
            regions = [(r.code, r.name) for r in list_regions(session)]
        used_countries = [(c.code, c.name) for c in countries.countries(ctx.language)]
        grid = QHBoxLayout()
        self.topics = ChoiceList(
            [(t, topic_label(t)) for t in topics], self.tr("Topics volunteered for"), self
        )
        self.countries = ChoiceList(used_countries, self.tr("Countries of residence"), self)
        self.regions = ChoiceList(regions, self.tr("Origin regions"), self)
        for title, widget in (
            (self.tr("&Topics volunteered for"), self.topics),
            (self.tr("&Countries of residence"), self.countries),
            (self.tr("Origin &regions"), self.regions),
        ):
            column = QVBoxLayout()
            label = QLabel(title, self)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            grid.addLayout(column)
        layout.addLayout(grid, 1)
        small = QHBoxLayout()
        self.genders = ChoiceList(list(gender_labels().items()), self.tr("Genders"), self)
        self.generations = ChoiceList(
            list(generation_labels().items()), self.tr("Generations"), self
        )
        self.citizenships = ChoiceList(
            list(citizenship_labels().items()), self.tr("Citizenships"), self
        )
        for title, widget in (
            (self.tr("&Gender"), self.genders),
            (self.tr("G&eneration"), self.generations),
            (self.tr("C&itizenship"), self.citizenships),
        ):
            column = QVBoxLayout()
            label = QLabel(title, self)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            small.addLayout(column)
        layout.addLayout(small)
        form = QFormLayout()
        with ctx.db.sessions() as session:
            choices = association_choices(session)
        self.association = AssociationPicker(choices, self)
        self.association.setAccessibleName(self.tr("Members of the association"))
        self.association.setPlaceholderText(self.tr("Any association (type to search)"))
        form.addRow(self.tr("Members of the a&ssociation:"), self.association)
        self.text = QLineEdit(self)
        self.text.setAccessibleName(self.tr("Name or e-mail contains"))
        form.addRow(self.tr("&Name or e-mail contains:"), self.text)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.count_button = QPushButton(self.tr("C&ount matches"), self)
        self.count_button.clicked.connect(self.count)
        self.count_label = QLabel("", self)
        self.count_label.setAccessibleName(self.tr("Matching people"))
        row.addWidget(self.count_button)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add to pool"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if topic_hint:
            self.topics.check([t for t in topics if t == topic_hint])
        self.resize(820, 620)

    def pool_filter(self) -> PoolFilter:
        return PoolFilter(
            topics=self.topics.checked(),
            countries=self.countries.checked(),
            regions=self.regions.checked(),
            genders=self.genders.checked(),
            generations=self.generations.checked(),
            citizenships=self.citizenships.checked(),
            associations=[a for a in [self.association.association_id()] if a],
            text=self.text.text(),
        )

    def count(self) -> int:
        with self.ctx.db.sessions() as session:
            self.matches = matching_candidates(session, self.pool_filter())
        self.count_label.setText(
            self.tr("{count} people with a valid consent match.").format(
                count=self.locale().toString(len(self.matches))
            )
        )
        return len(self.matches)

    def _accept(self) -> None:
        if self.count() == 0:
            return
        self.accept()


class PoolTab(QWidget):
    """The pool list with Add by filters, Add from a file of ids, and Remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.topic = ""
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notice = QLabel("", self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Result of the last change"))
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the pool"))
        self.filter.setAccessibleName(self.tr("Filter the pool"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = MemberModel(ctx.language, self)
        self.proxy = ContainsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Pool members"))
        fit_columns(self.table, 0, contents=(1, 2, 3, 4, 5))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add by filters…"), self)
        self.add_button.setToolTip(
            self.tr(
                "Add everyone with a valid consent who matches "
                "(e.g. who volunteered for this topic)"
            )
        )
        self.import_button = QPushButton(self.tr("Add from a &file of ids…"), self)
        self.import_button.setToolTip(
            self.tr(
                "A CSV with a column “id” (or only ids, one per "
                "line), e.g. exported from another tool"
            )
        )
        self.wizard_button = QPushButton(self.tr("&Import new people…"), self)
        self.wizard_button.setToolTip(
            self.tr(
                "Import a list of volunteers (CSV or Excel) as "
                "candidates, record their consent, and add them "
                "to this pool"
            )
        )
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.add_button.clicked.connect(self.add_by_filters)
        self.import_button.clicked.connect(self.add_from_file)
        self.wizard_button.clicked.connect(self.import_people)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        more = QHBoxLayout()
        for button in (self.wizard_button, self.remove_button):
            more.addWidget(button)
        more.addStretch(1)
        layout.addLayout(more)

    def load(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        if consultation_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        with self.ctx.db.sessions() as session:
            consultation = get_consultation(session, consultation_id)
            rows = members(session, consultation_id)
            status = consultation.status
            self.topic = consultation.topic
        self.model.set_rows(rows)
        editable = status in POOL_EDITABLE
        for button in (self.add_button, self.import_button, self.wizard_button, self.remove_button):
            button.setEnabled(editable)
        lapsed = sum(1 for m in rows if not m.eligible)
        text = self.tr("{count} people in the pool.").format(
            count=self.locale().toString(len(rows))
        )
        if lapsed:
            text += " " + self.tr(
                "{count} of them can no longer be selected (their consent "
                "was withdrawn or expired); the draw leaves them out."
            ).format(count=number_text(lapsed))
        if not editable:
            text += " " + self.tr("The pool is fixed: the participants were drawn from it.")
        self.summary.setText(text)

    def _after_change(self, change: PoolChange) -> None:
        self.notice.setText(change.summary())
        self.notice.setVisible(True)
        self.ctx.bus.announce("consultation")
        self.ctx.bus.status_message.emit(change.summary(), 10000)

    def _add(self, ids: Sequence[str]) -> None:
        consultation_id = self.consultation_id
        if consultation_id is None:
            return

        def work(_progress: Progress) -> PoolChange:
            with self.ctx.db.transaction() as session:
                return add_to_pool(session, consultation_id, ids)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Pool"), str(exc))

        run_operation(
            self,
            work,
            self._after_change,
            label=self.tr("Adding to the pool…"),
            cancellable=False,
            on_error=failed,
        )

    def add_by_filters(self) -> None:
        dialog = PoolFilterDialog(self.ctx, self.topic, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.matches:
            self._add(dialog.matches)

    def add_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add people from a file of ids"),
            str(self.ctx.paths.data_dir),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            ids = read_id_file(Path(path))
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Pool"), str(exc))
            return
        self._add(ids)

    def import_people(self) -> None:
        from desktop.views.candidates_consent import import_candidates

        ids = import_candidates(self.ctx, self)
        if ids:
            self.ctx.bus.announce("candidate")
            self._add(ids)

    def selected_candidate_ids(self) -> list[str]:
        result = []
        for index in self.table.selectionModel().selectedRows():
            member = self.proxy.data(index, ROW_ROLE)
            if isinstance(member, Member):
                result.append(member.candidate_id)
        return result

    def remove_selected(self) -> None:
        ids = self.selected_candidate_ids()
        if not ids or self.consultation_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the pool"),
            self.tr(
                "Remove {count} people from the pool? They stay in the candidate list and "
                "can be added again."
            ).format(count=number_text(len(ids))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.transaction() as session:
                removed = remove_from_pool(session, self.consultation_id, ids)
        except ConsultationError as exc:
            QMessageBox.warning(self, self.tr("Pool"), str(exc))
            return
        self.ctx.bus.announce("consultation")
        self.ctx.bus.status_message.emit(
            self.tr("{count} removed from the pool.").format(count=number_text(removed)), 6000
        )
