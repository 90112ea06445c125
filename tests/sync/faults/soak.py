"""The long fault-injection soak behind ``make faults``: the suite's scenarios with larger sizes,
repeated, seeded, on SQLite and (when ``DIASPORA_TEST_PG_URL`` is set) on PostgreSQL; writes
the figures to docs/RELIABILITY.md with the machine and the date.

    python -m tests.sync.faults.soak --iterations 3 --seed 7 --out docs/RELIABILITY.md

``FAULTS_ITERATIONS`` and ``FAULTS_SEED`` set the defaults of ``--iterations`` and ``--seed``
(no seed: a fresh one, printed and written to the report, so any run can be replayed). The
exit status is 1 when any problem was found (each is listed in the report).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.server_harness import PG_ENV
from tests.sync.faults.checks import Tally
from tests.sync.faults.scenarios import (
    CASES,
    desktop_kills,
    lost_answer_case,
    retry_window,
    server_kills,
    two_offices,
    world,
)

ROOT = Path(__file__).resolve().parents[3]
SCENARIOS = ("lost answers", "two offices, cut connections", "desktop SIGKILL",
             "server SIGKILL")


@dataclass
class Run:
    backend: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SCENARIOS})
    seconds: float = 0.0

    def total(self) -> Tally:
        out = Tally()
        for tally in self.tallies.values():
            out.add(tally)
        return out


def _lost_answers(tmp: Path, seed: int, tally: Tally) -> None:
    with world(tmp, seed, tally) as w:
        for case in CASES:
            lost_answer_case(w, case)


def soak_once(tmp: Path, seed: int, run: Run, log: Callable[[str], None]) -> None:
    """One iteration of every scenario (each with its own server) into ``run``'s tallies."""
    rng = random.Random(seed)
    steps: list[tuple[str, Callable[[Path, int, Tally], object]]] = [
        (SCENARIOS[0], _lost_answers),
        (SCENARIOS[1], lambda t, s, tally: two_offices(t, s, rounds=6, steps=24, records=24,
                                                       tally=tally)),
        (SCENARIOS[2], lambda t, s, tally: desktop_kills(t, s, kills=8, records=800,
                                                         edits_per_kill=300, tally=tally)),
        (SCENARIOS[3], lambda t, s, tally: server_kills(t, s, short=3, long=2, records=400,
                                                        edits_per_kill=200, tally=tally)),
    ]
    for name, scenario in steps:
        sub_seed = rng.randrange(1_000_000)
        started = time.monotonic()
        tally = run.tallies[name]
        try:
            scenario(tmp / f"{name.split()[0]}-{sub_seed}", sub_seed, tally)
        except Exception:  # the soak reports every failure instead of stopping at the first
            tally.errors.append(f"seed {sub_seed}: " + traceback.format_exc(limit=6))
        log(f"  {run.backend} {name} (seed {sub_seed}): {time.monotonic() - started:.0f} s, "
            f"{len(tally.problems())} problems so far")


@contextlib.contextmanager
def backend(pg_url: str | None) -> Iterator[str]:
    """Point the server harness at PostgreSQL (``pg_url``) or SQLite (None) for a while."""
    saved = os.environ.get(PG_ENV)
    if pg_url:
        os.environ[PG_ENV] = pg_url
    else:
        os.environ.pop(PG_ENV, None)
    try:
        yield "PostgreSQL" if pg_url else "SQLite"
    finally:
        if saved is None:
            os.environ.pop(PG_ENV, None)
        else:
            os.environ[PG_ENV] = saved


def _command(*args: str) -> str:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> list[str]:
    lscpu = _command("lscpu")
    model = next((line.split(":", 1)[1].strip() for line in lscpu.splitlines()
                  if line.startswith("Model name")), platform.processor() or "unknown")
    memory = next((line.split()[1] for line in _command("free", "-h").splitlines()
                   if line.startswith("Mem:")), "unknown")
    load = os.getloadavg()
    return [
        f"- CPU: {model}; `nproc`: {_command('nproc') or os.cpu_count()}",
        f"- Memory (`free -h`, total): {memory}",
        f"- Load average when the soak ended: {load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f} "
        "(the machine is shared; times are wall-clock under that load)",
        f"- {platform.platform()}, Python {platform.python_version()}",
    ]


def _row(name: str, t: Tally) -> str:
    return (f"| {name} | {t.syncs} | {t.syncs_interrupted} | {t.cuts} | {t.desktop_kills} | "
            f"{t.server_kills} | {t.edits} | {len(t.losses)} | {len(t.duplicates)} | "
            f"{t.conflicts_expected} | {len(t.self_conflicts)} | {len(t.missing_conflicts)} | "
            f"{len(t.divergences)} | {len(t.integrity)} | {len(t.errors)} |")


