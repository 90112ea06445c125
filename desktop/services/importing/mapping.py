"""Which column of a file goes into which field: recognised from the headers, or chosen by the
user and saved under a name for the next file from the same source."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import utcnow
from desktop.models.imports import ImportMapping
from desktop.services.importing.header_words import HEADER_WORDS
from desktop.services.importing.spec import FieldSpec, ImportSpec

HEADER_SIMILARITY = 88
"""A header this similar to a known title (a typo, a missing letter) still maps."""

ColumnMapping = dict[int, str]
"""Column index in the file -> field key; unmapped columns are absent."""


def header_key(text: str) -> str:
    """Case-, accent-, space- and punctuation-free form of a header ("N° d'Enregistrement :"
    and "no denregistrement" compare equal)."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("°", "o").replace("º", "o")
    plain = re.sub(r"\(.*?\)|\*", "", plain)  # "(optional)", "Name *"
    return re.sub(r"[\W_]+", "", plain)


def _titles(field: FieldSpec) -> list[str]:
    return [field.header, field.key, field.label(), *field.aliases,
            *HEADER_WORDS.get(field.key, ())]


def header_matcher(spec: ImportSpec) -> Callable[[str], bool]:
    """Whether a cell is a column title this spec knows (finds the header row below a title
    block)."""
    known = {header_key(title) for field in spec.fields for title in _titles(field)}
    known.discard("")
    return lambda text: header_key(text) in known


def auto_map(spec: ImportSpec, headers: Sequence[str]) -> ColumnMapping:
    """Map each header to a field by exact (normalised) title first, then by close spelling;
    a field is used once, by the first column that matches it best."""
    known: dict[str, str] = {}
    for field in spec.fields:
        for title in _titles(field):
            known.setdefault(header_key(title), field.key)
    mapping: ColumnMapping = {}
    used: set[str] = set()
    keys = [header_key(h) for h in headers]
    for column, key in enumerate(keys):
        field_key = known.get(key)
        if field_key and field_key not in used:
            mapping[column] = field_key
            used.add(field_key)
    for column, key in enumerate(keys):
        if column in mapping or len(key) < 4:
            continue
        best, best_score = "", 0.0
        for title_key, field_key in known.items():
            if field_key in used or len(title_key) < 4:
                continue
            score = fuzz.ratio(key, title_key)
            if score > best_score:
                best, best_score = field_key, score
        if best and best_score >= HEADER_SIMILARITY:
            mapping[column] = best
            used.add(best)
    return mapping


def mapping_by_header(headers: Sequence[str], mapping: Mapping[int, str]) -> dict[str, str]:
    """The mapping as header -> field (how it is saved and recorded on the batch)."""
    return {headers[column]: field for column, field in sorted(mapping.items())
            if column < len(headers)}


def apply_saved(spec: ImportSpec, headers: Sequence[str],
                saved: Mapping[str, str]) -> ColumnMapping:
    """A saved header -> field mapping applied to a file: headers are matched in normalised
    form; columns the saved mapping does not know are recognised automatically."""
    fields = {f.key for f in spec.fields}
    by_key = {header_key(h): f for h, f in saved.items() if f in fields}
    mapping: ColumnMapping = {}
    used: set[str] = set()
    for column, header in enumerate(headers):
        field = by_key.get(header_key(header))
        if field and field not in used:
            mapping[column] = field
            used.add(field)
    for column, field in auto_map(spec, headers).items():
        if column not in mapping and field not in used and header_key(headers[column]) \
                not in by_key:
            mapping[column] = field
            used.add(field)
    return mapping


def missing_required(spec: ImportSpec, mapping: Mapping[int, str]) -> list[FieldSpec]:
    mapped = set(mapping.values())
    return [f for f in spec.required if f.key not in mapped]


# --------------------------------------------------------------------------------------------
# Saved mappings


def save_mapping(session: Session, entity: str, name: str, mapping: Mapping[str, str]) -> None:
    """Save (or replace) a named header -> field mapping."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a saved mapping needs a name")
    row = session.scalar(select(ImportMapping).where(ImportMapping.entity == entity,
                                                     ImportMapping.name == name))
    if row is None:
        session.add(ImportMapping(entity=entity, name=name, mapping=dict(mapping),
                                  updated_at=utcnow()))
    else:
        row.mapping = dict(mapping)
        row.updated_at = utcnow()
    session.flush()


def saved_mappings(session: Session, entity: str) -> list[str]:
    """Names of the saved mappings, most recently saved first."""
    return list(session.scalars(select(ImportMapping.name)
                                .where(ImportMapping.entity == entity)
                                .order_by(ImportMapping.updated_at.desc(), ImportMapping.name)))


def load_mapping(session: Session, entity: str, name: str) -> dict[str, str]:
    row = session.scalar(select(ImportMapping).where(ImportMapping.entity == entity,
                                                     ImportMapping.name == name))
    if row is None:
        raise KeyError(name)
    return dict(row.mapping)


def delete_mapping(session: Session, entity: str, name: str) -> None:
    for row in session.scalars(select(ImportMapping).where(ImportMapping.entity == entity,
                                                           ImportMapping.name == name)):
        session.delete(row)
    session.flush()
