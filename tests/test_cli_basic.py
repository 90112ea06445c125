"""The foundation subcommands: demo, db check, backup; errors as messages, never tracebacks."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import head_revision

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> int:
    return main(list(args))


def test_db_check_on_a_new_demo_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "office"
    assert run_cli("--data-dir", str(data), "demo", "--seed", "3") == 0
    capsys.readouterr()
    assert run_cli("--data-dir", str(data), "db", "check") == 0
    assert capsys.readouterr().out.strip() == f"ok {head_revision()}"


def test_db_check_reports_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "office"
    data.mkdir()
    (data / "diaspora_desk.db").write_bytes(b"this is not sqlite" * 100)
    assert run_cli("--data-dir", str(data), "db", "check") == 1
    assert "not a readable SQLite database" in capsys.readouterr().out


def test_db_check_without_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("--data-dir", str(tmp_path / "none"), "db", "check") == 1
    assert "no database" in capsys.readouterr().out


def test_backup_makes_a_consistent_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "office"
    assert run_cli("--data-dir", str(data), "--country", "SN", "demo") == 0
    out = tmp_path / "copy.db"
    assert run_cli("--data-dir", str(data), "backup", str(out)) == 0
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = {row[0] for row in conn.execute("SELECT code FROM regions")}
    finally:
        conn.close()
    assert "SN-DK" in codes  # Dakar: the country came from --country
    # A backup onto a folder fails in words and leaves no half-written copy behind.
    folder = tmp_path / "folder"
    folder.mkdir()
    capsys.readouterr()
    assert run_cli("--data-dir", str(data), "backup", str(folder)) == 1
    assert "could not write" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("args", [["import", "associations"], ["select", "--bogus"],
                                  ["demo", "--size", "huge"]])
def test_a_mistyped_command_line_exits_1_not_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2 is import's "some rows were rejected"; a typo must not look like that."""
    with pytest.raises(SystemExit) as exited:
        run_cli("--data-dir", str(tmp_path), *args)
    assert exited.value.code == 1
    assert "error:" in capsys.readouterr().err


def test_backup_without_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("--data-dir", str(tmp_path / "x"), "backup", str(tmp_path / "o.db")) == 1
    err = capsys.readouterr().err
    assert "no database" in err and "Traceback" not in err


def test_unknown_country_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("--data-dir", str(tmp_path / "o"), "--country", "QQ", "demo") == 1
    assert "Unknown country code: QQ" in capsys.readouterr().err


def _dump(data: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data / "diaspora_desk.db")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN "
            "('alembic_version','outbox','local_meta','sqlite_sequence') ORDER BY name")]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] not in ("created_at", "updated_at", "decided_at")]
            rows += [(table, *r) for r in conn.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(columns)}")]
        return rows
    finally:
        conn.close()


def test_demo_is_deterministic_and_idempotent(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_cli("--data-dir", str(a), "demo", "--seed", "7") == 0
    assert run_cli("--data-dir", str(b), "demo", "--seed", "7") == 0
    first = _dump(a)
    assert first == _dump(b)
    assert run_cli("--data-dir", str(a), "demo", "--seed", "7") == 0  # resumes: nothing new
    assert _dump(a) == first


def test_demo_with_another_seed_on_the_same_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("--data-dir", str(tmp_path / "a"), "demo", "--seed", "1") == 0
    assert run_cli("--data-dir", str(tmp_path / "a"), "demo", "--seed", "2") == 1
    assert "already holds demo data" in capsys.readouterr().err


def test_data_dir_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIASPORA_DESK_DATA_DIR", str(tmp_path / "env-office"))
    assert run_cli("demo") == 0
    assert (tmp_path / "env-office" / "diaspora_desk.db").exists()
    assert (tmp_path / "env-office" / "logs").is_dir()


@pytest.mark.e2e
def test_sigkill_during_demo_leaves_whole_batches_only(tmp_path: Path) -> None:
    data = tmp_path / "office"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "demo", "--seed", "5"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    db_path = data / "diaspora_desk.db"
    killed = False
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db_path.exists():
                try:
                    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
                    done = conn.execute(
                        "SELECT count(*) FROM local_meta WHERE key LIKE 'demo:%:table'"
                    ).fetchone()[0]
                    conn.close()
                except sqlite3.Error:
                    done = 0
                if done:
                    time.sleep(0.15)  # let it get into the middle of a later batch
                    os.kill(proc.pid, signal.SIGKILL)
                    killed = True
                    break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert killed, "the demo finished before it could be interrupted"

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        progress: dict[str, int] = {}
        for key, value in conn.execute("SELECT key, value FROM local_meta WHERE key LIKE 'demo:%'"):
            if key.endswith(":table"):
                step = key.removesuffix(":table")
                count = int(dict(conn.execute(
                    "SELECT key, value FROM local_meta WHERE key = ?", (step,)
                ).fetchall()).get(step, "0"))
                progress[value] = progress.get(value, 0) + count
        assert progress, "no batch was committed before the kill"
        for table, expected in progress.items():
            actual = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert actual == expected, f"{table}: {actual} rows but {expected} recorded"
        synced = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in progress)
        in_outbox = conn.execute(
            "SELECT count(*) FROM outbox WHERE entity != 'region'"
        ).fetchone()[0]
        assert in_outbox >= synced
    finally:
        conn.close()

    # Running the demo again resumes where it stopped: the result equals an uninterrupted run.
    assert run_cli("--data-dir", str(data), "demo", "--seed", "5") == 0
    clean = tmp_path / "clean"
    assert run_cli("--data-dir", str(clean), "demo", "--seed", "5") == 0
    assert _dump(data) == _dump(clean)


def _dangle(data: Path, office_region: str) -> None:
    """A candidate pointing to an association this desktop does not hold (as a help office
    gets when the association belongs to another region)."""
    conn = sqlite3.connect(data / "diaspora_desk.db")
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE candidates SET association_id = 'elsewhere' WHERE rowid = "
                     "(SELECT min(rowid) FROM candidates)")
        conn.execute("UPDATE local_meta SET value = ? WHERE key = 'office_region'",
                     (office_region,))
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(("office", "code"), [("", 1), ("MD-CU", 0)])
def test_db_check_on_records_pointing_outside_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, code: int
) -> None:
    data = tmp_path / "office"
    assert run_cli("--data-dir", str(data), "demo") == 0
    _dangle(data, office)
    capsys.readouterr()
    assert run_cli("--data-dir", str(data), "db", "check") == code
    out = capsys.readouterr().out
    assert "1 rows point to missing records" in out
    if code == 0:
        assert out.startswith(f"ok {head_revision()}\nnote: ")
