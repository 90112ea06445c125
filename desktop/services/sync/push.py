"""Push: send the outbox to the server in batches and apply what the server answers.

Each outbox entry becomes a ``Change`` with the record's full state, built generically from the
entity registry through the codec. Per answer:

- ``applied`` / ``merged``: the local record takes the server's version and fields. If the user
  edited the record while the push was in flight (the entry's ``change_id`` moved on), the
  fields they changed since are kept, the rest come from the server, and the entry stays with
  ``base_version`` = the new server version, so the next push carries only their newer intent.
- ``conflict``: the local edit stays, the entry is marked ``conflict`` and is not pushed again
  until the user has chosen per field; base, mine and theirs are stored.
- ``forbidden`` / ``invalid``: the local edit stays, with the server's words; the server's copy
  (if it sent one) is kept aside so that the user can go back to it.

A resolved conflict is sent in two steps, both ordinary changes: first the local state with the
clashing fields set to *their* values against the original base (the server's three-way merge
then keeps every one-sided edit of both offices without the client knowing the base), then —
only if the user kept some of their own values — those values against the version the first
step produced.

A push is idempotent by ``change_id``, so a batch interrupted at any point (even with the
process killed) is simply sent again by the next sync: the server answers the changes it has
already applied with their stored results and nothing is applied twice.

**In flight.** Before a batch goes out, each entry records the ``change_id`` it is sent under
(``outbox.sent_change_id``, committed before the request). Until that change's answer is
applied the entry is *in flight*. If the record is edited meanwhile (the answer was lost, the
desktop was killed, the server went down after committing), the outbox hook keeps the state
that was sent (``sent_state``) and gives the entry a new ``change_id`` as usual. The next push
then first sends the in-flight change again, exactly as it was sent — the server either replays
its stored result or applies it now — and applies that answer like any other: the fields edited
since sending are kept, the entry's base becomes the version the server made. Only then does
the newer edit go out, based on that version. So a later edit is never three-way-merged against
this device's own earlier change (no self-conflict, no silently lost undo or restore), and an
in-flight change is never silently superseded. docs/SYNC_PROTOCOL.md explains why this is
correct.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from desktop.db import Database
from desktop.models import SYNCED_ENTITIES, new_id, utcnow
from desktop.services.i18n import translate
from desktop.services.progress import Progress
from desktop.services.sync.codec import BadValue, codec, format_timestamp
from desktop.services.sync.storage import (
    State,
    chunks,
    delete_rows,
    forget_record_state,
    immediate,
    load_rows,
    outbox_keys,
    row_from_state,
    save_remote_copy,
    state_from_row,
    sync_connection,
    upsert_rows,
)
from sync.client import ServerError, SyncClient
from sync.merge import same
from sync.protocol import MAX_BODY_BYTES, MAX_PUSH_CHANGES, ChangeResult, Record

log = logging.getLogger(__name__)

BATCH_BYTES = min(8 * 1024 * 1024, MAX_BODY_BYTES // 4)
"""Request size to aim for: far under the server's limit, small enough to retry cheaply."""
EXTRA_PASSES = 3
"""Passes over the outbox after the first: for entries edited while their push was in flight
(the in-flight change first, then the newer edit) and for the second step of resolved
conflicts. A pass that sends nothing ends the push early."""


@dataclass
class PushStats:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    refused: int = 0
    kept: int = 0
    """Entries that stay pending after an answer (edited meanwhile, second step of a choice)."""
    messages: list[str] = field(default_factory=list)
    """The server's words for refused changes (at most a few, for the status line)."""


@dataclass(frozen=True)
class Sent:
    """What was sent for one entry, to compare with the local state when the answer comes."""

    seq: int
    change_id: str
    entity: str
    record_id: str
    base_version: int | None
    state: State
    overridden: bool = False
    """The state sent differs from the local one (first step of a resolved conflict)."""
    resend: bool = False
    """An in-flight change sent again as it was first sent (its answer was never applied)."""
    created_at: str | None = None
    updated_at: str | None = None


