"""The desktop's HTTP client of the central server: login, token refresh, push, pull.

Plain ``requests`` with no Qt and no desktop import, so the CLI, the GUI's worker thread and the
tests share it. Network trouble is sorted into a few typed errors that the caller can act on
calmly: :class:`Offline` (try again later), :class:`AuthExpired` (log in again, keep the outbox),
:class:`Incompatible` (show the server's words), :class:`Forbidden`, :class:`ServerError`.

Retries: one ``requests.Session`` with urllib3 ``Retry`` and exponential backoff. Connection
failures (nothing reached the server) are retried for every request. Read failures and 502/503/504
(a proxy in front of a restarting server) are retried for ``GET`` and for ``POST /sync/push`` only:
a push is idempotent by ``change_id``, so sending it twice is harmless, whereas a retried login or
token refresh could count as two attempts or use a refresh token that was already rotated.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, NotRequired, TypeVar

import requests
from pydantic import TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11
from urllib3.util.retry import Retry

from sync.protocol import (
    MAX_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ClashPage,
    Health,
    Me,
    PushResponse,
    TokenResponse,
    UserInfo,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 120.0)
"""(connect, read) seconds. Reads are generous: a push of 500 changes does real work."""
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 0.5
"""Waits of 0, 1, 2, 4 s between attempts: long enough to ride out a server restart."""
RETRY_STATUSES = frozenset({502, 503, 504})
USER_AGENT = "DiasporaDesk-sync/1"

_Body = TypeVar("_Body", Health, PushResponse, TokenResponse, Me, ClashPage)


class WireRecord(TypedDict):
    """:class:`sync.protocol.Record` as a validated plain dict (a test keeps them in step).

    Pulls parse into dicts rather than model instances: a first sync reads 100,000 records and
    building a pydantic object for each would double the client's parsing time.
    """

    entity: str
    record_id: str
    version: int
    server_seq: int
    region_code: str | None
    created_at: str
    updated_at: str
    deleted_at: str | None
    fields: dict[str, Any]
    removed: NotRequired[bool]


class PullPage(TypedDict):
    """:class:`sync.protocol.PullResponse` as a validated plain dict."""

    records: list[WireRecord]
    next_since: int
    has_more: bool


_PULL_PAGE: TypeAdapter[PullPage] = TypeAdapter(PullPage)


class SyncError(Exception):
    """Base of every client error. ``detail`` is the server's message when it sent one."""

    def __init__(self, message: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.detail = detail
        self.status = status


class Offline(SyncError):
    """The server could not be reached: no network, DNS failure, refused, timed out."""


class AuthExpired(SyncError):
    """The login is no longer valid (401) and could not be refreshed; log in again."""


class LoginFailed(SyncError):
    """Wrong user name or password, a disabled account, or too many attempts (429)."""


class Incompatible(SyncError):
    """The server speaks another protocol version (426); ``detail`` is its message for the user."""


class Forbidden(SyncError):
    """The user may not do this (403)."""


class ServerError(SyncError):
    """The server failed or answered something this client does not understand."""


class BadServerAddress(SyncError):
    """The server address is not a usable http(s) URL."""


def normalize_server_url(url: str) -> str:
    """One spelling per server (no trailing slash, lower-case scheme and host) so that the
    cursor and the stored token of ``https://X/`` and ``https://x`` are the same."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    scheme, rest = text.split("://", 1)
    host, _, path = rest.partition("/")
    path = path.rstrip("/")
    return f"{scheme.lower()}://{host.lower()}" + (f"/{path}" if path else "")


def _retry(methods: Sequence[str], retries: int, backoff: float) -> Retry:
    return Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        redirect=0,
        allowed_methods=frozenset(methods),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff,
        raise_on_status=False,
        respect_retry_after_header=True,
    )


class SyncClient:
    """A session with one server. Not shared between threads while a request is running.

    ``on_tokens`` is called with every new :class:`TokenResponse` (login or refresh), so that
    the caller can store the rotated refresh token (in the OS keyring, never in a file).
    """

    def __init__(
        self,
        server_url: str,
        *,
        access_token: str = "",
        refresh_token: str = "",
        on_tokens: Callable[[TokenResponse], None] | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        protocol_version: str = str(PROTOCOL_VERSION),
    ) -> None:
        self.base_url = normalize_server_url(server_url)
        if not self.base_url.startswith(("http://", "https://")):
            raise BadServerAddress(f"not an http(s) address: {server_url!r}")
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.on_tokens = on_tokens
        self.user: UserInfo | None = None
        self.timeout = timeout
        self._refresh_lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers.update({
            PROTOCOL_HEADER: protocol_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        })
        plain = HTTPAdapter(max_retries=_retry(("GET",), retries, backoff))
        idempotent_post = HTTPAdapter(max_retries=_retry(("GET", "POST"), retries, backoff))
        self.session.mount("http://", plain)
        self.session.mount("https://", plain)
        # requests picks the longest matching prefix: pushes get read retries too.
        self.session.mount(self.base_url + "/sync/push", idempotent_post)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transport

    def _send(
        self, method: str, path: str, *, body: bytes | None = None,
        params: dict[str, Any] | None = None, auth: bool = True,
    ) -> requests.Response:
        headers: dict[str, str] = {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        url = self.base_url + path
        try:
            return self.session.request(
                method, url, data=body, params=params, headers=headers, timeout=self.timeout
            )
        except requests.exceptions.SSLError as exc:
            raise ServerError(f"secure connection to {self.base_url} failed: {exc}") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise Offline(f"cannot reach {self.base_url}: {_reason(exc)}") from exc
        except requests.exceptions.RetryError as exc:
            raise Offline(f"{self.base_url} is not answering: {_reason(exc)}") from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema) as exc:
            raise BadServerAddress(f"not a usable server address: {self.base_url}") from exc
        except requests.exceptions.RequestException as exc:
            raise Offline(f"request to {self.base_url} failed: {_reason(exc)}") from exc

    def _request(
        self, method: str, path: str, *, body: bytes | None = None,
        params: dict[str, Any] | None = None, ok: tuple[int, ...] = (200,),
    ) -> requests.Response:
        """An authenticated request; one silent token refresh on 401, then AuthExpired."""
        used_token = self.access_token
        response = self._send(method, path, body=body, params=params)
        if response.status_code == 401 and self.refresh_token:
            with self._refresh_lock:
                if self.access_token == used_token:  # nobody refreshed meanwhile
                    try:
                        self.refresh()
                    except (AuthExpired, LoginFailed) as exc:
                        raise AuthExpired(
                            "the login has expired; please log in again",
                            detail=exc.detail, status=401,
                        ) from exc
            response = self._send(method, path, body=body, params=params)
        if response.status_code in ok:
            return response
        raise self._error(response)

    def _error(self, response: requests.Response) -> SyncError:
        status = response.status_code
        detail = _detail(response)
        if status == 401:
            return AuthExpired("the login has expired; please log in again", detail, status)
        if status == 426:
            return Incompatible(detail or "this version of Diaspora Desk cannot sync with the "
                                "server", detail, status)
        if status == 403:
            return Forbidden(detail or "not allowed", detail, status)
        if status in RETRY_STATUSES:
            return Offline(f"the server is not available (HTTP {status})", detail, status)
        return ServerError(f"the server answered HTTP {status}" + (f": {detail}" if detail else ""),
                           detail, status)

    # -- endpoints

    def health(self) -> Health:
        response = self._send("GET", "/health", auth=False)
        if response.status_code != 200:
            raise self._error(response)
        return _parse(Health, response)

    def login(self, username: str, password: str, device_id: str | None = None) -> TokenResponse:
        body = {"username": username, "password": password}
        if device_id:
            body["device_id"] = device_id
        response = self._send("POST", "/auth/login", body=_json(body), auth=False)
        if response.status_code in (401, 403, 422, 429):
            detail = _detail(response)
            if response.status_code == 422:
                detail = "the user name or password is not valid"
            raise LoginFailed(detail or "the user name or password is wrong",
                              detail, response.status_code)
        if response.status_code != 200:
            raise self._error(response)
        return self._accept_tokens(_parse(TokenResponse, response))

    def refresh(self) -> TokenResponse:
        """Trade the refresh token for new tokens (the refresh token rotates)."""
        if not self.refresh_token:
            raise AuthExpired("not logged in")
        response = self._send("POST", "/auth/refresh",
                              body=_json({"refresh_token": self.refresh_token}), auth=False)
        if response.status_code in (401, 403, 422):
            raise AuthExpired("the login has expired; please log in again",
                              _detail(response), response.status_code)
        if response.status_code != 200:
            raise self._error(response)
        return self._accept_tokens(_parse(TokenResponse, response))

    def logout(self) -> None:
        """Revoke the refresh token on the server (best effort) and forget both tokens."""
        token, self.refresh_token, self.access_token = self.refresh_token, "", ""
        if token:
            try:
                self._send("POST", "/auth/logout", body=_json({"refresh_token": token}),
                           auth=False)
            except SyncError as exc:
                log.info("Logout not confirmed by the server: %s", exc)

    def _accept_tokens(self, tokens: TokenResponse) -> TokenResponse:
        self.access_token = tokens.access_token
        self.refresh_token = tokens.refresh_token
        self.user = tokens.user
        if self.on_tokens is not None:
            self.on_tokens(tokens)
        return tokens

    def push(self, device_id: str, changes: Sequence[str]) -> PushResponse:
        """Send changes, each already serialised as the JSON of a ``Change``.

        Taking JSON text lets the caller measure each change (to split batches under the body
        limit) without serialising twice. A 403 carries the same body as a 200: the allowed
        changes of the batch were applied, the refused ones say why.
        """
        body = (
            '{"device_id":' + json.dumps(device_id) + ',"changes":[' + ",".join(changes) + "]}"
        ).encode("utf-8")
        response = self._request("POST", "/sync/push", body=body, ok=(200, 403))
        if response.status_code == 403:
            try:
                return PushResponse.model_validate_json(response.content)
            except ValidationError:
                raise Forbidden(_detail(response) or "not allowed", _detail(response),
                                403) from None
        return _parse(PushResponse, response)

    def me(self) -> Me:
        """Who is logged in, and the home country of the server's data."""
        return _parse(Me, self._request("GET", "/auth/me"))

    def clashes(self, since: int) -> ClashPage:
        """Clashes that this user's values won since ``since`` (see ``ClashNotice``)."""
        return _parse(ClashPage, self._request("GET", "/sync/clashes", params={"since": since}))

    def pull(self, since: int, limit: int = MAX_PULL_LIMIT) -> PullPage:
        """One page of records after ``since``, validated as :class:`PullPage`."""
        response = self._request("GET", "/sync/pull", params={"since": since, "limit": limit})
        try:
            page = _PULL_PAGE.validate_json(response.content)
        except ValidationError as exc:
            raise ServerError(f"the server's answer could not be read ({exc.error_count()} "
                              "problems)", status=response.status_code) from exc
        for record in page["records"]:
            record.setdefault("removed", False)
        return page


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _parse(model: type[_Body], response: requests.Response) -> _Body:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise ServerError(f"the server's answer could not be read ({exc.error_count()} "
                          "problems)", status=response.status_code) from exc


def _detail(response: requests.Response) -> str:
    """The server's ``detail`` message, if its body has one (text, or FastAPI's list)."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500] if response.text else ""
    if isinstance(body, dict):
        detail = body.get("detail", "")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list):
            parts = []
            for item in detail:
                if isinstance(item, dict):
                    where = ".".join(str(p) for p in item.get("loc", []))
                    parts.append(f"{where}: {item.get('msg', '')}".strip(": "))
            return "; ".join(parts)
    return ""


def _reason(exc: BaseException) -> str:
    """The innermost cause, in a short form (``Connection refused``, ``Name or service …``)."""
    text = str(exc)
    for marker in ("] ", "): "):
        if marker in text:
            text = text.rsplit(marker, 1)[-1]
    return text.rstrip("')\"") or type(exc).__name__
