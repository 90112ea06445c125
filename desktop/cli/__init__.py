"""The ``diaspora-desk`` command: opens the window, or runs a subcommand without any window.

Subcommands live in modules listed in :data:`COMMAND_MODULES`; each has a ``register(sub)``
function that adds its parser and sets ``handler``. Errors are printed as one clear line and
an exit code, never as a traceback (the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop import __version__
from desktop.config import resolve_paths

log = logging.getLogger(__name__)

COMMAND_MODULES: tuple[str, ...] = ("desktop.cli.basic", "desktop.cli.sync",
                                     "desktop.cli.data_exchange",
                                     "desktop.cli.flyer",
                                     "desktop.cli.select",
                                     "desktop.cli.report",
                                     "desktop.cli.inbox")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for the database, settings, logs and backups "
                        "(default: $DIASPORA_DESK_DATA_DIR or the user data folder)")
    parser.add_argument("--lang", metavar="CODE",
                        help="interface language: en, fr, es, ro, ru, ar or pseudo")
    parser.add_argument("--country", metavar="CODE",
                        help="home country (ISO 3166-1 alpha-2) when a command creates a new "
                        "database")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="open the window, save a PNG once it has painted, and exit")
    parser.add_argument("--section", metavar="NAME",
                        help="section to show first (with --screenshot: the one to capture)")


class UsageParser(argparse.ArgumentParser):
    """argparse exits 2 on a mistyped command line, but ``import`` already uses 2 for "some rows
    were rejected": a script must not read a typo as a partial import. Usage errors exit 1,
    like every other error the commands report."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(
        prog="diaspora-desk",
        description="Diaspora Desk: associations, focal points, consultations and flyers. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when the command line asks for the window only, else None.

    Opening the window must not import every command's libraries (PDF, solver, network):
    that alone cost about half a second of start-up. So the full parser, with every command
    registered, is built only when a command, ``--help`` or ``--version`` is asked for.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    window = argparse.ArgumentParser(prog="diaspora-desk", add_help=False)
    _global_options(window)
    try:
        known, rest = window.parse_known_args(argv)
    except SystemExit:
        return None
    return known if not rest else None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_args = _window_options(arguments)
    if window_args is not None:
        from desktop.app import run_gui  # Qt only when a window is wanted

        return run_gui(resolve_paths(window_args.data_dir), window_args.lang,
                       window_args.screenshot, window_args.section)
    from desktop.cli.common import CliEnv, CliError

    parser = build_parser()
    args = parser.parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(paths, args.lang, args.screenshot, args.section)
    env = CliEnv(paths=paths, country=args.country)
    try:
        return int(args.handler(args, env))
    except CliError as exc:
        print(f"diaspora-desk: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("diaspora-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("Command %s failed", args.command)
        # One line: a database error's text goes on with its SQL and parameters (in the log).
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        print(f"diaspora-desk: {first}\n(details in {paths.log_file})", file=sys.stderr)
        return 1
    finally:
        env.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
