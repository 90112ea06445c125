"""Issue 11's deterministic lost-answer cases: the server applies a push, the desktop never hears
the answer (the proxy cuts every push answer), the user edits the same record again, and the
next clean sync must end with the last typed value everywhere, no conflict, nothing pending.

The four cases share one server and one pair of desks (each case on a record of its own): a
server start costs more than a case.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.sync.faults.checks import Tally
from tests.sync.faults.conftest import SEED_VARIABLE, assert_clean
from tests.sync.faults.scenarios import World, lost_answer_case, world

pytestmark = [pytest.mark.faults, pytest.mark.e2e, pytest.mark.pg]


@pytest.fixture(scope="module")
def lost_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    seed = int(os.environ.get(SEED_VARIABLE) or 11)
    with world(tmp_path_factory.mktemp("lost-answers"), seed) as w:
        w.seed = seed
        yield w


@pytest.fixture
def w(lost_world: World) -> World:
    lost_world.tally = Tally()
    return lost_world


def test_the_same_field_edited_again_after_a_lost_answer(w: World) -> None:
    seen = lost_answer_case(w, "same_field_again")
    assert seen["city"] == "Lyon"  # the lost push was applied
    assert_clean(w.tally, w.seed)
    assert w.tally.conflicts_expected == 0


def test_an_undo_to_the_original_value_after_a_lost_answer(w: World) -> None:
    seen = lost_answer_case(w, "undo")
    assert seen["city"] == "Lyon"
    assert_clean(w.tally, w.seed)
    assert w.tally.conflicts_expected == 0


def test_delete_then_restore_after_a_lost_answer(w: World) -> None:
    seen = lost_answer_case(w, "delete_then_restore")
    assert seen["deleted"] is True
    assert_clean(w.tally, w.seed)
    assert w.tally.conflicts_expected == 0


def test_create_then_edit_before_the_first_answer(w: World) -> None:
    seen = lost_answer_case(w, "create_then_edit")
    assert seen and seen["version"] == 1  # created on the server, answer lost
    assert_clean(w.tally, w.seed)
    assert w.tally.conflicts_expected == 0
