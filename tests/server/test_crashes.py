"""Nothing lost, nothing doubled: a client killed mid-push, a server killed or restarted
mid-sync, and pulls racing concurrent pushes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select

from sync.server import models
from tests.server.helpers import T0, pull_all, push
from tests.server_harness import ApiSession, ServerProcess

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
BATCH = 500


def numbered_changes(seed: str, count: int, region: str = "MD-CA") -> list[dict[str, Any]]:
    """The same changes every time for a seed: what an office's outbox would hold."""
    ns = uuid.uuid5(uuid.NAMESPACE_URL, seed)
    return [{
        "change_id": str(uuid.uuid5(ns, f"change-{i}")),
        "entity": "association",
        "record_id": str(uuid.uuid5(ns, f"record-{i}")),
        "base_version": None,
        "region_code": region,
        "created_at": T0,
        "updated_at": T0,
        "deleted_at": None,
        "fields": {"name": f"Association {i}", "n": i, "note": "ă" * 50},
    } for i in range(count)]


def push_all(api: ApiSession, changes: list[dict[str, Any]], device: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for start in range(0, len(changes), BATCH):
        results += push(api, changes[start:start + BATCH], device)
    return results


def _stored(server: ServerProcess, seed_changes: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(records, history rows, processed change ids) the server holds for these changes."""
    ids = [c["record_id"] for c in seed_changes]
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            counts = []
            for table in (models.records, models.record_history):
                total = 0
                for start in range(0, len(ids), 500):
                    total += conn.execute(select(func.count()).select_from(table).where(
                        table.c.record_id.in_(ids[start:start + 500]))).scalar_one()
                counts.append(total)
            processed = 0
            change_ids = [c["change_id"] for c in seed_changes]
            for start in range(0, len(change_ids), 500):
                processed += conn.execute(
                    select(func.count()).select_from(models.processed_changes).where(
                        models.processed_changes.c.change_id.in_(change_ids[start:start + 500]))
                ).scalar_one()
    finally:
        engine.dispose()
    return counts[0], counts[1], processed


def _check_complete(api: ApiSession, changes: list[dict[str, Any]]) -> None:
    records, _ = pull_all(api, 0, limit=5000)
    mine = {r["record_id"]: r for r in records}
    for c in changes:
        rec = mine[c["record_id"]]
        assert rec["version"] == 1 and rec["fields"] == c["fields"]


CLIENT = textwrap.dedent("""
    import sys, requests
    from tests.server.test_crashes import numbered_changes, BATCH
    from sync.protocol import PROTOCOL_VERSION
    base, seed, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    s = requests.Session()
    s.headers["X-Diaspora-Protocol"] = str(PROTOCOL_VERSION)
    token = s.post(base + "/auth/login", json={"username": "office",
                   "password": "office-password"}).json()["access_token"]
    s.headers["Authorization"] = "Bearer " + token
    changes = numbered_changes(seed, count)
    for i in range(0, len(changes), BATCH):
        r = s.post(base + "/sync/push", json={"device_id": "laptop",
                                              "changes": changes[i:i + BATCH]})
        assert r.status_code == 200, r.text
        print("sent", i // BATCH + 1, flush=True)
    print("done", flush=True)
""")


def test_client_killed_mid_push_then_retried_creates_no_duplicates(
    sync_server: ServerProcess,
) -> None:
    sync_server.add_user("office", "office-password", role="regional", regions=["MD-CA"])
    seed, count = "killed-client", 6000
    proc = subprocess.Popen(
        [sys.executable, "-c", CLIENT, sync_server.base_url, seed, str(count)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    try:
        line = ""
        while not line.startswith("sent 3"):
            line = proc.stdout.readline()
            assert line, "the client ended before it was killed"
        proc.send_signal(signal.SIGKILL)  # while batch 4 is on its way
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    changes = numbered_changes(seed, count)
    stored_before, _, _ = _stored(sync_server, changes)
    assert 1500 <= stored_before < count  # it really was interrupted

    api = sync_server.api("office", "office-password")
    results = push_all(api, changes, "laptop")  # the outbox is pushed again, same change ids
    assert {r["status"] for r in results} == {"applied"}
    assert all(r["version"] == 1 for r in results)
    assert len({r["server_seq"] for r in results}) == count
    assert _stored(sync_server, changes) == (count, count, count)
    _check_complete(api, changes)


def test_server_killed_mid_push_then_retried_loses_nothing(sync_server: ServerProcess) -> None:
    sync_server.add_user("office", "office-password", role="regional", regions=["MD-CA"])
    api = sync_server.api("office", "office-password")
    changes = numbered_changes("killed-server", 5000)
    first_answer = threading.Event()
    errors: list[BaseException] = []

    def pusher() -> None:
        try:
            for start in range(0, len(changes), BATCH):
                push(api, changes[start:start + BATCH], "laptop")
                first_answer.set()
        except requests.RequestException as exc:  # the server died under us
            errors.append(exc)
        finally:
            first_answer.set()

    thread = threading.Thread(target=pusher)
    thread.start()
    assert first_answer.wait(120)
    sync_server.stop(kill=True)
    thread.join(120)
    assert errors, "the push finished before the server was killed"

    sync_server.start()
    api = sync_server.api("office", "office-password")
    push_all(api, changes, "laptop")
    assert _stored(sync_server, changes) == (5000, 5000, 5000)
    _check_complete(api, changes)


def test_server_restarted_mid_pull_resumes_from_the_cursor(sync_server: ServerProcess) -> None:
    sync_server.add_user("office", "office-password", role="bureau")
    api = sync_server.api("office", "office-password")
    changes = numbered_changes("restart-pull", 3000)
    push_all(api, changes, "laptop")

    received: list[dict[str, Any]] = []
    since = 0
    for _ in range(2):
        page = api.get("/sync/pull", params={"since": since, "limit": 700}).json()
        received += page["records"]
        since = page["next_since"]
    sync_server.restart()
    # The same access token still works: sessions live in the database, not in the process.
    more, _ = pull_all(api, since, limit=700)
    received += more
    assert [r["record_id"] for r in received] == [c["record_id"] for c in changes]


def test_pulls_racing_concurrent_pushes_never_skip_a_record(sync_server: ServerProcess) -> None:
    """Several writers commit while a reader pulls: a seq that commits late must not be missed
    (the counter-row lock makes seqs visible in order)."""
    sync_server.add_user("office", "office-password", role="bureau")
    writers = 4
    batches = [numbered_changes(f"race-{w}", 600) for w in range(writers)]
    done = threading.Event()
    failures: list[str] = []

    def writer(changes: list[dict[str, Any]], device: str) -> None:
        api = sync_server.api("office", "office-password")
        try:
            for start in range(0, len(changes), 40):
                results = push(api, changes[start:start + 40], device)
                if {r["status"] for r in results} != {"applied"}:
                    failures.append(str(results))
        except Exception as exc:
            failures.append(repr(exc))

    reader_api = sync_server.api("office", "office-password")
    seen: list[dict[str, Any]] = []

    def reader() -> None:
        since = 0
        while not done.is_set():
            page = reader_api.get("/sync/pull", params={"since": since, "limit": 50}).json()
            seen.extend(page["records"])
            since = page["next_since"]
        seen.extend(pull_all(reader_api, since, limit=50)[0])

    threads = [threading.Thread(target=writer, args=(batches[w], f"device-{w}"))
               for w in range(writers)]
    read_thread = threading.Thread(target=reader)
    read_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    done.set()
    read_thread.join(300)
    assert failures == []
    expected = {c["record_id"] for changes in batches for c in changes}
    seqs = [r["server_seq"] for r in seen]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    assert {r["record_id"] for r in seen} == expected