@dataclass
class _Entry:
    seq: int
    change_id: str
    entity: str
    record_id: str
    base_version: int | None
    sent_change_id: str | None = None
    sent_state: str | None = None
    recover_version: int | None = None

    @property
    def resends(self) -> bool:
        """Its in-flight change must go out again before the newer edit."""
        return (self.sent_change_id is not None and self.sent_change_id != self.change_id
                and self.sent_state is not None)

    @property
    def outgoing_id(self) -> str:
        return self.sent_change_id if self.resends and self.sent_change_id else self.change_id


def pending_total(db: Database) -> int:
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").first()
    return int(row[0]) if row else 0


def _next_entries(conn: Connection, after_seq: int, limit: int) -> list[_Entry]:
    rows = conn.exec_driver_sql(
        "SELECT seq, change_id, entity, record_id, base_version, sent_change_id, sent_state, "
        "recover_version FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit))
    return [_Entry(*row) for row in rows]


def _resolutions(conn: Connection, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str],
                                                                            dict[str, Any]]:
    """For entries whose conflict the user resolved: field -> the server's value to send in the
    first step (so that the server's merge sees no clash)."""
    if not keys:
        return {}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    rows = conn.exec_driver_sql(
        "SELECT entity, record_id, fields, theirs FROM sync_conflicts "
        "WHERE resolved_at IS NOT NULL")
    wanted = set(keys)
    for entity, record_id, fields_json, theirs_json in rows:
        if (entity, record_id) not in wanted:
            continue
        clashes = json.loads(fields_json or "[]")
        theirs = json.loads(theirs_json or "{}")
        values: dict[str, Any] = {}
        for clash in clashes:
            name = clash.get("field")
            if name == "region_code":
                values[name] = theirs.get("region_code", clash.get("theirs"))
            elif name == "deleted_at":
                values[name] = theirs.get("deleted_at", clash.get("theirs"))
            else:
                values[name] = theirs.get("fields", {}).get(name, clash.get("theirs"))
        out[(entity, record_id)] = values
    return out


def _with_overrides(state: State, overrides: dict[str, Any]) -> State:
    fields = dict(state.fields)
    region, deleted = state.region_code, state.deleted_at
    for name, value in overrides.items():
        if name == "region_code":
            region = value
        elif name == "deleted_at":
            deleted = value
        elif name in fields:
            fields[name] = value
    return State(fields, region, deleted)


def build_changes(conn: Connection, entries: Sequence[_Entry]) -> tuple[
        list[tuple[Sent, str]], list[tuple[_Entry, str]]]:
    """(sent, change JSON) for each usable entry, and (entry, reason) for those that are not."""
    by_entity: dict[str, list[_Entry]] = {}
    unusable: list[tuple[_Entry, str]] = []
    for entry in entries:
        if entry.entity not in SYNCED_ENTITIES:
            unusable.append((entry, "unknown entity"))
        else:
            by_entity.setdefault(entry.entity, []).append(entry)
    overrides = _resolutions(conn, [(e.entity, e.record_id) for e in entries])
    out: list[tuple[Sent, str]] = []
    for entity, group in by_entity.items():
        c = codec(entity)
        rows = load_rows(conn, entity, [e.record_id for e in group])
        for entry in group:
            raw = rows.get(entry.record_id)
            if raw is None:
                unusable.append((entry, "record missing"))
                continue
            resolution = None
            if entry.resends:
                raw = _snapshot_row(c, entry.sent_state or "{}")
                state = state_from_row(c, raw)
            else:
                if entry.sent_change_id is not None and entry.sent_change_id != entry.change_id:
                    log.warning("In-flight %s %s has no sent state; sending the newer edit",
                                entity, entry.record_id)
                state = state_from_row(c, raw)
                resolution = overrides.get((entity, entry.record_id))
                if resolution:
                    state = _with_overrides(state, resolution)
            body = {
                "change_id": entry.outgoing_id,
                "entity": entity,
                "record_id": entry.record_id,
                "base_version": entry.base_version,
                "region_code": state.region_code,
                "created_at": raw[2],
                "updated_at": raw[3],
                "deleted_at": state.deleted_at,
                "fields": state.fields,
            }
            if entry.recover_version is not None:
                body["recover_version"] = entry.recover_version
            try:
                text = _encode(body)
            except ValueError as exc:  # NaN or infinity: not JSON
                unusable.append((entry, translate(
                    "Sync", "This record cannot be sent: {reason}").format(reason=str(exc))))
                continue
            sent = Sent(entry.seq, entry.outgoing_id, entity, entry.record_id,
                        entry.base_version, state, overridden=bool(resolution),
                        resend=entry.resends, created_at=raw[2], updated_at=raw[3])
            out.append((sent, text))
    return out, unusable


