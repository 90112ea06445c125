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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.i18n import translate

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


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; raises :class:`ImportFileError` with a clear message."""
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
        return read_xlsx(path)
    return read_csv(path)


# --------------------------------------------------------------------------------------------
# CSV


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    Windows-1252 (what Excel on Windows writes in Western Europe)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


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
        if not widths or widths[0] < 2:
            continue
        consistent = sum(1 for w in widths if w == widths[0]) / len(widths)
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = separator, score
    return best


def read_csv(path: Path) -> Table:
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
    text, encoding = decode(data)
    if "\x00" in text:
        raise ImportFileError(
            translate(
                "Import",
                "{file} is not a text (CSV) file. Save the table as CSV or "
                "XLSX and import that file.",
            ).format(file=path.name)
        )
    separator = detect_separator(text)
    headers: list[str] | None = None
    header_line = 1
    rows: list[Row] = []
    try:
        for line, cells in _records(text, separator):
            if not _non_blank(cells):
                continue  # blank lines, or lines of empty cells (";;;")
            stripped = tuple(cell.strip() for cell in cells)
            if headers is None:
                headers = [cell.lstrip("\ufeff") for cell in stripped]
                header_line = line
                continue
            rows.append(Row(line, stripped))
    except csv.Error as exc:
        raise ImportFileError(
            translate("Import", "{file} cannot be read as CSV: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    if headers is None:
        raise ImportFileError(
            translate("Import", "The file {file} is empty.").format(file=path.name)
        )
    return Table(
        headers=_unique_headers(headers),
        rows=rows,
        kind="csv",
        encoding=encoding,
        separator=separator,
        header_line=header_line,
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


def read_xlsx(path: Path) -> Table:
    """The first worksheet that has data; the first non-empty row is the header."""
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
        for sheet in workbook.worksheets:
            headers: list[str] | None = None
            header_line = 1
            rows: list[Row] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(excel_value(v) for v in values)
                if not any(str(c).strip() for c in cells):
                    continue
                if headers is None:
                    headers = [str(c).strip() for c in cells]
                    while headers and not headers[-1]:
                        headers.pop()
                    header_line = number
                    continue
                rows.append(Row(number, cells))
            if headers:
                return Table(
                    headers=_unique_headers(headers),
                    rows=rows,
                    kind="xlsx",
                    sheet=str(sheet.title),
                    header_line=header_line,
                )
    finally:
        workbook.close()
    raise ImportFileError(
        translate("Import", "The workbook {file} is empty.").format(file=path.name)
    )
