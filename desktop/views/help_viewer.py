"""The user guide inside the app: F1 anywhere opens it, offline, in the UI language where a
translation of the guide exists (``USER_GUIDE.fr.md`` …), otherwise in English.

The guide is the same Markdown file as ``docs/USER_GUIDE.md`` in the source tree (the
PyInstaller bundle ships it under ``docs/``); Qt's text browser renders Markdown and follows
the guide's links to its other pages (``USER_GUIDE_SYNC.md``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE = "USER_GUIDE"


def docs_folders() -> list[Path]:
    """Where the guide may be: the bundle's ``docs`` folder, then the source tree's."""
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "docs")
    folders.append(Path(__file__).resolve().parents[2] / "docs")
    return folders


def guide_path(language: str) -> Path | None:
    """The user guide in ``language`` if translated, else the English one; None if missing."""
    for folder in docs_folders():
        for name in (f"{GUIDE}.{language}.md", f"{GUIDE}.md"):
            path = folder / name
            if path.is_file():
                return path
    return None


class HelpWindow(QDialog):
    """The user guide in a window of its own, beside the work (not modal)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diaspora Desk — user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)  # web links open in the browser
        self.browser.setAccessibleName(self.tr("User guide"))
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("&Back"), self)
        self.back.clicked.connect(self.browser.backward)
        self.back.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.home = QPushButton(self.tr("C&ontents"), self)
        self.home.clicked.connect(self.browser.home)
        row.addWidget(self.back)
        row.addWidget(self.home)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.path = guide_path(language)
        if self.path is None:
            self.browser.setPlainText(self.tr("The user guide is missing from this "
                                              "installation."))
        else:
            self.browser.setSearchPaths([str(self.path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        self.resize(900, 700)


_open: dict[str, HelpWindow] = {}


def show_help(language: str, parent: QWidget | None = None) -> HelpWindow:
    """Open the guide (or raise the one already open) over ``parent``."""
    window = _open.get("guide")
    try:
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            return window
    except RuntimeError:  # closed and deleted
        pass
    # Over a modal dialog the guide must be its child, or the modality would block it.
    owner = QApplication.activeModalWidget() or parent
    window = HelpWindow(language, owner)
    _open["guide"] = window
    window.show()
    return window


class HelpKey(QObject):
    """Application-wide F1: opens the guide from the main window and from every dialog."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1 and isinstance(watched, QWidget)
                and not event.isAutoRepeat()):
            show_help(self.language, watched.window())
            return True
        return False


def install_help_key(app: QApplication, language: str) -> HelpKey:
    """Install (or update the language of) the application-wide F1 key."""
    existing = app.findChild(HelpKey)
    if isinstance(existing, HelpKey):
        existing.language = language
        return existing
    key = HelpKey(language, app)
    app.installEventFilter(key)
    return key
