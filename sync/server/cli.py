"""The ``diaspora-desk-server`` command: run the server, upgrade its database, manage users.

Every command takes ``--data-dir DIR`` (where the default SQLite database and the logs live)
and, where a database is used, ``--db URL``. On an empty database, commands create the schema
first, so ``diaspora-desk-server adduser …`` then ``serve`` is a complete installation; an
outdated schema is never upgraded implicitly: ``serve`` refuses to start and says to run
``migrate`` (back up first, and stop every other server process sharing the database).

Failures print one line and exit 1 (2 for a wrong command line); never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from sync.protocol import ROLES
from sync.server import __version__
from sync.server.audit import RESTORED, Actor
from sync.server.audit import entries as audit_entries
from sync.server.audit import record_by as audit_record
from sync.server.backup import BackupError
from sync.server.backup import backup as backup_database
from sync.server.backup import restore as restore_database
from sync.server.config import (
    ENV_DATA_DIR,
    ENV_DB_URL,
    ServerPaths,
    ServerSettings,
    resolve_db_url,
    resolve_paths,
)
from sync.server.db import (
    ServerDatabaseError,
    check_ready,
    describe_url,
    make_engine,
    migrate,
    schema_state,
    writer,
)
from sync.server.identity import new_epoch, read_identity
from sync.server.users import (
    UserError,
    check_password,
    count_users,
    create_user,
    get_user,
    list_users,
    normalise_regions,
    normalise_username,
    update_user,
)

log = logging.getLogger(__name__)
PROG = "diaspora-desk-server"


class CliError(Exception):
    """A clean failure: the message is printed as is and the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = ("folder of the default SQLite database and the logs (default: "
                     "$DIASPORA_SERVER_DATA_DIR or the user data folder)")
    db_help = ("database URL: sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST/DB "
               "(default: $DIASPORA_SERVER_DB or server.db in the data folder)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=data_dir_help)
    with_db = argparse.ArgumentParser(add_help=False, parents=[common])
    with_db.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Central sync server of Diaspora Desk: offices push and pull their "
        "changes through it. See docs/ADMIN.md.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", parents=[with_db], help="run the server",
                           description="Run the server (HTTP, or HTTPS with a certificate).")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--ssl-certfile", metavar="F", help="TLS certificate (PEM)")
    serve.add_argument("--ssl-keyfile", metavar="F", help="TLS private key (PEM)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes sharing the port (PostgreSQL only; default 1)")
    serve.add_argument("--docs", action="store_true", default=None,
                       help="serve the API documentation at /docs and /openapi.json "
                            "(off by default; or DIASPORA_SERVER_DOCS=1)")
    serve.set_defaults(handler=cmd_serve)

    mig = sub.add_parser("migrate", parents=[with_db], help="upgrade the database schema")
    mig.set_defaults(handler=cmd_migrate)

    add = sub.add_parser("adduser", parents=[with_db], help="create a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--region", dest="regions", metavar="CODE", action="extend", nargs="+",
                     default=[], help="the regions of a regional user (--region MD-CA MD-BA, "
                                      "or --region repeated)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of asking")
    add.set_defaults(handler=cmd_adduser)

    pw = sub.add_parser("passwd", parents=[with_db],
                        help="set a user's password (signs out their sessions)")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input instead of asking")
    pw.set_defaults(handler=cmd_passwd)

    dis = sub.add_parser("disable", parents=[with_db],
                         help="disable a user and sign out all their sessions")
    dis.add_argument("name")
    dis.set_defaults(handler=cmd_disable)

    ena = sub.add_parser("enable", parents=[with_db], help="enable a disabled user again")
    ena.add_argument("name")
    ena.set_defaults(handler=cmd_enable)

    lst = sub.add_parser("list", parents=[with_db], help="list users")
    lst.set_defaults(handler=cmd_list)

    aud = sub.add_parser("audit", parents=[with_db],
                         help="print the audit log (sign-ins, locks, account changes, …)")
    aud.add_argument("--since", metavar="DATE", type=_since,
                     help="only entries from DATE on (YYYY-MM-DD, or an ISO time; UTC)")
    aud.set_defaults(handler=cmd_audit)

    bak = sub.add_parser("backup", parents=[with_db],
                         help="write a consistent copy of the database (the server may run)",
                         description="SQLite: online backup into OUT (a SQLite file). "
                         "PostgreSQL: pg_dump --format=custom into OUT.")
    bak.add_argument("out", metavar="OUT", type=Path, help="the new backup file")
    bak.set_defaults(handler=cmd_backup)

    res = sub.add_parser(
        "restore", parents=[with_db],
        help="put a backup back (stop the server first); desktops then resend what it lacks",
        description="Put BACKUP into the database (SQLite: replaces the database file's "
        "contents; PostgreSQL: into an EMPTY database, with pg_restore), upgrade its schema, "
        "and give the server a new epoch so that desktops send again what the backup lacks. "
        "Without BACKUP (after running pg_restore yourself): only the last two steps.")
    res.add_argument("backup_file", metavar="BACKUP", type=Path, nargs="?",
                     help="a file written by the backup command")
    res.set_defaults(handler=cmd_restore)
    return parser


