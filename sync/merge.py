"""Three-way merge of one record's state: the edit a device pushes against the server's version.

A pure function so that the server, the tests and (if it wants) the desktop agree on the rule:
per field, a side that left the base value alone yields to the side that changed it; both sides
making the same change agree; both sides changing the field to different values is a conflict,
and then the merged state keeps the server's value ("theirs") and the conflict carries all three
values, so that nothing typed by anyone is lost.

Besides the record's fields, two pieces of the record envelope merge the same way: its home
region (pseudo-field ``region_code``) and whether it is deleted (pseudo-field ``deleted_at``,
compared as deleted / not deleted, so that two deletions at different times agree). A deletion
on one side and a field edit on the other is a conflict on ``deleted_at``: deleting a record
someone else has just edited would hide their edit.

Values compare strictly as JSON: ``1``, ``1.0`` and ``true`` are three different values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sync.protocol import DELETED_FIELD, REGION_FIELD


class _Missing:
    """A field absent on one side (distinct from a field present with ``None``)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
_NO_BASE: Any = object()
"""Stands for the base value when no common base is known."""


def same(a: Any, b: Any) -> bool:
    """Strict JSON equality: types must agree (``True`` is not ``1``), recursively."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def same_fields(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)


@dataclass(frozen=True)
class FieldClash:
    """A field both sides changed to different values (``MISSING`` is ``None`` on the wire)."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class RecordState:
    """What merges: the user fields and the envelope (home region, tombstone)."""

    fields: Mapping[str, Any]
    region_code: str | None = None
    deleted_at: str | None = None


@dataclass(frozen=True)
class MergeResult:
    state: RecordState
    """The merged state; on a clash it holds the server's value for that field."""
    conflicts: tuple[FieldClash, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.conflicts


def merge_fields(
    base: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, Any], list[FieldClash]]:
    """Merge two field maps that both started from ``base`` (``None``: no common base known).

    Without a base, every field on which the two sides differ is a clash: both sides "added" it.
    A field missing on one side counts as a value of its own (``MISSING``), so a field one side
    dropped and the other left alone is dropped.
    """
    base_map: Mapping[str, Any] = base if base is not None else {}
    merged: dict[str, Any] = {}
    clashes: list[FieldClash] = []
    keys = list(theirs)
    keys += [k for k in mine if k not in theirs]
    if base is not None:
        keys += [k for k in base_map if k not in theirs and k not in mine]
    for key in keys:
        b = base_map.get(key, MISSING) if base is not None else _NO_BASE
        m = mine.get(key, MISSING)
        t = theirs.get(key, MISSING)
        if same(m, t) or (b is not _NO_BASE and same(m, b)):
            value = t
        elif b is not _NO_BASE and same(t, b):
            value = m
        else:
            value = t
            base_value = None if b is MISSING or b is _NO_BASE else b
            clashes.append(FieldClash(key, base_value, _wire(m), _wire(t)))
        if value is not MISSING:
            merged[key] = value
    return merged, clashes


def merge_records(base: RecordState | None, mine: RecordState, theirs: RecordState) -> MergeResult:
    """Merge a pushed state (``mine``) into the server's (``theirs``) against their common base."""
    fields, clashes = merge_fields(base.fields if base else None, mine.fields, theirs.fields)

    # Home region: an ordinary three-way value.
    region, region_clash = _merge_value(
        REGION_FIELD,
        base.region_code if base else _NO_BASE,
        mine.region_code,
        theirs.region_code,
    )
    if region_clash:
        clashes.append(region_clash)

    # Tombstone: compared as deleted or not; an edit on the other side blocks a deletion.
    mine_del, theirs_del = mine.deleted_at is not None, theirs.deleted_at is not None
    base_del: Any = (base.deleted_at is not None) if base else _NO_BASE
    deleted_at = theirs.deleted_at
    if mine_del != theirs_del:
        if base_del is _NO_BASE:
            deletion_clash = True
        elif mine_del == base_del:  # only theirs changed the tombstone
            deletion_clash = _edited(base, mine)
        else:  # only mine changed it
            deletion_clash = _edited(base, theirs)
            if not deletion_clash:
                deleted_at = mine.deleted_at
        if deletion_clash:
            clashes.append(FieldClash(
                DELETED_FIELD,
                base.deleted_at if base else None,
                mine.deleted_at,
                theirs.deleted_at,
            ))
            deleted_at = theirs.deleted_at
    return MergeResult(RecordState(fields, region, deleted_at), tuple(clashes))



def _wire(value: Any) -> Any:
    return None if value is MISSING else value


def _edited(base: RecordState | None, side: RecordState) -> bool:
    """Whether ``side`` changed any field or the region since ``base``."""
    if base is None:
        return True
    return not same_fields(base.fields, side.fields) or base.region_code != side.region_code


def _merge_value(name: str, b: Any, m: Any, t: Any) -> tuple[Any, FieldClash | None]:
    if same(m, t):
        return t, None
    if b is not _NO_BASE and same(m, b):
        return t, None
    if b is not _NO_BASE and same(t, b):
        return m, None
    return t, FieldClash(name, None if b is _NO_BASE else b, m, t)
