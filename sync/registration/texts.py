"""The form's words in six languages, read from ``form_texts.tsv`` (one row per message).

The server cannot use the desktop's Qt catalogues, so the public form keeps its own small
catalogue; labels the desktop already translated were copied from ``translations/catalog.tsv``
to say the same thing in both places.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ro", "ru", "ar")
RTL_LANGUAGES = frozenset({"ar"})
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "fr": "Français", "es": "Español", "ro": "Română", "ru": "Русский",
    "ar": "العربية",
}
_FILE = Path(__file__).with_name("form_texts.tsv")


@functools.lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """key -> language -> text."""
    with _FILE.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in reader if row}


def text(key: str, language: str, **params: object) -> str:
    """The message in ``language`` (English when missing), placeholders filled."""
    entry = catalogue()[key]
    words = entry.get(language) or entry["en"]
    return words.format(**params) if params else words


def pick_language(asked: str | None, accept_language: str | None) -> str:
    """``?lang=`` when it is one of ours, else the best of the browser's Accept-Language."""
    if asked:
        code = asked.strip().lower()[:2]
        if code in LANGUAGES:
            return code
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")[:20]):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().lower()[:2]
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, position, code))
    return sorted(ranked)[0][2] if ranked else "en"
