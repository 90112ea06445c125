"""Start-up migration: upgrades keep every row, newer files are refused untouched, backups
rotate."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.db import (
    BACKUPS_KEPT,
    DatabaseError,
    DatabaseTooNewError,
    head_revision,
    migrate,
    open_database,
    read_revision,
)
from desktop.models import Base
from tests.fixtures.make_fixtures import fixture_path, revisions


def table_rows(path: Path) -> dict[str, dict[tuple[object, ...], dict[str, object]]]:
    """Every row of every table, keyed by primary key."""
    engine = sa.create_engine(f"sqlite:///{path}")
    metadata = sa.MetaData()
    metadata.reflect(engine)
    result: dict[str, dict[tuple[object, ...], dict[str, object]]] = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            pk = [c.name for c in table.primary_key.columns]
            rows = conn.execute(sa.select(table)).mappings().all()
            result[table.name] = {tuple(r[c] for c in pk): dict(r) for r in rows}
    engine.dispose()
    return result


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fixture_exists_for_every_revision() -> None:
    missing = [rev for rev in revisions() if not fixture_path(rev).exists()]
    assert not missing, f"run `make fixtures` and commit tests/fixtures/ (missing: {missing})"


@pytest.mark.parametrize("revision", revisions())
def test_upgrade_from_each_revision_keeps_every_row(revision: str, tmp_path: Path) -> None:
    source = fixture_path(revision)
    if not source.exists():
        pytest.fail(f"no fixture for revision {revision}; run `make fixtures`")
    db_path = tmp_path / "diaspora_desk.db"
    shutil.copy(source, db_path)
    before = table_rows(db_path)
    assert sum(len(rows) for rows in before.values()) > 0, "fixture holds no data"

    migrate(db_path, tmp_path / "backups")

    assert read_revision(db_path) == head_revision()
    after = table_rows(db_path)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert after[table].keys() == rows.keys(), f"rows of {table} changed"
        for key, row in rows.items():
            for column, value in row.items():
                if column in after[table][key]:
                    assert after[table][key][column] == value, (table, key, column)
    if revision != head_revision():
        assert list((tmp_path / "backups").glob("*.db")), "no backup before upgrading"


def test_models_match_the_migrations(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.db", tmp_path / "b")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.close()
    assert diff == [], f"models and migrations disagree: {diff}"


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "diaspora_desk.db"
    shutil.copy(fixture_path(revisions()[-1]), db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.commit()
    conn.close()
    digest = sha256(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(db_path, tmp_path / "backups")
    assert sha256(db_path) == digest
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
    assert not Path(f"{db_path}-wal").exists()


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "diaspora_desk.db"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE something_else (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a Diaspora Desk database"):
        open_database(db_path, tmp_path / "backups")


def test_only_the_last_five_backups_are_kept(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    first = revisions()[0]
    for _ in range(BACKUPS_KEPT + 2):
        db_path = tmp_path / "diaspora_desk.db"
        shutil.copy(fixture_path(first), db_path)
        migrate(db_path, backups)
    assert len(list(backups.glob("diaspora_desk-*.db"))) == BACKUPS_KEPT


def test_a_current_database_is_not_backed_up_again(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db", tmp_path / "backups")
    db.close()
    db = open_database(tmp_path / "d.db", tmp_path / "backups")
    db.close()
    backups = tmp_path / "backups"
    assert not backups.exists() or not list(backups.glob("*.db"))


def test_start_up_revision_graph_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from desktop.db import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
