"""The server's clock, in one place: aware UTC, never local time."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def in_words(seconds: float) -> str:
    """A wait for people ("2 minutes", "40 seconds"), rounded up so it is never too short."""
    whole = max(1, int(-(-seconds // 1)))
    if whole < 90:
        return f"{whole} second{'s' if whole != 1 else ''}"
    minutes = -(-whole // 60)
    if minutes < 90:
        return f"{minutes} minutes"
    hours = -(-minutes // 60)
    return f"{hours} hours"
