"""Sync with the central server over loopback (issue 6)

Goals: the first sync of a new desktop pulling 100,000 records takes ≤ 4 s (its ratio to a raw
SQLite insert of the same rows is printed); a sync with nothing to do takes ≤ 100 ms; pushing
10,000 local changes takes ≤ 5 s; the client stays under 300 MB of memory (RSS) during the
100,000-record pull. The real server runs in its own process on SQLite (as `diaspora-desk-server
serve` would), the desktop is this process, exactly as in the app: `run_sync` with its
pipelined push and prefetching pull. Records are a realistic mix (associations, candidates,
focal points) with every field filled.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import Result, percentile, scratch, timer

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

TOTAL = 100_000
PUSHED = 10_000
USER = "bench"
PASSWORD = "bench-password-1"
NAMES = ["Asociația", "Comunitatea", "Centrul", "Liga", "Uniunea", "Clubul", "Fundația"]
WORDS = ["Moldovenilor", "Basarabenilor", "Dor de Casă", "Speranța", "Plai Natal", "Mărțișor",
         "Doina", "Izvor", "Codrii", "Nistru", "Prut", "Luceafărul", "Vatra", "Baștina"]
CITIES = ["Roma", "Milano", "Berlin", "Paris", "Madrid", "Lisboa", "London", "Toronto"]
GIVEN = ["Ion", "Maria", "Elena", "Vasile", "Ana", "Mihai", "Natalia", "Sergiu", "Olga"]
FAMILY = ["Popescu", "Rusu", "Ceban", "Munteanu", "Lungu", "Cojocaru", "Ciobanu", "Turcan"]
REGIONS = ["MD-CU", "MD-BA", "MD-CA", "MD-SO", "MD-OR", "MD-UN", "MD-ED", "MD-HI", None]


def _associations(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        city = rng.choice(CITIES)
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"{rng.choice(NAMES)} {rng.choice(WORDS)} {city} {i}",
            "acronym": f"A{i % 997}", "country_code": "IT", "city": city,
            "founding_year": 1995 + i % 28, "registration_number": f"REG-{i:07d}",
            "contact_person": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "email": f"contact{i}@example.org", "phone": f"+39 347 {i:07d}",
            "website": f"https://assoc{i}.example.org", "member_count": 20 + i % 400,
            "engagement_areas": ["remittances", "tourism", "youth_empowerment"][: 1 + i % 3],
            "sectors": ["culture", "education"], "languages": ["ro", "it"],
            "status": "verified", "consent_to_publish": True,
            "notes": "Întâlniri lunare la biserica ortodoxă; sprijină studenții nou-veniți.",
            "region_code": REGIONS[i % len(REGIONS)],
        }


def _candidates(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "gender": "female",
            "birth_year": 1960 + i % 45, "country_code": "DE", "citizenship": "dual",
            "generation": "second", "education_level": "master",
            "occupation_sector": "health", "skills": ["nursing", "german"],
            "languages": ["ro", "de", "ru"], "topics": ["return", "investment"],
            "email": f"person{i}@example.org", "phone": f"+49 151 {i:08d}",
            "address": f"Hauptstraße {i % 200}, Berlin",
            "notes": "Interesată de consultări despre recunoașterea diplomelor.",
            "region_code": REGIONS[i % len(REGIONS)],
        }


def _focal_points(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "gender": "male",
            "role": "local_government", "institution": "Primăria", "title": "Specialist",
            "email": f"focal{i}@example.md", "phone": f"+373 69 {i:06d}",
            "languages": ["ro", "ru"], "listed_on_flyers": True,
            "notes": "Punct de informare pentru migranți.",
            "region_code": REGIONS[i % len(REGIONS)],
        }


def _fill(db: Any, total: int, seed: int) -> None:
    """``total`` records in the desktop's outbox: half associations, 40 % candidates, the rest
    focal points (inserted with their outbox entries, as an import would)."""
    from desktop.models import Association, Candidate, FocalPoint
    from desktop.services.bulk import insert_records

    rng = random.Random(seed)
    parts = [(Association, _associations, total // 2),
             (Candidate, _candidates, total * 2 // 5)]
    parts.append((FocalPoint, _focal_points, total - sum(p[2] for p in parts)))
    for cls, make, count in parts:
        rows = list(make(rng, count))
        for start in range(0, count, 10_000):
            with db.transaction() as session:
                insert_records(session, cls, rows[start:start + 10_000])


def _office(folder: Path, name: str) -> Any:
    from desktop.config import Paths
    from desktop.db import open_database
    from desktop.services.regions import configure_office

    paths = Paths(folder / name).ensure()
    db = open_database(paths.database, paths.backups)
    with db.transaction() as session:
        configure_office(session, "MD", "")
    return db


class RssSampler:
    """Highest resident set size of this process while the block runs (sampled every 10 ms)."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        self.baseline = self._process.memory_info().rss
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)


