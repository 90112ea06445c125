"""The HTTP client on its own: error kinds, retries, token refresh, address spelling."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from sync.client import (
    AuthExpired,
    BadServerAddress,
    Incompatible,
    LoginFailed,
    Offline,
    PullPage,
    ServerError,
    SyncClient,
    WireRecord,
    normalize_server_url,
)
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PullResponse, Record
from tests.server_harness import ServerProcess
from tests.sync.conftest import PASSWORD


def test_wire_dicts_match_the_protocol_models() -> None:
    assert set(WireRecord.__annotations__) == set(Record.model_fields)
    assert set(PullPage.__annotations__) == set(PullResponse.model_fields)


@pytest.mark.parametrize(("given", "expected"), [
    ("https://Sync.Example.org/", "https://sync.example.org"),
    ("sync.example.org", "https://sync.example.org"),
    ("HTTP://host:8765/base/", "http://host:8765/base"),
    ("  ", ""),
])
def test_one_spelling_per_server(given: str, expected: str) -> None:
    assert normalize_server_url(given) == expected


def test_not_an_http_address() -> None:
    with pytest.raises(BadServerAddress):
        SyncClient("ftp://example.org")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_refused_connection_is_offline_after_retries() -> None:
    client = SyncClient(f"http://127.0.0.1:{_closed_port()}", retries=1, backoff=0.0)
    with pytest.raises(Offline) as caught:
        client.pull(0)
    assert "127.0.0.1" in str(caught.value)


def test_unknown_host_is_offline() -> None:
    client = SyncClient("http://no-such-host.invalid", retries=0)
    with pytest.raises(Offline):
        client.health()


class _Stub(http.server.BaseHTTPRequestHandler):
    """Answers from a script: a list of (status, body) per path, consumed in order."""

    script: dict[str, list[tuple[int, Any]]] = {}
    seen: list[tuple[str, str, dict[str, str]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?")[0]
        type(self).seen.append((self.command, path, dict(self.headers)))
        steps = type(self).script.get(path) or [(404, {"detail": "no"})]
        status, payload = steps.pop(0) if len(steps) > 1 else steps[0]
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[tuple[str, type[_Stub]]]:
    handler = type("Handler", (_Stub,), {"script": {}, "seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


PAGE = {"records": [], "next_since": 7, "has_more": False}


def test_503_is_retried_then_succeeds(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(503, {"detail": "restarting"}), (200, PAGE)]
    client = SyncClient(url, access_token="t", backoff=0.0)
    assert client.pull(0)["next_since"] == 7
    assert [p for _m, p, _h in handler.seen] == ["/sync/pull", "/sync/pull"]
    assert handler.seen[0][2][PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    assert handler.seen[0][2]["Authorization"] == "Bearer t"


def test_a_server_that_stays_unavailable_is_offline(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(503, {"detail": "down"})]
    with pytest.raises(Offline):
        SyncClient(url, retries=2, backoff=0.0).pull(0)
    assert len(handler.seen) == 3


def test_426_carries_the_servers_words(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(426, {"detail": "Please update Diaspora Desk to 2.0."})]
    with pytest.raises(Incompatible) as caught:
        SyncClient(url).pull(0)
    assert caught.value.detail == "Please update Diaspora Desk to 2.0."


def test_500_is_a_server_error_and_not_retried(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(500, {"detail": "boom"})]
    with pytest.raises(ServerError):
        SyncClient(url, backoff=0.0).pull(0)
    assert len(handler.seen) == 1


def test_a_401_refreshes_once_and_saves_the_new_tokens(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    tokens = {"access_token": "new-a", "refresh_token": "new-r", "expires_in": 60,
              "user": {"username": "u", "role": "bureau", "regions": []}}
    handler.script["/sync/pull"] = [(401, {"detail": "expired"}), (200, PAGE)]
    handler.script["/auth/refresh"] = [(200, tokens)]
    saved: list[str] = []
    client = SyncClient(url, access_token="old-a", refresh_token="old-r",
                        on_tokens=lambda t: saved.append(t.refresh_token))
    assert client.pull(0)["has_more"] is False
    assert saved == ["new-r"]
    assert handler.seen[-1][2]["Authorization"] == "Bearer new-a"


def test_a_refused_refresh_is_auth_expired(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(401, {"detail": "expired"})]
    handler.script["/auth/refresh"] = [(401, {"detail": "Sign in again."})]
    with pytest.raises(AuthExpired):
        SyncClient(url, access_token="a", refresh_token="r").pull(0)


def test_a_garbled_answer_is_a_server_error(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.script["/sync/pull"] = [(200, {"records": "nope"})]
    with pytest.raises(ServerError):
        SyncClient(url).pull(0)


@pytest.mark.e2e
@pytest.mark.pg
def test_login_against_the_real_server(sync_server: ServerProcess) -> None:
    sync_server.add_user("maria", PASSWORD, role="regional", regions=["MD-CU"])
    client = SyncClient(sync_server.base_url)
    with pytest.raises(LoginFailed) as caught:
        client.login("maria", "wrong-password")
    assert caught.value.detail
    tokens = client.login("maria", PASSWORD)
    assert tokens.user.regions == ["MD-CU"] and tokens.user.role == "regional"
    page = client.pull(0)
    assert page["has_more"] is False and page["records"] == []  # nothing pushed yet
    assert client.health().protocol == PROTOCOL_VERSION
    client.logout()
    with pytest.raises(AuthExpired):
        client.pull(0)
