"""Run the benchmarks (`make bench`, or `python -m bench [NAME …]`) and record the results.

Each ``bench/bench_<name>.py`` module has a docstring (its title) and ``run() -> list[Result]``.
Only the sections of the modules that ran are replaced in docs/BENCHMARKS.md, with the machine
and the date, so one benchmark can be re-run without losing the others' figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import json
import re
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from bench.common import ROOT, Result, machine

DOC = ROOT / "docs" / "BENCHMARKS.md"
HEADER = """# Benchmarks

Produced by `make bench` (`python -m bench [NAME …]`); each section says when and on what machine
it was measured. Goals come from the issues; "missed" is reported as measured, never hidden.
"""


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in (ROOT / "bench").glob("bench_*.py"))


def section(name: str, title: str, results: list[Result], error: str = "") -> str:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"<!-- bench:{name} -->", f"## {title}", "",
             f"Measured {when} on {machine()}.", ""]
    if error:
        lines += ["The benchmark failed:", "", "```", error.strip(), "```"]
    else:
        lines += ["| measure | value | goal | verdict | note |", "| --- | --- | --- | --- | --- |"]
        lines += [r.row() for r in results]
    lines += ["", f"<!-- /bench:{name} -->"]
    return "\n".join(lines)


def write(sections: dict[str, str]) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    for name, body in sections.items():
        pattern = re.compile(rf"<!-- bench:{name} -->.*?<!-- /bench:{name} -->", re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _m, b=body: b, text)
        else:
            text = text.rstrip() + "\n\n" + body + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text.rstrip() + "\n", encoding="utf-8")


def _run_isolated(name: str) -> tuple[list[Result], str]:
    """Run one benchmark in a fresh Python process, so that memory and caches left by another
    (e.g. 100,000 generated rows) never count against it; returns (results, error text)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "results.json"
        proc = subprocess.run([sys.executable, "-m", "bench", name, "--child", str(out)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0 or not out.exists():
            return [], proc.stderr[-4000:] or f"exit status {proc.returncode}"
        rows = json.loads(out.read_text(encoding="utf-8"))
    return [Result(**row) for row in rows], ""


def _run_child(name: str, out: Path) -> int:
    module = importlib.import_module(f"bench.bench_{name}")
    try:
        results: list[Result] = module.run()
    except Exception:
        traceback.print_exc()
        return 1
    out.write_text(json.dumps([dataclasses.asdict(r) for r in results]), encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default all: "
                        f"{', '.join(available())})")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--child", metavar="RESULTS.json", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _run_child(args.names[0], Path(args.child))
    names = args.names or available()
    unknown = set(names) - set(available())
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    sections: dict[str, str] = {}
    failed = False
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        title = (module.__doc__ or name).strip().splitlines()[0]
        print(f"== {title}", flush=True)
        results, error = _run_isolated(name)
        if error:
            failed = True
            print(error, file=sys.stderr)
            sections[name] = section(name, title, [], error)
            continue
        for result in results:
            print("  " + result.row(), flush=True)
        sections[name] = section(name, title, results)
    if not args.no_write:
        write(sections)
        print(f"written to {DOC.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
