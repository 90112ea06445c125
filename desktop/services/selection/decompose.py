"""A fair target and its decomposition into panels: what makes large pools fast.

1. :func:`relaxed_leximin` computes, over the *linear relaxation* of the panel constraints
   (fractional counts per type), the leximin-fair expected count of every type, with a short
   sequence of small LPs. Its first stage value is an upper bound on the maximin probability
   (no distribution over real panels can beat the relaxation).
2. :func:`peel` writes that target as a convex combination of real panels (Carathéodory
   style): round the current point to a panel ``c`` that agrees with it on every integral
   coordinate and every tight quota, move the point away from ``c`` as far as it stays
   feasible, record ``c`` with the weight this implies, repeat. Every step fixes one more
   coordinate or quota, so there are at most about (types + quotas) panels. The rounding is a
   swap search (:class:`~desktop.services.selection.localsearch.Repairer`), with an integer
   program as fallback.

When the peel finishes, the panels realise the relaxation's leximin point exactly, which is
then optimal for maximin and leximin alike. When the target is not reachable with real panels
the peel stops early, and its panels seed the column generation in
:mod:`desktop.services.selection.solver`, which needs far fewer iterations from there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from desktop.services.selection import highs
from desktop.services.selection.localsearch import Repairer, Structure
from desktop.services.selection.model import FloatArray, IntArray, TypeModel

EPS = 1e-9
ROW_TOL = 1e-6


@dataclass
class Relaxation:
    x: FloatArray
    """Expected count per type at the relaxation's leximin point."""
    stages: list[float]
    """The value fixed at each leximin stage (the first one bounds maximin from above)."""


def _relaxation_lp(model: TypeModel, **options: object) -> tuple[Any, int]:
    """The relaxation: fractional counts, the panel rows, and ``count_t / n_t >= z``."""
    size = model.size
    n = model.n.astype(np.float64)
    h = highs.new_highs(**options)
    highs.add_count_columns(h, model, integer=False)
    h.addVar(-highs.INF, highs.INF)
    h.changeColCost(size, 1.0)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    base = h.getNumRow()
    starts = np.arange(0, 2 * size, 2, dtype=np.int32)
    index = np.empty(2 * size, dtype=np.int32)
    index[0::2] = np.arange(size)
    index[1::2] = size
    value = np.empty(2 * size)
    value[0::2] = 1.0 / n
    value[1::2] = -1.0
    h.addRows(size, np.zeros(size), np.full(size, highs.INF), 2 * size, starts, index, value)
    return h, base


def relaxed_leximin(model: TypeModel, should_stop: Callable[[], bool] = lambda: False,
                    max_stages: int | None = None,
                    time_left: Callable[[], float | None] = lambda: None) -> Relaxation:
    """The leximin point of the relaxation, stage by stage (``stages`` empty: not even the
    first stage finished within ``time_left()``, so there is no target and no LP bound)."""
    size = model.size
    n = model.n.astype(np.float64)
    h, base = _relaxation_lp(model)
    fixed = np.zeros(size, dtype=bool)
    stages: list[float] = []
    x = np.zeros(size)
    while not fixed.all():
        status = highs.run(h, time_left())
        if status != highs.OPTIMAL:
            if status in (highs.TIME_LIMIT, highs.INTERRUPT):
                break  # the stages done so far stand; x is their last point
            raise RuntimeError(f"relaxation LP ended with status {status}")
        solution = h.getSolution()
        z = float(h.getInfo().objective_function_value)
        x = np.clip(np.asarray(solution.col_value[:size], dtype=np.float64), 0.0, n)
        duals = np.abs(np.asarray(solution.row_dual[base:base + size], dtype=np.float64))
        newly = np.flatnonzero(~fixed & (duals > EPS))
        if newly.size == 0:
            newly = np.flatnonzero(~fixed & (x / n <= z + EPS))
        if newly.size == 0:  # numerical safety: fix the lowest
            free = np.flatnonzero(~fixed)
            newly = free[np.argsort(x[free] / n[free])[:1]]
        stages.append(z)
        for t in newly.tolist():
            fixed[t] = True
            h.changeCoeff(base + t, size, 0.0)
            h.changeRowBounds(base + t, max(0.0, z * (1 - 1e-9) - 1e-12), highs.INF)
        # then the leximin point of the remaining types: no one already fixed may drop
        if not fixed.all() and (should_stop()
                                or (max_stages is not None and len(stages) >= max_stages)):
            break
    return Relaxation(x, stages)


