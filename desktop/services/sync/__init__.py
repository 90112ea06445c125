"""Sync glue between the local database and the central server (no Qt).

``run_sync`` does a whole sync (push, then pull); ``push``/``pull`` hold the rules for applying
the server's answers; ``conflicts`` what the user can do about changes sync could not finish;
``account`` the login kept in the OS keyring. Entities are known only through
:data:`desktop.models.SYNCED_ENTITIES` (see ``codec``): a new synced table needs no change here.
"""

from desktop.services.sync.account import Account, LoginRequired, has_login, log_in, log_out
from desktop.services.sync.runner import SyncReport, run_sync
from desktop.services.sync.status import SyncStatus, sync_status

__all__ = [
    "Account",
    "LoginRequired",
    "SyncReport",
    "SyncStatus",
    "has_login",
    "log_in",
    "log_out",
    "run_sync",
    "sync_status",
]
