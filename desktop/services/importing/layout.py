"""Where a spreadsheet's table really starts and which of its rows are not data.

Office spreadsheets carry a title block ("List of associations — 2024"), blank rows and notes
above the header, and a "TOTAL" (Итого, Total général, الإجمالي, Σ, ``=SUM(…)``) row below the
data. The header row is found by the column titles an import knows (in every UI language) and,
failing that, by shape: the first row of several distinct text cells that is about as wide as
the rows below it. Summary rows are recognised by a total word standing alone in a cell, or by
a spreadsheet aggregate formula, and are skipped and listed, never imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

HEADER_SCAN = 30
"""Rows looked at for the header (title blocks are a few rows, not pages)."""

# Words that open a totals row, in the UI languages and a few neighbours offices also write in
# (folded: lower case, accents removed). A cell must be one of these alone, optionally with a
# colon and a number ("Total: 42"), so an association called "Total Diaspora" stays data.
SUMMARY_WORDS = frozenset({
    # en
    "total", "totals", "grand total", "subtotal", "sub total", "sum", "overall total",
    # fr
    "total general", "sous total", "sous-total", "totaux", "somme", "total general :",
    # es
    "suma", "totales", "suma total",
    # ro
    "totaluri", "suma totala",
    # ru
    "итого", "всего", "итог", "итого:", "общий итог", "сумма", "всего:",
    # ar
    "الإجمالي", "الاجمالي", "المجموع", "الإجمالى", "المجموع الكلي", "الإجمالي العام", "مجموع",
    # it, de, pt (neighbouring offices' spreadsheets)
    "totale", "gesamt", "summe", "insgesamt",
    # symbols
    "σ", "∑",
})
_FORMULA = re.compile(
    r"^\s*[=＝]\s*[+@]?\s*(SUM|SUMA|SOMME|СУММ|SUBTOTAL|SOUS\.TOTAL|COUNT|COUNTA|COUNTIF|"
    r"NB|NBVAL|NB\.SI|CONTAR|CONTARA|СЧЁТ|СЧЕТ|СЧЁТЗ|СЧЕТЗ|AVERAGE|MOYENNE|PROMEDIO|СРЗНАЧ|"
    r"AGGREGATE|AGREGAT|MIN|MAX)\s*\(", re.IGNORECASE)
_TRAILING = re.compile(r"[\s:：.=\-–—]*[\d\s.,]*$")


@dataclass(frozen=True)
class SkippedRow:
    """A row left out of the import, with the reason in words (shown and listed)."""

    line: int
    reason: str
    cells: tuple[Any, ...]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def summary_reason(cells: Sequence[Any]) -> str:
    """Why the row is a totals row ("" when it is data): the total word or formula found."""
    for value in cells:
        text = _text(value)
        if not text:
            continue
        if _FORMULA.match(text):
            return text
        folded = _fold(text)
        word = _TRAILING.sub("", folded).replace("-", " ").strip()
        if word in SUMMARY_WORDS or folded in SUMMARY_WORDS:
            return text
        if folded.startswith(("σ", "∑")) and _TRAILING.sub("", folded[1:]) == "":
            return text
    return ""


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d\s.,]+%?", text))


def detect_header(records: Sequence[tuple[int, Sequence[Any]]],
                  known: Callable[[str], bool] | None = None) -> int:
    """Index (in ``records``, blank rows already left out) of the header row.

    With ``known`` (does this cell name a field?) the row naming the most fields wins; else
    the first row of two or more distinct, non-numeric cells that spans at least half the
    width of the rows below it. 0 when nothing better is found (the first row)."""
    scan = list(records[:HEADER_SCAN])
    if not scan:
        return 0
    if known is not None:
        best, best_hits = 0, 0
        for n, (_line, cells) in enumerate(scan):
            hits = sum(1 for c in cells if _text(c) and known(_text(c)))
            if hits > best_hits:
                best, best_hits = n, hits
        if best_hits >= 1:
            return best
    for n, (_line, cells) in enumerate(scan):
        texts = [_text(c) for c in cells]
        filled = [t for t in texts if t]
        if len(filled) < 2 or len(set(filled)) < len(filled):
            continue
        if any(_is_number(t) for t in filled):
            continue
        below = [sum(1 for c in r if _text(c)) for _l, r in records[n + 1:n + 21]]
        typical = Counter(below).most_common(1)[0][0] if below else len(filled)
        if len(filled) * 2 >= typical:
            return n
    return 0
