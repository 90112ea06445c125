"""What a selection is asked to do: the pool, the quotas, the seats and the optional cap.

These are plain frozen dataclasses so that the GUI, the command line and the audit file build
exactly the same problem, and so that a problem can be fingerprinted: two runs on the same
problem, whatever the order of the rows they were read from, have the same fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.services.i18n import translate

ALGORITHMS = ("maximin", "leximin")
"""What the solver can optimise (kept here, with the plain data, so that the command line can
list them without loading the solver)."""


@dataclass(frozen=True)
class Person:
    """One pool member: a pseudonymous id, a value per feature, and the group the cap counts.

    ``group`` is e.g. the association a person belongs to: with a cap of N, at most N people
    sharing one group value sit on the panel. ``None`` or an empty string: no group.
    """

    id: str
    features: Mapping[str, str]
    group: str | None = None


@dataclass(frozen=True)
class Quota:
    """Between ``min`` and ``max`` seats (inclusive) go to people whose ``feature`` is ``value``."""

    feature: str
    value: str
    min: int
    max: int


@dataclass(frozen=True)
class SelectionProblem:
    """The whole question. ``cap``: at most this many people per group (None: no cap).

    People whose value of a quota feature has no quota of its own are not limited on that
    feature. The labels are only for the words shown to people (explanations, reports).
    """

    pool: Sequence[Person]
    quotas: Sequence[Quota]
    seats: int
    cap: int | None = None
    feature_labels: Mapping[str, str] = field(default_factory=dict)
    value_labels: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @property
    def features(self) -> tuple[str, ...]:
        """The features the quotas speak about, sorted (the canonical order)."""
        return tuple(sorted({q.feature for q in self.quotas}))

    def feature_label(self, feature: str) -> str:
        return self.feature_labels.get(feature, feature)

    def value_label(self, feature: str, value: str) -> str:
        return self.value_labels.get((feature, value), value)


class ProblemError(ValueError):
    """The problem is malformed (not merely infeasible): the messages say what to fix."""

    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = list(messages)


def group_of(person: Person) -> str | None:
    return person.group if person.group else None


def value_of(person: Person, feature: str) -> str:
    return str(person.features.get(feature, ""))


def problem_errors(problem: SelectionProblem) -> list[str]:
    """Every reason the problem cannot even be posed, in words (empty: well formed).

    Infeasible-but-well-formed quotas (a minimum nobody can fill) are not errors here: those
    get an explanation from :func:`desktop.services.selection.explain_infeasible`.
    """
    errors: list[str] = []
    if not problem.pool:
        errors.append(translate("Selection", "The pool is empty: there is no one to select from."))
    if problem.seats < 1:
        errors.append(translate("Selection", "The number of seats must be at least 1 (it is "
                                             "{seats}).")
                      .format(seats=problem.seats))
    if problem.cap is not None and problem.cap < 1:
        errors.append(translate("Selection", "The cap per group must be at least 1 (it is {cap}).")
                      .format(cap=problem.cap))
    counts = Counter(p.id for p in problem.pool)
    duplicates = sorted(pid for pid, n in counts.items() if n > 1)
    if duplicates:
        shown = ", ".join(duplicates[:5]) + (" …" if len(duplicates) > 5 else "")
        errors.append(translate("Selection", "Some ids appear more than once in the pool: {ids}.")
                      .format(ids=shown))
    if any(not str(p.id).strip() for p in problem.pool):
        errors.append(translate("Selection", "Some pool members have no id."))
    known = {f for p in problem.pool for f in p.features}
    seen: set[tuple[str, str]] = set()
    for q in problem.quotas:
        feature = problem.feature_label(q.feature)
        value = problem.value_label(q.feature, q.value)
        if problem.pool and q.feature not in known:
            errors.append(translate("Selection", "The quotas use the feature '{feature}', which no "
                                                 "pool member has.")
                          .format(feature=feature))
        if q.min < 0:
            errors.append(translate("Selection", "The minimum for '{value}' ({feature}) is "
                                                 "negative.")
                          .format(value=value, feature=feature))
        if q.min > q.max:
            errors.append(translate("Selection", "The minimum for '{value}' ({feature}) is {min}, "
                                                 "more than its maximum {max}.")
                          .format(value=value, feature=feature, min=q.min, max=q.max))
        if (q.feature, q.value) in seen:
            errors.append(translate("Selection", "There are two quotas for '{value}' ({feature}).")
                          .format(value=value, feature=feature))
        seen.add((q.feature, q.value))
    return list(dict.fromkeys(errors))


def validate(problem: SelectionProblem) -> None:
    errors = problem_errors(problem)
    if errors:
        raise ProblemError(errors)


def canonical(problem: SelectionProblem) -> dict[str, Any]:
    """The problem as plain data in one canonical order (what the fingerprint is taken of).

    Only what decides the outcome is kept: the quota features' values, the groups (when a cap
    applies), the quotas, the seats and the cap; labels and other columns are left out.
    """
    features = problem.features
    pool = sorted(
        ([p.id, [value_of(p, f) for f in features],
          group_of(p) if problem.cap is not None else None] for p in problem.pool),
        key=lambda row: str(row[0]),
    )
    quotas = sorted([q.feature, q.value, q.min, q.max] for q in problem.quotas)
    return {"features": list(features), "pool": pool, "quotas": quotas,
            "seats": problem.seats, "cap": problem.cap}


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False
                      ).encode("utf-8")


def fingerprint(problem: SelectionProblem) -> str:
    """sha256 (hex) of the canonical pool and quotas: the same problem, the same fingerprint."""
    return hashlib.sha256(canonical_json(canonical(problem))).hexdigest()
