"""Between a consultation and the selection engine: build the problem from the pool and the
criteria, store the draw, and replace decliners with the next suitable reserve.

The draw is stored with the engine's audit record, which holds everything needed to check it
without the database: the pool as the engine saw it (per-consultation pseudonyms and feature
values), the quotas, the seed and the algorithm. The pseudonym -> candidate map stays in the
consultation's own record, never in the published audit. A decline is answered from the audit's
problem too, so someone who edits their profile after the draw cannot change who replaces whom.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Participation, utcnow
from desktop.services.consent import eligible_ids
from desktop.services.consultation_criteria import (
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
from desktop.services.dedupe import DuplicatePair
from desktop.services.households import HOUSEHOLD_FEATURE, Household, household_of, households
from desktop.services.i18n import translate
from desktop.services.pool_duplicates import pool_duplicates
from desktop.services.progress import Progress
from desktop.services.rotation import Rotation, reference_day, seated_recently
from desktop.services.selection import (
    Distribution,
    Person,
    Quota,
    SelectionProblem,
    audit_record,
    draw,
    draw_reserves,
    next_reserve,
    problem_from_record,
    solve,
)


@dataclass
class Prepared:
    """What the criteria editor and the selection dialog work on."""

    consultation_id: str
    title: str
    seats: int
    reserves_wanted: int
    criteria: Criteria
    profiles: list[Profile]
    excluded: list[str]
    """Pool members left out because their consent is no longer valid (or data erased)."""

    labels: LabelContext | None = None
    rotation: Rotation | None = None
    """The rotation rule applied to the pool (who was left out, and why), if the criteria
    ask for one."""
    rotated_out: list[str] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)
    """Pool members sharing an address or a phone (shown before the draw; capped when the
    criteria cap by household)."""
    duplicates: list[DuplicatePair] = field(default_factory=list)
    """Likely duplicate people in the pool: the draw waits until each is resolved."""

    def problem(self, criteria: Criteria | None = None) -> SelectionProblem:
        return build_problem(
            self.profiles,
            criteria or self.criteria,
            self.seats,
            self.labels,
            lambda cid: pseudonym(self.consultation_id, cid),
            household_of(self.households),
        )

    def pseudonyms(self) -> dict[str, str]:
        """Pseudonym in the audit -> candidate id."""
        return {pseudonym(self.consultation_id, p.id): p.id for p in self.profiles}


def pseudonym(consultation_id: str, candidate_id: str) -> str:
    """How a pool member appears in a consultation's published audit: stable for that
    consultation, meaningless outside it (two consultations' audits cannot be joined)."""
    digest = hashlib.sha256(f"{consultation_id}:{candidate_id}".encode()).hexdigest()
    return f"P-{digest[:10].upper()}"


def build_problem(
    profiles: Sequence[Profile],
    criteria: Criteria,
    seats: int,
    labels: LabelContext | None = None,
    name: Callable[[str], str] | None = None,
    households: Mapping[str, str] | None = None,
) -> SelectionProblem:
    """The engine's view: one value per chosen feature per person, the quotas, the cap.

    ``name`` turns a candidate id into the id the engine (and the audit) uses. Quotas on
    values nobody in the pool has are dropped when they ask for nobody (min 0): the pool may
    have changed since the criteria were set, and such a quota says nothing.
    """
    rename = name or (lambda cid: cid)
    features = [f for f in criteria.features if criteria.quotas_for(f)]
    by_household = criteria.cap_by == HOUSEHOLD_FEATURE
    homes = households or {}

    def group(profile: Profile) -> str | None:
        if not criteria.cap:
            return None
        if by_household:  # the engine's generic cap, grouped by household
            return homes.get(profile.id)
        return profile.association_id

    people = [
        Person(rename(p.id), {f: p.features.get(f, "unknown") for f in features}, group(p))
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
        feature_labels={**{f: feature_label(f) for f in features},
                        **({HOUSEHOLD_FEATURE: translate("Selection", "household")}
                           if by_household else {})},
        value_labels={(q.feature, q.value): value_label(q.feature, q.value, words) for q in quotas},
    )


def prepare(
    session: Session, consultation_id: str, today: dt.date | None = None, language: str = "en"
) -> Prepared:
    """The consultation's eligible pool as profiles, its criteria, and names for the words."""
    consultation = get_consultation(session, consultation_id)
    ids = pool_ids(session, consultation_id)
    eligible = eligible_ids(session, today, ids)
    criteria = Criteria.from_json(consultation.criteria)
    rotation = None
    if criteria.rotation_months:
        rotation = seated_recently(session, consultation_id, [c for c in ids if c in eligible],
                                   criteria.rotation_months,
                                   reference_day(consultation.held_on, today))
    rotated = set(rotation.left_out) if rotation else set()
    profiles = load_profiles(
        session, [cid for cid in ids if cid in eligible and cid not in rotated], today)
    labels = LabelContext.load(
        session, language, [p.association_id for p in profiles if p.association_id]
    )
    pool = [p.id for p in profiles]
    return Prepared(
        consultation_id,
        consultation.title,
        consultation.seats,
        consultation.reserves_wanted,
        criteria,
        profiles,
        [cid for cid in ids if cid not in eligible],
        labels,
        rotation,
        sorted(rotated),
        households(session, pool),
        pool_duplicates(session, pool),
    )


def save_criteria(session: Session, consultation_id: str, criteria: Criteria) -> None:
    consultation = get_consultation(session, consultation_id)
    if consultation.status not in POOL_EDITABLE:
        raise ConsultationError(
            translate("Selection", "The criteria are fixed once the participants are drawn.")
        )
    consultation.criteria = criteria.to_json()


# --------------------------------------------------------------------------------------------
# Running and storing a draw


@dataclass
class Outcome:
    """A finished draw: the engine's distribution, the panel, the reserves (candidate ids)
    and the audit record (pseudonymous)."""

    distribution: Distribution
    seed: str
    panel: list[str]
    reserves: list[str]
    audit: dict[str, Any]
    pseudonyms: dict[str, str]


def run_selection(
    prepared: Prepared,
    seed: str,
    algorithm: str = "maximin",
    time_limit: float | None = None,
    progress: Progress | None = None,
    on_bound: Callable[[float, float], None] | None = None,
) -> Outcome:
    """Compute everyone's chance, draw the panel and the reserves with ``seed``. No database
    work (it runs off the GUI thread); raises the engine's InfeasibleError / Cancelled."""
    problem = prepared.problem()
    distribution = solve(
        problem, algorithm=algorithm, time_limit=time_limit, progress=progress, on_bound=on_bound
    )
    panel = draw(distribution, seed)
    reserves = draw_reserves(problem, panel, seed, prepared.reserves_wanted)
    audit = audit_record(
        problem,
        distribution,
        seed,
        panel,
        reserves,
        title=prepared.title,
        cap_feature=prepared.criteria.cap_by if problem.cap is not None else None,
    )
    if prepared.rotation is not None:
        audit["rotation"] = prepared.rotation.audit(
            lambda cid: pseudonym(prepared.consultation_id, cid))
    names = prepared.pseudonyms()
    return Outcome(
        distribution,
        str(audit["draw"]["seed"]),
        [names[pid] for pid in panel],
        [names[pid] for pid in reserves],
        audit,
        names,
    )


def record_selection(
    session: Session, consultation_id: str, outcome: Outcome, by: str | None = None
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
    drawn = set(outcome.pseudonyms.values())
    unresolved = pool_duplicates(session, sorted(drawn))
    if unresolved:
        raise ConsultationError(
            translate(
                "Selection",
                "The pool holds {count} pairs of likely duplicate people (e.g. {first} / "
                "{second}). Merge each pair or mark it “not the same person” before the draw.",
            ).format(count=len(unresolved), first=unresolved[0].first_name,
                     second=unresolved[0].second_name)
        )
    distribution = outcome.distribution
    names = outcome.pseudonyms
    probabilities = {names[pid]: float(p) for pid, p in distribution.probabilities.items()}
    panel_set = set(outcome.panel)
    rank = {cid: i + 1 for i, cid in enumerate(outcome.reserves)}
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
        "seed": outcome.seed,
        "algorithm": distribution.algorithm,
        "engine_version": distribution.version,
        "min_probability": distribution.min_probability,
        "upper_bound": distribution.upper_bound,
        "optimal": distribution.optimal,
        "fingerprint": distribution.fingerprint,
        "drawn_at": now.isoformat(timespec="seconds"),
        "drawn_by": who,
        "panel": list(outcome.panel),
        "reserves": list(outcome.reserves),
        "probabilities": probabilities,
        "pseudonyms": dict(names),
        "audit": dict(outcome.audit),
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
    """The first waiting reserve who, taking the decliner's seat, keeps every quota.

    Decided on the problem as it was drawn (from the audit record), so later edits of anyone's
    profile cannot change who replaces whom.
    """
    consultation = get_consultation(session, consultation_id)
    stored = consultation.selection or {}
    if "audit" not in stored:
        raise ConsultationError(translate("Selection", "This consultation has no recorded draw."))
    problem = problem_from_record(stored["audit"])
    to_pseudonym = {cid: pid for pid, cid in stored.get("pseudonyms", {}).items()}
    to_candidate = dict(stored.get("pseudonyms", {}))
    panel, reserves = panel_and_reserves(session, consultation_id)
    if declined_id not in panel:
        panel = [*panel, declined_id]
    choice = next_reserve(
        problem,
        [to_pseudonym.get(cid, cid) for cid in panel],
        [to_pseudonym.get(cid, cid) for cid in reserves],
        to_pseudonym.get(declined_id, declined_id),
    )
    if choice is None:
        return None
    candidate_id = to_candidate.get(choice, choice)
    name = session.scalar(select(Candidate.name).where(Candidate.id == candidate_id))
    return ReserveOffer(candidate_id, name or candidate_id)


def decline_participation(session: Session, participation_id: str) -> ReserveOffer | None:
    """Record a decline and return the reserve to offer the seat to (None if no one fits)."""
    from desktop.services.consultations import set_participation_status

    participation = set_participation_status(session, participation_id, "declined")
    session.flush()
    return next_suitable_reserve(session, participation.consultation_id, participation.candidate_id)