def _snapshot_row(c: Any, text: str) -> tuple[Any, ...]:
    """A stored row (laid out as the codec's columns) from a saved ``sent_state``."""
    saved = json.loads(text)
    return tuple(saved.get(column) for column in c.columns)


def _snapshot_text(sent: Sent) -> str:
    """``sent_state`` for what ``sent`` carries, laid out like a stored row."""
    c = codec(sent.entity)
    row = row_from_state(c, sent.record_id, sent.state, sent.created_at or "",
                         sent.updated_at or "", sent.base_version)
    return json.dumps(dict(zip(c.columns, row, strict=True)), ensure_ascii=False)


def mark_in_flight(conn: Connection, batch: Sequence[Sent]) -> None:
    """Record, before the request leaves, which change each entry is sent under.

    Committed first, so that a desktop killed while the request is on its way still knows the
    change may have been applied. An entry edited between reading it and this mark (the user
    typing while sync runs) gets the sent state saved right away.
    """
    fresh = [s for s in batch if not s.resend]
    if not fresh:
        return
    with immediate(conn):
        now = outbox_keys(conn, ((s.entity, s.record_id) for s in fresh))
        same_rows: list[tuple[str, int]] = []
        moved_rows: list[tuple[str, str, int]] = []
        for s in fresh:
            entry = now.get((s.entity, s.record_id))
            if entry is None:
                continue
            if entry[1] == s.change_id:
                same_rows.append((s.change_id, entry[0]))
            else:
                moved_rows.append((s.change_id, _snapshot_text(s), entry[0]))
        if same_rows:
            conn.exec_driver_sql(
                "UPDATE outbox SET sent_change_id = ?, sent_state = NULL WHERE seq = ?",
                same_rows)
        if moved_rows:
            conn.exec_driver_sql(
                "UPDATE outbox SET sent_change_id = ?, sent_state = ? WHERE seq = ?", moved_rows)


def _landed(conn: Connection, sent: Sent) -> None:
    """The answer to ``sent`` is applied: its entry is no longer in flight."""
    conn.exec_driver_sql(
        "UPDATE outbox SET sent_change_id = NULL, sent_state = NULL "
        "WHERE entity = ? AND record_id = ? AND sent_change_id = ?",
        (sent.entity, sent.record_id, sent.change_id))


_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
"""Changes are encoded as the ``Change`` schema's JSON directly: validating 10,000 of them
with pydantic on the client would double the cost of a push, and the server validates anyway
(a batch it rejects is split until the one bad change is found, see :func:`_send`)."""


# ----------------------------------------------------------------------------------------------
# Applying answers


def _local_state(conn: Connection, entity: str,
                 record_id: str) -> tuple[State, tuple[Any, ...]] | None:
    raw = load_rows(conn, entity, [record_id]).get(record_id)
    if raw is None:
        return None
    return state_from_row(codec(entity), raw), raw


def _state_of(record: Record) -> State:
    return State(dict(record.fields), record.region_code, record.deleted_at)


def _states_equal(a: State, b: State) -> bool:
    return (a.region_code == b.region_code and (a.deleted_at is None) == (b.deleted_at is None)
            and same(a.fields, b.fields))


def _entry_now(conn: Connection, entity: str, record_id: str) -> tuple[int, str, str] | None:
    row = conn.exec_driver_sql(
        "SELECT seq, change_id, state FROM outbox WHERE entity = ? AND record_id = ?",
        (entity, record_id)).first()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]))