def relaxed_maximin(model: TypeModel, time_limit: float | None = None) -> Relaxation | None:
    """The relaxation's maximin value and a *central* point of its optimal face (or None).

    The value comes from the simplex method (one LP). The point then comes from the
    interior-point method without crossover on the optimal face (every type held at
    ``value × n_t`` or more, as column bounds, no objective): it ends in the middle of the face,
    every type as far from its bounds as the optimum allows. That point is much easier to write
    as a mix of real panels than a vertex (measured at 6,000 / 80 with a cap: 1.7 % left
    undecomposed instead of 8 %). Holding the value as bounds keeps the interior-point method's
    matrix sparse: with ``z`` as a column shared by every type row it became dense (2.9 GB at
    20,000 people).
    """
    started = time.perf_counter()
    first = relaxed_leximin(model, max_stages=1, time_left=lambda: None if time_limit is None
                            else max(0.0, time_limit - (time.perf_counter() - started)))
    if not first.stages:
        return None
    value = first.stages[0]
    n = model.n.astype(np.float64)
    size = model.size
    h = highs.new_highs(solver="ipm", run_crossover="off")
    highs.add_count_columns(h, model, integer=False)
    lower = np.minimum(n, np.maximum(0.0, value * (1 - 1e-9) * n))
    h.changeColsBounds(size, highs.ints(np.arange(size)), lower, n)
    left = None if time_limit is None else max(0.0, time_limit - (time.perf_counter() - started))
    if highs.run(h, left) != highs.OPTIMAL:
        return first  # the simplex vertex: a worse target, but a target
    x = np.clip(np.asarray(h.getSolution().col_value[:size], dtype=np.float64), lower, n)
    return Relaxation(x, [value])


def counting_bound(model: TypeModel) -> float:
    """An upper bound on the smallest probability by counting alone (no solver).

    Everyone in a row shares at most ``hi`` seats on every panel, so someone there has a
    probability of at most ``hi / members``; the same for the seats over the whole pool. It is
    what the lottery is compared with when even the first LP did not finish in time.
    """
    bound = model.seats / max(1, int(model.n.sum()))
    for row in model.rows:
        members = int(model.n[row.types].sum())
        if members > 0:
            bound = min(bound, row.hi / members)
    return float(min(1.0, bound))


class StageBound:
    """Upper bound on a leximin stage: the same stage over the linear relaxation.

    Any distribution over panels has expected counts in the relaxation, so holding the fixed
    types at their levels, the relaxation's best smallest probability of the others bounds what
    panels can reach. Often it is reached, which ends the stage without an integer program.
    """

    def __init__(self, model: TypeModel) -> None:
        self.size = model.size
        self.h, self.base = _relaxation_lp(model)

    def fix(self, types: IntArray, level: float) -> None:
        for t in types:
            self.h.changeCoeff(self.base + int(t), self.size, 0.0)
            self.h.changeRowBounds(self.base + int(t), max(0.0, level * (1 - 1e-9) - 1e-12),
                                   highs.INF)

    def solve(self, time_limit: float | None = None) -> tuple[float, FloatArray] | None:
        """The stage's relaxed optimum and its dual price per type (None if unsolved).

        A positive price certifies that the type sits exactly at the optimum in every optimal
        relaxed solution, hence in every optimal distribution over panels that reaches it.
        """
        if highs.run(self.h, time_limit) != highs.OPTIMAL:
            return None
        duals = np.abs(np.asarray(self.h.getSolution().row_dual[self.base:self.base + self.size],
                                  dtype=np.float64))
        return float(self.h.getInfo().objective_function_value), duals


