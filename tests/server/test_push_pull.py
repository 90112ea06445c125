"""Push and pull through the real server: versions, idempotency, merges, conflicts, tombstones."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, func, select

from sync.server import models
from tests.server.helpers import change, latest, new_id, pull_all, push
from tests.server_harness import ApiSession, ServerProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def bureau(server: ServerProcess) -> ApiSession:
    server.add_user("bureau1", "bureau-password", role="bureau")
    return server.api("bureau1", "bureau-password")


def test_created_record_is_pulled_with_server_version_and_seq(bureau: ApiSession) -> None:
    _, cursor = pull_all(bureau)
    rec = change(fields={"name": "Diaspora Paris", "members": 12, "areas": ["trade"]})
    [result] = push(bureau, [rec])
    assert result["status"] == "applied"
    assert result["version"] == 1 and result["server_seq"] > cursor
    assert result["record"]["fields"] == rec["fields"]

    pulled, new_cursor = pull_all(bureau, cursor)
    assert [(p["record_id"], p["version"], p["fields"]) for p in pulled] == [
        (rec["record_id"], 1, rec["fields"])
    ]
    assert new_cursor >= result["server_seq"]
    assert pull_all(bureau, new_cursor)[0] == []  # nothing new: an empty page


def test_same_change_id_twice_applies_once_and_returns_the_same_result(
    bureau: ApiSession,
) -> None:
    rec = change()
    first = push(bureau, [rec])
    again = push(bureau, [rec, rec])
    assert again == [first[0], first[0]]
    # An edit with a fresh change id after the replay builds on version 1, not 2.
    [edit] = push(bureau, [change(rec["record_id"], base=1, fields={"name": "Renamed"})])
    assert edit["status"] == "applied" and edit["version"] == 2
    assert push(bureau, [rec]) == first  # the old result, with the record as it was then


def test_edits_of_different_fields_merge(bureau: ApiSession) -> None:
    rid = new_id()
    base = {"name": "Moldovans of Lyon", "city": "Lyon", "members": 30}
    push(bureau, [change(rid, fields=base)])
    [a] = push(bureau, [change(rid, base=1, fields={**base, "city": "Villeurbanne"})], "office-a")
    [b] = push(bureau, [change(rid, base=1, fields={**base, "members": 45})], "office-b")
    assert a["status"] == "applied" and a["version"] == 2
    assert b["status"] == "merged" and b["version"] == 3 and b["conflicts"] == []
    assert b["record"]["fields"] == {"name": "Moldovans of Lyon", "city": "Villeurbanne",
                                     "members": 45}


def test_same_field_conflict_is_stored_returned_and_resolved(
    bureau: ApiSession, server: ServerProcess
) -> None:
    rid = new_id()
    push(bureau, [change(rid, fields={"name": "Asociația", "city": "Paris"})])
    [a] = push(bureau, [change(rid, base=1, fields={"name": "Asociația", "city": "Nice"})],
               "office-a")
    proposal = change(rid, base=1, fields={"name": "Asociația", "city": "Marseille"})
    [b] = push(bureau, [proposal], "office-b")
    assert b["status"] == "conflict"
    assert b["conflicts"] == [{"field": "city", "base": "Paris", "mine": "Marseille",
                               "theirs": "Nice"}]
    assert b["version"] == a["version"] == 2  # the server kept its version
    assert b["record"]["fields"]["city"] == "Nice"

    engine = create_engine(server.db_url)
    c = models.conflicts
    try:
        with engine.connect() as conn:
            row = conn.execute(select(c).where(c.c.change_id == proposal["change_id"])).one()
            assert row.resolved_at is None and row.device_id == "office-b"
            assert json.loads(row.proposal)["fields"]["city"] == "Marseille"
            assert json.loads(row.clashes)[0]["theirs"] == "Nice"

        # The conflict is retried: same answer, still one stored conflict.
        assert push(bureau, [proposal], "office-b") == [b]
        # Office B's user picks "Marseille"; the choice goes on the current version.
        [resolved] = push(bureau, [change(rid, base=2, fields={"name": "Asociația",
                                                               "city": "Marseille"})],
                          "office-b")
        assert resolved["status"] == "applied" and resolved["version"] == 3
        with engine.connect() as conn:
            rows = conn.execute(select(c).where(c.c.record_id == rid)).all()
            assert len(rows) == 1 and rows[0].resolved_at is not None
    finally:
        engine.dispose()
    # Office A receives the resolution.
    records, _ = pull_all(bureau, a["server_seq"])
    assert latest(records)[("association", rid)]["fields"]["city"] == "Marseille"


def test_tombstones_carry_deletes(bureau: ApiSession) -> None:
    rid = new_id()
    [created] = push(bureau, [change(rid)])
    [deleted] = push(bureau, [change(rid, base=1, deleted=True)])
    assert deleted["status"] == "applied" and deleted["record"]["deleted_at"] is not None
    records, _ = pull_all(bureau, created["server_seq"] - 1)
    mine = [r for r in records if r["record_id"] == rid]
    assert len(mine) == 1 and mine[0]["deleted_at"] is not None and mine[0]["version"] == 2
    # An edit made elsewhere against the live version conflicts with the deletion.
    [late] = push(bureau, [change(rid, base=1, fields={"name": "Edited offline"})], "office-c")
    assert late["status"] == "conflict" and late["conflicts"][0]["field"] == "deleted_at"


def test_pull_pages_are_ordered_and_complete(bureau: ApiSession) -> None:
    _, cursor = pull_all(bureau)
    changes = [change(fields={"name": f"Association {i}", "n": i}) for i in range(1203)]
    for start in range(0, len(changes), 500):
        push(bureau, changes[start:start + 500])
    # One record edited again moves to the end of the stream.
    push(bureau, [change(changes[5]["record_id"], base=1, fields={"name": "again", "n": 5})])
    records, _ = pull_all(bureau, cursor, limit=100)
    seqs = [r["server_seq"] for r in records]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert len(records) == 1203
    assert records[-1]["fields"]["name"] == "again"
    assert {r["record_id"] for r in records} == {c["record_id"] for c in changes}


def test_push_limits_and_validation(bureau: ApiSession) -> None:
    too_many = [change() for _ in range(501)]
    response = bureau.post("/sync/push", json={"device_id": "d", "changes": too_many})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][:2] == ["body", "changes"]

    bad = change(fields={"x": float("nan")})
    response = bureau.post("/sync/push", data=json.dumps({"device_id": "d", "changes": [bad]}),
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and "finite" in response.text

    for field, when in (("updated_at", "9999-12-31T23:59:59-12:00"),
                        ("created_at", "0001-01-01T00:00:00+14:00"),
                        ("updated_at", "2500-01-01T00:00:00Z")):
        response = bureau.post("/sync/push", json={"device_id": "d", "changes": [
            change(**{field: when}) if field == "updated_at" else {**change(), field: when}]})
        assert response.status_code == 422, response.text  # not a 500
        assert response.json()["detail"][0]["loc"][-1] == field

    response = bureau.get("/sync/pull", params={"limit": 5001})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == [
        "query", "limit"]

    response = bureau.post("/sync/push", data=b"{not json",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 422

    big = b'{"device_id": "d", "changes": [], "pad": "' + b"x" * (65 * 1024 * 1024) + b'"}'
    response = bureau.post("/sync/push", data=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "MiB" in response.json()["detail"]


def test_protocol_version_is_required(server: ServerProcess) -> None:
    import requests

    response = requests.get(server.base_url + "/sync/pull", timeout=10)
    assert response.status_code == 426 and "protocol 2" in response.json()["detail"]
    response = requests.post(server.base_url + "/auth/login", timeout=10,
                             headers={"X-Diaspora-Protocol": "3"}, json={"bad": "body"})
    assert response.status_code == 426
    assert "speaks protocol 3" in response.json()["detail"]
    response = requests.post(server.base_url + "/auth/login", timeout=10,
                             headers={"X-Diaspora-Protocol": "1"}, json={"bad": "body"})
    assert response.status_code == 426
    assert "could lose an edit" in response.json()["detail"]
    health = requests.get(server.base_url + "/health", timeout=10).json()
    assert (health["status"], health["protocol"]) == ("ok", 2)
    assert health["server_id"] and health["epoch"] and health["last_seq"] >= 0
    # The API description is off unless `serve --docs` (tests/server/test_hardening.py).
    assert requests.get(server.base_url + "/openapi.json", timeout=10).status_code == 404
    assert requests.get(server.base_url + "/docs", timeout=10).status_code == 404


def test_history_keeps_every_version(bureau: ApiSession, server: ServerProcess) -> None:
    rid = new_id()
    push(bureau, [change(rid, fields={"v": 1})])
    push(bureau, [change(rid, base=1, fields={"v": 2})])
    push(bureau, [change(rid, base=2, fields={"v": 3})])
    engine = create_engine(server.db_url)
    h = models.record_history
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(h.c.version, h.c.fields).where(h.c.record_id == rid)
                                .order_by(h.c.version)).all()
            count = conn.execute(select(func.count()).select_from(models.records)
                                 .where(models.records.c.record_id == rid)).scalar_one()
    finally:
        engine.dispose()
    assert [(v, json.loads(f)["v"]) for v, f in rows] == [(1, 1), (2, 2), (3, 3)]
    assert count == 1


def test_erasure_leaves_no_earlier_copy_on_the_server(
    bureau: ApiSession, server: ServerProcess
) -> None:
    """A person's erased record replaces every version the server kept (history, conflict
    proposals, replayable results): only the countable fields stay."""
    rid = new_id()
    personal = {"name": "Ion Popescu", "email": "ion@example.org", "gender": "male",
                "erased_at": None}
    push(bureau, [change(rid, entity="candidate", fields=personal)])
    push(bureau, [change(rid, entity="candidate", base=1, fields={**personal, "name": "Ion P."})])
    clash = push(bureau, [change(rid, entity="candidate", base=1,
                                 fields={**personal, "name": "Ioan Popescu"})], device="d2")
    assert clash[0]["status"] == "conflict"
    erased = {"name": "Erased person", "email": "", "gender": "male",
              "erased_at": "2026-02-01T10:00:00.000000+00:00"}
    result = push(bureau, [change(rid, entity="candidate", base=2, fields=erased)])
    assert result[0]["status"] == "applied"

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            texts = [
                *conn.execute(select(models.record_history.c.fields)
                              .where(models.record_history.c.record_id == rid)).scalars(),
                *conn.execute(select(models.conflicts.c.proposal, models.conflicts.c.clashes)
                              .where(models.conflicts.c.record_id == rid)).all()[0],
                *conn.execute(select(models.processed_changes.c.result)
                              .where(models.processed_changes.c.record_id == rid)).scalars(),
            ]
    finally:
        engine.dispose()
    dump = json.dumps(texts, ensure_ascii=False)
    for trace in ("Popescu", "ion@example.org", "Ion P."):
        assert trace not in dump, f"{trace!r} is still on the server"
    kept = [json.loads(text) for text in texts[:3]]  # the three history versions
    assert all(v["gender"] == "male" and v["name"] == "Erased person" for v in kept)
