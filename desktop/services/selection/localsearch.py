"""Fast swap searches over type-count panels (numpy, no solver).

Two uses, both far cheaper than an integer program and both checked exactly:

* :func:`improve` climbs from a panel to a better one for given weights by swapping one person
  for another while every quota and cap still holds (column generation's quick pricing);
* :func:`repair` finds counts inside given per-type bounds and per-row ranges by swaps that
  reduce the total violation, with a short tabu memory (the rounding step of the
  decomposition in :mod:`desktop.services.selection.decompose`).

Constraints are held as *families*: each type belongs to at most one row per quota feature and
at most one cap-group row, so a swap only touches the rows of the two types involved.
"""

from __future__ import annotations

import numpy as np

from desktop.services.selection.model import FloatArray, IntArray, TypeModel


class Structure:
    """Row membership of every type, one line per family (features, then cap groups)."""

    def __init__(self, model: TypeModel) -> None:
        self.model = model
        rows = model.rows
        self.row_count = len(rows)
        dummy = self.row_count  # a row with no limits, for types a family does not limit
        families = [np.where(model.row_of[f] >= 0, model.row_of[f], dummy)
                    for f in range(len(model.features))]
        if model.group_rows:
            offset = len(model.quota_rows)
            families.append(np.where(model.group_index >= 0, model.group_index + offset, dummy))
        if not families:
            families.append(np.full(model.size, dummy, dtype=np.int64))
        self.family: IntArray = np.vstack(families).astype(np.int64)
        self.lo: IntArray = np.array([r.lo for r in rows] + [0], dtype=np.int64)
        self.hi: IntArray = np.array([r.hi for r in rows] + [np.iinfo(np.int64).max // 4],
                                     dtype=np.int64)
        self.n = model.n

    def row_counts(self, counts: IntArray) -> IntArray:
        out = np.bincount(self.family.ravel(), weights=np.tile(counts, len(self.family)),
                          minlength=self.row_count + 1).astype(np.int64)
        out[-1] = 0
        return out


def improve(structure: Structure, counts: IntArray, weights: FloatArray,
            max_steps: int = 400) -> IntArray:
    """Best-improvement 1-swaps under ``weights`` (per person of each type) from a valid panel."""
    s = structure
    c = counts.copy()
    rc = s.row_counts(c)
    floor_weight = float(weights.min()) if weights.size else 0.0
    for _ in range(max_steps):
        out_types = np.flatnonzero(c > 0)
        in_types = np.flatnonzero((c < s.n) & (weights > floor_weight))
        if in_types.size == 0 or out_types.size == 0:
            break
        gain = weights[in_types][None, :] - weights[out_types][:, None]
        if float(gain.max()) <= 1e-15:
            break
        down = rc - 1 >= s.lo
        up = rc + 1 <= s.hi
        down[-1] = up[-1] = True
        ok = gain > 1e-15
        for line in s.family:
            ra = line[out_types][:, None]
            rb = line[in_types][None, :]
            ok &= (ra == rb) | (down[ra] & up[rb])
        if not ok.any():
            break
        gain = np.where(ok, gain, -np.inf)
        flat = int(np.argmax(gain))
        a = int(out_types[flat // in_types.size])
        b = int(in_types[flat % in_types.size])
        c[a] -= 1
        c[b] += 1
        rc[s.family[:, a]] -= 1
        rc[s.family[:, b]] += 1
        rc[-1] = 0
    return c


class Repairer:
    """Min-conflicts search with tabu for counts within bounds and row ranges (seats included).

    Rows are indexed like :class:`Structure`'s, then the seats (all types), then a dummy row
    with no limits (for types a family does not limit).
    """

    def __init__(self, structure: Structure, seed: int = 0) -> None:
        self.s = structure
        seats_row = structure.row_count
        self.seats_row = seats_row
        size = structure.model.size
        self.family: IntArray = np.vstack(
            [np.where(structure.family == structure.row_count, seats_row + 1, structure.family),
             np.full((1, size), seats_row, dtype=np.int64)])
        self.rng = np.random.default_rng(seed)
        self.moves = 0
        self.member = np.zeros((seats_row + 2, size), dtype=bool)  # row -> its types
        for line in self.family:
            self.member[line, np.arange(size)] = True

    def sums(self, counts: IntArray) -> IntArray:
        on = np.flatnonzero(counts)  # a panel has a few dozen types out of thousands
        out: IntArray = np.bincount(self.family[:, on].ravel(),
                                    weights=np.tile(counts[on], len(self.family)),
                                    minlength=self.seats_row + 2).astype(np.int64)
        return out

    def repair(self, start: IntArray, lo: IntArray, hi: IntArray, row_lo: IntArray,
               row_hi: IntArray, max_moves: int = 60, tenure: int = 10, shortlist: int = 8
               ) -> IntArray | None:
        """Counts with ``lo <= c <= hi`` and ``row_lo <= rows(c) <= row_hi``, or None.

        ``row_lo``/``row_hi`` have one entry per row of :meth:`sums` (the last, a dummy, is
        ignored).
        """
        c = np.clip(start, lo, hi).astype(np.int64)
        S = self.sums(c)
        L = row_lo.copy()
        U = row_hi.copy()
        L[-1] = -(1 << 40)
        U[-1] = 1 << 40
        last = np.full(c.size, -(1 << 30), dtype=np.int64)
        seats = self.seats_row
        rng = self.rng
        for move in range(max_moves):
            over = S - U
            under = L - S
            viol = np.maximum(over, 0) + np.maximum(under, 0)
            if int(viol.sum()) == 0:
                return c
            dp = np.where(S >= U, 1, np.where(S < L, -1, 0)).astype(np.int64)
            dm = np.where(S <= L, 1, np.where(S > U, -1, 0)).astype(np.int64)
            dp[-1] = dm[-1] = 0
            if viol[seats] > 0:  # the seat count itself is off: add or remove one person
                if over[seats] > 0:
                    cand = np.flatnonzero(c > lo)
                    cost = dm[self.family[:, cand]].sum(0).astype(np.float64)
                else:
                    cand = np.flatnonzero(c < hi)
                    cost = dp[self.family[:, cand]].sum(0).astype(np.float64)
                if cand.size == 0:
                    return None
                cost[last[cand] > move - tenure] += 0.5
                best = np.flatnonzero(cost == cost.min())
                t = int(cand[best[rng.integers(best.size)]])
                step = -1 if over[seats] > 0 else 1
                c[t] += step
                S[self.family[:, t]] += step
                last[t] = move
                self.moves += 1
                continue
            violated = np.flatnonzero(viol)
            rng.shuffle(violated)
            up_all = np.flatnonzero(c < hi)
            down_all = np.flatnonzero(c > lo)
            for r in violated:
                up, down = up_all, down_all
                member = self.member[r]
                if over[r] > 0:
                    down = down[member[down]]
                else:
                    up = up[member[up]]
                if up.size and down.size:
                    break
            else:
                return None
            # keep the pair search small: the few best moves on the violated row's side
            up_cost = dp[self.family[:, up]].sum(0)
            down_cost = dm[self.family[:, down]].sum(0)
            # (the other side is cut to a longer list: at thousands of types, the full pair
            # table cost 70 % of a decomposition)
            down_keep = shortlist if over[r] > 0 else 4 * shortlist
            up_keep = shortlist if over[r] <= 0 else 4 * shortlist
            if down.size > down_keep:
                keep = _smallest(down_cost + rng.random(down.size) * 0.5, down_keep)
                down, down_cost = down[keep], down_cost[keep]
            if up.size > up_keep:
                keep = _smallest(up_cost + rng.random(up.size) * 0.5, up_keep)
                up, up_cost = up[keep], up_cost[keep]
            val = (up_cost[:, None] + down_cost[None, :]).astype(np.float64)
            for line in self.family:
                ru = line[up][:, None]
                rd = line[down][None, :]
                val -= np.where(ru == rd, dp[ru] + dm[ru], 0)
            val = np.where(up[:, None] == down[None, :], np.inf, val)
            tabu = (last[up][:, None] > move - tenure) | (last[down][None, :] > move - tenure)
            allowed = np.where(tabu & (val >= 0), np.inf, val)
            if np.isfinite(allowed.min()):
                val = allowed
            best_value = val.min()
            if not np.isfinite(best_value):
                return None
            choices = np.flatnonzero(val == best_value)
            pick = int(choices[rng.integers(choices.size)])
            tu = int(up[pick // down.size])
            td = int(down[pick % down.size])
            c[tu] += 1
            c[td] -= 1
            S[self.family[:, tu]] += 1
            S[self.family[:, td]] -= 1
            last[tu] = last[td] = move
            self.moves += 1
        return None


def _smallest(values: FloatArray, k: int) -> IntArray:
    """Indices of the ``k`` smallest values, in increasing order of value (then index)."""
    part = np.argpartition(values, k - 1)[:k]
    out: IntArray = part[np.argsort(values[part], kind="stable")]
    return out
