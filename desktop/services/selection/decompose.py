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

from collections.abc import Callable
from dataclasses import dataclass

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


def relaxed_leximin(model: TypeModel, should_stop: Callable[[], bool] = lambda: False,
                    max_stages: int | None = None) -> Relaxation:
    size = model.size
    n = model.n.astype(np.float64)
    h = highs.new_highs()
    highs.add_count_columns(h, model, integer=False)
    h.addVar(-highs.INF, highs.INF)
    h.changeColCost(size, 1.0)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    base = h.getNumRow()
    for t in range(size):
        h.addRow(0.0, highs.INF, 2, highs.ints([t, size]), np.array([1.0 / n[t], -1.0]))
    fixed = np.zeros(size, dtype=bool)
    stages: list[float] = []
    x = np.zeros(size)
    while not fixed.all():
        status = highs.run(h)
        if status != highs.OPTIMAL:
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


class StageBound:
    """Upper bound on a leximin stage: the same stage over the linear relaxation.

    Any distribution over panels has expected counts in the relaxation, so holding the fixed
    types at their levels, the relaxation's best smallest probability of the others bounds what
    panels can reach. Often it is reached, which ends the stage without an integer program.
    """

    def __init__(self, model: TypeModel) -> None:
        size = model.size
        self.size = size
        n = model.n.astype(np.float64)
        h = highs.new_highs()
        highs.add_count_columns(h, model, integer=False)
        h.addVar(-highs.INF, highs.INF)
        h.changeColCost(size, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        self.base = h.getNumRow()
        for t in range(size):
            h.addRow(0.0, highs.INF, 2, highs.ints([t, size]), np.array([1.0 / n[t], -1.0]))
        self.h = h

    def fix(self, types: IntArray, level: float) -> None:
        for t in types:
            self.h.changeCoeff(self.base + int(t), self.size, 0.0)
            self.h.changeRowBounds(self.base + int(t), max(0.0, level * (1 - 1e-9) - 1e-12),
                                   highs.INF)

    def solve(self) -> tuple[float, FloatArray] | None:
        """The stage's relaxed optimum and its dual price per type (None if unsolved).

        A positive price certifies that the type sits exactly at the optimum in every optimal
        relaxed solution, hence in every optimal distribution over panels that reaches it.
        """
        if highs.run(self.h) != highs.OPTIMAL:
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


def peel(model: TypeModel, target: FloatArray,
         should_stop: Callable[[], bool] = lambda: False, seed: int = 0,
         report: Callable[[float], None] | None = None) -> Peeled:
    """Decompose ``target`` (expected counts per type) into panels, as far as possible.

    ``report`` is called now and then with the share of the target decomposed so far.
    """
    structure = Structure(model)
    repairer = Repairer(structure, seed=seed)
    n = model.n
    nf = n.astype(np.float64)
    size = model.size
    row_lo = np.concatenate([structure.lo[:-1], [model.seats, 0]]).astype(np.float64)
    row_hi = np.concatenate([structure.hi[:-1], [model.seats, 0]]).astype(np.float64)
    fallback: object | None = None

    def sums(v: FloatArray) -> FloatArray:
        out = np.zeros(structure.row_count + 2)
        for line in repairer.family:
            np.add.at(out, line, v)
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
            if c is None:
                if fallback is None:
                    fallback = highs.new_highs(presolve="off", mip_rel_gap=1.0)
                    highs.add_count_columns(fallback, model, integer=True)
                c = _mip_round(fallback, model, g_lo, g_hi, L, U)
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
        ds = sums(d)
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
        current = c
    return Peeled(panels, weights, mass)


def _mip_round(h: object, model: TypeModel, lo: IntArray, hi: IntArray, L: IntArray,
               U: IntArray) -> IntArray | None:
    """A panel within the bounds and row ranges, by integer programming (or None)."""
    size = model.size
    solver = h
    solver.changeColsBounds(size, highs.ints(np.arange(size)),  # type: ignore[attr-defined]
                            lo.astype(np.float64), hi.astype(np.float64))
    for r in range(len(model.rows)):
        solver.changeRowBounds(1 + r, float(L[r]), float(U[r]))  # type: ignore[attr-defined]
    if highs.run(solver, 2.0) != highs.OPTIMAL:
        return None
    counts: IntArray = highs.counts_from(solver.getSolution().col_value,  # type: ignore[attr-defined]
                                         size)
    return counts
