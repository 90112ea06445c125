"""Logging to a rotating file in the data folder, so a user can send us what happened."""

from __future__ import annotations

import logging
import logging.handlers

from desktop.config import Paths

LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5


def setup_logging(paths: Paths, level: int = logging.INFO) -> None:
    """Send records to ``logs/diaspora-desk.log`` (rotated); idempotent per log file."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(paths.log_file)
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                handler.baseFilename == target:
            return
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
