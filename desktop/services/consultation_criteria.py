"""Selection criteria of a consultation: which features count, and min/max seats per value.

The published criteria for a representative selection (main destination countries, gender,
objectives, migration generation, origin- and destination-country citizenship, education,
occupation) are features here, plus age band, origin region and any other candidate field.
Each candidate gets exactly one value per feature so that quotas add up; this module decides
that value (e.g. the *objective* is the first engagement area of their association, else the
first topic they volunteered for) and helps fill the quotas: proportionally to the pool, or to
population shares the bureau types in, optionally with gender balance.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Association, Candidate, Region
from desktop.services import countries
from desktop.services.candidates import (
    citizenship_labels,
    education_labels,
    generation_labels,
    occupation_labels,
    topic_label,
)
from desktop.services.i18n import translate
from desktop.services.vocabulary import gender_labels

CTX = "Criteria"
UNKNOWN = "unknown"
CAP_FEATURE = "association"
"""The cap ("at most N people from one association") groups people by their association."""


@dataclass(frozen=True)
class Feature:
    """A candidate property that quotas can be set on."""

    key: str
    label: Callable[[], str]
    published: bool = False
    """One of the published criteria for representative selection."""


FEATURES: tuple[Feature, ...] = (
    Feature("country", lambda: translate("Criteria", "Destination country"), True),
    Feature("gender", lambda: translate("Criteria", "Gender"), True),
    Feature("objective", lambda: translate("Criteria", "Objective (engagement area)"), True),
    Feature("generation", lambda: translate("Criteria", "Migration generation"), True),
    Feature(
        "origin_citizenship", lambda: translate("Criteria", "Origin-country citizenship"), True
    ),
    Feature(
        "destination_citizenship",
        lambda: translate("Criteria", "Destination-country citizenship"),
        True,
    ),
    Feature("education", lambda: translate("Criteria", "Education"), True),
    Feature("occupation", lambda: translate("Criteria", "Occupation"), True),
    Feature("age_band", lambda: translate("Criteria", "Age band")),
    Feature("origin_region", lambda: translate("Criteria", "Origin region")),
    Feature(
        "citizenship", lambda: translate("Criteria", "Citizenship (origin, destination or dual)")
    ),
    Feature("association", lambda: translate("Criteria", "Association")),
    Feature("first_language", lambda: translate("Criteria", "First language listed")),
)
FEATURE_KEYS = tuple(f.key for f in FEATURES)
EXTRA_PREFIX = "extra:"
"""Columns an import carried through (kept in ``Candidate.extra``) are features too."""

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under_18", 0, 17),
    ("18_29", 18, 29),
    ("30_44", 30, 44),
    ("45_59", 45, 59),
    ("60_plus", 60, 200),
)


def feature_label(key: str) -> str:
    for feature in FEATURES:
        if feature.key == key:
            return feature.label()
    if key.startswith(EXTRA_PREFIX):
        return key[len(EXTRA_PREFIX) :]
    return key


def age_band(birth_year: int | None, today: dt.date) -> str:
    if birth_year is None:
        return UNKNOWN
    age = today.year - birth_year
    for code, low, high in AGE_BANDS:
        if low <= age <= high:
            return code
    return UNKNOWN


def age_band_labels() -> dict[str, str]:
    return {
        "under_18": translate("Criteria", "Under 18"),
        "18_29": translate("Criteria", "18 to 29"),
        "30_44": translate("Criteria", "30 to 44"),
        "45_59": translate("Criteria", "45 to 59"),
        "60_plus": translate("Criteria", "60 and over"),
    }


@dataclass
class LabelContext:
    """What value labels need beyond fixed vocabularies: names of regions and associations."""

    language: str = "en"
    regions: dict[str, str] = field(default_factory=dict)
    associations: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(
        cls, session: Session, language: str = "en", association_ids: Iterable[str] | None = None
    ) -> LabelContext:
        regions = dict(session.execute(select(Region.code, Region.name)).all())
        query = select(Association.id, Association.name)
        if association_ids is not None:
            wanted = list(set(association_ids))
            names: dict[str, str] = {}
            for start in range(0, len(wanted), 900):
                names.update(
                    session.execute(
                        query.where(Association.id.in_(wanted[start : start + 900]))
                    ).all()
                )
        else:
            names = dict(session.execute(query).all())
        return cls(language, regions, names)


def value_label(feature: str, value: str, labels: LabelContext | None = None) -> str:
    """A feature value in words ("FR" -> "France", "second" -> "Second generation")."""
    labels = labels or LabelContext()
    if value == UNKNOWN:
        return translate("Criteria", "Not stated")
    if feature == "country":
        return countries.country_name(value, labels.language) or value
    if feature == "gender":
        return gender_labels().get(value, value)
    if feature == "objective":
        return topic_label(value)
    if feature == "generation":
        return generation_labels().get(value, value)
    if feature in ("origin_citizenship", "destination_citizenship"):
        return {
            "yes": translate("Criteria", "Holds it"),
            "no": translate("Criteria", "Does not hold it"),
        }.get(value, value)
    if feature == "citizenship":
        return citizenship_labels().get(value, value)
    if feature == "education":
        return education_labels().get(value, value)
    if feature == "occupation":
        return occupation_labels().get(value, value)
    if feature == "age_band":
        return age_band_labels().get(value, value)
    if feature == "origin_region":
        return labels.regions.get(value, value)
    if feature == "association":
        return labels.associations.get(value, value)
    if feature == "first_language":
        from desktop.services.vocabulary import language_name

        return language_name(value, labels.language)
    return value


# --------------------------------------------------------------------------------------------
# Profiles: one value per feature per person


@dataclass(frozen=True)
class Profile:
    """A pool member as the selection engine sees them."""

    id: str
    features: dict[str, str]
    association_id: str | None


def _or_unknown(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    return text or UNKNOWN


def profile_of(
    candidate: Candidate, association_areas: Mapping[str, Sequence[str]], today: dt.date
) -> Profile:
    """Every feature value of one candidate (extra columns included)."""
    areas = association_areas.get(candidate.association_id or "", ())
    topics = list(candidate.topics or ())
    objective = areas[0] if areas else (topics[0] if topics else UNKNOWN)
    citizenship = candidate.citizenship or UNKNOWN
    languages = list(candidate.languages or ())
    features = {
        "country": _or_unknown(candidate.country_code),
        "gender": _or_unknown(candidate.gender),
        "objective": objective,
        "generation": _or_unknown(candidate.generation),
        "origin_citizenship": (
            "yes"
            if citizenship in ("origin", "dual")
            else "no"
            if citizenship == "destination"
            else UNKNOWN
        ),
        "destination_citizenship": (
            "yes"
            if citizenship in ("destination", "dual")
            else "no"
            if citizenship == "origin"
            else UNKNOWN
        ),
        "education": _or_unknown(candidate.education_level),
        "occupation": _or_unknown(candidate.occupation_sector),
        "age_band": age_band(candidate.birth_year, today),
        "origin_region": _or_unknown(candidate.region_code),
        "citizenship": citizenship,
        "association": _or_unknown(candidate.association_id),
        "first_language": languages[0] if languages else UNKNOWN,
    }
    for key, value in (candidate.extra or {}).items():
        features[EXTRA_PREFIX + str(key)] = _or_unknown(value)
    return Profile(candidate.id, features, candidate.association_id)


def load_profiles(
    session: Session, candidate_ids: Sequence[str], today: dt.date | None = None
) -> list[Profile]:
    """Profiles of the given candidates, in the given order (unknown ids are skipped)."""
    today = today or dt.date.today()
    by_id: dict[str, Candidate] = {}
    wanted = list(dict.fromkeys(candidate_ids))
    for start in range(0, len(wanted), 900):
        for candidate in session.scalars(
            select(Candidate).where(Candidate.id.in_(wanted[start : start + 900]))
        ):
            by_id[candidate.id] = candidate
    association_ids = {c.association_id for c in by_id.values() if c.association_id}
    areas: dict[str, list[str]] = {}
    ids = list(association_ids)
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(Association.id, Association.engagement_areas).where(
                Association.id.in_(ids[start : start + 900])
            )
        )
        areas.update({aid: list(values or ()) for aid, values in rows})
    return [profile_of(by_id[cid], areas, today) for cid in wanted if cid in by_id]


def available_features(profiles: Iterable[Profile]) -> list[str]:
    """The fixed features, then every extra column seen in the pool."""
    extra: dict[str, None] = {}
    for profile in profiles:
        for key in profile.features:
            if key.startswith(EXTRA_PREFIX):
                extra.setdefault(key, None)
    return [*FEATURE_KEYS, *sorted(extra)]


def composition(profiles: Iterable[Profile], feature: str) -> Counter[str]:
    """How many pool members have each value of ``feature``."""
    return Counter(p.features.get(feature, UNKNOWN) for p in profiles)


# --------------------------------------------------------------------------------------------
# Criteria as stored on the consultation


@dataclass(frozen=True)
class QuotaRow:
    feature: str
    value: str
    min: int
    max: int


@dataclass
class Criteria:
    """The quotas of one consultation, with what the helpers were given to compute them."""

    features: list[str] = field(default_factory=list)
    quotas: list[QuotaRow] = field(default_factory=list)
    cap: int | None = None
    shares: dict[str, dict[str, float]] = field(default_factory=dict)
    gender_balance: bool = False
    rotation_months: int | None = None
    """Leave out of the pool people seated at another consultation in the last N months
    (``desktop.services.rotation``); applied before the draw and recorded in the audit."""
    cap_by: str = CAP_FEATURE
    """What the cap groups people by: "association" or "household" (shared address/phone)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "quotas": [
                {"feature": q.feature, "value": q.value, "min": q.min, "max": q.max}
                for q in self.quotas
            ],
            "cap": self.cap,
            "cap_feature": self.cap_by,
            "shares": {f: dict(v) for f, v in self.shares.items()},
            "gender_balance": self.gender_balance,
            "rotation_months": self.rotation_months,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Criteria:
        data = data or {}
        quotas = [
            QuotaRow(str(q["feature"]), str(q["value"]), int(q["min"]), int(q["max"]))
            for q in data.get("quotas", [])
        ]
        features = [str(f) for f in data.get("features", [])]
        for quota in quotas:
            if quota.feature not in features:
                features.append(quota.feature)
        cap = data.get("cap")
        return cls(
            features=features,
            quotas=quotas,
            cap=int(cap) if cap else None,
            shares={
                str(f): {str(k): float(v) for k, v in values.items()}
                for f, values in (data.get("shares") or {}).items()
            },
            gender_balance=bool(data.get("gender_balance", False)),
            rotation_months=int(data["rotation_months"]) if data.get("rotation_months")
            else None,
            cap_by=str(data.get("cap_feature") or CAP_FEATURE),
        )

    def quotas_for(self, feature: str) -> list[QuotaRow]:
        return [q for q in self.quotas if q.feature == feature]


