"""The server under attack and under concurrency: sign-in bursts, refresh-token races, the audit
log, the API description switch, several worker processes (issue 13)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.server.client_address import client_address
from sync.server.config import ServerSettings
from tests.server.helpers import change, new_id, pull_all, push
from tests.server_harness import (
    PROTOCOL_HEADERS,
    ServerProcess,
    running_server,
    using_postgres,
)

pytestmark = pytest.mark.e2e

LOCK_AFTER = 5
ENV = {
    "DIASPORA_SERVER_SLOW_AFTER": "3",
    "DIASPORA_SERVER_LOCK_AFTER": str(LOCK_AFTER),
    "DIASPORA_SERVER_LOCK_SECONDS": "600",
    "DIASPORA_SERVER_MAX_DELAY": "0.1",
    "DIASPORA_SERVER_ADDRESS_LOCK_AFTER": "10",
    # The tests are the proxy: each request may name its client in X-Forwarded-For.
    "DIASPORA_SERVER_CLIENT_ADDRESS_HEADER": "X-Forwarded-For",
    "DIASPORA_SERVER_TRUSTED_PROXIES": "127.0.0.1",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("hardening"), env=ENV) as srv:
        yield srv


def _burst(server: ServerProcess, bodies: list[dict[str, Any]], address: str,
           stagger: float = 0.0, path: str = "/auth/login") -> list[requests.Response]:
    """Send every body at once from its own thread (request i leaves ``i * stagger`` s after the
    common start), as a script guessing in parallel would; answers in the same order."""
    answers: list[requests.Response | None] = [None] * len(bodies)
    start = threading.Barrier(len(bodies))

    def send(i: int) -> None:
        start.wait()
        time.sleep(i * stagger)
        answers[i] = requests.post(server.base_url + path, json=bodies[i], timeout=120,
                                   headers={**PROTOCOL_HEADERS, "X-Forwarded-For": address})

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(a is not None for a in answers)
    return [a for a in answers if a is not None]


def test_a_burst_of_guesses_is_refused_after_the_limit_even_the_right_one(
    server: ServerProcess,
) -> None:
    server.add_user("olga", "olga-password", role="bureau")
    bodies = [{"username": "olga", "password": f"guess-{i}"} for i in range(40)]
    bodies[29]["password"] = "olga-password"
    answers = _burst(server, bodies, "10.1.0.1", stagger=0.005)
    statuses = [a.status_code for a in answers]
    # At most LOCK_AFTER passwords were checked at all; everything else was refused unchecked.
    assert statuses.count(401) <= LOCK_AFTER, statuses
    assert statuses.count(200) == 0, statuses
    assert statuses.count(429) >= 40 - LOCK_AFTER, statuses
    assert statuses[29] == 429
    refused = answers[29]
    assert refused.json()["detail"].startswith("Too many failed sign-ins for olga.")
    assert 1 <= int(refused.headers["Retry-After"]) <= 600
    # The lock holds for the right password afterwards too, from any address.
    later = server.api()
    later.http.headers["X-Forwarded-For"] = "10.1.0.2"
    assert later.login("olga", "olga-password").status_code == 429


def test_one_address_guessing_many_names_is_locked(server: ServerProcess) -> None:
    bodies = [{"username": f"nobody-{i}", "password": "guess"} for i in range(14)]
    answers = [_burst(server, [body], "10.2.0.9")[0] for body in bodies]
    statuses = [a.status_code for a in answers]
    assert statuses[:9] == [401] * 9 and set(statuses[10:]) == {429}, statuses
    assert "from this computer's address" in answers[-1].json()["detail"]
    assert int(answers[-1].headers["Retry-After"]) > 0
    # Another address (another office) still signs in; a success gives its count back.
    server.add_user("petru", "petru-password", role="bureau")
    other = server.api()
    other.http.headers["X-Forwarded-For"] = "10.2.0.10"
    assert other.login("petru", "petru-password").status_code == 200


def test_the_client_address_header_is_believed_only_from_a_trusted_proxy() -> None:
    settings = ServerSettings(client_address_header="X-Forwarded-For",
                              trusted_proxies="10.0.0.1, 10.0.0.2")
    headers = {"x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2"}
    assert client_address("10.0.0.1", headers, settings) == "203.0.113.5"
    assert client_address("198.51.100.7", headers, settings) == "198.51.100.7"
    assert client_address("10.0.0.1", {}, settings) == "10.0.0.1"
    real_ip = ServerSettings(client_address_header="X-Real-IP", trusted_proxies="127.0.0.1")
    assert client_address("127.0.0.1", {"x-real-ip": "192.0.2.4"}, real_ip) == "192.0.2.4"
    assert client_address("127.0.0.1", {"x-real-ip": "192.0.2.4"},
                          ServerSettings()) == "127.0.0.1"


def test_concurrent_refreshes_of_one_token_give_exactly_one_success(
    server: ServerProcess,
) -> None:
    server.add_user("radu", "radu-password", role="bureau")
    api = server.api()
    api.http.headers["X-Forwarded-For"] = "10.3.0.1"
    assert api.login("radu", "radu-password", device_id="radu-laptop").status_code == 200
    refresh_token = api.login_body["refresh_token"]
    answers = _burst(server, [{"refresh_token": refresh_token}] * 8, "10.3.0.1",
                     path="/auth/refresh")
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [401] * 7
    # The copies that came back revoke the whole session, the winner's new tokens included.
    winner = next(a for a in answers if a.status_code == 200).json()
    api.set_token(winner["access_token"])
    assert api.get("/sync/pull").status_code == 401
    assert api.post("/auth/refresh",
                    json={"refresh_token": winner["refresh_token"]}).status_code == 401
    log = server.cli("audit").stdout
    assert "refresh_reused" in log and "radu-laptop" in log


def test_the_audit_log_says_who_did_what_when_and_from_where(server: ServerProcess) -> None:
    admin = server.api()
    admin.http.headers["X-Forwarded-For"] = "10.4.0.1"
    assert admin.login("admin", "admin-password-1").status_code == 200
    assert admin.post("/admin/users", json={"username": "sofia", "password": "sofia-password",
                                            "role": "regional", "regions": ["MD-SO"]}
                      ).status_code == 201
    sofia = server.api()
    sofia.http.headers["X-Forwarded-For"] = "10.4.0.2"
    assert sofia.login("sofia", "wrong-password").status_code == 401
    assert sofia.login("sofia", "sofia-password").status_code == 200
    rid = new_id()
    push(sofia, [change(rid, region="MD-SO", entity="candidate", fields={"name": "Ana Rusu"})])
    push(sofia, [change(rid, region="MD-SO", base=1, entity="candidate",
                        fields={"name": "", "erased_at": "2026-12-07T10:00:00+00:00"})])
    assert admin.patch("/admin/users/sofia", json={"disabled": True}).status_code == 200
    server.cli("enable", "sofia")
    lines = server.cli("audit").stdout.splitlines()
    assert lines[0].split() == ["WHEN", "(UTC)", "ACTION", "WHO", "FROM", "TARGET", "DETAIL"]

    def find(action: str, *words: str) -> str:
        found = [line for line in lines if f"  {action} " in line
                 and all(word in line for word in words)]
        assert found, (action, words, lines)
        return found[-1]

    find("user_created", "admin", "10.4.0.1", "sofia", "regions MD-SO")
    find("login_failed", "sofia", "10.4.0.2")
    find("login", "sofia", "10.4.0.2")
    find("erasure", "sofia", "10.4.0.2", f"candidate {rid}")
    find("user_changed", "admin", "10.4.0.1", "sofia", "disabled")
    find("tokens_revoked", "admin", "sofia")
    find("user_changed", "(command line)", "local", "sofia", "enabled")
    find("locked", "olga", "10.1.0.1")
    assert "sofia-password" not in "\n".join(lines) and "Ana Rusu" not in "\n".join(lines)
    assert server.cli("audit", "--since", "2999-01-01").stdout.strip() == \
        "No audit entries since then."
    recent = server.cli("audit", "--since", time.strftime("%Y-%m-%d")).stdout
    assert "sofia" in recent
    bad = server.cli("audit", "--since", "yesterday", check=False)
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_api_docs_are_served_only_when_asked(tmp_path: Path) -> None:
    with running_server(tmp_path, serve_args=["--docs"]) as server:
        assert requests.get(server.base_url + "/docs", timeout=10).status_code == 200
        schema = requests.get(server.base_url + "/openapi.json", timeout=10)
        assert schema.status_code == 200 and "/sync/push" in schema.json()["paths"]


def test_several_worker_processes_serve_one_database(tmp_path: Path) -> None:
    if not using_postgres():
        with running_server(tmp_path, start=False) as server:
            refused = server.cli("serve", "--workers", "2", "--port", "1", check=False)
            assert refused.returncode == 1 and "needs PostgreSQL" in refused.stderr
        return
    with running_server(tmp_path, serve_args=["--workers", "2"]) as server:
        server.add_user("vera", "vera-password", role="bureau")
        apis = [server.api("vera", "vera-password") for _ in range(4)]
        ids = [new_id() for _ in range(40)]
        errors: list[BaseException] = []

        def work(i: int) -> None:
            try:
                push(apis[i], [change(rid, region="MD-CU") for rid in ids[i::4]])
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        records, _ = pull_all(apis[0])
        assert sorted(r["record_id"] for r in records) == sorted(ids)
        seqs = [r["server_seq"] for r in records]
        assert len(set(seqs)) == len(seqs) == 40
