"""The cutting proxy itself, against a tiny HTTP server: it must pass traffic through untouched,
cut exactly the kind and direction it is told to (so that a "lost answer" really is an answer
the server produced), count its cuts, and freeze traffic at a byte count."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.sync.faults.proxy import CutProxy

pytestmark = [pytest.mark.faults]

BODY = b'{"results":[' + b",".join(b'{"n":%d}' % i for i in range(2000)) + b"]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    received: list[tuple[str, int]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).received.append((self.path, len(body)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.path.startswith("/chunked"):
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(BODY), 5000):
                part = BODY[start:start + 5000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[CutProxy]:
    _Handler.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with CutProxy(server.server_address[1], seed=5) as cut:
        yield cut
    server.shutdown()
    server.server_close()


def test_pass_through_keeps_every_byte_over_one_kept_alive_connection(proxy: CutProxy) -> None:
    with requests.Session() as http:
        for path in ("/sync/pull?since=0", "/chunked", "/sync/push", "/auth/login"):
            response = (http.get if path.startswith(("/sync/pull", "/chunked")) else http.post)(
                proxy.url + path, data=b"x" * 3000, timeout=10)
            assert response.content == BODY
    assert proxy.total_cuts() == 0
    assert proxy.messages[("push", "up")] == 1 and proxy.messages[("push", "down")] == 1
    assert proxy.bytes[("pull", "down")] > len(BODY)


def test_a_cut_answer_was_produced_by_the_server_and_never_arrives(proxy: CutProxy) -> None:
    proxy.cut_all(["push"], ["down"])
    with pytest.raises(requests.RequestException):
        requests.post(proxy.url + "/sync/push", data=b"y" * 5000, timeout=10)
    assert _Handler.received == [("/sync/push", 5000)]  # the server had the whole request
    assert proxy.cuts[("push", "down")] == 1
    # Other kinds pass while the plan is on; after pass_through() pushes pass again.
    assert requests.get(proxy.url + "/sync/pull", timeout=10).content == BODY
    proxy.pass_through()
    assert requests.post(proxy.url + "/sync/push", data=b"z", timeout=10).content == BODY
    assert proxy.total_cuts() == 1


def test_a_cut_request_never_reaches_the_server_whole(proxy: CutProxy) -> None:
    proxy.cut_all(["login"], ["up"])
    with pytest.raises(requests.RequestException):
        requests.post(proxy.url + "/auth/login", data=b"p" * 20000, timeout=10)
    assert ("/auth/login", 20000) not in _Handler.received
    assert proxy.cuts[("login", "up")] == 1


def test_random_cuts_are_seeded(proxy: CutProxy) -> None:
    def run() -> list[bool]:
        outcome = []
        proxy.rng.seed(9)
        proxy.cut_randomly(0.5, ["pull"], ["down"])
        for _ in range(12):
            try:
                outcome.append(requests.get(proxy.url + "/sync/pull", timeout=10).content
                               == BODY)
            except requests.RequestException:
                outcome.append(False)
        return outcome

    first = run()
    assert first == run()
    assert 0 < first.count(False) < 12


def test_freeze_holds_traffic_at_a_byte_count_until_thawed_or_cut(proxy: CutProxy) -> None:
    freeze = proxy.freeze_after("pull", "down", 1000)
    result: dict[str, object] = {}
    thread = threading.Thread(target=lambda: result.update(
        body=requests.get(proxy.url + "/sync/pull", timeout=10).content))
    thread.start()
    assert freeze.reached.wait(10)
    assert proxy.bytes[("pull", "down")] == 1000
    proxy.thaw()
    thread.join(10)
    assert result["body"] == BODY

    freeze = proxy.freeze_after("pull", "down", 10)
    failed: list[BaseException] = []

    def fetch() -> None:
        try:
            requests.get(proxy.url + "/sync/pull", timeout=10)
        except requests.RequestException as exc:
            failed.append(exc)

    thread = threading.Thread(target=fetch)
    thread.start()
    assert freeze.reached.wait(10)
    proxy.thaw(cut=True)
    thread.join(10)
    assert failed and proxy.cuts[("pull", "down")] == 1
