"""Run the benchmarks (`make bench`, or `python -m bench [NAME …]`) and record the results.

Each ``bench/bench_<name>.py`` module has a docstring (its title) and ``run() -> list[Result]``.
Only the sections of the modules that ran are replaced in docs/BENCHMARKS.md, with the machine
and the date, so one benchmark can be re-run without losing the others' figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
import sys
import traceback

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


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default all: "
                        f"{', '.join(available())})")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
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
        try:
            results: list[Result] = module.run()
        except Exception:
            failed = True
            error = traceback.format_exc()
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
