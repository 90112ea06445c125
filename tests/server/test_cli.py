"""The ``diaspora-desk-server`` command line, run as the administrator would run it."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import urllib3
from alembic import command
from sqlalchemy import create_engine

from sync.server.db import alembic_config, head_revision, make_engine
from sync.server.security import verify_password
from sync.server.users import get_user
from tests.server_harness import (
    PROTOCOL_HEADERS,
    ServerProcess,
    free_port,
    running_server,
    server_command,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def stopped(tmp_path: Path) -> Iterator[ServerProcess]:
    """A migrated database with an admin user, and no server running."""
    with running_server(tmp_path, start=False) as server:
        yield server


@pytest.fixture(scope="module")
def untouched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """Like ``stopped``, shared by tests that change nothing."""
    with running_server(tmp_path_factory.mktemp("cli"), start=False) as server:
        yield server


def _password_ok(server: ServerProcess, name: str, password: str) -> bool:
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            user = get_user(conn, name)
    finally:
        engine.dispose()
    return user is not None and verify_password(user.password_hash, password)


def test_user_commands_with_password_on_stdin(stopped: ServerProcess) -> None:
    out = stopped.cli("adduser", "Maria", "--role", "regional", "--region", "md-ca",
                      "--region", "MD-BA", "--password-stdin", input="maria-secret\n")
    assert out.stdout.strip() == "Created regional user maria for MD-CA, MD-BA."
    assert _password_ok(stopped, "maria", "maria-secret")

    listing = stopped.cli("list").stdout.splitlines()
    assert listing[0].split() == ["NAME", "ROLE", "REGIONS", "STATUS", "CREATED"]
    assert [line.split()[:2] for line in listing[1:]] == [["admin", "admin"],
                                                          ["maria", "regional"]]
    assert "MD-CA, MD-BA" in listing[2] and "active" in listing[2]

    stopped.cli("passwd", "maria", "--password-stdin", input="another-secret\n")
    assert _password_ok(stopped, "maria", "another-secret")
    assert not _password_ok(stopped, "maria", "maria-secret")

    stopped.cli("disable", "maria")
    assert "disabled" in stopped.cli("list").stdout.splitlines()[2]


def test_password_prompt_asks_twice(stopped: ServerProcess) -> None:
    """Without a terminal getpass reads the two answers from standard input."""
    command = [*server_command(), "--data-dir", str(stopped.data_dir), "adduser", "nina",
               "--role", "bureau", "--db", stopped.db_url]
    differ = subprocess.run(command, input="nina-secret\nnina-other\n", capture_output=True,
                            text=True, timeout=120, start_new_session=True)
    assert differ.returncode == 1 and "The two passwords differ" in differ.stderr
    assert "Repeat the password" in differ.stderr + differ.stdout
    same = subprocess.run(command, input="nina-secret\nnina-secret\n", capture_output=True,
                          text=True, timeout=120, start_new_session=True)
    assert same.returncode == 0, same.stderr
    assert _password_ok(stopped, "nina", "nina-secret")
    nothing = subprocess.run([*command[:-5], "nora", *command[-4:]], input="",
                             capture_output=True, text=True, timeout=120, start_new_session=True)
    assert nothing.returncode == 1 and "--password-stdin" in nothing.stderr
    assert "Traceback" not in nothing.stderr


def test_regions_after_one_flag_or_repeated(stopped: ServerProcess) -> None:
    stopped.cli("adduser", "rita", "--role", "regional", "--region", "MD-CA", "MD-BA",
                "--password-stdin", input="rita-password\n")
    stopped.cli("adduser", "rosa", "--role", "regional", "--region", "MD-CA", "--region",
                "MD-ED", "--password-stdin", input="rosa-password\n")
    listing = stopped.cli("list").stdout
    assert "MD-CA, MD-BA" in listing and "MD-CA, MD-ED" in listing


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["adduser", "admin", "--role", "bureau"], "password-1\n", "already exists"),
    (["adduser", "x", "--role", "regional"], "password-1\n", "at least one region"),
    (["adduser", "x", "--role", "bureau", "--region", "MD-CA"], "password-1\n",
     "Only regional users have regions"),
    (["adduser", "x", "--role", "bureau"], "short\n", "at least 8 characters"),
    (["adduser", "x", "--role", "bureau"], "", "No password on standard input"),
    (["adduser", "bad name!", "--role", "bureau"], "password-1\n", "A user name is"),
    (["passwd", "nobody"], "password-1\n", "There is no user 'nobody'"),
    (["disable", "nobody"], None, "There is no user 'nobody'"),
])
def test_user_command_errors_are_one_clear_line(untouched: ServerProcess, args: list[str],
                                                stdin: str | None, message: str) -> None:
    if "--role" in args or args[0] == "passwd":
        args = [*args, "--password-stdin"]
    result = untouched.cli(*args, input=stdin, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("diaspora-desk-server: ") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_role_is_a_usage_error(untouched: ServerProcess) -> None:
    result = untouched.cli("adduser", "x", "--role", "boss", "--password-stdin", check=False)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "server data"
    result = subprocess.run(
        [*server_command(), "adduser", "root", "--role", "admin", "--password-stdin",
         "--data-dir", str(data)],
        input="root-password\n", capture_output=True, text=True, timeout=120,
        env={k: v for k, v in __import__("os").environ.items()
             if not k.startswith("DIASPORA_SERVER_")},
    )
    assert result.returncode == 0, result.stderr
    assert (data / "server.db").is_file() and (data / "logs" / "server.log").is_file()


def test_serve_refuses_an_outdated_schema_until_migrated(stopped: ServerProcess) -> None:
    engine = make_engine(stopped.db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0001")
    finally:
        engine.dispose()
    result = subprocess.run(
        [*server_command(), "--data-dir", str(stopped.data_dir), "serve", "--db",
         stopped.db_url, "--port", str(free_port())],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert "outdated" in result.stderr
    assert "run: diaspora-desk-server migrate" in result.stderr

    migrated = stopped.cli("migrate")
    assert migrated.stdout.strip() == (
        f"Upgraded the database schema from 0001 to {head_revision()}.")
    assert stopped.cli("migrate").stdout.strip() == (
        f"The database schema is up to date ({head_revision()}).")
    stopped.cli("adduser", "admin2", "--role", "admin", "--password-stdin",
                input="admin-password-2\n")
    stopped.start()
    assert requests.get(stopped.base_url + "/health", timeout=10).json()["status"] == "ok"


def test_serve_over_tls(stopped: ServerProcess, tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    port = free_port()
    proc = subprocess.Popen(
        [*server_command(), "--data-dir", str(stopped.data_dir), "serve", "--db",
         stopped.db_url, "--port", str(port), "--ssl-certfile", str(cert),
         "--ssl-keyfile", str(key)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = requests.get(f"https://127.0.0.1:{port}/health", verify=str(cert),
                                        timeout=2)
                break
            except requests.RequestException:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert response.status_code == 200
        login = requests.post(f"https://127.0.0.1:{port}/auth/login", verify=str(cert),
                              headers=PROTOCOL_HEADERS, timeout=30,
                              json={"username": "admin", "password": "admin-password-1"})
        assert login.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_tls_options_go_together(untouched: ServerProcess, tmp_path: Path) -> None:
    result = subprocess.run(
        [*server_command(), "--data-dir", str(untouched.data_dir), "serve", "--db",
         untouched.db_url, "--ssl-certfile", str(tmp_path / "cert.pem")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1 and "go together" in result.stderr
