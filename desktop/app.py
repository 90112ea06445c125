"""GUI bootstrap: settings, logging, translators, open + migrate the database, main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_ID, APP_NAME, __version__
from desktop.config import RESOURCES_DIR, Paths, Settings
from desktop.logging_setup import setup_logging
from desktop.views.context import AppContext, DataBus
from desktop.views.errors import ErrorHandler
from desktop.views.help_viewer import install_help_key
from desktop.views.main_window import MainWindow
from desktop.views.operations import finish_background_work
from desktop.views.translation import choose_language, install_translators, remove_translators
from desktop.views.window_fit import install_values_beside_labels, install_window_fitter

log = logging.getLogger(__name__)

STYLE_SHEET = """
QListWidget#navigation { border: none; background: palette(alternate-base); padding: 6px 0; }
QListWidget#navigation::item { padding: 9px 12px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QFrame#tile { background: palette(base); border-radius: 6px; }
QLabel#tileValue { font-size: 22pt; font-weight: 600; }
"""


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "diaspora-desk.svg")))
    app.setStyleSheet(STYLE_SHEET)
    install_window_fitter(app)
    install_values_beside_labels(app)
    return app


class _PaintWatcher(QObject):
    """Calls back once the watched window has painted for the first time."""

    def __init__(self, target: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        self._fired = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._callback)
        return False


def save_screenshot(widget: QWidget, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")


def _report_open_error(exc: Exception, screenshot: Path | None) -> None:
    log.error("Cannot open database: %s", exc)
    if screenshot is not None:
        print(str(exc), file=sys.stderr)
    else:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))


def _open_context(paths: Paths, settings: Settings, language: str) -> AppContext | None:
    """Open (migrating if needed) the database and build the context; None if no office yet."""
    from desktop.db import open_database
    from desktop.services import identity
    from desktop.services.meta import get_office

    db = open_database(paths.database, paths.backups)
    with db.sessions() as session:
        office = get_office(session)
    if office is None:
        db.close()
        return None
    identity.use_settings(settings)  # "who" in histories and consents: the sync user, if any
    return AppContext(paths=paths, settings=settings, db=db, bus=DataBus(), office=office,
                      language=language)


def _first_start(paths: Paths, settings: Settings, language: str,
                 screenshot: Path | None) -> bool | None:
    """Ask the home country and office, or join an existing server. True when configured,
    False when the user cancelled, None in screenshot mode (the dialog itself was captured)."""
    from desktop.db import open_database
    from desktop.services.progress import Progress
    from desktop.services.regions import configure_office
    from desktop.services.sync.account import Account
    from desktop.services.sync.join import JoinResult, join_server
    from desktop.views.first_start import FirstStartDialog

    def join(account: Account, password: str, progress: Progress) -> JoinResult:
        db = open_database(paths.database, paths.backups)
        try:
            return join_server(db, account, password, progress)
        finally:
            db.close()

    dialog = FirstStartDialog(language, join=join)
    if screenshot is not None:
        dialog.show()
        QApplication.processEvents()
        save_screenshot(dialog, screenshot)
        return None
    if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
        return False
    if dialog.language() != language:  # chosen in the dialog (already shown in it)
        settings.language = dialog.language()
        settings.save(paths.settings)
    if dialog.joined is not None:
        account = dialog.account()
        settings.server_url, settings.username = account.server_url, account.username
        settings.save(paths.settings)
        return True
    db = open_database(paths.database, paths.backups)
    try:
        with db.transaction() as session:
            configure_office(session, dialog.country_code(), dialog.region_code())
    finally:
        db.close()
    return True


def run_gui(
    paths: Paths,
    language_override: str | None = None,
    screenshot: Path | None = None,
    section: str | None = None,
) -> int:
    """Open the window; with ``screenshot``, save a PNG once it has painted and exit.

    When the database is current and configured (the usual case), the window frame is shown
    first and the database (with the ORM behind it) is opened right after the first paint, so
    the window appears without waiting for it. Otherwise the careful path runs first: upgrade
    with a backup, refuse a newer file, or ask the first-start questions.
    """
    from desktop.dbfile import DatabaseError, quick_state

    paths.ensure()
    setup_logging(paths)
    app = make_application()
    settings = Settings.load(paths.settings)
    language = choose_language(language_override, settings.language)
    install_translators(app, language)
    install_help_key(app, language)
    handler = ErrorHandler(paths)
    handler.install()
    probe = bool(os.environ.get(STARTUP_PROBE))

    if not quick_state(paths.database).ready:
        try:
            ctx = _open_context(paths, settings, language)
            if ctx is None:
                answer = _first_start(paths, settings, language, screenshot)
                if answer is not True:
                    return 0
                language = choose_language(language_override, settings.language)
                install_help_key(app, language)
                ctx = _open_context(paths, settings, language)
                assert ctx is not None
        except DatabaseError as exc:
            _report_open_error(exc, screenshot)
            return 1
        window = MainWindow(ctx)
        contexts = [ctx]
        if probe:
            _PaintWatcher(window, lambda: _probe("painted"))
    else:
        window = MainWindow(paths=paths, settings=settings)
        contexts = []

        def attach() -> None:
            try:
                opened = _open_context(paths, settings, language)
            except DatabaseError as exc:
                _report_open_error(exc, screenshot)
                app.exit(1)
                return
            if opened is None:  # changed under our feet; start again carefully
                app.exit(EXIT_RESTART)
                return
            contexts.append(opened)
            window.attach(opened)
            after_attach()

        def first_paint() -> None:
            if probe:
                _probe("painted")
            QTimer.singleShot(0, attach)

        _PaintWatcher(window, first_paint)

    def after_attach() -> None:
        if section and not window.show_section(section):
            print(f"Unknown section {section!r}; sections: {', '.join(window.section_keys())}",
                  file=sys.stderr)
            if screenshot is not None:
                app.exit(1)
                return
        # A page that computes its figures in the background (the dashboard) is ready, and
        # worth a screenshot, once they are shown.
        page = window.page(window.current_section())
        figures_shown = getattr(page, "figures_shown", None)
        if figures_shown is not None and getattr(page, "report", None) is None:
            fired: list[bool] = []

            def once() -> None:
                if not fired:
                    fired.append(True)
                    QTimer.singleShot(0, finished)

            figures_shown.connect(once)
            QTimer.singleShot(FIGURES_TIMEOUT_MS, once)
        else:
            QTimer.singleShot(0, finished)

    def finished() -> None:
        if probe:
            _probe("ready")
        if screenshot is not None:
            take()

    def take() -> None:
        assert screenshot is not None
        QApplication.processEvents()  # lay out the page that was just attached
        try:
            save_screenshot(window, screenshot)
        except OSError as exc:
            print(str(exc), file=sys.stderr)
            app.exit(1)
            return
        app.exit(0)

    if contexts:
        QTimer.singleShot(0, after_attach)
    window.show()
    code = app.exec()
    finish_background_work()
    for ctx in contexts:
        ctx.save_settings()
        ctx.db.close()
    if code == EXIT_RESTART:
        return run_gui(paths, language_override, screenshot, section)
    if code == EXIT_RESTART_LANGUAGE:  # the user chose another language in Settings
        app.setQuitOnLastWindowClosed(True)
        remove_translators(app, app.findChildren(QTranslator))
        return run_gui(paths, None, screenshot, None)
    return code


EXIT_RESTART = 75
FIGURES_TIMEOUT_MS = 60_000
EXIT_RESTART_LANGUAGE = 76
"""Exit code of the main window when the user switched language: start again in the new
language (a --lang given on the command line no longer applies) on the section last shown."""
STARTUP_PROBE = "DIASPORA_DESK_STARTUP_PROBE"
"""When set, print "painted" at the window's first paint and "ready" once the home page is
built and its figures are shown (for the start-up and dashboard benchmarks, which time these
lines from outside the process)."""


def _probe(stage: str) -> None:
    print(stage, flush=True)