def _normalized(entity: str, record: Record) -> State:
    """The server's state as the local database would store it (so comparisons are fair)."""
    c = codec(entity)
    row = c.row_from_record(record.record_id, record.region_code, record.created_at,
                            record.updated_at, record.version, record.deleted_at, record.fields)
    return state_from_row(c, row)


def _accept(conn: Connection, sent: Sent, result: ChangeResult, stats: PushStats) -> None:
    """applied/merged: take the server's state, keeping what the user changed since sending."""
    entity, record_id = sent.entity, sent.record_id
    record = result.record
    entry = _entry_now(conn, entity, record_id)
    local = _local_state(conn, entity, record_id)
    if record is None or record.removed or local is None:
        if entry is not None and entry[1] == sent.change_id:
            forget_record_state(conn, entity, record_id)
        else:
            _landed(conn, sent)
        return
    c = codec(entity)
    try:
        theirs = _normalized(entity, record)
    except BadValue as exc:
        log.warning("Server state of %s %s does not fit: %s", entity, record_id, exc)
        if entry is not None and entry[1] == sent.change_id:
            forget_record_state(conn, entity, record_id)
        else:
            _landed(conn, sent)
        return
    mine, raw = local
    unchanged = entry is not None and entry[1] == sent.change_id
    if unchanged and not any(
            not same(mine.get(k), sent.state.get(k)) for k in sent.state.names()):
        new = theirs
    else:
        # Per field: what the user changed after sending stays; everything else is the server's.
        fields = {k: (mine.fields[k] if not same(mine.fields.get(k), sent.state.fields.get(k))
                      else theirs.fields.get(k, mine.fields[k]))
                  for k in mine.fields}
        region = (mine.region_code if mine.region_code != sent.state.region_code
                  else theirs.region_code)
        deleted = (mine.deleted_at if mine.deleted_at != sent.state.deleted_at
                   else theirs.deleted_at)
        new = State(fields, region, deleted)
    in_step = _states_equal(new, theirs)
    updated_at = record.updated_at if in_step else raw[3]
    upsert_rows(conn, entity, [row_from_state(c, record_id, new, raw[2], updated_at,
                                              record.version)])
    note_own_versions(conn, [(entity, record_id, record.version)])
    if in_step:
        take_newer_remote_copies(conn, entity, {record_id: record.version})
        forget_record_state(conn, entity, record_id)
        return
    # Still differs from the server: the entry stays, based on the version just received.
    stats.kept += 1
    change_id = new_id() if entry is None or entry[1] == sent.change_id else entry[1]
    now = format_timestamp(utcnow())
    if entry is None:
        conn.exec_driver_sql(
            "INSERT INTO outbox (change_id, entity, record_id, base_version, queued_at, "
            "changed_at, state, attempts) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0)",
            (change_id, entity, record_id, record.version, now, now))
    else:
        conn.exec_driver_sql(
            "UPDATE outbox SET change_id = ?, base_version = ?, state = 'pending', "
            "last_error = NULL, sent_change_id = NULL, sent_state = NULL, "
            "recover_version = NULL WHERE entity = ? AND record_id = ?",
            (change_id, record.version, entity, record_id))
    conn.exec_driver_sql("DELETE FROM sync_conflicts WHERE entity = ? AND record_id = ?",
                         (entity, record_id))
    conn.exec_driver_sql("DELETE FROM sync_remote_records WHERE entity = ? AND record_id = ?",
                         (entity, record_id))


def note_own_versions(conn: Connection, rows: Sequence[tuple[str, str, int]]) -> None:
    """Versions the server made from this desktop's changes (see ``SyncOwnVersion``)."""
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO sync_own_versions (entity, record_id, version) VALUES (?, ?, ?) "
            "ON CONFLICT(entity, record_id) DO UPDATE SET "
            "version = MAX(sync_own_versions.version, excluded.version)", list(rows))


