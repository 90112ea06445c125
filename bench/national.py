"""Generated national-scale selection instances (issue 15): big pools with associations.

Two shapes: pool 6,000 / 80 seats / 7 quota features / 120 associations, and pool 20,000 /
150 seats / 8 features / 400 associations, both with a cap of 2 per association. People come
from :func:`bench.bench_selection.generate_pool` (the seven published criteria; the eighth
feature is an age band), quotas are proportional to the pool (share of the seats rounded down
and up: narrow), and every person belongs to one association. Association sizes are skewed (a
few big federations, many small clubs; sizes follow 1/(rank+4)^0.9) and an association
recruits mostly in one destination country, as real ones do. Everything is seeded: the same
arguments give the same files.
"""

from __future__ import annotations

import csv
import math
import random
from collections import Counter
from pathlib import Path

from bench.bench_selection import FEATURES, _pick, generate_pool

AGE_BANDS = [("18-29", 22), ("30-44", 34), ("45-59", 28), ("60+", 16)]


def generate_national(size: int, associations: int, features: int = 7, seed: int = 11
                      ) -> tuple[list[dict[str, str]], tuple[str, ...]]:
    """(people with an ``association`` column, the quota features)."""
    rng = random.Random(seed)
    people = generate_pool(size, seed=seed)
    names = tuple(FEATURES) + (("age_band",) if features >= 8 else ())
    weights = [1.0 / (rank + 4) ** 0.9 for rank in range(associations)]
    home = [p["destination_country"] for p in rng.sample(people, associations)]
    by_country: dict[str, list[int]] = {}
    for a, country in enumerate(home):
        by_country.setdefault(country, []).append(a)
    for person in people:
        local = by_country.get(person["destination_country"])
        if local and rng.random() < 0.85:
            a = rng.choices(local, weights=[weights[i] for i in local])[0]
        else:
            a = rng.choices(range(associations), weights=weights)[0]
        person["association"] = f"A{a:03d}"
        if features >= 8:
            person["age_band"] = _pick(rng, AGE_BANDS)
    return people, names


def national_quotas(people: list[dict[str, str]], features: tuple[str, ...], seats: int
                    ) -> list[tuple[str, str, int, int]]:
    """Proportional quotas (floor and ceiling of each value's share; gender half/half)."""
    out = []
    for feature in features:
        counts = Counter(p[feature] for p in people)
        for value, count in sorted(counts.items()):
            if feature == "gender":
                out.append((feature, value, seats // 2, seats - seats // 2))
            else:
                share = count * seats / len(people)
                out.append((feature, value, math.floor(share), math.ceil(share)))
    return out


def write_instance(folder: Path, size: int, seats: int, associations: int, features: int
                   ) -> tuple[Path, Path]:
    """pool.csv and quotas.csv for one shape in ``folder``; returns their paths."""
    people, names = generate_national(size, associations, features)
    folder.mkdir(parents=True, exist_ok=True)
    pool_path = folder / "pool.csv"
    quota_path = folder / "quotas.csv"
    with pool_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", *names, "association"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(people)
    with quota_path.open("w", encoding="utf-8", newline="") as handle:
        quota_writer = csv.writer(handle)
        quota_writer.writerow(["feature", "value", "min", "max"])
        quota_writer.writerows(national_quotas(people, names, seats))
    return pool_path, quota_path
