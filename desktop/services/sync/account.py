"""Logging in to the server and keeping the login: tokens in the keyring, never in the database.

The access token is short-lived and refreshed silently by the client; every new pair of tokens
is written back to the store at once, because the server rotates refresh tokens and an old one
stops working. The password itself is only kept when there is no keyring (in this process's
memory, so the user types it once per session) or when an administrator put it in the keyring
for unattended syncs.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from desktop.services.i18n import translate
from desktop.services.secrets import (
    SecretStore,
    SecretStoreError,
    StoredLogin,
    forget_login,
    load_login,
    load_password,
    login_key,
    password_key,
    save_login,
    secret_store,
    session_store,
)
from sync.client import LoginFailed, SyncClient, normalize_server_url
from sync.protocol import TokenResponse, UserInfo


class LoginRequired(Exception):
    """No stored login and no password to make one; the message is for the user."""


@dataclass(frozen=True)
class Account:
    """Which server and which user this desktop syncs as."""

    server_url: str
    username: str

    @classmethod
    def of(cls, server_url: str, username: str) -> Account:
        return cls(normalize_server_url(server_url), username.strip())

    @property
    def configured(self) -> bool:
        return bool(self.server_url and self.username)


def open_client(account: Account, store: SecretStore | None = None,
                password: str | None = None, device_id: str | None = None) -> SyncClient:
    """A client carrying the stored login; logs in with ``password`` (or a kept one) if there
    is none. Raises :class:`LoginRequired` when neither exists."""
    store = store or secret_store()

    def save(tokens: TokenResponse) -> None:
        save_login(store, account.server_url, account.username,
                   StoredLogin(tokens.access_token, tokens.refresh_token))

    stored = load_login(store, account.server_url, account.username)
    client = SyncClient(
        account.server_url,
        access_token=stored.access_token if stored else "",
        refresh_token=stored.refresh_token if stored else "",
        on_tokens=save,
    )
    if stored is None:
        secret = password or load_password(store, account.server_url, account.username)
        if not secret:
            client.close()
            raise LoginRequired(translate(
                "Sync", "Please log in to {server} as {user}.").format(
                    server=account.server_url, user=account.username))
        try:
            client.login(account.username, secret, device_id)
        except BaseException:
            client.close()
            raise
    return client


def log_in(account: Account, password: str, device_id: str | None = None,
           store: SecretStore | None = None) -> UserInfo:
    """Log in now and keep the tokens; without a keyring the password is kept in memory too,
    so that an expired login during this session does not ask again."""
    store = store or secret_store()
    with SyncClient(account.server_url) as client:
        def save(tokens: TokenResponse) -> None:
            save_login(store, account.server_url, account.username,
                       StoredLogin(tokens.access_token, tokens.refresh_token))

        client.on_tokens = save
        tokens = client.login(account.username, password, device_id)
    if not store.persistent:
        session_store().set(password_key(account.server_url, account.username), password)
    return tokens.user


def log_out(account: Account, store: SecretStore | None = None) -> None:
    """Revoke the login on the server (best effort) and forget it here."""
    store = store or secret_store()
    stored = load_login(store, account.server_url, account.username)
    if stored is not None:
        try:
            with SyncClient(account.server_url, refresh_token=stored.refresh_token) as client:
                client.logout()
        except Exception:  # offline: forgetting locally is what matters
            pass
    forget_login(store, account.server_url, account.username)


def has_login(account: Account, store: SecretStore | None = None) -> bool:
    store = store or secret_store()
    return load_login(store, account.server_url, account.username) is not None or bool(
        load_password(store, account.server_url, account.username))


def relogin_with_kept_password(client: SyncClient, account: Account,
                               store: SecretStore | None = None,
                               device_id: str | None = None) -> bool:
    """After an expired login: log in again with a password kept for this session, if any."""
    store = store or secret_store()
    secret = load_password(store, account.server_url, account.username)
    if not secret:
        return False
    try:
        client.login(account.username, secret, device_id)
    except LoginFailed:
        return False
    return True


def drop_tokens(account: Account, store: SecretStore | None = None) -> None:
    """Forget expired tokens (keep any kept password) so that the next sync asks to log in."""
    store = store or secret_store()
    for target in (store, session_store()):
        with contextlib.suppress(SecretStoreError):
            target.delete(login_key(account.server_url, account.username))
