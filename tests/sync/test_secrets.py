"""Where logins are kept: the OS keyring when usable, this session's memory otherwise."""

from __future__ import annotations

from typing import Any

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from desktop.services import secrets
from desktop.services.secrets import (
    KeyringStore,
    MemoryStore,
    StoredLogin,
    keyring_usable,
    load_login,
    save_login,
    secret_store,
    session_store,
)
from tests.sync.keyring_backend import MemoryKeyring

SERVER, USER = "https://sync.example.org", "maria"


@pytest.fixture
def backend() -> Any:
    previous = keyring.get_keyring()
    yield lambda b: keyring.set_keyring(b)
    keyring.set_keyring(previous)


def test_null_and_fail_backends_are_not_usable(backend: Any) -> None:
    backend(keyring.backends.null.Keyring())
    assert not keyring_usable()
    assert isinstance(secret_store(), MemoryStore)
    assert secret_store() is session_store()  # one memory per session
    backend(keyring.backends.fail.Keyring())
    assert not keyring_usable()


def test_a_real_backend_keeps_tokens_not_passwords(backend: Any) -> None:
    store_backend = MemoryKeyring()
    backend(store_backend)
    assert keyring_usable()
    store = secret_store()
    assert isinstance(store, KeyringStore) and store.persistent
    assert save_login(store, SERVER, USER, StoredLogin("a-token", "r-token"))
    assert load_login(store, SERVER, USER) == StoredLogin("a-token", "r-token")
    assert list(store_backend.values) == [(secrets.SERVICE, f"sync-login:{USER}@{SERVER}")]


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the collection is locked")


def test_a_keyring_failing_at_run_time_falls_back_to_memory(backend: Any) -> None:
    session_store().clear()
    backend(BrokenKeyring())
    store = secret_store()
    assert save_login(store, SERVER, USER, StoredLogin("a", "r")) is False
    assert load_login(store, SERVER, USER) == StoredLogin("a", "r")
    session_store().clear()
    assert load_login(store, SERVER, USER) is None
