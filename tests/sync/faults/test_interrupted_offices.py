"""Two offices (a bureau desk and a help office's desk) working on the same associations while
most of their syncs are cut at random points: single-office edits, undos, delete and restore,
create then edit, same-field clashes and delete-vs-edit pairs; then clean syncs. Seeded:
``FAULTS_SEED=N`` replays a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.faults.conftest import assert_clean
from tests.sync.faults.scenarios import two_offices

pytestmark = [pytest.mark.faults, pytest.mark.e2e, pytest.mark.pg]


def test_interrupted_syncs_of_two_offices_lose_nothing(tmp_path: Path,
                                                       fault_seed: int) -> None:
    tally = two_offices(tmp_path, fault_seed, rounds=3, steps=16)
    print(tally.summary())
    # The scenario really was disturbed, and really had clashes to keep.
    assert tally.syncs_interrupted >= 10 and tally.cuts >= 10
    assert tally.conflicts_expected >= 3
    assert_clean(tally, fault_seed)
