"""The invariant of issue 11, checked after every scenario, and the figures a scenario counts.

What "nothing was lost" means here, concretely:

- **lost edits**: a tracked field whose last typed value (or the value chosen in a conflict
  dialog) is not what the server holds, or a record that is deleted when it should be live (or
  the other way round);
- **duplicates**: a ``change_id`` applied twice in the server's history, or two association
  records with one name (every record a scenario creates has a unique name);
- **self-conflicts**: a conflict raised on anything other than a field two offices really
  typed different values into (the server's own list of raised conflicts is the witness, so a
  conflict whose answer was lost counts too);
- **divergence**: a desktop whose records (fields, home region, deleted or not, version) differ
  from the server's records that its user may see, or with outbox entries or open conflicts
  left after the final clean syncs;
- ``PRAGMA integrity_check`` other than ``ok`` on a desktop file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, text

from desktop.services.sync.codec import codec
from desktop.services.sync.storage import State, state_from_row
from sync.merge import same
from sync.server.scope import NATIONAL_PRIVATE
from tests.server_harness import ServerProcess
from tests.sync.faults.desks import Desk, Snapshot


@dataclass
class Tally:
    """Figures of one or more scenarios (summed by the soak into docs/RELIABILITY.md)."""

    syncs: int = 0
    syncs_interrupted: int = 0
    cuts: int = 0
    desktop_kills: int = 0
    server_kills: int = 0
    edits: int = 0
    conflicts_expected: int = 0
    losses: list[str] = field(default_factory=list)
    self_conflicts: list[str] = field(default_factory=list)
    missing_conflicts: list[str] = field(default_factory=list)
    """Two offices typed different values into one field and no conflict kept both."""
    duplicates: list[str] = field(default_factory=list)
    divergences: list[str] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Unexpected exceptions, or a sync that should have ridden out an outage and did not."""

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, list):
                mine.extend(value)
            else:
                setattr(self, name, mine + value)

    def problems(self) -> list[str]:
        out: list[str] = []
        for label, items in (("lost edit", self.losses), ("self-conflict", self.self_conflicts),
                             ("missing conflict", self.missing_conflicts),
                             ("duplicate", self.duplicates), ("divergence", self.divergences),
                             ("integrity", self.integrity), ("error", self.errors)):
            out.extend(f"{label}: {item}" for item in items)
        return out

    def summary(self) -> str:
        return (f"syncs={self.syncs} interrupted={self.syncs_interrupted} cuts={self.cuts} "
                f"desktop_kills={self.desktop_kills} server_kills={self.server_kills} "
                f"edits={self.edits} conflicts_expected={self.conflicts_expected} "
                f"self_conflicts={len(self.self_conflicts)} losses={len(self.losses)} "
                f"missing_conflicts={len(self.missing_conflicts)} "
                f"duplicates={len(self.duplicates)} divergences={len(self.divergences)} "
                f"integrity={len(self.integrity)} errors={len(self.errors)}")


@dataclass
class Truth:
    """What the users typed, record by record: the value each tracked field must end with."""

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: dict[str, bool] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def created(self, record_id: str, name: str, values: dict[str, Any]) -> None:
        self.values[record_id] = dict(values)
        self.deleted[record_id] = False
        self.names[record_id] = name


@dataclass(frozen=True)
class RaisedConflict:
    """One conflict the server raised (its ``conflicts`` table keeps every one)."""

    row_id: int
    username: str
    record_id: str
    clashes: tuple[tuple[str, Any, Any], ...]
    """(field, mine, theirs) per clashing field."""


class ServerView:
    """Reads the server's database directly (SQLite file or PostgreSQL database)."""

    def __init__(self, server: ServerProcess) -> None:
        self.engine = create_engine(server.db_url)

    def close(self) -> None:
        self.engine.dispose()

    def snapshot(self, region: str = "") -> Snapshot:
        """Records as a desktop would store them; for a regional user only those it may see."""
        out: Snapshot = {}
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT entity, record_id, region_code, version, created_at, updated_at, "
                "deleted_at, fields FROM records")).all()
        for entity, record_id, region_code, version, created, updated, deleted, fields in rows:
            if region and (region_code != region if region_code is not None
                           else entity in NATIONAL_PRIVATE):
                continue
            c = codec(entity)
            raw = c.row_from_record(record_id, region_code, created, updated, int(version),
                                    deleted, json.loads(fields))
            out[(entity, record_id)] = (state_from_row(c, raw), int(version))
        return out

    def conflicts(self, after_id: int = 0) -> list[RaisedConflict]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT id, username, record_id, clashes FROM conflicts WHERE id > :after "
                "ORDER BY id"), {"after": after_id}).all()
        return [RaisedConflict(int(row_id), username, record_id, tuple(
            (c["field"], c.get("mine"), c.get("theirs")) for c in json.loads(clashes)))
            for row_id, username, record_id, clashes in rows]

    def duplicates(self) -> list[str]:
        out: list[str] = []
        with self.engine.connect() as conn:
            for change_id, count in conn.execute(text(
                    "SELECT change_id, COUNT(*) FROM record_history WHERE change_id IS NOT NULL "
                    "GROUP BY change_id HAVING COUNT(*) > 1")):
                out.append(f"change {change_id} applied {count} times")
            names: dict[str, int] = {}
            for (fields,) in conn.execute(text(
                    "SELECT fields FROM records WHERE entity = 'association'")):
                name = json.loads(fields).get("name", "")
                names[name] = names.get(name, 0) + 1
        out.extend(f"{count} associations named {name!r}" for name, count in names.items()
                   if count > 1)
        return out


