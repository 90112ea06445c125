"""Sign-in, token lifetimes and rotation, revocation, throttling, and the admin user API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.helpers import change, push
from tests.server_harness import ApiSession, ServerProcess, running_server

pytestmark = pytest.mark.e2e

ENV = {
    "DIASPORA_SERVER_SLOW_AFTER": "2",
    "DIASPORA_SERVER_LOCK_AFTER": "3",
    "DIASPORA_SERVER_LOCK_SECONDS": "3",
    "DIASPORA_SERVER_MAX_DELAY": "0.2",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("auth"), env=ENV) as srv:
        srv.add_user("ana", "ana-password", role="regional", regions=["MD-CA"])
        yield srv


def test_login_gives_tokens_and_who_the_user_is(server: ServerProcess) -> None:
    api = server.api()
    response = api.login("Ana", "ana-password", device_id="laptop-1")
    assert response.status_code == 200
    body = response.json()
    assert body["expires_in"] == 15 * 60
    assert body["user"] == {"username": "ana", "role": "regional", "regions": ["MD-CA"]}
    assert body["access_token"] != body["refresh_token"]
    assert api.get("/sync/pull").status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_answer(server: ServerProcess) -> None:
    server.add_user("ben", "ben-password", role="bureau")
    api = server.api()
    wrong = api.login("ben", "nope")
    unknown = api.login("nobody-here", "nope")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "Wrong user name or password."}
    assert api.login("ben", "ben-password").status_code == 200  # a success resets the count


def test_no_or_bad_token_is_401(server: ServerProcess) -> None:
    api = server.api()
    response = api.get("/sync/pull")
    assert response.status_code == 401 and response.json()["detail"] == "Sign in first."
    assert response.headers["WWW-Authenticate"] == "Bearer"
    api.set_token("not-a-token")
    assert api.get("/sync/pull").status_code == 401


def test_expired_access_token_is_401_and_refresh_gives_a_new_one(tmp_path: Path) -> None:
    with running_server(tmp_path, env={"DIASPORA_SERVER_ACCESS_TTL": "1"}) as server:
        api = server.admin()
        assert api.login_body["expires_in"] == 1
        _expire_and_refresh(api)


def _expire_and_refresh(api: ApiSession) -> None:
    refresh_token = api.login_body["refresh_token"]
    time.sleep(1.5)  # the access token lives 1 s on this server
    expired = api.get("/sync/pull")
    assert expired.status_code == 401 and "Sign in again" in expired.json()["detail"]
    response = api.post("/auth/refresh", json={"refresh_token": refresh_token})
    assert response.status_code == 200
    assert response.json()["access_token"] != api.login_body["access_token"]


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(
    server: ServerProcess,
) -> None:
    api = server.api("ana", "ana-password")
    refresh_token = api.login_body["refresh_token"]
    response = api.post("/auth/refresh", json={"refresh_token": refresh_token})
    assert response.status_code == 200
    assert response.json()["refresh_token"] != refresh_token
    api.set_token(response.json()["access_token"])
    assert api.get("/sync/pull").status_code == 200
    # The old refresh token is spent; presenting it again (as a thief would) ends the whole
    # session, the new tokens included.
    assert api.post("/auth/refresh", json={"refresh_token": refresh_token}).status_code == 401
    assert api.get("/sync/pull").status_code == 401
    assert api.post("/auth/refresh", json={
        "refresh_token": response.json()["refresh_token"]}).status_code == 401


def test_logout_revokes_the_session(server: ServerProcess) -> None:
    api = server.api("ana", "ana-password")
    refresh_token = api.login_body["refresh_token"]
    other = server.api("ana", "ana-password")  # another device keeps working
    assert api.post("/auth/logout", json={"refresh_token": refresh_token}).status_code == 204
    assert api.get("/sync/pull").status_code == 401
    assert api.post("/auth/refresh", json={"refresh_token": refresh_token}).status_code == 401
    assert api.post("/auth/logout", json={"refresh_token": refresh_token}).status_code == 204
    assert other.get("/sync/pull").status_code == 200


def test_repeated_failures_lock_the_name_for_a_while(server: ServerProcess) -> None:
    server.add_user("carla", "carla-password", role="bureau")
    api = server.api()
    assert api.login("carla", "wrong-1").status_code == 401
    assert api.login("carla", "wrong-2").status_code == 401  # answered after a delay
    locked = api.login("carla", "wrong-3")
    assert locked.status_code == 429
    assert locked.json()["detail"] == "Too many failed sign-ins for carla. Try again in 3 seconds."
    assert int(locked.headers["Retry-After"]) == 3
    # Even the right password waits until the lock ends; other users are not affected.
    during = api.login("carla", "carla-password")
    assert during.status_code == 429 and "Try again in" in during.json()["detail"]
    assert server.api().login("ana", "ana-password").status_code == 200
    time.sleep(3.1)
    assert api.login("carla", "carla-password").status_code == 200


def test_disable_signs_out_and_refuses_login_until_enabled(server: ServerProcess) -> None:
    server.add_user("dan", "dan-password", role="bureau")
    api = server.api("dan", "dan-password")
    result = server.cli("disable", "dan")
    assert "Disabled dan" in result.stdout
    assert api.get("/sync/pull").status_code == 401
    refused = server.api().login("dan", "dan-password")
    assert refused.status_code == 403 and "disabled" in refused.json()["detail"]
    server.cli("enable", "dan")
    assert server.api().login("dan", "dan-password").status_code == 200


def test_admin_api_manages_users_and_revokes_tokens(server: ServerProcess) -> None:
    admin = server.admin()
    created = admin.post("/admin/users", json={"username": "Elena", "password": "elena-pass",
                                               "role": "regional", "regions": ["md-ca"]})
    assert created.status_code == 201
    assert created.json()["username"] == "elena" and created.json()["regions"] == ["MD-CA"]
    dup = admin.post("/admin/users", json={"username": "elena", "password": "elena-pass",
                                           "role": "bureau"})
    assert dup.status_code == 409 and "already exists" in dup.json()["detail"]
    no_region = admin.post("/admin/users", json={"username": "f", "password": "12345678",
                                                 "role": "regional"})
    assert no_region.status_code == 422 and "at least one region" in no_region.json()["detail"]
    short = admin.post("/admin/users", json={"username": "g", "password": "short",
                                             "role": "bureau"})
    assert short.status_code == 422 and short.json()["detail"][0]["loc"] == ["body", "password"]

    elena = server.api("elena", "elena-pass")
    push(elena, [change(region="MD-CA")])
    push(elena, [change(region="MD-BA")], expect=403)
    patched = admin.patch("/admin/users/elena", json={"regions": ["MD-CA", "MD-BA"]})
    assert patched.status_code == 200 and patched.json()["regions"] == ["MD-CA", "MD-BA"]
    # A new scope signs the user out, so that their desktop learns it when signing in again.
    assert elena.get("/sync/pull").status_code == 401
    relogin = elena.login("elena", "elena-pass")
    assert relogin.json()["user"]["regions"] == ["MD-CA", "MD-BA"]
    push(elena, [change(region="MD-BA")])  # the new region applies

    revoked = admin.post("/admin/users/elena/revoke-tokens")
    assert revoked.status_code == 200 and revoked.json()["revoked_sessions"] >= 1
    assert elena.get("/sync/pull").status_code == 401

    admin.patch("/admin/users/elena", json={"password": "new-elena-pass"})
    assert server.api().login("elena", "elena-pass").status_code == 401
    assert server.api().login("elena", "new-elena-pass").status_code == 200

    assert admin.patch("/admin/users/nobody", json={"disabled": True}).status_code == 404
    names = [u["username"] for u in admin.get("/admin/users").json()]
    assert {"admin", "ana", "elena"} <= set(names)
