"""The server's identity and epoch: the cursor follows the server, not its address; another
server is refused; a server restored from a backup gets back what it lost from the desktops.

The restore here is made with SQL on the server's tables (works on SQLite and PostgreSQL
alike): every data table is copied aside, and later put back as it was, then the epoch is
renewed as ``diaspora-desk-server restore`` does. Accounts and sign-ins are left alone so the
desktops stay logged in.
"""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from desktop.models import Association
from desktop.services.sync import Account, run_sync
from desktop.services.sync.conflicts import list_problems
from desktop.services.sync.identity import DifferentServer
from sync.server import models
from sync.server.identity import new_epoch
from tests.server_harness import running_server
from tests.sync.conftest import PASSWORD, Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]

DATA_TABLES = ("counter", "records", "record_history", "scope_exits", "conflicts",
               "processed_changes")


def snapshot(db_url: str) -> dict[str, list[dict[str, Any]]]:
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        out = {name: [dict(row) for row in conn.execute(
            sa.select(models.metadata.tables[name])).mappings()] for name in DATA_TABLES}
    engine.dispose()
    return out


def restore(db_url: str, saved: dict[str, list[dict[str, Any]]]) -> None:
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        for name in DATA_TABLES:
            table = models.metadata.tables[name]
            conn.execute(sa.delete(table))
            if saved[name]:
                conn.execute(sa.insert(table), saved[name])
        new_epoch(conn)
    engine.dispose()


def server_state(office: Office) -> dict[str, tuple[Any, ...]]:
    """What the server holds for associations, as a fresh desktop receives it."""
    with office.db.sessions() as session:
        return {a.id: (a.name, a.city, a.phone, a.deleted_at is not None)
                for a in session.scalars(sa.select(Association))}


def test_a_new_address_of_the_same_server_keeps_the_cursor(offices: OfficeFactory) -> None:
    a = offices("A")
    for i in range(30):
        add_association(a, f"Association {i}")
    a.sync()
    b = offices("B")
    assert b.sync().pull.received == 30
    other_address = b.server.base_url.replace("127.0.0.1", "localhost")
    report = run_sync(b.db, Account.of(other_address, b.username), store=b.store,
                      password=PASSWORD)
    assert report.pull.received == 0  # nothing downloaded again


def test_a_different_server_is_refused_and_nothing_is_mixed(
        offices: OfficeFactory, tmp_path: Any) -> None:
    a = offices("A")
    add_association(a)
    a.sync()
    with running_server(tmp_path / "other") as other:
        other.add_user(a.username, PASSWORD)
        rid = add_association(a, "Kept for the right server")
        with pytest.raises(DifferentServer) as caught:
            run_sync(a.db, Account.of(other.base_url, a.username), store=a.store,
                     password=PASSWORD)
        assert "new data folder" in str(caught.value)
        assert [e.record_id for e in a.outbox()] == [rid]


@pytest.mark.parametrize("first", ["A", "B"])
def test_a_server_restored_from_a_backup_gets_back_everything_without_conflicts(
        offices: OfficeFactory, first: str) -> None:
    a, b = offices("A"), offices("B")
    r1 = add_association(a, "First")
    r2 = add_association(a, "Second")
    a.sync()
    b.sync()
    saved = snapshot(a.server.db_url)

    # Work after the backup, from both offices.
    edit(a, Association, r1, city="Lyon")
    a.sync()
    r3 = add_association(b, "Made after the backup")
    edit(b, Association, r2, phone="+33 1 23 45 67 89")
    b.sync()
    edit(a, Association, r2, city="Nice")
    a.sync()
    b.sync()
    edit(a, Association, r1, name="First, renamed offline")  # pending when the server is restored

    a.server.stop()
    restore(a.server.db_url, saved)
    a.server.start()

    order = (a, b) if first == "A" else (b, a)
    for office in (*order, *order):
        report = office.sync()
        assert report.push.conflicts == 0 and report.push.refused == 0, office.name
    fresh = offices("Fresh")
    fresh.sync()
    expected = {
        r1: ("First, renamed offline", "Lyon", "", False),
        r2: ("Second", "Nice", "+33 1 23 45 67 89", False),
        r3: ("Made after the backup", "Paris", "", False),
    }
    for office in (fresh, a, b):
        got = server_state(office)
        assert {k: (v[0], v[1], v[2] or "", v[3]) for k, v in got.items()} == expected
        with office.db.sessions() as session:
            assert list_problems(session) == []
        assert office.outbox() == []
