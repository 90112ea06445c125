"""Fair, provable selection of consultation participants (no Qt).

A distribution over quota-satisfying panels maximises the smallest selection probability of
any pool member (maximin, optionally refined to leximin); one panel is then drawn from it with
a recorded seed, so anyone can re-run the draw. See the modules for the pieces:
``problem`` (data), ``model`` (types), ``feasibility`` (explanations).
"""

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

__all__ = [
    "Feasibility",
    "Infeasibility",
    "InfeasibleError",
    "Person",
    "ProblemError",
    "Quota",
    "SelectionProblem",
    "check_feasible",
    "explain_infeasible",
    "fingerprint",
]
