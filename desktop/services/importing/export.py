"""Export records to CSV or Excel in the very shape the importer reads back.

Headers are the specs' stable English titles and values use codes ("IT", "verified", "ro"),
ISO dates and "a; b" lists, so an exported file re-imports into the same records, whatever the
UI language. Cells that a spreadsheet would run as a formula get a leading apostrophe, which
the importer removes again.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import SyncedRecord
from desktop.services.i18n import translate
from desktop.services.importing.spec import ImportSpec, export_value
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.vocabulary import fold

CHUNK = 900
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(Exception):
    """The export cannot be written; the message is for the user."""


def matching_ids(session: Session, spec: ImportSpec, text: str = "") -> list[str]:
    """Ids of the live records, in name order, whose search fields contain ``text`` (case and
    accents ignored) — what ``export --filter TEXT`` exports."""
    model = spec.model
    columns = [getattr(model, key) for key in spec.search_fields]
    query = select(model.id, *columns).where(model.deleted_at.is_(None))
    rows = session.execute(query).all()
    needle = fold(text)
    result = []
    for row in rows:
        if not needle or any(needle in fold(str(value or "")) for value in row[1:]):
            result.append((fold(str(row[1] or "")), str(row[0])))
    result.sort()
    return [rid for _name, rid in result]


def _records(session: Session, model: type[SyncedRecord], ids: Sequence[str]) -> list[SyncedRecord]:
    found: dict[str, SyncedRecord] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for record in session.scalars(select(model).where(model.id.in_(chunk))):
            found[record.id] = record
    return [found[rid] for rid in ids if rid in found]


def _values(spec: ImportSpec, record: SyncedRecord, native_dates: bool,
            exporters: dict[str, Callable[[Any], Any]]) -> list[Any]:
    row = []
    for field in spec.fields:
        value = getattr(record, field.key, None)
        if field.key in exporters:
            row.append(exporters[field.key](value))
        elif field.export is not None:
            row.append(field.export(value))
        elif native_dates and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            row.append(value)  # a real date cell in Excel
        else:
            row.append(export_value(value))
    return row


FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""What makes a spreadsheet read a cell as a formula: ASCII and full-width = + - @ (Excel and
LibreOffice fold full-width forms to ASCII), and tab/CR that some programs strip first."""
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$")
_PHONE_LIKE = re.compile(r"^\+[\d\s().]+$")


def csv_safe(value: Any) -> Any:
    """A cell that cannot run as a formula when the CSV is opened in a spreadsheet.

    Text starting with a formula starter gets a leading apostrophe (the importer removes it
    again), except a plain signed number ("-12", "+3.5") and an international phone number
    ("+373 69 123 456"), which stay as they are so that numbers stay numbers. "-1-1", "=1+1",
    "＝SUM(A1)" and "@cmd" are text, never formulas."""
    if not isinstance(value, str) or not value:
        return value
    stripped = value.lstrip(" ")
    if stripped[:1] not in FORMULA_STARTERS:
        return value
    if _PLAIN_NUMBER.match(value) or _PHONE_LIKE.match(value):
        return value
    return "'" + value


_csv_safe = csv_safe


def export_records(
    session: Session,
    spec: ImportSpec,
    path: Path,
    ids: Sequence[str] | None = None,
    filter_text: str = "",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the records ``ids`` (in that order; default: every live record matching
    ``filter_text``) to ``path`` (.csv or .xlsx). Returns how many were written."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(translate("Export", "Choose a file name ending in .csv or .xlsx."))
    wanted = list(ids) if ids is not None else matching_ids(session, spec, filter_text)
    headers = [f.header for f in spec.fields]
    rows: list[list[Any]] = []
    message = translate("Export", "Exporting")
    exporters = {f.key: f.exporter(session) for f in spec.fields if f.exporter is not None}
    for start in range(0, len(wanted), CHUNK):
        progress.check()
        progress.report(start, len(wanted), message)
        rows.extend(
            _values(spec, r, suffix == ".xlsx", exporters)
            for r in _records(session, spec.model, wanted[start : start + CHUNK])
        )
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                writer.writerows([_csv_safe(v) for v in row] for row in rows)
        else:
            _write_xlsx(tmp, spec, headers, rows)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            translate("Export", "Could not write {file}: {reason}").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    progress.report(len(wanted), len(wanted), message)
    return len(rows)


def _write_xlsx(path: Path, spec: ImportSpec, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(spec.label())[:31] or "Export")
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    sheet.freeze_panes = "A2"
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("", value))
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=dt.datetime.combine(value, dt.time()))
                cell.number_format = "yyyy-mm-dd"
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
