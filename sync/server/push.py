"""Applying a pushed batch of changes: idempotent, merged, scoped, in one transaction.

Ordering and gap safety: the batch's transaction first locks the single counter row (``SELECT …
FOR UPDATE`` on PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite) and holds it until commit. Writers
therefore take turns, and ``server_seq`` values become visible in increasing order: a reader
that sees seq N has also seen every committed seq below N, so a pull never skips a record that
commits late. Holding the lock across the batch also makes a retried push that races its own
first attempt wait and then find the first attempt's results.

A batch is processed with bulk reads (seen change ids, current records, the merge bases) and bulk
writes, never one query per change. A crash before commit leaves nothing behind; the client
retries with the same change ids and gets one application, not two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from sync.merge import FieldClash, RecordState, merge_records, same_fields
from sync.protocol import Change, format_timestamp
from sync.server import audit, models
from sync.server.auth import CurrentUser
from sync.server.clock import utcnow
from sync.server.db import writer
from sync.server.identity import read_identity
from sync.server.records import StoredRecord, dump_fields
from sync.server.scope import can_read, write_refusal

REUSED_CHANGE_ID = (
    "This change id was already used by another account; the change was not applied."
)


@dataclass
class PushOutcome:
    body: bytes
    forbidden: bool


@dataclass
class _Result:
    meta: dict[str, Any]
    record: StoredRecord | None = None
    replay_version: int | None = None
    """For a replayed result: the version whose history row is the result's record."""

    _meta_json: str | None = None

    def meta_json(self) -> str:
        if self._meta_json is None:
            self._meta_json = json.dumps(self.meta, ensure_ascii=False, separators=(",", ":"))
        return self._meta_json

    def to_json(self) -> str:
        record = self.record.to_json() if self.record is not None else "null"
        return self.meta_json()[:-1] + ',"record":' + record + "}"


def _meta(change: Change, status: str, record: StoredRecord | None = None,
          conflicts: Sequence[FieldClash] = (), message: str | None = None) -> dict[str, Any]:
    return {
        "change_id": change.change_id, "entity": change.entity, "record_id": change.record_id,
        "status": status,
        "version": record.version if record is not None else None,
        "server_seq": record.server_seq if record is not None else None,
        "conflicts": [{"field": c.field, "base": c.base, "mine": c.mine, "theirs": c.theirs}
                      for c in conflicts],
        "message": message,
    }


def _chunks(items: Sequence[Any], size: int = 400) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _ts(value: Any) -> str | None:
    return None if value is None else format_timestamp(value)


def _same_state(a: RecordState, b: RecordState) -> bool:
    return (a.region_code == b.region_code
            and (a.deleted_at is None) == (b.deleted_at is None)
            and same_fields(a.fields, b.fields))


def _load_history(conn: Connection, wanted: set[tuple[str, str, int]]
                  ) -> dict[tuple[str, str, int], StoredRecord]:
    h = models.record_history
    found: dict[tuple[str, str, int], StoredRecord] = {}
    for chunk in _chunks(sorted(wanted)):
        # Probe the primary key by record id; a row-value IN would scan the table on SQLite.
        rows = conn.execute(
            select(h.c.entity, h.c.record_id, h.c.region_code, h.c.version, h.c.server_seq,
                   h.c.created_at, h.c.updated_at, h.c.deleted_at, h.c.fields)
            .where(h.c.record_id.in_(sorted({rid for _, rid, _ in chunk})),
                   h.c.version.in_(sorted({version for _, _, version in chunk})))
        )
        for row in rows:
            key = (row.entity, row.record_id, int(row.version))
            if key in wanted:
                found[key] = StoredRecord.from_row(row)
    return found


