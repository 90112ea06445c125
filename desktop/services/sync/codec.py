"""Fast conversion between stored rows and wire records, built once per synced entity.

:func:`desktop.models.base.record_fields` and ``from_wire_value`` define the wire form of a
record; they need ORM objects and look columns up per value, which is fine for one record and
far too slow for a first sync of 100,000. This codec derives the same conversions from the same
registry (:data:`~desktop.models.SYNCED_ENTITIES` and each table's columns) once, then works on
raw SQLite values: datetimes and dates are already stored in their wire spelling, so most
values pass straight through. A test checks, for every entity, that it gives exactly what
``record_fields`` gives.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from pydantic_core import PydanticSerializationError, to_json
from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, Table
from sqlalchemy.sql.schema import Column

from desktop.models import SYNCED_ENTITIES
from desktop.models.base import META_FIELDS, SyncedRecord, UTCDateTime

Convert = Callable[[Any], Any]

ENVELOPE = ("id", "region_code", "created_at", "updated_at", "version", "deleted_at")
"""Columns every synced table has, stored in this order before the entity's own fields."""


class BadValue(ValueError):
    """A pulled value that does not fit the local column (a bug or a newer sender)."""


def format_timestamp(value: dt.datetime) -> str:
    """The stored and wire spelling of a time (UTC, microseconds) — as ``UTCDateTime`` writes."""
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")


