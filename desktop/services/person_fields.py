"""Which fields of a person record the selection quotas and the directory's balance rely on.

New candidate and focal-point forms start with these fields unset, so that nothing is recorded
that nobody said (a default "Female, first generation, origin citizenship" would feed the
quotas with invented facts). Saving with one of them still unset asks first; this module says
which ones, so the form and any other front end ask about the same fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

QUOTA_FIELDS: dict[str, tuple[str, ...]] = {
    "candidate": ("gender", "citizenship", "generation"),
    "focal_point": ("gender", "role"),
}
"""Per record type, the fields used by selection quotas or the gender-balance figures."""


def unset_quota_fields(entity: str, values: Mapping[str, Any]) -> list[str]:
    """The quota fields of ``entity`` that ``values`` leaves empty, in form order."""
    return [key for key in QUOTA_FIELDS.get(entity, ())
            if not str(values.get(key) or "").strip()]
