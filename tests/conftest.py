"""Shared fixtures: every test gets its own data folder and, when asked, an open database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.config import Paths, Settings
from desktop.db import Database, open_database
from desktop.services.regions import configure_office

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real user data folder or keyring."""
    monkeypatch.setenv("DIASPORA_DESK_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    """A migrated, empty database with Moldova's regions and a national office."""
    database = open_database(paths.database, paths.backups)
    with database.transaction() as session:
        configure_office(session, "MD", "")
    yield database
    database.close()


@pytest.fixture
def bare_db(paths: Paths) -> Iterator[Database]:
    """A migrated database with no office configured (first start not done)."""
    database = open_database(paths.database, paths.backups)
    yield database
    database.close()


@pytest.fixture
def app_ctx(qapp: object, paths: Paths, db: Database):  # type: ignore[no-untyped-def]
    """An AppContext like the running app's, for section and dialog tests."""
    from desktop.services.meta import get_office
    from desktop.views.context import AppContext, DataBus

    with db.sessions() as session:
        office = get_office(session)
    assert office is not None
    return AppContext(paths=paths, settings=Settings(), db=db, bus=DataBus(), office=office,
                      language="en")
