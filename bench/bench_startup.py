"""Start-up: process start to painted main window on the large demo data set, vs a bare window.

Both are started the same way (a new Python process rendering its window to a PNG once it has
painted, then exiting), five times each, alternating; the medians and their ratio are reported.
The large demo database is generated once into bench/out/startup-large (it takes a few minutes).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from bench.common import OUT, ROOT, Result

RUNS = 5
GOAL_RATIO = 3.0


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=_env(), check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def _large_demo() -> tuple[str, float]:
    data = OUT / "startup-large"
    marker = data / "complete"
    if not marker.exists():
        data.mkdir(parents=True, exist_ok=True)
        print("  generating the large demo data set (once)…", flush=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "demo",
                        "--size", "large"], cwd=ROOT, env=_env(), check=True, timeout=3600)
        marker.write_text(f"{time.perf_counter() - started:.1f}")
    return str(data), float(marker.read_text() or 0)


def run() -> list[Result]:
    data, demo_seconds = _large_demo()
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", data,
               "--screenshot", str(OUT / "startup-app.png")]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py"),
                str(OUT / "startup-bare.png")]
    _timed(app_cmd)  # warm the OS file cache for both, as a user's second start would be
    _timed(bare_cmd)
    app_times, bare_times = [], []
    for _ in range(RUNS):
        app_times.append(_timed(app_cmd))
        bare_times.append(_timed(bare_cmd))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    ratio = app / bare
    size_mb = os.path.getsize(os.path.join(data, "diaspora_desk.db")) / 1e6
    return [
        Result("bare PySide6 window, start to painted (median of 5)", bare, "s"),
        Result("Diaspora Desk on the large demo data, start to painted (median of 5)", app, "s",
               note=f"database {size_mb:.0f} MB"),
        Result("ratio app / bare window", ratio, "×", goal=f"≤ {GOAL_RATIO:g}×",
               passed=ratio <= GOAL_RATIO),
        Result("generating the large demo data set (one-off)", demo_seconds, "s"),
    ]
