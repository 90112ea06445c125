"""The Sync page and the conflict dialog, driven with qtbot against the real server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.config import Settings
from desktop.models import Association
from desktop.services.meta import get_office
from desktop.services.sync import Account
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.context import AppContext, DataBus
from desktop.views.list_actions import actions_for
from desktop.views.sync_page import PasswordDialog, SyncPage
from tests.server_harness import ServerProcess
from tests.sync.conftest import PASSWORD, Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]

WAIT_MS = 90_000


def context_of(office: Office) -> AppContext:
    with office.db.sessions() as session:
        desk = get_office(session)
    assert desk is not None
    settings = Settings(server_url=office.server.base_url, username=office.username)
    return AppContext(paths=office.paths, settings=settings, db=office.db, bus=DataBus(),
                      office=desk, language="en")


@pytest.fixture
def states() -> list[tuple[str, bool]]:
    return []


def make_page(qtbot: Any, ctx: AppContext, states: list[tuple[str, bool]]) -> SyncPage:
    ctx.bus.connection_state.connect(lambda text, online: states.append((text, online)))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def when_shown(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is open (exec() blocks the test)."""

    def attempt(tries: int = 0) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif tries < 200:
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def log_in_through_dialog(qtbot: Any, page: SyncPage, password: str = PASSWORD) -> None:
    def fill(dialog: PasswordDialog) -> None:
        dialog.password.setText(password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(PasswordDialog, fill)
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)


def sync_and_wait(qtbot: Any, page: SyncPage) -> None:
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=WAIT_MS)


@pytest.fixture
def office(offices: OfficeFactory) -> Iterator[Office]:
    yield offices("B")


def test_log_in_then_sync_now(qtbot: Any, office: Office, memory_keyring: Any,
                              states: list[tuple[str, bool]]) -> None:
    page = make_page(qtbot, context_of(office), states)
    assert page.login_state.text() == "Not logged in."
    assert not page.keyring_note.isVisible()  # a keyring exists: no warning

    # A wrong password stays in the dialog with the server's words; the right one logs in.
    def wrong_then_right(dialog: PasswordDialog) -> None:
        dialog.password.setText("wrong-password")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Wrong" in dialog.error.text(), timeout=WAIT_MS)
        assert dialog.isVisible()
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(PasswordDialog, wrong_then_right)
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    assert page.login_state.text() == "Logged in as user-b."
    stored = [key for (_service, key) in memory_keyring.values]
    assert stored == [f"sync-login:user-b@{office.server.base_url}"]  # tokens, no password

    add_association(office)
    page._ctx.bus.announce("association")  # what the association form does after saving
    assert "Changes waiting to be sent: 1" in page.summary.text()
    sync_and_wait(qtbot, page)
    assert page.status.text().startswith("Synced at")
    assert "sent 1 change" in page.status.text()
    assert "Changes waiting to be sent: 0" in page.summary.text()
    assert "Last sync: never" not in page.summary.text()
    assert states[-1][1] is True and states[-1][0].startswith("Online")


def test_offline_is_a_calm_status_and_keeps_the_outbox(
        qtbot: Any, office: Office, states: list[tuple[str, bool]]) -> None:
    page = make_page(qtbot, context_of(office), states)
    assert page.keyring_note.isVisible()  # the tests' default keyring is the null backend
    log_in_through_dialog(qtbot, page)
    add_association(office)
    office.server.stop()
    sync_and_wait(qtbot, page)
    assert "cannot be reached right now" in page.status.text()
    assert states[-1] == ("Offline — will sync when the server can be reached", False)
    assert not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert "Changes waiting to be sent: 1" in page.summary.text()
    assert len(office.outbox()) == 1


def test_an_expired_login_asks_to_log_in_again_and_keeps_the_outbox(
        qtbot: Any, office: Office, memory_keyring: Any,
        states: list[tuple[str, bool]]) -> None:
    page = make_page(qtbot, context_of(office), states)
    log_in_through_dialog(qtbot, page)
    add_association(office)
    admin = office.server.admin()
    assert admin.post(f"/admin/users/{office.username}/revoke-tokens").status_code == 200

    asked: list[str] = []

    def decline(dialog: PasswordDialog) -> None:
        asked.append(dialog.windowTitle())
        dialog.reject()

    when_shown(PasswordDialog, decline)
    sync_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    assert "log in again" in page.status.text()
    assert states[-1] == ("Sync paused — please log in again", False)
    assert page.login_state.text() == "Not logged in."
    assert len(office.outbox()) == 1

    log_in_through_dialog(qtbot, page)
    sync_and_wait(qtbot, page)
    assert office.outbox() == []


def test_automatic_sync_runs_on_the_timer_and_never_asks(
        qtbot: Any, office: Office, states: list[tuple[str, bool]]) -> None:
    ctx = context_of(office)
    page = make_page(qtbot, ctx, states)
    page.auto_minutes.setValue(2)
    assert page.timer.isActive() and page.timer.interval() == 120_000
    assert Settings.load(office.paths.settings).auto_sync_minutes == 2
    page.timer.timeout.emit()  # not logged in: a note, no dialog
    assert not page.is_running()
    assert "waiting for you to log in" in page.status.text()
    log_in_through_dialog(qtbot, page)
    page.timer.timeout.emit()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=WAIT_MS)
    assert page.status.text().startswith("Synced at")
    page.auto_minutes.setValue(0)
    assert not page.timer.isActive() and page.auto_minutes.text() == "never"


