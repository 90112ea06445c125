"""The fair distribution over panels: maximin, refined to leximin on request.

The method is column generation over panels (Flanigan et al., "Fair algorithms for selecting
citizens' assemblies", Nature 2021), on type counts instead of people (see ``model``):

* a *master* LP chooses weights for the panels found so far, maximising the smallest
  probability (leximin: stage after stage, holding the groups already fixed at their level);
* *pricing* looks for a panel the master would like, weighted by the master's dual prices —
  first by swaps from the best panels (``localsearch.improve``), then exactly by integer
  programming, whose bound also bounds the optimum from above;
* the master starts from the decomposition of the relaxation's leximin point (``decompose``),
  which usually already contains an optimal distribution, so pricing mostly just confirms it.

Everything is deterministic: canonical type order, fixed solver settings, seeded searches.
A time limit or Cancel returns (or abandons) the best distribution found so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import highspy
import numpy as np

from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.selection import highs
from desktop.services.selection.decompose import StageBound, peel, relaxed_leximin
from desktop.services.selection.feasibility import (
    InfeasibleError,
    explain_infeasible,
    simple_conflicts,
)
from desktop.services.selection.localsearch import Structure, improve
from desktop.services.selection.model import FloatArray, IntArray, TypeModel, build_model
from desktop.services.selection.problem import SelectionProblem, fingerprint

ENGINE_VERSION = "1.0"
ALGORITHMS = ("maximin", "leximin")
WEIGHT_TOTAL = 10**12
"""Panel weights are integers summing to this, so a draw is exact integer arithmetic."""
REL_GAP = 1e-6
ABS_GAP = 1e-9
DUAL_EPS = 1e-9
EXTRA_PEELS = 2
"""Further decompositions of the same target, tried when a stage stops short of its bound."""
PEEL_DONE = 1e-9


@dataclass(frozen=True)
class Distribution:
    """Panels (count per type) with integer weights, and what they mean for each person.

    ``types`` lists the member ids of each type (canonical order); a panel gives a count per
    type, and the draw picks that many members of the type uniformly at random.
    """

    algorithm: str
    version: str
    solver: str
    fingerprint: str
    types: tuple[tuple[str, ...], ...]
    panels: tuple[tuple[tuple[int, int], ...], ...]
    weights: tuple[int, ...]
    probabilities: Mapping[str, float]
    min_probability: float
    upper_bound: float
    optimal: bool
    seconds: float
    stages: int = 1
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def weight_total(self) -> int:
        return sum(self.weights)

    def type_probabilities(self) -> list[float]:
        total = self.weight_total
        expected = [0] * len(self.types)
        for panel, weight in zip(self.panels, self.weights, strict=True):
            for t, count in panel:
                expected[t] += weight * count
        return [expected[t] / (total * len(ids)) for t, ids in enumerate(self.types)]


def distribution_from_panels(model: TypeModel, algorithm: str, panels: list[IntArray],
                             weights: list[float], upper_bound: float, optimal: bool,
                             seconds: float, stages: int = 1, notes: tuple[str, ...] = ()
                             ) -> Distribution:
    """Merge equal panels, round weights to integers (largest remainder), in canonical order."""
    merged: dict[tuple[tuple[int, int], ...], float] = {}
    for counts, weight in zip(panels, weights, strict=True):
        if weight <= 0:
            continue
        key = tuple((int(t), int(counts[t])) for t in np.flatnonzero(counts))
        merged[key] = merged.get(key, 0.0) + float(weight)
    keys = sorted(merged)
    raw = np.array([merged[k] for k in keys], dtype=np.float64)
    raw = raw / raw.sum()
    scaled = raw * WEIGHT_TOTAL
    ints = np.floor(scaled).astype(np.int64)
    short = WEIGHT_TOTAL - int(ints.sum())
    order = sorted(range(len(keys)), key=lambda j: (-(scaled[j] - ints[j]), j))
    for j in order[:short]:
        ints[j] += 1
    kept = [(k, int(w)) for k, w in zip(keys, ints, strict=True) if w > 0]
    types = tuple(model.members)
    dist = Distribution(
        algorithm=algorithm, version=ENGINE_VERSION, solver=highs.solver_version(),
        fingerprint=fingerprint(model.problem), types=types,
        panels=tuple(k for k, _ in kept), weights=tuple(w for _, w in kept),
        probabilities={}, min_probability=0.0, upper_bound=upper_bound, optimal=optimal,
        seconds=seconds, stages=stages, notes=notes)
    per_type = dist.type_probabilities()
    probabilities = {pid: per_type[t] for t, ids in enumerate(types) for pid in ids}
    minimum = min(per_type) if per_type else 0.0
    return Distribution(**{**dist.__dict__, "probabilities": probabilities,
                           "min_probability": minimum,
                           "upper_bound": max(upper_bound, minimum)})


class SolverError(RuntimeError):
    """HiGHS could not finish an LP of the lottery, even after trying other methods."""


_RETRIES = ({"simplex_strategy": 1}, {"presolve": "on", "simplex_strategy": 1})
"""Other ways to solve the master when the usual one gives up (numerical trouble after many
levels were fixed): from scratch with the dual simplex, then with presolve as well."""


class _Master:
    """The restricted master LP: panel weights, the smallest probability z, fixed levels."""

    def __init__(self, model: TypeModel) -> None:
        self.model = model
        self.n = model.n.astype(np.float64)
        size = model.size
        h = highs.new_highs(presolve="off", simplex_strategy=4)  # primal simplex: columns
        h.addVar(-highs.INF, highs.INF)  # z                     # keep the basis feasible
        h.changeColCost(0, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        h.addRow(1.0, 1.0, 0, highs.ints([]), np.array([]))
        for _ in range(size):
            h.addRow(0.0, highs.INF, 1, highs.ints([0]), np.array([-1.0]))
        self.h = h
        self.columns: list[IntArray] = []
        self.index: dict[bytes, int] = {}
        self.fixed = np.full(size, -1.0)

    def add(self, counts: IntArray) -> bool:
        key = counts.tobytes()
        if key in self.index:
            return False
        self.index[key] = len(self.columns)
        self.columns.append(counts.copy())
        nz = np.flatnonzero(counts)
        rows = np.concatenate([[0], nz + 1])
        values = np.concatenate([[1.0], counts[nz] / self.n[nz]])
        self.h.addCol(0.0, 0.0, highs.INF, len(rows), highs.ints(rows), values)
        return True

    def fix(self, types: IntArray, level: float) -> None:
        bound = max(0.0, level * (1 - 1e-9) - 1e-12)
        for t in types:
            self.fixed[t] = level
            self.h.changeCoeff(1 + int(t), 0, 0.0)
            self.h.changeRowBounds(1 + int(t), bound, highs.INF)

    def solve(self) -> tuple[float, FloatArray, float, FloatArray]:
        """(z, dual price per type, dual of the convexity row, panel weights)."""
        status = highs.run(self.h)
        if status != highs.OPTIMAL:
            for options in _RETRIES:
                self.h.clearSolver()
                for name, value in options.items():
                    self.h.setOptionValue(name, value)
                status = highs.run(self.h)
                if status == highs.OPTIMAL:
                    break
            self.h.setOptionValue("presolve", "off")
            self.h.setOptionValue("simplex_strategy", 4)
            if status != highs.OPTIMAL:
                raise SolverError(translate(
                    "Selection", "The solver could not compute the lottery (status: {status})."
                ).format(status=status))
        solution = self.h.getSolution()
        z = float(self.h.getInfo().objective_function_value)
        duals = np.abs(np.asarray(solution.row_dual[1:], dtype=np.float64))
        convexity = abs(float(solution.row_dual[0]))
        weights = np.maximum(np.asarray(solution.col_value[1:], dtype=np.float64), 0.0)
        return z, duals, convexity, weights

    def marginals(self, weights: FloatArray) -> FloatArray:
        if not self.columns:
            return np.zeros(self.model.size)
        matrix = np.vstack(self.columns).astype(np.float64)
        total = max(float(weights.sum()), 1e-300)
        out: FloatArray = (weights @ matrix) / total / self.n
        return out


class _Pricer:
    """Finds panels with a positive reduced cost: swaps first, integer programming second."""

    def __init__(self, model: TypeModel) -> None:
        self.model = model
        self.structure = Structure(model)
        self.n = model.n.astype(np.float64)
        h = highs.new_highs(presolve="off", mip_rel_gap=1e-7, mip_abs_gap=1e-10,
                            mip_improving_solution_save=True)
        highs.add_count_columns(h, model, integer=True)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        self.h = h
        self.mip_calls = 0

    def by_swaps(self, master: _Master, prices: FloatArray, convexity: float,
                 starts: int = 20) -> list[IntArray]:
        """Panels with a positive reduced cost, climbing by swaps from the best so far."""
        if not master.columns:
            return []
        matrix = np.vstack(master.columns)
        values = matrix @ prices
        order = np.argsort(-values, kind="stable")[:starts]
        found: list[IntArray] = []
        seen: set[bytes] = set()
        for j in order:
            c = improve(self.structure, matrix[j], prices)
            key = c.tobytes()
            if key in seen or key in master.index:
                continue
            if float(c @ prices) > convexity + DUAL_EPS:
                seen.add(key)
                found.append(c)
        return found

    def exact(self, prices: FloatArray, time_limit: float | None
              ) -> tuple[list[IntArray], float | None]:
        """Improving candidates from the MIP and an upper bound on max(prices · panel)."""
        size = self.model.size
        self.mip_calls += 1
        self.h.changeColsCost(size, highs.ints(np.arange(size)), prices)
        status = highs.run(self.h, time_limit)
        info = self.h.getInfo()
        bound = float(info.mip_dual_bound) if status == highs.OPTIMAL else None
        out: list[IntArray] = []
        for saved in self.h.getSavedMipSolutions():
            if len(saved.col_value) >= size:
                out.append(highs.counts_from(saved.col_value, size))
        if status in (highs.OPTIMAL, highs.TIME_LIMIT, highs.INTERRUPT):
            values = self.h.getSolution().col_value
            if len(values) >= size:
                out.append(highs.counts_from(values, size))
        valid = [c for c in out if self.model.satisfies(c)]
        return valid, bound


@dataclass
class _Run:
    problem: SelectionProblem
    algorithm: str
    deadline: float | None
    progress: Progress
    on_bound: Callable[[float, float], None] | None
    started: float

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.perf_counter() >= self.deadline

    def left(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.perf_counter())

    def report(self, best: float, upper: float, stage: int) -> None:
        if self.on_bound is not None:
            self.on_bound(best, upper)
        share = 1000 if upper <= 0 else int(1000 * min(1.0, best / upper))
        if self.algorithm == "leximin" and stage > 1:
            message = translate("Selection", "Leximin stage {stage}: best so far {best:.4%}, "
                                             "upper bound {upper:.4%}")
            message = message.format(stage=stage, best=best, upper=upper)
        else:
            message = translate("Selection", "Best so far {best:.4%}, upper bound {upper:.4%}")
            message = message.format(best=best, upper=upper)
        self.progress.report(share, 1000, message)
        self.progress.check()


def _close(best: float, upper: float) -> bool:
    return best >= upper - max(ABS_GAP, REL_GAP * abs(upper))


def _fixable(master: _Master, certificate: FloatArray, weights: FloatArray, z: float
             ) -> IntArray:
    """Free types with a positive certified price: they are at z in every optimal solution."""
    free = master.fixed < 0
    tight = np.flatnonzero(free & (certificate > DUAL_EPS))
    if tight.size == 0:  # numerical safety only: prices of free types add up to 1
        marginals = master.marginals(weights)
        tight = np.flatnonzero(free & (marginals <= z + max(ABS_GAP, REL_GAP * z)))
    if tight.size == 0:
        tight = np.flatnonzero(free)[:1]
    return tight


def _first_panel(model: TypeModel, time_limit: float | None) -> IntArray | None:
    h = highs.new_highs(presolve="off", mip_rel_gap=1.0)
    highs.add_count_columns(h, model, integer=True)
    status = highs.run(h, time_limit)
    if status == highs.INFEASIBLE:
        return None
    values = h.getSolution().col_value
    if len(values) < model.size:
        return None
    counts = highs.counts_from(values, model.size)
    return counts if model.satisfies(counts) else None


def solve(problem: SelectionProblem, algorithm: str = "maximin",
          time_limit: float | None = None, progress: Progress | None = None,
          on_bound: Callable[[float, float], None] | None = None) -> Distribution:
    """The fair distribution over panels for ``problem``.

    Raises ProblemError (malformed), InfeasibleError (the quotas cannot hold; its
    ``infeasibility`` says why in words), ``Cancelled`` from the progress, or ValueError for an
    unknown algorithm. With a time limit the best distribution found so far is returned, with
    ``optimal`` False and the gap visible in ``min_probability`` vs ``upper_bound``.
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(translate("Selection", "Unknown algorithm '{name}': use maximin or "
                                                "leximin.")
                         .format(name=algorithm))
    started = time.perf_counter()
    progress = progress or NO_PROGRESS
    run = _Run(problem, algorithm, None if time_limit is None else started + time_limit,
               progress, on_bound, started)
    model = build_model(problem)
    progress.report(0, 1000, translate("Selection", "Checking the quotas…"))
    first = None if simple_conflicts(model) else _first_panel(model, None)
    if first is None:
        raise InfeasibleError(explain_infeasible(problem))
    progress.check()

    stop = run.out_of_time
    relaxation = relaxed_leximin(model, lambda: stop() or progress.cancelled)
    progress.check()
    upper = relaxation.stages[0] if relaxation.stages else 1.0
    if on_bound is not None:
        on_bound(0.0, upper)

    def building(done: float) -> None:
        progress.report(int(1000 * done), 1000, translate("Selection", "Building the lottery: "
                                                                       "{share:.0%} done")
                        .format(share=done))

    # The first decomposition is the backbone of any answer, so only Cancel stops it (it
    # takes about a second even at 3,000 people); the time limit applies from here on.
    peeled = peel(model, relaxation.x, lambda: progress.cancelled, report=building)
    progress.check()

    master = _Master(model)
    for counts in peeled.panels:
        master.add(counts)
    master.add(first)
    pricer = _Pricer(model)
    stage_bound = StageBound(model)
    notes: list[str] = []
    stage = 1
    optimal = False
    weights: FloatArray = np.zeros(0)
    relaxed = stage_bound.solve()
    relaxed_value = upper if relaxed is None else relaxed[0]
    stage_upper = relaxed_value
    remainder = peeled.remainder
    seeds_left = list(range(EXTRA_PEELS))
    while True:
        try:
            z, prices, convexity, weights = master.solve()
        except SolverError:
            if stage == 1 or not len(weights):
                raise
            # A later leximin stage: the last solved stage is a complete, fair lottery.
            notes.append(translate("Selection", "The leximin refinement stopped at stage "
                                                "{stage} after a numerical difficulty; the "
                                                "lottery is the one of the stage before.")
                         .format(stage=stage))
            break
        run.report(z, stage_upper, stage)
        # A stage ends with a certificate: the types it may fix at z (see _fixable).
        certificate: FloatArray | None = None
        if relaxed is not None and _close(z, relaxed_value):
            certificate = relaxed[1]  # z reaches the relaxation: its prices certify
        elif not run.out_of_time():
            if relaxed is not None and remainder > PEEL_DONE and seeds_left:
                # The first decomposition left a little of the target undone; another one,
                # along a different path, usually covers exactly that part.
                seed = EXTRA_PEELS - len(seeds_left) + 1
                seeds_left.pop()
                more = peel(model, relaxation.x, lambda: stop() or progress.cancelled,
                            seed=seed)
                remainder = min(remainder, more.remainder)
                for counts in more.panels:
                    master.add(counts)
                continue
            per_person = prices / master.n
            new = pricer.by_swaps(master, per_person, convexity)
            if new:
                for c in new:
                    master.add(c)
                continue
            candidates, bound = pricer.exact(per_person, run.left())
            added = False
            for c in candidates:
                if float(c @ per_person) > convexity + DUAL_EPS and master.add(c):
                    added = True
            if bound is not None:
                fixed_part = float(np.sum(prices[master.fixed >= 0]
                                          * master.fixed[master.fixed >= 0]))
                stage_upper = min(stage_upper, bound - fixed_part)
            if added:
                if algorithm == "maximin" and stage == 1 and _close(z, stage_upper) \
                        and z > ABS_GAP:
                    optimal = True
                    upper = max(z, min(upper, stage_upper))
                    break
                continue
            if bound is not None:
                certificate = prices  # no improving panel: the master's prices are optimal
        if certificate is None:
            notes.append(translate("Selection", "Stopped at the time limit before the optimum was "
                                                "proven."))
            if stage == 1:
                upper = max(z, min(upper, stage_upper))
            break
        if stage == 1:
            upper = max(z, min(upper, stage_upper))
        if algorithm == "maximin" and (z > ABS_GAP or (master.fixed >= 0).all()):
            optimal = True
            break
        # leximin (or a maximin of 0): fix who cannot do better than z, raise the others
        tight = _fixable(master, certificate, weights, z)
        master.fix(tight, z)
        stage_bound.fix(tight, z)
        if (master.fixed >= 0).all():
            optimal = True
            break
        if run.out_of_time():
            notes.append(translate("Selection", "Stopped at the time limit before the optimum was "
                                                "proven."))
            break
        stage += 1
        relaxed = stage_bound.solve()
        relaxed_value = 1.0 if relaxed is None else relaxed[0]
        stage_upper = relaxed_value
    if len(weights) < len(master.columns):  # panels added after the last solve weigh 0
        weights = np.concatenate([weights, np.zeros(len(master.columns) - len(weights))])
    distribution = distribution_from_panels(
        model, algorithm, master.columns, list(weights), upper, optimal,
        time.perf_counter() - started, stage, tuple(notes))
    if optimal:
        nobody = sum(1 for p in distribution.probabilities.values() if p <= 0.0)
        if nobody:
            if nobody == 1:
                note = translate("Selection", "1 person cannot sit on any panel that meets the "
                                              "quotas: their probability is 0.")
            else:
                note = translate("Selection", "{count} people cannot sit on any panel that meets "
                                              "the quotas: their probability is 0."
                                 ).format(count=nobody)
            distribution = replace(distribution, notes=(*distribution.notes, note))
    return distribution
