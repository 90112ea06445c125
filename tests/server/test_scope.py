"""Regions: a regional office sees and changes only its own records (plus national ones)."""

from __future__ import annotations

import json

import pytest

from tests.server.helpers import change, latest, new_id, pull_all, push
from tests.server_harness import ApiSession, ServerProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def users(server: ServerProcess) -> dict[str, ApiSession]:
    server.add_user("bureau", "bureau-password", role="bureau")
    server.add_user("cahul", "cahul-password", role="regional", regions=["MD-CA"])
    server.add_user("balti", "balti-password", role="regional", regions=["MD-BA"])
    server.add_user("north", "north-password", role="regional", regions=["MD-BA", "MD-ED"])
    return {name: server.api(name, f"{name}-password")
            for name in ("bureau", "cahul", "balti", "north")}


def test_regional_user_never_receives_another_regions_records(
    users: dict[str, ApiSession],
) -> None:
    bureau = users["bureau"]
    own, other, national = new_id(), new_id(), new_id()
    push(bureau, [change(own, region="MD-CA"), change(other, region="MD-BA"),
                  change(national, region=None, entity="region",
                         fields={"code": "MD-CA", "name": "Cahul"})])
    records, _ = pull_all(users["cahul"])
    seen = {r["record_id"] for r in records}
    assert own in seen and national in seen and other not in seen
    assert all(r["region_code"] in (None, "MD-CA") for r in records)
    seen_balti = {r["record_id"] for r in pull_all(users["balti"])[0]}
    assert other in seen_balti and own not in seen_balti and national in seen_balti


def test_national_people_stay_with_the_bureau(users: dict[str, ApiSession]) -> None:
    """A candidate without a region is a person, not reference data: regional offices never
    receive them (nor their consents), while a national association still reaches them."""
    bureau = users["bureau"]
    person, consent, association = new_id(), new_id(), new_id()
    push(bureau, [change(person, region=None, entity="candidate", fields={"name": "Ana"}),
                  change(consent, region=None, entity="consent",
                         fields={"candidate_id": person}),
                  change(association, region=None)])
    seen = {r["record_id"] for r in pull_all(users["cahul"])[0]}
    assert association in seen and person not in seen and consent not in seen
    assert {person, consent} <= {r["record_id"] for r in pull_all(bureau)[0]}
    # Moved into Cahul, the person reaches Cahul; moved back to national, Cahul gets a removal.
    push(bureau, [change(person, region="MD-CA", base=1, entity="candidate",
                         fields={"name": "Ana"})])
    assert person in {r["record_id"] for r in pull_all(users["cahul"])[0]}
    _, since = pull_all(users["cahul"])
    push(bureau, [change(person, region=None, base=2, entity="candidate",
                         fields={"name": "Ana"})])
    records, _ = pull_all(users["cahul"], since=since)
    assert [(r["record_id"], r.get("removed")) for r in records
            if r["record_id"] == person] == [(person, True)]


def test_push_into_another_region_is_refused_and_the_rest_of_the_batch_kept(
    users: dict[str, ApiSession],
) -> None:
    cahul = users["cahul"]
    mine_1, theirs, mine_2 = change(region="MD-CA"), change(region="MD-BA"), change(
        region="MD-CA")
    results = push(cahul, [mine_1, theirs, mine_2], expect=403)
    assert [r["status"] for r in results] == ["applied", "forbidden", "applied"]
    assert "MD-CA" in results[1]["message"] and results[1]["record"] is None
    pulled = {r["record_id"] for r in pull_all(cahul)[0]}
    assert mine_1["record_id"] in pulled and mine_2["record_id"] in pulled
    assert theirs["record_id"] not in pulled
    assert theirs["record_id"] not in {r["record_id"] for r in pull_all(users["bureau"])[0]}


