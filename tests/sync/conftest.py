"""Offices for sync tests: separate desktop data folders, each with its own database and login
store, syncing with D1's real server (tests/server_harness.py) on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.config import Paths
from desktop.db import Database, open_database
from desktop.models import SYNCED_ENTITIES, OutboxEntry
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.regions import configure_office
from desktop.services.secrets import MemoryStore
from desktop.services.sync import Account, run_sync
from desktop.services.sync.runner import SyncReport
from sync.client import SyncClient
from tests.server_harness import ServerProcess, running_server, sync_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "office-password-1"


@dataclass
class Office:
    """One desktop installation: a data folder, its database, its user and its keyring."""

    name: str
    paths: Paths
    db: Database
    server: ServerProcess
    username: str
    store: MemoryStore = field(default_factory=MemoryStore)

    @property
    def account(self) -> Account:
        return Account.of(self.server.base_url, self.username)

    def sync(self, progress: Progress = NO_PROGRESS, client: SyncClient | None = None,
             **kwargs: Any) -> SyncReport:
        return run_sync(self.db, self.account, progress, store=self.store, password=PASSWORD,
                        client=client, **kwargs)

    def client(self, **kwargs: Any) -> SyncClient:
        client = SyncClient(self.server.base_url, **kwargs)
        client.login(self.username, PASSWORD)
        return client

    def get(self, entity: str, record_id: str) -> Any:
        with self.db.sessions() as session:
            return session.get(SYNCED_ENTITIES[entity], record_id)

    def count(self, entity: str, live_only: bool = False) -> int:
        cls = SYNCED_ENTITIES[entity]
        query = select(func.count()).select_from(cls)
        if live_only:
            query = query.where(cls.deleted_at.is_(None))
        with self.db.sessions() as session:
            return int(session.scalar(query) or 0)

    def outbox(self) -> list[OutboxEntry]:
        with self.db.sessions() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def cli_sync(self, *extra: str, env: dict[str, str] | None = None,
                 **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.cli_command(*extra), capture_output=True, text=True, timeout=300,
            env=self.cli_env(env), stdin=subprocess.DEVNULL, **kwargs)

    def cli_command(self, *extra: str) -> list[str]:
        return [sys.executable, "-m", "desktop", "--data-dir", str(self.paths.data_dir), "sync",
                "--server", self.server.base_url, "--user", self.username, *extra]

    def cli_env(self, env: dict[str, str] | None = None) -> dict[str, str]:
        out = dict(os.environ)
        out["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        out["DIASPORA_DESK_PASSWORD"] = PASSWORD
        out["PYTHONPATH"] = str(ROOT)
        out.update(env or {})
        return out


class OfficeFactory:
    def __init__(self, tmp_path: Path, server: ServerProcess) -> None:
        self.tmp_path = tmp_path
        self.server = server
        self.offices: list[Office] = []

    def __call__(self, name: str, username: str | None = None, role: str = "bureau",
                 regions: tuple[str, ...] = (), office_region: str = "",
                 add_user: bool = True) -> Office:
        username = username or f"user-{name.lower()}"
        if add_user:
            self.server.add_user(username, PASSWORD, role=role, regions=regions)
        paths = Paths(self.tmp_path / f"office-{name}").ensure()
        db = open_database(paths.database, paths.backups)
        with db.transaction() as session:
            configure_office(session, "MD", office_region)
        office = Office(name, paths, db, self.server, username)
        self.offices.append(office)
        return office

    def close(self) -> None:
        for office in self.offices:
            office.db.close()


@pytest.fixture
def offices(tmp_path: Path, sync_server: ServerProcess) -> Iterator[OfficeFactory]:  # noqa: F811
    factory = OfficeFactory(tmp_path, sync_server)
    yield factory
    factory.close()


@pytest.fixture
def server_factory(tmp_path: Path) -> Any:
    """Start a server with extra environment (e.g. short token lifetimes)."""
    return lambda env: running_server(tmp_path, env=env)


@pytest.fixture(autouse=True)
def _forget_session_logins() -> Iterator[None]:
    """Logins kept in this process's memory (no-keyring sessions) must not leak between tests."""
    from desktop.services.secrets import session_store

    session_store().clear()
    yield
    session_store().clear()


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """A usable keyring backend for this test (keyring's own API, kept in memory)."""
    import keyring

    from tests.sync.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