def take_newer_remote_copies(conn: Connection, entity: str,
                             versions: dict[str, int | None]) -> None:
    """Records just brought in step at ``versions``: if a pull meanwhile kept aside a *newer*
    server state (it arrived while the edit was pending, and the cursor has moved past it),
    that state is written now. Otherwise a replayed answer, which carries the record as it was
    at the answered version, would leave this desktop one version behind for good."""
    if not versions or not conn.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM sync_remote_records WHERE entity = ?)",
            (entity,)).scalar():
        return
    c = codec(entity)
    rows: list[tuple[Any, ...]] = []
    gone: list[str] = []
    ids = list(versions)
    for part in chunks(ids):
        marks = ", ".join("?" for _ in part)
        found = conn.exec_driver_sql(
            "SELECT record_id, version, region_code, created_at, updated_at, deleted_at, "
            f"fields, removed FROM sync_remote_records WHERE entity = ? AND record_id IN "
            f"({marks})", (entity, *part))
        for rid, version, region, created, updated, deleted, fields, removed in found:
            mine = versions.get(rid)
            if version is None or (mine is not None and version <= mine):
                continue
            if removed:
                gone.append(rid)
                continue
            try:
                rows.append(c.row_from_record(rid, region, created, updated, version, deleted,
                                              json.loads(fields or "{}")))
            except BadValue as exc:
                log.warning("Kept server state of %s %s does not fit: %s", entity, rid, exc)
    upsert_rows(conn, entity, rows)
    delete_rows(conn, entity, gone)


def _conflict(conn: Connection, sent: Sent, result: ChangeResult) -> None:
    now = format_timestamp(utcnow())
    theirs = result.record.model_dump() if result.record is not None else {}
    conn.exec_driver_sql(
        "INSERT INTO sync_conflicts (entity, record_id, change_id, base_version, their_version, "
        "fields, theirs, detected_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL) "
        "ON CONFLICT(entity, record_id) DO UPDATE SET change_id = excluded.change_id, "
        "base_version = excluded.base_version, their_version = excluded.their_version, "
        "fields = excluded.fields, theirs = excluded.theirs, detected_at = excluded.detected_at, "
        "resolved_at = NULL",
        (sent.entity, sent.record_id, sent.change_id, sent.base_version, result.version,
         json.dumps([c.model_dump() for c in result.conflicts], ensure_ascii=False),
         json.dumps(theirs, ensure_ascii=False), now))
    conn.exec_driver_sql(
        "UPDATE outbox SET state = 'conflict', last_error = NULL, attempts = attempts + 1, "
        "sent_change_id = NULL, sent_state = NULL, recover_version = NULL "
        "WHERE entity = ? AND record_id = ?", (sent.entity, sent.record_id))
    if result.record is not None:
        save_remote_copy(conn, sent.entity, result.record.model_dump(), now)


def _refused(conn: Connection, sent: Sent, result: ChangeResult, stats: PushStats) -> None:
    message = result.message or (
        translate("Sync", "The server refused this change.") if result.status == "forbidden"
        else translate("Sync", "The server could not accept this change."))
    entry = _entry_now(conn, sent.entity, sent.record_id)
    record = result.record
    if record is not None and not record.removed and entry is not None \
            and entry[1] == sent.change_id:
        # Refused, but the server already holds exactly this state: nothing is lost by taking
        # it. Anything else a person typed stays, listed with the server's words (pre-filled
        # reference data is never queued, so an entry here is always someone's edit).
        local = _local_state(conn, sent.entity, sent.record_id)
        try:
            theirs = _normalized(sent.entity, record)
        except BadValue:
            theirs = None
        if local is not None and theirs is not None and _states_equal(local[0], theirs):
            c = codec(sent.entity)
            upsert_rows(conn, sent.entity, [row_from_state(
                c, sent.record_id, theirs, record.created_at, record.updated_at,
                record.version)])
            forget_record_state(conn, sent.entity, sent.record_id)
            return
    stats.refused += 1
    if len(stats.messages) < 5 and message not in stats.messages:
        stats.messages.append(message)
    conn.exec_driver_sql(
        "UPDATE outbox SET last_error = ?, attempts = attempts + 1 "
        "WHERE entity = ? AND record_id = ?", (message, sent.entity, sent.record_id))
    _landed(conn, sent)
    if record is not None:
        save_remote_copy(conn, sent.entity, record.model_dump(), format_timestamp(utcnow()))


