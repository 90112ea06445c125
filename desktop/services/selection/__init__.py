"""Fair, provable selection of consultation participants (no Qt).

A distribution over quota-satisfying panels maximises the smallest selection probability of
any pool member (maximin, optionally refined to leximin); one panel is then drawn from it with
a recorded seed, so anyone can re-run the draw. The pieces: ``problem`` (data), ``model``
(interchangeable people as types), ``feasibility`` (explanations in words), ``decompose`` and
``solver`` (the distribution), ``draw`` (seeded draw and reserves), ``audit`` and ``report``
(the record, its verification and the PDF), ``files`` (CSV input for the command line).
"""

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
    Person,
    ProblemError,
    Quota,
    SelectionProblem,
    fingerprint,
)
from desktop.services.selection.report import write_audit_pdf
from desktop.services.selection.solver import (
    ALGORITHMS,
    ENGINE_VERSION,
    Distribution,
    SolverError,
    solve,
)

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
