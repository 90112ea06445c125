"""Whether the quotas can hold together, and if not, why and what smallest change fixes them.

The answer is always in words. Simple arithmetic catches most mistakes (minimums adding up to
more seats than there are, a minimum larger than the people who could fill it); what remains
is found with small integer programs on the type counts:

* an *elastic* version of the problem, where every minimum may be lowered and every maximum
  raised at a cost of one per seat, gives the smallest total change that makes the quotas
  hold (and, forbidding it, a second and third alternative);
* a deletion filter finds a minimal set of quota bounds that cannot hold together, which is
  then described with the pool's own counts ("only 2 of the 131 candidates with …").
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import highspy
import numpy as np

from desktop.services.i18n import translate
from desktop.services.selection import highs
from desktop.services.selection.model import Row, TypeModel, build_model
from desktop.services.selection.problem import ProblemError, SelectionProblem, problem_errors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Feasibility:
    """``feasible`` is None when the check ran out of time before deciding."""

    feasible: bool | None
    explanation: str


@dataclass(frozen=True)
class Infeasibility:
    summary: str
    conflicts: list[str] = field(default_factory=list)
    relaxations: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Everything in one block of plain text (for the command line and logs)."""
        lines = [self.summary]
        if self.conflicts:
            lines += ["", translate("Selection", "Why:")] + [f"  - {c}" for c in self.conflicts]
        if self.relaxations:
            lines += ["", translate("Selection", "Smallest changes that make the quotas hold:")]
            lines += [f"  - {r}" for r in self.relaxations]
        return "\n".join(lines)


class InfeasibleError(Exception):
    """The quotas cannot hold together; ``infeasibility`` explains it in words."""

    def __init__(self, infeasibility: Infeasibility) -> None:
        super().__init__(infeasibility.summary)
        self.infeasibility = infeasibility


# --------------------------------------------------------------------------------------------
# Words


def _fv(model: TypeModel, feature: str, value: str) -> str:
    p = model.problem
    text = translate("Selection", "'{value}' ({feature})")
    return text.format(value=p.value_label(feature, value), feature=p.feature_label(feature))


def _row_count(model: TypeModel, row: Row) -> int:
    return int(model.n[row.types].sum())


def _people(count: int) -> str:
    if count == 1:
        return translate("Selection", "1 candidate")
    return translate("Selection", "{count} candidates").format(count=count)


# --------------------------------------------------------------------------------------------
# Arithmetic checks


def simple_conflicts(model: TypeModel) -> list[str]:
    """Conflicts visible by counting alone, each one sentence."""
    out: list[str] = []
    seats = model.seats
    pool = int(model.n.sum())
    if pool < seats:
        out.append(translate("Selection", "The pool has only {pool} people for {seats} seats.")
                   .format(pool=pool, seats=seats))
    for row in model.quota_rows:
        assert row.quota is not None
        have = _row_count(model, row)
        if row.lo > have:
            out.append(translate("Selection", "Only {people} have {value}, but the minimum is "
                                              "{min}.").format(
                people=_people(have), value=_fv(model, row.quota.feature, row.quota.value),
                min=row.lo))
        if row.lo > seats:
            out.append(translate("Selection", "The minimum for {value} is {min}, more than the "
                                              "{seats} seats.")
                       .format(value=_fv(model, row.quota.feature, row.quota.value),
                               min=row.lo, seats=seats))
    for fi, feature in enumerate(model.features):
        rows = [r for r in model.quota_rows if r.quota is not None and r.quota.feature == feature]
        label = model.problem.feature_label(feature)
        total_min = sum(r.lo for r in rows)
        if total_min > seats:
            text = translate("Selection", "The minimums for '{feature}' add up to {total}, "
                                          "more than the {seats} seats.")
            out.append(text.format(feature=label, total=total_min, seats=seats))
        unlimited = int(model.n[model.row_of[fi] < 0].sum())
        capacity = sum(min(r.hi, _row_count(model, r)) for r in rows) + unlimited
        if capacity < seats <= pool:
            if unlimited:
                text = translate("Selection", "Under the maximums for '{feature}' (and with the "
                                              "{other} people whose value has no quota) at most "
                                              "{total} seats can be filled, fewer than the "
                                              "{seats} seats.")
            else:
                text = translate("Selection", "Under the maximums for '{feature}' at most "
                                              "{total} seats can be filled, fewer than the "
                                              "{seats} seats.")
            out.append(text.format(feature=label, other=unlimited, total=capacity, seats=seats))
    if model.problem.cap is not None and pool >= seats:
        cap = model.problem.cap
        free = int(model.n[model.group_index < 0].sum())
        capacity = free + cap * len(model.group_rows)
        if capacity < seats:
            if cap == 1:
                text = translate("Selection", "With at most 1 person from one group, at most "
                                              "{total} seats can be filled, fewer than the "
                                              "{seats} seats.")
            else:
                text = translate("Selection", "With at most {cap} people from one group, at most "
                                              "{total} seats can be filled, fewer than the "
                                              "{seats} seats.")
            out.append(text.format(cap=cap, total=capacity, seats=seats))
    return out


