"""Consistent copies of the server's database, and putting one back.

SQLite: SQLite's online backup API copies a consistent snapshot while the server runs (a plain
file copy of a database in use can be torn, and misses what is still in the ``-wal`` file). A
restore writes the copy into the database through the same API, so no ``-wal``/``-shm`` file is
left describing the old contents.

PostgreSQL: ``pg_dump --format=custom`` (a consistent snapshot, taken while the server runs) and
``pg_restore`` into an empty database. When those programs are not installed on this machine,
the error says which command to run where they are. The password never appears on a command
line (it goes to the programs through ``PGPASSWORD``).

A restore rewinds the server: whatever offices synced after the backup is gone from it (the
offices still have it). After a restore the caller gives the server a new identity epoch so that
desktops notice and send their work again (see docs/ADMIN.md, "Backups and restore").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from sync.server.db import normalise_url


class BackupError(Exception):
    """A backup or restore that could not be made; the message says what to do."""


@dataclass(frozen=True)
class Copy:
    path: Path
    method: str
    size: int


def _sqlite_path(url: URL) -> Path:
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError(f"Cannot back up or restore the SQLite database {database!r}: give "
                          "--db sqlite:///PATH of a database file.")
    return Path(database).expanduser()


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment carrying it."""
    safe = url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return safe.render_as_string(hide_password=False), env


def _fresh_target(out: Path) -> Path:
    out = out.expanduser()
    if out.exists():
        raise BackupError(f"{out} already exists; choose a new file name (backups are never "
                          "overwritten).")
    if not out.parent.is_dir():
        raise BackupError(f"The folder {out.parent} does not exist.")
    return out


def backup(db_url: str, out: Path) -> Copy:
    """Write a consistent copy of the database at ``db_url`` to the new file ``out``."""
    url = make_url(normalise_url(db_url))
    out = _fresh_target(out)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    if url.get_backend_name() == "sqlite":
        source_path = _sqlite_path(url)
        if not source_path.is_file():
            raise BackupError(f"There is no database at {source_path}.")
        source = sqlite3.connect(source_path, timeout=30)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # one step: one consistent snapshot
        finally:
            target.close()
            source.close()
        method = "SQLite online backup"
    elif url.get_backend_name() == "postgresql":
        pg_dump = shutil.which("pg_dump")
        conninfo, env = _libpq(url)
        if pg_dump is None:
            raise BackupError(
                "pg_dump is not installed on this machine. Run it where PostgreSQL's client "
                "programs are (with the password in PGPASSWORD): pg_dump --format=custom "
                f"--file={out} '{conninfo}'")
        result = subprocess.run([pg_dump, "--format=custom", f"--file={partial}",
                                 f"--dbname={conninfo}"], env=env, capture_output=True,
                                text=True)
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        method = "pg_dump --format=custom"
    else:
        raise BackupError(f"Cannot back up a {url.get_backend_name()} database.")
    partial.rename(out)
    return Copy(out, method, out.stat().st_size)


def restore(db_url: str, source: Path) -> str:
    """Put the backup ``source`` into the database at ``db_url``; returns how it was done.

    SQLite: the database file is replaced by the backup's contents (stop every server process
    first). PostgreSQL: the target database must be empty (create a new one).
    """
    url = make_url(normalise_url(db_url))
    source = source.expanduser()
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}.")
    if url.get_backend_name() == "sqlite":
        target_path = _sqlite_path(url)
        backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in backup_db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            backup_db.close()
            raise BackupError(f"{source} is not a SQLite database backup: {exc}") from exc
        if not {"alembic_version", "records", "counter"} <= tables:
            backup_db.close()
            raise BackupError(f"{source} is not a backup of a Diaspora Desk server.")
        target_path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(target_path, timeout=30)
        try:
            backup_db.backup(target)
        finally:
            target.close()
            backup_db.close()
        return "SQLite online backup"
    if url.get_backend_name() == "postgresql":
        pg_restore = shutil.which("pg_restore")
        conninfo, env = _libpq(url)
        if pg_restore is None:
            raise BackupError(
                "pg_restore is not installed on this machine. Run it where PostgreSQL's "
                "client programs are (with the password in PGPASSWORD), into an empty "
                f"database: pg_restore --no-owner --exit-on-error --dbname='{conninfo}' "
                f"{source}; then run this command again to finish.")
        result = subprocess.run([pg_restore, "--no-owner", "--exit-on-error",
                                 "--single-transaction", f"--dbname={conninfo}", str(source)],
                                env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        return "pg_restore"
    raise BackupError(f"Cannot restore into a {url.get_backend_name()} database.")
