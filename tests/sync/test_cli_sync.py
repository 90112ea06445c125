"""``diaspora-desk --data-dir DIR sync --server URL --user NAME`` in a subprocess: what it prints
and its exit codes (0 synced, 1 could not sync, 2 conflicts/refusals remain, 3 login)."""

from __future__ import annotations

import pytest

from desktop.models import Association
from tests.sync.conftest import OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


def test_sync_prints_what_was_pushed_and_pulled(offices: OfficeFactory) -> None:
    a = offices("A")
    add_association(a)
    result = a.cli_sync()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "pushed: 1 changes (1 applied, 0 merged, 0 in conflict, 0 refused)"
    assert lines[1].startswith("pulled: 1 records")
    assert "in conflict: 0" in lines and "still pending: 0" in lines
    assert a.outbox() == []


def test_conflicts_left_give_exit_code_2_and_are_listed(offices: OfficeFactory) -> None:
    a, b = offices("A"), offices("B")
    rid = add_association(a)
    a.sync()
    b.sync()
    edit(a, Association, rid, city="Lyon")
    edit(b, Association, rid, city="Nice")
    a.sync()
    result = b.cli_sync()
    assert result.returncode == 2, result.stderr
    assert "in conflict: 1" in result.stdout
    assert f'conflict: Association "Asociația Moldovenilor din Paris" ({rid}): ' \
        "Changed here and on the server: City" in result.stdout


def test_no_password_and_no_terminal_is_a_clear_error(offices: OfficeFactory) -> None:
    a = offices("A")
    result = a.cli_sync(env={"DIASPORA_DESK_PASSWORD": ""})
    assert result.returncode == 3
    assert "no password for user-a" in result.stderr
    assert "DIASPORA_DESK_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_wrong_password_is_exit_code_3(offices: OfficeFactory) -> None:
    a = offices("A")
    result = a.cli_sync(env={"DIASPORA_DESK_PASSWORD": "not-the-password"})
    assert result.returncode == 3
    assert "Wrong user name or password" in result.stderr


def test_an_unreachable_server_is_a_calm_message_and_nothing_is_lost(
        offices: OfficeFactory) -> None:
    a = offices("A")
    add_association(a)
    a.server.stop()
    result = a.cli_sync()
    assert result.returncode == 1
    assert "cannot be reached right now" in result.stderr
    assert "Your changes are kept" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(a.outbox()) == 1


def test_server_and_user_are_required(offices: OfficeFactory) -> None:
    a = offices("A")
    command = a.cli_command()
    command = command[:command.index("--server")]
    import subprocess

    result = subprocess.run(command, capture_output=True, text=True, env=a.cli_env(),
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 1
    assert "--server URL --user NAME" in result.stderr
