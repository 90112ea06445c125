"""Where sync logins live: the operating system's keyring, or this process's memory.

Tokens (and nothing else by default) go to the OS keyring through ``keyring``: never to the
database, which is copied and backed up, nor to settings.json. When the machine has no usable
keyring (a bare Linux session, a locked-down Windows profile), ``keyring`` falls back to its
``fail`` or ``null`` backend; then the app says so and keeps the login in memory for the
current session only, asking for the password once per session (Vorta's keyring abstraction).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "Diaspora Desk"
"""Service name of every entry this app writes to the keyring."""

_UNUSABLE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null")


class SecretStore(Protocol):
    """A place for small secrets, keyed by text."""

    persistent: bool
    """True when secrets outlive the process (the OS keyring)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class SecretStoreError(Exception):
    """The keyring refused to read or write (locked, denied, broken)."""


class KeyringStore:
    """The OS keyring (Windows Credential Locker, macOS Keychain, Secret Service, KWallet).

    Backends fail in their own ways (a locked collection, a D-Bus error, a denied prompt), not
    always as ``KeyringError``; every failure becomes :class:`SecretStoreError`, which callers
    answer by keeping the login in memory for this session.
    """

    persistent = True

    def get(self, key: str) -> str | None:
        try:
            return keyring.get_password(SERVICE, key)
        except Exception as exc:
            raise SecretStoreError(str(exc)) from exc

    def set(self, key: str, value: str) -> None:
        try:
            keyring.set_password(SERVICE, key, value)
        except Exception as exc:
            raise SecretStoreError(str(exc)) from exc

    def delete(self, key: str) -> None:
        try:
            keyring.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretStoreError(str(exc)) from exc


class MemoryStore:
    """Secrets kept only while the process runs (no keyring on this machine)."""

    persistent = False

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._values[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._values.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


_session_store = MemoryStore()


def keyring_usable() -> bool:
    """Whether the active keyring backend can really keep secrets between sessions."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        log.warning("No keyring backend: %s", exc)
        return False
    if type(backend).__module__ in _UNUSABLE_BACKENDS:
        return False
    inner = getattr(backend, "backends", None)  # the chainer: usable if it chains anything
    if inner is not None and not inner:
        return False
    return float(getattr(backend, "priority", 0)) > 0


def secret_store() -> SecretStore:
    """The keyring when usable, else this session's memory (the same object every call)."""
    if keyring_usable():
        return KeyringStore()
    return _session_store


def session_store() -> MemoryStore:
    """This process's memory store (used as the fallback when the keyring fails mid-way)."""
    return _session_store


# ----------------------------------------------------------------------------------------------
# Sync logins


def login_key(server_url: str, username: str) -> str:
    return f"sync-login:{username}@{server_url}"


def password_key(server_url: str, username: str) -> str:
    """Where a password may be kept for unattended syncs (``keyring set`` by an administrator,
    or this session's memory when there is no keyring)."""
    return f"sync-password:{username}@{server_url}"


@dataclass(frozen=True)
class StoredLogin:
    access_token: str
    refresh_token: str


def load_login(store: SecretStore, server_url: str, username: str) -> StoredLogin | None:
    try:
        raw = store.get(login_key(server_url, username))
    except SecretStoreError as exc:
        log.warning("Cannot read the login from the keyring: %s", exc)
        raw = session_store().get(login_key(server_url, username))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return StoredLogin(str(data["access_token"]), str(data["refresh_token"]))
    except (ValueError, KeyError, TypeError):
        return None


def save_login(store: SecretStore, server_url: str, username: str, login: StoredLogin) -> bool:
    """Store the tokens; False when the keyring refused and they were kept in memory instead."""
    value = json.dumps({"access_token": login.access_token,
                        "refresh_token": login.refresh_token})
    try:
        store.set(login_key(server_url, username), value)
        return True
    except SecretStoreError as exc:
        log.warning("The keyring refused the login, keeping it in memory: %s", exc)
        session_store().set(login_key(server_url, username), value)
        return False


def forget_login(store: SecretStore, server_url: str, username: str) -> None:
    for target in (store, session_store()):
        try:
            target.delete(login_key(server_url, username))
            target.delete(password_key(server_url, username))
        except SecretStoreError as exc:
            log.warning("Cannot remove the login from the keyring: %s", exc)


def load_password(store: SecretStore, server_url: str, username: str) -> str | None:
    try:
        value = store.get(password_key(server_url, username))
    except SecretStoreError:
        value = None
    return value or session_store().get(password_key(server_url, username))
