"""A stored record as push and pull handle it, and its wire JSON built without a parse/dump cycle.

The fields of a record are stored as the JSON text the server wrote when the version was made,
so a Record on the wire is a handful of string joins around that text. Pull pages of thousands
of records stay cheap that way, with no serialiser dependency.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sync.merge import RecordState

_quote = json.encoder.encode_basestring


def dump_fields(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def quote(value: str | None) -> str:
    return "null" if value is None else str(_quote(value))


def record_json(entity: str, record_id: str, version: int, server_seq: int,
                region_code: str | None, created_at: str, updated_at: str,
                deleted_at: str | None, fields_text: str, removed: bool = False) -> str:
    return (
        f'{{"entity":{_quote(entity)},"record_id":{_quote(record_id)},"version":{version},'
        f'"server_seq":{server_seq},"region_code":{quote(region_code)},'
        f'"created_at":{_quote(created_at)},"updated_at":{_quote(updated_at)},'
        f'"deleted_at":{quote(deleted_at)},"fields":{fields_text},'
        f'"removed":{"true" if removed else "false"}}}'
    )


@dataclass
class StoredRecord:
    """One version of a record as the server keeps it (current row or history row)."""

    entity: str
    record_id: str
    region_code: str | None
    version: int
    server_seq: int
    created_at: str
    updated_at: str
    deleted_at: str | None
    fields_text: str
    _fields: dict[str, Any] | None = field(default=None, repr=False)

    @classmethod
    def from_row(cls, row: Any) -> StoredRecord:
        return cls(row.entity, row.record_id, row.region_code, int(row.version),
                   int(row.server_seq), row.created_at, row.updated_at, row.deleted_at,
                   row.fields)

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity, self.record_id)

    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = json.loads(self.fields_text)
        return self._fields

    def state(self) -> RecordState:
        return RecordState(self.fields(), self.region_code, self.deleted_at)

    def to_json(self) -> str:
        return record_json(self.entity, self.record_id, self.version, self.server_seq,
                           self.region_code, self.created_at, self.updated_at, self.deleted_at,
                           self.fields_text)

    def row(self) -> dict[str, Any]:
        return {
            "entity": self.entity, "record_id": self.record_id, "region_code": self.region_code,
            "version": self.version, "server_seq": self.server_seq,
            "created_at": self.created_at, "updated_at": self.updated_at,
            "deleted_at": self.deleted_at, "fields": self.fields_text,
        }
