"""Infeasible quotas are explained in words, with the smallest changes that fix them."""

from __future__ import annotations

import pytest

from desktop.services.selection import (
    InfeasibleError,
    Person,
    ProblemError,
    Quota,
    SelectionProblem,
    check_feasible,
    explain_infeasible,
    solve,
)


def _pool() -> list[Person]:
    """131 third-generation candidates (2 with origin-only citizenship) and 200 others."""
    people = []
    for i in range(131):
        people.append(Person(f"t{i:03d}", {"generation": "third_plus",
                                           "citizenship": "origin" if i < 2 else "dual"}))
    for i in range(200):
        people.append(Person(f"f{i:03d}", {"generation": "first", "citizenship": "origin"}))
    return people


LABELS = {("generation", "third_plus"): "third generation",
          ("citizenship", "origin"): "origin only"}


def test_cross_feature_conflict_names_the_clash_and_the_fixes() -> None:
    quotas = [Quota("generation", "third_plus", 3, 5), Quota("citizenship", "origin", 10, 10)]
    problem = SelectionProblem(_pool(), quotas, 10, value_labels=LABELS)
    verdict = check_feasible(problem, time_limit=2.0)
    assert verdict.feasible is False
    info = explain_infeasible(problem)
    assert "at least 3 seats for 'third generation' (generation)" in info.summary
    assert "at least 10 seats for 'origin only' (citizenship)" in info.summary
    assert any("Only 2 of the 131 candidates with 'third generation' (generation) have "
               "'origin only' (citizenship)" in c for c in info.conflicts)
    text = " | ".join(info.relaxations)
    assert "Lower the minimum for 'third generation' (generation) from 3 to 2" in text
    assert "Lower the minimum for 'origin only' (citizenship) from 10 to 9" in text
    with pytest.raises(InfeasibleError) as raised:
        solve(problem)
    assert raised.value.infeasibility.summary == info.summary
    # and the suggested changes really work
    for fixed in ([Quota("generation", "third_plus", 2, 5), quotas[1]],
                  [quotas[0], Quota("citizenship", "origin", 9, 10)]):
        assert check_feasible(SelectionProblem(_pool(), fixed, 10), 2.0).feasible is True


def test_raising_a_maximum_is_suggested_when_that_is_the_smallest_change() -> None:
    pool = [Person(f"s{i}", {"generation": "second"}) for i in range(20)] + \
        [Person(f"f{i}", {"generation": "first"}) for i in range(3)]
    quotas = [Quota("generation", "second", 0, 4), Quota("generation", "first", 0, 3)]
    info = explain_infeasible(SelectionProblem(pool, quotas, 9, value_labels={
        ("generation", "second"): "second generation"}))
    assert "at most 7 seats can be filled" in info.summary
    assert info.relaxations[0] == ("Raise the maximum for 'second generation' (generation) "
                                   "from 4 to 6.")


@pytest.mark.parametrize(("quotas", "seats", "expected"), [
    ([Quota("g", "f", 6, 8)], 8, "Only 5 candidates have 'f' (g), but the minimum is 6."),
    ([Quota("g", "f", 4, 5), Quota("g", "m", 5, 5)], 8,
     "The minimums for 'g' add up to 9, more than the 8 seats."),
    ([Quota("g", "f", 0, 5)], 20, "The pool has only 10 people for 20 seats."),
])
def test_simple_conflicts(quotas: list[Quota], seats: int, expected: str) -> None:
    pool = [Person(f"p{i}", {"g": "f" if i < 5 else "m"}) for i in range(10)]
    problem = SelectionProblem(pool, quotas, seats)
    info = explain_infeasible(problem)
    assert info.summary == expected
    verdict = check_feasible(problem)
    assert verdict.feasible is False and verdict.explanation == expected


def test_cap_capacity_is_explained() -> None:
    pool = [Person(f"p{i}", {"g": "f"}, group=f"a{i % 2}") for i in range(10)]
    info = explain_infeasible(SelectionProblem(pool, [Quota("g", "f", 0, 10)], 5, cap=2))
    assert info.summary == ("With at most 2 people from one group, at most 4 seats can be "
                            "filled, fewer than the 5 seats.")
    assert any("cap per group from 2 to 3" in r for r in info.relaxations)


def test_feasible_and_malformed() -> None:
    pool = [Person(f"p{i}", {"g": "f" if i < 5 else "m"}) for i in range(10)]
    ok = SelectionProblem(pool, [Quota("g", "f", 2, 3), Quota("g", "m", 2, 3)], 5)
    assert check_feasible(ok) .feasible is True
    assert explain_infeasible(ok).summary == "The quotas can be met."
    bad = SelectionProblem(pool, [Quota("g", "f", 3, 2), Quota("colour", "red", 0, 1)], 5)
    verdict = check_feasible(bad)
    assert verdict.feasible is False
    with pytest.raises(ProblemError) as raised:
        explain_infeasible(bad)
    assert "The minimum for 'f' (g) is 3, more than its maximum 2." in raised.value.messages
    assert ("The quotas use the feature 'colour', which no pool member has."
            in raised.value.messages)
    twice = SelectionProblem([pool[0], pool[0]], ok.quotas, 1)
    assert "Some ids appear more than once in the pool: p0." in check_feasible(twice).explanation
