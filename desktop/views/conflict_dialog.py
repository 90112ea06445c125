"""The conflict dialog: per field, this computer's version, the server's, and the common base.

Opened from the Sync page's list of changes that need attention, and from any list page's
"Resolve sync conflict…" action on a selected row. Nothing is decided for the user: every
clashing field needs a choice (two buttons pick all of one side), and until the dialog is
accepted both versions stay kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models import SYNCED_ENTITIES
from desktop.services.sync.conflicts import (
    Choice,
    ConflictError,
    ConflictInfo,
    describe_value,
    entity_label,
    load_conflict,
    open_conflicts,
    resolve_conflict,
)
from desktop.views.context import AppContext
from desktop.views.list_actions import ListAction, ListPage, register_list_action


def local_time_text(value: dt.datetime | None) -> str:
    """A stored UTC time in the user's time zone and locale format."""
    if value is None:
        return QCoreApplication.translate("SyncPage", "never")
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class ConflictDialog(QDialog):
    """Pick "mine" or "theirs" for each field the server reported as changed on both sides."""

    def __init__(self, ctx: AppContext, entity: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity = entity
        self.record_id = record_id
        with ctx.db.sessions() as session:
            info = load_conflict(session, entity, record_id)
        self.info: ConflictInfo | None = info
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        if info is None:
            self.setWindowTitle(self.tr("Resolve conflict"))
            layout.addWidget(QLabel(self.tr("This conflict is no longer open."), self))
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            box.rejected.connect(self.reject)
            layout.addWidget(box)
            self.ok_button: QPushButton | None = None
            return
        self.setWindowTitle(self.tr("Resolve conflict: {kind} “{title}”").format(
            kind=entity_label(entity), title=info.title))
        when = local_time_text(info.detected_at)
        intro = QLabel(self.tr(
            "This record was changed on this computer and, in another office, on the server, "
            "before the two changes could meet (noticed {when}). For each field, choose the "
            "version to keep. Until you decide, both versions are kept; fields changed on "
            "only one side are merged on their own.").format(when=when), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(14)
        headers = [self.tr("Field"), self.tr("Before both changes"),
                   self.tr("Mine (this computer)"), self.tr("Theirs (server)")]
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", grid_host)
            grid.addWidget(header, 0, column)
        for row, choice in enumerate(info.fields, start=1):
            name = QLabel(choice.label, grid_host)
            base = QLabel(describe_value(choice.base, choice.field), grid_host)
            base.setWordWrap(True)
            base.setStyleSheet("color: palette(placeholder-text);")
            group = QButtonGroup(self)
            mine = QRadioButton(describe_value(choice.mine, choice.field), grid_host)
            theirs = QRadioButton(describe_value(choice.theirs, choice.field), grid_host)
            mine.setAccessibleName(self.tr("{field}: keep mine").format(field=choice.label))
            theirs.setAccessibleName(self.tr("{field}: take theirs").format(field=choice.label))
            for button in (mine, theirs):
                button.setToolTip(button.text())
                group.addButton(button)
            group.buttonToggled.connect(lambda *_: self._update())
            self.groups[choice.field] = group
            self.mine_buttons[choice.field] = mine
            self.theirs_buttons[choice.field] = theirs
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(base, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        quick = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Keep all &mine"), self)
        self.all_theirs = QPushButton(self.tr("Take all &theirs"), self)
        self.all_mine.clicked.connect(lambda: self._pick_all("mine"))
        self.all_theirs.clicked.connect(lambda: self._pick_all("theirs"))
        quick.addWidget(self.all_mine)
        quick.addWidget(self.all_theirs)
        quick.addStretch(1)
        layout.addLayout(quick)

        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Use these choices"))
        self.ok_button.setToolTip(self.tr("Keep the chosen values; they are sent at the next "
                                          "sync (Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(720, 320)
        self._update()
        first = next(iter(self.mine_buttons.values()), None)
        if first is not None:
            first.setFocus()

    def choices(self) -> dict[str, Choice]:
        out: dict[str, Choice] = {}
        for field in self.groups:
            if self.mine_buttons[field].isChecked():
                out[field] = "mine"
            elif self.theirs_buttons[field].isChecked():
                out[field] = "theirs"
        return out

    def _pick_all(self, side: Choice) -> None:
        buttons = self.mine_buttons if side == "mine" else self.theirs_buttons
        for button in buttons.values():
            button.setChecked(True)

    def _update(self) -> None:
        if self.ok_button is not None:
            self.ok_button.setEnabled(len(self.choices()) == len(self.groups))

    def accept(self) -> None:
        if self.info is None:
            super().accept()
            return
        choices = self.choices()
        if len(choices) != len(self.groups):
            self.error.setText(self.tr("Please choose a version for every field."))
            return
        try:
            with self._ctx.db.transaction() as session:
                resolve_conflict(session, self.entity, self.record_id, choices)
        except ConflictError as exc:
            self.error.setText(str(exc))
            return
        self._ctx.bus.announce(self.entity)
        self._ctx.bus.status_message.emit(
            self.tr("Your choice is kept and will be sent at the next sync."), 8000)
        super().accept()


def resolve_selected(page: ListPage) -> None:
    """List action: open the conflict dialog for the first selected record in conflict."""
    ctx = page.ctx
    with ctx.db.sessions() as session:
        in_conflict = open_conflicts(session, page.entity, page.selected_ids())
    if not in_conflict:
        ctx.bus.status_message.emit(QCoreApplication.translate(
            "ConflictDialog", "The selected record has no sync conflict."), 6000)
        return
    dialog = ConflictDialog(ctx, page.entity, in_conflict[0], page.widget())
    if dialog.exec() == QDialog.DialogCode.Accepted:
        page.refresh()


MAX_CHECKED = 500
"""Above this many selected rows the action stays enabled (and says so when nothing is in
conflict) rather than query the database on every click."""


def selection_in_conflict(page: ListPage, ids: list[str]) -> bool:
    """Whether one of the selected records has an open sync conflict."""
    if len(ids) > MAX_CHECKED:
        return True
    with page.ctx.db.sessions() as session:
        return bool(open_conflicts(session, page.entity, ids))


for _entity in SYNCED_ENTITIES:
    register_list_action(ListAction(
        entity=_entity,
        key="resolve-sync-conflict",
        text=lambda: QCoreApplication.translate("ConflictDialog", "Resolve sync &conflict…"),
        handler=resolve_selected,
        needs_selection=True,
        enabled_for=selection_in_conflict,
    ))
