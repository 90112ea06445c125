"""Fair, provable selection of consultation participants (no Qt).

A distribution over quota-satisfying panels maximises the smallest selection probability of
any pool member (maximin, optionally refined to leximin); one panel is then drawn from it with
a recorded seed, so anyone can re-run the draw. The pieces: ``problem`` (data), ``model``
(interchangeable people as types), ``feasibility`` (explanations in words), ``decompose`` and
``solver`` (the distribution), ``draw`` (seeded draw and reserves), ``audit`` and ``report``
(the record, its verification and the PDF), ``files`` (CSV input for the command line).
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.selection.audit import (
        Check,
        VerifyResult,
        audit_record,
        distribution_from_record,
        problem_from_record,
        verify_audit,
    )
    from desktop.services.selection.draw import (
        draw,
        draw_reserves,
        new_seed,
        next_reserve,
        normalize_seed,
        panel_is_valid,
        panel_problems,
    )
    from desktop.services.selection.feasibility import (
        Feasibility,
        Infeasibility,
        InfeasibleError,
        check_feasible,
        explain_infeasible,
    )
    from desktop.services.selection.problem import (
        ALGORITHMS,
        Person,
        ProblemError,
        Quota,
        SelectionProblem,
        fingerprint,
    )
    from desktop.services.selection.report import write_audit_pdf
    from desktop.services.selection.solver import (
        ENGINE_VERSION,
        Distribution,
        SolverError,
        solve,
    )

_HOMES = {
    "ALGORITHMS": "problem",
    "Check": "audit",
    "Distribution": "solver",
    "ENGINE_VERSION": "solver",
    "Feasibility": "feasibility",
    "Infeasibility": "feasibility",
    "InfeasibleError": "feasibility",
    "Person": "problem",
    "ProblemError": "problem",
    "Quota": "problem",
    "SelectionProblem": "problem",
    "SolverError": "solver",
    "VerifyResult": "audit",
    "audit_record": "audit",
    "check_feasible": "feasibility",
    "distribution_from_record": "audit",
    "draw": "draw",
    "draw_reserves": "draw",
    "explain_infeasible": "feasibility",
    "fingerprint": "problem",
    "new_seed": "draw",
    "next_reserve": "draw",
    "normalize_seed": "draw",
    "panel_is_valid": "draw",
    "panel_problems": "draw",
    "problem_from_record": "audit",
    "solve": "solver",
    "verify_audit": "audit",
    "write_audit_pdf": "report",
}
"""Where each public name lives. They are imported on first use: the solver brings NumPy and
HiGHS, the report ReportLab, and a command that only needs the words or the problem types must
not pay for them (the command line's start-up, issue 15)."""


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(types.ModuleType):
    """``draw`` is both a submodule and the function it exports. Importing the submodule makes
    Python set the package attribute ``draw`` to the *module*, which would then hide the
    function from ``from desktop.services.selection import draw``; that one assignment is
    ignored here, so the name keeps meaning the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "ALGORITHMS",
    "ENGINE_VERSION",
    "Check",
    "Distribution",
    "Feasibility",
    "Infeasibility",
    "InfeasibleError",
    "Person",
    "ProblemError",
    "Quota",
    "SelectionProblem",
    "SolverError",
    "VerifyResult",
    "audit_record",
    "check_feasible",
    "distribution_from_record",
    "draw",
    "draw_reserves",
    "explain_infeasible",
    "fingerprint",
    "new_seed",
    "next_reserve",
    "normalize_seed",
    "panel_is_valid",
    "panel_problems",
    "problem_from_record",
    "solve",
    "verify_audit",
    "write_audit_pdf",
]
