"""The administrator's backup and restore, end to end: ``diaspora-desk-server backup`` while the
server runs, more work from two offices, ``restore`` of the backup, and the next syncs bring
everything back to the server — no duplicates, no conflicts (issue 13).

On PostgreSQL the restore goes into an empty database, as docs/ADMIN.md says: the test drops
and re-creates the server's database (same name) before restoring into it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from desktop.models import Association
from desktop.services.sync.conflicts import list_problems
from tests.server_harness import ADMIN_PASSWORD, ADMIN_USER, PROTOCOL_HEADERS, using_postgres
from tests.sync.conftest import Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


def _empty_database(db_url: str) -> None:
    """Drop and create the PostgreSQL database of ``db_url`` again (what an administrator does
    with dropdb/createdb before restoring into it)."""
    import psycopg

    url = sa.engine.make_url(db_url)
    admin = url.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{url.database}"')


def _server_records(base_url: str) -> list[dict[str, Any]]:
    """Every record the server holds now, as the administrator's full pull gives it."""
    session = requests.Session()
    session.headers.update(PROTOCOL_HEADERS)
    token = session.post(base_url + "/auth/login", timeout=30, json={
        "username": ADMIN_USER, "password": ADMIN_PASSWORD}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    records: list[dict[str, Any]] = []
    since = 0
    while True:
        page = session.get(base_url + "/sync/pull", params={"since": since, "limit": 5000},
                           timeout=30).json()
        records += page["records"]
        since = page["next_since"]
        if not page["has_more"]:
            return records


def _associations(office: Office) -> dict[str, tuple[Any, ...]]:
    with office.db.sessions() as session:
        return {a.id: (a.name, a.city, a.phone or "", a.deleted_at is not None)
                for a in session.scalars(sa.select(Association))}


def test_backup_more_syncs_restore_sync_loses_nothing(offices: OfficeFactory,
                                                      tmp_path: Path) -> None:
    a, b = offices("A"), offices("B")
    server = a.server
    r1 = add_association(a, "First")
    r2 = add_association(a, "Second")
    a.sync()
    b.sync()
    backup_file = tmp_path / "server-backup.db"
    made = server.cli("backup", str(backup_file))
    assert "Backed up" in made.stdout and backup_file.stat().st_size > 0
    again = server.cli("backup", str(backup_file), check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    before = server.api().get("/health").json()

    # Work after the backup, from both offices.
    edit(a, Association, r1, city="Lyon")
    a.sync()
    r3 = add_association(b, "Made after the backup")
    edit(b, Association, r2, phone="+33 1 23 45 67 89")
    b.sync()
    edit(a, Association, r2, city="Nice")
    a.sync()
    b.sync()
    edit(a, Association, r1, name="First, renamed offline")  # pending at the restore

    server.stop()
    if using_postgres():
        _empty_database(server.db_url)
    restored = server.cli("restore", str(backup_file))
    assert "new epoch" in restored.stdout
    server.start()
    after = server.api().get("/health").json()
    assert after["server_id"] == before["server_id"] and after["epoch"] != before["epoch"]
    assert after["last_seq"] == before["last_seq"]  # the server went back to the backup

    for office in (a, b, a, b):
        report = office.sync()
        assert report.push.conflicts == 0 and report.push.refused == 0, office.name

    records = _server_records(server.base_url)
    ids = [r["record_id"] for r in records if r["entity"] == "association"]
    assert sorted(ids) == sorted({r1, r2, r3})  # everything back, each once
    assert len({r["server_seq"] for r in records}) == len(records)
    expected = {
        r1: ("First, renamed offline", "Lyon", "", False),
        r2: ("Second", "Nice", "+33 1 23 45 67 89", False),
        r3: ("Made after the backup", "Paris", "", False),
    }
    fresh = offices("Fresh")
    fresh.sync()
    for office in (fresh, a, b):
        assert _associations(office) == expected, office.name
        with office.db.sessions() as session:
            assert list_problems(session) == []
        assert office.outbox() == []
    assert "restored" in server.cli("audit").stdout


def test_restore_refuses_what_is_not_a_backup_and_a_used_postgres_database(
        offices: OfficeFactory, tmp_path: Path) -> None:
    server = offices("A").server
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    if using_postgres():
        refused = server.cli("restore", str(junk), check=False)
        assert refused.returncode == 1 and "empty database" in refused.stderr
    else:
        refused = server.cli("restore", str(junk), check=False)
        assert refused.returncode == 1 and "not a" in refused.stderr
    missing = server.cli("restore", str(tmp_path / "nothing.db"), check=False)
    assert missing.returncode == 1