def timestamp_from_wire(value: Any) -> str | None:
    """Check a wire time and return its stored spelling (canonical input passes unchanged)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadValue(f"not a time: {value!r}")
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadValue(f"not a time: {value!r}") from exc
    if len(value) == 32 and value.endswith("+00:00"):
        return value
    return format_timestamp(parsed)


def _timestamp_fast(value: Any) -> str:
    """:func:`timestamp_from_wire` for the spelling every sender uses, checked but not rebuilt."""
    if (value.__class__ is str and len(value) == 32 and value[10] == "T"
            and value[26:] == "+00:00"):
        try:
            _fromisoformat(value)
        except ValueError:
            raise BadValue(f"not a time: {value!r}") from None
        return value
    result = timestamp_from_wire(value)
    if result is None:
        raise BadValue("a time is required here")
    return result


_fromisoformat = dt.datetime.fromisoformat


def _date_from_wire(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(f"not a date: {value!r}")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise BadValue(f"not a date: {value!r}") from exc


def _json_to_db(value: Any) -> str:
    """JSON text for a JSON column (pydantic-core's serializer: several times faster than the
    standard library's for the small lists and maps records hold)."""
    if not value:
        if value == []:
            return "[]"
        if value == {}:
            return "{}"
    try:
        return to_json(value).decode("utf-8")
    except PydanticSerializationError as exc:
        raise BadValue(f"not JSON data: {exc}") from exc


def _bytes_from_wire(value: Any) -> bytes:
    if not isinstance(value, str):
        raise BadValue("binary data must be base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise BadValue("binary data is not valid base64") from exc


def _bytes_to_wire(value: Any) -> str:
    return base64.b64encode(bytes(value)).decode("ascii")


def _bool_from_wire(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"not true/false: {value!r}")
    return value


def _int_from_wire(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue(f"not a whole number: {value!r}")
    return value


def _float_from_wire(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadValue(f"not a number: {value!r}")
    return float(value)


def _float_to_wire(value: Any) -> float:
    return float(value)


def _str_from_wire(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(f"not text: {value!r}")
    return value


def _converters(column: Column[Any]) -> tuple[Convert | None, Convert | None]:
    """(stored -> wire, wire -> stored) for one column; ``None`` means the value passes as is."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return None, _timestamp_fast
    if isinstance(kind, JSON):
        return json.loads, _json_to_db
    if isinstance(kind, Boolean):
        return bool, _bool_from_wire
    if isinstance(kind, LargeBinary):
        return _bytes_to_wire, _bytes_from_wire
    if isinstance(kind, Date):
        return None, _date_from_wire
    if isinstance(kind, Float):
        return _float_to_wire, _float_from_wire
    if isinstance(kind, Integer):
        return None, _int_from_wire
    return None, _str_from_wire


def _default(column: Column[Any]) -> Any:
    """What a column holds when a pulled record lacks the field (a sender without it)."""
    default = column.default
    value: Any = None
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
    elif default is not None and getattr(default, "is_callable", False):
        value = default.arg(None)  # type: ignore[attr-defined]
    if value is None:
        return None
    if isinstance(column.type, JSON):
        return _json_to_db(value)
    if isinstance(value, dt.datetime):
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class EntityCodec:
    """Everything sync needs to know about one synced table, derived from its ORM class."""

    entity: str
    cls: type[SyncedRecord]
    table: str
    fields: tuple[str, ...]
    to_wire: tuple[Convert | None, ...]
    from_wire: tuple[Convert | None, ...]
    defaults: tuple[Any, ...]
    row: Callable[..., tuple[Any, ...]]
    """The compiled :meth:`row_from_record` (called directly on the hot path of a pull)."""

    @property
    def columns(self) -> tuple[str, ...]:
        """Stored column order used by :meth:`row_from_record` and the SELECT of the push."""
        return ENVELOPE + self.fields

    def wire_fields(self, raw: Sequence[Any]) -> dict[str, Any]:
        """The ``fields`` of a change from a raw stored row laid out as :attr:`columns`."""
        out: dict[str, Any] = {}
        offset = len(ENVELOPE)
        for i, key in enumerate(self.fields):
            value = raw[offset + i]
            convert = self.to_wire[i]
            out[key] = value if value is None or convert is None else convert(value)
        return out

    def row_from_record(
        self, record_id: str, region_code: str | None, created_at: str, updated_at: str,
        version: int | None, deleted_at: str | None, fields: Mapping[str, Any],
    ) -> tuple[Any, ...]:
        """A stored row (laid out as :attr:`columns`) from a wire record; raises BadValue.

        A field the sender did not know gets the column's default.
        """
        return self.row(record_id, region_code, created_at, updated_at, version, deleted_at,
                        fields)


_MISSING = object()


def _required(key: str) -> Any:
    raise BadValue(f"the field {key!r} is required and was empty")


def _compile_row(keys: Sequence[str], from_wire: Sequence[Convert | None],
                 defaults: Sequence[Any], required: Sequence[bool] = ()
                 ) -> Callable[..., tuple[Any, ...]]:
    """Generate the wire-to-row function of one entity: one tuple expression, no loop.

    The first sync pulls every record of the scope through this function, so it is worth
    compiling: plain types are checked inline (``x.__class__ is str``) and only values that
    need work (JSON, dates, bytes) call a converter.
    """
    namespace: dict[str, Any] = {"M": _MISSING, "ts": _timestamp_fast, "D": tuple(defaults),
                                 "C": tuple(from_wire), "BadValue": BadValue, "R": _required}
    needed = list(required) or [False] * len(keys)

    def field_exprs(lookup: str) -> list[str]:
        """One expression per field; ``lookup`` reads the value (``{k}`` is the key)."""
        parts = []
        for i, key in enumerate(keys):
            read = lookup.format(k=repr(key))
            # A NOT NULL column without a default: an empty value would fail the insert and
            # roll back the whole page, stopping every later sync; it is a BadValue instead
            # (the record is skipped and logged, the rest of the page is written).
            empty = f"R({key!r})" if needed[i] else "None"
            if lookup.startswith("f["):
                head = f"{empty} if (x := {read}) is None else "
            else:
                missing = f"R({key!r})" if needed[i] else f"D[{i}]"
                head = f"{missing} if (x := {read}) is M else {empty} if x is None else "
            if from_wire[i] is _str_from_wire:
                parts.append(f"({head}x if x.__class__ is str else C[{i}](x))")
            elif from_wire[i] is _int_from_wire:
                parts.append(f"({head}x if x.__class__ is int else C[{i}](x))")
            elif from_wire[i] is _bool_from_wire:
                parts.append(f"({head}x if x.__class__ is bool else C[{i}](x))")
            elif from_wire[i] is None:
                parts.append(f"({head}x)")
            else:
                parts.append(f"({head}C[{i}](x))")
        return parts

    def tuple_source(parts: list[str]) -> str:
        body = ",\n            ".join(parts)
        return ("(rid, rc, ts(ca), ts(ua), v, None if da is None else ts(da),\n"
                f"            {body}{',' if len(parts) == 1 else ''})")

    # Every sender of this version sends every field: index the dict directly, and only when a
    # field is missing (an older or newer sender) fall back to lookups with defaults.
    source = (
        "def row(rid, rc, ca, ua, v, da, f):\n"
        "    try:\n"
        f"        return {tuple_source(field_exprs('f[{k}]'))}\n"
        "    except KeyError:\n"
        "        get = f.get\n"
        f"        return {tuple_source(field_exprs('get({k}, M)'))}\n"
    )
    exec(compile(source, "<sync codec>", "exec"), namespace)  # source built above from keys
    return namespace["row"]  # type: ignore[no-any-return]


@cache
def codec(entity: str) -> EntityCodec:
    """The codec of a registered entity (KeyError for an entity this version does not know)."""
    cls = SYNCED_ENTITIES[entity]
    table = cast(Table, cls.__table__)
    columns = [c for c in table.columns if c.key not in META_FIELDS and c.key != "region_code"]
    pairs = [_converters(c) for c in columns]
    defaults = tuple(_default(c) for c in columns)
    return EntityCodec(
        entity=entity,
        cls=cls,
        table=str(table.name),
        fields=tuple(c.key for c in columns),
        to_wire=tuple(p[0] for p in pairs),
        from_wire=tuple(p[1] for p in pairs),
        defaults=defaults,
        row=_compile_row([c.key for c in columns], [p[1] for p in pairs], defaults,
                         [not c.nullable and d is None for c, d in zip(columns, defaults,
                                                                        strict=True)]),
    )


def known_entities() -> list[str]:
    return sorted(SYNCED_ENTITIES)
