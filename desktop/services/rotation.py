"""The rotation rule: leave out people seated in the last N months, before the draw.

The "selected few trusted leaders" problem: the same people sit at every table. A consultation
may set ``rotation_months`` in its criteria; people of its pool who held a seat at another
consultation in the months before it are then left out of the pool *before* the draw. The
engine never sees them, and the audit record lists their pseudonyms with the rule and the
dates, so anyone checking the draw can see who was left out and why (the pool fingerprint
covers only the people who were drawn from, as before).

"Seated" means a participation (not deleted) with status selected, invited, confirmed or
attended, at another live consultation whose date lies within the N months up to the reference
day: the consultation's own date, or today when it has none yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Consultation, Participation
from desktop.services.indicators.model import Period

SEATED_STATUSES: tuple[str, ...] = ("selected", "invited", "confirmed", "attended")
MAX_MONTHS = 120


@dataclass(frozen=True)
class Rotation:
    months: int
    since: dt.date
    until: dt.date
    left_out: tuple[str, ...]
    """Candidate ids left out of the pool, sorted."""

    def audit(self, pseudonym: Any) -> dict[str, Any]:
        """The rule as recorded in the audit: pseudonyms only, never names or ids."""
        return {
            "rule": "leave out people seated in the last N months",
            "months": self.months,
            "seated_from": self.since.isoformat(),
            "seated_until": self.until.isoformat(),
            "seated_statuses": list(SEATED_STATUSES),
            "left_out": sorted(pseudonym(cid) for cid in self.left_out),
        }


def reference_day(held_on: dt.date | None, today: dt.date | None = None) -> dt.date:
    return held_on or today or dt.date.today()


def seated_recently(session: Session, consultation_id: str, candidate_ids: Iterable[str],
                    months: int, reference: dt.date) -> Rotation:
    """Who of ``candidate_ids`` held a seat elsewhere in the ``months`` up to ``reference``."""
    months = max(1, min(int(months), MAX_MONTHS))
    since = Period.last_months(months, reference).first_day()
    wanted = list(dict.fromkeys(candidate_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        found.update(session.scalars(
            select(Participation.candidate_id)
            .join(Consultation, Participation.consultation_id == Consultation.id)
            .where(Participation.candidate_id.in_(chunk),
                   Participation.deleted_at.is_(None),
                   Participation.status.in_(SEATED_STATUSES),
                   Consultation.id != consultation_id,
                   Consultation.deleted_at.is_(None),
                   Consultation.held_on.is_not(None),
                   Consultation.held_on >= since,
                   Consultation.held_on <= reference)
            .distinct()))
    return Rotation(months, since, reference, tuple(sorted(found)))