def _since(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# --------------------------------------------------------------------------------------------
# Helpers


def _setup_logging(paths: ServerPaths, console_level: int) -> None:
    paths.ensure()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=10 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(fmt)
    root.addHandler(file_handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)


def _engine(args: argparse.Namespace, paths: ServerPaths,
            pool_size: int = 10) -> tuple[Engine, str]:
    url = resolve_db_url(paths, getattr(args, "db", None))
    try:
        return make_engine(url, pool_size), url
    except ServerDatabaseError as exc:
        raise CliError(str(exc)) from exc


def _ready_engine(args: argparse.Namespace, paths: ServerPaths, pool_size: int = 10) -> Engine:
    engine, url = _engine(args, paths, pool_size)
    try:
        check_ready(engine)
    except ServerDatabaseError as exc:
        raise CliError(str(exc)) from exc
    except DBAPIError as exc:
        raise CliError(f"Cannot use the database {describe_url(url)}: {exc.orig}") from exc
    return engine


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("No password on standard input.")
    else:
        try:
            password = getpass.getpass("Password: ")
            repeated = getpass.getpass("Repeat the password: ")
        except EOFError:
            raise CliError("No password given: there is no terminal to ask it on and standard "
                           "input ended. Use --password-stdin in scripts.") from None
        if repeated != password:
            raise CliError("The two passwords differ; nothing was changed.")
    try:
        return check_password(password)
    except UserError as exc:
        raise CliError(str(exc)) from exc


# --------------------------------------------------------------------------------------------
# Commands


def cmd_serve(args: argparse.Namespace, paths: ServerPaths) -> int:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.asgi import APP_FACTORY

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CliError("--ssl-certfile and --ssl-keyfile go together: give both or neither.")
    for option, value in (("--ssl-certfile", args.ssl_certfile),
                          ("--ssl-keyfile", args.ssl_keyfile)):
        if value and not Path(value).is_file():
            raise CliError(f"{option}: no such file {value}")
    if args.workers < 1:
        raise CliError("--workers must be 1 or more.")
    try:
        settings = ServerSettings.from_env()
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if args.docs:
        settings = dataclasses.replace(settings, docs=True)
    engine = _ready_engine(args, paths, settings.db_pool)
    url = resolve_db_url(paths, getattr(args, "db", None))
    if args.workers > 1 and engine.dialect.name != "postgresql":
        raise CliError("--workers above 1 needs PostgreSQL (--db postgresql+psycopg://…); "
                       "a SQLite database is served by one process.")
    with engine.connect() as conn:
        if count_users(conn) == 0:
            print(f"{PROG}: no users yet; create one with: {PROG} adduser NAME --role admin",
                  file=sys.stderr)
    scheme = "https" if args.ssl_certfile else "http"
    log.info("Diaspora Desk server %s on %s://%s:%s, database %s, %d process(es)%s",
             __version__, scheme, args.host, args.port, describe_url(url), args.workers,
             ", API docs at /docs" if settings.docs else "")
    header = settings.client_address_header.strip().lower()
    common: dict[str, Any] = dict(
        host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile, log_config=None, server_header=False,
        timeout_graceful_shutdown=10,
        # uvicorn rewrites the peer address from X-Forwarded-For only when configured to trust
        # it, with the same proxies (so that its request log shows the real clients too).
        proxy_headers=header == "x-forwarded-for",
        forwarded_allow_ips=list(settings.trusted_proxy_set),
    )
    if args.workers == 1:
        uvicorn.run(create_app(engine, settings), **common)
        return 0
    # Each worker process builds its own app from the environment (it starts from scratch).
    engine.dispose()
    os.environ[ENV_DB_URL] = url
    os.environ["DIASPORA_SERVER_DOCS"] = "1" if settings.docs else "0"
    os.environ[ENV_DATA_DIR] = str(paths.data_dir)
    uvicorn.run(APP_FACTORY, factory=True, workers=args.workers, **common)
    return 0


def cmd_migrate(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine, url = _engine(args, paths)
    try:
        before, after = migrate(engine)
    except ServerDatabaseError as exc:
        raise CliError(str(exc)) from exc
    except DBAPIError as exc:
        raise CliError(f"Cannot use the database {describe_url(url)}: {exc.orig}") from exc
    if before == after:
        print(f"The database schema is up to date ({after}).")
    else:
        print(f"Upgraded the database schema from {before or 'empty'} to {after}.")
    return 0


def cmd_adduser(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    try:  # say what is wrong with the command line before asking for a password
        name = normalise_username(args.name)
        normalise_regions(args.role, args.regions)
        with engine.connect() as conn:
            if get_user(conn, name) is not None:
                raise UserError(f"The user {name!r} already exists.")
    except UserError as exc:
        raise CliError(str(exc)) from exc
    password = _read_password(args)
    try:
        with writer(engine).begin() as conn:
            user = create_user(conn, args.name, password, args.role, args.regions,
                               actor=Actor.command_line())
    except UserError as exc:
        raise CliError(str(exc)) from exc
    regions = f" for {', '.join(user.regions)}" if user.regions else ""
    print(f"Created {user.role} user {user.username}{regions}.")
    return 0


def cmd_passwd(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    password = _read_password(args)
    try:
        with writer(engine).begin() as conn:
            user = update_user(conn, args.name, password=password, actor=Actor.command_line())
    except UserError as exc:
        raise CliError(str(exc)) from exc
    print(f"Changed the password of {user.username}; their devices must sign in again.")
    return 0


def cmd_disable(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    try:
        with writer(engine).begin() as conn:
            user = update_user(conn, args.name, disabled=True, actor=Actor.command_line())
    except UserError as exc:
        raise CliError(str(exc)) from exc
    print(f"Disabled {user.username}; all their sessions were signed out.")
    return 0


def cmd_enable(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    try:
        with writer(engine).begin() as conn:
            user = update_user(conn, args.name, disabled=False, actor=Actor.command_line())
    except UserError as exc:
        raise CliError(str(exc)) from exc
    print(f"Enabled {user.username}.")
    return 0


def cmd_list(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    with engine.connect() as conn:
        users = list_users(conn)
    if not users:
        print(f"No users yet; create one with: {PROG} adduser NAME --role admin")
        return 0
    rows = [("NAME", "ROLE", "REGIONS", "STATUS", "CREATED")]
    rows += [(u.username, u.role, ", ".join(u.regions) or "(all)",
              "disabled" if u.disabled else "active", u.created_at[:10]) for u in users]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())
    return 0


def cmd_audit(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    with engine.connect() as conn:
        found = audit_entries(conn, args.since)
    if not found:
        print("No audit entries" + (" since then." if args.since else " yet."))
        return 0
    rows = [("WHEN (UTC)", "ACTION", "WHO", "FROM", "TARGET", "DETAIL")]
    rows += [(e.at[:19].replace("T", " "), e.action, e.actor or "", e.address or "",
              e.target or "", e.detail or "") for e in found]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    return 0


def cmd_backup(args: argparse.Namespace, paths: ServerPaths) -> int:
    engine = _ready_engine(args, paths)
    with engine.connect() as conn:
        identity = read_identity(conn)
    engine.dispose()
    url = resolve_db_url(paths, getattr(args, "db", None))
    try:
        copy = backup_database(url, args.out)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"Backed up {describe_url(url)} to {copy.path} ({copy.method}, "
          f"{copy.size / 1024 / 1024:.1f} MiB, up to change {identity.last_seq}).")
    return 0


def cmd_restore(args: argparse.Namespace, paths: ServerPaths) -> int:
    url = resolve_db_url(paths, getattr(args, "db", None))
    engine, _ = _engine(args, paths)
    if args.backup_file is not None:
        if engine.dialect.name == "postgresql" and schema_state(engine).status != "empty":
            raise CliError(
                "A PostgreSQL restore goes into an empty database, so that nothing of the "
                "current one is mixed in: create one (createdb --owner diaspora NEWNAME) and "
                "give it with --db; the current database stays as it is.")
        engine.dispose()
        try:
            method = restore_database(url, args.backup_file)
        except BackupError as exc:
            raise CliError(str(exc)) from exc
    else:
        method = ""
    try:
        migrate(engine)
    except ServerDatabaseError as exc:
        raise CliError(str(exc)) from exc
    with writer(engine).begin() as conn:
        epoch = new_epoch(conn)
        identity = read_identity(conn)
        audit_record(conn, Actor.command_line(), RESTORED, describe_url(url),
                     f"from {args.backup_file}" if args.backup_file else "after pg_restore")
    engine.dispose()
    source = f"{args.backup_file} ({method})" if args.backup_file else "the restored database"
    print(f"Restored {source}: the server holds changes up to {identity.last_seq} and has a "
          f"new epoch ({epoch[:8]}). Start the server: each desktop sends again, on its next "
          "sync, what it made after the backup was taken.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    try:
        _setup_logging(paths, logging.INFO if args.command == "serve" else logging.WARNING)
    except OSError as exc:
        print(f"{PROG}: cannot write to the data folder {paths.data_dir}: {exc}",
              file=sys.stderr)
        return 1
    try:
        return int(args.handler(args, paths))
    except CliError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("Command %s failed", args.command)
        print(f"{PROG}: {exc}\n(details in {paths.log_file})", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