# --------------------------------------------------------------------------------------------
# Quota helpers


def _bounds(target: float, available: int, tolerance: int) -> tuple[int, int]:
    low = max(0, math.floor(target + 1e-9) - tolerance)
    high = math.ceil(target - 1e-9) + tolerance
    high = min(high, available)
    low = min(low, high)
    return low, high


def proportional_quotas(
    profiles: Sequence[Profile], feature: str, seats: int, tolerance: int = 0
) -> list[QuotaRow]:
    """Min/max per value so the panel mirrors the pool: floor and ceiling of each value's
    share of the seats (widened by ``tolerance`` on both sides)."""
    counts = composition(profiles, feature)
    total = sum(counts.values())
    if total == 0:
        return []
    rows = []
    for value, count in sorted(counts.items()):
        low, high = _bounds(seats * count / total, count, tolerance)
        rows.append(QuotaRow(feature, value, low, high))
    return rows


def share_quotas(
    profiles: Sequence[Profile],
    feature: str,
    seats: int,
    shares: Mapping[str, float],
    tolerance: int = 0,
) -> list[QuotaRow]:
    """Min/max per value from population shares typed by the bureau (any unit: people,
    percentages). Values without a share are left free (0 to everyone available); a value
    with fewer pool members than its share asks for gets all of them."""
    counts = composition(profiles, feature)
    weight = sum(v for k, v in shares.items() if v > 0 and counts.get(k, 0) > 0)
    rows = []
    for value, count in sorted(counts.items()):
        share = shares.get(value)
        if share is None or weight <= 0:
            rows.append(QuotaRow(feature, value, 0, count))
            continue
        low, high = _bounds(seats * max(share, 0) / weight, count, tolerance)
        rows.append(QuotaRow(feature, value, low, high))
    return rows


