"""Building wire changes and walking pull pages in server tests."""

from __future__ import annotations

import uuid
from typing import Any

from tests.server_harness import ApiSession

T0 = "2026-01-01T09:00:00.000000+00:00"


def new_id() -> str:
    return str(uuid.uuid4())


def change(record_id: str | None = None, *, fields: dict[str, Any] | None = None,
           region: str | None = "MD-CU", base: int | None = None, entity: str = "association",
           deleted: bool = False, change_id: str | None = None,
           updated_at: str = T0) -> dict[str, Any]:
    return {
        "change_id": change_id or new_id(),
        "entity": entity,
        "record_id": record_id or new_id(),
        "base_version": base,
        "region_code": region,
        "created_at": T0,
        "updated_at": updated_at,
        "deleted_at": "2026-01-02T10:00:00.000000+00:00" if deleted else None,
        "fields": fields if fields is not None else {"name": "Asociația Moldovenilor"},
    }


def push(api: ApiSession, changes: list[dict[str, Any]], device: str = "device-1",
         expect: int | None = 200) -> list[dict[str, Any]]:
    response = api.post("/sync/push", json={"device_id": device, "changes": changes})
    if expect is not None:
        assert response.status_code == expect, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def pull_all(api: ApiSession, since: int = 0, limit: int = 1000
             ) -> tuple[list[dict[str, Any]], int]:
    """Every page from ``since``; returns the records in order and the final cursor."""
    records: list[dict[str, Any]] = []
    while True:
        response = api.get("/sync/pull", params={"since": since, "limit": limit})
        assert response.status_code == 200, response.text
        page = response.json()
        records += page["records"]
        assert page["next_since"] >= since
        since = page["next_since"]
        if not page["has_more"]:
            return records, since


def latest(records: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """What a client holds after applying pulled records in order (removals drop them)."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in records:
        key = (rec["entity"], rec["record_id"])
        if rec["removed"]:
            state.pop(key, None)
        else:
            state[key] = rec
    return state
