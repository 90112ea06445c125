"""Thin helpers around HiGHS (highspy): silent, single-threaded, deterministic instances.

Every instance runs with one thread and a fixed random seed, so the same model always takes
the same path and gives the same answer on one machine. HiGHS keeps one global thread
scheduler per process: all our instances ask for one thread, and if someone else initialised
the scheduler differently, it is reset once and the solve retried.
"""

from __future__ import annotations

from typing import Any

import highspy
import numpy as np
from highspy._core import _Highs

from desktop.services.selection.model import FloatArray, TypeModel

INF = highspy.kHighsInf
OPTIMAL = highspy.HighsModelStatus.kOptimal
INFEASIBLE = highspy.HighsModelStatus.kInfeasible
TIME_LIMIT = highspy.HighsModelStatus.kTimeLimit
INTERRUPT = highspy.HighsModelStatus.kInterrupt


def solver_version() -> str:
    major, minor, patch = (highspy.HIGHS_VERSION_MAJOR, highspy.HIGHS_VERSION_MINOR,
                           highspy.HIGHS_VERSION_PATCH)
    return f"HiGHS {major}.{minor}.{patch}"


def new_highs(**options: Any) -> Any:
    """A fresh, silent HiGHS instance with deterministic settings (plus ``options``)."""
    h = _Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", 0)
    for name, value in options.items():
        h.setOptionValue(name, value)
    return h


def run(h: Any, time_limit: float | None = None) -> Any:
    """Solve; return the model status. ``time_limit`` in seconds (None: no limit)."""
    # HiGHS compares its time limit with the instance's run time summed over every solve,
    # so a limit for this solve is added to what earlier solves of the instance used.
    h.setOptionValue("time_limit", float(time_limit) + float(h.getRunTime())
                     if time_limit is not None else INF)
    status = h.run()
    if status == highspy.HighsStatus.kError:
        _Highs.resetThreadScheduler(True)
        status = h.run()
        if status == highspy.HighsStatus.kError:
            raise RuntimeError("HiGHS could not solve the model")
    return h.getModelStatus()


def ints(values: Any) -> Any:
    return np.asarray(values, dtype=np.int32)


def add_count_columns(h: Any, model: TypeModel, integer: bool = True,
                      costs: FloatArray | None = None) -> None:
    """One column per type (its count on the panel) with the seats, quota and cap rows."""
    size = model.size
    h.addVars(size, np.zeros(size), model.n.astype(np.float64))
    if costs is not None:
        h.changeColsCost(size, ints(np.arange(size)), costs)
    if integer:
        h.changeColsIntegrality(size, ints(np.arange(size)), np.ones(size, dtype=np.uint8))
    h.addRow(model.seats, model.seats, size, ints(np.arange(size)), np.ones(size))
    for row in model.rows:
        h.addRow(row.lo, row.hi, len(row.types), ints(row.types), np.ones(len(row.types)))


def counts_from(values: Any, size: int) -> Any:
    """Integer counts from a solver's column values (the first ``size`` columns)."""
    return np.rint(np.asarray(values[:size], dtype=np.float64)).astype(np.int64)
