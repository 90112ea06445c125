"""Fill the Qt Linguist .ts files from translations/catalog.tsv, and list what is missing.

Translations are written in one place, ``translations/catalog.tsv``: one row per message
(context, source, then one column per language). A plain TSV reviews well in a diff, fills in any
editor or spreadsheet, and survives lupdate runs untouched; the .ts files are generated from the
sources (lupdate) and this catalog (this tool), and compiled to .qm by ``make``.

The pass after new screens land::

    make translations                                   # new strings arrive "unfinished"
    .venv/bin/python tools/translate_ts.py --missing > /tmp/missing.tsv
    # fill the empty cells of /tmp/missing.tsv, append its rows (not the header) to
    # translations/catalog.tsv, then:
    .venv/bin/python tools/translate_ts.py --check      # placeholders, mnemonics, ellipses
    make translations                                   # applies the catalog, builds the .qm
    QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/i18n -q

Catalog format: UTF-8, tab-separated; the first line names the columns: ``context``, ``source``,
optionally ``comment`` (lupdate's disambiguation), and one column per language code. In cells,
``\\n``, ``\\t`` and ``\\\\`` stand for a newline, a tab and a backslash. A plural message gives
its forms separated by `` || `` in Qt Linguist's order for the language. Lines starting with
``#`` are comments. When a key appears twice, the later row's non-empty cells win (so appending
rows from ``--missing`` is enough); ``--tidy`` merges and sorts the file.

Usage: ``translate_ts.py [--missing | --check | --stale | --tidy] [--catalog FILE] [TS...]``;
without an option, the catalog is applied to every ``translations/diaspora_desk_*.ts``.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import LANGUAGES, TRANSLATIONS, run_lupdate, ts_path  # noqa: E402

CATALOG = TRANSLATIONS / "catalog.tsv"
FORM_SEPARATOR = " || "
# Plural forms Qt Linguist expects per language (Qt's numerus rules).
PLURAL_FORMS = {"fr": 2, "es": 2, "ro": 3, "ru": 3, "ar": 6}

Key = tuple[str, str, str]  # context, source, comment


# -- the catalog -----------------------------------------------------------------------------
def _unescape(cell: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), cell)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


@dataclass
class Catalog:
    languages: list[str]
    rows: dict[Key, dict[str, str]] = field(default_factory=dict)
    duplicates: list[Key] = field(default_factory=list)

    def get(self, key: Key, language: str) -> str:
        return self.rows.get(key, {}).get(language, "")


def read_catalog(path: Path = CATALOG) -> Catalog:
    if not path.exists():
        return Catalog(list(LANGUAGES))
    lines = path.read_text(encoding="utf-8").splitlines()
    content = [line for line in lines if line.strip() and not line.startswith("#")]
    if not content:
        return Catalog(list(LANGUAGES))
    header = content[0].split("\t")
    if header[:2] != ["context", "source"]:
        raise SystemExit(f"{path}: the first line must start with 'context<TAB>source'")
    languages = [h for h in header if h not in ("context", "source", "comment")]
    catalog = Catalog(languages)
    for number, line in enumerate(content[1:], 2):
        cells = [_unescape(c) for c in line.split("\t")]
        if len(cells) > len(header):
            raise SystemExit(f"{path}: row {number} has more cells than the header")
        row = dict(zip(header, cells, strict=False))
        key = (row.get("context", ""), row.get("source", ""), row.get("comment", ""))
        if not key[1]:
            raise SystemExit(f"{path}: row {number} has no source text")
        if key in catalog.rows:
            catalog.duplicates.append(key)
        target = catalog.rows.setdefault(key, {})
        for language in languages:
            if row.get(language):
                target[language] = row[language]
    return catalog


def format_rows(rows: Iterable[tuple[Key, dict[str, str]]], languages: Sequence[str],
                with_comment: bool) -> str:
    header = ["context", "source", *(["comment"] if with_comment else []), *languages]
    out = ["\t".join(header)]
    for (context, source, comment), cells in rows:
        values = [context, source, *([comment] if with_comment else []),
                  *(cells.get(lang, "") for lang in languages)]
        out.append("\t".join(_escape(v) for v in values))
    return "\n".join(out) + "\n"


# -- the .ts files ---------------------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str]
    element: ET.Element

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def text(self) -> str:
        return FORM_SEPARATOR.join(self.forms) if self.numerus else (self.forms or [""])[0]

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(f for f in self.forms) and bool(self.forms)


def ts_language(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


def read_ts(path: Path) -> tuple[ET.ElementTree[ET.Element], list[Message]]:
    tree: ET.ElementTree[ET.Element] = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                         else [translation.text or ""])
            messages.append(Message(name, element.findtext("source") or "",
                                    element.findtext("comment") or "", numerus, kind, forms,
                                    element))
    return tree, messages


def _write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


# -- checks ----------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%[1-9n]")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def mnemonic_count(text: str) -> int:
    """Single ``&`` that mark a keyboard mnemonic (``&&`` and HTML entities are not)."""
    text = _ENTITY.sub("", text.replace("&&", ""))
    return text.count("&")


def check_translation(source: str, translation: str, language: str = "",
                      numerus: bool = False) -> list[str]:
    """What is wrong with ``translation`` of ``source`` (empty list: nothing)."""
    problems: list[str] = []
    forms = translation.split(FORM_SEPARATOR) if numerus else [translation]
    if numerus and language in PLURAL_FORMS and len(forms) != PLURAL_FORMS[language]:
        problems.append(f"{len(forms)} plural forms, {language} needs {PLURAL_FORMS[language]}")
    for form in forms:
        if not form.strip():
            problems.append("empty translation")
            continue
        if placeholders(form) != placeholders(source):
            wanted = " ".join(placeholders(source)) or "none"
            problems.append(f"placeholders {' '.join(placeholders(form)) or 'none'} "
                            f"instead of {wanted}")
        count = mnemonic_count(form)
        if count > 1:
            problems.append(f"{count} '&' mnemonics (at most one)")
        elif count != min(mnemonic_count(source), 1):
            problems.append("mnemonic '&' missing" if count == 0 else "unexpected '&' mnemonic")
        if source.endswith("…") and not form.endswith("…"):
            problems.append("should end with '…' like the source (the action asks for more)")
        if source.rstrip().endswith(":") and not form.rstrip().endswith(":"):
            problems.append("should end with ':' like the source (a field label)")
        if sorted(t.split()[0].strip("</>") for t in _TAG.findall(form)) != \
                sorted(t.split()[0].strip("</>") for t in _TAG.findall(source)):
            problems.append("HTML tags differ from the source")
        if form != form.strip() and source == source.strip():
            problems.append("leading or trailing spaces the source does not have")
    return problems


# -- commands --------------------------------------------------------------------------------
def default_ts_files() -> list[Path]:
    return [ts_path(lang) for lang in LANGUAGES if ts_path(lang).exists()]


def apply(catalog: Catalog, files: Sequence[Path]) -> tuple[int, list[str]]:
    """Write catalog translations into ``files``; returns (messages set, problems)."""
    written = 0
    problems: list[str] = []
    for path in files:
        language = ts_language(path)
        tree, messages = read_ts(path)
        changed = False
        for message in messages:
            text = catalog.get(message.key, language)
            if not text or message.kind in ("vanished", "obsolete"):
                continue
            issues = check_translation(message.source, text, language, message.numerus)
            if issues:
                problems.append(f"{language} {message.context!r} {message.source!r}: "
                                + "; ".join(issues))
                continue
            if message.finished and message.text == text:
                continue
            translation = message.element.find("translation")
            if translation is None:
                translation = ET.SubElement(message.element, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.numerus:
                translation.text = None
                for form in text.split(FORM_SEPARATOR):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            written += 1
            changed = True
        if changed:
            _write_ts(tree, path)
    return written, problems


def missing(catalog: Catalog, files: Sequence[Path]) -> str:
    """TSV of every message unfinished in some language, with what is already known."""
    languages = [ts_language(p) for p in files]
    wanted: dict[Key, dict[str, str]] = {}
    for path, language in zip(files, languages, strict=True):
        _tree, messages = read_ts(path)
        for message in messages:
            if message.kind in ("vanished", "obsolete"):
                continue
            known = catalog.get(message.key, language) or (
                message.text if message.finished else "")
            row = wanted.setdefault(message.key, {})
            row[language] = known
            row.setdefault("_numerus", "yes" if message.numerus else "")
    gaps = [(k, v) for k, v in sorted(wanted.items())
            if any(not v.get(lang) for lang in languages)]
    with_comment = any(k[2] for k, _v in gaps)
    return format_rows(gaps, languages, with_comment)


def check(catalog: Catalog, files: Sequence[Path]) -> list[str]:
    problems: list[str] = []
    for key in catalog.duplicates:
        problems.append(f"catalog: {key[0]!r} {key[1]!r} appears more than once "
                        "(run --tidy to merge)")
    numerus_keys: set[Key] = set()
    for path in files:
        language = ts_language(path)
        _tree, messages = read_ts(path)
        for message in messages:
            if message.numerus:
                numerus_keys.add(message.key)
            if message.finished:
                for issue in check_translation(message.source, message.text, language,
                                               message.numerus):
                    problems.append(f"{path.name}: {message.context!r} {message.source!r}: "
                                    f"{issue}")
    for key, cells in catalog.rows.items():
        for language, text in cells.items():
            for issue in check_translation(key[1], text, language, key in numerus_keys):
                problems.append(f"catalog {language}: {key[0]!r} {key[1]!r}: {issue}")
    return problems


def stale(catalog: Catalog, files: Sequence[Path]) -> list[Key]:
    used: set[Key] = set()
    for path in files:
        used |= {m.key for m in read_ts(path)[1]}
    return [key for key in catalog.rows if key not in used]


def tidy(catalog: Catalog, path: Path) -> None:
    rows = sorted(catalog.rows.items())
    with_comment = any(k[2] for k in catalog.rows)
    path.write_text(format_rows(rows, catalog.languages, with_comment), encoding="utf-8")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--missing", action="store_true",
                      help="print TSV rows for messages still untranslated in some language")
    mode.add_argument("--check", action="store_true",
                      help="check catalog and .ts translations; exit 1 on problems")
    mode.add_argument("--stale", action="store_true",
                      help="print catalog rows that no .ts message uses any more")
    mode.add_argument("--tidy", action="store_true", help="merge duplicates and sort the catalog")
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("ts", nargs="*", type=Path, help="default: translations/*.ts")
    args = parser.parse_args(argv)
    catalog = read_catalog(args.catalog)
    files = [p.resolve() for p in args.ts] or default_ts_files()
    if args.missing:
        sys.stdout.write(missing(catalog, files))
        return 0
    if args.check:
        problems = check(catalog, files)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if args.stale:
        for context, source, _comment in stale(catalog, files):
            print(f"{_escape(context)}\t{_escape(source)}")
        return 0
    if args.tidy:
        tidy(catalog, args.catalog)
        return 0
    written, problems = apply(catalog, files)
    for problem in problems:
        print(f"not applied: {problem}", file=sys.stderr)
    if written:
        run_lupdate(files, quiet=True)  # lupdate's own layout, so diffs stay small
    left = sum(1 for p in files for m in read_ts(p)[1] if not m.finished
               and m.kind not in ("vanished", "obsolete"))
    print(f"{written} translations written; {left} messages still untranslated "
          f"(list them with {Path(__file__).name} --missing)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