# --------------------------------------------------------------------------------------------
# Feasibility by integer programming


def is_feasible(model: TypeModel, time_limit: float | None = None) -> bool | None:
    """True/False, or None if undecided within ``time_limit`` seconds.

    The root relaxation answers most infeasible cases at once; branching decides the rest.
    """
    if simple_conflicts(model):
        return False
    # Presolve costs more than it saves on these small models (measured: 90 ms of 120 ms).
    mip = highs.new_highs(mip_rel_gap=1.0, presolve="off")
    highs.add_count_columns(mip, model, integer=True)
    left = time_limit
    status = highs.run(mip, left)
    if status == highs.OPTIMAL:
        return True
    if status == highs.INFEASIBLE:
        return False
    return None


def check_feasible(problem: SelectionProblem, time_limit: float = 0.08) -> Feasibility:
    """Fast yes/no for the live indicator while quotas are edited (never raises)."""
    try:
        return _check_feasible(problem, time_limit)
    except Exception:  # the indicator must keep working; the log keeps the details
        log.exception("Feasibility check failed")
        return Feasibility(None, translate("Selection", "The quotas could not be checked."))


def _check_feasible(problem: SelectionProblem, time_limit: float) -> Feasibility:
    started = time.perf_counter()
    errors = problem_errors(problem)
    if errors:
        return Feasibility(False, errors[0])
    model = build_model(problem)
    simple = simple_conflicts(model)
    if simple:
        return Feasibility(False, simple[0])
    remaining = max(0.005, time_limit - (time.perf_counter() - started))
    verdict = is_feasible(model, remaining)
    if verdict is True:
        return Feasibility(True, translate("Selection", "The quotas can be met."))
    if verdict is None:
        return Feasibility(None, translate("Selection", "Not decided yet: the check ran out of "
                                                        "time."))
    remaining = time_limit - (time.perf_counter() - started)
    if remaining > 0.03:
        options = relaxations(model, alternatives=1, time_limit=remaining)
        if options:
            text = translate("Selection", "The quotas cannot all be met together; for example, "
                                          "{change}.")
            return Feasibility(False, text.format(change=options[0]))
    return Feasibility(False, translate("Selection", "The quotas cannot all be met together."))


# --------------------------------------------------------------------------------------------
# Smallest relaxation


@dataclass(frozen=True)
class _Change:
    kind: str  # "min", "max" or "cap"
    row: int
    old: int
    new: int


def _change_text(model: TypeModel, change: _Change) -> str:
    if change.kind == "cap":
        return translate("Selection", "raise the cap per group from {old} to {new}").format(
            old=change.old, new=change.new)
    quota = model.quota_rows[change.row].quota
    assert quota is not None
    what = _fv(model, quota.feature, quota.value)
    if change.kind == "min":
        return translate("Selection", "lower the minimum for {value} from {old} to {new}").format(
            value=what, old=change.old, new=change.new)
    return translate("Selection", "raise the maximum for {value} from {old} to {new}").format(
        value=what, old=change.old, new=change.new)


