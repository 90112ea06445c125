"""The yardstick for start-up: a bare PySide6 main window, shown and grabbed after first paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _Watcher(QObject):
    def __init__(self, window: QMainWindow, out: str) -> None:
        super().__init__(window)
        self._window, self._out, self._done = window, out, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print("painted", flush=True)  # timed from outside, like the app's start-up probe
            QTimer.singleShot(0, self._grab)
        return False

    def _grab(self) -> None:
        self._window.grab().save(self._out)
        QApplication.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1200, 780)
    _Watcher(window, sys.argv[1])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
