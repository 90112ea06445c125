"""The central sync server: FastAPI app, generic record storage, accounts, scoping."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("diaspora-desk")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.1.0"
