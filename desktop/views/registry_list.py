"""What the association, focal-point and candidate list pages share: the toolbar (with the
actions other features register; it wraps rather than hiding actions, and Tab reaches them),
the table (columns fitted to their translated headers), loading off the GUI thread,
multi-selection, delete with an Undo bar, and the :class:`~desktop.views.list_actions.ListPage`
protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from desktop.services import identity
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.views.action_row import ActionRow
from desktop.views.context import AppContext
from desktop.views.flow_layout import FlowLayout
from desktop.views.form_widgets import add_shortcut
from desktop.views.list_actions import ListAction, ListPage, actions_for
from desktop.views.operations import run_operation
from desktop.views.row_proxy import RowProxy
from desktop.views.table_columns import ColumnFitter, fit_columns
from desktop.views.widgets import FitComboBox, page_layout

FILTER_DELAY_MS = 120
"""Pause after a keystroke before filtering, so fast typing filters once, not per letter."""


def shortcut_text(keys: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class RegistryListPage(QWidget):
    """Base of a registry list page; subclasses build the model, proxy and filters."""

    entity = ""

    def __init__(self, ctx: AppContext, title: str, subtitle: str) -> None:
        super().__init__()
        self.ctx = ctx
        identity.use_settings(ctx.settings)
        self._generation = 0
        self._loading = False
        self._pending_select: list[str] = []
        self._undo: Callable[[], None] | None = None
        self._tab_ordered = False
        self._conditions: list[tuple[QAction, Callable[[ListPage, list[str]], bool]]] = []
        self.page = page_layout(self, title, subtitle)

        self.toolbar = ActionRow(self)
        self.toolbar.setAccessibleName(QCoreApplication.translate("RegistryListPage", "Actions"))
        self.page.addWidget(self.toolbar)

        self.filters = QHBoxLayout()
        self.filters.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.filters.addWidget(self.search, 1)
        self.page.addLayout(self.filters)
        # The filter combo boxes, on a line of their own that wraps when their translated
        # "All …" choices need more than the page's width.
        self.choices = FlowLayout(spacing=6, line_spacing=6)
        self.page.addLayout(self.choices)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_text_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.search.returnPressed.connect(self.apply_text_filter)

        self.table = QTableView(self)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(title)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.page.addWidget(self.table, 1)

        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.undo_label = QLabel("", self.undo_bar)
        self.undo_button = QPushButton(
            QCoreApplication.translate("RegistryListPage", "&Undo"), self.undo_bar
        )
        self.undo_button.setToolTip(
            QCoreApplication.translate("RegistryListPage", "Undo ({keys})").format(
                keys=shortcut_text(QKeySequence.StandardKey.Undo)
            )
        )
        self.undo_button.clicked.connect(self.undo)
        close = QToolButton(self.undo_bar)
        close.setText("✕")
        close.setAccessibleName(QCoreApplication.translate("RegistryListPage", "Hide"))
        close.setAutoRaise(True)
        close.clicked.connect(self._hide_undo)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(close)
        self.undo_bar.setVisible(False)
        self.page.addWidget(self.undo_bar)

        self.count_label = QLabel("", self)
        self.count_label.setAccessibleName(
            QCoreApplication.translate("RegistryListPage", "Number of records shown")
        )
        self.page.addWidget(self.count_label)

        add_shortcut(self, QKeySequence.StandardKey.Undo, self.undo)
        add_shortcut(self, QKeySequence.StandardKey.Find, self._focus_search)
        add_shortcut(self.table, QKeySequence.StandardKey.Delete, self.delete_selected)
        ctx.bus.changed.connect(self._on_changed)

    # -- subclasses provide
    def proxy(self) -> RowProxy:
        raise NotImplementedError

    def load_rows(self, progress: Progress) -> Any:
        """Read the rows (runs in a worker thread; open a session here)."""
        raise NotImplementedError

    def show_rows(self, rows: Any) -> None:
        raise NotImplementedError

    def id_at(self, proxy_row: int) -> str:
        raise NotImplementedError

    def apply_text_filter(self) -> None:
        raise NotImplementedError

    def open_record(self, record_id: str | None) -> None:
        raise NotImplementedError

    def delete_records(self, ids: Sequence[str]) -> int:
        raise NotImplementedError

    def restore_records(self, ids: Sequence[str]) -> int:
        raise NotImplementedError

    def deleted_message(self, count: int) -> str:
        raise NotImplementedError

    def total_count(self) -> int:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- toolbar helpers
    def add_action(
        self,
        text: str,
        slot: Callable[[], None],
        keys: str | QKeySequence.StandardKey = "",
        tooltip: str = "",
        needs_selection: bool = False,
        hint: str | QKeySequence.StandardKey = "",
    ) -> QAction:
        """A toolbar action. ``keys`` is a shortcut active anywhere on the page; ``hint`` only
        names, in the tooltip, a key that works in the table (Enter, Delete), where it cannot
        clash with typing in the filter box."""
        action = QAction(text, self)
        tip = tooltip or text.replace("&", "").rstrip("…")
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        shown = keys or hint
        action.setToolTip(f"{tip} ({shortcut_text(shown)})" if shown else tip)
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("needs_selection", needs_selection)
        self.toolbar.addAction(action)
        return action

    def fit_columns(self, stretch: int, widths: Mapping[int, int],
                    values: Mapping[int, Iterable[str]]) -> ColumnFitter:
        """Columns at least as wide as their translated header; ``stretch`` takes the rest;
        ``values`` are the texts of short columns (statuses …), which fit the longest."""
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return fit_columns(self.table, stretch, widths=widths, values=values,
                           stretch_minimum=widths.get(stretch, 0))

    def add_choice(self, name: str) -> QComboBox:
        """A filter combo box on the filters line, as wide as its current choice; the line
        wraps, so long names in any language never push the page wider than the window."""
        combo = FitComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        self.choices.addWidget(combo)
        return combo

    def add_registered_actions(self) -> None:
        """Every action other features registered for this entity (import, export …)."""
        registered = actions_for(self.entity)
        if registered:
            self.toolbar.addSeparator()
        for item in registered:
            self._add_registered(item)

    def _add_registered(self, item: ListAction) -> None:
        action = self.add_action(
            item.text(),
            lambda: item.handler(self),
            item.shortcut,
            needs_selection=item.needs_selection,
        )
        if item.enabled_for is not None:
            self._conditions.append((action, item.enabled_for))

    def update_actions(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        for action in self.toolbar.actions():
            if action.property("needs_selection"):
                action.setEnabled(has_selection)
        if self._conditions:
            ids = self.selected_ids() if has_selection else []
            for action, condition in self._conditions:
                action.setEnabled(bool(ids) and condition(self, ids))

    def finish_setup(self) -> None:
        """Called by subclasses once the model and proxy are set on the table."""
        self.proxy().filtering_finished.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_ordered:  # once the page sits in the window, whose chain it joins
            self._tab_ordered = True
            self._order_tab_chain()
        super().showEvent(event)

    def _order_tab_chain(self) -> None:
        """Tab goes the way the page reads: toolbar, filter box, filters, then the table
        (the toolbar's buttons are made after the table, which would put them last)."""
        chain = self.toolbar.focus_widgets()
        for layout in (self.filters, self.choices):
            items = (layout.itemAt(i) for i in range(layout.count()))
            chain += [w for item in items if item is not None and (w := item.widget()) is not None]
        chain.append(self.table)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def user(self) -> str:
        """Who is working, for the history of what this page changes."""
        return identity.current_user_name(self.ctx.settings)

    # -- ListPage protocol
    def visible_ids(self) -> list[str]:
        self.proxy().finish_filtering()
        return [self.id_at(row) for row in range(self.proxy().rowCount())]

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.id_at(row) for row in rows]

    def widget(self) -> QWidget:
        return self

    def refresh(self) -> None:
        """Reload the rows: at once when the list is small, else in a worker thread while the
        current rows (or a first page) stay on screen and usable."""
        self._generation += 1
        generation = self._generation
        selected = self._pending_select or self.selected_ids()
        self._pending_select = []

        def done(rows: object) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            self._loading = False
            self.show_rows(rows)
            self.select_ids(selected)
            self._update_count()

        if self.load_synchronously():
            done(self.load_rows(NO_PROGRESS))
            return
        self._loading = True
        preview = self.load_preview() if self.total_count() == 0 else None
        if preview is not None:
            self.show_rows(preview)
        self._update_count()
        run_operation(None, self.load_rows, done)

    def load_synchronously(self) -> bool:
        """Whether :meth:`load_rows` is quick enough to run on the GUI thread."""
        return True

    def load_preview(self) -> Any | None:
        """Rows to show while a long load runs (e.g. the first page by name), or None."""
        return None

    def is_loading(self) -> bool:
        return self._loading

    def _on_changed(self, entity: str) -> None:
        if entity in (self.entity, "*"):
            self.refresh()

    def select_ids(self, ids: Sequence[str], scroll: bool = True) -> None:
        wanted = set(ids)
        model = self.proxy()
        if wanted:
            model.finish_filtering()
        selection = QItemSelection()
        first = None
        if wanted:
            for row in range(model.rowCount()):
                if self.id_at(row) in wanted:
                    selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
                    if first is None:
                        first = row
                    if len(wanted) == 1:
                        break
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            if scroll:
                self.table.scrollTo(model.index(first, 0))
        self.update_actions()

    def select_after_refresh(self, ids: Sequence[str]) -> None:
        self._pending_select = list(ids)

    def _update_count(self) -> None:
        shown, total = self.proxy().rowCount(), self.total_count()
        text = self.count_text(shown, total)
        if self.proxy().is_filtering():
            text = QCoreApplication.translate(
                "RegistryListPage", "Filtering… {shown} found so far"
            ).format(shown=self.locale().toString(shown))
        if self._loading:
            text = (
                QCoreApplication.translate("RegistryListPage", "{counts} — loading…").format(
                    counts=text
                )
                if total
                else QCoreApplication.translate("RegistryListPage", "Loading…")
            )
        self.count_label.setText(text)

    def filters_changed(self) -> None:
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- record actions
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_record(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = self.delete_records(ids)
        if not count:
            return
        self.ctx.bus.announce(self.entity)

        def undo() -> None:
            restored = self.restore_records(ids)
            self.select_after_refresh(ids)
            self.ctx.bus.announce(self.entity)
            self.ctx.bus.status_message.emit(
                QCoreApplication.translate(
                    "RegistryListPage", "Undone: {count} record(s) restored."
                ).format(count=restored),
                5000,
            )

        message = self.deleted_message(count)
        self.show_undo(message, undo)

    def show_undo(self, message: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.undo_label.setText(message)
        self.undo_bar.setVisible(True)
        self.ctx.bus.status_message.emit(
            QCoreApplication.translate(
                "RegistryListPage", "{message} Press {keys} to undo."
            ).format(message=message, keys=shortcut_text(QKeySequence.StandardKey.Undo)),
            10000,
        )

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self._hide_undo()
        if undo is not None:
            undo()

    def _hide_undo(self) -> None:
        self.undo_bar.setVisible(False)
