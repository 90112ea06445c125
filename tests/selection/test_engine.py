"""The fair distribution: exact optimum on small problems, valid panels, determinism, limits."""

from __future__ import annotations

import pytest

from desktop.services.progress import Cancelled, Progress
from desktop.services.selection import (
    InfeasibleError,
    Person,
    ProblemError,
    Quota,
    SelectionProblem,
    panel_is_valid,
    solve,
)
from desktop.services.selection.model import build_model
from tests.selection.helpers import exact_leximin, exact_maximin, random_problem


def _instances(cap: bool, positive: bool = False) -> list[SelectionProblem]:
    """Eight random small problems (with ``positive``: only those where everyone has a chance,
    so the maximin value says something)."""
    found = []
    for seed in range(200):
        problem = random_problem(seed, people=10, seats=4, cap=cap)
        if problem is not None and (not positive or exact_maximin(problem) > 1e-6):
            found.append(problem)
        if len(found) == 8:
            break
    assert len(found) == 8
    return found


def _check_panels(problem: SelectionProblem, distribution) -> None:  # type: ignore[no-untyped-def]
    assert distribution.weight_total == 10**12
    for panel in distribution.panels:
        ids = [pid for t, count in panel for pid in distribution.types[t][:count]]
        assert panel_is_valid(problem, ids)


def test_hand_computed_maximin() -> None:
    # 2 women and 4 men, one seat each: each woman 1/2, each man 1/4.
    pool = [Person(f"w{i}", {"gender": "f"}) for i in range(2)] + \
        [Person(f"m{i}", {"gender": "m"}) for i in range(4)]
    problem = SelectionProblem(pool, [Quota("gender", "f", 1, 1), Quota("gender", "m", 1, 1)],
                               2)
    dist = solve(problem)
    assert dist.min_probability == pytest.approx(0.25, abs=1e-9)
    assert dist.probabilities["w0"] == pytest.approx(0.5, abs=1e-9)
    assert dist.probabilities["m3"] == pytest.approx(0.25, abs=1e-9)
    assert dist.optimal
    assert dist.upper_bound == pytest.approx(0.25, abs=1e-9)


@pytest.mark.parametrize("cap", [False, True])
def test_maximin_matches_enumeration(cap: bool) -> None:
    values = set()
    for problem in _instances(cap, positive=True):
        dist = solve(problem, "maximin")
        assert dist.optimal
        exact = exact_maximin(problem)
        values.add(round(exact, 6))
        assert dist.min_probability == pytest.approx(exact, abs=1e-7)
        assert dist.upper_bound >= dist.min_probability - 1e-9
        assert sum(dist.probabilities.values()) == pytest.approx(problem.seats, abs=1e-6)
        _check_panels(problem, dist)
    # the instances are not trivial: several different optima, most below "everyone equal"
    assert len(values) >= 3
    assert sum(1 for v in values if v < 4 / 10 - 1e-6) >= 2


@pytest.mark.parametrize("cap", [False, True])
def test_leximin_matches_enumeration(cap: bool) -> None:
    for problem in _instances(cap)[:5]:
        dist = solve(problem, "leximin")
        assert dist.optimal
        mine = sorted(dist.probabilities.values())
        assert mine == pytest.approx(exact_leximin(problem), abs=1e-6)
        _check_panels(problem, dist)


def test_same_inputs_same_distribution_whatever_the_order() -> None:
    problem = _instances(True)[0]
    shuffled = SelectionProblem(list(reversed(problem.pool)), list(reversed(problem.quotas)),
                                problem.seats, problem.cap)
    a = solve(problem)
    b = solve(shuffled)
    assert a.panels == b.panels and a.weights == b.weights and a.types == b.types
    assert a.fingerprint == b.fingerprint


def test_cap_keeps_groups_apart_when_aggregating() -> None:
    # Four identical people, two per association; cap 1: never two of one association.
    pool = [Person(f"p{i}", {"gender": "f"}, group=f"assoc{i % 2}") for i in range(4)]
    problem = SelectionProblem(pool, [Quota("gender", "f", 0, 2)], 2, cap=1)
    assert build_model(problem).size == 2
    dist = solve(problem)
    _check_panels(problem, dist)
    assert dist.min_probability == pytest.approx(0.5, abs=1e-9)
    for panel in dist.panels:
        assert sorted(t for t, _ in panel) == [0, 1]
    uncapped = SelectionProblem(pool, problem.quotas, 2)
    assert build_model(uncapped).size == 1


def test_people_no_panel_can_hold_get_zero_and_others_still_balanced() -> None:
    pool = [Person("x", {"kind": "banned"})] + [Person(f"p{i}", {"kind": "ok"}) for i in range(4)]
    problem = SelectionProblem(pool, [Quota("kind", "banned", 0, 0)], 2)
    dist = solve(problem, "maximin")
    assert dist.probabilities["x"] == 0
    assert dist.probabilities["p0"] == pytest.approx(0.5, abs=1e-9)
    assert dist.min_probability == 0
    assert dist.notes == ("1 person cannot sit on any panel that meets the quotas: their "
                          "probability is 0.",)


