"""The database *file*, without SQLAlchemy: schema revision, quick start-up facts, backups.

Everything here uses only the standard library's sqlite3, so the window can decide how to start
(and paint itself) before the ORM, which takes a third of a second to import, is loaded.
Nothing here writes to the database except :func:`backup_database`'s target.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is meant for the user as is."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of the app."""


_REVISION_RE = re.compile(r"^revision\s*=\s*[\"'](\w+)[\"']", re.M)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:None|[\"'](\w+)[\"'])", re.M)


@functools.cache
def _revision_graph() -> tuple[str, frozenset[str]]:
    """(head, every revision), read from the version files' text.

    Importing Alembic costs about half a second; start-up only needs to know whether the file
    is current, so the graph is read directly and Alembic is imported only to upgrade. A test
    checks that this agrees with Alembic's own view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION_RE.search(text)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN_RE.search(text)
        if down is not None and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line; heads found: {sorted(heads)}")
    return heads.pop(), frozenset(revisions)


def head_revision() -> str:
    """The newest schema revision this code knows."""
    return _revision_graph()[0]


def known_revisions() -> frozenset[str]:
    return _revision_graph()[1]


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read without changing the file in any way."""
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:  # pragma: no cover - depends on OS permissions
        raise DatabaseError(f"Cannot open {path}: {exc}") from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DatabaseError(
                    f"{path} is not a Diaspora Desk database (it has tables but no schema "
                    "revision). It was left untouched."
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a readable SQLite database: {exc}") from exc
    finally:
        conn.close()


def backup_database(source: Path, target: Path) -> Path:
    """A consistent copy of a live database (SQLite's online backup API; safe while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # no half copy left next to the target
        raise
    return target



@dataclass(frozen=True)
class QuickState:
    """What start-up needs to know before opening the database properly."""

    ready: bool  # the file exists, is at the current schema and has an office configured
    database: Path


def quick_state(path: Path) -> QuickState:
    """Whether the file can be opened on the fast path (no upgrade, no first-start dialog).

    Any doubt (missing file, older or newer schema, unreadable file) answers "not ready": the
    careful path then migrates, refuses or asks, with its own messages.
    """
    if not path.exists():
        return QuickState(False, path)
    try:
        if read_revision(path) != head_revision():
            return QuickState(False, path)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM local_meta WHERE key = 'home_country'"
            ).fetchone()
        finally:
            conn.close()
    except (DatabaseError, sqlite3.Error):
        return QuickState(False, path)
    return QuickState(bool(row and row[0]), path)