def _accept_many(conn: Connection, accepted: Sequence[tuple[Sent, ChangeResult]],
                 stats: PushStats) -> None:
    """applied/merged answers in bulk: the common case (the entry is still the one that was
    sent) is a few ``executemany`` calls; anything else goes through :func:`_accept`."""
    entries = outbox_keys(conn, ((s.entity, s.record_id) for s, _r in accepted))
    by_entity: dict[str, list[tuple[Sent, ChangeResult]]] = {}
    for item in accepted:
        by_entity.setdefault(item[0].entity, []).append(item)
    for entity, items in by_entity.items():
        c = codec(entity)
        versions: list[tuple[int, str]] = []
        rows: list[tuple[Any, ...]] = []
        done: list[tuple[str, str, str]] = []
        caught_up: dict[str, int | None] = {}
        for sent, result in items:
            record = result.record
            entry = entries.get((entity, sent.record_id))
            in_step = (entry is not None and entry[1] == sent.change_id and not sent.overridden
                       and record is not None and not record.removed)
            if not in_step:
                _accept(conn, sent, result, stats)
                continue
            assert record is not None
            if result.status == "applied":
                # The server stored exactly what was sent: only the version is new.
                versions.append((record.version, sent.record_id))
            else:
                try:
                    rows.append(c.row_from_record(
                        sent.record_id, record.region_code, record.created_at,
                        record.updated_at, record.version, record.deleted_at, record.fields))
                except BadValue:
                    _accept(conn, sent, result, stats)
                    continue
            done.append((entity, sent.record_id, sent.change_id))
            caught_up[sent.record_id] = record.version
        if versions:
            conn.exec_driver_sql(
                f'UPDATE "{c.table}" SET version = ? WHERE id = ?', versions)
        upsert_rows(conn, entity, rows)
        note_own_versions(conn, [(entity, rid, version) for rid, version in caught_up.items()
                                 if version is not None])
        take_newer_remote_copies(conn, entity, caught_up)
        if done:
            conn.exec_driver_sql(
                "DELETE FROM outbox WHERE entity = ? AND record_id = ? AND change_id = ?", done)
            pairs = [(e, r) for e, r, _c in done]
            conn.exec_driver_sql(
                "DELETE FROM sync_conflicts WHERE entity = ? AND record_id = ?", pairs)
            conn.exec_driver_sql(
                "DELETE FROM sync_remote_records WHERE entity = ? AND record_id = ?", pairs)


def apply_results(conn: Connection, sent: dict[str, Sent], results: Sequence[ChangeResult],
                  stats: PushStats) -> None:
    """Apply one batch's answers in one transaction."""
    with immediate(conn):
        accepted: list[tuple[Sent, ChangeResult]] = []
        for result in results:
            item = sent.get(result.change_id)
            if item is None:
                log.warning("Answer for a change that was not sent: %s", result.change_id)
                continue
            if result.status in ("applied", "merged"):
                if result.status == "applied":
                    stats.applied += 1
                else:
                    stats.merged += 1
                accepted.append((item, result))
            elif result.status == "conflict":
                stats.conflicts += 1
                _conflict(conn, item, result)
            else:
                _refused(conn, item, result, stats)
        if accepted:
            _accept_many(conn, accepted, stats)


def _mark_unusable(conn: Connection, unusable: Sequence[tuple[_Entry, str]],
                   stats: PushStats) -> None:
    with immediate(conn):
        for entry, reason in unusable:
            if reason in ("unknown entity", "record missing"):
                log.warning("Dropping outbox entry %s %s: %s", entry.entity, entry.record_id,
                            reason)
                conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
            else:
                # The server rejected the change as a whole (never applied it): nothing of it
                # is in flight any more.
                stats.refused += 1
                conn.exec_driver_sql(
                    "UPDATE outbox SET last_error = ?, attempts = attempts + 1, "
                    "sent_change_id = NULL, sent_state = NULL WHERE seq = ?",
                    (reason, entry.seq))


# ----------------------------------------------------------------------------------------------
# The push loop