def make_conflict(offices: OfficeFactory) -> tuple[Office, Office, str]:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    edit(b, Association, rid, city="Nice")
    a.sync()
    b.sync()
    return a, b, rid


def test_conflict_dialog_shows_base_mine_theirs_and_pushes_the_choice(
        qtbot: Any, offices: OfficeFactory) -> None:
    a, b, rid = make_conflict(offices)
    dialog = ConflictDialog(context_of(b), "association", rid)
    qtbot.addWidget(dialog)
    dialog.show()  # laid out as the user sees it, so clicks land on the buttons
    qtbot.waitExposed(dialog)
    assert set(dialog.groups) == {"city"}
    assert dialog.mine_buttons["city"].text() == "Nice"
    assert dialog.theirs_buttons["city"].text() == "Lyon"
    assert dialog.ok_button is not None and not dialog.ok_button.isEnabled()
    theirs = dialog.theirs_buttons["city"]
    # On the round indicator: a radio button takes clicks on its indicator and text only, and
    # its column is wider than "Lyon".
    qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton, pos=QPoint(8, theirs.height() // 2))
    assert theirs.isChecked() and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    assert dialog.mine_buttons["city"].isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConflictDialog.DialogCode.Accepted
    assert [e.state for e in b.outbox()] == ["pending"]
    b.sync()
    a.sync()
    assert a.get("association", rid).city == "Nice"


def test_the_sync_page_lists_conflicts_and_resolves_them(
        qtbot: Any, offices: OfficeFactory, states: list[tuple[str, bool]]) -> None:
    _a, b, rid = make_conflict(offices)
    page = make_page(qtbot, context_of(b), states)
    assert [p.record_id for p in page.problems.rows()] == [rid]
    assert "Conflicts: 1" in page.summary.text()
    assert not page.resolve_button.isEnabled()
    page.select_problem(rid)
    assert page.resolve_button.isEnabled()

    def take_theirs(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
        assert dialog.ok_button is not None
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(ConflictDialog, take_theirs)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert page.problems.rows() == []
    assert b.get("association", rid).city == "Lyon"


def test_a_refused_change_can_be_discarded_after_confirming(
        qtbot: Any, offices: OfficeFactory, states: list[tuple[str, bool]]) -> None:
    bureau = offices("Bureau")
    bureau.sync()
    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    regional.sync()
    rid = add_association(regional, "Not ours", region="MD-BA")
    regional.sync()
    page = make_page(qtbot, context_of(regional), states)
    assert [(p.kind, p.record_id) for p in page.problems.rows()] == [("refused", rid)]
    page.select_problem(rid)
    assert not page.resolve_button.isEnabled() and page.discard_button.isEnabled()

    def press(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
        return lambda box: box.button(button).click()

    when_shown(QMessageBox, press(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert regional.get("association", rid) is not None  # nothing lost on Cancel

    when_shown(QMessageBox, press(QMessageBox.StandardButton.Discard))
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert regional.get("association", rid) is None
    assert page.problems.rows() == [] and regional.outbox() == []


def test_list_pages_offer_the_conflict_action_for_every_synced_entity() -> None:
    from desktop.models import SYNCED_ENTITIES

    for entity in SYNCED_ENTITIES:
        assert "resolve-sync-conflict" in [a.key for a in actions_for(entity)]


def test_account_spelling_is_saved_once(qtbot: Any, office: Office,
                                        states: list[tuple[str, bool]]) -> None:
    ctx = context_of(office)
    page = make_page(qtbot, ctx, states)
    page.server.setText("HTTPS://Sync.Example.ORG/")
    page.server.editingFinished.emit()
    assert ctx.settings.server_url == "https://sync.example.org"
    assert page.server.text() == "https://sync.example.org"
    assert page.account() == Account("https://sync.example.org", "user-b")


@pytest.fixture(autouse=True)
def _server_for_all(sync_server: ServerProcess) -> None:
    """Every test here runs against a real server (some only through `offices`)."""


def test_automatic_sync_starts_with_the_window_when_a_server_is_set(
        qtbot: Any, office: Office) -> None:
    from desktop.views.main_window import MainWindow
    from desktop.views.sync_page import start_automatic_sync

    ctx = context_of(office)
    ctx.settings.last_section = "home"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    start_automatic_sync(window)
    page = window.page("sync")
    assert isinstance(page, SyncPage) and page.timer.isActive()
    assert window.current_section() == "home"  # built in the background, not shown

    ctx.settings.server_url = ""
    other = MainWindow(ctx)
    qtbot.addWidget(other)
    start_automatic_sync(other)
    assert "sync" not in other._pages  # nothing to sync: built on demand only


def test_cancel_stops_a_long_sync_and_the_next_one_finishes_it(
        qtbot: Any, office: Office, states: list[tuple[str, bool]]) -> None:
    from tests.sync.test_sync_robustness import many_associations

    many_associations(office, 3000)
    page = make_page(qtbot, context_of(office), states)
    log_in_through_dialog(qtbot, page)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=WAIT_MS)
    assert page.status.text().startswith("Sync stopped.")
    assert not page.progress.isVisible()
    assert len(office.outbox()) > 0  # stopped part-way (or before the first batch)
    sync_and_wait(qtbot, page)
    assert page.status.text().startswith("Synced at")
    assert office.outbox() == []