def test_changing_another_regions_record_is_refused_without_revealing_it(
    users: dict[str, ApiSession],
) -> None:
    rid = new_id()
    push(users["bureau"], [change(rid, region="MD-BA", fields={"name": "secret"})])
    # Same id, claiming Cahul: the server knows it belongs to Bălți.
    [result] = push(users["cahul"], [change(rid, region="MD-CA", base=1)], expect=403)
    assert result["status"] == "forbidden" and result["record"] is None
    # The refusal does not say where the record lives (anyone knowing an id would learn it).
    assert "not in your regions" in result["message"] and "MD-BA" not in result["message"]
    assert "MD-BA" not in json.dumps(result)


def test_national_records_are_read_only_for_regional_users(
    users: dict[str, ApiSession],
) -> None:
    rid = new_id()
    push(users["bureau"], [change(rid, region=None, entity="region",
                                  fields={"code": "MD-ED", "name": "Edineț"})])
    [result] = push(users["cahul"], [change(rid, region=None, base=1, entity="region",
                                            fields={"code": "MD-ED", "name": "X"})], expect=403)
    assert result["status"] == "forbidden" and "read-only" in result["message"]
    assert result["record"]["fields"]["name"] == "Edineț"  # they may see it, not change it
    [new] = push(users["cahul"], [change(region=None)], expect=403)
    assert new["status"] == "forbidden" and "national" in new["message"]


def test_moving_a_record_out_of_ones_region_is_refused(users: dict[str, ApiSession]) -> None:
    cahul = users["cahul"]
    rid = new_id()
    push(cahul, [change(rid, region="MD-CA")])
    [result] = push(cahul, [change(rid, region="MD-BA", base=1)], expect=403)
    assert result["status"] == "forbidden" and "Moving" in result["message"]
    assert result["record"]["region_code"] == "MD-CA"
    [national] = push(cahul, [change(rid, region=None, base=1)], expect=403)
    assert national["status"] == "forbidden"


def test_record_moved_by_the_bureau_reaches_the_old_region_as_a_removal(
    users: dict[str, ApiSession],
) -> None:
    bureau, cahul, balti, north = (users[n] for n in ("bureau", "cahul", "balti", "north"))
    rid = new_id()
    push(bureau, [change(rid, region="MD-CA", fields={"name": "moving"})])
    cahul_before, cahul_cursor = pull_all(cahul)
    assert ("association", rid) in latest(cahul_before)
    _, balti_cursor = pull_all(balti)
    _, north_cursor = pull_all(north)

    [moved] = push(bureau, [change(rid, region="MD-BA", base=1, fields={"name": "moving"})])
    assert moved["status"] == "applied"

    cahul_after, _ = pull_all(cahul, cahul_cursor)
    removal = [r for r in cahul_after if r["record_id"] == rid]
    assert len(removal) == 1 and removal[0]["removed"] is True
    assert removal[0]["fields"] == {} and removal[0]["region_code"] == "MD-CA"
    assert ("association", rid) not in latest(cahul_before + cahul_after)

    balti_after, _ = pull_all(balti, balti_cursor)
    assert [r["removed"] for r in balti_after if r["record_id"] == rid] == [False]

    # A user of both old and new scope? North covers MD-BA only, so it simply receives it.
    north_after, _ = pull_all(north, north_cursor)
    assert [r["removed"] for r in north_after if r["record_id"] == rid] == [False]

    # Moved on again (Bălți → Edineț): North keeps seeing it, Bălți gets its removal, and a
    # Cahul office that never pulled in between ends up without it too.
    push(bureau, [change(rid, region="MD-ED", base=2, fields={"name": "moving"})])
    assert [r["removed"] for r in pull_all(north, north_cursor)[0]
            if r["record_id"] == rid] == [False]
    assert ("association", rid) not in latest(pull_all(balti)[0])
    assert ("association", rid) not in latest(pull_all(cahul)[0])

    # And back into Cahul: it arrives again after its removal.
    push(bureau, [change(rid, region="MD-CA", base=3, fields={"name": "back"})])
    again = latest(pull_all(cahul, cahul_cursor)[0])
    assert again[("association", rid)]["fields"]["name"] == "back"


