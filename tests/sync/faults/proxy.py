"""A loopback TCP proxy that breaks HTTP connections on purpose, for the fault-injection suite.

It sits between a desktop and the real server (both on 127.0.0.1) and forwards bytes both ways.
It reads just enough HTTP to know where each request and each answer starts and ends (head,
``Content-Length`` or chunked body) and what it is about (``push``, ``pull``, ``login`` or
``other``, from the request's path; an answer has the kind of the request it answers). That
lets a test say "cut a push answer after a random number of bytes" instead of cutting blindly.

What it can do, all seeded (``random.Random(seed)``), so a failure can be replayed:

- :meth:`CutProxy.pass_through`: forward everything untouched;
- :meth:`CutProxy.cut_randomly`: each message of the chosen kinds and directions is cut with
  some probability, after a random number of its bytes (0 = before its first byte); a cut
  closes both sides of the connection at once, as a dropped link would;
- :meth:`CutProxy.cut_all`: cut every matching message (e.g. lose every push answer);
- :meth:`CutProxy.freeze_after`: stop forwarding once so many bytes of a kind went one way and
  wait there (the test kills a process at that exact moment, then calls :meth:`thaw`).

Counters (:attr:`CutProxy.cuts`, :attr:`CutProxy.messages`, :attr:`CutProxy.bytes`) are keyed by
``(kind, direction)``; direction ``up`` is desktop -> server, ``down`` server -> desktop.

When the server is down the proxy still accepts, then resets the desktop's connection (the
desktop sees a dropped connection, as behind a real reverse proxy or a NAT).
"""

from __future__ import annotations

import collections
import contextlib
import random
import socket
import struct
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("push", "pull", "login", "other")
DIRECTIONS = ("up", "down")
Key = tuple[str, str]
CHUNKED_GUESS = 64 * 1024
"""Assumed body length of a chunked message when choosing where to cut it."""


def kind_of(path: str) -> str:
    path = path.split("?", 1)[0]
    if path.startswith("/sync/push"):
        return "push"
    if path.startswith("/sync/pull"):
        return "pull"
    if path.startswith("/auth/"):
        return "login"
    return "other"


@dataclass
class CutPlan:
    """Which messages are cut: ``rate`` is the chance for each matching message."""

    rate: float = 0.0
    kinds: frozenset[str] = frozenset(KINDS)
    directions: frozenset[str] = frozenset(DIRECTIONS)
    limit: int | None = None
    """At most this many cuts under this plan, then everything passes."""
    done: int = 0

    def matches(self, kind: str, direction: str) -> bool:
        return (kind in self.kinds and direction in self.directions
                and (self.limit is None or self.done < self.limit))


@dataclass
class _Freeze:
    kind: str
    direction: str
    after: int
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    cut: bool = False
    """On release, drop the frozen connection instead of forwarding what it holds."""


class _Cut(Exception):
    """Raised inside a pump when the current message must be cut here."""


