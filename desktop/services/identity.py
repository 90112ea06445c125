"""Who is working: the name recorded as "who" in status changes, consents and history.

The sync user name is the best answer (it is what the server knows the person by); without a
server the operating-system login is used, so a record always says who changed it.
"""

from __future__ import annotations

import getpass
import os
import threading

from desktop.config import Settings

_lock = threading.Lock()
_settings: Settings | None = None


def use_settings(settings: Settings | None) -> None:
    """Tell the services which settings the running app uses (called once by the GUI)."""
    global _settings
    with _lock:
        _settings = settings


def os_login_name() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no LOGNAME/USER
        name = os.environ.get("USERNAME", "")
    return name.strip() or "unknown"


def current_user_name(settings: Settings | None = None) -> str:
    """The settings' sync user name if set, else the OS login name."""
    chosen = settings if settings is not None else _settings
    if chosen is not None and chosen.username.strip():
        return chosen.username.strip()
    return os_login_name()
