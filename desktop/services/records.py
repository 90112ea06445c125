"""What associations and focal points share: refusing invalid input, soft delete with undo,
the trash, and a record's values as a form shows them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.db import OUTBOX_HANDLED, remember_sent_states
from desktop.models import OutboxEntry, SyncedRecord, new_id, utcnow
from desktop.models.base import field_names
from desktop.services.history import add_entries
from desktop.services.i18n import translate
from desktop.services.validation import FieldError

RecordT = TypeVar("RecordT", bound=SyncedRecord)

CHUNK = 900  # SQLite's bound-parameter limit is 999 on old builds


class RegistryError(ValueError):
    """A change that cannot be made; the message is for the user as is."""


class InvalidRecord(RegistryError):
    """Nothing was saved because some fields are invalid; ``errors`` says which and why."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        text = "; ".join(e.message for e in self.errors)
        super().__init__(translate("Records", "Nothing was saved: {problems}").format(
            problems=text))


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def get_live(session: Session, cls: type[RecordT], record_id: str) -> RecordT:
    """The record, or a :class:`RegistryError` if it does not exist or is in the trash."""
    record = session.get(cls, record_id)
    if record is None or record.deleted_at is not None:
        raise RegistryError(translate("Records", "This record no longer exists (it may have "
                                                 "been deleted or merged)."))
    return record


def record_values(record: SyncedRecord) -> dict[str, Any]:
    """Every user field of a record plus its id and region (what a form edits)."""
    values = {key: getattr(record, key) for key in field_names(type(record))}
    values["id"] = record.id
    values["region_code"] = record.region_code
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = list(value)
    return values


def apply_values(record: SyncedRecord, values: dict[str, Any]) -> dict[str, Any]:
    """Set the cleaned values on the record; returns field -> (old, new) for what changed."""
    changed: dict[str, Any] = {}
    for key, value in values.items():
        old = getattr(record, key)
        if old != value:
            setattr(record, key, value)
            changed[key] = [_plain(old), _plain(value)]
    return changed


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def soft_delete(session: Session, cls: type[SyncedRecord], ids: Sequence[str], by: str) -> int:
    """Move records to the trash (``deleted_at``), with a history entry each; one statement per
    chunk, so deleting a whole filtered list stays quick. Returns how many were deleted."""
    return _set_deleted(session, cls, ids, by, utcnow())


def restore(session: Session, cls: type[SyncedRecord], ids: Sequence[str], by: str) -> int:
    """Bring records back from the trash (the Undo of a delete). Returns how many."""
    return _set_deleted(session, cls, ids, by, None)


def _set_deleted(session: Session, cls: type[SyncedRecord], ids: Sequence[str], by: str,
                 when: dt.datetime | None) -> int:
    ids = list(dict.fromkeys(ids))
    targets: list[tuple[str, str | None]] = []
    for chunk in chunks(ids):
        condition = cls.deleted_at.is_(None) if when is not None else cls.deleted_at.is_not(None)
        query = select(cls.id, cls.region_code).where(cls.id.in_(chunk), condition)
        merged = getattr(cls, "merged_into_id", None)
        if merged is not None:
            query = query.where(merged.is_(None))  # merged tombstones stay where they are
        targets.extend(session.execute(query).all())
    if not targets:
        return 0
    now = utcnow()
    bulk_update(session, cls, [rid for rid, _ in targets], {"deleted_at": when}, now)
    action = "deleted" if when is not None else "restored"
    add_entries(session, cls.__entity__, ((rid, region, {}) for rid, region in targets),
                action, by, at=now)
    return len(targets)


def trash_ids(session: Session, cls: type[SyncedRecord]) -> list[str]:
    query = select(cls.id).where(cls.deleted_at.is_not(None))
    merged = getattr(cls, "merged_into_id", None)
    if merged is not None:
        query = query.where(merged.is_(None))
    return list(session.scalars(query))


def bulk_update(
    session: Session,
    cls: type[SyncedRecord],
    ids: Sequence[str],
    values: Mapping[str, Any],
    now: dt.datetime | None = None,
) -> None:
    """Set the same ``values`` on many records and queue their outbox entries, in statements
    per chunk rather than one ORM object per record (a bulk change of 100,000 rows stays
    quick). Same guarantee as the session hook: coalesced entries with a fresh ``change_id``,
    in the caller's transaction."""
    now = now or utcnow()
    session.flush()  # pending ORM changes first, so they are not overwritten afterwards
    entity = cls.__entity__
    outbox = cast(Table, OutboxEntry.__table__)
    for chunk in chunks(list(ids)):
        remember_sent_states(session.connection(), entity, cls.__tablename__, chunk)
        session.execute(
            update(cls).where(cls.id.in_(chunk)).values(**values, updated_at=now),
            execution_options={"synchronize_session": False, OUTBOX_HANDLED: True},
        )
        existing = dict(session.execute(
            select(OutboxEntry.record_id, OutboxEntry.seq)
            .where(OutboxEntry.entity == entity, OutboxEntry.record_id.in_(chunk))
        ).all())
        if existing:
            session.execute(
                update(outbox).where(outbox.c.seq == bindparam("b_seq"))
                .values(change_id=bindparam("b_change"), changed_at=now),
                [{"b_seq": seq, "b_change": new_id()} for seq in existing.values()],
            )
        missing = [rid for rid in chunk if rid not in existing]
        if missing:
            versions = dict(session.execute(
                select(cls.id, cls.version).where(cls.id.in_(missing))).all())
            session.execute(insert(OutboxEntry), [
                {"change_id": new_id(), "entity": entity, "record_id": rid,
                 "base_version": versions.get(rid), "queued_at": now, "changed_at": now,
                 "state": "pending", "attempts": 0}
                for rid in missing
            ])
    session.expire_all()  # ORM objects loaded earlier must not show stale values
