"""The FastAPI application: routes, protocol-version gate, body limit, error answers.

The app is stateless (everything lives in the database), so several processes may serve one
PostgreSQL database behind a load balancer. Every answer that is not a success carries
``{"detail": ...}`` words meant for the user, and nothing a client sends may cause a 500:
validation problems are 422, bodies too large 413, a database that is down 503.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import protocol as p
from sync.server import __version__, audit
from sync.server.audit import Actor
from sync.server.auth import AuthFailure, CurrentUser, user_for_access_token
from sync.server.auth import login as do_login
from sync.server.auth import logout as do_logout
from sync.server.auth import refresh as do_refresh
from sync.server.clashes import clashes_won, home_country
from sync.server.client_address import client_address
from sync.server.config import ServerSettings
from sync.server.db import writer
from sync.server.identity import read_identity
from sync.server.pull import pull_page
from sync.server.push import push_changes
from sync.server.register import registration_router
from sync.server.users import (
    UserError,
    create_user,
    list_users,
    require_user,
    revoke_sessions,
    update_user,
)

log = logging.getLogger(__name__)

UNVERSIONED_PATHS = frozenset({"/health", "/docs", "/docs/oauth2-redirect", "/redoc",
                               "/openapi.json", "/register"})
"""Paths a browser or a monitor calls: no protocol header (``/register`` is the public form)."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ApiError(Exception):
    """An error answer with words for the user."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


def protocol_problem(header: str | None) -> str | None:
    """Why a request's protocol header is not acceptable, in words; ``None`` when it is."""
    if header is None or not header.strip():
        return (f"This Diaspora Desk server needs sync protocol {p.PROTOCOL_VERSION}, and the "
                "app did not say which protocol it speaks. Update Diaspora Desk.")
    major = header.strip().split(".", 1)[0]
    if major == "1":
        return ("This Diaspora Desk server needs a newer Diaspora Desk: older versions could "
                "lose an edit when the connection dropped during a sync. Your changes are kept "
                "on this computer; install the new version (ask your administrator), then sync.")
    if major != str(p.PROTOCOL_VERSION):
        shown = header.strip()[:20]
        return (f"This Diaspora Desk server speaks sync protocol {p.PROTOCOL_VERSION}, but this "
                f"copy of Diaspora Desk speaks protocol {shown}. Install the version of "
                "Diaspora Desk that matches the server (ask your administrator).")
    return None


