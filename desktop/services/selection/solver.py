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
from desktop.services.selection.decompose import (
    Relaxation,
    StageBound,
    counting_bound,
    peel,
    relaxed_leximin,
    relaxed_maximin,
)
from desktop.services.selection.feasibility import (
    InfeasibleError,
    explain_infeasible,
    simple_conflicts,
)
from desktop.services.selection.localsearch import Structure, improve
from desktop.services.selection.master import Master, MasterFailed, MasterTimeout
from desktop.services.selection.model import FloatArray, IntArray, TypeModel, build_model
from desktop.services.selection.problem import ALGORITHMS, SelectionProblem, fingerprint

ENGINE_VERSION = "1.0"
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
    def gap(self) -> float:
        """How far the smallest probability may still be from the best possible, as a share
        of the proven upper bound (0 when optimal)."""
        if self.upper_bound <= 0:
            return 0.0
        return max(0.0, (self.upper_bound - self.min_probability) / self.upper_bound)

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


def distribution_from_panels(model: TypeModel, algorithm: str,
                             panels: list[tuple[IntArray, IntArray]], weights: list[float],
                             upper_bound: float, optimal: bool, seconds: float,
                             stages: int = 1, notes: tuple[str, ...] = ()) -> Distribution:
    """Merge equal panels, round weights to integers (largest remainder), in canonical order.

    ``panels``: each panel as (its types, their counts), as the master keeps them.
    """
    merged: dict[tuple[tuple[int, int], ...], float] = {}
    for (on, counts), weight in zip(panels, weights, strict=True):
        if weight <= 0:
            continue
        key = tuple((int(t), int(c)) for t, c in zip(on, counts, strict=True) if c > 0)
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

    def by_swaps(self, master: Master, prices: FloatArray, convexity: float,
                 starts: int = 20) -> list[IntArray]:
        """Panels with a positive reduced cost, climbing by swaps from the best so far."""
        if not len(master):
            return []
        values = master.values(prices)
        order = np.argsort(-values, kind="stable")[:starts]
        found: list[IntArray] = []
        seen: set[bytes] = set()
        for j in order:
            c = improve(self.structure, master.dense(int(j)), prices)
            key = c.tobytes()
            if key in seen or master.column_of(c) is not None:
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


