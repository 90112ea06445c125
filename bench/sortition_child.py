"""Run sortition-algorithms' maximin on a pool and quota file; print one JSON line.

``python -m bench.sortition_child POOL.csv QUOTAS.csv SEATS`` — run in its own process by
bench_selection_national, so that it can be stopped at a time limit. The quota features are
the quota file's; other pool columns are left out (it has no cap per group).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import time


def main() -> int:
    from sortition_algorithms import CSVStringDataSource, SelectionData, Settings
    from sortition_algorithms.committee_generation.maximin import find_distribution_maximin

    pool_path, quota_path, seats_text = sys.argv[1:4]
    seats = int(seats_text)
    quota_text = open(quota_path, encoding="utf-8").read()  # noqa: SIM115
    features = sorted({row["feature"] for row in csv.DictReader(io.StringIO(quota_text))})
    pool_csv = io.StringIO()
    with open(pool_path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    writer = csv.DictWriter(pool_csv, fieldnames=["id", *features], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    data = SelectionData(CSVStringDataSource(quota_text, pool_csv.getvalue()))
    loaded, _ = data.load_features(number_to_select=seats)
    settings = Settings(id_column="id", columns_to_keep=[], solver_backend="mip")
    people, _ = data.load_people(settings, loaded)
    started = time.perf_counter()
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(io.StringIO()):
        os.dup2(devnull.fileno(), 1)  # CBC prints straight to file descriptor 1
        try:
            committees, probabilities, _ = find_distribution_maximin(
                loaded, people, seats, [], solver_backend="mip")
        finally:
            os.dup2(saved, 1)
    marginal: dict[str, float] = {}
    for committee, probability in zip(committees, probabilities, strict=True):
        for pid in committee:
            marginal[pid] = marginal.get(pid, 0.0) + probability
    smallest = min(marginal.get(row["id"], 0.0) for row in rows)
    print(json.dumps({"seconds": time.perf_counter() - started, "smallest": smallest}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
