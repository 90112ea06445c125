"""A realistic, deterministic demo data set, written in batches that each commit on their own.

Each entity group contributes a *step* (registered in :data:`DEMO_STEP_MODULES`). A step writes
its rows in batches; the batch and the step's progress counter commit in one transaction, so a
run killed at any moment leaves whole batches only, and running ``demo`` again resumes where it
stopped (generation is seeded, so the rows it skips are exactly the ones already written).
"""

from __future__ import annotations

import importlib
import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.db import Database
from desktop.models import SyncedRecord
from desktop.services.bulk import insert_records
from desktop.services.meta import get_meta, set_meta
from desktop.services.progress import NO_PROGRESS, Progress

SIZES = ("small", "large")
DEFAULT_COUNTRY = "MD"
DEFAULT_BATCH = 2_000

DEMO_STEP_MODULES: tuple[str, ...] = ("desktop.services.demo.regions",
                                      "desktop.services.demo.registry",
                                      "desktop.services.demo.consultations")
"""Modules that register demo steps; later features append theirs here."""


@dataclass
class DemoContext:
    """What a step needs: the database, the seed, the size and a progress reporter."""

    db: Database
    seed: int
    size: str
    country: str
    progress: Progress = NO_PROGRESS

    def rng(self, step: str) -> random.Random:
        """A generator private to the step, so steps do not disturb each other's sequences."""
        return random.Random(f"diaspora-desk-demo:{self.seed}:{step}")


@dataclass(frozen=True)
class DemoStep:
    name: str
    order: int
    run: Callable[[DemoContext], int]
    """Writes the step's rows; returns how many it wrote in this run."""


_STEPS: dict[str, DemoStep] = {}


def register_step(name: str, order: int) -> Callable[[Callable[[DemoContext], int]], Callable[
        [DemoContext], int]]:
    """Decorator registering a demo step (order decides what is written first)."""

    def wrap(func: Callable[[DemoContext], int]) -> Callable[[DemoContext], int]:
        _STEPS[name] = DemoStep(name, order, func)
        return func

    return wrap


def steps() -> list[DemoStep]:
    for module in DEMO_STEP_MODULES:
        importlib.import_module(module)
    return sorted(_STEPS.values(), key=lambda s: s.order)


def demo_uuid(rng: random.Random) -> str:
    """A UUID drawn from the step's generator: the same seed gives the same ids."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def progress_key(step: str) -> str:
    return f"demo:{step}"


def rows_done(db: Database, step: str) -> int:
    with db.sessions() as session:
        return int(get_meta(session, progress_key(step), "0") or 0)


def write_batches(
    ctx: DemoContext,
    step: str,
    cls: type[SyncedRecord],
    rows: Iterator[Mapping[str, Any]],
    total: int,
    batch_size: int = DEFAULT_BATCH,
) -> int:
    """Insert ``rows`` (exactly ``total`` of them) in batches, resuming after a killed run."""
    done = rows_done(ctx.db, step)
    written = 0
    batch: list[Mapping[str, Any]] = []
    for index, row in enumerate(rows):
        if index < done:
            continue  # written by an earlier, interrupted run
        batch.append(row)
        if len(batch) >= batch_size or index == total - 1:
            ctx.progress.check()
            with ctx.db.transaction() as session:
                insert_records(session, cls, batch)
                set_meta(session, progress_key(step), str(index + 1))
                set_meta(session, f"{progress_key(step)}:table", cls.__tablename__)
            written += len(batch)
            batch = []
            ctx.progress.report(index + 1, total, step)
    return written


def run_demo(
    db: Database,
    seed: int = 1,
    size: str = "small",
    country: str = "",
    progress: Progress = NO_PROGRESS,
) -> dict[str, int]:
    """Run every step; returns rows written per step (0 where a step was already complete)."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}")
    ctx = DemoContext(db=db, seed=seed, size=size, country=country or DEFAULT_COUNTRY,
                      progress=progress)
    with db.sessions() as session:
        recorded = get_meta(session, "demo:seed")
    if recorded and recorded != f"{seed}:{size}":
        raise ValueError(
            f"This database already holds demo data made with seed/size {recorded}; "
            "use an empty data folder for another seed or size."
        )
    with db.transaction() as session:
        set_meta(session, "demo:seed", f"{seed}:{size}")
    return {step.name: step.run(ctx) for step in steps()}
