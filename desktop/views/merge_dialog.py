"""Side-by-side merge of two duplicate records: one radio button per differing field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
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

from desktop.services.merge import BOTH, KEEP, OTHER, MergeError, MergeField, MergeResult, compare
from desktop.services.merge import merge as merge_records
from desktop.views.context import AppContext

SHOWN_CHARS = 70


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    """Merges ``other_id`` into ``keep_id`` when accepted (the user may swap which is kept).

    ``exec()`` returns Accepted only once the merge is saved; :attr:`merge_result` then says what
    happened. Fields with the same value in both records are shown for reference, without a
    choice.
    """

    def __init__(self, ctx: AppContext, entity: str, keep_id: str, other_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.keep_id = keep_id
        self.other_id = other_id
        self.merge_result: MergeResult | None = None
        self.fields: list[MergeField] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.setMinimumSize(760, 520)

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.scroll_area, 1)

        quick = QHBoxLayout()
        self.all_left = QPushButton(self.tr("Use all from &left"), self)
        self.all_left.setToolTip(self.tr("Keep every value of the record on the left"))
        self.all_right = QPushButton(self.tr("Use all from &right"), self)
        self.all_right.setToolTip(self.tr("Take every differing value from the record on the "
                                          "right"))
        self.swap_button = QPushButton(self.tr("&Swap records"), self)
        self.swap_button.setToolTip(self.tr("Keep the record on the right instead, and merge "
                                            "the left one into it"))
        self.all_left.clicked.connect(lambda: self.choose_all(KEEP))
        self.all_right.clicked.connect(lambda: self.choose_all(OTHER))
        self.swap_button.clicked.connect(self.swap)
        for button in (self.all_left, self.all_right, self.swap_button):
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.setToolTip(self.tr("Merge the two records ({key})").format(
            key=QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)))
        self.merge_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    # -- building
    def load(self) -> None:
        try:
            with self.ctx.db.sessions() as session:
                self.fields = compare(session, self.entity, self.keep_id, self.other_id,
                                      self.ctx.language)
        except MergeError as exc:
            self.fields = []
            self.show_error(str(exc))
            self.merge_button.setEnabled(False)
        self._build()

    def _name(self, which: str) -> str:
        for field in self.fields:
            if field.key == "name":
                return str(field.keep_value if which == KEEP else field.other_value)
        return ""

    def _build(self) -> None:
        keep_name, other_name = self._name(KEEP), self._name(OTHER)
        self.intro.setText(self.tr(
            "For each field that differs, pick the value to keep. “{other}” will be merged "
            "into “{keep}”: its links and history move over, and it is removed (it stays in "
            "the trash, marked as merged).").format(other=other_name, keep=keep_name))
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate((self.tr("Field"), self.tr("Kept record (left)"),
                                       self.tr("Merged record (right)"))):
            header = QLabel(text, body)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.groups = {}
        first_radio: QRadioButton | None = None
        for row, field in enumerate(self.fields, start=1):
            label = QLabel(field.label, body)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if not field.differs:
                for column, text in ((1, field.keep_text), (2, field.other_text)):
                    same = QLabel(_short(text) or self.tr("(empty)"), body)
                    same.setToolTip(text)
                    same.setEnabled(False)
                    grid.addWidget(same, row, column)
                continue
            group = QButtonGroup(self)
            group.setExclusive(True)
            options = [(KEEP, field.keep_text, 1), (OTHER, field.other_text, 2)]
            if field.combinable and field.keep_text and field.other_text:
                options.append((BOTH, self.tr("Both"), 3))
            for choice, text, column in options:
                radio = QRadioButton(_short(text) or self.tr("(empty)"), body)
                radio.setToolTip(text)
                radio.setProperty("choice", choice)
                radio.setAccessibleName(self.tr("{field}: {value}").format(
                    field=field.label, value=text or self.tr("(empty)")))
                group.addButton(radio)
                grid.addWidget(radio, row, column)
                if choice == KEEP:
                    radio.setChecked(True)
                    if first_radio is None:
                        first_radio = radio
            self.groups[field.key] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)
        self.scroll_area.setWidget(body)
        if not self.groups:
            note = QLabel(self.tr("The two records have the same values; merging keeps the "
                                  "left one and moves the other's links and history to it."),
                          body)
            note.setWordWrap(True)
            grid.addWidget(note, len(self.fields) + 1, 0, 1, 3)
        for button in (self.all_left, self.all_right):
            button.setEnabled(bool(self.groups))
        if first_radio is not None:
            first_radio.setFocus()

    # -- choices
    def choices(self) -> dict[str, str]:
        """Field -> "keep" | "other" | "both" for every differing field."""
        result: dict[str, str] = {}
        for key, group in self.groups.items():
            checked = group.checkedButton()
            result[key] = str(checked.property("choice")) if checked is not None else KEEP
        return result

    def choose(self, key: str, choice: str) -> None:
        group = self.groups[key]
        for button in group.buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def choose_all(self, choice: str) -> None:
        for key in self.groups:
            self.choose(key, choice)

    def radio(self, key: str, choice: str) -> QAbstractButton:
        return next(b for b in self.groups[key].buttons() if b.property("choice") == choice)

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.error.hide()
        self.load()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- accept
    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                self.merge_result = merge_records(session, self.entity, self.keep_id, self.other_id,
                                            self.choices())
        except MergeError as exc:
            self.show_error(str(exc))
            return
        self.ctx.bus.announce(self.entity)
        self.ctx.bus.status_message.emit(
            self.tr("Merged “{other}” into “{keep}”.").format(
                other=self._name(OTHER), keep=self._name(KEEP)), 6000)
        super().accept()
