"""``diaspora-desk sync``: one sync with the central server, without a window.

For scheduled syncs (cron, Task Scheduler) and for offices that prefer a terminal. The password
is never an option on the command line (it would show in the process list): it comes from a
login already kept in the keyring, the ``DIASPORA_DESK_PASSWORD`` variable, or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CliEnv, CliError, stderr_progress
from desktop.services.i18n import translate

if TYPE_CHECKING:  # the sync machinery loads only when `sync` runs, not for every --help
    from desktop.services.sync import Account
    from desktop.services.sync.runner import SyncReport

PASSWORD_VARIABLE = "DIASPORA_DESK_PASSWORD"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_UNRESOLVED = 2
EXIT_LOGIN = 3

EPILOG = f"""\
password: a login kept in the keyring by an earlier sync or the app; else the
{PASSWORD_VARIABLE} variable; else a prompt (only when standard input is a terminal).
For unattended syncs an administrator may also store the password with
`keyring set "Diaspora Desk" "sync-password:USER@SERVER"` (SERVER as https://host).

exit codes:
  0  synced; nothing left to do
  1  could not sync (server unreachable, server error, protocol mismatch, bad
     address, database problem); nothing was lost, pending changes stay queued
  2  synced, but conflicts or refused changes remain (listed; resolve them on the
     Sync page of the app)
  3  login needed or refused (wrong password, expired login, no password available)
"""


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "sync",
        help="sync with the central server (push local changes, pull new data)",
        description="Push this data folder's pending changes to the central server, then pull "
        "what is new, and print what was pushed, pulled and is in conflict.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--server", metavar="URL",
                        help="server address, e.g. https://sync.example.org "
                        "(default: the one set in the app)")
    parser.add_argument("--user", metavar="NAME",
                        help="user name on the server (default: the one set in the app)")
    parser.set_defaults(handler=cmd_sync)


def _password(account: Account, allow_prompt: bool = True) -> str | None:
    from desktop.services.secrets import load_password, secret_store

    value = os.environ.get(PASSWORD_VARIABLE) or load_password(
        secret_store(), account.server_url, account.username)
    if value:
        return value
    if not allow_prompt:
        return None
    if not sys.stdin.isatty():
        raise CliError(translate(
            "SyncCli", "no password for {user} at {server}: set {variable} or run the command "
            "in a terminal to be asked").format(
                user=account.username, server=account.server_url, variable=PASSWORD_VARIABLE),
            EXIT_LOGIN)
    try:
        return getpass.getpass(translate("SyncCli", "Password for {user} at {server}: ").format(
            user=account.username, server=account.server_url))
    except EOFError:
        raise CliError(translate("SyncCli", "no password given"), EXIT_LOGIN) from None


def cmd_sync(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.config import Settings
    from desktop.services.sync import Account, LoginRequired, has_login, run_sync
    from desktop.services.sync.identity import DifferentServer
    from desktop.services.sync.join import JoinError, join_server
    from desktop.services.sync.messages import describe_error, needs_login
    from sync.client import SyncError

    settings = Settings.load(env.paths.settings)
    server = args.server or settings.server_url
    user = args.user or settings.username
    if not server or not user:
        raise CliError(translate("SyncCli", "say which server and user: --server URL --user NAME"),
                       EXIT_ERROR)
    account = Account.of(server, user)
    db = env.open_db(need_office=False)
    joining = env.office() is None
    progress = stderr_progress("sync")
    password = None if has_login(account) else _password(account)

    def sync_once(secret: str | None) -> SyncReport:
        if joining:  # an empty data folder: the office comes from the account on the server
            joined = join_server(db, account, secret, progress)
            print(translate("SyncCli", "joined: {office} ({country})").format(
                office=joined.region_code or translate("SyncCli", "national bureau"),
                country=joined.country_code))
            return joined.report
        return run_sync(db, account, progress, password=secret)

    try:
        try:
            report = sync_once(password)
        except (SyncError, LoginRequired) as exc:
            if not needs_login(exc) or password is not None:
                raise
            # The kept login expired: ask for the password once, as a first login would.
            report = sync_once(_password(account))
    except JoinError as exc:
        raise CliError(str(exc), EXIT_ERROR) from exc
    except DifferentServer as exc:
        raise CliError(str(exc), EXIT_ERROR) from exc
    except (SyncError, LoginRequired) as exc:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        raise CliError(describe_error(exc), EXIT_LOGIN if needs_login(exc) else EXIT_ERROR) \
            from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return _print_report(report, env)


def _print_report(report: SyncReport, env: CliEnv) -> int:
    from desktop.services.sync.conflicts import entity_label, list_problems
    from desktop.services.sync.notices import recent_clashes_won

    push, pull, status = report.push, report.pull, report.status
    print(translate("SyncCli", "pushed: {sent} changes ({applied} applied, {merged} merged, "
            "{conflicts} in conflict, {refused} refused)").format(
                sent=push.sent, applied=push.applied, merged=push.merged,
                conflicts=push.conflicts, refused=push.refused))
    print(translate("SyncCli", "pulled: {received} records ({written} written, {removed} removed, "
            "{kept} kept back for local changes)").format(
                received=pull.received, written=pull.written, removed=pull.removed,
                kept=pull.kept_local))
    print(translate("SyncCli", "in conflict: {count}").format(count=status.conflicts))
    print(translate("SyncCli", "refused: {count}").format(count=status.refused))
    print(translate("SyncCli", "still pending: {count}").format(count=status.pending))
    if report.clashes_won:
        with env.open_db().sessions() as session:
            won = recent_clashes_won(session, report.clashes_won)
        for notice in won:
            print(translate("SyncCli", "kept: {record}: {fields} — {user} proposed other values "
                            "and decides on their side").format(
                                record=notice.what, fields=", ".join(notice.fields),
                                user=notice.by))
    if status.conflicts or status.refused:
        db = env.open_db()
        with db.sessions() as session:
            problems = list_problems(session)
        for problem in problems:
            kind = (translate("SyncCli", "conflict") if problem.kind == "conflict"
                    else translate("SyncCli", "refused"))
            print(f"{kind}: {entity_label(problem.entity)} \"{problem.title}\" "
                  f"({problem.record_id}): {problem.message}")
        return EXIT_UNRESOLVED
    return EXIT_OK
