"""Between a consultation and the selection engine: build the problem from the pool and the
criteria, store the draw, and replace decliners with the next suitable reserve.

The draw is stored with everything needed to check it later without the database: the pool
as the engine saw it (pseudonymous ids and feature values), the quotas, the seed, the
algorithm and the engine's audit record. A decline is answered from that snapshot too, so a
candidate who edits their profile after the draw cannot change who replaces whom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Participation, utcnow
from desktop.services.consent import eligible_ids
from desktop.services.consultation_criteria import (
    CAP_FEATURE,
    Criteria,
    LabelContext,
    Profile,
    feature_label,
    load_profiles,
    value_label,
)
from desktop.services.consultations import (
    POOL_EDITABLE,
    ConsultationError,
    get_consultation,
    panel_and_reserves,
    pool_ids,
)
from desktop.services.i18n import translate
from desktop.services.selection import Person, Quota, SelectionProblem

if TYPE_CHECKING:
    from desktop.services.selection import Distribution


@dataclass
class Prepared:
    """What the criteria editor and the selection dialog work on."""

    consultation_id: str
    seats: int
    reserves_wanted: int
    criteria: Criteria
    profiles: list[Profile]
    excluded: list[str]
    """Pool members left out because their consent is no longer valid (or data erased)."""

    labels: LabelContext | None = None

    def problem(self, criteria: Criteria | None = None) -> SelectionProblem:
        return build_problem(self.profiles, criteria or self.criteria, self.seats, self.labels)


def build_problem(
    profiles: Sequence[Profile], criteria: Criteria, seats: int, labels: LabelContext | None = None
) -> SelectionProblem:
    """The engine's view: one value per chosen feature per person, the quotas, the cap.

    Quotas on values nobody in the pool has are dropped when they ask for nobody (min 0):
    the pool may have changed since the criteria were set, and such a quota says nothing.
    """
    features = [f for f in criteria.features if criteria.quotas_for(f)]
    people = [
        Person(
            p.id,
            {f: p.features.get(f, "unknown") for f in features},
            p.association_id if criteria.cap else None,
        )
        for p in profiles
    ]
    present: dict[str, set[str]] = {f: set() for f in features}
    for person in people:
        for feature, value in person.features.items():
            present[feature].add(value)
    quotas = [
        Quota(q.feature, q.value, q.min, q.max)
        for q in criteria.quotas
        if q.feature in present and (q.value in present[q.feature] or q.min > 0)
    ]
    words = labels or LabelContext()
    return SelectionProblem(
        pool=people,
        quotas=quotas,
        seats=seats,
        cap=criteria.cap,
        feature_labels={f: feature_label(f) for f in features},
        value_labels={(q.feature, q.value): value_label(q.feature, q.value, words) for q in quotas},
    )


def prepare(
    session: Session, consultation_id: str, today: dt.date | None = None, language: str = "en"
) -> Prepared:
    """The consultation's eligible pool as profiles, its criteria, and names for the words."""
    consultation = get_consultation(session, consultation_id)
    ids = pool_ids(session, consultation_id)
    eligible = eligible_ids(session, today, ids)
    profiles = load_profiles(session, [cid for cid in ids if cid in eligible], today)
    labels = LabelContext.load(
        session, language, [p.association_id for p in profiles if p.association_id]
    )
    return Prepared(
        consultation_id,
        consultation.seats,
        consultation.reserves_wanted,
        Criteria.from_json(consultation.criteria),
        profiles,
        [cid for cid in ids if cid not in eligible],
        labels,
    )


def save_criteria(session: Session, consultation_id: str, criteria: Criteria) -> None:
    consultation = get_consultation(session, consultation_id)
    if consultation.status not in POOL_EDITABLE:
        raise ConsultationError(
            translate("Selection", "The criteria are fixed once the participants are drawn.")
        )
    consultation.criteria = criteria.to_json()


# --------------------------------------------------------------------------------------------
# Storing a draw


