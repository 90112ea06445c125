"""Shared fixtures: every test gets its own data folder and, when asked, an open database."""

from __future__ import annotations

import os
import sys
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


# ----------------------------------------------------------------------------------------------
# Ending the test process

_EXIT_STATUS: list[int] = []


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with pytest's own exit status, skipping the interpreter's final teardown.

    After a whole run (Qt widgets and charts, a browser driver, solver and database drivers in
    one process) the interpreter's last garbage collection at exit has crashed inside a C
    extension ("Fatal Python error: none_dealloc", exit 134) once every test had already
    passed. The verdict is known at this point and every report has been written, so the
    process ends here with exactly that verdict instead of risking the teardown.
    """
    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
