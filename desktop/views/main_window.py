"""The main window: section navigation, menus with shortcuts, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME
from desktop.config import Paths, Settings
from desktop.dbfile import backup_database
from desktop.views.about import AboutDialog
from desktop.views.context import AppContext
from desktop.views.save_dialog import ask_save_path, file_name
from desktop.views.sections import Section, sections
from desktop.views.translation import bidi_isolate

NAV_WIDTH = 210  # the narrowest the navigation gets; longer section names widen it
NAV_MAX_WIDTH = 320
NAV_ITEM_PADDING = 6 + 24  # icon-to-text gap plus the style sheet's 12 px each side


def default_shortcut(position: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine sections, Ctrl+0 for the tenth."""
    return f"Ctrl+{(position + 1) % 10}" if position < 10 else ""


class MainWindow(QMainWindow):
    """Navigation list on the side, the current section's page beside it.

    ``MainWindow(ctx)`` is ready at once. For a fast start the app may instead build the frame
    first (``MainWindow(paths=…, settings=…)``: navigation, menus, status bar), show it, and
    :meth:`attach` the opened database right after the first paint.
    """

    section_shown = Signal(str)
    ctx: AppContext

    def __init__(self, ctx: AppContext | None = None, *, paths: Paths | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__()
        if ctx is not None:
            paths, settings = ctx.paths, ctx.settings
        assert paths is not None and settings is not None
        self._paths, self._settings = paths, settings
        self.setWindowTitle(APP_NAME)
        self._sections: list[Section] = sections()
        self._pages: dict[str, QWidget] = {}

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(central)
        self._opening = QLabel(self.tr("Opening the database…"), self.stack)
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._opening)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_nav()
        self._build_menus()
        self._build_status_bar()
        self.resize(1200, 780)
        self._attached = False
        self._set_actions_enabled(False)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Connect the opened database: pages can now be built; show the last section."""
        self.ctx = ctx
        self._attached = True
        ctx.bus.status_message.connect(self._show_status)
        ctx.bus.connection_state.connect(self._show_connection)
        self._set_actions_enabled(True)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.show_section(ctx.settings.last_section or "home")
        self.stack.removeWidget(self._opening)
        self._opening.deleteLater()
        # Once painted: start what runs in the background (automatic sync).
        QTimer.singleShot(0, self._start_background_services)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in (self.settings_action, self.backup_action,
                       *self.section_actions.values()):
            action.setEnabled(enabled)

    def _start_background_services(self) -> None:
        """Build the Sync page now when a server is configured, so its timer runs from
        start-up; the page module (and its network libraries) is imported only then."""
        if self.ctx.settings.server_url and self.ctx.settings.username:
            from desktop.views.sync_page import start_automatic_sync

            start_automatic_sync(self)

    # -- navigation
    def _build_nav(self) -> None:
        style = self.style()
        self.nav.clear()
        for position, section in enumerate(self._sections):
            item = QListWidgetItem(style.standardIcon(section.icon), section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            shortcut = section.shortcut or default_shortcut(position)
            if shortcut:
                native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(f"{section.title()} ({native})")
            self.nav.addItem(item)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """Widen the navigation to its longest section name (translations run longer than
        English), within a cap so the pages keep their room."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self._sections), default=0)
        need = widest + self.nav.iconSize().width() + NAV_ITEM_PADDING
        if self.nav.isVisible():  # the style sheet's padding is known only once it is polished
            need = max(need, self.nav.sizeHintForColumn(0))
        need += 2 * self.nav.frameWidth()
        self.nav.setFixedWidth(min(max(NAV_WIDTH, need), NAV_MAX_WIDTH))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_nav()

    def section_keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def show_section(self, key: str) -> bool:
        """Show the section ``key``; False if no such section."""
        keys = self.section_keys()
        if not self._attached:
            return key in keys
        if key not in keys:
            key = "home" if "home" in keys else keys[0]
            found = False
        else:
            found = True
        row = keys.index(key)
        if self.nav.currentRow() == row:
            # Already current (e.g. in the frame shown at start): no signal would come.
            self.nav.item(row).setSelected(True)
            self._row_changed(row)
        else:
            self.nav.setCurrentRow(row)
        return found

    def current_section(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def page(self, key: str) -> QWidget:
        """The page widget of a section, created on first use."""
        if key not in self._pages:
            section = next(s for s in self._sections if s.key == key)
            widget = section.factory(self.ctx)
            widget.setObjectName(f"section-{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._sections[row].key
        self.stack.setCurrentWidget(self.page(key))
        self.ctx.settings.last_section = key
        self.section_shown.emit(key)

    def reload_sections(self) -> None:
        """Rebuild every page (after the office changed)."""
        current = self.current_section()
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.show_section(current)

    # -- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.backup_action = QAction(self.tr("&Back up database…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup_database)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.section_actions: dict[str, QAction] = {}
        for position, section in enumerate(self._sections):
            action = QAction(section.title(), self)
            shortcut = section.shortcut or default_shortcut(position)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, k=section.key: self.show_section(k))
            go_menu.addAction(action)
            self.section_actions[section.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.open_guide)
        help_menu.addAction(guide)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))
        )
        help_menu.addAction(open_folder)
        about = QAction(self.tr("&About Diaspora Desk"), self)
        about.triggered.connect(self.open_about)
        help_menu.addAction(about)

    # -- status bar
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        database = self._paths.database
        self.db_label = QLabel(
            self.tr("Database: {path}").format(path=bidi_isolate(str(database))), self
        )
        self.db_label.setToolTip(str(database))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connection_label = QLabel(self.tr("Offline — no sync server configured"), self)
        self.connection_label.setObjectName("connectionState")
        bar.addPermanentWidget(self.db_label, 1)
        bar.addPermanentWidget(self.connection_label)

    def _show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _show_connection(self, text: str, online: bool) -> None:
        self.connection_label.setText(text)
        self.connection_label.setProperty("online", online)

    # -- actions
    def open_settings(self) -> None:
        from desktop.services.meta import get_office
        from desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.language_changed:
            self.offer_restart()
        with self.ctx.db.sessions() as session:
            office = get_office(session)
        if office is not None and office != self.ctx.office:
            self.ctx.office = office
            self.ctx.bus.office_changed.emit()
            self.reload_sections()
            self.ctx.bus.announce("*")
        self.ctx.bus.status_message.emit(self.tr("Settings saved."), 5000)

    def open_guide(self) -> None:
        from desktop.views.help_viewer import show_help

        language = self.ctx.language if self._attached else "en"
        show_help(language, self)

    def open_about(self) -> None:
        AboutDialog(self).exec()

    def backup_database(self) -> None:
        chosen = ask_save_path(
            self, self.ctx.settings, "backup", self.tr("Back up database"),
            file_name(self.tr("Diaspora Desk backup"), suffix=".db"),
            self.tr("SQLite database (*.db)"), self.ctx.paths.data_dir)
        if chosen is None:
            return
        target = str(chosen)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup_database(self.ctx.db.path, Path(target))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Back up database"), str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx.bus.status_message.emit(
            self.tr("Backup written to {path}").format(path=bidi_isolate(target)), 8000)

    def offer_restart(self) -> None:
        """A new language needs a restart: offer it now; the app reopens on this section."""
        answer = QMessageBox.question(
            self, self.tr("Restart now?"),
            self.tr("The new language applies after a restart. Restart now? Diaspora Desk "
                    "reopens on this page; open forms ask about unsaved changes first."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restart()

    def restart(self) -> bool:
        """Close every window (each may refuse to lose unsaved work), then restart the app
        in the language now chosen. False when a window refused."""
        from desktop.app import EXIT_RESTART_LANGUAGE

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # the exit code below says why it ends
        for window in app.topLevelWidgets():
            if window is not self and window.isVisible() and not window.close():
                app.setQuitOnLastWindowClosed(True)
                return False
        if not self.close():
            app.setQuitOnLastWindowClosed(True)
            return False
        app.exit(EXIT_RESTART_LANGUAGE)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.save(self._paths.settings)
        super().closeEvent(event)
