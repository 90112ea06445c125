"""The restricted master LP of column generation, with its type rows generated lazily.

Variables: one weight per panel found so far, and ``z`` (the smallest probability of the types
not yet fixed). Rows: the weights sum to 1, and for every type ``marginal_t >= z`` (or ``>=
level`` once a leximin stage has fixed it).

At national scale most of the thousands of type rows never bind: with a cap, the people of
the largest associations decide the optimum and everybody else sits well above it. So a type
gets its row only when the current weights would leave it below ``z`` (*row generation*): after
every solve the marginals of all types are computed from the panels, the violated rows are
added, and the LP is solved again (dual simplex, from the previous basis) until none is
violated. The answer is then the answer of the full LP (the rows left out hold with slack, so
their dual prices are 0), at a tenth of its size (measured at 6,000 / 80 with a cap: 1,113 of
4,873 rows; 2.4 s instead of 19–28 s for the same columns).

Panels are kept sparse (the types on the panel and their counts, a few dozen numbers), so
memory grows with the panels' seats, not with the pool size times the number of panels.
"""

from __future__ import annotations

import time

import highspy
import numpy as np

from desktop.services.selection import highs
from desktop.services.selection.model import FloatArray, IntArray, TypeModel

NEAR = 0.25
"""Rows are added for types within this share above ``z`` too: they would be next."""


PRIMAL = 4
DUAL = 1
"""HiGHS's simplex_strategy values."""


class MasterTimeout(Exception):
    """The master LP (or its row generation) did not finish before the deadline."""


class MasterFailed(Exception):
    """HiGHS gave up on the master LP with every method tried (its status in the message)."""


_RETRIES = ({"simplex_strategy": 1}, {"presolve": "on", "simplex_strategy": 1})
"""Other ways to solve the master when the usual one gives up (numerical trouble after many
levels were fixed): from scratch with the dual simplex, then with presolve as well."""