def problem_json(problem: SelectionProblem) -> dict[str, Any]:
    return {
        "pool": [
            {"id": p.id, "features": dict(p.features), "group": p.group} for p in problem.pool
        ],
        "quotas": [
            {"feature": q.feature, "value": q.value, "min": q.min, "max": q.max}
            for q in problem.quotas
        ],
        "seats": problem.seats,
        "cap": problem.cap,
        "cap_feature": CAP_FEATURE if problem.cap else None,
    }


def problem_from_json(data: Mapping[str, Any]) -> SelectionProblem:
    return SelectionProblem(
        pool=[
            Person(str(p["id"]), {str(k): str(v) for k, v in p["features"].items()}, p.get("group"))
            for p in data["pool"]
        ],
        quotas=[
            Quota(str(q["feature"]), str(q["value"]), int(q["min"]), int(q["max"]))
            for q in data["quotas"]
        ],
        seats=int(data["seats"]),
        cap=int(data["cap"]) if data.get("cap") else None,
    )


def record_selection(
    session: Session,
    consultation_id: str,
    problem: SelectionProblem,
    distribution: Distribution,
    seed: str,
    panel: Sequence[str],
    reserves: Sequence[str],
    audit: Mapping[str, Any],
    by: str | None = None,
) -> None:
    """Store the draw on the consultation and its participations; status becomes "selected".

    Refused unless the pool is still open: a consultation is drawn once.
    """
    from desktop.services.identity import current_user_name

    consultation = get_consultation(session, consultation_id)
    if consultation.status != "pool_open":
        raise ConsultationError(
            translate(
                "Selection",
                "Participants can be drawn only while the pool is open (and only once).",
            )
        )
    probabilities = {str(k): float(v) for k, v in distribution.probabilities.items()}
    panel_set = set(panel)
    rank = {cid: i + 1 for i, cid in enumerate(reserves)}
    now = utcnow()
    for participation in session.scalars(
        select(Participation).where(
            Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None)
        )
    ):
        cid = participation.candidate_id
        participation.probability = probabilities.get(cid, 0.0)
        participation.reserve_rank = rank.get(cid)
        status = "selected" if cid in panel_set else "reserve" if cid in rank else "pool"
        if participation.status != status:
            participation.status = status
            participation.status_changed_at = now
    who = by if by is not None else current_user_name()
    consultation.selection = {
        "seed": seed,
        "algorithm": distribution.algorithm,
        "engine_version": distribution.version,
        "min_probability": distribution.min_probability,
        "upper_bound": distribution.upper_bound,
        "fingerprint": audit.get("fingerprint", ""),
        "drawn_at": now.isoformat(timespec="seconds"),
        "drawn_by": who,
        "panel": list(panel),
        "reserves": list(reserves),
        "probabilities": probabilities,
        "problem": problem_json(problem),
        "audit": dict(audit),
    }
    consultation.status = "selected"
    consultation.status_changed_at = now
    consultation.status_changed_by = who


# --------------------------------------------------------------------------------------------
# Declines


@dataclass(frozen=True)
class ReserveOffer:
    candidate_id: str
    name: str


def next_suitable_reserve(
    session: Session, consultation_id: str, declined_id: str
) -> ReserveOffer | None:
    """The first waiting reserve who, taking the decliner's seat, keeps every quota."""
    consultation = get_consultation(session, consultation_id)
    stored = consultation.selection or {}
    if "problem" not in stored:
        raise ConsultationError(translate("Selection", "This consultation has no recorded draw."))
    problem = problem_from_json(stored["problem"])
    panel, reserves = panel_and_reserves(session, consultation_id)
    if declined_id not in panel:
        panel = [*panel, declined_id]
    from desktop.services.selection import next_reserve

    choice = next_reserve(problem, panel, reserves, declined_id)
    if choice is None:
        return None
    name = session.scalar(select(Candidate.name).where(Candidate.id == choice)) or choice
    return ReserveOffer(choice, name)


def decline_participation(session: Session, participation_id: str) -> ReserveOffer | None:
    """Record a decline and return the reserve to offer the seat to (None if no one fits)."""
    from desktop.services.consultations import set_participation_status

    participation = set_participation_status(session, participation_id, "declined")
    session.flush()
    return next_suitable_reserve(session, participation.consultation_id, participation.candidate_id)
