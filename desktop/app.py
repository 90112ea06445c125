"""GUI bootstrap: settings, logging, translators, open + migrate the database, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_ID, APP_NAME, __version__
from desktop.config import RESOURCES_DIR, Paths, Settings
from desktop.db import DatabaseError, open_database
from desktop.logging_setup import setup_logging
from desktop.services import identity
from desktop.services.meta import get_office
from desktop.services.regions import configure_office
from desktop.views.context import AppContext, DataBus
from desktop.views.errors import ErrorHandler
from desktop.views.first_start import FirstStartDialog
from desktop.views.main_window import MainWindow
from desktop.views.operations import finish_background_work
from desktop.views.translation import choose_language, install_translators

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


def run_gui(
    paths: Paths,
    language_override: str | None = None,
    screenshot: Path | None = None,
    section: str | None = None,
) -> int:
    """Open the window; with ``screenshot``, save a PNG once it has painted and exit."""
    paths.ensure()
    setup_logging(paths)
    app = make_application()
    settings = Settings.load(paths.settings)
    language = choose_language(language_override, settings.language)
    install_translators(app, language)
    handler = ErrorHandler(paths)
    handler.install()
    try:
        db = open_database(paths.database, paths.backups)
    except DatabaseError as exc:
        log.error("Cannot open database: %s", exc)
        if screenshot is not None:
            print(str(exc), file=sys.stderr)
        else:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return 1

    with db.sessions() as session:
        office = get_office(session)
    if office is None:
        dialog = FirstStartDialog(language)
        if screenshot is not None:
            dialog.show()
            app.processEvents()
            save_screenshot(dialog, screenshot)
            return 0
        if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
            return 0
        with db.transaction() as session:
            configure_office(session, dialog.country_code(), dialog.region_code())
            office = get_office(session)
        assert office is not None

    identity.use_settings(settings)  # "who" in histories and consents: the sync user, if any
    ctx = AppContext(paths=paths, settings=settings, db=db, bus=DataBus(), office=office,
                     language=language)
    window = MainWindow(ctx)
    if section and not window.show_section(section):
        print(f"Unknown section {section!r}; sections: {', '.join(window.section_keys())}",
              file=sys.stderr)
        if screenshot is not None:
            return 1
    if screenshot is not None:
        shot = screenshot

        def take() -> None:
            try:
                save_screenshot(window, shot)
            except OSError as exc:
                print(str(exc), file=sys.stderr)
                app.exit(1)
                return
            app.exit(0)

        _PaintWatcher(window, take)
    window.show()
    code = app.exec()
    finish_background_work()
    ctx.save_settings()
    db.close()
    return code