def _fixable(master: Master, certificate: FloatArray, weights: FloatArray, z: float
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


def _first_panel(model: TypeModel, time_limit: float | None) -> tuple[IntArray | None, bool]:
    """(a panel meeting the quotas or None, whether the quotas were proven impossible)."""
    h = highs.new_highs(presolve="off", mip_rel_gap=1.0)
    highs.add_count_columns(h, model, integer=True)
    status = highs.run(h, time_limit)
    if status == highs.INFEASIBLE:
        return None, True
    values = h.getSolution().col_value
    if len(values) < model.size:
        return None, False
    counts = highs.counts_from(values, model.size)
    return (counts, False) if model.satisfies(counts) else (None, False)


FINISH_SHARE = 0.08
"""Share of a time limit kept for after the search: the lottery's integer weights, the draw,
the audit record and the files."""
FINISH_SECONDS = 1.0
"""…and at least this much (measured at 6,000 / 80 on the loaded 2-core machine: about 2.5 s
between the search stopping and the process ending, with a reserve of 0.25 s)."""


def deadline_for(started: float, time_limit: float | None) -> float | None:
    """When the search must stop so that the whole answer is out within ``time_limit``."""
    if time_limit is None:
        return None
    reserve = min(max(FINISH_SECONDS, FINISH_SHARE * time_limit), 0.5 * time_limit)
    return started + time_limit - reserve


FIRST_GRACE = 1.0
"""Without one panel there is no lottery to return: the search for the first panel may run
this long past a (tiny) time limit. It takes milliseconds even at 20,000 people."""


@dataclass
class _Best:
    """The fairest complete lottery found so far (weights over the master's panels)."""

    weights: FloatArray
    smallest: float


def _column_generation(model: TypeModel, run: _Run, master: Master, best: _Best,
                       hint: FloatArray | None, upper: float, remainder: float,
                       relaxation: Relaxation | None, peel_seconds: float, notes: list[str]
                       ) -> tuple[_Best, float, bool, int]:
    """Improve the lottery until it is proven optimal (or the time is up).

    Returns (best lottery, upper bound on its smallest probability, optimal, stages).
    """
    algorithm = run.algorithm
    progress = run.progress
    pricer = _Pricer(model)
    stage_bound = StageBound(model)
    stage = 1
    optimal = False
    weights: FloatArray = best.weights
    relaxed = stage_bound.solve(run.left()) if not run.out_of_time() else None
    relaxed_value = upper if relaxed is None else min(upper, relaxed[0])
    stage_upper = relaxed_value
    # Another decomposition along a different path usually covers what the first one left;
    # worth it only when a decomposition is cheap next to the time it saves.
    seeds_left = list(range(EXTRA_PEELS)) if model.size <= TARGET_MAX_TYPES else []
    timed_out = False
    while True:
        if run.out_of_time():
            timed_out = True
            break
        try:
            z, prices, convexity, weights = master.solve(run.deadline, hint,
                                                         stage_upper)
        except MasterTimeout:
            timed_out = True
            break
        except MasterFailed as exc:
            if stage == 1:
                raise SolverError(translate(
                    "Selection", "The solver could not compute the lottery (status: {status})."
                ).format(status=str(exc))) from exc
            # A later leximin stage: the last solved stage is a complete, fair lottery.
            notes.append(translate("Selection", "The leximin refinement stopped at stage "
                                                "{stage} after a numerical difficulty; the "
                                                "lottery is the one of the stage before.")
                         .format(stage=stage))
            break
        hint = None
        if stage > 1 or z >= best.smallest:
            best = _Best(weights.copy(), z if stage == 1 else best.smallest)
        run.report(z, stage_upper, stage)
        # A stage ends with a certificate: the types it may fix at z (see _fixable).
        certificate: FloatArray | None = None
        if relaxed is not None and _close(z, relaxed_value):
            certificate = relaxed[1]  # z reaches the relaxation: its prices certify
        elif not run.out_of_time():
            if relaxation is not None and remainder > PEEL_DONE and seeds_left:
                seed = EXTRA_PEELS - len(seeds_left) + 1
                seeds_left.pop()
                more = peel(model, relaxation.x, lambda: run.out_of_time() or progress.cancelled,
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
                if float(c @ per_person) > convexity + DUAL_EPS and master.add(c) is not None:
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
            timed_out = True
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
            timed_out = True
            break
        stage += 1
        relaxed = stage_bound.solve(run.left())
        relaxed_value = 1.0 if relaxed is None else relaxed[0]
        stage_upper = relaxed_value
    if timed_out:
        notes.append(translate("Selection", "Stopped at the time limit before the optimum was "
                                            "proven."))
        if stage == 1:
            upper = max(best.smallest, min(upper, stage_upper))
    return best, upper, optimal, stage


TARGET_MAX_TYPES = 2000
"""The one-go leximin check needs a row for nearly every type (every type is close to its
target by construction, so rows cannot be left out). At 6,000 / 80 with a cap (4,873 types)
that LP did not finish in 160 s, while stage 1 with generated rows takes a second: above this
size the stages run directly, so a time limit returns at least the maximin optimum."""
TARGET_REACHED = 1 - 1e-7
"""A lottery giving every type this share of its target probability counts as reaching it."""


def _reach_target(model: TypeModel, run: _Run, master: Master, hint: FloatArray | None,
                  upper: float, notes: list[str]) -> tuple[bool, FloatArray | None]:
    """Column generation for ``max λ: every type gets λ × its target`` (``master.scale``).

    Returns (whether λ reached 1, the last weights found or None). Stops with False when no
    panel can raise λ any more (the target is out of reach) or at the deadline.
    """
    pricer = _Pricer(model)
    weights: FloatArray | None = None
    while not run.out_of_time():
        try:
            lam, prices, convexity, weights = master.solve(run.deadline, hint, 1.0)
        except MasterTimeout:
            break
        except MasterFailed:
            notes.append(translate("Selection", "The solver could not compute the lottery "
                                                "(status: {status}).").format(status="target"))
            break
        hint = None
        smallest = float(master.marginals(weights).min())
        run.report(smallest, upper, 1)
        if lam >= TARGET_REACHED:
            return True, weights
        per_person = prices / master.n
        new = pricer.by_swaps(master, per_person, convexity)
        if new:
            for c in new:
                master.add(c)
            continue
        candidates, _bound = pricer.exact(per_person, run.left())
        added = False
        for c in candidates:
            if float(c @ per_person) > convexity + DUAL_EPS and master.add(c) is not None:
                added = True
        if not added:
            break
    return False, weights


def solve(problem: SelectionProblem, algorithm: str = "maximin",
          time_limit: float | None = None, progress: Progress | None = None,
          on_bound: Callable[[float, float], None] | None = None) -> Distribution:
    """The fair distribution over panels for ``problem``.

    Raises ProblemError (malformed), InfeasibleError (the quotas cannot hold; its
    ``infeasibility`` says why in words), ``Cancelled`` from the progress, SolverError (HiGHS
    failed, or not even one panel was found within the time limit), or ValueError for an
    unknown algorithm. With a time limit the run returns within it (every step, the first
    decomposition included, watches the clock) with the best distribution found so far,
    ``optimal`` False and the gap visible in ``min_probability`` vs ``upper_bound``.
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(translate("Selection", "Unknown algorithm '{name}': use maximin or "
                                                "leximin.")
                         .format(name=algorithm))
    started = time.perf_counter()
    progress = progress or NO_PROGRESS
    run = _Run(problem, algorithm, deadline_for(started, time_limit), progress, on_bound,
               started)
    model = build_model(problem)
    progress.report(0, 1000, translate("Selection", "Checking the quotas…"))
    if simple_conflicts(model):
        raise InfeasibleError(explain_infeasible(problem))
    left = run.left()
    first, impossible = _first_panel(model, None if left is None else max(left, FIRST_GRACE))
    if first is None:
        if impossible or left is None:
            raise InfeasibleError(explain_infeasible(problem))
        raise SolverError(translate("Selection", "No panel meeting the quotas was found within "
                                                 "the time limit; allow more time."))
    progress.check()

    def stop() -> bool:
        return run.out_of_time() or progress.cancelled

    upper = counting_bound(model)
    relaxation: Relaxation | None = None
    complete_relaxation = False
    if algorithm == "maximin":
        relaxation = relaxed_maximin(model, run.left())
    if relaxation is None and not run.out_of_time():
        relaxation = relaxed_leximin(model, stop, time_left=run.left,
                                     max_stages=1 if algorithm == "maximin" else None)
        complete_relaxation = algorithm == "leximin" and not stop()
        if not relaxation.stages:
            relaxation = None
    progress.check()
    if relaxation is not None:
        upper = min(upper, relaxation.stages[0])
    if on_bound is not None:
        on_bound(0.0, upper)

    def building(done: float) -> None:
        progress.report(int(1000 * done), 1000, translate("Selection", "Building the lottery: "
                                                                       "{share:.0%} done")
                        .format(share=done))

    master = Master(model)
    start_weights: dict[int, float] = {}
    remainder = 1.0
    peel_seconds = 0.0
    if relaxation is not None and not run.out_of_time():
        began = time.perf_counter()
        peeled = peel(model, relaxation.x, stop, report=building)
        peel_seconds = time.perf_counter() - began
        remainder = peeled.remainder
        for counts, weight in zip(peeled.panels, peeled.weights, strict=True):
            j = master.add(counts)
            j = master.column_of(counts) if j is None else j
            assert j is not None
            start_weights[j] = start_weights.get(j, 0.0) + weight
    progress.check()
    j_first = master.add(first)
    if not start_weights:
        j_first = master.column_of(first) if j_first is None else j_first
        assert j_first is not None
        start_weights[j_first] = 1.0
    weights = np.zeros(len(master))
    for j, weight in start_weights.items():
        weights[j] = weight
    weights /= weights.sum()
    hint = master.marginals(weights)
    best = _Best(weights, float(hint.min()))
    run.report(best.smallest, upper, 1)

    notes: list[str] = []
    stage = 1
    optimal = False
    if remainder <= PEEL_DONE and relaxation is not None:
        # The decomposition reached the relaxation's point: nothing can do better.
        if algorithm == "maximin" and _close(best.smallest, upper):
            optimal = True
        elif algorithm == "leximin" and complete_relaxation:
            optimal = True
            stage = len(relaxation.stages)
    if not optimal and algorithm == "leximin" and complete_relaxation \
            and relaxation is not None and model.size <= TARGET_MAX_TYPES \
            and not run.out_of_time():
        # Is the relaxation's whole leximin point reachable? One column generation answers
        # it; a yes proves every stage at once (no lottery can be leximin-better than it).
        target = relaxation.x / master.n
        aimed = Master(model, scale=target)
        for j in range(len(master)):
            aimed.add(master.dense(j))
        reached, found = _reach_target(model, run, aimed, hint, upper, notes)
        if found is not None:
            for j in range(len(master), len(aimed)):
                master.add(aimed.dense(j))  # same order: the weights fit both masters
            found = np.concatenate([found, np.zeros(len(master) - len(found))])
            smallest = float(master.marginals(found).min())
            if reached or smallest > best.smallest:
                best = _Best(found, smallest)
                hint = master.marginals(found)
        if reached:
            optimal = True
            stage = len(relaxation.stages)
    if not optimal and not run.out_of_time():
        best, upper, optimal, stage = _column_generation(
            model, run, master, best, hint, upper, remainder, relaxation, peel_seconds, notes)
    elif not optimal:
        notes.append(translate("Selection", "Stopped at the time limit before the optimum was "
                                            "proven."))
    weights = np.concatenate([best.weights, np.zeros(len(master) - len(best.weights))])
    distribution = distribution_from_panels(
        model, algorithm, list(zip(master.types, master.counts, strict=True)), list(weights),
        upper, optimal, time.perf_counter() - started, stage, tuple(notes))
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
