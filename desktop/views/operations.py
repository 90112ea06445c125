"""Run service calls off the GUI thread with a progress dialog and Cancel (Anki's CollectionOp).

A view hands :func:`run_operation` a function of a :class:`~desktop.services.progress.Progress`;
the function runs in Qt's thread pool, the dialog appears only if the work takes more than a
moment, and the result (or the error, as a calm message) comes back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

_running: set[Operation] = set()


class Operation(QObject):
    """Handle of one background operation; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self._on_progress)
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user, logged with its traceback
            log.exception("Background operation failed")
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)
        finally:
            self.finished.emit()

    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation.run()


def run_operation(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    *,
    label: str = "",
    cancellable: bool = True,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_dialog_after_ms: int = 400,
) -> Operation:
    """Start ``work(progress)`` in the thread pool and return its handle."""
    operation = Operation(work)
    dialog: QProgressDialog | None = None
    if parent is not None and label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(show_dialog_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(operation.cancel)
        else:
            dialog.setCancelButton(None)

        def show_progress(done: int, total: int, message: str) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{label}\n{message}")

        operation.progressed.connect(show_progress)

    def done() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        _running.discard(operation)

    def failed(exc: object) -> None:
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]
        elif parent is not None:
            QMessageBox.warning(
                parent, QCoreApplication.translate("Operations", "Something went wrong"),
                str(exc))

    if on_success is not None:
        operation.succeeded.connect(on_success)
    operation.failed.connect(failed)
    if on_cancel is not None:
        operation.cancelled.connect(on_cancel)
    operation.finished.connect(done)
    _running.add(operation)
    QThreadPool.globalInstance().start(_Runnable(operation))
    return operation


def finish_background_work(timeout_ms: int = 10_000) -> bool:
    """At exit: ask running operations to stop and wait for them, so none reports to a window
    that no longer exists (and no transaction is cut off mid-way). True if all finished."""
    for operation in list(_running):
        operation.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