def _cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) a process has used so far."""
    if pid is None:
        return 0.0
    import psutil

    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _raw_insert_seconds(source: Path, folder: Path) -> float:
    """The same rows, written with plain sqlite3 ``executemany`` into the same (indexed) tables
    of a fresh database, in transactions of 5,000 rows like the pull's pages."""
    from desktop.models import SYNCED_ENTITIES

    target_db = _office(folder, "raw")
    target_path = Path(target_db.path)
    target_db.close()
    read = sqlite3.connect(source)
    tables = [cls.__tablename__ for cls in SYNCED_ENTITIES.values()]
    batches: list[tuple[str, list[tuple[Any, ...]]]] = []
    for table in tables:
        cursor = read.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        sql = (f'INSERT OR REPLACE INTO "{table}" ({", ".join(columns)}) VALUES '
               f'({", ".join("?" for _ in columns)})')
        for start in range(0, len(rows), 5000):
            batches.append((sql, rows[start:start + 5000]))
    read.close()
    write = sqlite3.connect(target_path, isolation_level=None)
    write.execute("PRAGMA journal_mode=WAL")
    write.execute("PRAGMA synchronous=NORMAL")
    write.execute("PRAGMA foreign_keys=OFF")
    with timer() as elapsed:
        for sql, rows in batches:
            write.execute("BEGIN")
            write.executemany(sql, rows)
            write.execute("COMMIT")
    write.close()
    return elapsed()


def run() -> list[Result]:
    from desktop.services.progress import Progress
    from desktop.services.secrets import MemoryStore
    from desktop.services.sync import Account, run_sync
    from desktop.services.sync.push import push_outbox
    from desktop.services.sync.runner import local_device_id
    from sync.client import SyncClient
    from tests.server_harness import running_server

    folder = scratch("sync")
    results: list[Result] = []
    tmp = Path(tempfile.mkdtemp(dir=folder))
    with running_server(tmp) as server:
        server.add_user(USER, PASSWORD, role="bureau")
        account = Account.of(server.base_url, USER)

        # 1. Pushing 10,000 local changes (an office that imported a register offline).
        pusher = _office(folder, "pusher")
        _fill(pusher, PUSHED, seed=1)
        with SyncClient(server.base_url) as client:
            client.login(USER, PASSWORD)
            device = local_device_id(pusher)
            push_cpu = time.process_time()
            push_server_cpu = _cpu_seconds(server.proc.pid if server.proc else None)
            with timer() as elapsed:
                stats = push_outbox(pusher, client, device, Progress())
            push_seconds = elapsed()
            push_cpu = time.process_time() - push_cpu
            push_server_cpu = (_cpu_seconds(server.proc.pid if server.proc else None)
                               - push_server_cpu)
        assert stats.applied + stats.merged == stats.sent, "every change accepted"
        results.append(Result(
            f"push {stats.sent:,} local changes", push_seconds, "s", "≤ 5 s",
            push_seconds <= 5.0, f"{stats.sent / push_seconds:,.0f} changes/s; CPU used: desktop "
            f"{push_cpu:.1f} s, server {push_server_cpu:.1f} s (pipelined)"))
        pusher.close()

        # The rest of the 100,000 records, pushed by the bureau (setup, not measured).
        seeder = _office(folder, "seeder")
        _fill(seeder, TOTAL - PUSHED, seed=2)
        with SyncClient(server.base_url) as client:
            client.login(USER, PASSWORD)
            with timer() as seeding:
                push_outbox(seeder, client, local_device_id(seeder), Progress())
        seeder.close()

        # 2. First sync of a new desktop: its whole scope, in pages.
        fresh = _office(folder, "fresh")
        store = MemoryStore()
        with SyncClient(server.base_url) as client:
            client.login(USER, PASSWORD)
            client_cpu = time.process_time()
            server_cpu = _cpu_seconds(server.proc.pid if server.proc else None)
            with RssSampler() as rss, timer() as elapsed:
                report = run_sync(fresh, account, client=client, store=store)
            first_seconds = elapsed()
            client_cpu = time.process_time() - client_cpu
            server_cpu = _cpu_seconds(server.proc.pid if server.proc else None) - server_cpu
            received = report.pull.received
            # 3. A sync with nothing to do (what the timer does every few minutes).
            idle: list[float] = []
            for _ in range(30):
                start = time.perf_counter()
                run_sync(fresh, account, client=client, store=store)
                idle.append(time.perf_counter() - start)
        fresh_path = Path(fresh.path)
        fresh.close()

    raw = _raw_insert_seconds(fresh_path, folder)
    results.append(Result(
        f"first sync of a new desktop ({received:,} records)", first_seconds, "s", "≤ 4 s",
        first_seconds <= 4.0,
        f"{received / first_seconds:,.0f} records/s; {first_seconds / raw:.1f}× a raw SQLite "
        f"insert of the same rows ({raw:.2f} s); CPU used: desktop {client_cpu:.1f} s, "
        f"server {server_cpu:.1f} s (they run in parallel)"))
    peak_mb, base_mb = rss.peak / 1024 / 1024, rss.baseline / 1024 / 1024
    results.append(Result(
        "client memory (peak RSS) during that pull", peak_mb, "MB", "< 300 MB", peak_mb < 300,
        f"{peak_mb - base_mb:.0f} MB above the {base_mb:.0f} MB before it"))
    median = statistics.median(idle) * 1000
    results.append(Result(
        "sync with nothing to do (median of 30)", median, "ms", "≤ 100 ms", median <= 100,
        f"p95 {percentile(idle, 95) * 1000:.0f} ms"))
    results.append(Result("(setup) pushing the other 90,000 records", seeding(), "s",
                          note="server on SQLite; not a goal"))
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    results.append(Result("(context) machine load average during the run", os.getloadavg()[0],
                          "", note=f"1/5/15 min: {load} — the client and the server share "
                          f"{os.cpu_count()} cores with whatever else runs"))
    return results
