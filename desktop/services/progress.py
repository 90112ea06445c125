"""Progress reporting and cancellation for long work, independent of any UI.

A service that takes a while accepts a :class:`Progress`; the GUI passes one wired to a progress
dialog and a Cancel button, the CLI one that prints, tests a plain one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; the transaction is rolled back."""


class Progress:
    """Counts done/total, carries a message and a cancellation flag (thread-safe)."""

    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.message = ""

    def report(self, done: int, total: int, message: str = "") -> None:
        self.done, self.total = done, total
        if message:
            self.message = message
        if self._callback is not None:
            self._callback(done, total, self.message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the work here if Cancel was pressed."""
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()
