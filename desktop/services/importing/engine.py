"""Checking a table row by row, importing the good rows as one batch, and undoing a batch.

The work is split so the wizard can show a preview: :func:`analyse` validates every row (with
the same rules as the forms) and looks for duplicates without writing anything; :func:`execute`
writes the good rows of an analysis in one transaction (all or nothing) and records the batch.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import SyncedRecord, utcnow
from desktop.models.imports import ImportBatch
from desktop.services import dedupe
from desktop.services.bulk import insert_records
from desktop.services.history import add_entries
from desktop.services.i18n import translate
from desktop.services.identity import current_user_name
from desktop.services.importing.export import FORMULA_STARTERS
from desktop.services.importing.layout import SkippedRow
from desktop.services.importing.mapping import (
    ColumnMapping,
    auto_map,
    header_matcher,
    mapping_by_header,
    missing_required,
)
from desktop.services.importing.readers import ImportFileError, Table, read_table
from desktop.services.importing.spec import ImportSpec, spec_for
from desktop.services.importing.values import recogniser_for
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.records import soft_delete
from desktop.services.references import live_references

CHUNK = 2_000
MAX_WARNINGS_PER_ROW = 2


@dataclass(frozen=True)
class RowError:
    """A rejected row: where it is, which column, and why (in words)."""

    line: int
    column: str  # the file's header, or the field's label when the file has no such column
    field: str
    reason: str
    cells: tuple[Any, ...] = ()


@dataclass(frozen=True)
class RowWarning:
    """An imported row worth a second look (a likely duplicate)."""

    line: int
    message: str
    record_ids: tuple[str, ...] = ()


@dataclass
class ImportPlan:
    """The outcome of :func:`analyse`: what would be imported, and what would not."""

    spec: ImportSpec
    table: Table
    mapping: ColumnMapping
    good: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return len(self.table.rows)

    @property
    def skipped(self) -> list[SkippedRow]:
        """Totals rows left out of the import on purpose."""
        return list(self.table.skipped)

    @property
    def rejected_lines(self) -> list[int]:
        return sorted({e.line for e in self.errors})

    @property
    def flagged_lines(self) -> list[int]:
        return sorted({w.line for w in self.warnings})

    def unmapped_headers(self) -> list[str]:
        return [h for i, h in enumerate(self.table.headers) if i not in self.mapping]


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    entity: str
    file_name: str
    rows_read: int
    imported: int
    rejected: int
    flagged: int
    batch_id: str | None
    dry_run: bool
    errors: list[RowError]
    warnings: list[RowWarning]
    headers: list[str]
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """CLI convention: 0 all good, 2 when some rows were rejected."""
        return 2 if self.rejected else 0


class UndoError(Exception):
    """A batch that cannot be undone; the message is for the user."""


# --------------------------------------------------------------------------------------------
# Analysis


def check_mapping(spec: ImportSpec, table: Table, mapping: Mapping[int, str]) -> None:
    """Refuse a file whose mapping lacks a required field (nothing could be imported)."""
    missing = missing_required(spec, mapping)
    if missing:
        names = ", ".join(f.label() for f in missing)
        titles = ", ".join(
            f"“{title}”" for f in missing for title in dict.fromkeys((f.header, *f.aliases[:4]))
        )
        raise ImportFileError(
            translate(
                "Import",
                "The file has no column for {fields}. Name a column {titles} "
                "(or choose it in the import wizard).",
            ).format(fields=names, titles=titles)
        )
    if not table.rows:
        raise ImportFileError(translate("Import", "The file has a header but no rows to import."))


def analyse(
    session: Session,
    spec: ImportSpec,
    table: Table,
    mapping: Mapping[int, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportPlan:
    """Validate every row and look for likely duplicates; writes nothing."""
    column_map: ColumnMapping = (
        dict(mapping) if mapping is not None else auto_map(spec, table.headers)
    )
    check_mapping(spec, table, column_map)
    plan = ImportPlan(spec, table, column_map)
    options = spec.options(session)
    defaults = dict(spec.defaults(session))
    headers = table.headers
    column_of = {f: c for c, f in column_map.items()}
    labels = {f.key: f.label() for f in spec.fields}
    recognisers = [(f, r) for f in column_map.values() if (r := recogniser_for(f)) is not None]
    checker = dedupe.duplicate_checker(session, spec.dedupe_entity) if spec.dedupe_entity else None
    total = len(table.rows)
    message = translate("Import", "Checking rows")
    for n, row in enumerate(table.rows):
        if n % 250 == 0:
            progress.check()
            progress.report(n, total, message)
        values = {f: _cell(row.cell(c)) for c, f in column_map.items()}
        for key, recognise in recognisers:  # "Германия" -> DE, "да" -> yes, "ذكر" -> male
            values[key] = recognise(values[key])
        cleaned, problems = spec.validate(values, options)
        if problems:
            problems = sorted(problems, key=lambda p: column_of.get(p.field, len(headers)))
            for problem in problems:
                column = column_of.get(problem.field)
                plan.errors.append(
                    RowError(
                        row.line,
                        headers[column]
                        if column is not None
                        else labels.get(problem.field, problem.field),
                        problem.field,
                        problem.message,
                        row.cells,
                    )
                )
            continue
        for key, value in defaults.items():
            if cleaned.get(key) in (None, ""):
                cleaned[key] = value
        plan.good.append((row.line, cleaned))
        if checker is not None:
            _flag_duplicates(plan, checker, row.line, cleaned)
    progress.report(total, total, message)
    return plan


def _cell(value: Any) -> Any:
    """Undo the apostrophe our exports put before cells a spreadsheet would take for a
    formula (``'=...``)."""
    if (isinstance(value, str) and len(value) > 1 and value[0] == "'"
            and value.lstrip("' ")[:1] in FORMULA_STARTERS):
        return value[1:]
    return value


def _flag_duplicates(
    plan: ImportPlan, checker: dedupe.DuplicateChecker, line: int, values: Mapping[str, Any]
) -> None:
    existing, earlier = checker.check(values, str(line), limit=MAX_WARNINGS_PER_ROW)
    for match in existing:
        plan.warnings.append(
            RowWarning(
                line,
                translate(
                    "Import", "Looks like the existing record “{name}” ({score} %: {reasons})."
                ).format(name=match.name, score=match.score, reasons=", ".join(match.reasons)),
                (match.record_id,),
            )
        )
    for ref, score, reasons in earlier:
        plan.warnings.append(
            RowWarning(
                line,
                translate(
                    "Import", "Looks like line {line} of this file ({score} %: {reasons})."
                ).format(line=ref, score=score, reasons=", ".join(reasons)),
            )
        )


# --------------------------------------------------------------------------------------------
# Import


def execute(
    db: Database,
    plan: ImportPlan,
    file_name: str,
    progress: Progress = NO_PROGRESS,
    by: str | None = None,
) -> ImportReport:
    """Import the plan's good rows in ONE transaction with their batch; nothing is written if
    anything fails or the user cancels."""
    spec = plan.spec
    who = by if by is not None else current_user_name()
    batch_id: str | None = None
    imported = 0
    if plan.good:
        with db.transaction() as session:
            now = utcnow()
            batch = ImportBatch(
                entity=spec.entity,
                file_name=file_name[:500],
                rows_read=plan.rows_read,
                rows_imported=len(plan.good),
                rows_rejected=len(plan.rejected_lines),
                rows_flagged=len(plan.flagged_lines),
                mapping=mapping_by_header(plan.table.headers, plan.mapping),
                imported_at=now,
                imported_by=who[:100],
                undone_by="",
            )
            session.add(batch)
            session.flush()
            batch_id = batch.id
            total = len(plan.good)
            message = translate("Import", "Importing")
            for start in range(0, total, CHUNK):
                progress.check()
                progress.report(start, total, message)
                chunk = plan.good[start : start + CHUNK]
                rows = [
                    {**values, "import_batch_id": batch_id, "created_at": now, "updated_at": now}
                    for _line, values in chunk
                ]
                ids = insert_records(session, spec.model, rows)
                if spec.record_history:
                    add_entries(
                        session,
                        spec.entity,
                        (
                            (
                                rid,
                                row.get("region_code"),
                                {"import_batch_id": batch_id, "file": file_name},
                            )
                            for rid, row in zip(ids, rows, strict=True)
                        ),
                        "created",
                        who,
                        at=now,
                    )
                imported += len(ids)
            progress.check()  # a Cancel during the last chunk still rolls everything back
            progress.report(total, total, message)
    return _report(plan, file_name, imported, batch_id, dry_run=False)


def _report(
    plan: ImportPlan, file_name: str, imported: int, batch_id: str | None, dry_run: bool
) -> ImportReport:
    return ImportReport(
        entity=plan.spec.entity,
        file_name=file_name,
        rows_read=plan.rows_read,
        imported=imported,
        rejected=len(plan.rejected_lines),
        flagged=len(plan.flagged_lines),
        batch_id=batch_id,
        dry_run=dry_run,
        errors=list(plan.errors),
        warnings=list(plan.warnings),
        headers=list(plan.table.headers),
        skipped=plan.skipped,
    )


def read_for_import(spec: ImportSpec, path: Path, *, encoding: str | None = None,
                    header_row: int | None = None) -> Table:
    """Read a file for importing ``spec``'s records: the header row is found by the column
    titles the spec knows (in every UI language), unless ``header_row`` says where it is."""
    return read_table(Path(path), encoding=encoding, header_row=header_row,
                      known=header_matcher(spec))


def run_import(
    db: Database,
    entity: str,
    path: Path,
    *,
    dry_run: bool = False,
    mapping: Mapping[int, str] | None = None,
    progress: Progress = NO_PROGRESS,
    header_row: int | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Read, check and (unless ``dry_run``) import a file: what the CLI does."""
    spec = spec_for(entity)
    table = read_for_import(spec, Path(path), encoding=encoding, header_row=header_row)
    with db.sessions() as session:
        plan = analyse(session, spec, table, mapping, progress)
    if dry_run:
        return _report(plan, Path(path).name, len(plan.good), None, dry_run=True)
    return execute(db, plan, Path(path).name, progress)


def write_errors_csv(report: ImportReport | ImportPlan, path: Path) -> int:
    """The rejected rows with their original columns plus line, column and reason (several
    problems of one row are joined with " | "); returns how many rows were written."""
    if isinstance(report, ImportPlan):
        headers, errors = report.table.headers, report.errors
    else:
        headers, errors = report.headers, report.errors
    by_line: dict[int, list[RowError]] = {}
    for error in errors:
        by_line.setdefault(error.line, []).append(error)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                *headers,
                translate("Import", "line"),
                translate("Import", "column"),
                translate("Import", "reason"),
            ]
        )
        for line in sorted(by_line):
            problems = by_line[line]
            cells = [
                _text(problems[0].cells[i]) if i < len(problems[0].cells) else ""
                for i in range(len(headers))
            ]
            writer.writerow(
                [
                    *cells,
                    line,
                    " | ".join(p.column for p in problems),
                    " | ".join(p.reason for p in problems),
                ]
            )
    return len(by_line)


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


# --------------------------------------------------------------------------------------------
# Batches and undo


@dataclass(frozen=True)
class BatchInfo:
    """A past import, as the "Recent imports" list shows it."""

    id: str
    entity: str
    file_name: str
    imported_at: dt.datetime
    imported_by: str
    rows_read: int
    rows_imported: int
    rows_rejected: int
    rows_flagged: int
    undone_at: dt.datetime | None
    mapping: dict[str, str]


def _info(batch: ImportBatch) -> BatchInfo:
    return BatchInfo(
        batch.id,
        batch.entity,
        batch.file_name,
        batch.imported_at,
        batch.imported_by,
        batch.rows_read,
        batch.rows_imported,
        batch.rows_rejected,
        batch.rows_flagged,
        batch.undone_at,
        dict(batch.mapping),
    )


def list_batches(session: Session, entity: str | None = None, limit: int = 50) -> list[BatchInfo]:
    """Recent imports, newest first."""
    query = select(ImportBatch).order_by(ImportBatch.imported_at.desc()).limit(limit)
    if entity is not None:
        query = query.where(ImportBatch.entity == entity)
    return [_info(b) for b in session.scalars(query)]


def get_batch(session: Session, batch_id: str) -> BatchInfo:
    batch = session.get(ImportBatch, batch_id.strip())
    if batch is None:
        raise UndoError(translate("Import", "There is no import {batch}.").format(batch=batch_id))
    return _info(batch)


def _batch_column(model: type[SyncedRecord]) -> Any:
    """The ``import_batch_id`` column (every import spec's model has one)."""
    return model.__table__.c.import_batch_id


def changed_since_import(session: Session, batch_id: str) -> int:
    """How many records of the batch were edited, deleted, merged or linked to since."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        return 0
    model = spec_for(batch.entity).model
    in_batch = _batch_column(model) == batch_id
    edited = session.execute(
        select(func.count())
        .select_from(model)
        .where(in_batch, or_(model.updated_at != model.created_at, model.deleted_at.is_not(None)))
    ).scalar_one()
    ids = list(session.scalars(select(model.id).where(in_batch)))
    return int(edited) + len(live_references(session, model, ids))


def undo_check(session: Session, batch_id: str) -> str:
    """Why the batch cannot be undone, in words; "" when it can."""
    info = get_batch(session, batch_id)
    if info.undone_at is not None:
        return translate("Import", "This import was already undone.")
    changed = changed_since_import(session, batch_id)
    if changed:
        return translate(
            "Import",
            "This import can no longer be undone: {count} of its records were changed "
            "since (edited, deleted, merged or linked). Delete the records you do not "
            "want from the list instead.",
        ).format(count=changed)
    return ""


def undo_batch(session: Session, batch_id: str, by: str | None = None) -> int:
    """Move the batch's records to the trash (tombstones, so the undo syncs too); refuses when
    any of them changed since the import. Returns how many records were removed."""
    reason = undo_check(session, batch_id)
    if reason:
        raise UndoError(reason)
    batch = session.get(ImportBatch, batch_id.strip())
    assert batch is not None
    model = spec_for(batch.entity).model
    who = by if by is not None else current_user_name()
    ids = list(
        session.scalars(
            select(model.id).where(_batch_column(model) == batch.id, model.deleted_at.is_(None))
        )
    )
    removed = soft_delete(session, model, ids, who)
    batch.undone_at = utcnow()
    batch.undone_by = who[:100]
    session.flush()
    return removed


def batch_record_ids(session: Session, batch_id: str) -> list[str]:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        return []
    model = spec_for(batch.entity).model
    return list(session.scalars(select(model.id).where(_batch_column(model) == batch_id)))