def _deleted(state: State) -> bool:
    return state.deleted_at is not None


def check_truth(view: ServerView, truth: Truth, tally: Tally, where: str,
                only: set[str] | None = None) -> None:
    """Every tracked record (of ``only`` if given) on the server holds the last typed values
    (and deletedness)."""
    server = view.snapshot()
    for record_id, values in truth.values.items():
        if only is not None and record_id not in only:
            continue
        got = server.get(("association", record_id))
        name = truth.names[record_id]
        if got is None:
            tally.losses.append(f"{where}: {name!r} ({record_id}) never reached the server")
            continue
        state = got[0]
        if _deleted(state) != truth.deleted[record_id]:
            tally.losses.append(
                f"{where}: {name!r} ({record_id}) is {'deleted' if _deleted(state) else 'live'}"
                f" on the server; last action left it "
                f"{'deleted' if truth.deleted[record_id] else 'live'}")
        for key, value in values.items():
            if not same(state.fields.get(key), value):
                tally.losses.append(
                    f"{where}: {name!r} ({record_id}) {key}: server has "
                    f"{state.fields.get(key)!r}, last typed {value!r}")
    on_server = sum(1 for entity, _rid in server if entity == "association")
    if on_server != len(truth.values):
        tally.duplicates.append(
            f"{where}: {on_server} associations on the server, {len(truth.values)} created")


def check_desks(view: ServerView, desks: Sequence[Desk], tally: Tally, where: str) -> None:
    """Each desktop equals the server (in its scope), has nothing pending, and is intact."""
    for desk in desks:
        server = view.snapshot(desk.region)
        local = desk.snapshot()
        label = f"{where}: desk {desk.name}"
        prefilled = desk.prefilled_unsynced()
        for key in sorted(set(server) | set(local)):
            theirs, mine = server.get(key), local.get(key)
            if theirs is None and key in prefilled:
                continue  # reference data pre-filled here, never typed: never pushed
            if theirs is None or mine is None:
                where_only = "here" if theirs is None else "on the server"
                tally.divergences.append(f"{label}: {key[0]} {key[1]} only {where_only}")
                continue
            problems = _state_differences(mine[0], theirs[0])
            if mine[1] != theirs[1]:
                problems.append(f"version {mine[1]} vs server {theirs[1]}")
            if problems:
                tally.divergences.append(f"{label}: {key[0]} {key[1]}: " + "; ".join(problems))
        left = desk.outbox()
        if left:
            tally.divergences.append(f"{label}: {len(left)} outbox entries left: {left[:3]}")
        result = desk.integrity()
        if result != "ok":
            tally.integrity.append(f"{label}: integrity_check says {result}")


def _state_differences(mine: State, theirs: State) -> list[str]:
    out: list[str] = []
    if mine.region_code != theirs.region_code:
        out.append(f"region {mine.region_code!r} vs server {theirs.region_code!r}")
    if _deleted(mine) != _deleted(theirs):
        out.append(f"deleted {_deleted(mine)} vs server {_deleted(theirs)}")
    for key in sorted(set(mine.fields) | set(theirs.fields)):
        if not same(mine.fields.get(key), theirs.fields.get(key)):
            out.append(f"{key} {mine.fields.get(key)!r} vs server {theirs.fields.get(key)!r}")
    return out


def classify_conflicts(raised: Iterable[RaisedConflict], allowed: dict[tuple[str, str], Any],
                       typed_by: dict[str, dict[tuple[str, str], set[Any]]], tally: Tally,
                       where: str) -> None:
    """Count each raised conflict as expected or as a self-conflict.

    ``allowed`` holds the (record id, field) pairs two offices really typed different values
    into; ``typed_by[username]`` the values each user typed per (record id, field). A conflict is
    a self-conflict when it names any other field, or when the server's side ("theirs") is a
    value the same user typed (the device clashing with its own earlier edit).
    """
    for conflict in raised:
        own = typed_by.get(conflict.username, {})
        bad: list[str] = []
        for name, mine, theirs in conflict.clashes:
            key = (conflict.record_id, name)
            if key not in allowed:
                bad.append(f"{name}: mine {mine!r}, theirs {theirs!r} (only one office edited "
                           "it)")
            elif name != "deleted_at" and theirs in own.get(key, set()):
                bad.append(f"{name}: theirs {theirs!r} is this office's own earlier value")
        if bad:
            tally.self_conflicts.append(
                f"{where}: user {conflict.username}, record {conflict.record_id}: "
                + "; ".join(bad))
        else:
            tally.conflicts_expected += 1