def code_version() -> str:
    """The commit being soaked (read at the start: commits made meanwhile do not count)."""
    commit = _command("git", "-C", str(ROOT), "log", "-1", "--format=%h %s")
    dirty = _command("git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no")
    return commit + (" (with uncommitted changes)" if dirty else "")


def report(runs: list[Run], seed: int, iterations: int, started: dt.datetime,
           commit: str) -> str:
    lines = [
        "# Reliability: the sync fault-injection soak",
        "",
        "Written by `make faults` (`python -m tests.sync.faults.soak`); do not edit by hand.",
        "The scenarios are those of `tests/sync/faults/` (see that package's docstrings) with",
        "larger sizes: lost push answers followed by the same user's next edit, two offices",
        "(bureau and MD-CU help office) whose syncs a proxy cuts at random byte counts in",
        "push requests, push answers, pulls and logins, `diaspora-desk sync` SIGKILLed",
        "mid-push and mid-pull, and the server SIGKILLed mid-push with short (< 3 s) and long",
        f"(> the client's {retry_window():.0f} s retry window) outages.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC; duration "
        f"{sum(r.seconds for r in runs) / 60:.1f} min",
        f"- Code: `{commit}`",
        f"- Seed: {seed} (replay: `make faults FAULTS_SEED={seed} "
        f"FAULTS_ITERATIONS={iterations}`); iterations: {iterations}",
        *machine(),
        "",
        "Columns: syncs run; syncs interrupted (cut, killed or failed); connection cuts by the",
        "proxy; SIGKILLs of the desktop and of the server; user edits (creates, field edits,",
        "deletes, restores); lost edits (a last typed value not on the server); duplicates;",
        "conflicts expected (two offices typed different values into one field) and",
        "self-conflicts (any other conflict); clashes with no conflict; desktops not converged",
        "with the server; `PRAGMA integrity_check` failures; unexpected errors.",
        "",
    ]
    for run in runs:
        lines += [
            f"## {run.backend} ({run.seconds / 60:.1f} min)",
            "",
            "| scenario | syncs | interrupted | cuts | desktop kills | server kills | edits | "
            "lost | duplicates | conflicts expected | self-conflicts | missing conflicts | "
            "not converged | integrity | errors |",
            "|---|" + "---:|" * 14,
            *(_row(name, tally) for name, tally in run.tallies.items()),
            _row("**total**", run.total()),
            "",
        ]
        problems = [f"{name}: {p}" for name, tally in run.tallies.items()
                    for p in tally.problems()]
        if problems:
            lines += [f"{len(problems)} problems; the first {min(len(problems), 15)}:", "", "```"]
            lines += [p.replace("\n", " ")[:400] for p in problems[:15]]
            lines += ["```", ""]
        else:
            lines += ["No problem: nothing lost, nothing duplicated, no self-conflict, every "
                      "desktop converged, every file intact.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int,
                        default=int(os.environ.get("FAULTS_ITERATIONS") or 2))
    parser.add_argument("--seed", type=int,
                        default=int(os.environ["FAULTS_SEED"]) if os.environ.get("FAULTS_SEED")
                        else random.SystemRandom().randrange(1_000_000))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "RELIABILITY.md")
    parser.add_argument("--sqlite-only", action="store_true",
                        help=f"skip PostgreSQL even when {PG_ENV} is set")
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = dt.datetime.now(dt.UTC)
    commit = code_version()
    log(f"fault soak: seed {args.seed}, {args.iterations} iterations")
    backends: list[str | None] = [None]
    pg_url = os.environ.get(PG_ENV)
    if pg_url and not args.sqlite_only:
        backends.append(pg_url)
    runs: list[Run] = []
    for url in backends:
        with backend(url) as name, tempfile.TemporaryDirectory(prefix="faults-soak-") as tmp:
            run = Run(name)
            began = time.monotonic()
            rng = random.Random(args.seed)
            for iteration in range(args.iterations):
                log(f"{name}: iteration {iteration + 1} of {args.iterations}")
                soak_once(Path(tmp) / f"i{iteration}", rng.randrange(1_000_000), run, log)
            run.seconds = time.monotonic() - began
            runs.append(run)
            log(f"{name}: {run.total().summary()}")
    args.out.write_text(report(runs, args.seed, args.iterations, started, commit) + "\n",
                        encoding="utf-8")
    log(f"wrote {args.out}")
    return 1 if any(run.total().problems() for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
