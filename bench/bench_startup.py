"""Start-up: process start to painted main window on the large demo data set, vs a bare window.

Both are started the same way, as new Python processes, five times each, alternating. The app
runs with DIASPORA_DESK_STARTUP_PROBE set, so it prints "painted" at the main window's first
paint (frame, navigation, menus, status bar) and "ready" once the home page with its figures is
built; the bare PySide6 window prints "painted" at its first paint. The times at which those
lines arrive are measured from outside, from the moment the process was started. The large demo
database is generated once into bench/out/startup-large (about a minute).
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
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen",
            "DIASPORA_DESK_STARTUP_PROBE": "1"}


def _stages(args: list[str]) -> dict[str, float]:
    """Seconds from process start to each line the process prints, and to its exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - start)
    if proc.wait(timeout=300) != 0:
        raise RuntimeError(f"{args} exited with {proc.returncode}")
    seen["exit"] = time.perf_counter() - start
    return seen


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
    _stages(app_cmd)  # warm the OS file cache (and upgrade the file once if the schema moved)
    _stages(bare_cmd)
    app_runs, bare_runs = [], []
    for _ in range(RUNS):
        app_runs.append(_stages(app_cmd))
        bare_runs.append(_stages(bare_cmd))
    bare = statistics.median(r["painted"] for r in bare_runs)
    painted = statistics.median(r["painted"] for r in app_runs)
    ready = statistics.median(r["ready"] for r in app_runs)
    size_mb = os.path.getsize(os.path.join(data, "diaspora_desk.db")) / 1e6
    return [
        Result("bare PySide6 window: start to painted (median of 5)", bare, "s"),
        Result("Diaspora Desk, large demo data: start to painted main window (median of 5)",
               painted, "s", note=f"database {size_mb:.0f} MB; frame, navigation, menus and "
               "status bar; the database opens right after the first paint"),
        Result("ratio painted main window / bare window", painted / bare, "×",
               goal=f"≤ {GOAL_RATIO:g}×", passed=painted / bare <= GOAL_RATIO),
        Result("Diaspora Desk: start to home page with its figures (median of 5)", ready, "s",
               note=f"{ready / bare:.1f}× the bare window; includes importing SQLAlchemy and "
               "counting 200,000 records per region"),
        Result("generating the large demo data set (one-off)", demo_seconds, "s"),
    ]
