"""Run the REAL sync server in a subprocess for tests: SQLite by default, PostgreSQL in CI.

The server is started exactly as an administrator would: ``diaspora-desk-server --data-dir D
migrate --db URL``, ``adduser admin --role admin --password-stdin``, then ``serve --db URL
--port P`` on 127.0.0.1 and a free port; the harness waits for ``/health`` and stops the process
at the end (SIGTERM, then SIGKILL). When ``DIASPORA_TEST_PG_URL`` is set (CI sets it to
``postgresql+psycopg://postgres@127.0.0.1:5432/test``) every server gets its own freshly created
PostgreSQL database, dropped afterwards; otherwise a SQLite file in the test's tmp folder.

Use from any test module::

    from tests.server_harness import running_server, sync_server  # noqa: F401 (fixture)

    def test_something(sync_server):
        sync_server.add_user("maria", "maria-password", role="regional", regions=["MD-CU"])
        api = sync_server.api("maria", "maria-password")
        api.post("/sync/push", json={...})
        sync_server.restart()          # same port, same database
        sync_server.stop(kill=True)    # SIGKILL, like a crash

Extra server environment (e.g. ``{"DIASPORA_SERVER_ACCESS_TTL": "2"}``) goes to
``running_server(tmp_path, env=...)``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

PG_ENV = "DIASPORA_TEST_PG_URL"
ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin-password-1"
PROTOCOL_HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
START_TIMEOUT_S = 60.0


def using_postgres() -> bool:
    return bool(os.environ.get(PG_ENV))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_command() -> list[str]:
    """The installed ``diaspora-desk-server`` script of this interpreter's environment."""
    script = Path(sys.executable).with_name("diaspora-desk-server")
    if script.exists():
        return [str(script)]
    found = shutil.which("diaspora-desk-server")
    return [found] if found else [sys.executable, "-m", "sync.server"]


@contextlib.contextmanager
def fresh_database(tmp_dir: Path) -> Iterator[str]:
    """A URL of a new, empty database: a SQLite file in ``tmp_dir``, or a uniquely named
    PostgreSQL database on the ``DIASPORA_TEST_PG_URL`` server (dropped at the end)."""
    base = os.environ.get(PG_ENV)
    if not base:
        tmp_dir.mkdir(parents=True, exist_ok=True)
        yield f"sqlite:///{tmp_dir / f'server-{uuid.uuid4().hex[:8]}.db'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"dd_test_{uuid.uuid4().hex[:16]}"
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ApiSession:
    """A ``requests`` session on the server with the protocol header (and a token once signed
    in). ``get``/``post``/``patch`` take paths; they never raise for HTTP error statuses."""

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        self.http.headers.update(PROTOCOL_HEADERS)
        self.login_body: dict[str, Any] = {}
        if token:
            self.set_token(token)

    def set_token(self, token: str) -> None:
        self.http.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 60)
        return self.http.request(method, self.base_url + path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", path, **kwargs)

    def login(self, username: str, password: str, device_id: str | None = None
              ) -> requests.Response:
        body: dict[str, Any] = {"username": username, "password": password}
        if device_id:
            body["device_id"] = device_id
        response = self.post("/auth/login", json=body)
        if response.status_code == 200:
            self.login_body = response.json()
            self.set_token(self.login_body["access_token"])
        return response

    def close(self) -> None:
        self.http.close()


@dataclass
class ServerProcess:
    """One real server: its data folder, database URL and port survive stop/start/restart."""

    data_dir: Path
    db_url: str
    port: int
    env: dict[str, str] = field(default_factory=dict)
    serve_args: list[str] = field(default_factory=list)
    """Extra ``serve`` options, e.g. ``["--docs"]`` or ``["--workers", "2"]``."""
    proc: subprocess.Popen[bytes] | None = None
    _sessions: list[ApiSession] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "serve-output.log"

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("DIASPORA_SERVER_")}
        env.update(self.env)
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def cli(self, *args: str, input: str | None = None, check: bool = True,
            db: bool = True) -> subprocess.CompletedProcess[str]:
        """Run ``diaspora-desk-server --data-dir D ARGS… [--db URL]`` and return its result."""
        command = [*server_command(), "--data-dir", str(self.data_dir), *args]
        if db:
            command += ["--db", self.db_url]
        result = subprocess.run(command, input=input, capture_output=True, text=True,
                                env=self._env(), timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
            )
        return result

    def start(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            return
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [*server_command(), "--data-dir", str(self.data_dir), "serve", "--db", self.db_url,
             "--host", "127.0.0.1", "--port", str(self.port), *self.serve_args],
            stdout=log, stderr=subprocess.STDOUT, env=self._env(),
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server exited ({self.proc.returncode}):\n"
                                     f"{self.output()}")
            try:
                if requests.get(self.base_url + "/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        self.stop(kill=True)
        raise AssertionError(f"the server did not answer /health in time:\n{self.output()}")

    def stop(self, *, kill: bool = False) -> None:
        """SIGTERM and wait (or SIGKILL at once with ``kill=True``, like a crash)."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)

    def restart(self, *, kill: bool = False) -> None:
        self.stop(kill=kill)
        self.start()

    def output(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return ""

    def api(self, username: str | None = None, password: str | None = None,
            device_id: str | None = None) -> ApiSession:
        """A session with the protocol header; signed in when a user name is given."""
        session = ApiSession(self.base_url)
        self._sessions.append(session)
        if username is not None:
            response = session.login(username, password or "", device_id)
            if response.status_code != 200:
                raise AssertionError(f"login as {username} failed: {response.status_code} "
                                     f"{response.text}")
        return session

    def admin(self) -> ApiSession:
        return self.api(ADMIN_USER, ADMIN_PASSWORD)

    def add_user(self, username: str, password: str, role: str = "bureau",
                 regions: Iterable[str] = ()) -> None:
        """Create a user through the admin API (the CLI way is ``cli("adduser", …)``)."""
        admin = self.admin()
        response = admin.post("/admin/users", json={
            "username": username, "password": password, "role": role, "regions": list(regions),
        })
        if response.status_code != 201:
            raise AssertionError(f"adding {username} failed: {response.status_code} "
                                 f"{response.text}")

    def close(self) -> None:
        for session in self._sessions:
            session.close()
        self._sessions.clear()
        self.stop()


@contextlib.contextmanager
def running_server(tmp_dir: Path, *, env: Mapping[str, str] | None = None,
                   start: bool = True, serve_args: Iterable[str] = ()
                   ) -> Iterator[ServerProcess]:
    """A migrated server with an admin user (:data:`ADMIN_USER` / :data:`ADMIN_PASSWORD`),
    started on a free port unless ``start=False``; stopped and its database dropped at the end."""
    data_dir = tmp_dir / f"server-{uuid.uuid4().hex[:8]}"
    data_dir.mkdir(parents=True)
    with fresh_database(data_dir) as db_url:
        server = ServerProcess(data_dir=data_dir, db_url=db_url, port=free_port(),
                               env=dict(env or {}), serve_args=list(serve_args))
        try:
            server.cli("migrate")
            server.cli("adduser", ADMIN_USER, "--role", "admin", "--password-stdin",
                       input=ADMIN_PASSWORD + "\n")
            if start:
                server.start()
            yield server
        finally:
            server.close()


@pytest.fixture
def sync_server(tmp_path: Path) -> Iterator[ServerProcess]:
    """A running real server for one test (see the module docstring)."""
    with running_server(tmp_path) as server:
        yield server