def _send(client: SyncClient, device_id: str, items: list[tuple[Sent, str]]) -> tuple[
        list[ChangeResult], list[tuple[Sent, str]]]:
    """Send items; a batch the server rejects as a whole (422, 413) is split until the one bad
    change is found, so one broken record never blocks everyone else's changes."""
    try:
        response = client.push(device_id, [text for _sent, text in items])
        return response.results, []
    except ServerError as exc:
        if exc.status not in (413, 422):
            raise
        if len(items) == 1:
            return [], [(items[0][0], exc.detail or str(exc))]
        middle = len(items) // 2
        first, bad_first = _send(client, device_id, items[:middle])
        second, bad_second = _send(client, device_id, items[middle:])
        return first + second, bad_first + bad_second


def _batches(conn: Connection, batch_size: int, batch_bytes: int, sent_ids: set[str],
             stats: PushStats) -> Iterator[list[tuple[Sent, str]]]:
    """One pass over the pending outbox, in ``seq`` order, as ready-to-send batches. Entries
    whose current ``change_id`` was already sent in this sync are skipped."""
    after_seq = 0
    while True:
        entries = _next_entries(conn, after_seq, batch_size)
        conn.rollback()
        if not entries:
            return
        after_seq = entries[-1].seq
        entries = [e for e in entries if e.outgoing_id not in sent_ids]
        if not entries:
            continue
        items, unusable = build_changes(conn, entries)
        conn.rollback()
        if unusable:
            _mark_unusable(conn, unusable, stats)
        yield from _by_size(items, batch_bytes)


def push_outbox(
    db: Database,
    client: SyncClient,
    device_id: str,
    progress: Progress,
    batch_size: int = MAX_PUSH_CHANGES,
    batch_bytes: int = BATCH_BYTES,
) -> PushStats:
    """Push every pending outbox entry; each batch's answers commit in one transaction.

    Pipelined: while the server works on one batch, the next is read and encoded here and the
    previous answers are written, so the server and SQLite work at the same time. Batches are
    independent (one outbox entry per record), so their order of application does not matter.
    """
    stats = PushStats()
    total = pending_total(db)
    sent_ids: set[str] = set()

    def report() -> None:
        whole = max(total, stats.sent)
        progress.report(stats.sent, whole, translate(
            "Sync", "Sent {done} of {total} changes").format(done=stats.sent, total=whole))

    with sync_connection(db) as conn, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as pool:
        in_flight: tuple[list[tuple[Sent, str]], Future[Any]] | None = None

        def finish(batch: list[tuple[Sent, str]], future: Future[Any]) -> None:
            results, rejected = future.result()
            sent_map = {s.change_id: s for s, _text in batch}
            apply_results(conn, sent_map, results, stats)
            if rejected:
                _mark_unusable(conn, [(_entry_of(s), reason) for s, reason in rejected], stats)
            stats.sent += len(batch)
            report()

        try:
            for _pass in range(1 + EXTRA_PASSES):
                sent_before = stats.sent
                for batch in _batches(conn, batch_size, batch_bytes, sent_ids, stats):
                    progress.check()
                    sent_ids.update(s.change_id for s, _text in batch)
                    mark_in_flight(conn, [s for s, _text in batch])
                    future = pool.submit(_send, client, device_id, batch)
                    if in_flight is not None:
                        finish(*in_flight)
                    in_flight = (batch, future)
                if in_flight is not None:
                    finish(*in_flight)
                    in_flight = None
                if stats.sent == sent_before:
                    break
        finally:
            if in_flight is not None:
                # Leaving early (cancel, error): let the request end before the client is
                # used again; its answer is not applied, and the next sync resends it (same
                # change_ids, so the server answers from what it stored).
                with contextlib.suppress(Exception):
                    in_flight[1].result()
    return stats


def _entry_of(sent: Sent) -> _Entry:
    return _Entry(sent.seq, sent.change_id, sent.entity, sent.record_id, sent.base_version)


def _by_size(items: list[tuple[Sent, str]], limit: int) -> list[list[tuple[Sent, str]]]:
    batches: list[list[tuple[Sent, str]]] = []
    current: list[tuple[Sent, str]] = []
    size = 0
    for item in items:
        length = len(item[1])
        if current and size + length > limit:
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += length
    if current:
        batches.append(current)
    return batches
