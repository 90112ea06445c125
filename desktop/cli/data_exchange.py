"""``import``, ``export`` and ``duplicates``: getting registry data in and out, and finding
records entered twice.

Exit codes of ``import``: 0 when every row was good, 2 when some rows were rejected (the good
ones are still imported unless ``--dry-run``), 1 when the file cannot be imported at all
(unreadable, empty, a required column missing) — then nothing is changed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import CliEnv, CliError, stderr_progress
from desktop.services.i18n import translate

SHOWN_PROBLEMS = 20
DEDUPE_ENTITIES = {"associations": "association", "focal-points": "focal_point",
                   "candidates": "candidate"}


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import", help="import associations, focal points or candidates from a CSV or XLSX "
        "file, or undo an import",
        description="import associations|focal-points|candidates FILE [--dry-run] "
        "[--errors OUT.csv], or "
        "import undo BATCH_ID. Exit status: 0 all rows imported, 2 some rows rejected (the "
        "others imported unless --dry-run), 1 the file cannot be imported (nothing changed).")
    imp.add_argument("what", metavar="associations|focal-points|candidates|undo")
    imp.add_argument("target", metavar="FILE|BATCH_ID")
    imp.add_argument("--dry-run", action="store_true",
                     help="check every row and report, but import nothing")
    imp.add_argument("--errors", metavar="OUT.csv", type=Path,
                     help="write the rejected rows, with line, column and reason, to this CSV")
    imp.add_argument("--header-row", metavar="N", type=_positive,
                     help="the row (line) number that names the columns; by default it is "
                     "found below any title block")
    imp.add_argument("--encoding", metavar="CODEC", type=_codec,
                     help="read a CSV in this encoding instead of the detected one (utf-8, "
                     "utf-16, cp1250, cp1251, cp1252, cp1256, iso8859-1 …)")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="export associations, focal points or candidates to "
                         "CSV or XLSX")
    exp.add_argument("what", metavar="associations|focal-points|candidates")
    exp.add_argument("out", metavar="OUT.csv|OUT.xlsx", type=Path)
    exp.add_argument("--filter", metavar="TEXT", default="",
                     help="only records whose name (or acronym, city, contact, email) "
                     "contains TEXT")
    exp.set_defaults(handler=cmd_export)

    dup = sub.add_parser("duplicates", help="list likely duplicate pairs with scores and reasons")
    dup.add_argument("what", choices=sorted(DEDUPE_ENTITIES),
                     metavar="associations|focal-points|candidates")
    dup.add_argument("--out", metavar="pairs.csv", type=Path,
                     help="write the pairs to this CSV instead of printing a table")
    dup.set_defaults(handler=cmd_duplicates)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("{text} is not a row number").format(
            text=text)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(_t("the row number must be 1 or more"))
    return number


def _codec(text: str) -> str:
    from desktop.services.importing.encodings import ENCODINGS

    wanted = text.strip().casefold().replace("_", "-")
    aliases = {"windows-" + c[2:]: c for c, _l in ENCODINGS if c.startswith("cp")}
    aliases.update({c.replace("iso8859", "iso-8859"): c for c, _l in ENCODINGS})
    aliases.update({label.casefold(): c for c, label in ENCODINGS})
    codec = aliases.get(wanted, wanted)
    if codec not in {c for c, _l in ENCODINGS}:
        raise argparse.ArgumentTypeError(_t("unknown encoding {text}; use one of {known}")
                                         .format(text=text, known=", ".join(
                                             c for c, _l in ENCODINGS)))
    return codec


def _spec(name: str) -> Any:
    from desktop.services.importing import spec_for, specs

    try:
        return spec_for(name)
    except KeyError:
        known = "|".join(s.cli_name for s in specs())
        raise CliError(_t("unknown kind of record {name!r}; use {known}").format(
            name=name, known=known)) from None


def cmd_import(args: argparse.Namespace, env: CliEnv) -> int:
    if args.what == "undo":
        return _undo(args.target, env)
    from desktop.services.importing import (
        ImportFileError,
        analyse,
        execute,
        read_for_import,
        write_errors_csv,
    )
    from desktop.services.progress import Cancelled

    spec = _spec(args.what)
    path = Path(args.target)
    try:
        table = read_for_import(spec, path, encoding=args.encoding, header_row=args.header_row)
    except ImportFileError as exc:
        raise CliError(str(exc)) from exc
    db = env.open_db()
    progress = stderr_progress("import")
    try:
        with db.sessions() as session:
            plan = analyse(session, spec, table, None, progress)
        if args.errors is not None:
            write_errors_csv(plan, args.errors)
        report = None if args.dry_run else execute(db, plan, path.name, progress)
    except ImportFileError as exc:
        raise CliError(str(exc)) from exc
    except Cancelled:
        raise CliError(_t("interrupted; nothing was imported"), 130) from None
    except OSError as exc:
        raise CliError(_t("could not write {file}: {reason}").format(
            file=args.errors, reason=exc.strerror or exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    rejected = len(plan.rejected_lines)
    if table.kind == "csv":
        print(_t("encoding: {encoding}").format(encoding=table.encoding))
    print(_t("header on row {row}").format(row=table.header_line))
    print(_t("rows read: {count}").format(count=plan.rows_read))
    if report is None:
        print(_t("would import: {count} (dry run: nothing was written)").format(
            count=len(plan.good)))
    else:
        print(_t("imported: {count}").format(count=report.imported))
    print(_t("rejected: {count}").format(count=rejected))
    print(_t("possible duplicates: {count}").format(count=len(plan.flagged_lines)))
    if plan.skipped:
        print(_t("skipped (not data): {count}").format(count=len(plan.skipped)))
        for row in plan.skipped:
            print(_t("  line {line}: {reason}").format(line=row.line, reason=row.reason))
    if report is not None:
        print(_t("batch: {batch}").format(batch=report.batch_id or _t("none (nothing imported)")))
        if report.batch_id:
            print(_t("undo with: diaspora-desk import undo {batch}").format(
                batch=report.batch_id))
    for error in plan.errors[:SHOWN_PROBLEMS]:
        print(_t("line {line}, column {column}: {reason}").format(
            line=error.line, column=error.column, reason=error.reason), file=sys.stderr)
    if len(plan.errors) > SHOWN_PROBLEMS:
        print(_t("… and {count} more problems").format(count=len(plan.errors) - SHOWN_PROBLEMS)
              + ("" if args.errors else _t(" (write them all with --errors OUT.csv)")),
              file=sys.stderr)
    for warning in plan.warnings[:SHOWN_PROBLEMS]:
        print(_t("line {line}: {message}").format(line=warning.line, message=warning.message),
              file=sys.stderr)
    if args.errors is not None:
        print(_t("rejected rows written to {file}").format(file=args.errors))
    return 2 if rejected else 0


def _undo(batch_id: str, env: CliEnv) -> int:
    from desktop.services.importing import UndoError, get_batch, undo_batch

    db = env.open_db()
    try:
        with db.transaction() as session:
            info = get_batch(session, batch_id)
            removed = undo_batch(session, batch_id)
    except UndoError as exc:
        raise CliError(str(exc)) from exc
    print(_t("import {batch} of {file} undone: {count} records moved to the trash").format(
        batch=info.id, file=info.file_name, count=removed))
    return 0


def cmd_export(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.services.importing import export_records
    from desktop.services.importing.export import ExportError

    spec = _spec(args.what)
    db = env.open_db()
    try:
        with db.sessions() as session:
            count = export_records(session, spec, args.out, filter_text=args.filter,
                                   progress=stderr_progress("export"))
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_t("exported {count} records to {file}").format(count=count, file=args.out))
    return 0


def cmd_duplicates(args: argparse.Namespace, env: CliEnv) -> int:
    from desktop.services import candidate_dedupe  # noqa: F401  (registers candidates)
    from desktop.services.dedupe import likely_pairs

    entity = DEDUPE_ENTITIES[args.what]
    db = env.open_db()
    with db.sessions() as session:
        pairs = likely_pairs(session, entity, stderr_progress("duplicates"))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.out is not None:
        try:
            with args.out.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["score", "first_id", "first_name", "second_id", "second_name",
                                 "reasons"])
                for pair in pairs:
                    writer.writerow([pair.score, pair.first_id, pair.first_name,
                                     pair.second_id, pair.second_name, "; ".join(pair.reasons)])
        except OSError as exc:
            raise CliError(_t("could not write {file}: {reason}").format(
                file=args.out, reason=exc.strerror or exc)) from exc
        print(_t("{count} likely pairs written to {file}").format(count=len(pairs),
                                                                    file=args.out))
        return 0
    if not pairs:
        print(_t("no likely duplicates"))
        return 0
    width = 38
    print(f"{_t('score'):>5}  {_t('first'):<{width}}  {_t('second'):<{width}}  {_t('reasons')}")
    for pair in pairs:
        print(f"{pair.score:>5}  {_clip(pair.first_name, width):<{width}}  "
              f"{_clip(pair.second_name, width):<{width}}  {'; '.join(pair.reasons)}")
    print(_t("{count} likely pairs").format(count=len(pairs)))
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