def push_changes(engine: Engine, user: CurrentUser, device_id: str,
                 changes: Sequence[Change], address: str = "") -> PushOutcome:
    """Apply ``changes`` for ``user`` and return the response body (results in request order).

    ``address`` (the client's) goes into the audit log entry of an erasure.
    """
    now = format_timestamp(utcnow())
    r = models.records
    with writer(engine).begin() as conn:
        last_seq = int(conn.execute(
            select(models.counter.c.last_seq).where(models.counter.c.id == 1).with_for_update()
        ).scalar_one())
        first_seq = last_seq

        ids = sorted({c.change_id for c in changes})
        seen: dict[str, Any] = {}
        for chunk in _chunks(ids):
            for row in conn.execute(select(models.processed_changes)
                                    .where(models.processed_changes.c.change_id.in_(chunk))):
                seen[row.change_id] = row

        keys = {(c.entity, c.record_id) for c in changes}
        current: dict[tuple[str, str], StoredRecord] = {}
        for chunk in _chunks(sorted({rid for _, rid in keys})):
            for row in conn.execute(
                select(r.c.entity, r.c.record_id, r.c.region_code, r.c.version, r.c.server_seq,
                       r.c.created_at, r.c.updated_at, r.c.deleted_at, r.c.fields)
                .where(r.c.record_id.in_(chunk))
            ):
                if (row.entity, row.record_id) in keys:
                    rec = StoredRecord.from_row(row)
                    current[rec.key] = rec

        restored = _restored_versions(conn, [c for c in changes if c.change_id not in seen
                                             and c.recover_version is not None])
        bases = _load_history(conn, {
            (c.entity, c.record_id, c.base_version) for c in changes
            if c.change_id not in seen and c.base_version is not None
            and (cur := current.get((c.entity, c.record_id))) is not None
            and cur.version != c.base_version
        })

        inserts: dict[tuple[str, str], StoredRecord] = {}
        updates: dict[tuple[str, str], StoredRecord] = {}
        history_rows: list[dict[str, Any]] = []
        exit_rows: list[dict[str, Any]] = []
        conflict_rows: list[dict[str, Any]] = []
        processed_rows: list[dict[str, Any]] = []
        erasures: list[StoredRecord] = []
        resolved: dict[tuple[str, str], str] = {}
        done: dict[str, _Result] = {}
        results: list[_Result] = []
        forbidden = False

        for change in changes:
            key = (change.entity, change.record_id)
            if change.change_id in done:
                results.append(done[change.change_id])
                continue
            stored = seen.get(change.change_id)
            if stored is not None:
                if stored.username != user.username:
                    results.append(_Result(_meta(change, "invalid", message=REUSED_CHANGE_ID)))
                    continue
                meta = json.loads(stored.result)
                replay = _Result(meta, replay_version=meta.get("version"))
                done[change.change_id] = replay
                results.append(replay)
                continue

            cur = current.get(key)
            refusal = write_refusal(user, cur.region_code if cur else None, cur is not None,
                                    change.region_code)
            if refusal is not None:
                forbidden = True
                visible = cur if cur is not None and can_read(user, cur.region_code, cur.entity) \
                    else None
                results.append(_Result(_meta(change, "forbidden", visible, message=refusal),
                                       visible))
                continue

            proposal = RecordState(change.fields, change.region_code, _ts(change.deleted_at))
            clashes: tuple[FieldClash, ...] = ()
            base_version = (restored.get(key) if change.recover_version is not None
                            else change.base_version)
            if cur is None or base_version == cur.version:
                status, new_state = "applied", proposal
            else:
                base_key = (change.entity, change.record_id, base_version or 0)
                if base_version is not None and base_key not in bases:
                    # The record changed earlier in this same batch (rare): look the base up.
                    bases.update(_load_history(conn, {base_key}))
                base = bases.get(base_key)
                merged = merge_records(base.state() if base else None, proposal, cur.state())
                status, new_state, clashes = "merged", merged.state, merged.conflicts
                if base is not None and not can_read(user, base.region_code, base.entity):
                    # The base version was in another scope (e.g. another region before the
                    # bureau moved the record): the merge may use it, the answer must not show
                    # its values.
                    clashes = tuple(replace(c, base=None) for c in clashes)

            if clashes:
                assert cur is not None
                conflict_rows.append({
                    "change_id": change.change_id, "entity": change.entity,
                    "record_id": change.record_id, "device_id": device_id,
                    "username": user.username, "base_version": base_version,
                    "server_version": cur.version,
                    "proposal": json.dumps(change.model_dump(mode="json"), ensure_ascii=False),
                    "clashes": json.dumps([c.__dict__ for c in clashes], ensure_ascii=False),
                    "created_at": now, "resolved_at": None, "resolved_by": None,
                })
                result = _Result(_meta(change, "conflict", cur, clashes), cur)
            elif cur is not None and _same_state(new_state, cur.state()):
                result = _Result(_meta(change, status, cur), cur)
                resolved[key] = change.change_id
            else:
                if cur is not None and cur.region_code != new_state.region_code:
                    last_seq += 1
                    exit_rows.append({
                        "entity": change.entity, "record_id": change.record_id,
                        "region_code": cur.region_code, "version": cur.version,
                        "server_seq": last_seq, "exited_at": now,
                    })
                last_seq += 1
                change_updated = format_timestamp(change.updated_at)
                if cur is None:
                    created, updated = format_timestamp(change.created_at), change_updated
                elif status == "applied":
                    created, updated = cur.created_at, change_updated
                else:
                    created, updated = cur.created_at, max(cur.updated_at, change_updated)
                fields = dict(new_state.fields)
                version = (cur.version + 1) if cur is not None else 1
                if change.recover_version is not None:
                    version = max(version, change.recover_version)
                rec = StoredRecord(
                    change.entity, change.record_id, new_state.region_code,
                    version, last_seq, created, updated,
                    new_state.deleted_at, dump_fields(fields), fields,
                )
                history_rows.append({**rec.row(), "change_id": change.change_id,
                                     "changed_by": user.username, "recorded_at": now})
                bases[(rec.entity, rec.record_id, rec.version)] = rec
                if key in inserts or cur is None:
                    inserts[key] = rec
                else:
                    updates[key] = rec
                current[key] = rec
                resolved[key] = change.change_id
                result = _Result(_meta(change, status, rec), rec)
                if fields.get(ERASED_FIELD) and not (cur is not None
                                                     and cur.fields().get(ERASED_FIELD)):
                    erasures.append(rec)
            done[change.change_id] = result
            results.append(result)
            processed_rows.append({
                "change_id": change.change_id, "username": user.username,
                "entity": change.entity, "record_id": change.record_id,
                "result": result.meta_json(), "processed_at": now,
            })

        _attach_replayed_records(conn, user, results)
        _write(conn, user, device_id, now, inserts, updates, history_rows, exit_rows,
               conflict_rows, processed_rows, resolved)
        for rec in erasures:
            audit.record(conn, audit.ERASURE, actor=user.username, address=address,
                         target=f"{rec.entity} {rec.record_id}",
                         detail=f"version {rec.version}; earlier copies overwritten")
        if last_seq != first_seq:
            conn.execute(update(models.counter).where(models.counter.c.id == 1)
                         .values(last_seq=last_seq))

    body = '{"results":[' + ",".join(res.to_json() for res in results) + "]}"
    return PushOutcome(body.encode("utf-8"), forbidden)


