"""Unhandled errors: log the traceback, tell the user calmly, keep the window open."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.config import Paths

log = logging.getLogger("desktop.unhandled")


class _Reporter(QObject):
    """Moves reports from any thread to the GUI thread."""

    report = Signal(str)


class ErrorHandler:
    """Installed as ``sys.excepthook`` (and for threads); shows at most one dialog at a time."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self._showing = False
        self._reporter = _Reporter()
        self._reporter.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.last_message = ""

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Unhandled error", exc_info=(exc_type, exc, tb))
        summary = str(exc).strip().splitlines()[0] if str(exc).strip() else exc_type.__name__
        self.last_message = summary
        self._reporter.report.emit(summary)

    def _show(self, summary: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("ErrorHandler", "Unexpected error"))
            box.setText(
                QCoreApplication.translate(
                    "ErrorHandler",
                    "Something went wrong, but your data is safe and you can keep working.",
                )
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "ErrorHandler", "{summary}\n\nDetails were written to:\n{log}"
                ).format(summary=summary, log=self.paths.log_file)
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            app = QCoreApplication.instance()
            if app is not None and app.property("autoCloseErrors"):
                QTimer.singleShot(0, box.accept)
            box.exec()
        finally:
            self._showing = False
