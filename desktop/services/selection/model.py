"""The problem seen by the solvers: interchangeable people gathered into types.

People with the same value on every quota feature (and the same cap group, when a cap applies)
are interchangeable: any panel stays valid when one is swapped for another, so a fair
distribution gives them the same probability. The solvers therefore choose *how many* people
of each type sit on a panel, which turns a pool of thousands into a few hundred integer
variables, and the draw then picks that many members of each type uniformly.

People in a cap group keep their group in their type (two people from different associations
are not interchangeable under a cap), so the cap stays an exact linear constraint per group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from desktop.services.selection.problem import (
    Quota,
    SelectionProblem,
    group_of,
    validate,
    value_of,
)

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Row:
    """A linear constraint on type counts: ``lo <= sum(counts[types]) <= hi``."""

    lo: int
    hi: int
    types: IntArray
    quota: Quota | None = None
    group: str | None = None


@dataclass
class TypeModel:
    """Types in canonical order (by feature values, then group), and the constraints on them."""

    problem: SelectionProblem
    features: tuple[str, ...]
    values: list[tuple[str, ...]]
    groups: list[str | None]
    members: list[tuple[str, ...]]
    n: IntArray
    quota_rows: list[Row]
    group_rows: list[Row]
    seats: int
    row_of: IntArray
    """(features, types): index into ``quota_rows`` of each type's value, -1 if unlimited."""
    group_index: IntArray
    """Per type: index into ``group_rows``, -1 if the type has no capped group."""
    _matrix: IntArray | None = field(default=None, repr=False)
    """(families, types): each type's row in every family (a dummy row where none applies)."""
    _lo: IntArray | None = field(default=None, repr=False)
    _hi: IntArray | None = field(default=None, repr=False)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def rows(self) -> list[Row]:
        return self.quota_rows + self.group_rows

    def type_of(self) -> dict[str, int]:
        return {pid: t for t, ids in enumerate(self.members) for pid in ids}

    def satisfies(self, counts: Sequence[int] | IntArray) -> bool:
        """Whether a panel given by its count per type meets the seats, every quota and cap.

        Only the types on the panel are looked at (a few dozen of thousands), through each
        type's row in every family, so checking a panel costs the same at any pool size.
        """
        c = np.asarray(counts, dtype=np.int64)
        if c.shape != self.n.shape or int(c.sum()) != self.seats:
            return False
        if (c < 0).any() or (c > self.n).any():
            return False
        if self._matrix is None:
            rows = self.rows
            dummy = len(rows)
            families = [np.where(self.row_of[f] >= 0, self.row_of[f], dummy)
                        for f in range(len(self.features))]
            if self.group_rows:
                offset = len(self.quota_rows)
                families.append(np.where(self.group_index >= 0, self.group_index + offset,
                                         dummy))
            self._matrix = (np.vstack(families).astype(np.int64) if families
                            else np.full((1, self.size), dummy, dtype=np.int64))
            self._lo = np.array([row.lo for row in rows] + [0], dtype=np.int64)
            self._hi = np.array([row.hi for row in rows] + [self.seats], dtype=np.int64)
        assert self._lo is not None and self._hi is not None
        on = np.flatnonzero(c)
        sums = np.bincount(self._matrix[:, on].ravel(),
                           weights=np.tile(c[on], self._matrix.shape[0]),
                           minlength=len(self._lo)).astype(np.int64)
        sums[-1] = 0
        return bool(((sums >= self._lo) & (sums <= self._hi)).all())


def build_model(problem: SelectionProblem) -> TypeModel:
    """Aggregate the pool into types (raises ProblemError on a malformed problem)."""
    validate(problem)
    features = problem.features
    capped = problem.cap is not None
    by_key: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
    for person in problem.pool:
        key = (tuple(value_of(person, f) for f in features),
               group_of(person) if capped else None)
        by_key.setdefault(key, []).append(str(person.id))
    keys = sorted(by_key, key=lambda k: (k[0], k[1] is not None, k[1] or ""))
    values = [k[0] for k in keys]
    groups = [k[1] for k in keys]
    members = [tuple(sorted(by_key[k])) for k in keys]
    n = np.array([len(m) for m in members], dtype=np.int64)
    size = len(keys)

    feature_pos = {f: i for i, f in enumerate(features)}
    quotas = sorted(problem.quotas, key=lambda q: (q.feature, q.value))
    row_of = np.full((len(features), size), -1, dtype=np.int64)
    quota_rows: list[Row] = []
    for q in quotas:
        fi = feature_pos[q.feature]
        types = np.array([t for t in range(size) if values[t][fi] == q.value], dtype=np.int64)
        row_of[fi, types] = len(quota_rows)
        quota_rows.append(Row(q.min, q.max, types, quota=q))

    group_rows: list[Row] = []
    group_index = np.full(size, -1, dtype=np.int64)
    if capped:
        assert problem.cap is not None
        by_group: dict[str, list[int]] = {}
        for t, g in enumerate(groups):
            if g is not None:
                by_group.setdefault(g, []).append(t)
        for g in sorted(by_group):
            types = np.array(by_group[g], dtype=np.int64)
            if int(n[types].sum()) > problem.cap:  # a group smaller than the cap needs no row
                group_index[types] = len(group_rows)
                group_rows.append(Row(0, problem.cap, types, group=g))
    return TypeModel(problem, features, values, groups, members, n, quota_rows, group_rows,
                     problem.seats, row_of, group_index)
