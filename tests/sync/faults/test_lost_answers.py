"""Issue 11's deterministic lost-answer cases: the server applies a push, the desktop never hears
the answer (the proxy cuts every push answer), the user edits the same record again, and the
next clean sync must end with the last typed value everywhere, no conflict, nothing pending."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.faults.conftest import assert_clean
from tests.sync.faults.scenarios import lost_answer_case

pytestmark = [pytest.mark.faults, pytest.mark.e2e, pytest.mark.pg]


def test_the_same_field_edited_again_after_a_lost_answer(tmp_path: Path,
                                                         fault_seed: int) -> None:
    tally, seen = lost_answer_case(tmp_path, "same_field_again", fault_seed)
    assert seen["city"] == "Lyon"  # the lost push was applied
    assert_clean(tally, fault_seed)
    assert tally.conflicts_expected == 0


def test_an_undo_to_the_original_value_after_a_lost_answer(tmp_path: Path,
                                                           fault_seed: int) -> None:
    tally, seen = lost_answer_case(tmp_path, "undo", fault_seed)
    assert seen["city"] == "Lyon"
    assert_clean(tally, fault_seed)
    assert tally.conflicts_expected == 0


def test_delete_then_restore_after_a_lost_answer(tmp_path: Path, fault_seed: int) -> None:
    tally, seen = lost_answer_case(tmp_path, "delete_then_restore", fault_seed)
    assert seen["deleted"] is True
    assert_clean(tally, fault_seed)
    assert tally.conflicts_expected == 0


def test_create_then_edit_before_the_first_answer(tmp_path: Path, fault_seed: int) -> None:
    tally, seen = lost_answer_case(tmp_path, "create_then_edit", fault_seed)
    assert seen and seen["version"] == 1  # created on the server, answer lost
    assert_clean(tally, fault_seed)
    assert tally.conflicts_expected == 0
