"""Fixtures of the fault-injection suite: the seed (printed; ``FAULTS_SEED=N`` replays a run)
and the assertion that a scenario's tally is clean."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator

import pytest

from tests.sync.faults.checks import Tally

SEED_VARIABLE = "FAULTS_SEED"


@pytest.fixture
def fault_seed(request: pytest.FixtureRequest) -> Iterator[int]:
    """``FAULTS_SEED`` when set, else a fixed seed per test (CI runs are reproducible as is).
    The seed is printed, and named in every failure message of the suite."""
    text = os.environ.get(SEED_VARIABLE)
    seed = int(text) if text else zlib.crc32(request.node.name.encode()) % 100_000
    print(f"\n{request.node.nodeid}: {SEED_VARIABLE}={seed}")
    yield seed


def assert_clean(tally: Tally, seed: int) -> None:
    problems = tally.problems()
    assert not problems, (
        f"{len(problems)} problems ({tally.summary()}); replay with {SEED_VARIABLE}={seed}:\n"
        + "\n".join(problems[:40]))
