"""What an importable entity declares, so the same reader, mapping, preview, batch and undo
machinery (and the same wizard and CLI) serve associations, focal points and candidates.

A feature describes its entity once with an :class:`ImportSpec` and calls :func:`register_spec`
in a module listed in :data:`SPEC_MODULES`.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from desktop.models import SyncedRecord

SPEC_MODULES: tuple[str, ...] = ("desktop.services.importing.registry_specs",
                                 "desktop.services.candidate_import")
"""Modules that register import specs; a feature adds its module here (one line)."""


class FieldErrorLike(Protocol):
    """What a validate function reports per problem (``validation.FieldError`` fits)."""

    @property
    def field(self) -> str: ...

    @property
    def message(self) -> str: ...


ValidateFn = Callable[[Mapping[str, Any], Mapping[str, Any]],
                      tuple[dict[str, Any], list[FieldErrorLike]]]
"""``validate(values, options) -> (cleaned ORM values, errors)``; ``options`` come from
:attr:`ImportSpec.options` (e.g. the known regions) and are computed once per import."""


@dataclass(frozen=True)
class FieldSpec:
    """One importable field.

    ``key`` is the name the validate function takes (normally the ORM column). ``header`` is the
    column title written on export (English, stable, so an export always re-imports whatever
    the UI language). ``aliases`` are other column titles recognised on import, in English,
    French and Spanish; matching ignores case, accents, spaces and punctuation.
    """

    key: str
    label: Callable[[], str]
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    export: Callable[[Any], Any] | None = None
    """Turns the stored value into what the file shows (default: by the value's type)."""
    exporter: Callable[[Session], Callable[[Any], Any]] | None = None
    """Like ``export``, but built once per export from the database (an id shown by name)."""


@dataclass(frozen=True)
class ImportSpec:
    """Everything the import/export machinery needs to know about one entity."""

    entity: str  # synced entity name, e.g. "association"
    model: type[SyncedRecord]  # must have an ``import_batch_id`` column
    fields: tuple[FieldSpec, ...]
    validate: ValidateFn
    cli_name: str  # e.g. "associations" (diaspora-desk import associations FILE)
    label: Callable[[], str]  # plural, translated: "Associations"
    options: Callable[[Session], Mapping[str, Any]] = lambda _s: {}
    """Computed once per import and passed to ``validate`` (known regions, home country)."""
    defaults: Callable[[Session], Mapping[str, Any]] = lambda _s: {}
    """Values given to every imported row that does not set them (e.g. the office's region)."""
    dedupe_entity: str | None = None
    """Entity name for :mod:`desktop.services.dedupe`, or None for no duplicate warnings."""
    record_history: bool = False
    """Write a "created" history entry per imported record (registry records)."""
    search_fields: tuple[str, ...] = ("name",)
    """Fields the export ``--filter TEXT`` searches."""
    display_name: Callable[[Mapping[str, Any]], str] = field(
        default=lambda values: str(values.get("name", "")))

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def required(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.required)


_SPECS: dict[str, ImportSpec] = {}


def register_spec(spec: ImportSpec) -> None:
    if "import_batch_id" not in spec.model.__table__.columns:
        raise ValueError(f"{spec.model.__name__} has no import_batch_id column")
    _SPECS[spec.entity] = spec


def _load() -> None:
    for module in SPEC_MODULES:
        importlib.import_module(module)


def specs() -> list[ImportSpec]:
    """Every registered spec, in registration order."""
    _load()
    return list(_SPECS.values())


def spec_for(name: str) -> ImportSpec:
    """The spec for an entity name ("association") or CLI name ("associations")."""
    _load()
    for spec in _SPECS.values():
        if name in (spec.entity, spec.cli_name):
            return spec
    raise KeyError(name)


def export_value(value: Any) -> Any:
    """A stored value as a file cell: lists joined with "; ", yes/no, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
