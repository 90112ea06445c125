"""The three-way merge: examples for each rule, and properties that must hold for any input."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.merge import RecordState, merge_fields, merge_records, same

BASE = {"name": "Asociația Moldovenilor", "city": "Paris", "members": 40, "areas": ["trade"]}


def test_disjoint_edits_take_both_sides() -> None:
    mine = {**BASE, "city": "Lyon"}
    theirs = {**BASE, "members": 55}
    merged, clashes = merge_fields(BASE, mine, theirs)
    assert clashes == []
    assert merged == {**BASE, "city": "Lyon", "members": 55}


def test_same_field_to_different_values_is_a_conflict_keeping_theirs() -> None:
    merged, clashes = merge_fields(BASE, {**BASE, "city": "Lyon"}, {**BASE, "city": "Nice"})
    assert merged["city"] == "Nice"
    assert [(c.field, c.base, c.mine, c.theirs) for c in clashes] == [
        ("city", "Paris", "Lyon", "Nice")
    ]


def test_identical_edits_agree() -> None:
    merged, clashes = merge_fields(BASE, {**BASE, "city": "Lyon"}, {**BASE, "city": "Lyon"})
    assert clashes == [] and merged["city"] == "Lyon"


def test_values_compare_strictly_as_json() -> None:
    base = {"flag": 1}
    _, clashes = merge_fields(base, {"flag": True}, {"flag": 1.0})
    assert [c.field for c in clashes] == ["flag"]
    assert not same(1, True) and not same(1, 1.0) and same([1, {"a": None}], [1, {"a": None}])


def test_added_and_removed_fields() -> None:
    merged, clashes = merge_fields(BASE, {**BASE, "website": "https://a.md"},
                                   {k: v for k, v in BASE.items() if k != "areas"})
    assert clashes == []
    assert merged == {"name": BASE["name"], "city": "Paris", "members": 40,
                      "website": "https://a.md"}


def test_no_base_means_every_difference_is_a_conflict() -> None:
    merged, clashes = merge_fields(None, {"code": "MD-CU", "name": "Cahul"},
                                   {"code": "MD-CU", "name": "Cahul district"})
    assert [(c.field, c.base) for c in clashes] == [("name", None)]
    assert merged == {"code": "MD-CU", "name": "Cahul district"}


def test_region_moves_merge_like_fields() -> None:
    base = RecordState(BASE, "MD-CU")
    moved = merge_records(base, RecordState(BASE, "MD-BA"), RecordState({**BASE, "city": "Nice"},
                                                                        "MD-CU"))
    assert moved.ok and moved.state.region_code == "MD-BA" and moved.state.fields["city"] == "Nice"
    both = merge_records(base, RecordState(BASE, "MD-BA"), RecordState(BASE, "MD-OR"))
    assert [(c.field, c.base, c.mine, c.theirs) for c in both.conflicts] == [
        ("region_code", "MD-CU", "MD-BA", "MD-OR")
    ]


def test_delete_against_an_edit_is_a_conflict() -> None:
    base = RecordState(BASE, "MD-CU")
    deleted = RecordState(BASE, "MD-CU", "2026-01-02T00:00:00.000000+00:00")
    edited = RecordState({**BASE, "city": "Lyon"}, "MD-CU")
    result = merge_records(base, deleted, edited)
    assert [c.field for c in result.conflicts] == ["deleted_at"]
    assert result.state.deleted_at is None  # the server's (edited, alive) version stays
    result = merge_records(base, edited, deleted)
    assert [c.field for c in result.conflicts] == ["deleted_at"]
    assert result.state.deleted_at is not None


def test_delete_against_an_untouched_record_applies_and_two_deletes_agree() -> None:
    base = RecordState(BASE, "MD-CU")
    deleted = RecordState(BASE, "MD-CU", "2026-01-02T00:00:00.000000+00:00")
    result = merge_records(base, deleted, base)
    assert result.ok and result.state.deleted_at == deleted.deleted_at
    other = RecordState(BASE, "MD-CU", "2026-03-04T00:00:00.000000+00:00")
    result = merge_records(base, deleted, other)
    assert result.ok and result.state.deleted_at == other.deleted_at


# ---------------------------------------------------------------------------------------------
# Properties

KEYS = st.sampled_from(["name", "city", "members", "areas", "email", "notes"])
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=4),
    st.lists(st.integers(0, 3), max_size=3),
)
FIELD_MAPS = st.dictionaries(KEYS, VALUES, max_size=6)
# The machine is shared: never fail on generation speed, only on wrong merges.
relaxed = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _edit(base: dict[str, Any], edits: dict[str, Any], drops: list[str]) -> dict[str, Any]:
    out = {**base, **edits}
    for key in drops:
        out.pop(key, None)
    return out


@relaxed
@given(FIELD_MAPS, FIELD_MAPS)
def test_one_sided_edits_never_conflict(base: dict[str, Any], other: dict[str, Any]) -> None:
    merged, clashes = merge_fields(base, other, base)
    assert clashes == [] and merged == other
    merged, clashes = merge_fields(base, base, other)
    assert clashes == [] and merged == other


@relaxed
@given(FIELD_MAPS, FIELD_MAPS)
def test_identical_edits_never_conflict(base: dict[str, Any], edited: dict[str, Any]) -> None:
    merged, clashes = merge_fields(base, edited, edited)
    assert clashes == [] and same(merged, edited)


@relaxed
@given(FIELD_MAPS, st.dictionaries(KEYS, VALUES), st.dictionaries(KEYS, VALUES))
def test_disjoint_edits_merge_without_loss(base: dict[str, Any], mine_edits: dict[str, Any],
                                           their_edits: dict[str, Any]) -> None:
    their_edits = {k: v for k, v in their_edits.items() if k not in mine_edits}
    mine, theirs = _edit(base, mine_edits, []), _edit(base, their_edits, [])
    merged, clashes = merge_fields(base, mine, theirs)
    assert clashes == []
    for key, value in mine_edits.items():
        assert same(merged[key], value)
    for key, value in their_edits.items():
        assert same(merged[key], value)


@relaxed
@given(FIELD_MAPS, FIELD_MAPS, FIELD_MAPS)
def test_conflicts_are_symmetric_and_keep_every_value(base: dict[str, Any], mine: dict[str, Any],
                                                      theirs: dict[str, Any]) -> None:
    merged, clashes = merge_fields(base, mine, theirs)
    swapped_merged, swapped = merge_fields(base, theirs, mine)
    assert {c.field for c in clashes} == {c.field for c in swapped}
    for clash in clashes:
        # Both values are reported; the merged state keeps the server's.
        assert same(clash.mine, mine.get(clash.field)) and same(clash.theirs,
                                                               theirs.get(clash.field))
        assert same(merged.get(clash.field), theirs.get(clash.field))
    clashing = {c.field for c in clashes}
    for key, value in merged.items():
        # Every merged value comes from one of the two sides, never invented.
        assert same(value, mine.get(key)) or same(value, theirs.get(key))
        if key not in clashing:
            assert same(value, swapped_merged.get(key))


@relaxed
@given(FIELD_MAPS, FIELD_MAPS)
def test_merge_is_idempotent(base: dict[str, Any], theirs: dict[str, Any]) -> None:
    """Pushing the merged result again (with the old base) changes nothing more."""
    merged, _ = merge_fields(base, theirs, theirs)
    again, clashes = merge_fields(base, merged, theirs)
    assert clashes == [] and same(again, theirs)
