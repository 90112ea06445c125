"""Small selection problems and an exact oracle by enumerating every panel.

The oracle works on people, not types, and fixes leximin levels by testing each person
directly (no dual prices), so it shares no logic with the engine it checks.
"""

from __future__ import annotations

import itertools
import random

import highspy
import numpy as np

from desktop.services.selection import Person, Quota, SelectionProblem, panel_is_valid


def all_panels(problem: SelectionProblem) -> list[tuple[str, ...]]:
    ids = [p.id for p in problem.pool]
    return [combo for combo in itertools.combinations(ids, problem.seats)
            if panel_is_valid(problem, combo)]


def _lp(problem: SelectionProblem, panels: list[tuple[str, ...]]):  # type: ignore[no-untyped-def]
    ids = [p.id for p in problem.pool]
    index = {pid: i for i, pid in enumerate(ids)}
    h = highspy._Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    m = len(panels)
    h.addVars(m, np.zeros(m), np.full(m, inf))
    h.addRow(1.0, 1.0, m, np.arange(m, dtype=np.int32), np.ones(m))
    for pid in ids:
        cols = [j for j, panel in enumerate(panels) if pid in panel]
        h.addRow(-inf, inf, len(cols), np.array(cols, dtype=np.int32), np.ones(len(cols)))
    return h, index


def exact_maximin(problem: SelectionProblem) -> float:
    panels = all_panels(problem)
    h, _ = _lp(problem, panels)
    m = len(panels)
    h.addVar(-highspy.kHighsInf, highspy.kHighsInf)  # z
    h.changeColCost(m, 1.0)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    for i in range(len(problem.pool)):
        h.changeCoeff(1 + i, m, -1.0)
        h.changeRowBounds(1 + i, 0.0, highspy.kHighsInf)
    h.run()
    return float(h.getInfo().objective_function_value)


def exact_leximin(problem: SelectionProblem) -> list[float]:
    """Sorted leximin probability vector, person by person."""
    panels = all_panels(problem)
    people = len(problem.pool)
    m = len(panels)
    fixed: dict[int, float] = {}
    while len(fixed) < people:
        h, _ = _lp(problem, panels)
        h.addVar(-highspy.kHighsInf, highspy.kHighsInf)
        h.changeColCost(m, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        for i in range(people):
            if i in fixed:
                h.changeRowBounds(1 + i, fixed[i] - 1e-9, highspy.kHighsInf)
            else:
                h.changeCoeff(1 + i, m, -1.0)
                h.changeRowBounds(1 + i, 0.0, highspy.kHighsInf)
        h.run()
        z = float(h.getInfo().objective_function_value)
        newly = []
        for i in range(people):
            if i in fixed:
                continue
            g, _ = _lp(problem, panels)
            g.changeObjectiveSense(highspy.ObjSense.kMaximize)
            for j, panel in enumerate(panels):
                if problem.pool[i].id in panel:
                    g.changeColCost(j, 1.0)
            for r in range(people):
                lower = fixed.get(r, z - 1e-9)
                g.changeRowBounds(1 + r, lower, highspy.kHighsInf)
            g.run()
            if float(g.getInfo().objective_function_value) <= z + 1e-7:
                newly.append(i)
        for i in newly:
            fixed[i] = z
    return sorted(fixed.values())


def random_problem(seed: int, people: int = 10, seats: int = 4, cap: bool = False
                   ) -> SelectionProblem | None:
    """A random small problem with quotas around a random valid panel (None if infeasible)."""
    rng = random.Random(seed)
    features = {"gender": ["f", "m"], "region": ["north", "south", "east"],
                "age": ["young", "old"]}
    pool = [Person(f"p{i:02d}", {f: rng.choice(v) for f, v in features.items()},
                   rng.choice(["a1", "a2", "a3", None]) if cap else None)
            for i in range(people)]
    # quotas around a random panel, so there is always at least one
    sample = rng.sample(pool, seats)
    quotas = []
    for feature, values in features.items():
        for value in values:
            if not any(p.features[feature] == value for p in pool):
                continue
            count = sum(1 for p in sample if p.features[feature] == value)
            quotas.append(Quota(feature, value, max(0, count - rng.randint(0, 1)),
                                count + 1))
    problem = SelectionProblem(pool, quotas, seats, 2 if cap else None)
    return problem if all_panels(problem) else None