def test_national_record_moved_into_a_region_leaves_other_regions(
    users: dict[str, ApiSession],
) -> None:
    bureau, cahul, balti = users["bureau"], users["cahul"], users["balti"]
    rid = new_id()
    push(bureau, [change(rid, region=None, fields={"name": "national"})])
    assert ("association", rid) in latest(pull_all(balti)[0])
    push(bureau, [change(rid, region="MD-CA", base=1, fields={"name": "national"})])
    assert ("association", rid) not in latest(pull_all(balti)[0])
    assert ("association", rid) in latest(pull_all(cahul)[0])


def test_admin_endpoints_are_for_admins_only(users: dict[str, ApiSession]) -> None:
    response = users["bureau"].get("/admin/users")
    assert response.status_code == 403 and "administrators" in response.json()["detail"]


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_small_pages_mixing_records_and_removals_give_the_same_result(
    users: dict[str, ApiSession], limit: int,
) -> None:
    bureau, north = users["bureau"], users["north"]
    _, start = pull_all(north)
    ids = [new_id() for _ in range(6)]
    push(bureau, [change(rid, region="MD-BA", fields={"i": i}) for i, rid in enumerate(ids)])
    # Move every other record away (a removal for North), one of them back again.
    push(bureau, [change(rid, region="MD-CA", base=1, fields={"i": i})
                  for i, rid in enumerate(ids) if i % 2 == 0])
    push(bureau, [change(ids[2], region="MD-ED", base=2, fields={"i": 2})])
    whole, end = pull_all(north, start, limit=1000)
    paged, paged_end = pull_all(north, start, limit=limit)
    assert latest(paged) == latest(whole)
    assert paged_end == end
    assert set(latest(whole)) == {("association", ids[i]) for i in (1, 2, 3, 5)}
    seqs = [r["server_seq"] for r in paged]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))


def test_merge_and_conflict_answers_hide_values_of_versions_from_another_scope(
    users: dict[str, ApiSession],
) -> None:
    """A Cahul push based on the version from when the record was Bălți's gets a conflict
    answer without that version's values; the bureau, who could read it, gets them."""
    bureau, cahul = users["bureau"], users["cahul"]
    rid = new_id()
    push(bureau, [change(rid, region="MD-BA", fields={"name": "secret-ba", "city": "Bălți"})])
    push(bureau, [change(rid, region="MD-CA", base=1, fields={"name": "public", "city": "Cahul"})])
    stale = change(rid, region="MD-CA", base=1, fields={"name": "mine", "city": "Cahul"})
    response = cahul.post("/sync/push", json={"device_id": "cahul-1", "changes": [stale]})
    assert response.status_code == 200
    assert "secret-ba" not in response.text and "Bălți" not in response.text
    [result] = response.json()["results"]
    assert result["status"] == "conflict"
    assert result["conflicts"] == [{"field": "name", "base": None, "mine": "mine",
                                    "theirs": "public"}]
    # Sent again (same change id), the stored answer is as discreet.
    again = cahul.post("/sync/push", json={"device_id": "cahul-1", "changes": [stale]})
    assert "secret-ba" not in again.text and again.json()["results"][0]["conflicts"] == \
        result["conflicts"]
    # A merge without clashes shows only the merged (current, readable) version.
    merged = push(cahul, [change(rid, region="MD-CA", base=1,
                                 fields={"name": "public", "city": "Cahul", "extra": 1})])
    assert merged[0]["status"] == "merged" and "secret-ba" not in json.dumps(merged)
    # The bureau could read the Bălți version, so its answer names the base value.
    [theirs] = push(bureau, [change(rid, region="MD-CA", base=1,
                                    fields={"name": "bureau", "city": "Bălți"})])
    assert theirs["status"] == "conflict"
    assert {"field": "name", "base": "secret-ba", "mine": "bureau",
            "theirs": "public"} in theirs["conflicts"]