class GateMiddleware:
    """Pure ASGI middleware: the protocol-version gate (426) and the body-size limit (413).

    It runs before routing and body parsing, so an old client gets the version message rather
    than a validation error about a body shape it could not know.
    """

    def __init__(self, app: ASGIApp, max_body: int = p.MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if scope["path"] not in UNVERSIONED_PATHS:
            problem = protocol_problem(headers.get(p.PROTOCOL_HEADER.lower()))
            if problem is not None:
                await JSONResponse({"detail": problem}, status_code=426)(scope, receive, send)
                return
        length = headers.get("content-length")
        if length is not None:
            try:
                too_large = int(length) > self.max_body
            except ValueError:
                too_large = False
            if too_large:
                await self._too_large(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        # A body of unknown length (chunked): read it here, bounded, then hand it on.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        mib = self.max_body // (1024 * 1024)
        await JSONResponse(
            {"detail": f"The request is larger than the server accepts ({mib} MiB). "
                       "Send fewer changes per request."},
            status_code=413,
        )(scope, receive, send)


def _protocol_header(
    x_diaspora_protocol: Annotated[
        str, Header(alias=p.PROTOCOL_HEADER,
                    description=f"Sync protocol version of the client: {p.PROTOCOL_VERSION}")
    ],
) -> None:
    """Documents the header in OpenAPI; the check itself is done by :class:`GateMiddleware`."""


PathUsername = Annotated[str, Path(min_length=1, max_length=150,
                                   pattern=r"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")]
_bearer = HTTPBearer(auto_error=False, description="Access token from POST /auth/login")


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> CurrentUser:
    """The caller, from the bearer access token (401 with words when there is none valid)."""
    if credentials is None or not credentials.credentials:
        raise AuthFailure(401, "Sign in first.")
    token = credentials.credentials
    if len(token) > 200:
        raise AuthFailure(401, "Your sign-in has expired or was revoked. Sign in again.")
    return user_for_access_token(request.app.state.engine, token)


def address_of(request: Request) -> str:
    """The client's address (through a trusted proxy: the address the proxy names)."""
    peer = request.client.host if request.client else ""
    return client_address(peer, request.headers, request.app.state.settings)


def actor_of(request: Request, user: CurrentUser) -> Actor:
    return Actor(user.username, address_of(request))


def admin_user(user: Annotated[CurrentUser, Depends(current_user)]) -> CurrentUser:
    if user.role != "admin":
        raise ApiError(403, "Only administrators may manage users.")
    return user


User = Annotated[CurrentUser, Depends(current_user)]
Admin = Annotated[CurrentUser, Depends(admin_user)]


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    """The server application on ``engine`` (whose schema must already be current)."""
    settings = settings or ServerSettings()
    # The API description is for developers and administrators: off unless `serve --docs` (or
    # DIASPORA_SERVER_DOCS=1), so that a public server does not publish a map of itself.
    # app.openapi() still builds the schema in code (tests, clients) either way.
    docs_on = settings.docs
    app = FastAPI(
        docs_url="/docs" if docs_on else None,
        redoc_url="/redoc" if docs_on else None,
        openapi_url="/openapi.json" if docs_on else None,
        title="Diaspora Desk sync server",
        version=__version__,
        description="Central meeting point of Diaspora Desk offices: push changes, pull "
        "what changed, per region. The wire contract is docs/SYNC_PROTOCOL.md. Every request "
        f"but /health carries the header `{p.PROTOCOL_HEADER}: {p.PROTOCOL_VERSION}`.",
    )
    app.state.engine = engine
    app.state.settings = settings

    # ------------------------------------------------------------------ errors
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(AuthFailure)
    async def _auth_error(_request: Request, exc: AuthFailure) -> JSONResponse:
        headers: dict[str, str] = {}
        if exc.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        if exc.retry_after is not None:
            headers["Retry-After"] = str(exc.retry_after)
        return JSONResponse({"detail": exc.message}, status_code=exc.status, headers=headers)

    @app.exception_handler(UserError)
    async def _user_error(_request: Request, exc: UserError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=exc.status)

    @app.exception_handler(PoolTimeout)
    async def _busy(_request: Request, exc: PoolTimeout) -> JSONResponse:
        # Every database connection of this process stayed busy for the pool's whole timeout
        # (a burst larger than DIASPORA_SERVER_DB_POOL allows): nothing was applied, and the
        # desktop simply tries again, as after any 503.
        log.warning("No free database connection: %s", exc)
        return JSONResponse(
            {"detail": "The server is very busy right now; nothing was applied. Try again in "
                       "a moment."}, status_code=503, headers={"Retry-After": "10"})

    @app.exception_handler(OperationalError)
    async def _db_down(_request: Request, exc: OperationalError) -> JSONResponse:
        log.error("Database unavailable: %s", exc)
        return JSONResponse(
            {"detail": "The server's database is not available right now. Try again in a "
                       "moment."}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(IntegrityError)
    async def _clash(_request: Request, exc: IntegrityError) -> JSONResponse:
        log.warning("Concurrent change refused by the database: %s", exc.orig)
        return JSONResponse({"detail": "This clashed with another change made at the same "
                                       "moment; nothing was applied. Try again."},
                            status_code=409)

    @app.exception_handler(DBAPIError)
    async def _db_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        log.exception("Database error", exc_info=exc)
        return JSONResponse({"detail": "The server could not store this request; it was not "
                                       "applied. Try again; if it keeps failing, tell your "
                                       "administrator."}, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Field location and reason only: echoing the input could be huge or not even JSON
        # (NaN), and the reason is what the user needs.
        detail = [{"type": str(err.get("type", "")),
                   "loc": [part if isinstance(part, int) else str(part)
                           for part in err.get("loc", ())],
                   "msg": str(err.get("msg", ""))} for err in exc.errors()]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return JSONResponse({"detail": detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    versioned = [Depends(_protocol_header)]
    common: dict[int | str, dict[str, Any]] = {
        426: {"model": p.ErrorBody, "description": "incompatible protocol version"},
        422: {"description": "invalid request: field and reason"},
    }

    # ------------------------------------------------------------------ health
    @app.get("/health", response_model=p.Health, tags=["health"],
             responses={503: {"model": p.Health}})
    def health(request: Request) -> Any:
        try:
            with request.app.state.engine.connect() as conn:
                identity = read_identity(conn)
        except DBAPIError:
            return JSONResponse({"status": "database unavailable",
                                 "protocol": p.PROTOCOL_VERSION, "version": __version__},
                                status_code=503)
        return p.Health(status="ok", protocol=p.PROTOCOL_VERSION, version=__version__,
                        server_id=identity.server_id, epoch=identity.epoch,
                        last_seq=identity.last_seq, epoch_seq=identity.epoch_seq)

    # ------------------------------------------------------------------ auth
    auth = APIRouter(prefix="/auth", tags=["auth"], dependencies=versioned, responses=common)

    @auth.post("/login", response_model=p.TokenResponse,
               responses={401: {"model": p.ErrorBody}, 403: {"model": p.ErrorBody},
                          429: {"model": p.ErrorBody}})
    async def login(body: p.LoginRequest, request: Request) -> p.TokenResponse:
        address = address_of(request)
        try:
            return await run_in_threadpool(
                do_login, request.app.state.engine, request.app.state.settings,
                body.username, body.password, body.device_id, address,
            )
        except AuthFailure as exc:
            if exc.delay:
                await asyncio.sleep(exc.delay)
            raise

    @auth.post("/refresh", response_model=p.TokenResponse,
               responses={401: {"model": p.ErrorBody}})
    def refresh(body: p.RefreshRequest, request: Request) -> p.TokenResponse:
        return do_refresh(request.app.state.engine, request.app.state.settings,
                          body.refresh_token, address_of(request))

    @auth.post("/logout", status_code=204, response_class=Response)
    def logout(body: p.LogoutRequest, request: Request) -> Response:
        do_logout(request.app.state.engine, body.refresh_token, address_of(request))
        return Response(status_code=204)

    @auth.get("/me", response_model=p.Me, responses={401: {"model": p.ErrorBody}})
    def me(request: Request, user: User) -> p.Me:
        return p.Me(user=p.UserInfo(username=user.username, role=user.role,
                                    regions=sorted(user.regions)),
                    home_country=home_country(request.app.state.engine))

    app.include_router(auth)

    # ------------------------------------------------------------------ sync
    sync = APIRouter(prefix="/sync", tags=["sync"], dependencies=versioned,
                     responses={**common, 401: {"model": p.ErrorBody}})

    @sync.post("/push", response_model=p.PushResponse,
               responses={403: {"model": p.PushResponse,
                                "description": "some changes were refused for scope; every "
                                "allowed change of the batch was applied"}})
    def push(body: p.PushRequest, request: Request, user: User) -> Response:
        outcome = push_changes(request.app.state.engine, user, body.device_id, body.changes,
                               address_of(request))
        return Response(outcome.body, status_code=403 if outcome.forbidden else 200,
                        media_type="application/json")

    @sync.get("/pull", response_model=p.PullResponse)
    def pull(
        request: Request,
        user: User,
        since: Annotated[int, Query(ge=0, le=p.MAX_VERSION)] = 0,
        limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_LIMIT)] = p.DEFAULT_PULL_LIMIT,
    ) -> Response:
        body = pull_page(request.app.state.engine, user, since, limit)
        return Response(body, media_type="application/json")

    @sync.get("/clashes", response_model=p.ClashPage)
    def clashes(
        request: Request,
        user: User,
        since: Annotated[int, Query(ge=0, le=p.MAX_VERSION)] = 0,
    ) -> dict[str, Any]:
        return clashes_won(request.app.state.engine, user, since)

    app.include_router(sync)
    app.include_router(registration_router(engine, settings))

    # ------------------------------------------------------------------ admin
    admin = APIRouter(prefix="/admin", tags=["admin"], dependencies=versioned,
                      responses={**common, 401: {"model": p.ErrorBody},
                                 403: {"model": p.ErrorBody}})

    @admin.get("/users", response_model=list[p.UserOut])
    def get_users(request: Request, _admin: Admin) -> list[p.UserOut]:
        with request.app.state.engine.connect() as conn:
            return [u.to_wire() for u in list_users(conn)]

    @admin.post("/users", response_model=p.UserOut, status_code=201,
                responses={409: {"model": p.ErrorBody}})
    def post_user(body: p.UserCreate, request: Request, admin: Admin) -> p.UserOut:
        with writer(request.app.state.engine).begin() as conn:
            return create_user(conn, body.username, body.password, body.role,
                               body.regions, actor=actor_of(request, admin)).to_wire()

    @admin.patch("/users/{username}", response_model=p.UserOut,
                 responses={404: {"model": p.ErrorBody}})
    def patch_user(username: PathUsername, body: p.UserUpdate,
                   request: Request, admin: Admin) -> p.UserOut:
        with writer(request.app.state.engine).begin() as conn:
            return update_user(conn, username, role=body.role, regions=body.regions,
                               disabled=body.disabled, password=body.password,
                               actor=actor_of(request, admin)).to_wire()

    @admin.post("/users/{username}/revoke-tokens", response_model=p.RevokeResult,
                responses={404: {"model": p.ErrorBody}})
    def revoke_user(username: PathUsername, request: Request,
                    admin: Admin) -> p.RevokeResult:
        with writer(request.app.state.engine).begin() as conn:
            user = require_user(conn, username)
            ended = revoke_sessions(conn, user.id)
            audit.record_by(conn, actor_of(request, admin), audit.TOKENS_REVOKED,
                            user.username, f"{ended} session(s)")
            return p.RevokeResult(revoked_sessions=ended)

    app.include_router(admin)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unexpected error", exc_info=exc)
        return JSONResponse({"detail": "Internal server error; the request was not applied."},
                            status_code=500)

    app.add_middleware(GateMiddleware, max_body=p.MAX_BODY_BYTES)
    return app