def gender_balanced_quotas(
    profiles: Sequence[Profile], seats: int, tolerance: int = 0
) -> list[QuotaRow]:
    """Women and men get half of the seats each (floor/ceiling). When the pool also has people
    who answered otherwise (or not at all), women and men may each take one seat fewer, so
    those people keep a real chance instead of being squeezed out by the two halves."""
    counts = composition(profiles, "gender")
    others = any(v not in ("female", "male") and n for v, n in counts.items())
    rows = []
    for value, count in sorted(counts.items()):
        if value in ("female", "male"):
            low, high = _bounds(seats / 2, count, tolerance)
            if others:
                low = max(0, low - 1)
            high = min(high, seats)  # a wide leeway never proposes more than the seats
            rows.append(QuotaRow("gender", value, min(low, high), high))
        else:
            rows.append(QuotaRow("gender", value, 0, min(count, seats)))
    return rows


def quota_problems(criteria: Criteria, profiles: Sequence[Profile], seats: int) -> list[str]:
    """Mistakes the user can fix in the table before asking the engine (min above max, a
    minimum larger than the people available)."""
    problems: list[str] = []
    labels = LabelContext()
    for feature in criteria.features:
        counts = composition(profiles, feature)
        for quota in criteria.quotas_for(feature):
            name = f"{feature_label(feature)} = {value_label(feature, quota.value, labels)}"
            if quota.min > quota.max:
                problems.append(
                    translate(
                        "Criteria", "{name}: the minimum {min} is above the maximum {max}."
                    ).format(name=name, min=quota.min, max=quota.max)
                )
            available = counts.get(quota.value, 0)
            if quota.min > available:
                problems.append(
                    translate(
                        "Criteria",
                        "{name}: the minimum {min} is more than the {count} people in the pool.",
                    ).format(name=name, min=quota.min, count=available)
                )
    if seats < 1:
        problems.append(translate("Criteria", "The consultation needs at least one seat."))
    elif len(profiles) < seats:
        problems.append(
            translate("Criteria", "The pool has {count} people for {seats} seats.").format(
                count=len(profiles), seats=seats
            )
        )
    return problems
