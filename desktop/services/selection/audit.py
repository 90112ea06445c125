"""The audit record of a selection (JSON) and its independent verification.

The record holds everything needed to check the selection without the database: the
canonical pool (pseudonymous ids and the quota features' values only — never names), the
quotas, the seats and cap, the fingerprint, the distribution (panels and integer weights), the
seed, the panel, the reserves and every pool member's probability. :func:`verify_audit` checks
the fingerprint, that every panel of the distribution meets the quotas, that the published
probabilities are the distribution's, that the seed gives exactly the published panel and
reserves, and (re-solving) that the distribution is as fair as the engine can make it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.services.i18n import translate
from desktop.services.selection.draw import (
    METHOD,
    STREAM_PANEL,
    STREAM_RESERVES,
    draw,
    draw_reserves,
    normalize_seed,
    panel_problems,
)
from desktop.services.selection.feasibility import InfeasibleError
from desktop.services.selection.model import build_model
from desktop.services.selection.problem import (
    Person,
    ProblemError,
    Quota,
    SelectionProblem,
    canonical,
    fingerprint,
    value_of,
)
from desktop.services.selection.solver import Distribution, SolverError, solve

FORMAT = "diaspora-desk/selection-audit"
FORMAT_VERSION = 1
FAIRNESS_TOLERANCE = 1e-6


def composition(problem: SelectionProblem, panel: Sequence[str]) -> list[dict[str, Any]]:
    """Per quota: its bounds, how many in the pool and on the panel have the value."""
    chosen = set(panel)
    rows = []
    for q in sorted(problem.quotas, key=lambda q: (q.feature, q.value)):
        in_pool = [p for p in problem.pool if value_of(p, q.feature) == q.value]
        rows.append({
            "feature": q.feature, "value": q.value, "min": q.min, "max": q.max,
            "pool": len(in_pool), "panel": sum(1 for p in in_pool if p.id in chosen),
        })
    return rows


def audit_record(problem: SelectionProblem, distribution: Distribution, seed: str,
                 panel: Sequence[str], reserves: Sequence[str], *, title: str = "",
                 cap_feature: str | None = None, created_at: dt.datetime | None = None
                 ) -> dict[str, Any]:
    """JSON-safe record of one selection (see the module docstring)."""
    when = (created_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    labels_features = {f: problem.feature_label(f) for f in problem.features
                       if problem.feature_label(f) != f}
    labels_values = [[f, v, label] for (f, v), label in sorted(problem.value_labels.items())
                     if label != v]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": title,
        "created_at": when.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "fingerprint": fingerprint(problem),
        "problem": canonical(problem),
        "cap_feature": cap_feature if problem.cap is not None else None,
        "labels": {"features": labels_features, "values": labels_values},
        "engine": {
            "algorithm": distribution.algorithm,
            "version": distribution.version,
            "solver": distribution.solver,
            "optimal": distribution.optimal,
            "min_probability": distribution.min_probability,
            "upper_bound": distribution.upper_bound,
            "gap": distribution.gap,
            "seconds": round(distribution.seconds, 3),
            "stages": distribution.stages,
            "notes": list(distribution.notes),
        },
        "draw": {"method": METHOD, "seed": normalize_seed(seed), "panel_stream": STREAM_PANEL,
                 "reserve_stream": STREAM_RESERVES},
        "distribution": {
            "types": [list(ids) for ids in distribution.types],
            "panels": [[[t, c] for t, c in panel_] for panel_ in distribution.panels],
            "weights": list(distribution.weights),
            "weight_total": distribution.weight_total,
        },
        "composition": composition(problem, panel),
        "panel": sorted(panel),
        "reserves": list(reserves),
        "probabilities": {pid: distribution.probabilities[pid]
                          for pid in sorted(distribution.probabilities)},
    }


def problem_from_record(record: Mapping[str, Any]) -> SelectionProblem:
    data = record["problem"]
    features = [str(f) for f in data["features"]]
    pool = [Person(str(row[0]), {f: str(v) for f, v in zip(features, row[1], strict=True)},
                   None if row[2] is None else str(row[2])) for row in data["pool"]]
    quotas = [Quota(str(q[0]), str(q[1]), int(q[2]), int(q[3])) for q in data["quotas"]]
    labels = record.get("labels") or {}
    value_labels = {(str(f), str(v)): str(label) for f, v, label in labels.get("values", [])}
    return SelectionProblem(pool, quotas, int(data["seats"]),
                            None if data.get("cap") is None else int(data["cap"]),
                            feature_labels=dict(labels.get("features", {})),
                            value_labels=value_labels)


def distribution_from_record(record: Mapping[str, Any]) -> Distribution:
    data = record["distribution"]
    engine = record["engine"]
    types = tuple(tuple(str(pid) for pid in ids) for ids in data["types"])
    panels = tuple(tuple((int(t), int(c)) for t, c in panel) for panel in data["panels"])
    weights = tuple(int(w) for w in data["weights"])
    probabilities = {str(k): float(v) for k, v in record.get("probabilities", {}).items()}
    return Distribution(
        algorithm=str(engine["algorithm"]), version=str(engine["version"]),
        solver=str(engine.get("solver", "")), fingerprint=str(record.get("fingerprint", "")),
        types=types, panels=panels, weights=weights, probabilities=probabilities,
        min_probability=float(engine.get("min_probability", 0.0)),
        upper_bound=float(engine.get("upper_bound", 0.0)),
        optimal=bool(engine.get("optimal", False)), seconds=float(engine.get("seconds", 0.0)),
        stages=int(engine.get("stages", 1)), notes=tuple(engine.get("notes", [])))


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str = ""


@dataclass
class VerifyResult:
    checks: list[Check] = field(default_factory=list)
    unreadable: bool = False
    """The record is not a (complete) selection audit record at all."""

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)

    def text(self) -> str:
        lines = []
        for c in self.checks:
            mark = translate("Selection", "OK") if c.passed else translate("Selection", "FAILED")
            lines.append(f"[{mark}] {c.name}" + (f": {c.detail}" if c.detail else ""))
        lines.append(translate("Selection", "The selection is confirmed.") if self.ok
                     else translate("Selection", "The selection is NOT confirmed."))
        return "\n".join(lines)


def verify_audit(record: Mapping[str, Any], resolve: bool = True,
                 time_limit: float | None = None) -> VerifyResult:
    """Re-check a selection from its audit record alone; every check is reported in words."""
    result = VerifyResult()
    add = result.checks.append
    file_format = translate("Selection", "Audit file format")
    if record.get("format") != FORMAT:
        add(Check(file_format, False,
                  translate("Selection", "this is not a selection audit record")))
        result.unreadable = True
        return result
    if int(record.get("format_version", 0)) > FORMAT_VERSION:
        add(Check(file_format, False,
                  translate("Selection", "written by a newer version of Diaspora Desk")))
        result.unreadable = True
        return result
    try:
        problem = problem_from_record(record)
        distribution = distribution_from_record(record)
        seed = str(record["draw"]["seed"])
        panel = [str(pid) for pid in record["panel"]]
        reserves = [str(pid) for pid in record["reserves"]]
    except (KeyError, TypeError, ValueError) as exc:
        add(Check(file_format, False,
                  translate("Selection", "the record is incomplete or damaged ({error})")
                  .format(error=exc)))
        result.unreadable = True
        return result

    actual = fingerprint(problem)
    recorded_fingerprint = record.get("fingerprint")
    add(Check(translate("Selection", "Fingerprint of the pool and quotas"),
              actual == recorded_fingerprint,
              actual if actual == recorded_fingerprint
              else translate("Selection", "recorded {recorded}, computed {actual}").format(
                  recorded=recorded_fingerprint, actual=actual)))

    try:
        model = build_model(problem)
    except ProblemError as exc:
        add(Check(translate("Selection", "The recorded problem"), False, str(exc)))
        return result
    expected_types = [tuple(ids) for ids in model.members]
    types_ok = list(distribution.types) == expected_types
    panels_ok = types_ok and all(
        model.satisfies(_dense(panel_, model.size)) for panel_ in distribution.panels)
    weights_ok = bool(distribution.weights) and all(w > 0 for w in distribution.weights) \
        and distribution.weight_total == int(record["distribution"].get("weight_total", -1))
    if not types_ok:
        detail = translate("Selection",
                           "the groups of interchangeable people do not match the pool")
    elif not panels_ok:
        detail = translate("Selection", "a panel breaks the quotas")
    elif not weights_ok:
        detail = translate("Selection", "the weights are not positive or do not add up")
    else:
        detail = ""
    add(Check(translate("Selection", "Every panel of the distribution meets the quotas"),
              panels_ok and weights_ok, detail))
    if not (panels_ok and weights_ok):
        return result

    computed = _probabilities(distribution)
    recorded = distribution.probabilities
    same = set(recorded) == {p.id for p in problem.pool} and all(
        abs(recorded[pid] - computed[pid]) <= 1e-12 for pid in computed)
    add(Check(translate("Selection", "The published probabilities are the distribution's"), same,
              "" if same else translate("Selection",
                                        "they differ from what the panels and weights give")))

    problems = panel_problems(problem, panel)
    add(Check(translate("Selection", "The panel meets the quotas"), not problems,
              " ".join(problems)))

    try:
        redrawn = draw(distribution, seed)
        again = draw_reserves(problem, redrawn, seed, len(reserves))
    except ValueError as exc:
        add(Check(translate("Selection", "Re-running the draw with the seed"), False, str(exc)))
        return result
    same_panel = sorted(redrawn) == sorted(panel)
    add(Check(translate("Selection",
                        "Re-running the draw with the seed gives the published panel"),
              same_panel,
              "" if same_panel else translate(
                  "Selection", "the seed gives a different panel ({count} people differ)")
              .format(count=len(set(redrawn) ^ set(panel)))))
    add(Check(translate("Selection",
                        "Re-running the draw gives the published reserves, in order"),
              again == reserves,
              "" if again == reserves
              else translate("Selection", "the seed gives a different reserve list")))

    if resolve:
        add(_fairness_check(problem, distribution, computed, time_limit))
    return result


def _dense(panel: Sequence[tuple[int, int]], size: int) -> Any:
    import numpy as np

    counts = np.zeros(size, dtype=np.int64)
    for t, c in panel:
        if not 0 <= t < size:
            return np.full(size, -1, dtype=np.int64)
        counts[t] = c
    return counts


def _probabilities(distribution: Distribution) -> dict[str, float]:
    per_type = distribution.type_probabilities()
    return {pid: per_type[t] for t, ids in enumerate(distribution.types) for pid in ids}


def _fairness_check(problem: SelectionProblem, distribution: Distribution,
                    computed: Mapping[str, float], time_limit: float | None) -> Check:
    """Re-solve and compare, whatever the record says about itself.

    A record that says it stopped at its time limit is re-solved too: otherwise anyone could
    publish an unfair lottery (one panel, most people at probability 0) marked "not optimal"
    and have it confirmed. A fairer lottery found by the re-solve refutes the record; when the
    re-solve itself hits its time limit and finds nothing fairer, the record stands.
    """
    name = translate("Selection", "The distribution is as fair as the engine can make it")
    recorded_min = min(computed.values())
    if abs(distribution.min_probability - recorded_min) > 1e-9:
        return Check(name, False, translate(
            "Selection", "the record claims a smallest probability of {claimed:.6f}, but its "
                         "lottery gives {actual:.6f}").format(
            claimed=distribution.min_probability, actual=recorded_min))
    try:
        fresh = solve(problem, distribution.algorithm, time_limit=time_limit)
    except (InfeasibleError, ProblemError, SolverError) as exc:
        return Check(name, False, str(exc))
    tolerance = max(1e-9, FAIRNESS_TOLERANCE * fresh.min_probability)
    if recorded_min < fresh.min_probability - tolerance:
        return Check(name, False, translate(
            "Selection", "a fairer lottery exists: its smallest probability is {best:.6f}, "
                         "the record's {recorded:.6f}").format(
            best=fresh.min_probability, recorded=recorded_min))
    if distribution.algorithm == "leximin" and fresh.optimal and distribution.optimal:
        mine = sorted(computed.values())
        theirs = sorted(fresh.probabilities.values())
        worst = max((b - a for a, b in zip(mine, theirs, strict=True)), default=0.0)
        passed = worst <= max(1e-7, 1e-5 * max(theirs, default=0.0))
        if passed:
            detail = translate("Selection", "re-solved: the sorted probabilities match "
                                            "(largest shortfall {gap:.2e})"
                               ).format(gap=max(worst, 0.0))
        else:
            detail = translate("Selection", "a fairer distribution exists: someone's "
                                            "probability falls short by {gap:.2e}"
                               ).format(gap=worst)
        return Check(name, passed, detail)
    if fresh.optimal:
        detail = translate("Selection", "re-solved: smallest probability {recorded:.6f}, best "
                                        "possible {best:.6f}"
                           ).format(recorded=recorded_min, best=fresh.min_probability)
    else:
        detail = translate("Selection", "re-solved until the time limit: no fairer lottery "
                                        "found (smallest probability {recorded:.6f}, at most "
                                        "{bound:.6f} is possible)"
                           ).format(recorded=recorded_min, bound=fresh.upper_bound)
    return Check(name, True, detail)
