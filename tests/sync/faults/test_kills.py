"""SIGKILL of the desktop (``diaspora-desk sync`` as a subprocess) mid-push and mid-pull, and of
the server mid-push with short and long outages. Seeded: ``FAULTS_SEED=N`` replays a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.faults.conftest import assert_clean
from tests.sync.faults.scenarios import desktop_kills, retry_window, server_kills

pytestmark = [pytest.mark.faults, pytest.mark.e2e, pytest.mark.pg]


def test_the_desktop_killed_mid_push_and_mid_pull_loses_nothing(tmp_path: Path,
                                                                fault_seed: int) -> None:
    tally = desktop_kills(tmp_path, fault_seed, kills=4, records=240, edits_per_kill=120)
    print(tally.summary())
    assert tally.desktop_kills >= 2
    assert_clean(tally, fault_seed)


def test_the_server_killed_mid_push_short_and_long_outages_lose_nothing(
        tmp_path: Path, fault_seed: int) -> None:
    assert 3.0 < retry_window() < 20.0  # a "long" outage outlasts this, a short one does not
    tally = server_kills(tmp_path, fault_seed, short=2, long=1, records=200,
                         edits_per_kill=120)
    print(tally.summary())
    assert tally.server_kills == 3
    assert_clean(tally, fault_seed)
