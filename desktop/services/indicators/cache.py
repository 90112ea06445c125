"""The last figures the dashboard showed, kept in a small JSON file beside the database.

Counting 100,000 people takes longer than the half second a start page may take. So the
dashboard first shows the figures it computed last time for the same period and scope (marked
with when they were counted), and replaces them as soon as the fresh count, running off the GUI
thread, is done. The file is a cache: deleting it loses nothing, a damaged or foreign one is
ignored, and it never holds a name, only counts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from desktop.services.indicators.model import Figure, IndicatorReport, Period, Scope

FORMAT = "diaspora-desk/indicator-cache"
VERSION = 1
MAX_ENTRIES = 24


def _key(period_key: str, scope: Scope) -> str:
    return f"{period_key}|{scope.kind}|{scope.region_code}"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or data.get("version") != VERSION or not isinstance(data.get("entries"), dict):
        return {}
    return data


def save_cached(path: Path, period_key: str, report: IndicatorReport,
                counted_at: dt.datetime | None = None) -> None:
    """Remember ``report`` for ``period_key`` ("12m", "all" …) and its scope."""
    data = _read(path) or {"format": FORMAT, "version": VERSION, "entries": {}}
    entries: dict[str, Any] = data["entries"]
    entries[_key(period_key, report.scope)] = {
        "counted_at": (counted_at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "start": report.period.start.isoformat() if report.period.start else None,
        "end": report.period.end.isoformat(),
        "as_of": report.as_of.isoformat(),
        "empty": report.empty_database,
        "regions": report.region_names,
        "figures": [[f.indicator, f.region, f.breakdown, f.value] for f in report.figures],
    }
    while len(entries) > MAX_ENTRIES:
        oldest = min(entries, key=lambda k: str(entries[k].get("counted_at", "")))
        del entries[oldest]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)


def load_cached(path: Path, period_key: str,
                scope: Scope) -> tuple[IndicatorReport, dt.datetime] | None:
    """The figures last counted for this period and scope, and when; None if there are none
    (or the file is unreadable)."""
    entry = _read(path).get("entries", {}).get(_key(period_key, scope))
    if not isinstance(entry, dict):
        return None
    try:
        start = dt.date.fromisoformat(entry["start"]) if entry.get("start") else None
        report = IndicatorReport(
            Period(start, dt.date.fromisoformat(entry["end"])), scope,
            dt.date.fromisoformat(entry["as_of"]),
            tuple(Figure(str(i), str(r), str(b), float(v)) for i, r, b, v in entry["figures"]),
            {str(k): str(v) for k, v in entry.get("regions", {}).items()},
            bool(entry.get("empty", False)))
        counted_at = dt.datetime.fromisoformat(entry["counted_at"])
    except (KeyError, TypeError, ValueError):
        return None
    return report, counted_at
