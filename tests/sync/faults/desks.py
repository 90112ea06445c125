"""Desktops for the fault-injection suite: a data folder with its own database, edited through
the desktop services exactly as the association form and list do, and synced through the
cutting proxy (so the server address a desktop knows is the proxy's).

A :class:`Desk` also reads what the checks need: its records as sync compares them, its outbox,
its open conflicts, and ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.config import Paths
from desktop.db import Database, open_database
from desktop.models import SYNCED_ENTITIES, OutboxEntry, Region
from desktop.models.sync import SyncConflict
from desktop.services.associations import (
    create_association,
    delete_associations,
    restore_associations,
    update_association,
)
from desktop.services.regions import configure_office, prefilled_values
from desktop.services.secrets import MemoryStore
from desktop.services.sync import Account, run_sync
from desktop.services.sync.codec import codec
from desktop.services.sync.conflicts import load_conflict, resolve_conflict
from desktop.services.sync.runner import SyncReport
from desktop.services.sync.storage import State, load_rows, state_from_row, sync_connection
from sync.client import SyncClient

PASSWORD = "office-password-1"
COUNTRY = "MD"
REGION = "MD-CU"
TRACKED = ("city", "acronym", "contact_person", "notes")
"""The association fields the scenarios type into (free text, so any value is valid)."""
ROOT = Path(__file__).resolve().parents[3]

Snapshot = dict[tuple[str, str], tuple[State, int | None]]


@dataclass(frozen=True)
class OpenConflict:
    entity: str
    record_id: str
    fields: dict[str, tuple[Any, Any]]
    """field -> (mine, theirs) as the resolution dialog shows them."""


@dataclass
class Desk:
    """One office's desktop installation."""

    name: str
    paths: Paths
    db: Database
    url: str
    username: str
    region: str = ""
    """The office's region ('' for the bureau, which sees every region)."""
    store: MemoryStore = field(default_factory=MemoryStore)

    @property
    def account(self) -> Account:
        return Account.of(self.url, self.username)

    # -- syncing

    def client(self, retries: int = 1, backoff: float = 0.05) -> SyncClient:
        """A client through the proxy with a short retry window, logged in (the login itself
        can be cut)."""
        client = SyncClient(self.url, retries=retries, backoff=backoff)
        try:
            client.login(self.username, PASSWORD)
        except BaseException:
            client.close()
            raise
        return client

    def sync(self, client: SyncClient | None = None) -> SyncReport:
        """One whole sync as the app runs it (the real client and its retries by default)."""
        return run_sync(self.db, self.account, store=self.store, password=PASSWORD,
                        client=client)

    def quick_sync(self) -> SyncReport:
        """A sync with a short retry window (used while the proxy cuts connections)."""
        client = self.client()
        try:
            return self.sync(client)
        finally:
            client.close()

    def cli_command(self) -> list[str]:
        return [sys.executable, "-m", "desktop", "--data-dir", str(self.paths.data_dir), "sync",
                "--server", self.url, "--user", self.username]

    def cli_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        env["DIASPORA_DESK_PASSWORD"] = PASSWORD
        env["PYTHONPATH"] = str(ROOT)
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    # -- a user's edits, through the services

    def create(self, name: str, values: dict[str, Any]) -> str:
        with self.db.transaction() as session:
            return create_association(session, {
                "name": name, "region_code": REGION, "country_code": "FR", **values,
            }, by=self.name)

    def update(self, record_id: str, values: dict[str, Any]) -> None:
        with self.db.transaction() as session:
            update_association(session, record_id, values, by=self.name)

    def update_many(self, edits: dict[str, dict[str, Any]]) -> None:
        """Several records saved one after another in one transaction (a batch of form saves)."""
        with self.db.transaction() as session:
            for record_id, values in edits.items():
                update_association(session, record_id, values, by=self.name)

    def delete(self, record_id: str) -> None:
        with self.db.transaction() as session:
            assert delete_associations(session, [record_id], by=self.name) == 1

    def restore(self, record_id: str) -> None:
        with self.db.transaction() as session:
            assert restore_associations(session, [record_id], by=self.name) == 1

    # -- conflicts

    def open_conflicts(self) -> list[OpenConflict]:
        out: list[OpenConflict] = []
        with self.db.sessions() as session:
            rows = session.scalars(select(SyncConflict).where(
                SyncConflict.resolved_at.is_(None))).all()
            for row in rows:
                info = load_conflict(session, row.entity, row.record_id)
                if info is None:
                    continue
                out.append(OpenConflict(row.entity, row.record_id,
                                        {c.field: (c.mine, c.theirs) for c in info.fields}))
        return out

    def resolve(self, conflict: OpenConflict, choices: dict[str, str]) -> None:
        with self.db.transaction() as session:
            resolve_conflict(session, conflict.entity, conflict.record_id,
                             choices)  # type: ignore[arg-type]

    # -- reading back

    def outbox(self) -> list[tuple[str, str, str]]:
        """(entity, record id, state) of every outbox entry."""
        with self.db.sessions() as session:
            return [(e.entity, e.record_id, e.state) for e in session.scalars(
                select(OutboxEntry).order_by(OutboxEntry.seq))]

    def snapshot(self) -> Snapshot:
        """Every synced record as sync compares it: (state, version)."""
        out: Snapshot = {}
        with sync_connection(self.db) as conn:
            for entity in SYNCED_ENTITIES:
                c = codec(entity)
                ids = [row[0] for row in conn.exec_driver_sql(f'SELECT id FROM "{c.table}"')]
                for record_id, raw in load_rows(conn, entity, ids).items():
                    out[(entity, record_id)] = (state_from_row(c, raw), raw[4])
            conn.rollback()
        return out

    def prefilled_unsynced(self) -> set[tuple[str, str]]:
        """Regions this desktop pre-filled from ISO 3166-2, never synced and never edited: by
        design they stay local until the server has its own copy."""
        pending = {(entity, rid) for entity, rid, _state in self.outbox()}
        with self.db.sessions() as session:
            rows = session.execute(select(Region.id).where(Region.version.is_(None))).all()
            return {("region", rid) for (rid,) in rows
                    if ("region", rid) not in pending and prefilled_values(session, rid)}

    def integrity(self) -> str:
        with self.db.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar_one())

    def close(self) -> None:
        self.db.close()


def make_desk(root: Path, name: str, url: str, username: str, region: str = "") -> Desk:
    paths = Paths(root / f"desk-{name}").ensure()
    db = open_database(paths.database, paths.backups)
    with db.transaction() as session:
        configure_office(session, COUNTRY, region)
    return Desk(name, paths, db, url, username, region)


def reopen(desk: Desk) -> None:
    """Open the database again (after another process wrote to it, or was killed in it)."""
    desk.db.close()
    desk.db = open_database(desk.paths.database, desk.paths.backups)