def test_infeasible_and_malformed_problems_raise_with_words() -> None:
    pool = [Person(f"p{i}", {"g": "f"}) for i in range(3)]
    with pytest.raises(InfeasibleError) as info:
        solve(SelectionProblem(pool, [Quota("g", "f", 4, 5)], 4))
    assert "3" in info.value.infeasibility.summary
    with pytest.raises(ProblemError):
        solve(SelectionProblem([], [Quota("g", "f", 0, 1)], 1))
    with pytest.raises(ValueError):
        solve(SelectionProblem(pool, [Quota("g", "f", 0, 1)], 1), algorithm="random")


def test_progress_bounds_and_cancel() -> None:
    problem = _instances(False)[1]
    seen: list[tuple[float, float]] = []
    dist = solve(problem, "leximin", on_bound=lambda b, u: seen.append((b, u)))
    assert seen and all(b <= u + 1e-9 for b, u in seen[:1])
    assert dist.min_probability <= dist.upper_bound + 1e-12
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        solve(problem, progress=progress)


def test_a_tiny_time_limit_still_returns_valid_panels() -> None:
    problem = _instances(True)[2]
    dist = solve(problem, "leximin", time_limit=1e-6)
    _check_panels(problem, dist)
    assert dist.min_probability <= dist.upper_bound + 1e-12
    if not dist.optimal:
        assert dist.notes


@pytest.mark.parametrize(("seed", "cap"), [(5093, False), (5232, False), (5099, True)])
def test_integrality_gap_is_closed_by_exact_pricing(seed: int, cap: bool) -> None:
    """Problems where no lottery reaches the linear relaxation's bound: the exact pricing must
    find the true optimum and bring the upper bound down to it."""
    from desktop.services.selection.decompose import relaxed_leximin

    problem = random_problem(seed, people=12, seats=5, cap=cap)
    assert problem is not None
    exact = exact_maximin(problem)
    assert relaxed_leximin(build_model(problem)).stages[0] > exact + 1e-3
    dist = solve(problem)
    assert dist.optimal
    assert dist.min_probability == pytest.approx(exact, abs=1e-7)
    assert dist.upper_bound == pytest.approx(exact, abs=1e-6)
    lexi = solve(problem, "leximin")
    assert sorted(lexi.probabilities.values()) == pytest.approx(exact_leximin(problem),
                                                                abs=1e-6)


_NUMERICALLY_HARD_POOL = """id,b,a,grp
i0,u,y,G1
i1,v,x,
i2,v,y,G2
i3,u,x,G3
i4,v,y,
i5,v,y,G1
i6,v,z,G3
i7,u,z,G2
i8,v,x,G2
i9,v,x,
i10,u,x,G1
i11,u,x,G1
i12,v,x,G3
"""
_NUMERICALLY_HARD_QUOTAS = "feature,value,min,max\nb,u,1,4\nb,v,0,3\na,x,2,5\na,y,1,4\na,z,1,4\n"


def _hard_problem(tmp_path) -> SelectionProblem:  # type: ignore[no-untyped-def]
    from desktop.services.selection.files import problem_from_files, read_pool, read_quotas

    (tmp_path / "pool.csv").write_text(_NUMERICALLY_HARD_POOL, encoding="utf-8")
    (tmp_path / "quotas.csv").write_text(_NUMERICALLY_HARD_QUOTAS, encoding="utf-8")
    return problem_from_files(read_pool(tmp_path / "pool.csv"),
                              read_quotas(tmp_path / "quotas.csv"), 5, "grp", 3)


def test_leximin_survives_a_master_lp_the_usual_method_gives_up_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """HiGHS's primal simplex ended "unknown" on this instance's second leximin stage (a fuzzer
    found it); the master retries with other methods instead of failing the selection."""
    problem = _hard_problem(tmp_path)
    distribution = solve(problem, "leximin")
    _check_panels(problem, distribution)
    assert distribution.optimal and not distribution.notes  # every stage finished
    assert distribution.min_probability == pytest.approx(4 / 11, abs=1e-6)
    assert sum(distribution.probabilities.values()) == pytest.approx(5, abs=1e-6)


def test_a_later_leximin_stage_that_fails_keeps_the_stage_before(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.selection import master as master_module
    from desktop.services.selection import solver
    from desktop.services.selection.decompose import Peeled

    problem = _hard_problem(tmp_path)
    fixed: list[bool] = []
    Master = master_module.Master
    real_fix, real_solve = Master.fix, Master.solve

    def fix(self, types, level):  # type: ignore[no-untyped-def]
        fixed.append(True)
        real_fix(self, types, level)

    def solve_or_fail(self, deadline, hint=None, ceiling=None):  # type: ignore[no-untyped-def]
        if fixed:
            raise master_module.MasterFailed("numerical trouble")
        return real_solve(self, deadline, hint, ceiling)

    monkeypatch.setattr(Master, "fix", fix)
    monkeypatch.setattr(Master, "solve", solve_or_fail)
    # without a decomposition, so that the stages run in the master LP (the one that fails)
    monkeypatch.setattr(solver, "peel", lambda *args, **kwargs: Peeled([], [], 1.0))
    monkeypatch.setattr(solver, "_reach_target", lambda *args, **kwargs: (False, None))
    distribution = solve(problem, "leximin")
    _check_panels(problem, distribution)
    assert not distribution.optimal
    assert any("stopped at stage 2" in note for note in distribution.notes)
    assert distribution.min_probability == pytest.approx(4 / 11, abs=1e-6)
