"""Who may see and change which records: the one place that decides, for pull and push alike.

``bureau`` and ``admin`` see and change every record. A ``regional`` user sees the records of
their regions plus national records (``region_code`` null, e.g. the regions themselves) other
than people's (candidates, consents, participations,
registrations from the public form: :data:`NATIONAL_PRIVATE`), and
changes only records of their regions: national records are read-only for them, and a record
may not be moved out of their regions (the bureau does that).
"""

from __future__ import annotations

from sync.server.auth import CurrentUser

NATIONAL_PRIVATE = frozenset({"candidate", "consent", "participation", "registration"})
"""Entities about people: their national records (no region) are the bureau's, not reference
data, so regional offices do not receive them (no office sees another office's people)."""


def can_read(user: CurrentUser, region_code: str | None, entity: str) -> bool:
    if user.sees_everything:
        return True
    if region_code is None:
        return entity not in NATIONAL_PRIVATE
    return region_code in user.regions


def can_write(user: CurrentUser, region_code: str | None) -> bool:
    return user.sees_everything or (region_code is not None and region_code in user.regions)


def _regions(user: CurrentUser) -> str:
    return ", ".join(sorted(user.regions))


def write_refusal(user: CurrentUser, current_region: str | None, exists: bool,
                  new_region: str | None) -> str | None:
    """Why ``user`` may not make this change, in words for them; ``None`` when they may."""
    if user.sees_everything:
        return None
    if exists and not can_write(user, current_region):
        if current_region is None:
            return ("National records are read-only for regional offices; "
                    "ask the bureau to change this one.")
        # Never name the record's region: anyone who knows an id would learn where it lives.
        return (f"This record is not in your regions; you may change only records of "
                f"{_regions(user)}.")
    if not can_write(user, new_region):
        if exists:
            target = "national" if new_region is None else f"region {new_region}"
            return (f"Moving a record out of your regions (to {target}) is not allowed; "
                    "ask the bureau to move it.")
        if new_region is None:
            return ("Regional offices cannot add national records; choose one of your regions "
                    f"({_regions(user)}).")
        return (f"You may add records only for your regions ({_regions(user)}), "
                f"not for {new_region}.")
    return None
