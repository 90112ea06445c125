"""The Sync section: which server and user, logging in, Sync now, automatic sync, and the
changes sync could not finish on its own (conflicts and refused changes).

Sync always runs off the GUI thread (``run_operation``) with an inline progress bar and Cancel.
Being offline is normal for these offices: it is a calm status line and a status-bar note,
never an error box per attempt. An expired login pauses sync, keeps the outbox, and asks to
log in again (at once when the user pressed Sync now; on the page when a timer sync hit it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.progress import Progress
from desktop.services.secrets import keyring_usable
from desktop.services.sync import Account, SyncReport, has_login, log_in, log_out, run_sync
from desktop.services.sync.conflicts import (
    ConflictError,
    Problem,
    discard_local_change,
    discard_plan,
    entity_label,
    list_problems,
)
from desktop.services.sync.messages import describe_error, is_offline, needs_login
from desktop.services.sync.notices import recent_clashes_won
from desktop.services.sync.runner import local_device_id
from desktop.services.sync.status import SyncStatus, sync_status
from desktop.views.conflict_dialog import ConflictDialog, local_time_text
from desktop.views.context import AppContext
from desktop.views.operations import Operation, run_operation
from desktop.views.table_columns import fit_columns
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.translation import list_text
from desktop.views.widgets import page_layout
from sync.client import Incompatible
from sync.protocol import UserInfo

log = logging.getLogger(__name__)

MAX_AUTO_MINUTES = 24 * 60


class PasswordDialog(QDialog):
    """Asks for the password once and logs in off the GUI thread; errors stay in the dialog."""

    def __init__(self, ctx: AppContext, account: Account, parent: QWidget | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.last_error = ""
        self._ctx = ctx
        self.account = account
        self.user: UserInfo | None = None
        self._operation: Operation | None = None
        self.setWindowTitle(self.tr("Log in to the sync server"))
        layout = QVBoxLayout(self)
        intro = QLabel(message or self.tr("Log in to {server} as {user}.").format(
            server=account.server_url, user=account.username), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        if keyring_usable():
            note = self.tr("The login is kept in this computer's password store (keyring), "
                           "not the password itself.")
        else:
            note = self.tr("This computer has no password store (keyring): the password is "
                           "kept in memory only, until Diaspora Desk is closed.")
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.note)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.password.setFocus()

    def accept(self) -> None:
        if self._operation is not None:
            return
        secret = self.password.text()
        if not secret:
            self.error.setText(self.tr("Please type your password."))
            return
        self.error.setText(self.tr("Logging in…"))
        self.ok_button.setEnabled(False)
        db, account = self._ctx.db, self.account

        def work(_progress: Progress) -> UserInfo:
            return log_in(account, secret, local_device_id(db))

        self._operation = run_operation(None, work, self._logged_in, on_error=self._failed)

    def _logged_in(self, user: object) -> None:
        self._operation = None
        self.user = user if isinstance(user, UserInfo) else None
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._operation = None
        self.ok_button.setEnabled(True)
        self.last_error = describe_error(exc)
        self.error.setText(self.last_error)
        self.password.selectAll()
        self.password.setFocus()


class ProblemModel(RowTableModel[Problem]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(lambda: QCoreApplication.translate("SyncPage", "Kind"), _problem_kind),
            Column(lambda: QCoreApplication.translate("SyncPage", "Record"),
                   lambda p: f"{entity_label(p.entity)}: {p.title}"),
            Column(lambda: QCoreApplication.translate("SyncPage", "What happened"),
                   lambda p: p.message),
            Column(lambda: QCoreApplication.translate("SyncPage", "Since"),
                   lambda p: local_time_text(p.since),
                   sort_key=lambda p: p.since.timestamp() if p.since else 0),
        ], parent)


def _problem_kind(problem: Problem) -> str:
    if problem.kind == "conflict":
        return QCoreApplication.translate("SyncPage", "Conflict")
    return QCoreApplication.translate("SyncPage", "Refused")


class SyncPage(QWidget):
    """Server, login, Sync now / automatic sync, status, and the changes needing attention."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._operation: Operation | None = None
        self._user: UserInfo | None = None
        self._interactive = False
        layout = page_layout(self, self.tr("Sync"), self.tr(
            "Send this office's changes to the central server and receive the other offices' "
            "work. Everything keeps working without a connection; sync whenever you are "
            "online. Nothing typed is ever thrown away: when two offices changed the same "
            "field, you choose which version to keep."))

        server_box = QGroupBox(self.tr("Server"), self)
        form = QFormLayout(server_box)
        self.server = QLineEdit(ctx.settings.server_url, server_box)
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(ctx.settings.username, server_box)
        self.user.setAccessibleName(self.tr("User name"))
        self.server.editingFinished.connect(self._save_account)
        self.user.editingFinished.connect(self._save_account)
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        login_row = QHBoxLayout()
        self.login_state = QLabel("", server_box)
        self.login_state.setWordWrap(True)
        self.login_button = QPushButton(self.tr("&Log in…"), server_box)
        self.logout_button = QPushButton(self.tr("Log &out"), server_box)
        self.login_button.clicked.connect(lambda: self.log_in())
        self.logout_button.clicked.connect(self.log_out)
        login_row.addWidget(self.login_state, 1)
        login_row.addWidget(self.login_button)
        login_row.addWidget(self.logout_button)
        form.addRow(login_row)
        self.keyring_note = QLabel(self.tr(
            "No password store (keyring) was found on this computer. Your password is kept "
            "only while Diaspora Desk runs, so you will be asked for it once per session."),
            server_box)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")
        self.keyring_note.setVisible(not keyring_usable())
        form.addRow(self.keyring_note)
        layout.addWidget(server_box)

        sync_box = QGroupBox(self.tr("Sync"), self)
        sync_layout = QVBoxLayout(sync_box)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"), sync_box)
        self.sync_button.setShortcut(QKeySequence("F5"))
        self.sync_button.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.sync_button.clicked.connect(lambda: self.sync_now(interactive=True))
        row.addWidget(self.sync_button)
        row.addSpacing(16)
        auto_label = QLabel(self.tr("Sync &automatically every"), sync_box)
        self.auto_minutes = QSpinBox(sync_box)
        self.auto_minutes.setRange(0, MAX_AUTO_MINUTES)
        self.auto_minutes.setSpecialValueText(self.tr("never"))
        self.auto_minutes.setSuffix(self.tr(" min"))
        self.auto_minutes.setAccessibleName(self.tr("Minutes between automatic syncs"))
        self.auto_minutes.setToolTip(self.tr("0 turns automatic sync off"))
        self.auto_minutes.setValue(max(0, min(ctx.settings.auto_sync_minutes,
                                              MAX_AUTO_MINUTES)))
        auto_label.setBuddy(self.auto_minutes)
        self.auto_minutes.valueChanged.connect(self._auto_changed)
        row.addWidget(auto_label)
        row.addWidget(self.auto_minutes)
        row.addStretch(1)
        sync_layout.addLayout(row)
        self.summary = QLabel("", sync_box)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sync summary"))
        sync_layout.addWidget(self.summary)
        self.kept_values = QLabel("", sync_box)
        self.kept_values.setWordWrap(True)
        self.kept_values.setAccessibleName(self.tr("Values of yours kept over another office's"))
        sync_layout.addWidget(self.kept_values)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(sync_box)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), sync_box)
        self.cancel_button.setToolTip(self.tr("Stop after the current step; what was already "
                                              "sent and received is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        sync_layout.addLayout(progress_row)
        self.status = QLabel("", sync_box)
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sync_layout.addWidget(self.status)
        layout.addWidget(sync_box)

        problems_box = QGroupBox(self.tr("Needs your attention"), self)
        problems_layout = QVBoxLayout(problems_box)
        self.problems = ProblemModel(self)
        self.table = QTableView(problems_box)
        self.table.setModel(self.problems)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Changes that need your attention"))
        fit_columns(self.table, (1, 2), contents=(0, 3))
        self.table.doubleClicked.connect(lambda _index: self.resolve_selected())
        problems_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("&Resolve…"), problems_box)
        self.resolve_button.setToolTip(self.tr("Choose, field by field, which version to keep"))
        self.discard_button = QPushButton(self.tr("&Discard my change…"), problems_box)
        self.discard_button.setToolTip(self.tr("Give up this computer's change and go back to "
                                               "the server's version"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        problems_layout.addLayout(buttons)
        layout.addWidget(problems_box, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(interactive=False))
        ctx.bus.changed.connect(self._on_data_changed)
        self._set_running(False)
        self._restart_timer()
        self.refresh()
        if self.account().configured:
            ctx.bus.connection_state.emit(self.tr("Sync: {server} (last sync: {when})").format(
                server=self.account().server_url,
                when=local_time_text(self._status().last_sync_at)), False)

    # -- account and login

    def account(self) -> Account:
        return Account.of(self.server.text(), self.user.text())

    def _save_account(self) -> None:
        account = self.account()
        settings = self._ctx.settings
        if (settings.server_url, settings.username) != (account.server_url, account.username):
            if self.server.text().strip() and account.server_url != self.server.text().strip():
                self.server.setText(account.server_url)
            settings.server_url, settings.username = account.server_url, account.username
            self._user = None
            self._ctx.save_settings()
            self.refresh()

    def log_in(self, message: str = "", then: Callable[[], None] | None = None) -> bool:
        self._save_account()
        account = self.account()
        if not account.configured:
            self._say(self.tr("Enter the server address and your user name first."))
            (self.server if not account.server_url else self.user).setFocus()
            return False
        dialog = PasswordDialog(self._ctx, account, self, message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.last_error:  # the page says why the attempt failed
                self._say(self.tr("Not logged in: {reason}").format(reason=dialog.last_error))
            self.refresh()
            return False
        self._user = dialog.user
        self._say(self.tr("Logged in as {user}. Press Sync now to send and receive "
                          "changes.").format(user=account.username))
        self._ctx.bus.connection_state.emit(
            self.tr("Logged in to {server}").format(server=account.server_url), True)
        self.refresh()
        if then is not None:
            then()
        return True

    def log_out(self) -> None:
        account = self.account()
        if not account.configured:
            return
        self._user = None

        def work(_progress: Progress) -> None:
            log_out(account)

        run_operation(None, work, lambda _r: self._logged_out(),
                      on_error=lambda exc: self._logged_out())

    def _logged_out(self) -> None:
        self._say(self.tr("Logged out. Your changes stay on this computer until the next "
                          "sync."))
        self.refresh()

    # -- syncing

    def sync_now(self, interactive: bool = True) -> None:
        """Start a sync in the background (no-op while one is running)."""
        if self._operation is not None:
            return
        self._save_account()
        account = self.account()
        if not account.configured:
            if interactive:
                self._say(self.tr("Enter the server address and your user name first."))
            return
        if not has_login(account):
            if interactive:
                self.log_in(then=lambda: self.sync_now(interactive=True))
            else:
                self._say(self.tr("Automatic sync is waiting for you to log in."))
            return
        self._interactive = interactive
        db = self._ctx.db

        def work(progress: Progress) -> SyncReport:
            return run_sync(db, account, progress)

        self._set_running(True)
        self._say(self.tr("Syncing with {server}…").format(server=account.server_url))
        operation = run_operation(None, work, self._synced, on_error=self._failed,
                                  on_cancel=self._cancelled)
        operation.progressed.connect(self._show_progress)
        operation.finished.connect(self._finished)
        self._operation = operation

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the current step…"))

    def is_running(self) -> bool:
        return self._operation is not None

    def _show_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # receiving: the total is not known in advance
        if message:
            self.progress.setFormat(message)
            self.progress.setToolTip(message)

    def _synced(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        when = local_time_text(report.finished_at)
        text = self.tr("Synced at {when}: sent {sent} changes, received {received} "
                       "records.").format(when=when, sent=report.push.sent,
                                          received=report.pull.received)
        if report.status.conflicts or report.status.refused:
            text += " " + self.tr("{count} changes need your attention below.").format(
                count=report.status.conflicts + report.status.refused)
        if report.clashes_won:
            text += " " + self.tr("Another office proposed other values for {count} of your "
                                  "records; yours were kept (see below).").format(
                                      count=report.clashes_won)
        self._say(text)
        self._ctx.bus.connection_state.emit(
            self.tr("Online — last sync {when}").format(when=when), True)
        if report.pull.received or report.push.sent:
            self._ctx.bus.announce("*")

    def _failed(self, exc: BaseException) -> None:
        message = describe_error(exc)
        self._say(message)
        if is_offline(exc):
            self._ctx.bus.connection_state.emit(self.tr("Offline — will sync when the server "
                                                        "can be reached"), False)
        elif isinstance(exc, Incompatible):
            self._ctx.bus.connection_state.emit(message, False)
        elif needs_login(exc):
            self._user = None
            self._ctx.bus.connection_state.emit(self.tr("Sync paused — please log in again"),
                                                False)
            if self._interactive:
                QTimer.singleShot(0, lambda: self.log_in(
                    message, then=lambda: self.sync_now(interactive=True)))
        else:
            log.warning("Sync failed: %s", exc)
            self._ctx.bus.connection_state.emit(self.tr("Sync failed — see the Sync page"),
                                                False)

    def _cancelled(self) -> None:
        self._say(self.tr("Sync stopped. What was already sent and received is kept; the "
                          "next sync continues from there."))

    def _finished(self) -> None:
        self._operation = None
        self._set_running(False)
        self.refresh()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.sync_button.setEnabled(not running)
        self.server.setReadOnly(running)
        self.user.setReadOnly(running)
        self.login_button.setEnabled(not running)
        self.logout_button.setEnabled(not running)
        if running:
            self.progress.setRange(0, 0)
            self.progress.setFormat("")

    def _auto_changed(self, minutes: int) -> None:
        self._ctx.settings.auto_sync_minutes = minutes
        self._ctx.save_settings()
        self._restart_timer()

    def _restart_timer(self) -> None:
        minutes = self.auto_minutes.value()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    # -- status and problems

    def _status(self) -> SyncStatus:
        with self._ctx.db.sessions() as session:
            return sync_status(session, self.account())

    def _on_data_changed(self, _entity: str) -> None:
        if self._operation is None:
            self.refresh()

    def refresh(self) -> None:
        account = self.account()
        status = self._status()
        logged_in = account.configured and has_login(account)
        if not account.configured:
            self.login_state.setText(self.tr("Enter the server address and your user name."))
        elif not logged_in:
            self.login_state.setText(self.tr("Not logged in."))
        elif self._user is not None and self._user.role == "regional":
            self.login_state.setText(self.tr("Logged in as {user} (regional office: "
                                             "{regions}).").format(
                user=self._user.username, regions=list_text(self._user.regions)))
        else:
            self.login_state.setText(self.tr("Logged in as {user}.").format(
                user=account.username))
        self.logout_button.setVisible(logged_in)
        self.summary.setText(self.tr(
            "Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: "
            "{conflicts} · Refused: {refused}").format(
                when=local_time_text(status.last_sync_at),
                pending=QLocale().toString(status.pending),
                conflicts=QLocale().toString(status.conflicts),
                refused=QLocale().toString(status.refused)))
        with self._ctx.db.sessions() as session:
            self.problems.set_rows(list_problems(session))
            kept = recent_clashes_won(session, limit=3)
        self.kept_values.setVisible(bool(kept))
        self.kept_values.setText("\n".join(
            self.tr("Your value was kept: {record} ({fields}); {user} proposed another and "
                    "decides on their side.").format(
                        record=notice.what, fields=list_text(list(notice.fields)),
                        user=notice.by) for notice in kept))
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def selected_problem(self) -> Problem | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.problems.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, Problem) else None

    def _update_buttons(self) -> None:
        problem = self.selected_problem()
        self.resolve_button.setEnabled(problem is not None and problem.kind == "conflict")
        self.discard_button.setEnabled(problem is not None)

    def select_problem(self, record_id: str) -> None:
        for row, problem in enumerate(self.problems.rows()):
            if problem.record_id == record_id:
                self.table.selectRow(row)
                return

    def conflict_dialog(self, problem: Problem) -> ConflictDialog:
        return ConflictDialog(self._ctx, problem.entity, problem.record_id, self)

    def resolve_selected(self) -> None:
        problem = self.selected_problem()
        if problem is None or problem.kind != "conflict":
            return
        if self.conflict_dialog(problem).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def discard_selected(self) -> None:
        problem = self.selected_problem()
        if problem is None:
            return
        with self._ctx.db.sessions() as session:
            plan = discard_plan(session, problem.entity, problem.record_id)
        name = f"{entity_label(problem.entity)} “{problem.title}”"
        if plan.deletes_local_record:
            question = self.tr("{record} is not on the server, or no longer belongs to your "
                               "offices. Discarding your change deletes it from this computer. "
                               "Discard it?").format(record=name)
        elif plan.restores_server_copy:
            question = self.tr("Discard your change to {record} and go back to the server's "
                               "version?").format(record=name)
        elif plan.restores_prefilled:
            question = self.tr("Discard your change to {record} and go back to its original "
                               "values?").format(record=name)
        else:
            question = self.tr("Discard your change to {record}? The next sync downloads the "
                               "server's version again.").format(record=name)
        answer = QMessageBox.question(self, self.tr("Discard my change"), question,
                                      QMessageBox.StandardButton.Discard
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            with self._ctx.db.transaction() as session:
                discard_local_change(session, problem.entity, problem.record_id)
        except (ConflictError, Exception) as exc:  # e.g. other records still point to it
            log.warning("Discard failed: %s", exc)
            self._say(self.tr("The change could not be discarded: {reason}").format(
                reason=str(exc)))
            return
        self._ctx.bus.announce(problem.entity)
        self._say(self.tr("Your change was discarded."))
        self.refresh()


def make_page(ctx: AppContext) -> Any:
    return SyncPage(ctx)


def start_automatic_sync(window: Any) -> None:
    """Create the Sync page of a main window now, so that its timer runs from start-up.

    Sections are built when first shown; automatic sync must not wait for the user to open the
    Sync page. Only done when a server is configured (otherwise there is nothing to sync and the
    page is built on demand as usual). Safe to call more than once: ``page()`` reuses the page.
    """
    ctx = getattr(window, "ctx", None)
    if ctx is None or "sync" not in window.section_keys():
        return
    if not (ctx.settings.server_url and ctx.settings.username):
        return
    window.page("sync")
    if not getattr(window, "_sync_restart_hooked", False):
        window._sync_restart_hooked = True
        # Changing the office rebuilds every page; build this one again right after.
        ctx.bus.office_changed.connect(
            lambda: QTimer.singleShot(0, lambda: start_automatic_sync(window)))
