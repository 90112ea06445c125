"""Reading the tables people actually send: CSV in any of the usual encodings and separators,
and Excel workbooks.

A file is read whole into a :class:`Table` (header + rows with their line numbers), so that a bad
file is refused before anything is written and every problem can point to a line the user can
find in a spreadsheet program.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.i18n import translate
from desktop.services.importing.encodings import decode
from desktop.services.importing.layout import SkippedRow, detect_header, summary_reason

MAX_CELL = 64 * 1024 * 1024
"""csv refuses cells over 128 KiB by default; a pasted document in a notes cell is legitimate
input that validation should refuse with a reason, not the reader with a crash."""
csv.field_size_limit(MAX_CELL)

SEPARATORS = (";", ",", "\t", "|")
SNIFF_RECORDS = 50


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, empty, no required column); the
    message is for the user as is."""


@dataclass(frozen=True)
class Row:
    """One data row: the line (CSV) or row number (Excel) where it starts, and its cells."""

    line: int
    cells: tuple[Any, ...]

    def cell(self, column: int) -> Any:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass
class Table:
    """A file's header and data rows, plus how it was read (shown in the wizard)."""

    headers: list[str]
    rows: list[Row]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    header_line: int = 1
    notes: list[str] = field(default_factory=list)
    codec: str = ""
    """Python codec the CSV was read with (one of ``encodings.ENCODINGS``)."""
    encoding_detected: bool = True
    header_detected: bool = True
    skipped: list[SkippedRow] = field(default_factory=list)
    """Rows below the header left out on purpose (totals rows), with the reason."""


def read_table(path: Path, *, encoding: str | None = None, header_row: int | None = None,
               known: Callable[[str], bool] | None = None) -> Table:
    """Read a CSV or XLSX file; raises :class:`ImportFileError` with a clear message.

    ``encoding`` (a codec of :data:`encodings.ENCODINGS`) overrides the detected one;
    ``header_row`` (the line or row number as a spreadsheet shows it) overrides the detected
    header row; ``known`` tells whether a cell names a field, which finds the header below a
    title block.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise ImportFileError(
            translate("Import", "The file {file} does not exist.").format(file=path)
        ) from exc
    except IsADirectoryError as exc:
        raise ImportFileError(
            translate("Import", "{file} is a folder, not a file.").format(file=path)
        ) from exc
    except OSError as exc:
        raise ImportFileError(
            translate("Import", "The file {file} cannot be opened: {reason}").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    if header_row is not None and header_row < 1:
        raise ImportFileError(translate("Import", "The header row must be 1 or more."))
    suffix = path.suffix.casefold()
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            translate(
                "Import",
                "{file} is an old Excel workbook (.xls). Open it in Excel or "
                "LibreOffice and save it as .xlsx or .csv, then import that "
                "file.",
            ).format(file=path.name)
        )
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK"):
        return read_xlsx(path, header_row=header_row, known=known)
    return read_csv(path, encoding=encoding, header_row=header_row, known=known)


def _assemble(records: list[tuple[int, tuple[Any, ...]]], header_row: int | None,
              known: Callable[[str], bool] | None, file_name: str) -> tuple[
                  list[str], int, list[Row], list[SkippedRow], bool]:
    """Headers, header line, data rows, skipped rows and whether the header was detected,
    from the non-blank records of a sheet or CSV file."""
    if header_row is not None:
        found = [n for n, (line, _cells) in enumerate(records) if line == header_row]
        if not found:
            last = records[-1][0] if records else 0
            if header_row > last:
                raise ImportFileError(
                    translate("Import", "{file} has no row {row}: its last row is {last}.")
                    .format(file=file_name, row=header_row, last=last))
            raise ImportFileError(
                translate("Import", "Row {row} of {file} is empty; choose the row that names "
                          "the columns.").format(file=file_name, row=header_row))
        index, detected = found[0], False
    else:
        index, detected = detect_header(records, known), True
    line, header_cells = records[index]
    headers = [_header_text(c) for c in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    rows: list[Row] = []
    skipped: list[SkippedRow] = []
    for data_line, cells in records[index + 1:]:
        reason = summary_reason(cells)
        if reason:
            skipped.append(SkippedRow(data_line, translate(
                "Import", "a totals row (“{text}”), not data").format(text=_clip(reason)),
                cells))
        else:
            rows.append(Row(data_line, cells))
    return headers, line, rows, skipped, detected


def _header_text(value: Any) -> str:
    return str(value).strip().lstrip("\ufeff") if value is not None else ""


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


# --------------------------------------------------------------------------------------------
# CSV


def _records(text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) per CSV record; quoted cells may span lines."""
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=separator,
        quotechar='"',
        skipinitialspace=False,
        strict=False,
    )
    previous_end = 0
    for cells in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        yield start, cells


def _non_blank(cells: Sequence[str]) -> bool:
    return any(cell.strip() for cell in cells)


