"""First start: the language, then start a new database (country and office), or join an
existing server.

Joining is what a help office usually wants: the office, the country and its regions come from
the user's account on the server, and the first sync downloads the office's data. The work
runs off the GUI thread with progress; a wrong password or an unreachable server is said in
the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.progress import Progress
from desktop.services.sync.account import Account
from desktop.services.sync.join import JoinResult
from desktop.services.sync.messages import describe_error
from desktop.views.office_picker import OfficePicker
from desktop.views.operations import Operation, run_operation
from desktop.views.translation import UI_LANGUAGES, install_translators, remove_translators
from desktop.views.widgets import page_title

JoinWork = Callable[[Account, str, Progress], JoinResult]


class FirstStartDialog(QDialog):
    """Asks the language, then the home country and the office (regions are then pre-filled
    from ISO 3166-2), or the server, user name and password of an existing server to join.
    Choosing a language shows the dialog in it at once (right to left for Arabic); what was
    already typed or picked stays."""

    def __init__(self, language: str, parent: QWidget | None = None,
                 join: JoinWork | None = None) -> None:
        super().__init__(parent)
        self._join = join
        self._operation: Operation | None = None
        self.joined: JoinResult | None = None
        self._language = language
        self._content: QWidget | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._build()
        self.resize(560, 420)
        self.picker.country.setFocus()

    def _build(self) -> None:
        """Build the dialog's content in the current UI language (again after a change)."""
        content = QWidget(self)
        self.setWindowTitle(self.tr("Welcome to Diaspora Desk"))
        layout = QVBoxLayout(content)
        layout.addWidget(page_title(self.tr("Welcome to Diaspora Desk"), content))
        language_form = QFormLayout()
        self.language_box = QComboBox(content)
        for code, name in UI_LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self._language), 0))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        language_form.addRow(self.tr("&Language:"), self.language_box)
        layout.addLayout(language_form)
        self._build_choices(content, layout)
        self._outer.addWidget(content)
        self._content = content

    def _build_choices(self, content: QWidget, layout: QVBoxLayout) -> None:
        self.new_database = QRadioButton(self.tr("Start a &new database"), content)
        self.join_server = QRadioButton(self.tr("&Join an existing server"), content)
        self.new_database.setChecked(True)
        group = QButtonGroup(content)
        group.addButton(self.new_database)
        group.addButton(self.join_server)
        layout.addWidget(self.new_database)
        layout.addWidget(self.join_server)
        self.join_server.setVisible(self._join is not None)

        self.pages = QStackedWidget(content)
        new_page = QWidget(self.pages)
        new_layout = QVBoxLayout(new_page)
        new_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr("Tell us which country your office serves and who uses this desktop. "
                    "The country's regions are filled in for you; you can add, rename or "
                    "retire them later under Regions."),
            new_page,
        )
        intro.setWordWrap(True)
        new_layout.addWidget(intro)
        self.picker = OfficePicker(self._language, new_page)
        new_layout.addWidget(self.picker)
        new_layout.addStretch(1)
        self.pages.addWidget(new_page)

        join_page = QWidget(self.pages)
        join_layout = QVBoxLayout(join_page)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_intro = QLabel(
            self.tr("Your office, country and regions come from your account on the server, "
                    "and your office's data is downloaded now. Ask your administrator for the "
                    "server address and your user name."), join_page)
        join_intro.setWordWrap(True)
        join_layout.addWidget(join_intro)
        form = QFormLayout()
        self.server = QLineEdit(join_page)
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(join_page)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(join_page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        join_layout.addLayout(form)
        self.join_status = QLabel("", join_page)
        self.join_status.setWordWrap(True)
        self.join_status.setAccessibleName(self.tr("Joining status"))
        join_layout.addWidget(self.join_status)
        join_layout.addStretch(1)
        self.pages.addWidget(join_page)
        layout.addWidget(self.pages, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, content
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.picker.changed.connect(self._update)
        for field in (self.server, self.user, self.password):
            field.textChanged.connect(self._update)
        self.join_server.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language_box.currentData() or "en")
        if code == self._language or self._operation is not None:
            return
        kept = (self.join_server.isChecked(), self.server.text(), self.user.text(),
                self.password.text(), self.picker.country_code(), self.picker.region_code())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            remove_translators(app, app.findChildren(QTranslator))
            install_translators(app, code)
        self._language = code
        if self._content is not None:
            self._content.hide()
            self._content.deleteLater()
        self._build()
        joining, server, user, password, country, region = kept
        self.join_server.setChecked(joining)
        self.server.setText(server)
        self.user.setText(user)
        self.password.setText(password)
        if country:
            self.picker.set_office(country, "")
            self.picker.select_region(region)
        self.language_box.setFocus()

    def language(self) -> str:
        """The language chosen for the app (the one the dialog is shown in)."""
        return self._language

    def _mode_changed(self) -> None:
        joining = self.join_server.isChecked()
        self.pages.setCurrentIndex(1 if joining else 0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Join") if joining else self.tr("&Start"))
        (self.server if joining else self.picker.country).setFocus()
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.join_server.isChecked():
            ok.setEnabled(self._operation is None and bool(
                self.server.text().strip() and self.user.text().strip()
                and self.password.text()))
        else:
            ok.setEnabled(self.picker.is_complete())

    def accept(self) -> None:
        if not self.join_server.isChecked():
            if self.picker.is_complete():
                super().accept()
            return
        if self._join is None or self._operation is not None:
            return
        account = Account.of(self.server.text(), self.user.text())
        password = self.password.text()
        join = self._join
        self.join_status.setText(self.tr("Connecting to {server}…").format(
            server=account.server_url))
        self._operation = run_operation(
            self, lambda progress: join(account, password, progress), self._joined,
            label=self.tr("Joining {server}").format(server=account.server_url),
            on_error=self._join_failed, on_cancel=self._join_cancelled)
        self._operation.finished.connect(self._join_finished)
        self._update()

    def _joined(self, result: object) -> None:
        assert isinstance(result, JoinResult)
        self.joined = result
        super().accept()

    def _join_failed(self, exc: BaseException) -> None:
        self.join_status.setText(describe_error(exc))
        self.password.selectAll()
        self.password.setFocus()

    def _join_cancelled(self) -> None:
        self.join_status.setText(self.tr("Stopped. Nothing is lost: what was downloaded is "
                                         "kept, and the next sync goes on from there."))

    def _join_finished(self) -> None:
        self._operation = None
        self._update()

    def account(self) -> Account:
        return Account.of(self.server.text(), self.user.text())

    def country_code(self) -> str:
        return self.picker.country_code()

    def region_code(self) -> str:
        return self.picker.region_code()
