"""Schemathesis against the real server's OpenAPI schema: whatever a client sends, never a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from sync.server.app import create_app
from sync.server.db import make_engine
from tests.server_harness import PROTOCOL_HEADERS, ServerProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def admin_headers(server: ServerProcess) -> dict[str, str]:
    token = server.admin().login_body["access_token"]
    return {**PROTOCOL_HEADERS, "Authorization": f"Bearer {token}"}


# The schema is the app's own (it does not depend on the database); requests go to the real
# server process of the module.
schema = schemathesis.openapi.from_dict(create_app(make_engine("sqlite://")).openapi())


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: Any, server: ServerProcess,
                          admin_headers: dict[str, str]) -> None:
    response = case.call(base_url=server.base_url, headers=admin_headers, timeout=30)
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