def _elastic(model: TypeModel, forbidden: Iterable[tuple[str, int]], time_limit: float | None
             ) -> list[_Change] | None:
    """The smallest total change of minimums/maximums/cap that makes the quotas hold.

    Each quota becomes two rows, ``count + lowered >= min`` and ``count - raised <= max``, so
    lowering a minimum never tightens the maximum; the cap gets one shared ``raised`` column.
    """
    size = model.size
    seats = model.seats
    forbidden = set(forbidden)
    h = highs.new_highs()
    h.addVars(size, np.zeros(size), model.n.astype(np.float64))
    h.changeColsIntegrality(size, highs.ints(np.arange(size)), np.ones(size, dtype=np.uint8))
    h.addRow(seats, seats, size, highs.ints(np.arange(size)), np.ones(size))
    slack: list[tuple[str, int, int]] = []  # (kind, row, column)
    column = size

    def add_slack(bound: int, kind: str, r: int) -> int | None:
        nonlocal column
        if bound <= 0:
            return None
        h.addVar(0.0, float(bound))
        h.changeColCost(column, 1.0)
        h.changeColIntegrality(column, highspy.HighsVarType.kInteger)
        slack.append((kind, r, column))
        column += 1
        return column - 1

    for r, row in enumerate(model.quota_rows):
        have = _row_count(model, row)
        idx = list(row.types)
        ones = [1.0] * len(idx)
        if row.lo > 0:
            col = add_slack(0 if ("min", r) in forbidden else row.lo, "min", r)
            extra = ([col], [1.0]) if col is not None else ([], [])
            h.addRow(row.lo, highs.INF, len(idx) + len(extra[0]),
                     highs.ints(idx + extra[0]), np.array(ones + extra[1]))
        if row.hi < min(seats, have):
            col = add_slack(0 if ("max", r) in forbidden else min(seats, have) - row.hi,
                            "max", r)
            extra = ([col], [-1.0]) if col is not None else ([], [])
            h.addRow(-highs.INF, row.hi, len(idx) + len(extra[0]),
                     highs.ints(idx + extra[0]), np.array(ones + extra[1]))
    if model.group_rows:
        col = add_slack(0 if ("cap", 0) in forbidden else seats, "cap", 0)
        for row in model.group_rows:
            idx = list(row.types)
            extra = ([col], [-1.0]) if col is not None else ([], [])
            h.addRow(-highs.INF, row.hi, len(idx) + len(extra[0]),
                     highs.ints(idx + extra[0]), np.array([1.0] * len(idx) + extra[1]))
    status = highs.run(h, time_limit)
    if status != highs.OPTIMAL:
        return None
    values = h.getSolution().col_value
    changes: list[_Change] = []
    for kind, r, col in slack:
        amount = round(values[col])
        if amount <= 0:
            continue
        if kind == "cap":
            cap = model.problem.cap or 0
            changes.append(_Change("cap", 0, cap, cap + amount))
        elif kind == "min":
            lo = model.quota_rows[r].lo
            changes.append(_Change("min", r, lo, lo - amount))
        else:
            hi = model.quota_rows[r].hi
            changes.append(_Change("max", r, hi, hi + amount))
    return changes


def relaxations(model: TypeModel, alternatives: int = 3, time_limit: float | None = 10.0
                ) -> list[str]:
    """Up to ``alternatives`` different smallest changes, each as one phrase."""
    deadline = None if time_limit is None else time.perf_counter() + time_limit
    forbidden: set[tuple[str, int]] = set()
    out: list[str] = []
    for _ in range(alternatives):
        left = None if deadline is None else deadline - time.perf_counter()
        if left is not None and left <= 0:
            break
        changes = _elastic(model, forbidden, left)
        if not changes:
            break
        out.append(translate("Selection", " and ").join(_change_text(model, c) for c in changes))
        forbidden |= {(c.kind, c.row) for c in changes}
    return out


# --------------------------------------------------------------------------------------------
# A minimal set of bounds that cannot hold together


def _minimal_conflict(model: TypeModel, time_limit: float | None) -> list[tuple[str, int]]:
    """Deletion filter over the quota bounds and cap: every one left is needed for the clash."""
    deadline = None if time_limit is None else time.perf_counter() + time_limit
    seats = model.seats
    lp = highs.new_highs()
    highs.add_count_columns(lp, model, integer=False)
    mip = highs.new_highs(mip_rel_gap=1.0, presolve="off")
    highs.add_count_columns(mip, model, integer=True)
    bounds: list[tuple[str, int]] = []
    for r, row in enumerate(model.quota_rows):
        have = _row_count(model, row)
        if row.lo > 0:
            bounds.append(("min", r))
        if row.hi < min(seats, have):
            bounds.append(("max", r))
    if model.group_rows:
        bounds.append(("cap", 0))
    active = set(bounds)

    def apply(h: object) -> None:
        for r, row in enumerate(model.quota_rows):
            lo = row.lo if ("min", r) in active else 0
            hi = row.hi if ("max", r) in active else highs.INF
            h.changeRowBounds(1 + r, lo, hi)  # type: ignore[attr-defined]
        for g, row in enumerate(model.group_rows):
            hi = row.hi if ("cap", 0) in active else highs.INF
            h.changeRowBounds(1 + len(model.quota_rows) + g, 0, hi)  # type: ignore[attr-defined]

    def infeasible() -> bool:
        apply(lp)
        if highs.run(lp) == highs.INFEASIBLE:
            return True
        apply(mip)
        left = None if deadline is None else max(0.01, deadline - time.perf_counter())
        return bool(highs.run(mip, left) == highs.INFEASIBLE)

    # Try to drop the loosest bounds first, so what remains is what really bites.
    def looseness(bound: tuple[str, int]) -> float:
        kind, r = bound
        if kind == "cap":
            return 0.0
        row = model.quota_rows[r]
        have = max(1, _row_count(model, row))
        return -(row.lo / have) if kind == "min" else row.hi / have

    for bound in sorted(bounds, key=looseness, reverse=True):
        if deadline is not None and time.perf_counter() > deadline:
            break
        active.discard(bound)
        if not infeasible():
            active.add(bound)  # needed (or undecided: keep it to stay on the safe side)
    return [b for b in bounds if b in active]