class Master:
    """Panel weights maximising the smallest probability, over the panels found so far."""

    def __init__(self, model: TypeModel, scale: FloatArray | None = None) -> None:
        self.model = model
        self.n = model.n.astype(np.float64)
        self.scale: FloatArray = (np.ones(model.size) if scale is None
                                  else np.asarray(scale, dtype=np.float64))
        """Row t reads ``marginal_t >= scale_t * z``: 1 for maximin; a target's probabilities
        when the question is how much of a whole target is reachable (leximin)."""
        size = model.size
        # New columns and fixed levels keep the basis primal feasible (primal simplex goes on
        # from it); new rows keep it dual feasible (dual simplex). See _run.
        h = highs.new_highs(presolve="off", simplex_strategy=PRIMAL)
        h.addVar(-highs.INF, highs.INF)  # z
        h.changeColCost(0, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        h.addRow(1.0, 1.0, 0, highs.ints([]), np.array([]))
        self.h = h
        self.row_of = np.full(size, -1, dtype=np.int64)
        """HiGHS row of each type's ``marginal >= z`` row, -1 while it has none."""
        self.types: list[IntArray] = []
        """Per panel: the types on it (sorted)."""
        self.counts: list[IntArray] = []
        """Per panel: how many of each of those types."""
        self.index: dict[bytes, int] = {}
        self.fixed = np.full(size, -1.0)
        self._flat: tuple[IntArray, FloatArray, IntArray] | None = None
        self._strategy = PRIMAL

    # ---------------------------------------------------------------------------- panels

    def __len__(self) -> int:
        return len(self.types)

    def dense(self, j: int) -> IntArray:
        out = np.zeros(self.model.size, dtype=np.int64)
        out[self.types[j]] = self.counts[j]
        return out

    def add(self, counts: IntArray) -> int | None:
        """Add a panel (dense counts); its column number, or None if it was already there."""
        on = np.flatnonzero(counts).astype(np.int64)
        values = counts[on].astype(np.int64)
        key = on.tobytes() + b"|" + values.tobytes()
        if key in self.index:
            return None
        j = len(self.types)
        self.index[key] = j
        self.types.append(on)
        self.counts.append(values)
        self._flat = None
        active = self.row_of[on] >= 0
        rows = np.concatenate([[0], self.row_of[on[active]]])
        coefficients = np.concatenate([[1.0], values[active] / self.n[on[active]]])
        self.h.addCol(0.0, 0.0, highs.INF, len(rows), highs.ints(rows), coefficients)
        self._strategy = PRIMAL
        return j

    def column_of(self, counts: IntArray) -> int | None:
        on = np.flatnonzero(counts).astype(np.int64)
        return self.index.get(on.tobytes() + b"|" + counts[on].astype(np.int64).tobytes())

    def _flatten(self) -> tuple[IntArray, FloatArray, IntArray]:
        """All panels as one (type, count, panel) triple list, cached until a panel is added."""
        if self._flat is None:
            if self.types:
                types = np.concatenate(self.types)
                counts = np.concatenate(self.counts).astype(np.float64)
                panel = np.repeat(np.arange(len(self.types)),
                                  [len(t) for t in self.types])
            else:
                types = np.zeros(0, dtype=np.int64)
                counts = np.zeros(0)
                panel = np.zeros(0, dtype=np.int64)
            self._flat = (types, counts, panel)
        return self._flat

    def marginals(self, weights: FloatArray) -> FloatArray:
        """Each type's probability under the weights (normalised to sum to 1)."""
        types, counts, panel = self._flatten()
        total = max(float(weights.sum()), 1e-300)
        w = np.zeros(len(self.types))
        w[:len(weights)] = weights[:len(self.types)]
        expected = np.bincount(types, weights=counts * w[panel], minlength=self.model.size)
        out: FloatArray = expected / total / self.n
        return out

    def values(self, prices: FloatArray) -> FloatArray:
        """``prices · panel`` for every panel."""
        types, counts, panel = self._flatten()
        out: FloatArray = np.asarray(np.bincount(panel, weights=counts * prices[types],
                                                 minlength=len(self.types)), dtype=np.float64)
        return out

    # ------------------------------------------------------------------------------ rows

    def activate(self, types: IntArray) -> None:
        """Give these types their row (with every panel's coefficient on it)."""
        types = np.asarray([t for t in np.unique(types) if self.row_of[t] < 0], dtype=np.int64)
        if types.size == 0:
            return
        all_types, counts, panel = self._flatten()
        wanted = np.zeros(self.model.size, dtype=bool)
        wanted[types] = True
        pick = wanted[all_types]
        t_sel, c_sel, p_sel = all_types[pick], counts[pick], panel[pick]
        order = np.lexsort((p_sel, t_sel))
        t_sel, c_sel, p_sel = t_sel[order], c_sel[order], p_sel[order]
        # one row per type: its panels, and -1 on z (0 and a lower bound once fixed)
        lengths = np.bincount(t_sel, minlength=self.model.size)[types]
        first = self.h.getNumRow()
        starts = np.zeros(types.size, dtype=np.int64)
        index_parts: list[IntArray] = []
        value_parts: list[FloatArray] = []
        position = 0
        offset = 0
        lower = np.zeros(types.size)
        for k, t in enumerate(types):
            starts[k] = position
            count = int(lengths[k])
            cols = p_sel[offset:offset + count] + 1
            vals = c_sel[offset:offset + count] / self.n[t]
            offset += count
            if self.fixed[t] < 0:
                index_parts.append(np.concatenate([[0], cols]))
                value_parts.append(np.concatenate([[-self.scale[t]], vals]))
                position += count + 1
            else:
                index_parts.append(cols)
                value_parts.append(vals)
                position += count
                lower[k] = _level_bound(float(self.fixed[t]))
        index = np.concatenate(index_parts) if index_parts else np.zeros(0, dtype=np.int64)
        value = np.concatenate(value_parts) if value_parts else np.zeros(0)
        self._strategy = DUAL
        self.h.addRows(types.size, lower, np.full(types.size, highs.INF), len(index),
                       highs.ints(starts), highs.ints(index), value)
        self.row_of[types] = first + np.arange(types.size)

    def fix(self, types: IntArray, level: float) -> None:
        """Hold these types at ``level`` from now on (a leximin stage ends)."""
        self.activate(types)
        for t in types:
            self.fixed[t] = level
            row = int(self.row_of[t])
            self.h.changeCoeff(row, 0, 0.0)
            self.h.changeRowBounds(row, _level_bound(level), highs.INF)

    def _ensure_free_row(self, marginals: FloatArray | None) -> None:
        """z needs at least one free type's row, or the LP is unbounded."""
        free = np.flatnonzero((self.fixed < 0) & (self.scale > 0))
        if free.size == 0 or (self.row_of[free] >= 0).any():
            return
        if marginals is None:
            self.activate(free)
        else:
            self.activate(free[np.argsort(marginals[free], kind="stable")[:64]])

    # ----------------------------------------------------------------------------- solve

    def solve(self, deadline: float | None, hint: FloatArray | None = None,
              ceiling: float | None = None) -> tuple[float, FloatArray, float, FloatArray]:
        """(z, dual price per type, dual of the convexity row, panel weights) of the full LP.

        ``hint``: marginals of some lottery over the current panels, to choose the first rows;
        ``ceiling``: a proven upper bound on z. While rows are missing, z can look far higher
        than it is, and then nearly every type seems violated; rows are added only up to the
        ceiling (or the lowest few hundred), so the LP stays small.
        Raises MasterTimeout at the deadline and MasterFailed if HiGHS cannot solve it.
        """
        free = (self.fixed < 0) & (self.scale > 0)
        ratio = None if hint is None else hint / np.maximum(self.scale, 1e-300)
        if ratio is not None and not (self.row_of[free] >= 0).any() and free.any():
            level = float(ratio[free].min()) if ceiling is None else ceiling
            self.activate(np.flatnonzero(free & (ratio <= level * (1 + NEAR) + 1e-12)))
        self._ensure_free_row(ratio)
        while True:
            left = None if deadline is None else deadline - time.perf_counter()
            if left is not None and left <= 0:
                raise MasterTimeout
            status = self._run(left)
            if status in (highs.TIME_LIMIT, highs.INTERRUPT):
                raise MasterTimeout
            if status != highs.OPTIMAL:
                raise MasterFailed(str(status))
            solution = self.h.getSolution()
            z = float(self.h.getInfo().objective_function_value)
            weights = np.maximum(np.asarray(solution.col_value[1:], dtype=np.float64), 0.0)
            marginals = self.marginals(weights)
            slack = max(1e-12, 1e-9 * abs(z))
            inactive = self.row_of < 0
            goal = np.where(self.fixed >= 0, self.fixed, z * self.scale)
            missing = inactive & (marginals < goal - slack)
            if not missing.any():
                break
            level = z if ceiling is None else min(z, ceiling)
            near = np.where(self.fixed >= 0, self.fixed, level * self.scale)
            add = inactive & (marginals <= near * (1 + NEAR) + slack)
            if not (add & missing).any():  # z is far above the ceiling: the lowest first
                lowest = np.flatnonzero(missing)
                add[lowest[np.argsort(marginals[lowest], kind="stable")[:256]]] = True
            self.activate(np.flatnonzero(add))
        duals = np.zeros(self.model.size)
        active = np.flatnonzero(self.row_of >= 0)
        row_dual = np.asarray(solution.row_dual, dtype=np.float64)
        duals[active] = np.abs(row_dual[self.row_of[active]])
        convexity = abs(float(row_dual[0]))
        return z, duals, convexity, weights

    def _run(self, time_limit: float | None) -> object:
        # (measured at 6,000 / 80 leximin: the stage after a fix took 4,000-12,000 dual
        # iterations when HiGHS chose; the primal simplex goes on from the basis it has)
        self.h.setOptionValue("simplex_strategy", self._strategy)
        self._strategy = PRIMAL
        status = highs.run(self.h, time_limit)
        if status in (highs.OPTIMAL, highs.TIME_LIMIT, highs.INTERRUPT):
            return status
        for options in _RETRIES:
            self.h.clearSolver()
            for name, value in options.items():
                self.h.setOptionValue(name, value)
            status = highs.run(self.h, time_limit)
            if status == highs.OPTIMAL:
                break
        self.h.setOptionValue("presolve", "off")
        return status


def _level_bound(level: float) -> float:
    """A fixed type's lower bound: its level, a hair lower so rounding never cuts it off."""
    return max(0.0, level * (1 - 1e-9) - 1e-12)
