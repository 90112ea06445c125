"""Foundation subcommands: ``demo``, ``db check``, ``backup``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import CliEnv, CliError, stderr_progress

SIZES = ("small", "large")
"""The demo data set sizes (desktop.services.demo.SIZES; not imported here, because that loads
the database layer and this module is imported for every command's --help)."""


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill the database with a generated demo data set")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--size", choices=SIZES, default="small", help="small (default) or large")
    demo.set_defaults(handler=cmd_demo)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = db_sub.add_parser("check", help="print `ok` and the schema revision, or what is wrong")
    check.set_defaults(handler=cmd_db_check)

    backup = sub.add_parser("backup", help="write a consistent copy of the live database")
    backup.add_argument("out", metavar="OUT.db", type=Path)
    backup.set_defaults(handler=cmd_backup)


def cmd_demo(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.services.demo import DEFAULT_COUNTRY, run_demo

    db = env.open_db(need_office=False, default_country=env.country or DEFAULT_COUNTRY)
    try:
        written = run_demo(db, seed=args.seed, size=args.size,
                           country=env.country or DEFAULT_COUNTRY,
                           progress=stderr_progress("demo"))
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for step, count in written.items():
        print(f"{step}: {count} written")
    return 0


def cmd_db_check(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.db import check_report

    report = check_report(env.paths.database)
    print(f"ok {report.detail}" if report.ok else report.detail)
    for note in report.notes:
        print(f"note: {note}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.db import backup_database

    source = env.paths.database
    if not source.exists():
        raise CliError(f"no database at {source}")
    target: Path = args.out
    if target.resolve() == source.resolve():
        raise CliError("the backup must not overwrite the database itself")
    try:
        backup_database(source, target)
    except OSError as exc:
        raise CliError(f"could not write {target}: {exc}") from exc
    print(f"backup written to {target}")
    return 0