def _bound_text(model: TypeModel, bound: tuple[str, int]) -> str:
    kind, r = bound
    if kind == "cap":
        return translate("Selection", "at most {cap} people from any one group"
                         ).format(cap=model.problem.cap)
    row = model.quota_rows[r]
    assert row.quota is not None
    what = _fv(model, row.quota.feature, row.quota.value)
    have = _row_count(model, row)
    if kind == "min":
        return translate("Selection", "at least {min} seats for {value} ({people} in the pool)"
                         ).format(min=row.lo, value=what, people=_people(have))
    return translate("Selection", "at most {max} seats for {value} ({people} in the pool)"
                     ).format(max=row.hi, value=what, people=_people(have))


def _overlap_facts(model: TypeModel, bounds: list[tuple[str, int]], limit: int = 4) -> list[str]:
    """Counts of people at the crossing of two clashing quotas on different features."""
    facts: list[tuple[float, str]] = []
    quota_bounds = [(kind, r) for kind, r in bounds if kind != "cap"]
    for i, (kind_a, ra) in enumerate(quota_bounds):
        for kind_b, rb in quota_bounds[i + 1:]:
            qa = model.quota_rows[ra].quota
            qb = model.quota_rows[rb].quota
            assert qa is not None and qb is not None
            if qa.feature == qb.feature:
                continue
            set_a = model.quota_rows[ra].types
            set_b = model.quota_rows[rb].types
            both = int(model.n[np.intersect1d(set_a, set_b)].sum())
            na = _row_count(model, model.quota_rows[ra])
            nb = _row_count(model, model.quota_rows[rb])
            # Speak about the smaller group: "only 2 of the 131 candidates with X have Y".
            if (nb, kind_b) < (na, kind_a):
                qa, qb, na, nb, kind_a, kind_b = qb, qa, nb, na, kind_b, kind_a
            if kind_a == "min" and kind_b == "max":
                text = translate("Selection", "{both} of the {total} candidates with {value} also "
                                              "have {other}, which is limited to {max} seats"
                                 ).format(both=both, total=na,
                                          value=_fv(model, qa.feature, qa.value),
                                          other=_fv(model, qb.feature, qb.value), max=qb.max)
                score = both / max(1, na)
            elif kind_a == "max" and kind_b == "min":
                text = translate("Selection", "{both} of the {total} candidates with {value} also "
                                              "have {other}")\
                    .format(both=both, total=na, value=_fv(model, qa.feature, qa.value),
                            other=_fv(model, qb.feature, qb.value))
                score = both / max(1, na)
            else:
                text = (translate("Selection", "only {both} of the {total} candidates with {value} "
                                               "has {other}")
                        if both == 1 else
                        translate("Selection", "only {both} of the {total} candidates with {value} "
                                               "have {other}"))\
                    .format(both=both, total=na, value=_fv(model, qa.feature, qa.value),
                            other=_fv(model, qb.feature, qb.value))
                score = 1.0 - both / max(1, na)
            facts.append((-score, text[:1].upper() + text[1:] + "."))
    facts.sort()
    return [text for _, text in facts[:limit]]


def explain_infeasible(problem: SelectionProblem, time_limit: float | None = 20.0
                       ) -> Infeasibility:
    """Why the quotas cannot hold together and the smallest changes that fix them.

    Raises ProblemError when the problem is malformed rather than infeasible. For a feasible
    problem the summary says so and the lists are empty.
    """
    errors = problem_errors(problem)
    if errors:
        raise ProblemError(errors)
    model = build_model(problem)
    deadline = None if time_limit is None else time.perf_counter() + time_limit

    def left() -> float | None:
        return None if deadline is None else max(0.05, deadline - time.perf_counter())

    simple = simple_conflicts(model)
    if not simple:
        verdict = is_feasible(model, left())
        if verdict is True:
            return Infeasibility(translate("Selection", "The quotas can be met."))
    options = relaxations(model, alternatives=3, time_limit=left())
    relax_text = [o[:1].upper() + o[1:] + "." for o in options]
    if simple:
        return Infeasibility(simple[0], conflicts=simple[1:], relaxations=relax_text)
    bounds = _minimal_conflict(model, left())
    parts = [_bound_text(model, b) for b in bounds]
    summary = translate("Selection", "These quotas cannot all hold together: {parts}.").format(
        parts="; ".join(parts)) if parts else translate("Selection", "The quotas cannot all hold "
                                                                     "together.")
    conflicts = _overlap_facts(model, bounds)
    if model.seats and any(kind != "cap" for kind, _ in bounds):
        conflicts.append(translate("Selection", "There are {seats} seats in all.")
                         .format(seats=model.seats))
    return Infeasibility(summary, conflicts, relax_text)