def _restored_versions(conn: Connection, changes: Sequence[Change]
                       ) -> dict[tuple[str, str], int | None]:
    """For changes sent again after a restore (``recover_version``): the record's version as
    the backup had it (the newest one at or below the epoch's start), the common ancestor of
    what the desktop holds and of anything changed on the server since the restore. ``None``
    when the backup did not have the record."""
    if not changes:
        return {}
    epoch_seq = read_identity(conn).epoch_seq
    h = models.record_history
    out: dict[tuple[str, str], int | None] = {}
    for change in changes:
        out[(change.entity, change.record_id)] = conn.execute(
            select(func.max(h.c.version)).where(
                h.c.entity == change.entity, h.c.record_id == change.record_id,
                h.c.server_seq <= epoch_seq)).scalar()
    return out


def _attach_replayed_records(conn: Connection, user: CurrentUser,
                             results: list[_Result]) -> None:
    """A replayed result carries the record as it was at the result's version (from history)."""
    wanted = {(res.meta["entity"], res.meta["record_id"], res.replay_version)
              for res in results if res.replay_version is not None}
    if not wanted:
        return
    found = _load_history(conn, wanted)
    for res in results:
        if res.replay_version is not None:
            rec = found.get((res.meta["entity"], res.meta["record_id"], res.replay_version))
            if rec is not None and can_read(user, rec.region_code, res.meta["entity"]):
                res.record = rec


