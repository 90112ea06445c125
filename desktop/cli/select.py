"""``diaspora-desk select``: a fair, verifiable draw from CSV files, and ``select verify``.

Works without a data folder or database: everything comes from the files. Exit codes:
0 success (or audit confirmed), 1 malformed input or unreadable file, 3 quotas infeasible (the
explanation is printed), 4 audit refuted.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop.cli.common import CliEnv, CliError
from desktop.services.selection.problem import ALGORITHMS, ProblemError

# The solver (NumPy, HiGHS), the files (spreadsheet readers) and the report (ReportLab) are
# imported in the handlers, when used: `--help` and every other command do not load them.

EXIT_INFEASIBLE = 3
EXIT_REFUTED = 4


def register(sub: Any) -> None:
    p = sub.add_parser(
        "select",
        help="draw a fair, verifiable panel from pool.csv and quotas.csv "
             "(or: select verify AUDIT.json)",
        description="Compute the fairest lottery over panels that meet the quotas, draw one "
                    "panel with a seed and write it. `select verify AUDIT.json` re-checks a "
                    "draw from its audit file. Exit codes: 0 ok, 1 bad input, 3 quotas "
                    "infeasible, 4 audit refuted.")
    p.add_argument("action", nargs="?", metavar="verify",
                   help="`verify` to check an audit file instead of drawing")
    p.add_argument("audit", nargs="?", metavar="AUDIT.json", help="the audit file to verify")
    p.add_argument("--pool", metavar="POOL.csv", help="pool: an `id` column and one column "
                   "per feature (other columns are carried through)")
    p.add_argument("--quotas", metavar="QUOTAS.csv", help="quotas: feature,value,min,max")
    p.add_argument("--seats", metavar="K", help="panel size")
    p.add_argument("--seed", metavar="S", help="seed of the draw (default: a new random one, "
                   "printed)")
    p.add_argument("--algorithm", default="maximin", metavar="|".join(ALGORITHMS),
                   help="maximin (default) or leximin")
    p.add_argument("--reserves", metavar="R", default="0", help="number of reserves (default 0)")
    p.add_argument("--cap-feature", metavar="COLUMN",
                   help="pool column whose value is capped (e.g. an association)")
    p.add_argument("--cap", metavar="N", help="at most N people per value of --cap-feature")
    p.add_argument("--time-limit", metavar="SEC",
                   help="stop after SEC seconds with the best lottery found so far")
    p.add_argument("--out", metavar="PANEL.csv", help="where to write the panel and reserves")
    p.add_argument("--probabilities", metavar="PROBS.csv",
                   help="also write every pool member's selection probability")
    p.add_argument("--report", metavar="AUDIT.pdf", help="also write the audit report (PDF) "
                   "and the audit record next to it (same name, .json)")
    p.add_argument("--audit-json", metavar="AUDIT.json", help="write the audit record here")
    p.add_argument("--title", default="", help="title printed on the audit report")
    p.add_argument("--no-resolve", action="store_true",
                   help="verify: skip re-solving the lottery (faster; fairness not re-checked)")
    p.set_defaults(handler=cmd_select)


def _int(value: str | None, option: str, minimum: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise CliError(f"{option} must be a whole number (got {value!r})") from exc
    if number < minimum:
        raise CliError(f"{option} must be at least {minimum} (got {number})")
    return number


def cmd_select(args: argparse.Namespace, env: CliEnv) -> int:
    if args.action is not None:
        if args.action != "verify":
            raise CliError(f"unknown action {args.action!r}: use `select verify AUDIT.json` or "
                           "`select --pool … --quotas … --seats K --out panel.csv`")
        if not args.audit:
            raise CliError("select verify needs the audit file: select verify AUDIT.json")
        return cmd_verify(Path(args.audit), resolve=not args.no_resolve)
    return cmd_draw(args)


MAX_JSON_DEPTH = 64
"""An audit record nests a few levels; anything deeper is not one (and would exhaust the
parser's recursion)."""
MAX_COUNT = 10**9
"""Seats, quotas and caps are counts of people: larger numbers are damage, not data."""


def json_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in a JSON text, without parsing it (iteratively, so
    a 100,000-deep file is measured, not recursed into)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _counts_problem(record: dict[str, Any]) -> str:
    """Where the record's counts (seats, cap, quota bounds) are not sensible numbers."""
    problem = record.get("problem")
    if not isinstance(problem, dict):
        return ""
    checks: list[tuple[str, Any]] = [("seats", problem.get("seats")), ("cap", problem.get("cap"))]
    for n, quota in enumerate(problem.get("quotas") or []):
        if isinstance(quota, dict):
            checks += [(f"quotas[{n}].min", quota.get("min")),
                       (f"quotas[{n}].max", quota.get("max"))]
        elif isinstance(quota, list):
            checks += [(f"quotas[{n}][{i}]", v) for i, v in enumerate(quota)
                       if isinstance(v, (int, float)) and not isinstance(v, bool)]
    for where, value in checks:
        if isinstance(value, bool) or value is None or isinstance(value, str):
            continue
        if isinstance(value, float) and value != value:
            return f"{where} is not a number"
        if isinstance(value, (int, float)) and not -MAX_COUNT <= value <= MAX_COUNT:
            return f"{where} = {_short(value)} is not a number of people"
    return ""


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 30 else f"{text[:12]}…({len(text)} digits)"


def cmd_verify(path: Path, resolve: bool = True) -> int:
    from desktop.services.selection.audit import verify_audit

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{path} is not a JSON audit file ({exc})") from exc
    if json_depth(text) > MAX_JSON_DEPTH:
        raise CliError(f"{path} is not a selection audit file: it nests deeper than "
                       f"{MAX_JSON_DEPTH} levels")
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise CliError(f"{path} is not a JSON audit file ({exc})") from exc
    if not isinstance(record, dict):
        raise CliError(f"{path} is not a selection audit file")
    damaged = _counts_problem(record)
    if damaged:
        raise CliError(f"{path} is damaged: {damaged}")
    try:
        result = verify_audit(record, resolve=resolve)
    except (OverflowError, RecursionError, MemoryError, ValueError, TypeError) as exc:
        raise CliError(f"{path} cannot be verified: the record is damaged ({exc})") from exc
    print(result.text())
    if result.unreadable:
        return 1
    return 0 if result.ok else EXIT_REFUTED


def _bound_printer() -> Any:
    interactive = sys.stderr.isatty()
    last = [0.0]

    def show(best: float, upper: float) -> None:
        now = time.monotonic()
        if interactive:
            print(f"\rbest so far {best:.6f} / upper bound {upper:.6f}   ", end="",
                  file=sys.stderr, flush=True)
        elif now - last[0] >= 1.0:
            print(f"best so far {best:.6f} / upper bound {upper:.6f}", file=sys.stderr)
            last[0] = now

    return show


def cmd_draw(args: argparse.Namespace) -> int:
    started = time.perf_counter()  # --time-limit counts reading the files too
    from desktop.services.progress import Progress
    from desktop.services.selection.audit import audit_record
    from desktop.services.selection.draw import draw, draw_reserves, new_seed, normalize_seed
    from desktop.services.selection.feasibility import InfeasibleError
    from desktop.services.selection.files import problem_from_files, read_pool, read_quotas
    from desktop.services.selection.solver import SolverError, solve

    missing = [name for name, value in (("--pool", args.pool), ("--quotas", args.quotas),
                                        ("--seats", args.seats), ("--out", args.out))
               if not value]
    if missing:
        raise CliError(f"missing {', '.join(missing)}: select --pool pool.csv --quotas "
                       "quotas.csv --seats K --out panel.csv")
    seats = _int(args.seats, "--seats", 1)
    reserves_wanted = _int(args.reserves, "--reserves", 0)
    cap = _int(args.cap, "--cap", 1) if args.cap is not None else None
    time_limit = None
    if args.time_limit is not None:
        try:
            time_limit = float(args.time_limit)
        except ValueError as exc:
            raise CliError(f"--time-limit must be a number of seconds (got "
                           f"{args.time_limit!r})") from exc
        if time_limit <= 0:
            raise CliError("--time-limit must be more than 0 seconds")
    if args.algorithm not in ALGORITHMS:
        raise CliError(f"--algorithm must be one of {', '.join(ALGORITHMS)} "
                       f"(got {args.algorithm!r})")
    try:
        seed = normalize_seed(args.seed) if args.seed is not None else new_seed()
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    try:
        pool = read_pool(args.pool)
        quotas = read_quotas(args.quotas)
        problem = problem_from_files(pool, quotas, seats, args.cap_feature, cap)
    except ProblemError as exc:
        raise CliError("\n".join(exc.messages)) from exc
    too_big = [f"{q.feature}={q.value}" for q in problem.quotas
               if not (-MAX_COUNT <= q.min <= MAX_COUNT and -MAX_COUNT <= q.max <= MAX_COUNT)]
    if too_big or seats > MAX_COUNT or (cap is not None and cap > MAX_COUNT):
        raise CliError("a number of people beyond 10^9 is not a quota, seat count or cap "
                       f"({', '.join(too_big) or '--seats/--cap'}); check {args.quotas}")

    printer = _bound_printer()
    try:
        if time_limit is not None:
            time_limit = max(1e-3, time_limit - (time.perf_counter() - started))
        distribution = solve(problem, args.algorithm, time_limit=time_limit,
                             progress=Progress(), on_bound=printer)
    except InfeasibleError as exc:
        print("The quotas cannot be met.")
        print(exc.infeasibility.text())
        return EXIT_INFEASIBLE
    except ProblemError as exc:
        raise CliError("\n".join(exc.messages)) from exc
    except SolverError as exc:
        raise CliError(str(exc)) from exc
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
    panel = draw(distribution, seed)
    reserves = draw_reserves(problem, panel, seed, reserves_wanted)

    _write_panel(Path(args.out), pool.headers, pool.rows, pool.id_column, panel, reserves)
    if args.probabilities:
        _write_probabilities(Path(args.probabilities), pool.ids(), distribution.probabilities)
    record = None
    json_path = Path(args.audit_json) if args.audit_json else (
        Path(args.report).with_suffix(".json") if args.report else None)
    if json_path is not None or args.report:
        record = audit_record(problem, distribution, seed, panel, reserves, title=args.title,
                              cap_feature=args.cap_feature)
    if json_path is not None and record is not None:
        _write_text(json_path, json.dumps(record, ensure_ascii=False, indent=1))
    if args.report and record is not None:
        from desktop.services.selection.report import write_audit_pdf

        try:
            write_audit_pdf(record, Path(args.report))
        except OSError as exc:
            raise CliError(f"cannot write {args.report}: {exc.strerror or exc}") from exc

    status = ("optimal" if distribution.optimal else
              f"not proven optimal: stopped by the time limit, gap {distribution.gap:.3%} "
              "to the upper bound")
    print(f"Selected {len(panel)} of {len(problem.pool)} people, {len(reserves)} reserve(s); "
          f"seed {seed}")
    print(f"Smallest selection probability {distribution.min_probability:.6f} "
          f"(upper bound {distribution.upper_bound:.6f}, {status}, "
          f"{distribution.algorithm}, {distribution.seconds:.2f} s)")
    if len(reserves) < reserves_wanted:
        print(f"Only {len(reserves)} suitable reserve(s) could be found.")
    print(f"Panel written to {args.out}")
    for extra in (args.probabilities, json_path, args.report):
        if extra:
            print(f"Written: {extra}")
    return 0


def _write_text(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_panel(path: Path, headers: list[str], rows: list[dict[str, str]], id_column: str,
                 panel: list[str], reserves: list[str]) -> None:
    by_id = {row[id_column]: row for row in rows}
    chosen = set(panel)
    columns = [h for h in headers if h != "role"] + ["role"]
    out: list[dict[str, str]] = []
    for row in rows:
        if row[id_column] in chosen:
            out.append({**row, "role": "selected"})
    for rank, pid in enumerate(reserves, start=1):
        out.append({**by_id[pid], "role": f"reserve-{rank}"})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(out)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_probabilities(path: Path, ids: list[str], probabilities: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "probability"])
            for pid in ids:
                writer.writerow([pid, f"{float(probabilities[pid]):.12f}"])
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc
