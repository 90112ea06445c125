"""Sync errors and results in words, shared by the Sync page and the ``sync`` command."""

from __future__ import annotations

from desktop.services.i18n import translate
from desktop.services.sync.account import LoginRequired
from desktop.services.sync.identity import DifferentServer
from desktop.services.sync.join import JoinError
from sync.client import (
    AuthExpired,
    BadServerAddress,
    Forbidden,
    Incompatible,
    LoginFailed,
    Offline,
    ServerError,
    SyncError,
)


def describe_error(exc: BaseException) -> str:
    """One calm sentence (or the server's own words) for an error that stopped a sync."""
    if isinstance(exc, Offline):
        return translate(
            "Sync", "The server cannot be reached right now ({reason}). Your changes are kept "
            "and will be sent at the next sync.").format(reason=str(exc))
    if isinstance(exc, AuthExpired):
        return translate("Sync", "Your login has expired. Please log in again; your changes "
                         "are kept.")
    if isinstance(exc, LoginFailed):
        return exc.detail or translate("Sync", "Wrong user name or password.")
    if isinstance(exc, LoginRequired | DifferentServer | JoinError):
        return str(exc)
    if isinstance(exc, Incompatible):
        return exc.detail or str(exc)
    if isinstance(exc, Forbidden):
        return translate("Sync", "The server refused: {detail}").format(
            detail=exc.detail or str(exc))
    if isinstance(exc, BadServerAddress):
        return translate("Sync", "The server address is not valid: {detail}").format(
            detail=str(exc))
    if isinstance(exc, ServerError):
        return translate("Sync", "The server had a problem ({detail}). Your changes are kept; "
                         "please try again later.").format(detail=str(exc))
    if isinstance(exc, SyncError):
        return str(exc)
    return translate("Sync", "Sync stopped: {detail}").format(detail=str(exc) or
                                                             type(exc).__name__)


def is_offline(exc: BaseException) -> bool:
    """Errors that only mean "not now": shown as a calm status, never as an error box."""
    return isinstance(exc, Offline)


def needs_login(exc: BaseException) -> bool:
    return isinstance(exc, AuthExpired | LoginRequired | LoginFailed)