@dataclass
class Peeled:
    panels: list[IntArray]
    weights: list[float]
    remainder: float
    """Probability mass left undecomposed (0 when the target was reached exactly)."""


MIP_ROUNDING_SECONDS = 2.0
"""Time limit of one integer program rounding inside the peel."""
MIP_ROUNDINGS = 4
"""How many such programs one peel may run (a count, not a time, so the result does not depend
on the machine's speed; measured at 6,000 / 80 with a cap: 36 of them took 30 of the peel's
55 s and mostly failed, and column generation finishes that last part far more cheaply)."""


RETRIES = 3
"""Further swap searches (longer ones) before a rounding step falls back on integer
programming or gives up."""


def peel(model: TypeModel, target: FloatArray,
         should_stop: Callable[[], bool] = lambda: False, seed: int = 0,
         report: Callable[[float], None] | None = None,
         mip_seconds: float = MIP_ROUNDING_SECONDS) -> Peeled:
    """Decompose ``target`` (expected counts per type) into panels, as far as possible.

    ``report`` is called now and then with the share of the target decomposed so far;
    ``should_stop`` is asked before every step (the time limit and Cancel).
    """
    structure = Structure(model)
    repairer = Repairer(structure, seed=seed)
    n = model.n
    nf = n.astype(np.float64)
    size = model.size
    row_lo = np.concatenate([structure.lo[:-1], [model.seats, 0]]).astype(np.float64)
    row_hi = np.concatenate([structure.hi[:-1], [model.seats, 0]]).astype(np.float64)
    fallback: object | None = None
    mip_calls = 0

    flat_family = repairer.family.ravel()
    lines = len(repairer.family)

    def sums(v: FloatArray) -> FloatArray:
        out: FloatArray = np.asarray(np.bincount(flat_family, weights=np.tile(v, lines),
                                                 minlength=structure.row_count + 2),
                                     dtype=np.float64)
        return out

    def sparse_sums(c: IntArray) -> FloatArray:
        """Row sums of a panel from its few nonzero counts (cheap at any pool size)."""
        on = np.flatnonzero(c)
        out: FloatArray = np.asarray(np.bincount(repairer.family[:, on].ravel(),
                                                 weights=np.tile(c[on], lines),
                                                 minlength=structure.row_count + 2),
                                     dtype=np.float64)
        return out

    x = np.clip(np.asarray(target, dtype=np.float64), 0.0, nf)
    floor = np.floor(x + EPS)
    frac_part = x - floor
    # a first panel by systematic rounding of the fractional parts
    cumulative = np.floor(np.cumsum(frac_part) + 0.5)
    current = (floor + (np.diff(np.concatenate([[0.0], cumulative])) > 0)).astype(np.int64)
    panels: list[IntArray] = []
    weights: list[float] = []
    mass = 1.0
    max_steps = 3 * (size + structure.row_count + 10)
    s: FloatArray | None = None
    for step in range(max_steps):
        if should_stop():
            break
        if report is not None and step % 25 == 0:
            report(1.0 - mass)
        floor = np.floor(x + EPS)
        frac = (x - floor) > EPS
        x = np.where(frac, x, floor)
        if not frac.any():
            final = np.rint(x).astype(np.int64)
            if model.satisfies(final):
                panels.append(final)
                weights.append(mass)
                mass = 0.0
            break
        if s is None or step % 64 == 0:  # row sums move with x; refreshed against drift
            s = sums(x)
        tight_lo = s <= row_lo + ROW_TOL
        tight_hi = s >= row_hi - ROW_TOL
        tight_lo[-1] = tight_hi[-1] = False
        L = np.where(tight_hi, row_hi, row_lo).astype(np.int64)
        U = np.where(tight_lo, row_lo, row_hi).astype(np.int64)
        L[-1], U[-1] = -(1 << 40), 1 << 40
        box_lo = floor.astype(np.int64)
        box_hi = (floor + frac).astype(np.int64)
        c = repairer.repair(current, box_lo, box_hi, L, U)
        general = False
        if c is None:
            general = True
            at_bound = (x <= EPS) | (x >= nf - EPS)
            g_lo = np.where(at_bound, np.rint(x), 0).astype(np.int64)
            g_hi = np.where(at_bound, np.rint(x), nf).astype(np.int64)
            w_lo = np.maximum(g_lo, np.where(at_bound, g_lo, box_lo - 1))
            w_hi = np.minimum(g_hi, np.where(at_bound, g_hi, box_hi + 1))
            c = repairer.repair(current, w_lo, w_hi, L, U, max_moves=100)
            for _retry in range(RETRIES):  # the search is randomised: other paths, longer
                if c is not None:
                    break
                c = repairer.repair(current, w_lo, w_hi, L, U, max_moves=400)
            if c is None and mip_calls < MIP_ROUNDINGS:
                if fallback is None:
                    fallback = highs.new_highs(presolve="off", mip_rel_gap=1.0)
                    highs.add_count_columns(fallback, model, integer=True)
                mip_calls += 1
                c = _mip_round(fallback, model, g_lo, g_hi, L, U, mip_seconds)
        if c is None or not model.satisfies(c):
            break
        d = x - c
        mu = np.inf
        if general:
            up = d > EPS
            down = d < -EPS
            if up.any():
                mu = min(mu, float(np.min((nf[up] - x[up]) / d[up])))
            if down.any():
                mu = min(mu, float(np.min(x[down] / -d[down])))
        else:
            up = frac & (d > 0)
            down = frac & (d < 0)
            if up.any():
                mu = min(mu, float(np.min((floor[up] + 1 - x[up]) / d[up])))
            if down.any():
                mu = min(mu, float(np.min((x[down] - floor[down]) / -d[down])))
        ds = s - sparse_sums(c)
        free = ~(tight_lo | tight_hi)
        free[-1] = False
        rising = free & (ds > EPS)
        falling = free & (ds < -EPS)
        if rising.any():
            mu = min(mu, float(np.min(np.maximum(row_hi[rising] - s[rising], 0) / ds[rising])))
        if falling.any():
            mu = min(mu, float(np.min(np.maximum(s[falling] - row_lo[falling], 0)
                                      / -ds[falling])))
        if not np.isfinite(mu):
            break
        mu = max(mu, 0.0)
        lam = mu / (1.0 + mu)
        if lam > 0:
            panels.append(c.copy())
            weights.append(mass * lam)
            mass *= 1.0 - lam
        x = x + mu * d
        s = s + mu * ds
        current = c
    return Peeled(panels, weights, mass)


def _mip_round(h: object, model: TypeModel, lo: IntArray, hi: IntArray, L: IntArray,
               U: IntArray, time_limit: float) -> IntArray | None:
    """A panel within the bounds and row ranges, by integer programming (or None)."""
    size = model.size
    solver = h
    solver.changeColsBounds(size, highs.ints(np.arange(size)),  # type: ignore[attr-defined]
                            lo.astype(np.float64), hi.astype(np.float64))
    for r in range(len(model.rows)):
        solver.changeRowBounds(1 + r, float(L[r]), float(U[r]))  # type: ignore[attr-defined]
    if highs.run(solver, max(0.0, time_limit)) != highs.OPTIMAL:
        return None
    counts: IntArray = highs.counts_from(solver.getSolution().col_value,  # type: ignore[attr-defined]
                                         size)
    return counts