def detect_separator(text: str) -> str:
    """The separator that splits the header into the most columns and keeps the rows the
    same width (semicolon, comma, tab or bar)."""
    best = ","
    best_score: tuple[float, int] = (-1.0, 0)
    for separator in SEPARATORS:
        if separator not in text[:65536]:
            continue
        widths: list[int] = []
        try:
            for _line, cells in _records(text, separator):
                if cells and (len(cells) > 1 or cells[0].strip()):
                    widths.append(len(cells))
                if len(widths) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        # The most common width of the rows it splits, not the first row's: title rows above
        # the table are one cell each.
        split = [w for w in widths if w >= 2]
        if not split:
            continue
        width, count = Counter(split).most_common(1)[0]
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = separator, score
    return best


def read_csv(path: Path, *, encoding: str | None = None, header_row: int | None = None,
             known: Callable[[str], bool] | None = None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            translate("Import", "The file {file} cannot be read: {reason}").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    if not data.strip():
        raise ImportFileError(
            translate("Import", "The file {file} is empty.").format(file=path.name)
        )
    decoded = decode(data, encoding)
    text = decoded.text
    if "\x00" in text:
        raise ImportFileError(
            translate(
                "Import",
                "{file} is not a text (CSV) file. Save the table as CSV or "
                "XLSX and import that file.",
            ).format(file=path.name)
        )
    separator = detect_separator(text)
    records: list[tuple[int, tuple[Any, ...]]] = []
    try:
        for line, cells in _records(text, separator):
            if _non_blank(cells):  # blank lines, or lines of empty cells (";;;"), are skipped
                records.append((line, tuple(cell.strip() for cell in cells)))
    except csv.Error as exc:
        raise ImportFileError(
            translate("Import", "{file} cannot be read as CSV: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    if not records:
        raise ImportFileError(
            translate("Import", "The file {file} is empty.").format(file=path.name)
        )
    headers, header_line, rows, skipped, detected = _assemble(
        records, header_row, known, path.name)
    return Table(
        headers=_unique_headers(headers),
        rows=rows,
        kind="csv",
        encoding=decoded.label,
        separator=separator,
        header_line=header_line,
        codec=decoded.codec,
        encoding_detected=decoded.detected,
        header_detected=detected,
        skipped=skipped,
    )


def _unique_headers(headers: list[str]) -> list[str]:
    """Blank headers get a name ("Column 3") and repeated ones a number, so every column can
    be shown and mapped on its own."""
    seen: dict[str, int] = {}
    result: list[str] = []
    for n, header in enumerate(headers, start=1):
        name = header or translate("Import", "Column {number}").format(number=n)
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        result.append(name)
    return result


# --------------------------------------------------------------------------------------------
# XLSX


def excel_value(value: Any) -> Any:
    """Cell values as the validators expect them: dates without a time as dates, whole
    floats as ints, text stripped."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date()
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    return value


def read_xlsx(path: Path, *, header_row: int | None = None,
              known: Callable[[str], bool] | None = None) -> Table:
    """The first worksheet that has data; its header row is detected (or given)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(
            translate(
                "Import",
                "{file} cannot be read as an Excel workbook (.xlsx). It may be "
                "damaged or of another kind.",
            ).format(file=path.name)
        ) from exc
    try:
        for number_of_sheet, sheet in enumerate(workbook.worksheets):
            records: list[tuple[int, tuple[Any, ...]]] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(excel_value(v) for v in values)
                if any(str(c).strip() for c in cells):
                    records.append((number, cells))
            if not records:
                continue
            formulas = _tail_formulas(path, number_of_sheet, records[-1][0])
            if formulas:  # a formula without a saved value reads as an empty row: add it
                merged = dict(records)
                merged.update(formulas)
                records = sorted(merged.items())
            headers, header_line, rows, skipped, detected = _assemble(
                records, header_row, known, path.name)
            if headers:
                return Table(
                    headers=_unique_headers(headers),
                    rows=rows,
                    kind="xlsx",
                    sheet=str(sheet.title),
                    header_line=header_line,
                    header_detected=detected,
                    skipped=skipped,
                )
    finally:
        workbook.close()
    raise ImportFileError(
        translate("Import", "The workbook {file} is empty.").format(file=path.name)
    )


TAIL_ROWS = 10
"""Rows at the end of a sheet checked for totals formulas (that is where totals are)."""


def _tail_formulas(path: Path, sheet_number: int, last_row: int) -> dict[int, tuple[Any, ...]]:
    """Rows near the end of the sheet that hold an aggregate formula (``=SUM(…)``), with the
    formula text in place of its value, so the totals row is recognised as one."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = workbook.worksheets[sheet_number]
        found: dict[int, tuple[Any, ...]] = {}
        first = max(1, last_row - TAIL_ROWS + 1)
        for number, values in enumerate(sheet.iter_rows(min_row=first, values_only=True),
                                        start=first):
            if any(isinstance(v, str) and summary_reason((v,)) for v in values):
                found[number] = tuple(excel_value(v) for v in values)
        return found
    finally:
        workbook.close()