class CutProxy:
    """Forward 127.0.0.1:``port`` to 127.0.0.1:``target_port`` (see the module docstring)."""

    def __init__(self, target_port: int, seed: int) -> None:
        self.target_port = target_port
        self.rng = random.Random(seed)
        self.plan = CutPlan()
        self.cuts: collections.Counter[Key] = collections.Counter()
        self.messages: collections.Counter[Key] = collections.Counter()
        self.bytes: collections.Counter[Key] = collections.Counter()
        self.refused = 0
        """Connections reset because the server was not listening."""
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._freeze: _Freeze | None = None
        self._sockets: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self._closed = False
        self._thread = threading.Thread(target=self._accept_loop, name="cut-proxy",
                                        daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- configuration

    def pass_through(self) -> None:
        with self._lock:
            self.plan = CutPlan()

    def cut_randomly(self, rate: float, kinds: Iterable[str] = KINDS,
                     directions: Iterable[str] = DIRECTIONS, limit: int | None = None) -> None:
        with self._lock:
            self.plan = CutPlan(rate, frozenset(kinds), frozenset(directions), limit)

    def cut_all(self, kinds: Iterable[str], directions: Iterable[str],
                limit: int | None = None) -> None:
        self.cut_randomly(1.0, kinds, directions, limit)

    def freeze_after(self, kind: str, direction: str, after: int) -> _Freeze:
        """Stop forwarding ``kind`` traffic in ``direction`` once ``after`` more bytes of it
        have passed; ``reached`` is set then. :meth:`thaw` lets it go on."""
        with self._lock:
            freeze = _Freeze(kind, direction, self.bytes[(kind, direction)] + max(after, 0))
            self._freeze = freeze
        return freeze

    def thaw(self, cut: bool = False) -> None:
        """Let frozen traffic go on, or (``cut``) drop the connection it was on."""
        with self._lock:
            freeze, self._freeze = self._freeze, None
        if freeze is not None:
            freeze.cut = cut
            freeze.released.set()

    def total_cuts(self) -> int:
        with self._lock:
            return sum(self.cuts.values())

    def wait_bytes(self, kind: str, direction: str, at_least: int, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(
                lambda: self.bytes[(kind, direction)] >= at_least, timeout)

    def close(self) -> None:
        self._closed = True
        self.thaw()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below; close won't
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _hard_close(sock)
        self._thread.join(timeout=5)

    def __enter__(self) -> CutProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- decisions (called from the pumps)

    def _cut_offset(self, kind: str, direction: str, length: int) -> int | None:
        with self._lock:
            self.messages[(kind, direction)] += 1
            plan = self.plan
            if not plan.matches(kind, direction) or plan.rate <= 0:
                return None
            if plan.rate < 1.0 and self.rng.random() >= plan.rate:
                return None
            plan.done += 1
            return self.rng.randrange(0, max(length, 1))

    def _note_cut(self, kind: str, direction: str) -> None:
        with self._lock:
            self.cuts[(kind, direction)] += 1

    def _forwarded(self, kind: str, direction: str, data: bytes, dst: socket.socket) -> None:
        """Send ``data`` on, stopping at a freeze point if one falls inside it."""
        while data:
            with self._lock:
                freeze = self._freeze
                hold = (freeze is not None and not freeze.released.is_set()
                        and (freeze.kind, freeze.direction) == (kind, direction))
                room = freeze.after - self.bytes[(kind, direction)] if hold and freeze else 0
            if hold and freeze is not None and room <= 0:
                freeze.reached.set()
                freeze.released.wait()
                if freeze.cut:
                    self._note_cut(kind, direction)
                    raise _Cut
                continue
            part = data if not hold else data[:room]
            dst.sendall(part)
            data = data[len(part):]
            with self._changed:
                self.bytes[(kind, direction)] += len(part)
                self._changed.notify_all()

    # -- plumbing

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                with self._lock:
                    self.refused += 1
                _hard_close(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets.update((client, server))
            pending: collections.deque[str] = collections.deque()
            pair = (client, server)
            for src, dst, direction in ((client, server, "up"), (server, client, "down")):
                threading.Thread(target=self._pump, args=(src, dst, direction, pending, pair),
                                 name=f"cut-proxy-{direction}", daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str,
              pending: collections.deque[str], pair: tuple[socket.socket, socket.socket]) -> None:
        stream = _HttpStream(self, direction, pending, dst)
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    with contextlib.suppress(OSError):
                        dst.shutdown(socket.SHUT_WR)
                    return
                stream.feed(data)
        except _Cut:
            for sock in pair:
                _hard_close(sock)
        except OSError:
            for sock in pair:
                _hard_close(sock)
        finally:
            with self._lock:
                self._sockets.discard(src)


def _hard_close(sock: socket.socket) -> None:
    """Drop the connection at once, like a link that goes down. ``shutdown`` first: a plain
    ``close`` does not end a connection that another thread is blocked reading; with
    ``SO_LINGER`` 0 the last close then sends a reset."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class _HttpStream:
    """One direction of one connection, split into HTTP messages as bytes arrive."""

    def __init__(self, proxy: CutProxy, direction: str, pending: collections.deque[str],
                 dst: socket.socket) -> None:
        self.proxy = proxy
        self.direction = direction
        self.pending = pending
        self.dst = dst
        self.head = b""
        self.in_head = True
        self.remaining = 0
        self.chunked = False
        self.chunk_line = b""
        self.chunk_state = "size"
        self.kind = "other"
        self.pos = 0
        self.cut_at: int | None = None

    def feed(self, data: bytes) -> None:
        while data:
            if self.in_head:
                self.head += data
                data = b""
                end = self.head.find(b"\r\n\r\n")
                if end < 0:
                    return
                head, data = self.head[:end + 4], self.head[end + 4:]
                self.head = b""
                self.in_head = False
                self._start(head)
                self._emit(head)
                if not self.chunked and self.remaining == 0:
                    self._end()
                continue
            if self.chunked:
                data = self._feed_chunked(data)
                continue
            part, data = data[:self.remaining], data[self.remaining:]
            self._emit(part)
            self.remaining -= len(part)
            if self.remaining == 0:
                self._end()

    def _feed_chunked(self, data: bytes) -> bytes:
        if self.chunk_state == "data":
            part, rest = data[:self.remaining], data[self.remaining:]
            self._emit(part)
            self.remaining -= len(part)
            if self.remaining == 0:
                self.chunk_state = "size"
            return rest
        newline = data.find(b"\n")
        if newline < 0:
            self.chunk_line += data
            self._emit(data)
            return b""
        line, rest = self.chunk_line + data[:newline + 1], data[newline + 1:]
        self._emit(data[:newline + 1])
        self.chunk_line = b""
        if self.chunk_state == "trailer":
            if line.strip() == b"":
                self._end()
            return rest
        size = int(line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            self.chunk_state = "trailer"
        else:
            self.chunk_state = "data"
            self.remaining = size + 2  # the chunk and its CRLF
        return rest

    def _start(self, head: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if self.direction == "up":
            parts = lines[0].split(" ")
            self.kind = kind_of(parts[1] if len(parts) > 1 else "")
            self.pending.append(self.kind)
        else:
            self.kind = self.pending.popleft() if self.pending else "other"
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.chunk_state = "size"
        self.remaining = 0 if self.chunked else int(headers.get("content-length", "0") or 0)
        length = len(head) + (CHUNKED_GUESS if self.chunked else self.remaining)
        self.pos = 0
        self.cut_at = self.proxy._cut_offset(self.kind, self.direction, length)

    def _emit(self, data: bytes) -> None:
        if self.cut_at is not None and self.pos + len(data) > self.cut_at:
            keep = self.cut_at - self.pos
            if keep > 0:
                self.proxy._forwarded(self.kind, self.direction, data[:keep], self.dst)
            self.proxy._note_cut(self.kind, self.direction)
            raise _Cut
        self.proxy._forwarded(self.kind, self.direction, data, self.dst)
        self.pos += len(data)

    def _end(self) -> None:
        self.in_head = True
        self.chunked = False
        self.cut_at = None
