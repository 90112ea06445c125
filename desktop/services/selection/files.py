"""Pool and quota files (CSV or XLSX) for the command line, checked with clear messages.

``pool.csv``: a header row, a unique ``id`` column and one column per feature; other columns
are kept and written back with the panel. ``quotas.csv``: ``feature,value,min,max`` — the
Sortition Foundation's categories file (``category,name,min,max``) is read as well, so the
same inputs can be fed to both tools. Reading goes through the import machinery's readers
(encoding and separator detection).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.services.i18n import translate
from desktop.services.importing.readers import ImportFileError, read_table
from desktop.services.selection.problem import Person, ProblemError, Quota, SelectionProblem

FEATURE_HEADERS = ("feature", "category")
VALUE_HEADERS = ("value", "name")


@dataclass
class PoolTable:
    """The pool file as read: headers and rows (cells by header), in file order."""

    path: Path
    headers: list[str]
    rows: list[dict[str, str]]
    id_column: str

    def ids(self) -> list[str]:
        return [row[self.id_column] for row in self.rows]


ROLE_COLUMN = "role"
"""The column panel.csv adds: a pool column of that name would be overwritten."""


def _column(headers: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {h.strip().casefold(): h for h in headers}
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _read(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    try:
        table = read_table(Path(path))
    except ImportFileError as exc:
        raise ProblemError([str(exc)]) from exc
    rows = []
    for row in table.rows:
        cells = {h: str(row.cell(i)).strip() if row.cell(i) is not None else ""
                 for i, h in enumerate(table.headers)}
        rows.append((row.line, cells))
    return table.headers, rows


def read_pool(path: str | Path) -> PoolTable:
    headers, rows = _read(Path(path))
    id_column = _column(headers, ("id",))
    if id_column is None:
        raise ProblemError([translate("Selection", "{file} has no 'id' column (the header row must "
                                                   "name one column 'id').")
                            .format(file=Path(path).name)])
    errors: list[str] = []
    seen: dict[str, str] = {}
    for header in headers:
        key = header.strip().casefold()
        if key in seen:
            errors.append(translate("Selection", "{file}: the header row names the column "
                                                 "'{name}' twice; which one is meant?")
                          .format(file=Path(path).name, name=header.strip()))
        seen[key] = header
    if ROLE_COLUMN in seen:
        errors.append(translate("Selection", "{file} has a column 'role', which the panel file "
                                             "uses for 'selected' and 'reserve-1', 'reserve-2' "
                                             "…; rename that column.")
                      .format(file=Path(path).name))
    if not rows:
        errors.append(translate("Selection", "{file} has no people in it: the pool is empty.")
                      .format(file=Path(path).name))
    blank = [line for line, cells in rows if not cells[id_column]]
    if blank:
        errors.append(translate("Selection", "{file}: no id on line(s) {lines}.").format(
            file=Path(path).name, lines=", ".join(str(n) for n in blank[:10])))
    counts = Counter(cells[id_column] for _, cells in rows if cells[id_column])
    for pid in sorted(pid for pid, n in counts.items() if n > 1)[:10]:
        lines = [str(line) for line, cells in rows if cells[id_column] == pid]
        errors.append(translate("Selection", "{file}: the id '{id}' appears more than once (lines "
                                             "{lines}).")
                      .format(file=Path(path).name, id=pid, lines=", ".join(lines)))
    if errors:
        raise ProblemError(errors)
    return PoolTable(Path(path), headers, [cells for _, cells in rows], id_column)


def _int(text: str) -> int | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(value) or value != int(value):  # "nan", "inf", "1e400"
        return None
    return int(value)


def read_quotas(path: str | Path) -> list[Quota]:
    name = Path(path).name
    headers, rows = _read(Path(path))
    feature_col = _column(headers, FEATURE_HEADERS)
    value_col = _column(headers, VALUE_HEADERS)
    min_col = _column(headers, ("min",))
    max_col = _column(headers, ("max",))
    missing = [label for label, col in (("feature", feature_col), ("value", value_col),
                                        ("min", min_col), ("max", max_col)) if col is None]
    if missing:
        raise ProblemError([translate("Selection", "{file} needs the columns feature, value, min "
                                                   "and max; missing: {missing}.")
                            .format(file=name, missing=", ".join(missing))])
    assert feature_col and value_col and min_col and max_col
    errors: list[str] = []
    quotas: list[Quota] = []
    seen: dict[tuple[str, str], int] = {}
    for line, cells in rows:
        feature = cells[feature_col]
        value = cells[value_col]
        low = _int(cells[min_col])
        high = _int(cells[max_col])
        where = translate("Selection", "{file}, line {line}").format(file=name, line=line)
        if not feature:
            errors.append(translate("Selection", "{where}: no feature.").format(where=where))
            continue
        if low is None or high is None:
            errors.append(translate("Selection", "{where}: min and max must be whole numbers "
                                                 "(found '{min}' and '{max}').")
                          .format(where=where, min=cells[min_col], max=cells[max_col]))
            continue
        if low < 0 or high < 0:
            errors.append(translate("Selection", "{where}: min and max cannot be negative.")
                          .format(where=where))
            continue
        if low > high:
            errors.append(translate("Selection", "{where}: the minimum {min} for '{value}' "
                                                 "({feature}) is more than its maximum {max}.")
                          .format(where=where, min=low, max=high, value=value, feature=feature))
            continue
        if (feature, value) in seen:
            errors.append(translate("Selection", "{where}: '{value}' ({feature}) already has a "
                                                 "quota on line {other}.")
                          .format(where=where, value=value, feature=feature,
                                  other=seen[(feature, value)]))
            continue
        seen[(feature, value)] = line
        quotas.append(Quota(feature, value, low, high))
    if not quotas and not errors:
        errors.append(translate("Selection", "{file} has no quotas in it.").format(file=name))
    if errors:
        raise ProblemError(errors)
    return quotas


def problem_from_files(pool: PoolTable, quotas: list[Quota], seats: int,
                       cap_feature: str | None = None, cap: int | None = None
                       ) -> SelectionProblem:
    """Check the quotas against the pool's columns and values and build the problem."""
    errors: list[str] = []
    columns = {h.casefold(): h for h in pool.headers}
    resolved: dict[str, str] = {}
    for q in quotas:
        column = columns.get(q.feature.casefold())
        if column is None:
            errors.append(translate("Selection", "The quotas use the feature '{feature}', which is "
                                                 "not a column of {file}.")
                          .format(feature=q.feature, file=pool.path.name))
        else:
            resolved[q.feature] = column
    errors = list(dict.fromkeys(errors))
    if not errors:
        for q in quotas:
            column = resolved[q.feature]
            if not any(row[column] == q.value for row in pool.rows):
                errors.append(translate("Selection", "No one in {file} has '{value}' for "
                                                     "'{feature}', but the quotas give it {min} to "
                                                     "{max} seats.").format(
                    file=pool.path.name, value=q.value, feature=q.feature, min=q.min,
                    max=q.max))
    cap_column = None
    if (cap_feature is None) != (cap is None):
        errors.append(translate("Selection", "Give both --cap-feature and --cap, or neither."))
    elif cap_feature is not None:
        cap_column = columns.get(cap_feature.casefold())
        if cap_column is None:
            errors.append(translate("Selection", "The cap feature '{feature}' is not a column of "
                                                 "{file}.").format(
                feature=cap_feature, file=pool.path.name))
        if cap is not None and cap < 1:
            errors.append(translate("Selection", "The cap must be at least 1."))
    if seats < 1:
        errors.append(translate("Selection", "The number of seats must be at least 1."))
    if errors:
        raise ProblemError(errors)
    features = sorted({q.feature for q in quotas})
    people = [Person(row[pool.id_column], {f: row[resolved[f]] for f in features},
                     (row[cap_column] or None) if cap_column else None) for row in pool.rows]
    return SelectionProblem(people, quotas, seats, cap if cap_column else None)