def _write(conn: Connection, user: CurrentUser, device_id: str, now: str,
           inserts: dict[tuple[str, str], StoredRecord],
           updates: dict[tuple[str, str], StoredRecord],
           history_rows: list[dict[str, Any]], exit_rows: list[dict[str, Any]],
           conflict_rows: list[dict[str, Any]], processed_rows: list[dict[str, Any]],
           resolved: dict[tuple[str, str], str]) -> None:
    r = models.records
    _resolve_conflicts(conn, device_id, now, resolved)
    if inserts:
        conn.execute(insert(r), [{**rec.row(), "changed_by": user.username}
                                 for rec in inserts.values()])
    if updates:
        conn.execute(
            update(r)
            .where(r.c.entity == bindparam("k_entity"), r.c.record_id == bindparam("k_record_id"))
            .values(region_code=bindparam("region_code"), version=bindparam("version"),
                    server_seq=bindparam("server_seq"), updated_at=bindparam("updated_at"),
                    deleted_at=bindparam("deleted_at"), fields=bindparam("fields"),
                    changed_by=bindparam("changed_by")),
            [{"k_entity": rec.entity, "k_record_id": rec.record_id,
              "region_code": rec.region_code, "version": rec.version,
              "server_seq": rec.server_seq, "updated_at": rec.updated_at,
              "deleted_at": rec.deleted_at, "fields": rec.fields_text,
              "changed_by": user.username} for rec in updates.values()],
        )
    if history_rows:
        conn.execute(insert(models.record_history), history_rows)
    _erase_earlier_copies(conn, [rec for rec in (*inserts.values(), *updates.values())
                                 if rec.fields().get(ERASED_FIELD)], now)
    if exit_rows:
        conn.execute(insert(models.scope_exits), exit_rows)
    if conflict_rows:
        conn.execute(insert(models.conflicts), conflict_rows)
    if processed_rows:
        conn.execute(insert(models.processed_changes), processed_rows)


ERASED_FIELD = "erased_at"
"""A record whose fields carry a non-null ``erased_at`` had its personal data wiped by its office
(the right to erasure). The server then keeps no earlier copy of it anywhere."""


def _erase_earlier_copies(conn: Connection, erased: Sequence[StoredRecord], now: str) -> None:
    """Overwrite every kept version, stored conflict proposal and replayable result of erased
    records with the erased state: history exists for merging, not for keeping what a person
    asked to be forgotten. Merges against an erased base simply see the erased values."""
    h, c, p = models.record_history, models.conflicts, models.processed_changes
    for rec in erased:
        conn.execute(update(h).where(h.c.entity == rec.entity, h.c.record_id == rec.record_id)
                     .values(fields=rec.fields_text))
        conn.execute(update(c).where(c.c.entity == rec.entity, c.c.record_id == rec.record_id)
                     .values(proposal="{}", clashes="[]",
                             resolved_at=func.coalesce(c.c.resolved_at, now)))
        rows = conn.execute(select(p.c.change_id, p.c.result)
                            .where(p.c.entity == rec.entity, p.c.record_id == rec.record_id))
        for change_id, result in rows.all():
            meta = json.loads(result)
            if meta.get("conflicts"):
                meta["conflicts"] = []
                conn.execute(update(p).where(p.c.change_id == change_id)
                             .values(result=json.dumps(meta, separators=(",", ":"))))


def _resolve_conflicts(conn: Connection, device_id: str, now: str,
                       resolved: dict[tuple[str, str], str]) -> None:
    """Conflicts a device raised earlier are settled by its next accepted change of the record.

    One read of the device's open conflicts (few, usually none) instead of one query per change.
    """
    if not resolved:
        return
    c = models.conflicts
    settled: dict[str, list[int]] = {}
    for row in conn.execute(select(c.c.id, c.c.entity, c.c.record_id)
                            .where(c.c.device_id == device_id, c.c.resolved_at.is_(None))):
        change_id = resolved.get((row.entity, row.record_id))
        if change_id is not None:
            settled.setdefault(change_id, []).append(row.id)
    for change_id, conflict_ids in settled.items():
        conn.execute(update(c).where(c.c.id.in_(conflict_ids))
                     .values(resolved_at=now, resolved_by=change_id))
