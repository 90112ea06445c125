"""Server test fixtures: one real server per module (a fresh database each), and in-process apps.

Every test here runs on SQLite, and on PostgreSQL too when ``DIASPORA_TEST_PG_URL`` is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from sync.server.db import make_engine, migrate
from tests.server_harness import ServerProcess, fresh_database, running_server
from tests.server_harness import sync_server as sync_server  # re-exported fixture


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.pg)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A running real server shared by one test module (tests use their own users/records)."""
    with running_server(tmp_path_factory.mktemp("server")) as srv:
        yield srv


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated server database for in-process tests."""
    eng = make_engine(db_url)
    migrate(eng)
    yield eng
    eng.dispose()
